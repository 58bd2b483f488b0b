/**
 * The closing block under the last flowchart table, as signed SOPs end: place and date, the
 * signer's jabatan, room for signature and stamp, name, rank and NIP, right-aligned and centred
 * in itself. What the SOP does not say is left as a dotted line to fill in by hand.
 */
import { formatNip, type SopModel } from '@sop-ap/model';
import { fillInLine } from './fill-in-line.js';
import { blockHeight, centredBlock, type TextBlock } from './text-block.js';
import { BODY, BODY_BOLD, BODY_LINE } from './typography.js';

export interface ClosingBlock {
    width: number;
    placeAndDate: TextBlock;
    jabatan: TextBlock;
    /** Room for the signature and the stamp. */
    signatureSpace: number;
    nama: TextBlock;
    pangkat: TextBlock;
    nip: TextBlock;
    /** Whole pixels. */
    height: number;
}

const WIDTH = 340;
/** 16 mm: a signature with the stamp over it, as the seeds leave between jabatan and name. */
const SIGNATURE_SPACE = 60;
/** Room for the place when the SOP names none: about as long as a town's name written by hand. */
const PLACE_DOTS = 24;
/** Dotted lines for a name or NIP written by hand: long enough for either, shorter than the block. */
const FILL_IN_WIDTH = 260;

export function planClosingBlock(model: SopModel, pageWidth: number): ClosingBlock {
    const width = Math.min(WIDTH, pageWidth);
    const { tempat, efektif, disahkan } = model.identity;
    const place = tempat?.trim() ? tempat.trim() : '.'.repeat(PLACE_DOTS);
    const date = efektif?.text ?? '.'.repeat(PLACE_DOTS);
    const block = (text: string, bold = false) => centredBlock(text, width, bold ? BODY_BOLD : BODY, BODY_LINE);
    const placeAndDate = block(`${place}, ${date}`);
    const jabatan = disahkan?.jabatan?.trim() ? block(disahkan.jabatan, true) : block(fillInLine('Jabatan', Math.min(width, FILL_IN_WIDTH), BODY));
    const nama = disahkan?.nama?.trim() ? block(disahkan.nama, true) : block(fillInLine('Nama', Math.min(width, FILL_IN_WIDTH), BODY));
    const pangkat = block(disahkan?.pangkat?.trim() ? disahkan.pangkat : '');
    const nip = disahkan?.nip?.trim() ? block(`NIP. ${formatNip(disahkan.nip)}`) : block(fillInLine('NIP', Math.min(width, FILL_IN_WIDTH), BODY));
    const height = Math.ceil([placeAndDate, jabatan, nama, pangkat, nip].reduce((sum, each) => sum + blockHeight(each), 0) + SIGNATURE_SPACE);
    return { width, placeAndDate, jabatan, signatureSpace: SIGNATURE_SPACE, nama, pangkat, nip, height };
}
