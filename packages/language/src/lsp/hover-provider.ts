/**
 * Hovers: an actor's title and how many steps it has; a step's number, kind, lane and normalized
 * duration; an SOP's total time along the main path, with the conversion rule.
 */
import { AstNodeHoverProvider } from 'langium/lsp';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver-protocol';
import { CONVERSION_RULE, formatMinuteCount, formatMinuteRange } from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { actorsOf, fieldsOf, lastOf, stepNumber, stepsOf } from '../model/ast-access.js';
import { buildModel, waktuOf } from '../model/build-model.js';
import type { SopServices } from '../sop-module.js';

export class SopHoverProvider extends AstNodeHoverProvider {

    protected readonly locale: SopLocale;

    constructor(services: SopServices) {
        super(services);
        this.locale = services.i18n.Locale;
    }

    protected get messages(): Messages {
        return messagesFor(this.locale.current);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const declared = await super.getHoverContent(document, params);
        if (declared) {
            return declared;
        }
        // Not on a name: a step's keyword, activity or waktu describes the step.
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const step = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isStep);
        const content = step && this.describeStep(step);
        return content ? { contents: { kind: 'markdown', value: content } } : undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        if (ast.isActor(node)) {
            const sop = AstUtils.getContainerOfType(node, ast.isSop);
            const stepCount = sop ? stepsOf(sop).filter(step => step.actors.some(actor => actor.ref === node)).length : 0;
            return this.messages.hoverActor(node.title, stepCount);
        }
        if (ast.isStep(node)) {
            return this.describeStep(node);
        }
        if (ast.isSop(node)) {
            return this.describeSop(node);
        }
        if (ast.isInstansi(node)) {
            const lines = [node.title, ...node.fields.filter(field => field.key !== 'logo').map(field => field.value)].filter(Boolean);
            return lines.map((line, index) => index === 0 ? `**${line}**` : line).join('\n\n');
        }
        return undefined;
    }

    protected describeStep(step: ast.Step): string {
        const sop = step.$container;
        const titles = new Map(actorsOf(sop).map(actor => [actor.name, actor.title]));
        const lanes = step.actors.map(actor => titles.get(actor.$refText) ?? actor.$refText).join(', ');
        const waktuField = lastOf(fieldsOf(step, ast.isWaktuField));
        const waktu = waktuField ? waktuOf(waktuField.duration) : null;
        const waktuText = waktu ? `${waktu.text} = ${formatMinuteRange(waktu)} (${formatMinuteCount(waktu)})` : undefined;
        const header = this.messages.hoverStep(stepNumber(step), step.kind === 'keputusan' ? 'decision' : 'process', lanes, waktuText);
        return `${header}\n\n_${step.activity}_`;
    }

    protected describeSop(sop: ast.Sop): string {
        const model = buildModel(sop);
        const total = `${formatMinuteRange(model.totals.waktu)} (${formatMinuteCount(model.totals.waktu)})`;
        return [
            `**${sop.title ?? sop.name}**`,
            this.messages.hoverSopTotal(total, model.totals.stepsWithoutWaktu),
            this.messages.hoverConversion(CONVERSION_RULE),
        ].join('\n\n');
    }
}
