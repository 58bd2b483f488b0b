/** User text reaches HTML and SVG only through these: nothing a user writes can become markup. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ENTITIES[character]);
}

/** Attribute values are always double-quoted and escaped the same way. */
export const escapeAttribute = escapeHtml;
