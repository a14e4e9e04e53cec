/**
 * Every rule has its page in docs/rules/, and every page's examples are run:
 * the failing example fires the page's rule, the passing one fires nothing at
 * all. The header block must be exactly what scripts/docs-rules.ts generates.
 *
 * An example section holds ```plan blocks, each starting with
 * `// file: <relative path>`; together they form one workspace. The section
 * may add `<!-- as-of: YYYY-MM-DD -->` (default 2026-09-15) and
 * `<!-- config: {…} -->` (actionplan.config.json at the workspace root).
 * A failing example may only fire other rules that it names in
 * `<!-- also-fires: rule, rule -->`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES } from '../../language/rules/index.js';
import {
    ATTRIBUTION, HEADINGS, INTERNAL_ERROR_META, metaBlock, pageFile, planDocs, readMetaBlock, shapeProblems, type DocMeta
} from '../../scripts/docs-rules.js';
import { buildWorkspace } from '../helpers/workspace.js';

const DEFAULT_AS_OF = '2026-09-15';
const CONFIG_FILE = 'actionplan.config.json';

interface Example {
    asOf: string;
    config?: string;
    alsoFires: string[];
    files: Record<string, string>;
}

/** The text under `## heading`, up to the next `##` heading outside a code block. */
function sectionOf(page: string, heading: string): string {
    const lines = page.split('\n');
    let fenced = false;
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^```/.test(line)) fenced = !fenced;
        if (fenced || !line.startsWith('## ')) continue;
        if (start >= 0) return lines.slice(start, i).join('\n');
        if (line.slice(3).trim() === heading) start = i + 1;
    }
    if (start < 0) throw new Error(`no '## ${heading}' section`);
    return lines.slice(start).join('\n');
}

/** The workspace an example section describes. */
function exampleOf(page: string, heading: string): Example {
    const section = sectionOf(page, heading);
    const files: Record<string, string> = {};
    for (const match of section.matchAll(/^```(.*)\n([\s\S]*?)^```$/gm)) {
        if (match[1].trim() !== 'plan') throw new Error(`'## ${heading}': a code block of '${match[1]}', not plan`);
        const file = /^\/\/ file: (\S+)\s*$/m.exec(match[2].split('\n')[0])?.[1];
        if (!file) throw new Error(`'## ${heading}': a plan block must start with '// file: <relative path>'`);
        if (file.startsWith('/') || file.split('/').includes('..') || !file.endsWith('.plan')) {
            throw new Error(`'## ${heading}': '${file}' must be a relative path to a .plan file`);
        }
        if (file in files) throw new Error(`'## ${heading}': '${file}' is written twice`);
        files[file] = match[2];
    }
    if (Object.keys(files).length === 0) throw new Error(`'## ${heading}' has no plan block`);
    const asOf = /<!--\s*as-of:\s*(\S+)\s*-->/.exec(section)?.[1] ?? DEFAULT_AS_OF;
    const config = /<!--\s*config:\s*([\s\S]*?)\s*-->/.exec(section)?.[1];
    if (config !== undefined && /"asOf"/.test(config)) {
        throw new Error(`'## ${heading}': set the date with <!-- as-of: … -->; the run's as-of date overrides a config's asOf`);
    }
    const also = /<!--\s*also-fires:\s*([\s\S]*?)\s*-->/.exec(section)?.[1];
    return { asOf, config, alsoFires: also ? also.split(',').map(s => s.trim()).filter(Boolean) : [], files };
}

interface Found {
    file: string;
    diagnostic: Diagnostic;
}

async function run(example: Example): Promise<Found[]> {
    const workspace = await buildWorkspace(example.files, {
        asOf: example.asOf,
        configs: example.config === undefined ? {} : { [CONFIG_FILE]: example.config },
    });
    const problems = workspace.services.config.ConfigProvider.problems;
    assert.deepEqual(problems.map(p => `${p.field}: ${p.message}`), [], 'the example\'s config has problems');
    return [...workspace.documents].flatMap(([file, document]) => (document.diagnostics ?? []).map(diagnostic => ({ file, diagnostic })));
}

/** `file:line rule: message`, for readable failures. */
function lines(found: Found[]): string[] {
    return found.map(({ file, diagnostic: d }) => `${file}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
}

function readPage(meta: DocMeta): string {
    const file = pageFile(meta.id);
    assert.ok(fs.existsSync(file), `docs/rules/${meta.id}.md is missing; run npx tsx scripts/docs-rules.ts`);
    return fs.readFileSync(file, 'utf8');
}

