/**
 * Syntax errors that read like advice to the person writing the SOP, in their language, instead of
 * the parser's token names. The advice depends on the grammar rule being read when the error hit.
 */
import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, DefaultLexerErrorMessageProvider } from 'langium';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor, type Messages } from '../i18n/messages.js';

type AdviceFor = (messages: Messages, found: string) => string;

/** Rules whose errors deserve a specific explanation, whatever token was expected. */
const adviceByRule: Record<string, AdviceFor> = {
    Duration: (m, found) => m.syntaxDuration(found),
    DurationUnit: (m, found) => m.syntaxDuration(found),
    WaktuField: (m, found) => m.syntaxDuration(found),
    DateValue: (m, found) => m.syntaxDate(found),
    DateField: (m, found) => m.syntaxDate(found),
    Target: (m, found) => m.syntaxTarget(found),
    Lanjut: (m, found) => m.syntaxTarget(found),
    Actor: (m, found) => m.syntaxActorDeclaration(found),
    TextList: (m, found) => m.syntaxTextList(found),
};

/** Rules whose closing `}` was expected: the token found is not a member of that block. */
const adviceAtBlockEnd: Record<string, AdviceFor> = {
    SopFile: (m, found) => m.syntaxNotAllowedAtTopLevel(found),
    Sop: (m, found) => m.syntaxNotSopMember(found),
    Step: (m, found) => m.syntaxNotStepField(found),
    Instansi: (m, found) => m.syntaxNotInstansiField(found),
    Pelaksana: (m, found) => m.syntaxActorDeclaration(found),
};

/** Langium registers rules under their grammar name with an invisible suffix (U+200B). */
function grammarRuleName(ruleName: string): string {
    return ruleName.replace(/\u200b/g, '');
}

export class SopParserErrorMessageProvider extends AbstractParserErrorMessageProvider {

    constructor(protected readonly locale: SopLocale) {
        super();
    }

    protected get messages(): Messages {
        return messagesFor(this.locale.current);
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const found = this.describeFound(options.actual);
        const ruleName = grammarRuleName(options.ruleName);
        if (options.expected.name === '}' && adviceAtBlockEnd[ruleName]) {
            return adviceAtBlockEnd[ruleName](this.messages, found);
        }
        if (ruleName === 'Step' && options.previous?.image !== '{') {
            return this.messages.syntaxStepHeader(found);
        }
        return this.adviceFor(ruleName, found)
            ?? this.messages.syntaxExpected(this.messages.tokenDescription(options.expected.name), found);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.messages.syntaxNotAllowedAtTopLevel(this.describeFound(options.firstRedundant));
    }

    override buildNoViableAltMessage(options: { actual: IToken[]; ruleName: string }): string {
        return this.explainUnexpected(grammarRuleName(options.ruleName), options.actual[0]);
    }

    override buildEarlyExitMessage(options: { actual: IToken[]; ruleName: string }): string {
        return this.explainUnexpected(grammarRuleName(options.ruleName), options.actual[0]);
    }

    protected explainUnexpected(ruleName: string, actual: IToken | undefined): string {
        const found = this.describeFound(actual);
        const member = ({
            SopMember: this.messages.syntaxNotSopMember,
            StepField: this.messages.syntaxNotStepField,
            InstansiField: this.messages.syntaxNotInstansiField,
            Step: this.messages.syntaxStepHeader,
            SopFile: this.messages.syntaxNotAllowedAtTopLevel,
        } as Record<string, (found: string) => string>)[ruleName];
        return member?.(found) ?? this.adviceFor(ruleName, found) ?? this.messages.syntaxUnexpected(found);
    }

    protected adviceFor(ruleName: string, found: string): string | undefined {
        return adviceByRule[ruleName]?.(this.messages, found);
    }

    protected describeFound(token: IToken | undefined): string {
        if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
            return this.messages.endOfFile;
        }
        return '`' + token.image + '`';
    }
}

export class SopLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {

    constructor(protected readonly locale: SopLocale) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const messages = messagesFor(this.locale.current);
        const character = characterAt(fullText, startOffset);
        return character === '"' ? messages.syntaxUnclosedString() : messages.syntaxUnexpectedCharacter(character);
    }
}

/** The whole character at `offset`, never half of a surrogate pair (an emoji is two UTF-16 units). */
export function characterAt(text: string, offset: number): string {
    const start = offset > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(offset)) && /[\uD800-\uDBFF]/.test(text.charAt(offset - 1)) ? offset - 1 : offset;
    const codePoint = text.codePointAt(start);
    return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}
