/**
 * The nodes and cross-references of a parsed tree, in exactly the order of Langium's `streamAst`
 * and `streamReferences` (depth first, a node before its children, properties in key order), listed
 * once per tree as plain arrays. Langium's services walk the whole tree with stream iterators in
 * each build phase (local symbols, linking, indexing the references, validation) and await between
 * nodes; in a workspace of a thousand files that was a sizeable part of `sop check`. A parsed tree
 * never changes (an edit parses a new one), so its lists stay true for as long as it lives.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/** `nodes[i]` and, in `ends[i]`, the index just past its subtree (its descendants are `nodes[i+1 .. ends[i]-1]`). */
export interface NodeList {
    nodes: AstNode[];
    ends: number[];
}

const nodeLists = new WeakMap<AstNode, NodeList>();
const referenceLists = new WeakMap<AstNode, ReferenceInfo[]>();

/** `root` and every node it contains, parents first. */
export function nodesOf(root: AstNode): NodeList {
    let list = nodeLists.get(root);
    if (!list) {
        list = { nodes: [], ends: [] };
        collect(root, list);
        nodeLists.set(root, list);
    }
    return list;
}

function collect(node: AstNode, list: NodeList): void {
    const at = list.nodes.length;
    list.nodes.push(node);
    list.ends.push(0);
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = record[property];
        if (isAstNode(value)) {
            collect(value, list);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    collect(element, list);
                }
            }
        }
    }
    list.ends[at] = list.nodes.length;
}

/** Every cross-reference in the tree of `root` (single or multi, alone or in an array), node by node. */
export function referencesOf(root: AstNode): ReferenceInfo[] {
    let references = referenceLists.get(root);
    if (!references) {
        references = [];
        for (const node of nodesOf(root).nodes) {
            addReferences(node, references);
        }
        referenceLists.set(root, references);
    }
    return references;
}

function addReferences(node: AstNode, references: ReferenceInfo[]): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            references.push({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) {
                    references.push({ reference: element, container: node, property, index });
                }
            });
        }
    }
}
