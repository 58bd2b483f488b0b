/** One self-contained HTML file per SOP: styles, font, symbols and logo inline; no script, no network. */
import type { SopModel } from '@sop-ap/model';
import { planDocument, type DocumentOptions, type DocumentPlan } from '../plan.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { flowPageHtml } from './flow-page.js';
import { identityPageHtml } from './identity-page.js';
import { documentCss } from './styles.js';

export function renderDocument(model: SopModel, options: DocumentOptions = {}): string {
    return renderPlan(planDocument(model, options));
}

export function renderPlan(plan: DocumentPlan): string {
    const { model } = plan;
    // No script may run in the document: a strict policy says so to any browser that opens it.
    const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
    return '<!DOCTYPE html>\n'
        + `<html lang="id" data-sop="${escapeAttribute(model.id)}" data-paper="${plan.paper.name}" data-page-count="${plan.pageCount}">\n<head>\n`
        + `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`
        + `<title>${escapeHtml(`SOP ${model.title || model.id}`)}</title>\n`
        + `<style>${documentCss(plan.paper)}</style>\n</head>\n<body>\n`
        + identityPageHtml(plan) + '\n'
        + plan.flowPages.map(page => flowPageHtml(plan, page)).join('\n')
        + '\n</body>\n</html>\n';
}
