/**
 * A strict XML 1.0 parser (saxes) for what we write as SVG: a bare `&`, a `]]>` in text, a control
 * character or a lone surrogate makes the whole file unreadable to Inkscape or an `<img>`, so any
 * of them is an error here. Returns the first problem, or null for a well-formed document.
 */
import { SaxesParser } from 'saxes';

export interface ParsedXml {
    error: string | null;
    /** Text of every element, in document order, for tests that look for what is shown. */
    texts: string[];
    elements: Array<{ name: string; attributes: Record<string, string> }>;
}

export function parseStrictXml(text: string): ParsedXml {
    const parser = new SaxesParser({ xmlns: true });
    const result: ParsedXml = { error: null, texts: [], elements: [] };
    parser.on('error', error => {
        result.error ??= error.message;
    });
    parser.on('text', value => {
        if (value.trim()) result.texts.push(value);
    });
    parser.on('opentag', tag => {
        const attributes: Record<string, string> = {};
        for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
        result.elements.push({ name: tag.local ?? tag.name, attributes });
    });
    parser.write(text).close();
    return result;
}
