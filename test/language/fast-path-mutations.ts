/**
 * Seeded edits of plan texts for the fast path's differential test
 * (fast-path.test.ts): each aimed at a place where the fast lexer and parser
 * (language/fast/) could read a text differently from Langium's: the line
 * structure (a keyword first on its line or not, a joined or split line), a
 * keyword used as a name, braces, dates, strings, comments, line endings,
 * Unicode whitespace, `TEAM.WIN` references.
 */
import { random } from '../../bench/generate.js';

export type Rand = () => number;

/** What the edits may use: the grammar's keywords (from the lexer's definition). */
export interface MutationContext {
    keywords: readonly string[];
    lineKeywords: ReadonlySet<string>;
}

interface Token {
    start: number;
    end: number;
    text: string;
    kind: 'string' | 'comment' | 'word' | 'date' | 'punctuation' | 'other';
}

/** A rough lexer: good enough to pick places in a text (it need not agree with the real one). */
const TOKEN = /"(?:[^"\\\r\n]|\\[^\r\n])*"?|\/\*[\s\S]*?\*\/|\/\/[^\r\n]*|[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*|[0-9]+(?:[-/.][0-9]+)*|[{},.]|[^\s]/g;

export function roughTokens(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.matchAll(TOKEN)) {
        const t = match[0];
        const c = t.charCodeAt(0);
        const kind: Token['kind'] = t.startsWith('"') ? 'string'
            : t.startsWith('//') || t.startsWith('/*') ? 'comment'
            : /^[A-Za-z_]/.test(t) ? 'word'
            : c >= 0x30 && c <= 0x39 ? 'date'
            : '{},.'.includes(t) ? 'punctuation' : 'other';
        tokens.push({ start: match.index!, end: match.index! + t.length, text: t, kind });
    }
    return tokens;
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Lines with their ends kept, so joining them back gives the text. */
function lines(text: string): string[] {
    return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** The keywords the brief singles out: line keywords and keywords that are only ever inside a line. */
const FOCUS = ['owner', 'status', 'team', 'due', 'kind', 'of', 'win', 'high', 'champion', 'person', 'first', 'next', 'early',
    'step', 'on', 'by', 'after', 'for', 'title', 'target', 'gives', 'measure', 'responder', 'traits', 'review', 'business',
    'partner', 'priority', 'involve', 'convener', 'support', 'follow-up', 'in-kind', 'selected-by', 'planned', 'meeting'];
const TYPOS = ['teem', 'champoin', 'ownr', 'stauts', 'responer', 'sucess', 'partnr', 'persn', 'busines', 'priorty', 'reveiw',
    'involv', 'orgnize', 'Team', 'OWNER', 'due_', 'duee', 'supprt', 'meausre', 'folow-up', 'selectedby', 'commit', 'trait'];
const ODD_DATES = ['2026-1-1', '2026-01-01-02', '12/02/2027', '2026-01-01x', '2026-01', '2026-01-01.5', '2026--01-01', '20260101',
    '2026-01-01-', '0-0-0', '2026-13-45', '2026.01.01', '2026-01-01_', '2026-01-01a', '1-2-3-4-5', '2026/01/01', '2026-01-01.'];
const SPACES = ['\t', '\f', '\v', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u2003', '\u3000', '\u1680', '\u200b', '\u0085', '\u180e', '\u202f', '\u205f'];
const LETTERS = ['é', 'ü', 'ß', 'ñ', 'Ω', '日', 'İ', '\u212a', 'ａ', '\u0301'];
const WIN_REFS = ['T.X', 'T . X', 'T/*c*/.X', 'T./* c */X', 'T.\nX', 'T\n.X', 'T.// c\nX', 'T.', '.X', 'T..X', 'T.X.Y', 'T .X', 'T. X',
    'team.first', 'T.owner', 'owner.X', 'T.\n    owner', 'T\t.\tX', 'T.\u00a0X', 'T.kind', 'win.win', 'T.X,Y', 'T.2026-01-01'];
const BLOCK_COMMENTS = ['/* c */', '/*\n c\n*/', '/* a\r\n b */', '/**/', '/*\n*/', '/* } { */', '/* "x */', '/*', '/* a */ /* b\n */'];
const LINE_COMMENTS = ['// note', '//', '// } {', '// "', '/// x', '// team x "y" for z {'];
const DIRECTIVES = ['// actionplan-disable-next-line', '// actionplan-disable-next-line win-timeline', '//actionplan-disable-line',
    '// actionplan-disable-line no-placeholder -- why', '//   actionplan-disable-file', '/* actionplan-disable-next-line */',
    // Far from the `//`: suppressions.ts reads these, however many blanks come first.
    `//${' '.repeat(44)}actionplan-disable-next-line`, `//${'\t'.repeat(70)}actionplan-disable-file win-timeline`, `//${' '.repeat(40)}\u00a0\u00a0\u00a0\u00a0actionplan-disable-next-line`];

export interface Mutation {
    name: string;
    /** The edited text, or undefined when the text has no place for this edit. */
    apply(text: string, rand: Rand, context: MutationContext): string | undefined;
}

const onToken = (name: string, filter: (t: Token, context: MutationContext, text: string) => boolean,
    edit: (text: string, t: Token, rand: Rand, context: MutationContext) => string): Mutation => ({
    name,
    apply(text, rand, context) {
        const tokens = roughTokens(text).filter(t => filter(t, context, text));
        if (tokens.length === 0) return undefined;
        return edit(text, pick(rand, tokens), rand, context);
    },
});

const isKeyword = (t: Token, c: MutationContext) => t.kind === 'word' && c.keywords.includes(t.text);
const isName = (t: Token, c: MutationContext) => t.kind === 'word' && !c.keywords.includes(t.text);
const firstOnLine = (text: string, t: Token) => /(^|[\r\n])[ \t]*$/.test(text.slice(Math.max(0, t.start - 200), t.start));

export const MUTATIONS: Mutation[] = [
    onToken('delete a token', t => t.kind !== 'comment', (text, t) => splice(text, t.start, t.end, '')),
    onToken('duplicate a token', t => t.kind !== 'comment', (text, t) => splice(text, t.start, t.end, `${t.text} ${t.text}`)),
    {
        name: 'duplicate a line',
        apply(text, rand) {
            const ls = lines(text);
            if (ls.length === 0) return undefined;
            const i = Math.floor(rand() * ls.length);
            const line = /[\r\n]$/.test(ls[i]) ? ls[i] : `${ls[i]}\n`;
            ls.splice(i, 0, line);
            return ls.join('');
        },
    },
    {
        name: 'delete a line',
        apply(text, rand) {
            const ls = lines(text);
            if (ls.length === 0) return undefined;
            ls.splice(Math.floor(rand() * ls.length), 1);
            return ls.join('');
        },
    },
    {
        name: 'swap two lines',
        apply(text, rand) {
            const ls = lines(text).map(l => /[\r\n]$/.test(l) ? l : `${l}\n`);
            if (ls.length < 2) return undefined;
            const i = Math.floor(rand() * (ls.length - 1));
            const j = rand() < 0.6 ? i + 1 : Math.floor(rand() * ls.length);
            [ls[i], ls[j]] = [ls[j], ls[i]];
            return ls.join('');
        },
    },
    {
        name: 'join a line onto the previous one',
        apply(text, rand) {
            const breaks = [...text.matchAll(/(\r\n|\r|\n)[ \t]*/g)];
            if (breaks.length === 0) return undefined;
            const b = pick(rand, breaks);
            return splice(text, b.index!, b.index! + b[0].length, pick(rand, [' ', '', '\t', ' /* */ ']));
        },
    },
    onToken('split a line before a token', () => true, (text, t, rand) => splice(text, t.start, t.start, pick(rand, ['\n', '\n        ', '\r\n    ', '\n\n']))),
    onToken('a name made a keyword', isName, (text, t, rand, c) => splice(text, t.start, t.end, rand() < 0.6 ? pick(rand, FOCUS) : pick(rand, c.keywords.filter(k => /^[A-Za-z]/.test(k))))),
    onToken('a keyword made another keyword', isKeyword, (text, t, rand, c) => splice(text, t.start, t.end, rand() < 0.5 ? pick(rand, FOCUS) : pick(rand, c.keywords))),
    onToken('a line keyword after a value on its line', t => t.kind === 'string' || t.kind === 'date' || t.kind === 'word',
        (text, t, rand, c) => splice(text, t.end, t.end, ` ${pick(rand, [...c.lineKeywords])}${rand() < 0.5 ? '' : ` ${pick(rand, ['ana', '2026-05-01', '"x"', 'high', 'planned', 'owner', 'First'])}`}`)),
    onToken('a line keyword first on a new line', t => t.kind !== 'comment',
        (text, t, rand, c) => splice(text, t.start, t.start, `\n    ${pick(rand, [...c.lineKeywords])}${rand() < 0.5 ? '\n' : ' '}`)),
    onToken('drop a brace', t => t.text === '{' || t.text === '}', (text, t) => splice(text, t.start, t.end, '')),
    onToken('add a brace', t => t.kind !== 'comment', (text, t, rand) => splice(text, t.start, t.start, pick(rand, ['{ ', '} ', '}\n', '\n}\n', '{}', '{\n}\n']))),
    onToken('a keyword typo', (t, c, text) => isKeyword(t, c) && firstOnLine(text, t), (text, t, rand) => {
        if (rand() < 0.5) return splice(text, t.start, t.end, pick(rand, TYPOS));
        const w = t.text;
        const i = Math.floor(rand() * w.length);
        const edits = [w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + w[i] + w.slice(i), w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2),
            w.slice(0, i) + 'x' + w.slice(i + 1), w[0].toUpperCase() + w.slice(1)];
        return splice(text, t.start, t.end, pick(rand, edits));
    }),
    onToken('an odd date', t => t.kind === 'date', (text, t, rand) => splice(text, t.start, t.end, pick(rand, ODD_DATES))),
    onToken('an unclosed string', t => t.kind === 'string' && t.text.length > 1 && t.text.endsWith('"'), (text, t) => splice(text, t.end - 1, t.end, '')),
    onToken('an escape inside a string', t => t.kind === 'string' && t.text.length > 1, (text, t, rand) => {
        const at = t.start + 1 + Math.floor(rand() * (t.text.length - 1));
        return splice(text, at, at, pick(rand, ['\\"', '\\\\', '\\n', '\\', '\\"\\"', '\\u00e9', '"', '\\\n']));
    }),
    onToken('a block comment between tokens', t => t.kind !== 'comment', (text, t, rand) => splice(text, t.start, t.start, `${pick(rand, BLOCK_COMMENTS)} `)),
    onToken('a line comment', t => t.kind !== 'comment', (text, t, rand) => splice(text, t.end, t.end, ` ${pick(rand, LINE_COMMENTS)}\n`)),
    {
        name: 'a suppression comment',
        apply(text, rand) {
            const ls = lines(text);
            const i = Math.floor(rand() * (ls.length + 1));
            ls.splice(i, 0, `    ${pick(rand, DIRECTIVES)}\n`);
            return ls.join('');
        },
    },
    {
        name: 'line endings',
        apply(text, rand) {
            switch (Math.floor(rand() * 4)) {
                case 0: return text.replace(/\r?\n/g, '\r\n');
                case 1: return text.replace(/\r?\n/g, '\r');
                case 2: return text.replace(/\r?\n/g, () => pick(rand, ['\n', '\r\n', '\r']));
                default: {
                    const breaks = [...text.matchAll(/\n/g)];
                    if (breaks.length === 0) return undefined;
                    const b = pick(rand, breaks).index!;
                    return splice(text, b, b + 1, pick(rand, ['\r', '\r\n', '\n\r', '\r\r']));
                }
            }
        },
    },
    {
        name: 'Unicode whitespace',
        apply(text, rand) {
            const spaces = [...text.matchAll(/[ \t]+|(?:\r\n|\n)/g)];
            if (spaces.length === 0 || rand() < 0.1) return `\ufeff${text}`;
            const s = pick(rand, spaces);
            const insert = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(rand, SPACES)).join('');
            return rand() < 0.5 ? splice(text, s.index!, s.index! + s[0].length, insert) : splice(text, s.index!, s.index!, insert);
        },
    },
    onToken('a non-ASCII letter in a name', isName, (text, t, rand) => {
        const at = t.start + Math.floor(rand() * (t.text.length + 1));
        return splice(text, at, at, pick(rand, LETTERS));
    }),
    {
        name: 'a TEAM.WIN reference',
        apply(text, rand) {
            const afters = [...text.matchAll(/\b(after|owner|support|champion|involve|by|convener|of|for)([ \t]+)([A-Za-z_][A-Za-z0-9_.]*)/g)];
            if (afters.length === 0) return undefined;
            const a = pick(rand, afters);
            const at = a.index! + a[1].length + a[2].length;
            const team = pick(rand, ['Team0', 'Team1', 'TalentTeam', 'T', 'team', 'Nursing']);
            const ref = pick(rand, WIN_REFS).replace(/T(?![a-z])/g, team).replace(/X/g, a[3].split('.').pop()!);
            return splice(text, at, at + a[3].length, ref);
        },
    },
    onToken('insert a keyword anywhere', () => true, (text, t, rand, c) => splice(text, t.start, t.start, `${pick(rand, c.keywords)} `)),
    {
        name: 'delete a few characters',
        apply(text, rand) {
            if (text.length === 0) return undefined;
            const at = Math.floor(rand() * text.length);
            return splice(text, at, Math.min(text.length, at + 1 + Math.floor(rand() * 8)), '');
        },
    },
    {
        name: 'comment out a line',
        apply(text, rand) {
            const ls = lines(text);
            if (ls.length === 0) return undefined;
            const i = Math.floor(rand() * ls.length);
            ls[i] = `//${ls[i]}`;
            return ls.join('');
        },
    },
    {
        name: 'no newline at the end, or extra blank lines',
        apply(text, rand) {
            return rand() < 0.5 ? text.replace(/\s+$/, '') : `\n\n${text}\n\n  \n`;
        },
    },
];

