/** What every group of checks needs: the messages in the current locale and the settings. */
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { SopSettings } from '../workspace/settings.js';

export interface CheckServices {
    i18n: { Locale: SopLocale };
    settings: { Settings: SopSettings };
}

export abstract class SopChecks {

    protected readonly locale: SopLocale;
    protected readonly settings: SopSettings;

    constructor(services: CheckServices) {
        this.locale = services.i18n.Locale;
        this.settings = services.settings.Settings;
    }

    protected get messages(): Messages {
        return messagesFor(this.locale.current);
    }
}
