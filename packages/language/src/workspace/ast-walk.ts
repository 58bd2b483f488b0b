/**
 * Walks over the AST and its cross-references in exactly the order of Langium's `streamAst` and
 * `streamReferences` (depth first, a node before its children, properties in key order), but as
 * plain loops. Langium's streams allocate iterator objects for every node, and the services that
 * use them await between nodes; in a workspace of a thousand files that was a sizeable part of
 * `sop check`.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * Calls `visit` for `root` and every node it contains, parents first. When `visit` returns false
 * the node's children are skipped.
 */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => boolean | void): void {
    if (visit(root) === false) {
        return;
    }
    forEachChild(root, visit);
}

function forEachChild(node: AstNode, visit: (node: AstNode) => boolean | void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = record[property];
        if (isAstNode(value)) {
            forEachAstNode(value, visit);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    forEachAstNode(element, visit);
                }
            }
        }
    }
}

/** Every cross-reference held by `node` itself (single or multi, alone or in an array). */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) {
                    visit({ reference: element, container: node, property, index });
                }
            });
        }
    }
}
