/** The language of messages: Indonesian for an Indonesian client or `--lang id`, English otherwise. */
export type Locale = 'id' | 'en';

/** Maps a BCP 47 tag ("id", "id-ID", the legacy "in") or a POSIX locale ("id_ID.UTF-8") to a Locale. */
export function localeFrom(tag: string | undefined | null): Locale {
    const language = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
    return language === 'id' || language === 'in' ? 'id' : 'en';
}

/** The current locale of one set of language services; the language server sets it at `initialize`. */
export class SopLocale {
    current: Locale = 'en';
}
