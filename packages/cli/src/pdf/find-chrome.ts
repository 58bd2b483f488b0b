/** A Chromium or Chrome already on this machine: `--chrome PATH`, then SOP_CHROME, then the usual places. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const USUAL_PATHS = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google/Chrome/Application/chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google/Chrome/Application/chrome.exe'),
    join(process.env['LOCALAPPDATA'] ?? '', 'Google/Chrome/Application/chrome.exe'),
];

export interface ChromeChoice {
    path: string | undefined;
    /** Where a path was asked for but does not exist: `--chrome` or SOP_CHROME. */
    missing?: { from: '--chrome' | 'SOP_CHROME'; path: string };
}

export function findChrome(option: string | undefined): ChromeChoice {
    if (option !== undefined) {
        return existsSync(option) ? { path: option } : { path: undefined, missing: { from: '--chrome', path: option } };
    }
    const fromEnvironment = process.env.SOP_CHROME;
    if (fromEnvironment) {
        return existsSync(fromEnvironment) ? { path: fromEnvironment } : { path: undefined, missing: { from: 'SOP_CHROME', path: fromEnvironment } };
    }
    return { path: USUAL_PATHS.find(path => existsSync(path)) };
}
