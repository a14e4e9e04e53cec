/**
 * Formatter tests: parse a text into a document (no workspace build needed),
 * apply edits, list the lexer's tokens, and find every plan of the repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';
import { formatText } from '../../language/formatter/index.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO, 'test/formatter/fixtures');

export const services = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;

let count = 0;

/** A parsed (not linked) document of `text`. */
export function documentOf(text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/formatter/doc${++count}.plan`));
}

export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.plan', 'actionplan', 1, text), edits);
}

/** The formatted text; fails the test when the text cannot be formatted. */
export function format(text: string): string {
    const result = formatText(text, services);
    if (!result.ok) throw new Error(`cannot format: syntax error on line ${result.line}`);
    return result.text;
}

/** Every token the lexer finds, comments included, in order: what formatting must keep. */
export function tokensOf(text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    if (lexed.errors.length) throw new Error(`lexer errors: ${lexed.errors.map(e => e.message).join('; ')}`);
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(token => token.image);
}

export function readFixture(name: string): string {
    return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Every `.plan` file under samples/ and test/ (repository-relative path → text). */
export function repositoryPlans(): Map<string, string> {
    const found = new Map<string, string>();
    const walk = (folder: string) => {
        if (!fs.existsSync(folder)) return;
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
            else if (entry.isFile() && entry.name.endsWith('.plan')) found.set(path.relative(REPO, full), fs.readFileSync(full, 'utf8'));
        }
    };
    walk(path.join(REPO, 'samples'));
    walk(path.join(REPO, 'test'));
    return found;
}

/** A small deterministic random number generator (mulberry32), for scrambled layouts. */
export function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/**
 * The same tokens in a messy layout that formats back to `text` (a formatted
 * text): odd spaces and tabs, statements run together on one line or split
 * over lines, runs of blank lines where `text` has one. Line breaks are kept
 * only where they carry meaning: around comments and where `text` has a
 * blank line.
 */
export function scramble(text: string, seed: number): string {
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const indent = () => pick(['', ' ', '\t', '      ', ' \t  ', '\t\t']);
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens = [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    let result = pick(['', '\n', '\n\n  ', '  ']);
    tokens.forEach((token, i) => {
        const after = tokens[i + 1];
        result += token.image;
        if (!after) return;
        const gap = text.slice(token.startOffset + token.image.length, after.startOffset);
        const breaks = gap.split('\n').length - 1;
        const isComment = (t: typeof token) => t.image.startsWith('//') || t.image.startsWith('/*');
        if (breaks >= 2) result += `${indent()}\n${indent()}\n${pick(['', '\n', '\n \n'])}${indent()}`;
        else if (isComment(token) || isComment(after)) result += breaks ? `${indent()}\n${indent()}` : pick([' ', '\t', '  ']);
        else if (/^[,.{}]$/.test(after.image) || /^[.{}]$/.test(token.image)) result += pick(['', ' ', '\t', '\n', '  ']);
        else result += pick([' ', '\t', '   ', '\n', ` \n${indent()}`]);
    });
    return result + pick(['', '\n\n\n', '  \t']);
}
