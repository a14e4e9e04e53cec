/**
 * fast-check arbitraries for plan text: valid plans built from the grammar
 * (every element and every body line of language.md, random names, dates and
 * strings with escapes and Unicode, comments and suppression comments between
 * any two tokens, any layout), and mutations of them (tokens deleted,
 * duplicated or swapped; braces, quotes, `/*`, NUL, BOM, CRLF, lone
 * surrogates, RTL marks and emoji inserted; the text truncated anywhere), and
 * the giant inputs (1 MB strings, 10,000 nested braces, 100,000-line files).
 *
 * A plan is generated as a list of tokens first, then laid out: the layout
 * chooses the whitespace and comments between tokens, so the same plan comes
 * in many layouts and the formatter has something to do.
 */
import fc from 'fast-check';

// ------------------------------------------------------------------ names

/** Every keyword the grammar also accepts as a name (language/action-plan.langium, rule Name). */
export const KEYWORD_NAMES = [
    'partnership', 'industry', 'region', 'convener', 'launch', 'priority', 'business', 'partner', 'kind', 'person', 'of', 'title',
    'team', 'for', 'formed', 'champion', 'responder', 'joined', 'commits', 'traits', 'success', 'measure', 'target', 'by', 'early',
    'first', 'next', 'win', 'after', 'step', 'due', 'owner', 'support', 'gives', 'impact', 'feasibility', 'requires', 'status',
    'assessment', 'involve', 'review', 'organize', 'on', 'workforce', 'education', 'government', 'nonprofit', 'other', 'volunteered',
    'representative', 'financial', 'policy', 'resources', 'toolkit', 'collaborative', 'high', 'medium', 'low', 'planned', 'achieved',
    'missed', 'dropped', 'approved', 'pending', 'meeting', 'committee', 'charter', 'bylaws', 'staff', 'fund', 'incorporation',
];

export const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,9}$/);

/** A name: mostly an identifier, sometimes a keyword used as a name. */
export const name = fc.oneof({ weight: 6, arbitrary: identifier }, { weight: 1, arbitrary: fc.constantFrom(...KEYWORD_NAMES) });

// ------------------------------------------------------------------ strings

/**
 * Pieces of a string literal's body, as written between the quotes: plain
 * text, the two escapes, a backslash before another character (kept as
 * written), Unicode that is awkward to display, and text that looks like
 * markup, links, mentions, workflow commands or terminal escapes.
 */
const LITERAL_PIECES = [
    'a', 'Talent', ' ', '  ', 'Four tours, 38 teachers', '\\"', '\\\\', '\\n', '\\t', 'C:\\temp', '\t', 'é', 'ß', '日本語', 'Ελληνικά',
    'עברית', 'العربية', '😀', '👩‍👩‍👧', '🏳️‍🌈', '\u0301', '\u202e', '\u202c', '\u200f', '\u200e', '\u2066', '\u2069', '\u061c', '\u0000', '\u0007',
    '\u001b[31m', '\u001b]8;;http://x\u0007', '\u007f', '\u0085', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u000b', '\u000c', '\ud800', '\udfff',
    '\ud83d', '\ufffe', '\uffff', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '-->', '<!--', ']]>', '&amp;', '&',
    '[x](javascript:alert(1))', '![i](https://example.com/i.png)', 'https://example.com', '@someone', '@org/team', '#12', ':+1:', '`code`',
    '*', '**', '_', '~~', '|', '# ', '> ', '- ', '1. ', '%', '%0A', '%25', '::error file=x::y', '::', ',', '=', '${x}', '$(touch pwned)',
    '`touch pwned`', "'", ';', 'TODO', 'TODO: later', '...', 'TBD', '{', '}', '/*', '*/', '//', '2026-02-30',
];

/** A free piece: any code points but the four a literal may not hold raw (", \, CR, LF). */
const freePiece = fc.string({ unit: 'binary', maxLength: 6 }).map(s => s.replace(/["\\\r\n]/g, ''));

/** The body of a valid string literal (without its quotes). */
export const literalBody = fc.array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LITERAL_PIECES) }, { weight: 1, arbitrary: freePiece }),
    { maxLength: 5 },
).map(pieces => pieces.join(''));

