/** The unit's logo, read from disk and embedded in the document as a data URI. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const MIME_TYPES: Record<string, string> = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.svg': 'image/svg+xml',
};

export type LogoResult = { dataUri: string } | { problem: 'unsupported' | 'unreadable'; detail: string };

export async function readLogo(path: string): Promise<LogoResult> {
    const mime = MIME_TYPES[extname(path).toLowerCase()];
    if (!mime) {
        return { problem: 'unsupported', detail: extname(path) || path };
    }
    try {
        const bytes = await readFile(path);
        return { dataUri: `data:${mime};base64,${bytes.toString('base64')}` };
    } catch (error) {
        return { problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
}
