/** The unit's logo, read from disk and embedded in the document as a data URI. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { logoDataUri, logoMimeType } from '@sop-ap/document';

export type LogoResult = { dataUri: string } | { problem: 'unsupported' | 'unreadable'; detail: string };

export async function readLogo(path: string): Promise<LogoResult> {
    const mime = logoMimeType(path);
    if (!mime) {
        return { problem: 'unsupported', detail: extname(path) || path };
    }
    try {
        return { dataUri: logoDataUri(readFileSync(path), mime) };
    } catch (error) {
        return { problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
}