/** One to three edits, chosen by `seed`; the names of the edits made. */
export function mutate(text: string, seed: number, context: MutationContext): { text: string; edits: string[] } {
    const rand = random(seed);
    const wanted = 1 + Math.floor(rand() * 3);
    const edits: string[] = [];
    let result = text;
    for (let attempt = 0; edits.length < wanted && attempt < 20; attempt++) {
        const mutation = pick(rand, MUTATIONS);
        const next = mutation.apply(result, rand, context);
        if (next === undefined || next === result) continue;
        result = next;
        edits.push(mutation.name);
    }
    return { text: result, edits };
}

/** Texts that are not edits of a plan: empty, blank, only comments. */
export const ODD_TEXTS: Record<string, string> = {
    'empty': '',
    'a newline': '\n',
    'blank lines with CRLF': '\r\n\r\n  \r\n',
    'a lone CR': '\r',
    'only whitespace of every kind': ' \t\f\v\u00a0\u2028\u2029\ufeff\u3000\n',
    'only a line comment': '// nothing here\n',
    'only a line comment, no newline': '// nothing here',
    'only a block comment': '/* nothing\n   here */',
    'only comments': '// one\n/* two */\n\n// three\r\n/* four\r\n */  ',
    'comments around whitespace': '   /* a */   \n   // b',
    'a suppression comment only': '// actionplan-disable-next-line\n',
    'a suppression comment 44 blanks after its //, then a business': `//${' '.repeat(44)}actionplan-disable-next-line\nbusiness Ruiz "Ruiz"\n`,
    'an unclosed block comment': '/* never closed\n',
    'a lone brace': '}',
    'a lone open brace': '{',
    'a lone keyword': 'team',
    'a lone name': 'ana',
    'a BOM then a business': '\ufeffbusiness Ruiz "Ruiz"',
    'a business with no newline': 'business Ruiz "Ruiz"',
    'a keyword-named business': 'business team "Team Inc."\nbusiness owner "Owner"\nbusiness kind "Kind"',
    'a person of a keyword org': 'business of "Of"\nperson team "T" of of title "x"',
    'a person named like a line keyword, inline': 'person status "S" of Ruiz\nperson due "D" of Ruiz title "t"',
};
