/** A planned text block as HTML: one element per line, printed exactly as planned (no wrapping). */
import type { TextBlock } from '../layout/text-block.js';
import { BULLET } from '../layout/text-block.js';
import { escapeHtml } from './escape.js';

export function textBlockHtml(block: TextBlock, className = 'ln'): string {
    const style = `font-size:${round(block.font.size)}px;font-weight:${block.font.weight};line-height:${block.lineHeight}px;height:${block.lineHeight}px`;
    return block.lines.map(line => {
        const indent = line.indent > 0 && !line.bullet ? `padding-left:${round(line.indent)}px;` : '';
        const marker = line.marker ? `<span class="mk" style="width:${round(line.indent)}px;margin-left:-${round(line.indent)}px">${escapeHtml(line.marker)}</span>` : '';
        const text = line.bullet ? `${BULLET} ${line.text}` : line.text;
        return `<div class="${className}" style="${indent}${style}">${marker}${escapeHtml(text)}</div>`;
    }).join('');
}

export function round(value: number): number {
    return Math.round(value * 100) / 100;
}
