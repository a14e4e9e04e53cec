import type { Range } from 'vscode-languageserver-types';
import { UNCLOSED_STRING, UNREADABLE } from '../lexer.js';
import { readTypoMessage, STRAY_BRACE } from '../line-structure.js';
import type { Fix } from '../rules/rule.js';

/**
 * Parser and lexer messages in the plan's words: "Expected a quoted string
 * but found '}'" rather than Chevrotain's token-type listings.
 */

const TOKEN_LABELS: Record<string, string> = {
    STRING: 'a quoted string',
    ID: 'a name',
    KEYWORD_NAME: 'a name',
    DATE: 'a date (YYYY-MM-DD)',
    EOF: 'the end of the file',
};

function label(token: string): string {
    return TOKEN_LABELS[token] ?? `'${token}'`;
}

/** The longest piece of the user's text a message quotes; a longer one is cut, with its length. */
export const MAX_QUOTED = 40;

/** Text from the plan as a message quotes it: one line, at most MAX_QUOTED characters. */
export function quoted(text: string): string {
    const firstLine = /^[^\r\n]*/.exec(text)![0];
    if (firstLine.length === text.length && text.length <= MAX_QUOTED) return `'${text}'`;
    const cut = firstLine.slice(0, MAX_QUOTED).replace(/[\uD800-\uDBFF]$/, '');
    return `'${cut}…' (${text.length.toLocaleString('en-US')} characters)`;
}

function found(text: string): string {
    return text === '' ? 'the end of the file' : quoted(text);
}

export function parserMessage(message: string): string {
    const single = /^Expecting token of type '([^']+)' but found `([\s\S]*)`\.$/.exec(message);
    if (single) return `Expected ${label(single[1])} but found ${found(single[2])}.`;
    const choice = /Expecting:[\s\S]*?possible Token sequences:+([\s\S]*)but found: '([\s\S]*)'$/.exec(message.trim());
    if (choice) {
        const firsts = [...choice[1].matchAll(/\[([^\]]+)\]/g)].map(m => m[1].split(',')[0].trim());
        const options = [...new Set(firsts.map(label))];
        return `Unexpected ${found(choice[2])}: expected ${list(options)}.`;
    }
    const endOfFile = /^Expecting end of file but found `([\s\S]*)`\.$/.exec(message);
    if (endOfFile) return `Unexpected ${quoted(endOfFile[1])}: a plan file holds partnership, business, partner, person and team elements.`;
    const redundant = /^Redundant input, expecting EOF but found: ([\s\S]*)$/.exec(message);
    if (redundant) return `Unexpected ${quoted(redundant[1])}: a plan file holds partnership, business, partner, person and team elements.`;
    return message;
}

export function lexerMessage(message: string, text: string): string {
    if (message === UNCLOSED_STRING || message === STRAY_BRACE || readTypoMessage(message) || message.startsWith(UNREADABLE)) return message;
    const character = /->([\s\S]*?)<-/.exec(message)?.[1] ?? text;
    if (character === '\0') return 'Unexpected NUL character.';
    return `Unexpected character ${quoted(character)}.`;
}

function list(items: string[]): string {
    if (items.length <= 1) return items[0] ?? 'something else';
    if (items.length > 8) return `${items.slice(0, 8).join(', ')} or another line of this block`;
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The quick fixes of a lexing error: the keyword a typo stands for, a stray `}` removed. */
export function lexerFixes(message: string, range: Range): Fix[] | undefined {
    const typo = readTypoMessage(message);
    if (typo) return [{ title: `Change to '${typo.keyword}'`, edits: [{ range, newText: typo.keyword }] }];
    if (message === STRAY_BRACE) return [{ title: "Remove the '}'", edits: [{ range, newText: '' }] }];
    return undefined;
}
