/**
 * The lexer, plus one lexical check of our own: the STRING terminal lets an
 * unclosed string run to the end of its line (so the rest of the file still
 * parses); here that becomes one lexing error, found while the tokens are at
 * hand rather than by walking the tree later.
 */
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import { isClosedString } from './strings.js';

export const UNCLOSED_STRING = 'Unclosed string: add the closing " on the same line.';

export class ActionPlanLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                result.errors.push({
                    offset: token.startOffset, length: token.image.length,
                    line: token.startLine, column: token.startColumn, message: UNCLOSED_STRING,
                });
            }
        }
        return result;
    }
}
