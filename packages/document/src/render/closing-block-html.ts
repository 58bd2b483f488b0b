/** The closing block under the last table as planned: right-aligned, lines centred in it. */
import type { ClosingBlock } from '../layout/closing-block.js';
import { blockHeight } from '../layout/text-block.js';
import { textBlockHtml } from './text-block-html.js';

export function closingBlockHtml(closing: ClosingBlock): string {
    const part = (name: string, content: string, height: number) => `<div class="closing-${name}" data-closing="${name}" style="height:${height}px">${content}</div>`;
    return `<div class="closing" style="width:${closing.width}px;height:${closing.height}px">`
        + part('place-date', textBlockHtml(closing.placeAndDate), blockHeight(closing.placeAndDate))
        + part('jabatan', textBlockHtml(closing.jabatan), blockHeight(closing.jabatan))
        + part('signature', '', closing.signatureSpace)
        + part('nama', textBlockHtml(closing.nama), blockHeight(closing.nama))
        + part('pangkat', textBlockHtml(closing.pangkat), blockHeight(closing.pangkat))
        + part('nip', textBlockHtml(closing.nip), blockHeight(closing.nip))
        + `</div>`;
}