export const stringLiteral = literalBody.map(body => `"${body}"`);

// ------------------------------------------------------------------ dates

const validDate = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
    .map(d => d.toISOString().slice(0, 10));

/** Dates that lex as dates but are not real ones, or are extreme. */
const ODD_DATES = [
    '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-4', '0000-00-00', '0001-01-01', '9999-12-31', '2025-02-29', '2024-02-29',
    '99999999999999999999-01-01', '2026-01-0000001', '1970-01-01', '275760-09-13',
];

export const date = fc.oneof({ weight: 9, arbitrary: validDate }, { weight: 1, arbitrary: fc.constantFrom(...ODD_DATES) });

// ------------------------------------------------------------------ the plan's names

/** The names a generated workspace declares, so that most references resolve (and some do not). */
export interface Universe {
    orgs: string[];
    people: string[];
    priorities: string[];
    teams: string[];
    wins: string[];
}

const pool = (min: number, max: number) => fc.uniqueArray(name, { minLength: min, maxLength: max });

export const universe: fc.Arbitrary<Universe> = fc.record({
    orgs: pool(1, 4), people: pool(1, 5), priorities: pool(1, 3), teams: pool(1, 2), wins: pool(1, 5),
});

/** A reference: mostly a declared name, sometimes any name (unresolved, or of the wrong kind). */
function ref(names: string[]): fc.Arbitrary<string> {
    return names.length ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: name }) : name;
}

type Tokens = string[];

const seq = (...parts: Array<fc.Arbitrary<Tokens | string>>) => fc.tuple(...parts).map(list => list.flatMap(part => part));
const optional = (tokens: fc.Arbitrary<Tokens>) => fc.option(tokens, { nil: undefined, freq: 2 }).map(t => t ?? []);
const lines = (...alternatives: Array<fc.Arbitrary<Tokens>>) => (maxLength: number) =>
    fc.array(fc.oneof(...alternatives), { maxLength }).map(list => list.flat());
/** `{ … }` around body lines. */
const body = (inside: fc.Arbitrary<Tokens>) => inside.map(t => ['{', ...t, '}']);
const pick = (...values: string[]) => fc.constantFrom(...values);

// ------------------------------------------------------------------ elements

function priority(u: Universe): fc.Arbitrary<Tokens> {
    return seq(fc.constant('priority'), ref(u.priorities), stringLiteral, optional(body(lines(seq(fc.constant('follow-up'), date))(2))));
}

function partnership(u: Universe): fc.Arbitrary<Tokens> {
    const line = lines(
        seq(fc.constant('industry'), stringLiteral),
        seq(fc.constant('region'), stringLiteral),
        seq(fc.constant('convener'), ref(u.orgs)),
        seq(fc.constant('launch'), date),
        priority(u),
    );
    return seq(fc.constant('partnership'), name, stringLiteral, body(line(6)));
}

const business = (u: Universe) => seq(fc.constant('business'), ref(u.orgs), stringLiteral);

const partner = (u: Universe) => seq(fc.constant('partner'), ref(u.orgs), stringLiteral, fc.constant('kind'),
    pick('workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other'));

const person = (u: Universe) => seq(fc.constant('person'), ref(u.people), stringLiteral, fc.constant('of'), ref(u.orgs),
    optional(seq(fc.constant('title'), stringLiteral)));

const resourceKind = pick('in-kind', 'financial', 'policy');
const rating = pick('high', 'medium', 'low');

/** `A, B, C` */
const commaList = (item: fc.Arbitrary<string>) => fc.array(item, { minLength: 1, maxLength: 3 }).map(items => items.flatMap((x, i) => (i ? [',', x] : [x])));

