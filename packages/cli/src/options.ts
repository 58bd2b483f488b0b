/** Command-line options shared by the commands, parsed with Node's own parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
// The locale module alone: `sop --version` and `--help` must not load the language (Langium).
import { localeFrom, type Locale } from '@sop-ap/language/locale';
import type { CliMessages } from './cli-messages.js';

/** A usage mistake: reported with its explanation and exit status 2. */
export class UsageError extends Error {
    // Known by name: the commands are bundled apart from main.ts, each bundle with its own class.
    override readonly name = 'UsageError';
}

export function isUsageError(error: unknown): error is UsageError {
    return error instanceof Error && error.name === 'UsageError';
}

export function parseCommandLine<O extends ParseArgsConfig['options']>(args: string[], options: O) {
    try {
        return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError((error as Error).message);
    }
}

/** `--lang id|en` wins; otherwise the locale of the environment (LC_ALL, LC_MESSAGES, LANG). */
export function chooseLocale(lang: string | undefined, messagesFor: (locale: Locale) => CliMessages): Locale {
    if (lang === undefined) {
        return localeFrom(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    }
    if (lang !== 'id' && lang !== 'en') {
        throw new UsageError(messagesFor('en').badChoice('lang', lang, ['id', 'en']));
    }
    return lang;
}

export function choose<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T, messages: CliMessages): T {
    if (value === undefined) {
        return fallback;
    }
    if (!(choices as readonly string[]).includes(value)) {
        throw new UsageError(messages.badChoice(option, value, [...choices]));
    }
    return value as T;
}
