/**
 * Langium's validation registry, with checks that run synchronously when they are synchronous (all
 * of this language's are). Langium wraps every check in two async functions, so each check of each
 * node cost three awaits; the checks of a type are also listed once instead of at every node.
 */
import {
    isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

const CHECK_FAILED = 'An error occurred during validation';

export class SopValidationRegistry extends ValidationRegistry {

    /** categories (the same array throughout a build) → type → the checks, in registration order. */
    private checkLists = new WeakMap<object, Map<string, ValidationCheck[]>>();
    private readonly allCategories = {};

    /** The checks of a node type, as `getChecks` gives them, in an array that is kept. */
    checksOf(type: string, categories?: readonly ValidationCategory[]): ValidationCheck[] {
        const key = categories ?? this.allCategories;
        let byType = this.checkLists.get(key);
        if (!byType) {
            byType = new Map();
            this.checkLists.set(key, byType);
        }
        let checks = byType.get(type);
        if (!checks) {
            checks = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
            byType.set(type, checks);
        }
        return checks;
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.checkLists = new WeakMap();
        super.addEntry(...args);
    }

    /** Like Langium's: a check that throws reports an error on its node instead of stopping validation. */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            let result: ReturnType<ValidationCheck>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                this.reportFailure(error, accept, node);
                return;
            }
            if (result && typeof (result as PromiseLike<void>).then === 'function') {
                return this.handleException(() => result, CHECK_FAILED, accept, node);
            }
            return undefined;
        };
    }

    private reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        console.error(`${CHECK_FAILED}:`, error);
        if (error instanceof Error && error.stack) {
            console.error(error.stack);
        }
        accept('error', `${CHECK_FAILED}: ${error instanceof Error ? error.message : String(error)}`, { node });
    }
}
