/**
 * Langium's value converter, with strings and ids read without building them character by
 * character. Langium's STRING conversion appends one character at a time, which makes every string
 * value a chain of thousands of little string pieces (a third of the memory of a parsed SOP was such
 * pieces) and calls `toUpperCase()` on the rule name at every token. The values are the same.
 */
import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class SopValueConverter extends DefaultValueConverter {

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        // Langium compares the rule name case-insensitively; the grammar's terminals are upper case.
        if (rule.name === 'STRING') {
            return stringValue(input);
        }
        if (rule.name === 'ID') {
            return ValueConverter.convertID(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** The text between the quotes, escapes resolved (as Langium's `ValueConverter.convertString`). */
export function stringValue(input: string): string {
    if (input.includes('\\')) {
        return ValueConverter.convertString(input);
    }
    return input.length < 2 ? '' : input.substring(1, input.length - 1);
}