function responder(u: Universe): fc.Arbitrary<Tokens> {
    const line = lines(
        seq(fc.constant('joined'), date),
        seq(fc.constant('selected-by'), pick('convener', 'volunteered', 'representative')),
        seq(fc.constant('commits'), resourceKind, stringLiteral),
        seq(fc.constant('traits'), commaList(pick('resources', 'business-centered', 'toolkit', 'collaborative'))),
    );
    return seq(fc.constant('responder'), ref(u.people), optional(body(line(5))));
}

const measure = seq(fc.constant('measure'), stringLiteral, optional(seq(fc.constant('target'), stringLiteral)), optional(seq(fc.constant('by'), date)));

const success = seq(fc.constant('success'), stringLiteral, optional(body(lines(measure)(3))));

function win(u: Universe): fc.Arbitrary<Tokens> {
    const winRef = fc.oneof({ weight: 3, arbitrary: ref(u.wins).map(w => [w]) }, { weight: 1, arbitrary: fc.tuple(ref(u.teams), ref(u.wins)).map(([t, w]) => [t, '.', w]) });
    const header = fc.oneof(
        seq(fc.constant('early'), fc.constant('win'), ref(u.wins), stringLiteral),
        seq(fc.constant('first'), fc.constant('win'), ref(u.wins), stringLiteral),
        seq(fc.constant('next'), fc.constant('win'), ref(u.wins), stringLiteral, fc.constant('after'), winRef),
    );
    const line = lines(
        seq(fc.constant('due'), date),
        seq(fc.constant('owner'), ref(u.people)),
        seq(fc.constant('support'), ref([...u.orgs, ...u.people]), stringLiteral, optional(seq(fc.constant('gives'), resourceKind))),
        seq(fc.constant('impact'), rating),
        seq(fc.constant('feasibility'), rating),
        seq(fc.constant('requires'), pick('new-funding', 'outside-region')),
        seq(fc.constant('status'), pick('planned', 'in-progress', 'achieved', 'missed', 'dropped')),
        seq(fc.constant('assessment'), stringLiteral),
    );
    return seq(header, optional(body(line(7))));
}

function team(u: Universe): fc.Arbitrary<Tokens> {
    const line = lines(
        seq(fc.constant('formed'), date),
        seq(fc.constant('champion'), ref(u.people)),
        responder(u),
        success,
        win(u), win(u), win(u),
        seq(fc.constant('first'), fc.constant('step'), stringLiteral,
            optional(body(lines(seq(fc.constant('owner'), ref(u.people)), seq(fc.constant('due'), date))(2)))),
        fc.oneof(seq(fc.constant('involve'), stringLiteral), seq(fc.constant('involve'), commaList(ref([...u.orgs, ...u.people])))),
        seq(fc.constant('review'), date, fc.constant('by'), commaList(ref(u.people)), fc.constant('status'), pick('approved', 'changes-requested', 'pending')),
        seq(fc.constant('organize'), stringLiteral, fc.constant('kind'),
            pick('meeting', 'working-group', 'committee', 'charter', 'bylaws', 'staff', 'fund', 'incorporation'), optional(seq(fc.constant('on'), date))),
    );
    return seq(fc.constant('team'), ref(u.teams), stringLiteral, fc.constant('for'), ref(u.priorities), body(line(12)));
}

/** The tokens of one file: top-level elements in any order. */
function fileTokens(u: Universe): fc.Arbitrary<Tokens> {
    return fc.array(fc.oneof(partnership(u), business(u), partner(u), person(u), team(u), team(u)), { minLength: 0, maxLength: 5 }).map(list => list.flat());
}

// ------------------------------------------------------------------ layout

/**
 * What may stand between two tokens: whitespace of every kind the lexer
 * skips (CRLF, tabs, NBSP and BOM are whitespace to it), block and line
 * comments (a line comment always ends its line), and suppression comments.
 */
