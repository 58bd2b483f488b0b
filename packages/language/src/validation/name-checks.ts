import { AstUtils, GrammarUtils, UriUtils, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { stepsOf } from '../model/ast-access.js';
import { SopIndexManager } from '../workspace/index-manager.js';
import { SopChecks, type CheckServices } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** Names: step labels unique in their SOP; SOP and instansi ids unique in the workspace. */
export class NameChecks extends SopChecks {

    protected readonly indexManager: IndexManager;

    constructor(services: CheckServices & { shared: LangiumSharedCoreServices }) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
    }

    /** duplicate-label: two steps with one label in an SOP. */
    labelsMustBeUnique(sop: ast.Sop, accept: ValidationAcceptor): void {
        const firstStep = new Map<string, number>();
        stepsOf(sop).forEach((step, index) => {
            if (!step.name) {
                return;
            }
            const first = firstStep.get(step.name);
            if (first !== undefined) {
                accept('error', this.messages.duplicateLabel(step.name, first), { node: step, property: 'name', code: IssueCodes.DuplicateLabel });
            } else {
                firstStep.set(step.name, index + 1);
            }
        });
    }

    /** duplicate-sop: two SOPs with one id in the workspace. */
    sopIdMustBeUniqueInWorkspace(sop: ast.Sop, accept: ValidationAcceptor): void {
        const others = this.othersNamed(sop, ast.Sop.$type);
        if (others.length > 0) {
            accept('error', this.messages.duplicateSop(sop.name, this.describe(others)), { node: sop, property: 'name', code: IssueCodes.DuplicateSop });
        }
    }

    /** duplicate-instansi: two instansi with one id in the workspace. */
    instansiIdMustBeUniqueInWorkspace(instansi: ast.Instansi, accept: ValidationAcceptor): void {
        const others = this.othersNamed(instansi, ast.Instansi.$type);
        if (others.length > 0) {
            accept('error', this.messages.duplicateInstansi(instansi.name, this.describe(others)), {
                node: instansi, property: 'name', code: IssueCodes.DuplicateInstansi,
            });
        }
    }

    /** Exported elements with the same id and type, other than this node itself. */
    protected othersNamed(node: ast.Sop | ast.Instansi, type: string): AstNodeDescription[] {
        if (!node.name) {
            return [];
        }
        const ownUri = AstUtils.getDocument(node).uri.toString();
        const ownNameOffset = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.offset;
        const named = this.indexManager instanceof SopIndexManager
            ? this.indexManager.elementsNamed(type, node.name)
            : this.indexManager.allElements(type).filter(description => description.name === node.name).toArray();
        return named.filter(description => description.documentUri.toString() !== ownUri || description.nameSegment?.offset !== ownNameOffset);
    }

    /** "surat.sop:12, keuangan.sop:3" */
    protected describe(others: AstNodeDescription[]): string {
        return others
            .map(other => `${UriUtils.basename(other.documentUri)}:${(other.nameSegment?.range.start.line ?? 0) + 1}`)
            .join(', ');
    }
}
