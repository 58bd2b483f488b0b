/**
 * Debian's Chromium driven by playwright-core. Without a browser the browser tests skip locally
 * but fail in CI (CI=true): a missing browser must never pass for green.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function findChromium(): string | undefined {
    const candidates = [process.env.SOP_CHROME, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
    return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** True when browser tests must run; throws in CI when there is no browser. */
export function browserAvailable(): boolean {
    if (findChromium()) {
        return true;
    }
    if (process.env.CI) {
        throw new Error('Chromium is required in CI: install the Debian package chromium (see .ci/run)');
    }
    return false;
}

export async function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