const GAPS = [
    ' ', ' ', ' ', ' ', '\n', '\n    ', '\n    ', '\n        ', '\t', '   ', '\r\n', '\r\n    ', '\n\n', '\n\n\n    ', '\r', ' \u00a0', '\ufeff ',
    ' /* c */ ', '/* 😀 */', '\n/* a\n   block */\n', ' // trailing ‮ note\n', '\n// own line\n    ', '\n// actionplan-disable-next-line\n',
    '\n// actionplan-disable-next-line win-specific, no-placeholder -- why\n', '\n// actionplan-disable-next-line honest-assessment\n',
    '\n// actionplan-disable-file plan-review, responder-traits\n', '\n// actionplan-disable-next-line no-such-rule\n', ' //\n', '\r\n// crlf\r\n',
    // Block comments between header parts whose line ends differ from the text's (fmt once chose its line end from inside them).
    ' /*\n x\n*/ ', '\r\n/* crlf\n then lf */ ', ' /*\r\n x\r\n*/\n',
];

export interface Layout {
    /** The gaps, used in turn (cycled) between the tokens. */
    gaps: string[];
    /** Before the first token and after the last. */
    head: string;
    tail: string;
}

const gap = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...GAPS.slice(0, 4)) }, { weight: 4, arbitrary: fc.constantFrom(...GAPS) });

export const layout: fc.Arbitrary<Layout> = fc.record({
    gaps: fc.array(gap, { minLength: 1, maxLength: 24 }),
    head: fc.constantFrom('', '', '\n', '// header comment\n', '/* header */\n', '\ufeff'),
    tail: fc.constantFrom('\n', '\n', '', '\r\n', '\n\n', '// no line end', '\n/* last */'),
});

export function layOut(tokens: Tokens, { gaps, head, tail }: Layout): string {
    if (tokens.length === 0) return head + tail;
    let text = head;
    tokens.forEach((token, i) => {
        text += token;
        if (i < tokens.length - 1) text += gaps[i % gaps.length];
    });
    return text + tail;
}

// ------------------------------------------------------------------ workspaces

/** Files by workspace-relative path → text. */
export type PlanFiles = Record<string, string>;

export interface GeneratedWorkspace {
    /** The tokens of each file (before layout), for the mutations. */
    tokens: Tokens[];
    files: PlanFiles;
}

const FILE_NAMES = ['partnership.plan', 'teams/talent.plan', 'people.plan'];

/** 1-3 valid plan files over one universe of names (valid syntax; the rules may well fire). */
export const validWorkspace: fc.Arbitrary<GeneratedWorkspace> = universe
    .chain(u => fc.array(fc.tuple(fileTokens(u), layout), { minLength: 1, maxLength: 3 }))
    .map(files => ({
        tokens: files.map(([tokens]) => tokens),
        files: Object.fromEntries(files.map(([tokens, l], i) => [FILE_NAMES[i], layOut(tokens, l)])),
    }));

// ------------------------------------------------------------------ mutations

/** What a mutation may insert anywhere: the characters that break lexers, parsers and displays. */
export const INSERTIONS = [
    '{', '}', '"', '/*', '*/', '//', '\0', '\ufeff', '\r\n', '\r', '\n', '\ud800', '\udfff', '\u202e', '\u200f', '\u2066', '😀', '👩‍👩‍👧', '\\',
    '"unclosed', ',', '.', '-', '2026-02-30', '{{{{', '}}}}', '\u2028', '\u0085', '\u001b[2J', ';', '\'', '`', '#', '@', 'team', 'win', 'status',
    '\t', '  ', '0', '_', 'é',
];

