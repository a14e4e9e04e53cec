/**
 * The rule docs, from the rules' own metadata (language/rules/index.ts):
 *
 * - the header block of every page in docs/rules/ (between `<!-- meta:start -->`
 *   and `<!-- meta:end -->`): severity, structural, guide, fixable, options;
 * - a page with the fixed headings for a rule that has none yet;
 * - the rule table of docs/rules/README.md (between `<!-- rules:start -->` and
 *   `<!-- rules:end -->`).
 *
 *   npx tsx scripts/docs-rules.ts           rewrite what is out of date
 *   npx tsx scripts/docs-rules.ts --check   only verify; exit 1 when anything is out of date
 *
 * So a rule cannot exist without its page, and its options cannot exist without
 * their docs. Everything outside the generated blocks is written by hand.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { INTERNAL_ERROR, RULES } from '../language/rules/index.js';
import { noOptions, type RuleMeta } from '../language/rules/rule.js';

export const DOCS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
export const README = 'README.md';

/** The attribution the guide's terms ask for (shared/guide/README.md): the last line of every page. */
export const ATTRIBUTION = 'Rules derived from *Guidance on Building and Sustaining Action Teams*, Next Generation Sector Partnership toolkit, Institute for Networked Communities.';

/** The fixed `##` headings of a page, in order. */
export const HEADINGS = ['What it checks', 'Why', 'Failing example', 'Passing example', 'Options', 'Fixes'] as const;
/** A heading a page may add after the fixed ones, where counting matters. */
export const OPTIONAL_HEADINGS = ['How diagnostics are counted'] as const;

export const META_START = '<!-- meta:start -->';
export const META_END = '<!-- meta:end -->';
export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

/** The guide's sections, by the references rules.md uses. */
export const GUIDE_SECTIONS: Record<string, string> = {
    'Overview': 'Overview',
    '§1': 'Getting Business Partners to Own their Priorities',
    '§2': 'Selecting the First Responders',
    '§3': 'Mastering the Meshing Process',
    '§4': 'Building for the Long-Term',
};

/**
 * What each option means, for options whose zod schema carries no
 * `.describe()`. A description in the rule module wins over this table; an
 * option with neither fails the script (and the docs test).
 */
export const OPTION_MEANINGS: Record<string, string> = {
    'follow-up-window.minDays': 'Fewest days from the launch to a priority\'s follow-up. Not greater than `maxDays`.',
    'follow-up-window.maxDays': 'Most days from the launch to a priority\'s follow-up.',
    'early-wins-count.min': 'Fewest early wins a team should have. Not greater than `max`.',
    'early-wins-count.max': 'Most early wins a team should have.',
    'win-timeline.maxDays': 'Most days from the team\'s formation to an early win\'s due date.',
    'first-win-window.minDays': 'Fewest days from the team\'s formation to its first win\'s due date. Not greater than `maxDays`.',
    'first-win-window.maxDays': 'Most days from the team\'s formation to its first win\'s due date.',
};

/** The metadata a page is generated from. */
export type DocMeta = Pick<RuleMeta, 'id' | 'defaultSeverity' | 'structural' | 'guide' | 'description' | 'fixable' | 'options'>;

/** `internal-error` is not a rule of the catalogue, but it is a diagnostic code with a page. */
export const INTERNAL_ERROR_META: DocMeta = {
    id: INTERNAL_ERROR,
    defaultSeverity: 'error',
    structural: true,
    guide: '-',
    description: 'A rule failed while checking a file; the other rules still ran.',
    fixable: false,
    options: noOptions,
};

/** Every page: each rule of the registry, in its order, then `internal-error`. */
export function docMetas(): DocMeta[] {
    return [...RULES.map(rule => rule.meta), INTERNAL_ERROR_META];
}

export function pageFile(id: string, dir = DOCS_DIR): string {
    return path.join(dir, `${id}.md`);
}

export interface OptionRow {
    name: string;
    type: string;
    default: string;
    meaning: string;
}

