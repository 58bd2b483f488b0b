/**
 * The unit's logo as the document embeds it: a data URI. Kept free of file access, so that the
 * command line (Node's files) and the language server (the editor's file system) share it.
 */
const MIME_TYPES: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    svg: 'image/svg+xml',
};

/** The image type of a logo file by its extension, or undefined when documents cannot show it. */
export function logoMimeType(path: string): string | undefined {
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
    return extension ? MIME_TYPES[extension] : undefined;
}

export function logoDataUri(bytes: Uint8Array, mime: string): string {
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    }
    return `data:${mime};base64,${btoa(binary)}`;
}