export type Mutation =
    | { kind: 'delete' | 'duplicate' | 'swap'; at: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'truncate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTIONS), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/**
 * Apply mutations to a file: token mutations change the token list (then laid
 * out again with `l`), character mutations change the text at an offset.
 */
export function mutateFile(tokens: Tokens, l: Layout, mutations: Mutation[]): string {
    const list = [...tokens];
    const textMutations: Mutation[] = [];
    for (const m of mutations) {
        if (m.kind === 'insert' || m.kind === 'truncate' || list.length === 0) {
            textMutations.push(m);
            continue;
        }
        const i = m.at % list.length;
        if (m.kind === 'delete') list.splice(i, 1);
        else if (m.kind === 'duplicate') list.splice(i, 0, list[i]);
        else if (i + 1 < list.length) [list[i], list[i + 1]] = [list[i + 1], list[i]];
    }
    let text = layOut(list, l);
    for (const m of textMutations) {
        if (m.kind === 'insert') {
            const at = m.at % (text.length + 1);
            text = text.slice(0, at) + m.text + text.slice(at);
        } else if (m.kind === 'truncate') {
            text = text.slice(0, m.at % (text.length + 1));
        }
    }
    return text;
}

/** A generated workspace with 1-4 mutations in one of its files. */
export const mutatedWorkspace: fc.Arbitrary<GeneratedWorkspace> = fc.tuple(validWorkspace, fc.nat(), layout, fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([workspace, which, l, mutations]) => {
        const names = Object.keys(workspace.files);
        const index = which % names.length;
        return { tokens: workspace.tokens, files: { ...workspace.files, [names[index]]: mutateFile(workspace.tokens[index], l, mutations) } };
    });

/** Half valid, half mutated: what a person editing a plan has in the editor. */
export const anyWorkspace: fc.Arbitrary<GeneratedWorkspace> = fc.oneof(validWorkspace, mutatedWorkspace);

/** Text that has nothing to do with plans: random code points, and random tokens of the language in random order. */
export const noise: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.oneof(fc.constantFrom(...KEYWORD_NAMES, '{', '}', ',', '.', '"x"', '2026-01-01', '/* c */', '// c\n', '\n'), fc.constantFrom(...INSERTIONS)), { maxLength: 60 })
        .map(tokens => tokens.join(' ')),
);

// ------------------------------------------------------------------ giant inputs