/** The options of a rule, read from its zod schema (through JSON Schema, so refinements do not hide the shape). */
export function optionRows(meta: DocMeta): OptionRow[] {
    const schema = z.toJSONSchema(meta.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    return Object.entries(schema.properties ?? {}).map(([name, property]) => {
        const meaning = property.description ?? OPTION_MEANINGS[`${meta.id}.${name}`];
        if (!meaning) {
            throw new Error(`Option '${name}' of rule '${meta.id}' has no meaning: give it .describe('…') in the rule module, or add '${meta.id}.${name}' to OPTION_MEANINGS in scripts/docs-rules.ts.`);
        }
        return { name, type: typeOf(property), default: property.default === undefined ? '—' : `\`${JSON.stringify(property.default)}\``, meaning };
    });
}

interface JsonSchema {
    type?: string | string[];
    minimum?: number;
    maximum?: number;
    enum?: unknown[];
    default?: unknown;
    description?: string;
    properties?: Record<string, JsonSchema>;
}

function typeOf(property: JsonSchema): string {
    if (property.enum) return property.enum.map(v => `\`${JSON.stringify(v)}\``).join(', ');
    const type = Array.isArray(property.type) ? property.type.join(' or ') : property.type ?? 'any';
    const word = type === 'integer' ? 'whole number' : type;
    return property.minimum === undefined ? word : `${word}, at least ${property.minimum}`;
}

export function guideText(guide: string, structural: boolean): string {
    if (guide.trim() === '-' || guide.trim() === '') {
        return structural ? 'none (a rule of the language itself)' : 'none (a rule of the tool itself)';
    }
    return guide.split(',').map(ref => ref.trim()).map(ref => {
        const title = GUIDE_SECTIONS[ref];
        if (!title) throw new Error(`Unknown guide section '${ref}'; known: ${Object.keys(GUIDE_SECTIONS).join(', ')}.`);
        return ref === title ? title : `${ref} ${title}`;
    }).join('; ');
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The generated header block of a page, markers included. */
export function metaBlock(meta: DocMeta): string {
    const options = optionRows(meta);
    const lines = [
        META_START,
        '<!-- Generated from the rule\'s metadata by `npx tsx scripts/docs-rules.ts`: edit the rule module, not this block. -->',
        '',
        `> ${meta.description}`,
        '',
        '| | |',
        '| --- | --- |',
        `| Default severity | \`${meta.defaultSeverity}\` |`,
        `| Structural | ${yesNo(meta.structural)} |`,
        `| Guide | ${guideText(meta.guide, meta.structural)} |`,
        `| Fixable | ${yesNo(meta.fixable)} |`,
        '',
        ...(options.length === 0 ? ['**Options:** None.'] : [
            '**Options:**',
            '',
            '| Option | Type | Default | Meaning |',
            '| --- | --- | --- | --- |',
            ...options.map(o => `| \`${o.name}\` | ${o.type} | ${o.default} | ${o.meaning} |`),
        ]),
        '',
        META_END,
    ];
    return lines.join('\n');
}

/** The generated block as it stands in a page, or undefined when the page has none. */
export function readMetaBlock(page: string): string | undefined {
    const start = page.indexOf(META_START);
    const end = page.indexOf(META_END, start);
    return start < 0 || end < 0 ? undefined : page.slice(start, end + META_END.length);
}

/** A new page: the title, the generated block and the fixed headings, to be written by hand. */
export function skeletonPage(meta: DocMeta): string {
    const sections = HEADINGS.map(heading => `## ${heading}\n\n${SKELETON_TEXT[heading]}\n`);
    return `# ${meta.id}\n\n${metaBlock(meta)}\n\n${sections.join('\n')}\n---\n\n${ATTRIBUTION}\n`;
}

const SKELETON_TEXT: Record<(typeof HEADINGS)[number], string> = {
    'What it checks': 'TODO: what the rule checks, and where its diagnostic goes.',
    'Why': 'TODO: the guide\'s reason, paraphrased, naming the section.',
    'Failing example': '```plan\n// file: example.plan\n```',
    'Passing example': '```plan\n// file: example.plan\n```',
    'Options': 'TODO: the options, or "None".',
    'Fixes': 'TODO: what the quick fix does, or "None".',
};

/** The page with its generated block brought up to date (inserted after the title when missing). */
export function withMetaBlock(page: string, meta: DocMeta): string {
    const block = metaBlock(meta);
    const current = readMetaBlock(page);
    if (current !== undefined) return page.replace(current, () => block);
    const titleEnd = page.indexOf('\n');
    return titleEnd < 0 ? `${page}\n\n${block}\n` : `${page.slice(0, titleEnd + 1)}\n${block}\n${page.slice(titleEnd + 1)}`;
}

/** The `##` headings of a page, in order, outside code blocks. */
export function headingsOf(page: string): string[] {
    const headings: string[] = [];
    let fenced = false;
    for (const line of page.split('\n')) {
        if (/^```/.test(line)) fenced = !fenced;
        else if (!fenced && line.startsWith('## ')) headings.push(line.slice(3).trim());
    }
    return headings;
}

/** What is wrong with a page's shape: title, headings in order, attribution last. */
export function shapeProblems(page: string, id: string): string[] {
    const problems: string[] = [];
    if (page.split('\n')[0] !== `# ${id}`) problems.push(`the first line must be '# ${id}'`);
    const headings = headingsOf(page);
    const expected = [...HEADINGS];
    const fixed = headings.slice(0, expected.length);
    if (fixed.join('|') !== expected.join('|')) {
        problems.push(`the headings must start with ${expected.map(h => `'## ${h}'`).join(', ')}; found ${headings.map(h => `'## ${h}'`).join(', ') || 'none'}`);
    }
    for (const extra of headings.slice(expected.length)) {
        if (!(OPTIONAL_HEADINGS as readonly string[]).includes(extra)) problems.push(`unexpected heading '## ${extra}'`);
    }
    if (new Set(headings).size !== headings.length) problems.push('a heading is repeated');
    if (page.trimEnd().split('\n').at(-1) !== ATTRIBUTION) problems.push('the last line must be the attribution line');
    return problems;
}

// ---------------------------------------------------------------- the index

function ruleRow(meta: DocMeta): string {
    const guide = meta.guide.trim() === '-' ? '—' : meta.guide;
    return `| [\`${meta.id}\`](${meta.id}.md) | \`${meta.defaultSeverity}\` | ${guide} | ${meta.description} | ${yesNo(meta.fixable)} |`;
}

/** The generated rule tables of the index, markers included. */
export function rulesTable(): string {
    const header = ['| Rule | Default | Guide | What it checks | Fixable |', '| --- | --- | --- | --- | --- |'];
    const metas = RULES.map(rule => rule.meta);
    return [
        TABLE_START,
        '<!-- Generated from the rules\' metadata by `npx tsx scripts/docs-rules.ts`: edit the rule modules, not this table. -->',
        '',
        '### Structural rules',
        '',
        'Always errors: they cannot be configured, turned off or silenced.',
        '',
        ...header,
        ...metas.filter(m => m.structural).map(ruleRow),
        '',
        '### Guide rules',
        '',
        ...header,
        ...metas.filter(m => !m.structural).map(ruleRow),
        '',
        'Not a rule, but a code you may see: [`internal-error`](internal-error.md), a rule that failed while checking a file.',
        '',
        TABLE_END,
    ].join('\n');
}

export function withRulesTable(readme: string): string {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END, start);
    if (start < 0 || end < 0) return `${readme.trimEnd()}\n\n${rulesTable()}\n`;
    return readme.slice(0, start) + rulesTable() + readme.slice(end + TABLE_END.length);
}

function skeletonReadme(): string {
    return `# Rules\n\n${rulesTable()}\n\n---\n\n${ATTRIBUTION}\n`;
}

// ---------------------------------------------------------------- the run

export interface DocsResult {
    /** Files whose generated parts differ from the metadata (or are missing), with their new text. */
    changed: Array<{ file: string; text: string; created: boolean }>;
    /** Problems the script cannot fix: shape of hand-written parts, pages for no rule. */
    problems: string[];
}

/** Compare docs/rules/ with the metadata; nothing is written. */
export function planDocs(dir = DOCS_DIR): DocsResult {
    const changed: DocsResult['changed'] = [];
    const problems: string[] = [];
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
    const metas = docMetas();
    for (const meta of metas) {
        const file = pageFile(meta.id, dir);
        const current = read(file);
        const text = current === undefined ? skeletonPage(meta) : withMetaBlock(current, meta);
        if (text !== current) changed.push({ file, text, created: current === undefined });
        for (const problem of shapeProblems(text, meta.id)) problems.push(`${path.relative(process.cwd(), file)}: ${problem}`);
    }
    const readmeFile = path.join(dir, README);
    const readme = read(readmeFile);
    const readmeText = readme === undefined ? skeletonReadme() : withRulesTable(readme);
    if (readmeText !== readme) changed.push({ file: readmeFile, text: readmeText, created: readme === undefined });
    const known = new Set([...metas.map(m => `${m.id}.md`), README]);
    if (fs.existsSync(dir)) {
        for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.md') && !known.has(n)).sort()) {
            problems.push(`${path.relative(process.cwd(), path.join(dir, name))}: a page for no rule (remove it, or register its rule)`);
        }
    }
    return { changed, problems };
}

function main(argv: string[]): number {
    const check = argv.includes('--check');
    const unknown = argv.filter(arg => arg !== '--check');
    if (unknown.length) {
        console.error(`Unknown argument ${unknown.join(' ')}. Usage: npx tsx scripts/docs-rules.ts [--check]`);
        return 2;
    }
    let result: DocsResult;
    try {
        result = planDocs();
    } catch (error) {
        console.error((error as Error).message);
        return 1;
    }
    const relative = (file: string) => path.relative(process.cwd(), file);
    if (check) {
        for (const { file, created } of result.changed) {
            console.error(`${relative(file)}: ${created ? 'missing' : 'out of date with the rules\' metadata'}`);
        }
    } else {
        for (const { file, text, created } of result.changed) {
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, text);
            console.log(`${created ? 'created' : 'updated'} ${relative(file)}`);
        }
    }
    for (const problem of result.problems) console.error(problem);
    const failed = result.problems.length > 0 || (check && result.changed.length > 0);
    if (check && !failed) console.log(`docs/rules is up to date (${docMetas().length} pages and the index).`);
    if (check && result.changed.length) console.error('Run `npx tsx scripts/docs-rules.ts` to regenerate.');
    return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    process.exitCode = main(process.argv.slice(2));
}
