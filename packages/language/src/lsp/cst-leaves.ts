import type { CompositeCstNode, CstNode, LeafCstNode } from 'langium';

/** Every token of a CST subtree in source order, comments included (an explicit stack, no recursion). */
export function* cstLeaves(node: CstNode): Generator<LeafCstNode> {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if ('content' in current) {
            const children = (current as CompositeCstNode).content;
            for (let index = children.length - 1; index >= 0; index--) {
                stack.push(children[index]);
            }
        } else {
            yield current as LeafCstNode;
        }
    }
}