function pageTests(meta: DocMeta): void {
    it('has its page with the fixed headings in order and the attribution last', () => {
        assert.deepEqual(shapeProblems(readPage(meta), meta.id), []);
    });

    it('has the header block the script generates from its metadata', () => {
        const block = readMetaBlock(readPage(meta));
        assert.ok(block, 'no <!-- meta:start --> … <!-- meta:end --> block');
        assert.equal(block, metaBlock(meta));
        assert.ok(readPage(meta).indexOf(block) < readPage(meta).indexOf(`## ${HEADINGS[0]}`), 'the block comes before the first section');
    });
}

describe('rule pages (docs/rules)', () => {
    for (const rule of RULES) {
        const meta = rule.meta;
        describe(meta.id, () => {
            pageTests(meta);

            it('its failing example fires the rule, and only the rules it names', async () => {
                const example = exampleOf(readPage(meta), 'Failing example');
                const found = await run(example);
                const codes = found.map(f => String(f.diagnostic.code));
                assert.ok(codes.includes(meta.id), `'${meta.id}' did not fire; got:\n${lines(found).join('\n') || '(nothing)'}`);
                const allowed = new Set([meta.id, ...example.alsoFires]);
                const others = found.filter(f => !allowed.has(String(f.diagnostic.code)));
                assert.deepEqual(lines(others), [], 'other rules fired; fix the example or name them in <!-- also-fires: … -->');
                for (const also of example.alsoFires) {
                    assert.ok(codes.includes(also), `<!-- also-fires --> names '${also}', which does not fire`);
                }
            });

            it('its passing example produces no diagnostic at all', async () => {
                const example = exampleOf(readPage(meta), 'Passing example');
                assert.deepEqual(example.alsoFires, [], 'a passing example cannot name rules that fire');
                assert.deepEqual(lines(await run(example)), []);
            });
        });
    }

    describe(INTERNAL_ERROR_META.id, () => pageTests(INTERNAL_ERROR_META));

    it('the pages and the index are what scripts/docs-rules.ts generates, with no page for no rule', () => {
        const result = planDocs();
        assert.deepEqual(result.changed.map(c => c.file), [], 'run npx tsx scripts/docs-rules.ts');
        assert.deepEqual(result.problems, []);
    });
});

describe('the docs checks can fail', () => {
    const meta = RULES.find(r => r.meta.id === 'first-win-window')!.meta;
    const page = fs.readFileSync(pageFile(meta.id), 'utf8');

    it('finds headings out of order, a wrong title and a missing attribution', () => {
        const swapped = page.replace('## Failing example', '## TEMP').replace('## Passing example', '## Failing example').replace('## TEMP', '## Passing example');
        assert.ok(shapeProblems(swapped, meta.id).some(p => p.includes('headings')));
        assert.ok(shapeProblems(page, 'win-timeline').some(p => p.includes('first line')));
        assert.ok(shapeProblems(page.replace(ATTRIBUTION, ''), meta.id).some(p => p.includes('attribution')));
    });

    it('finds a header block that no longer matches the metadata', () => {
        assert.notEqual(metaBlock({ ...meta, defaultSeverity: 'info' }), readMetaBlock(page));
        assert.notEqual(metaBlock({ ...meta, fixable: false }), readMetaBlock(page));
    });

    it('refuses example blocks without a file line', () => {
        assert.throws(() => exampleOf('## Failing example\n\n```plan\nbusiness A "A"\n```\n', 'Failing example'), /file:/);
        assert.throws(() => exampleOf('## Failing example\n\nno block\n', 'Failing example'), /no plan block/);
    });

    it('reads as-of, config and the files of a section', () => {
        const example = exampleOf([
            '## Passing example', '<!-- as-of: 2026-01-02 -->', '<!-- config: {"rules": {"responder-traits": "info"}} -->',
            '```plan', '// file: a.plan', 'business A "A"', '```', '```plan', '// file: b/b.plan', 'business B "B"', '```',
            '## Options', '```plan', '// file: c.plan', '```',
        ].join('\n'), 'Passing example');
        assert.equal(example.asOf, '2026-01-02');
        assert.equal(example.config, '{"rules": {"responder-traits": "info"}}');
        assert.deepEqual(Object.keys(example.files), ['a.plan', 'b/b.plan']);
    });

    it('a failing example of one rule does not pass as another rule\'s passing example', async () => {
        const failing = exampleOf(page, 'Failing example');
        assert.ok((await run(failing)).length > 0);
    });
});
