/**
 * One SOP's printed document, as `sop compile` and the editor extension both produce it: the logo
 * read and embedded, and the reasons a document cannot be printed told as "file:line:column: ...".
 */
import { IdentityTooLongError, planDocument, renderPlan, RowTooTallError, type PaperName } from '@sop-ap/document';
import type { CliMessages } from '../cli-messages.js';
import type { CheckedFile } from '../workspace.js';
import type { SopToCompile } from './compilable-sops.js';
import { readLogo } from './logo.js';
import { locateLogo, locateStep } from './locate.js';

export type Logo = { dataUri: string } | null;

/** The unit's logo as a data URI (null without one), or why it cannot be read, located. */
export async function logoOf(item: SopToCompile, all: readonly CheckedFile[], messages: CliMessages): Promise<{ logo: Logo } | { failure: string }> {
    const unit = item.model.identity.instansi;
    if (!unit?.logoPath) {
        return { logo: null };
    }
    const result = await readLogo(unit.logoPath);
    if ('problem' in result) {
        const message = result.problem === 'unsupported' ? messages.logoUnsupported(result.detail) : messages.logoUnreadable(unit.logo ?? unit.logoPath, result.detail);
        return { failure: locateLogo(item, all, message) ?? message };
    }
    return { logo: result };
}

/** A sentence for an error thrown while laying the document out, or undefined for a bug of ours. */
export function layoutFailure(error: unknown, item: SopToCompile, messages: CliMessages): string | undefined {
    if (error instanceof RowTooTallError) {
        return locateStep(item, error.stepNumber, messages.rowTooTall(error.stepNumber));
    }
    if (error instanceof IdentityTooLongError) {
        return `${item.file.source.display}:${(item.sop.$cstNode?.range.start.line ?? 0) + 1}:1: ${messages.identityTooLong}`;
    }
    return undefined;
}

/** The print-ready HTML of one SOP (identity page and flowchart pages), or why there is none. */
export async function sopDocumentHtml(item: SopToCompile, paper: PaperName, all: readonly CheckedFile[], messages: CliMessages): Promise<{ html: string } | { failure: string }> {
    const logo = await logoOf(item, all, messages);
    if ('failure' in logo) {
        return logo;
    }
    try {
        return { html: renderPlan(planDocument(item.model, { paper, logo: logo.logo })) };
    } catch (error) {
        const failure = layoutFailure(error, item, messages);
        if (failure === undefined) throw error;
        return { failure };
    }
}
