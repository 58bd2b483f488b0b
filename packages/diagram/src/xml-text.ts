/**
 * User text reaches the SVG only through these. Besides the five markup characters, XML 1.0
 * forbids most control characters and lone surrogates anywhere in a document (one of them makes a
 * strict parser, Inkscape or an `<img>` reject the whole file), so those become U+FFFD.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// With the `u` flag a lone surrogate is one unit outside these ranges; pairs are matched as whole code points.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content and attribute values (always double-quoted). */
export function escapeXml(text: string): string {
    return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, character => ENTITIES[character]);
}

/** Coordinates with at most one decimal: smaller files, and no "1e-7" in the markup. */
export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