/** The giant inputs of the issue, by name; each is built on demand (they are megabytes). */
export const GIANTS: Record<string, () => string> = {
    '1 MB string': () => `business Big "${'x'.repeat(1 << 20)}"\nperson p "${'é😀'.repeat(1 << 18)}" of Big\n`,
    '1 MB unclosed string': () => `business Big "${'\u202e<script>'.repeat(1 << 17)}\nbusiness Other "o"\n`,
    '1 MB block comment, unclosed': () => `business A "a"\n/* ${'// x } { "\n'.repeat(1 << 16)}`,
    '10,000 nested braces at the top': () => '{'.repeat(10_000) + '}'.repeat(10_000),
    '10,000 nested braces in a team': () => `team T "t" for P {\n${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n}\n`,
    '10,000 open braces in a win, never closed': () => `team T "t" for P {\n  early win W "w" ${'{ '.repeat(10_000)}`,
    '100,000-line file of people': () => `business B "b"\n${Array.from({ length: 100_000 }, (_, i) => `person p${i} "Person ${i}" of B title "T"`).join('\n')}\n`,
    '100,000-line team': () => `business B "b"\n${Array.from({ length: 97 }, (_, i) => `person p${i} "P" of B`).join('\n')}\nteam T "t" for P {\n${
        Array.from({ length: 100_000 }, (_, i) => (i % 100 === 0 ? `    early win W${i} "w" { due 2026-0${1 + (i % 9)}-1${i % 10} owner p${i % 97} }` : i % 2 ? `    champion p${i % 97}` : '    involve "someone"')).join('\n')}\n}\n`,
    '100,000 lines of comments and blank lines': () => Array.from({ length: 100_000 }, (_, i) => (i % 3 ? `// comment ${i}` : '')).join('\n'),
    '100,000 broken lines': () => Array.from({ length: 100_000 }, (_, i) => `win ${i} "`).join('\n'),
    // The classes of docs/security.md, "Limits": huge tokens, many copies of a name, deep nesting, long chains.
    '8 MB string of escapes': () => `business Big "${'\\"'.repeat(1 << 22)}"\n`,
    '1 MB of digits that are no date': () => `team T "t" for P { formed ${'1'.repeat(1 << 20)} }\n`,
    '100,000 unclosed block comments': () => `business A "a"\n${'/*x'.repeat(100_000)}\n`,
    '5,000 copies of one name': () => 'business B "B"\n'.repeat(5_000),
    '20,000 missing names': () => `business B "b"\n${Array.from({ length: 20_000 }, (_, i) => `person p${i} "P" of Missing${i}`).join('\n')}\n`,
    '20,000 wins nested unclosed': () => `partnership P "p" { priority Pr "pr" }\nteam T "t" for Pr {\n${Array.from({ length: 20_000 }, (_, i) => `early win W${i} "w" {`).join('\n')}\n`,
    '10,000-win after chain': () => `team T "t" for P {\n    first win W0 "w"\n${Array.from({ length: 10_000 }, (_, i) => `    next win W${i + 1} "w" after W${i}`).join('\n')}\n}\n`,
    '10,000-win after cycle': () => `team T "t" for P {\n${Array.from({ length: 10_000 }, (_, i) => `    next win W${i} "w" after W${(i + 1) % 10_000}`).join('\n')}\n}\n`,
};

/** Globs that backtrack, or are over the bounds of language/config/glob.ts: each is matched in linear time or refused. */
export const HOSTILE_GLOBS = [
    '*a*a*a*a*a*a*a*a*a*a*a*a*b', `${'*a'.repeat(17)}*b`, 'a'.repeat(300), '+(a|aa)*b', '!archive/**', '{a,b}'.repeat(6),
    `${'**/'.repeat(15)}x.plan`, '[a-', '\\', '**/*a*a*a*a*a*a*a*a*b.plan',
];

// ------------------------------------------------------------------ configs

const SEVERITY_WORDS = ['error', 'warning', 'info', 'hint', 'off', 'Error', 'fatal', ''];
const RULE_NAMES = [
    'follow-up-window', 'priority-has-team', 'success-defined', 'early-wins-count', 'win-criteria', 'win-timeline', 'first-win-window',
    'first-step', 'plan-review', 'partners-after-formation', 'responder-selected', 'responder-commits', 'responder-traits',
    'business-at-center', 'win-specific', 'complementary-roles', 'just-enough-organization', 'honest-assessment', 'next-win',
    'no-placeholder', 'unused-suppression', 'syntax', 'date-order', 'no-such-rule', '__proto__', 'constructor',
];

const ruleSetting = fc.oneof(
    fc.constantFrom(...SEVERITY_WORDS),
    fc.tuple(fc.constantFrom(...SEVERITY_WORDS)),
    fc.tuple(fc.constantFrom(...SEVERITY_WORDS), fc.dictionary(fc.constantFrom('minDays', 'maxDays', 'min', 'max', 'other'), fc.oneof(fc.integer({ min: -5, max: 400 }), fc.string(), fc.constant(null)), { maxKeys: 3 })),
    fc.jsonValue({ maxDepth: 2 }),
);

const configObject = fc.record({
    asOf: fc.oneof(date, fc.string(), fc.integer()),
    rules: fc.oneof(fc.dictionary(fc.constantFrom(...RULE_NAMES), ruleSetting, { maxKeys: 4 }), fc.jsonValue({ maxDepth: 1 })),
    ignore: fc.oneof(fc.array(fc.constantFrom('archive/**', '*.plan', '', '/abs', '../up', '[', 'a\u0000b', '**/x?.plan', '{a,b}', ...HOSTILE_GLOBS), { maxLength: 3 }), fc.string()),
    extra: fc.jsonValue({ maxDepth: 1 }),
}, { requiredKeys: [] });

/** The text of an `actionplan.config.json`: mostly valid-looking JSONC, often wrong in one way, sometimes not JSON. */
export const configText: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: configObject.map(c => JSON.stringify(c, null, 2)) },
    { weight: 1, arbitrary: fc.tuple(configObject, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([c, m]) => mutateFile([JSON.stringify(c)], { gaps: [' '], head: '// a comment\n', tail: '\n' }, m)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{}', '{ /* c */ "rules": {}, }', '[]', 'null', '{"asOf": "2026-02-30"}', '{"ignore": ["["]}', '{"rules": {"plan-review": ["warning", {"x": 1}]}}') },
);
