/**
 * Turns parser and linker errors into diagnostics with the language's stable codes and messages:
 * `syntax-error` for text the parser cannot read, and unknown-actor / unknown-step / unknown-sop
 * for references that do not resolve (with the closest match for a quick fix).
 */
import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type DiagnosticInfo, type LangiumDocument,
    type ParseResult, type ValidationAcceptor, type ValidationOptions, type ValidationSeverity,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { closestMatch } from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/messages.js';
import { stepsOf } from '../model/ast-access.js';
import type { SopCoreServices } from '../sop-core-module.js';
import { nodesOf } from '../workspace/ast-walk.js';
import { IssueCodes } from './issue-codes.js';
import { SopValidationRegistry } from './validation-registry.js';

/** Data carried by unknown-step diagnostics for their quick fix. */
export interface UnknownStepData {
    code: string;
    suggestion?: string;
}

export class SopDocumentValidator extends DefaultDocumentValidator {

    protected readonly locale: SopLocale;

    constructor(services: SopCoreServices) {
        super(services);
        this.locale = services.i18n.Locale;
    }

    /**
     * As Langium's (every node, parents first, its checks in registration order), but a check is
     * awaited only when it returns a promise, and cancellation is checked once per document: the
     * awaits between nodes and checks cost more than the checks of a small document.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        if (this.profiler?.isActive('validating') || !(registry instanceof SopValidationRegistry)) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        await interruptAndCheck(cancelToken);
        const { nodes, ends } = nodesOf(rootNode);
        for (let index = 0; index < nodes.length;) {
            const node = nodes[index];
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of registry.checksOf(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) {
                        await result;
                    }
                }
            }
            index = nodeOptions.validateChildren ? index + 1 : ends[index];
        }
    }

    /** Every diagnostic carries its code in `data` too, where clients hand it back to quick fixes. */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, message, info);
        if (info.code !== undefined) {
            diagnostic.data = { ...(info.data ?? {}), code: info.code };
        }
        return diagnostic;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withSyntaxCode(diagnostics, () => super.processLexingErrors(parseResult, diagnostics, options));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withSyntaxCode(diagnostics, () => super.processParsingErrors(parseResult, diagnostics, options));
    }

    /** Runs `collect` and gives the diagnostics it added the `syntax-error` code. */
    protected withSyntaxCode(diagnostics: Diagnostic[], collect: () => void): void {
        const before = diagnostics.length;
        collect();
        for (const diagnostic of diagnostics.slice(before)) {
            diagnostic.code = IssueCodes.SyntaxError;
            diagnostic.data = { code: IssueCodes.SyntaxError };
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const messages = messagesFor(this.locale.current);
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const container = error.info.container;
            const name = reference.$refText;
            const range = reference.$refNode?.range;
            if (!range) {
                continue;
            }
            const push = (code: string, message: string, data: Record<string, unknown> = {}) =>
                diagnostics.push({ severity: 1, range, message, code, data: { code, ...data }, source: this.getSource() });
            if (ast.isStep(container)) {
                push(IssueCodes.UnknownActor, messages.unknownActor(name), { actor: name });
            } else if (ast.isTarget(container)) {
                const sop = AstUtils.getContainerOfType(container, ast.isSop);
                const labels = sop ? stepsOf(sop).flatMap(step => step.name ? [step.name] : []) : [];
                const suggestion = closestMatch(name, [...labels, 'selesai']);
                push(IssueCodes.UnknownStep, messages.unknownStep(name, suggestion), { suggestion });
            } else if (ast.isRelatedSop(container)) {
                push(IssueCodes.UnknownSop, messages.unknownSop(name));
            } else if (ast.isInstansiLink(container)) {
                push(IssueCodes.UnknownSop, messages.unknownInstansi(name));
            } else {
                push(IssueCodes.SyntaxError, error.message);
            }
        }
    }
}
