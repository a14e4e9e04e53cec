/**
 * The fast path (language/fast/) against Langium's parser: on every text it
 * takes, the fast path must give Langium's very AST (`astDifference`), and it
 * must never take a text Langium reports an error for. Over samples,
 * fixtures, generated workspaces and seeded edits of them all
 * (fast-path-mutations.ts); with the guards that keep the fast path off when
 * the grammar changes; the ACTIONPLAN_PARSER switch; and the built CLI's
 * output the same with and without the fast path.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type AstNode, type LangiumCoreServices, type ParseResult } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { generateWorkspace } from '../../bench/generate.js';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';
import { astDifference } from '../../language/fast/compare.js';
import { FastPath, GRAMMAR_FINGERPRINT, grammarFingerprint, isFastDocument, type ParserMode } from '../../language/fast/index.js';
import { FastParser } from '../../language/fast/parser.js';
import { Vocabulary } from '../../language/fast/tokens.js';
import { LINE_KEYWORDS } from '../../language/line-structure.js';
import { readSuppressions } from '../../language/validation/suppressions.js';
import { CLI, cliEnv, FIXTURES, REPO, type CliRun } from '../cli/helpers.js';
import { planFiles } from '../helpers/plans.js';
import { PARTNERSHIP, TEAM } from './every-construct.js';
import { mutate, ODD_TEXTS, type MutationContext } from './fast-path-mutations.js';

/** Runs `make` with ACTIONPLAN_PARSER set to `mode` (FastPath reads it when it is first made for a set of services). */
function withParserMode<T>(mode: ParserMode | undefined, make: () => T): T {
    const saved = process.env.ACTIONPLAN_PARSER;
    if (mode === undefined) delete process.env.ACTIONPLAN_PARSER;
    else process.env.ACTIONPLAN_PARSER = mode;
    try {
        return make();
    } finally {
        if (saved === undefined) delete process.env.ACTIONPLAN_PARSER;
        else process.env.ACTIONPLAN_PARSER = saved;
    }
}

/** Fresh services and their fast path, made in `mode` (the default: 'fast', whatever the environment says). */
function fastPathIn(mode: ParserMode = 'fast'): { services: LangiumCoreServices; fastPath: FastPath } {
    const services = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;
    const fastPath = withParserMode(mode, () => FastPath.for(services));
    assert.ok(fastPath, `the fast path is off for the language's own services in mode ${mode}: is GRAMMAR_FINGERPRINT out of date?`);
    assert.equal(fastPath.mode, mode);
    return { services, fastPath };
}

function keywordsOf(services: LangiumCoreServices): string[] {
    return Object.values(services.parser.Lexer.definition).map(token => token.PATTERN).filter((p): p is string => typeof p === 'string');
}

function planFilesUnder(root: string): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
            else if (entry.isFile() && entry.name.endsWith('.plan')) found.push(full);
        }
    };
    walk(root);
    return found;
}

const temps: string[] = [];
function tempDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    return dir;
}


interface Input {
    /** Where the text came from: a file, a generated file and its seed, or a mutation and its seed. */
    source: string;
    group: 'samples and fixtures' | 'embedded' | 'northwind' | 'generated' | 'odd' | 'mutated';
    text: string;
    /** For an edited text: the edits made. */
    edits?: string[];
}

/** A few lines of a text around `offset` (or its start), for a failure message. */
function snippet(text: string, offset = 0): string {
    const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 120)));
    const shown = text.slice(from, from + 300);
    return JSON.stringify(shown) + (text.length > from + 300 ? '…' : '');
}

/** The offset a difference names (`offsets 12-20 ≠ …`), to show the text there. */
const offsetOf = (difference: string) => Number(/offsets (\d+)/.exec(difference)?.[1] ?? 0);

type Verdict = { accepted: false } | { accepted: true; failure?: string; at?: number };

/** What the fast path does with `text`, judged against Langium's parse. */
function judge(services: LangiumCoreServices, fastPath: FastPath, text: string): Verdict {
    let fast: ParseResult | undefined;
    try {
        fast = fastPath.parse(text, 'input.plan');
    } catch (error) {
        return { accepted: true, failure: `the fast path threw: ${(error as Error).message}` };
    }
    if (!fast) return { accepted: false };
    const langium = services.parser.LangiumParser.parse(text);
    const errors = [...langium.lexerErrors, ...langium.parserErrors];
    if (errors.length > 0) {
        const first = errors[0] as { message: string; offset?: number; token?: { startOffset: number } };
        return { accepted: true, failure: `the fast path took a text Langium rejects: ${first.message}`, at: first.offset ?? first.token?.startOffset };
    }
    if (langium.lexerReport?.diagnostics.length) {
        return { accepted: true, failure: `the fast path took a text Langium's lexer reports on: ${langium.lexerReport.diagnostics[0].message}` };
    }
    // The rules read suppression comments only from Langium's CST: the fast path must leave such a file to Langium.
    const suppressions = readSuppressions(langium.value.$cstNode);
    if (suppressions.length > 0) {
        return { accepted: true, failure: `the fast path took a text with a suppression comment, which it would then ignore (readSuppressions in language/validation/suppressions.ts reads none from a fast-read file); the comment is at ${JSON.stringify(suppressions[0].range.start)}` };
    }
    const difference = astDifference(fast.value as AstNode, langium.value);
    return difference ? { accepted: true, failure: `the ASTs differ at ${difference}`, at: offsetOf(difference) } : { accepted: true };
}

/**
 * A smaller text that fails the same way (lines, then rough tokens, removed
 * while the fast path still takes the text wrongly): what the report shows.
 */
function shrink(services: LangiumCoreServices, fastPath: FastPath, text: string, budgetMs = 1000): string {
    const fails = (t: string) => {
        const verdict = judge(services, fastPath, t);
        return verdict.accepted && verdict.failure !== undefined;
    };
    const deadline = Date.now() + budgetMs;
    let current = text;
    for (const unit of [/[^\n]*\n|[^\n]+$/g, /\s+|[^\s]+/g]) {
        let changed = true;
        while (changed && Date.now() < deadline) {
            changed = false;
            const parts = current.match(unit) ?? [];
            for (let size = Math.max(1, parts.length >> 1); size >= 1 && Date.now() < deadline; size >>= 1) {
                for (let i = 0; i + size <= parts.length && Date.now() < deadline;) {
                    const candidate = [...parts.slice(0, i), ...parts.slice(i + size)].join('');
                    if (fails(candidate)) {
                        parts.splice(i, size);
                        current = candidate;
                        changed = true;
                    } else {
                        i += size;
                    }
                }
            }
        }
    }
    return current;
}


// ------------------------------------------------------------------ the built CLI, run in the background

/** The workspaces the CLI is run on, by name: folders of the repository, or made in `startCliRuns`. */
const workspaces: Record<string, string> = {
    'samples/northwind': path.join(REPO, 'samples/northwind'),
    'samples/needs-work': path.join(REPO, 'samples/needs-work'),
    'fixtures/baseline': path.join(FIXTURES, 'baseline'),
    'fixtures/mixed': path.join(FIXTURES, 'mixed'),
    'fixtures/configs': path.join(FIXTURES, 'configs'),
};
const GENERATED = 'generated (100 files)';
const SUPPRESSED = 'northwind with a suppression comment 44 blanks after its //';

const CHECK = ['check', '--format', 'json'];
const RENDER = ['render', '--format', 'json'];
/** What each workspace is run with; the fixtures are read as of a fixed day (no config of theirs says one). */
const CLI_PLAN: Array<{ key: string; args: string[][]; compare?: boolean }> = [
    { key: 'samples/northwind', args: [CHECK], compare: true },
    { key: 'samples/northwind', args: [RENDER] },
    { key: 'samples/needs-work', args: [CHECK, RENDER] },
    { key: 'fixtures/baseline', args: [[...CHECK, '--as-of', '2026-10-01']] },
    { key: 'fixtures/mixed', args: [[...CHECK, '--as-of', '2026-10-01']] },
    { key: 'fixtures/configs', args: [[...CHECK, '--as-of', '2026-10-01']] },
    { key: GENERATED, args: [CHECK], compare: true },
    { key: SUPPRESSED, args: [CHECK] },
];

const runs = new Map<string, Promise<CliRun>>();
const queue: Array<() => void> = [];
let running = 0;
const MAX_RUNNING = 2;

/** A run of the built CLI, started once and at most two at a time: they go on while the in-process tests run. */
function cli(key: string, args: string[], mode?: ParserMode): Promise<CliRun> {
    const id = `${key} ${args.join(' ')} [${mode ?? 'default'}]`;
    let run = runs.get(id);
    if (!run) {
        run = new Promise<CliRun>((resolve, reject) => {
            const start = () => {
                running++;
                const child = spawn(process.execPath, [CLI, ...args], { cwd: workspaces[key], env: cliEnv({ ACTIONPLAN_PARSER: mode }) });
                let stdout = '', stderr = '';
                child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
                child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
                const done = () => { running--; queue.shift()?.(); };
                child.on('error', error => { done(); reject(error); });
                child.on('close', status => { done(); resolve({ status, stdout, stderr }); });
            };
            if (running < MAX_RUNNING) start();
            else queue.push(start);
        });
        run.catch(() => undefined); // its test awaits it and reports the error
        runs.set(id, run);
    }
    return run;
}

function startCliRuns(): void {
    if (!fs.existsSync(CLI)) return; // the CLI tests say so
    workspaces[GENERATED] = tempDir('fast-path-cli-gen-');
    generateWorkspace(workspaces[GENERATED], 100, 7);
    // A clean sample and one suppression comment that silences nothing: `unused-suppression` must be reported either way.
    const suppressed = workspaces[SUPPRESSED] = tempDir('fast-path-cli-suppressed-');
    fs.cpSync(path.join(REPO, 'samples/northwind'), suppressed, { recursive: true });
    const nursing = path.join(suppressed, 'teams/nursing.plan');
    fs.writeFileSync(nursing, `//${' '.repeat(44)}actionplan-disable-next-line win-timeline\n${fs.readFileSync(nursing, 'utf8')}`);
    for (const { key, args, compare } of CLI_PLAN) {
        for (const a of args) {
            cli(key, a);
            cli(key, a, 'langium');
            if (compare) cli(key, a, 'compare');
        }
    }
}

describe('the fast path (language/fast/)', function () {
    // The CLI runs go on in other processes while the differential test runs here.
    before(startCliRuns);
    after(() => {
        for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    describe('differential: every text it takes, it reads as Langium does', function () {
        this.timeout(60_000);

        it('gives Langium\'s AST for every text it accepts, and accepts most clean plans', () => {
            const started = Date.now();
            const { services, fastPath } = fastPathIn('fast');
            const inputs: Input[] = [];

            // Every plan file of the repository's samples and test fixtures.
            const planPaths = [...planFilesUnder(path.join(REPO, 'samples')), ...planFilesUnder(path.join(REPO, 'test'))];
            assert.ok(planPaths.length >= 20, `only ${planPaths.length} .plan files found under samples/ and test/`);
            for (const file of planPaths) {
                const rel = path.relative(REPO, file);
                inputs.push({ source: rel, group: rel.startsWith('samples/northwind/') ? 'northwind' : 'samples and fixtures', text: fs.readFileSync(file, 'utf8') });
            }
            // Plans the tests write inline.
            inputs.push({ source: 'every-construct.ts PARTNERSHIP', group: 'embedded', text: PARTNERSHIP });
            inputs.push({ source: 'every-construct.ts TEAM', group: 'embedded', text: TEAM });
            for (const [file, text] of Object.entries(planFiles())) inputs.push({ source: `helpers/plans.ts ${file}`, group: 'embedded', text });
            // Generated workspaces: what the benchmark reads, so all of it must take the fast path.
            for (const seed of [1, 2, 3]) {
                const root = tempDir(`fast-path-gen-${seed}-`);
                generateWorkspace(root, 200, seed);
                for (const file of planFilesUnder(root)) {
                    inputs.push({ source: `generated (seed ${seed}) ${path.relative(root, file)}`, group: 'generated', text: fs.readFileSync(file, 'utf8') });
                }
            }
            for (const [name, text] of Object.entries(ODD_TEXTS)) inputs.push({ source: `odd text: ${name}`, group: 'odd', text });

            // Seeded edits of all of those: the bulk. Every base is edited; the generated team files (much alike) less often.
            const context: MutationContext = { keywords: keywordsOf(services), lineKeywords: LINE_KEYWORDS };
            const bases = inputs.filter(input => input.group !== 'generated' && input.group !== 'odd');
            const generated = inputs.filter(input => input.group === 'generated');
            bases.push(...generated.filter((_, i) => i % 20 === 0));
            // FAST_PATH_MUTATIONS=100000 searches longer (the seeds go on from the same start, so the first 1,600 are always these).
            const MUTATED = Number(process.env.FAST_PATH_MUTATIONS) || 1600;
            for (let i = 0; i < MUTATED; i++) {
                const base = bases[i % bases.length];
                const seed = 10_000 + i;
                const { text, edits } = mutate(base.text, seed, context);
                inputs.push({ source: `${base.source}, edited (seed ${seed}): ${edits.join('; ')}`, group: 'mutated', text, edits });
            }

            const tally = new Map<Input['group'], { accepted: number; declined: number }>();
            const failures: Array<{ input: Input; failure: string; at?: number }> = [];
            const declinedClean: string[] = [];
            const byEdit = new Map<string, { accepted: number; declined: number }>();
            for (const input of inputs) {
                const verdict = judge(services, fastPath, input.text);
                const counts = tally.get(input.group) ?? { accepted: 0, declined: 0 };
                tally.set(input.group, counts);
                if (verdict.accepted) counts.accepted++;
                else counts.declined++;
                if (verdict.accepted && verdict.failure) failures.push({ input, failure: verdict.failure, at: verdict.at });
                if (!verdict.accepted && input.group === 'generated') declinedClean.push(input.source);
                for (const edit of new Set(input.edits)) {
                    const e = byEdit.get(edit) ?? { accepted: 0, declined: 0 };
                    byEdit.set(edit, e);
                    if (verdict.accepted) e.accepted++;
                    else e.declined++;
                }
            }

            const total = [...tally.values()].reduce((sum, c) => ({ accepted: sum.accepted + c.accepted, declined: sum.declined + c.declined }), { accepted: 0, declined: 0 });
            const rate = (c: { accepted: number; declined: number }) => c.accepted / Math.max(1, c.accepted + c.declined);
            const summary = [...tally].map(([group, c]) => `${group}: ${c.accepted} accepted, ${c.declined} declined`).join('; ');
            if (process.env.FAST_PATH_TEST_VERBOSE) {
                console.log(`${inputs.length} inputs in ${Date.now() - started} ms; ${summary}`);
                for (const [edit, c] of [...byEdit].sort()) console.log(`  ${edit}: ${c.accepted} accepted, ${c.declined} declined`);
            }

            const report = failures.slice(0, 3).map(({ input, failure, at }) => {
                const small = shrink(services, fastPath, input.text);
                return `- ${input.source}\n  ${failure}\n  at: ${snippet(input.text, at)}\n  smallest failing text found: ${JSON.stringify(small)}`;
            });
            assert.deepEqual(failures.length, 0,
                `the fast path differs from Langium on ${failures.length} of ${inputs.length} inputs (${summary}); the first:\n${report.join('\n')}`);

            assert.ok(inputs.length >= 2000, `only ${inputs.length} inputs`);
            assert.ok(tally.get('mutated')!.accepted + tally.get('mutated')!.declined >= 1500);
            assert.deepEqual(declinedClean, [], 'the fast path declined clean generated files (the benchmark\'s speed depends on it taking them)');
            assert.ok(rate(tally.get('generated')!) >= 0.95, summary);
            assert.ok(rate(tally.get('northwind')!) >= 0.95, `samples/northwind is mostly declined: ${summary}`);
            // (A longer search, FAST_PATH_MUTATIONS, is mostly edited texts: most of those are broken, and declined.)
            if (MUTATED === 1600) assert.ok(rate(total) >= 0.30, `the fast path accepts only ${(100 * rate(total)).toFixed(1)}% of the inputs: ${summary}`);
            // Edits that break a plan must be declined, and edits that keep it valid taken: both must happen often.
            const mutated = tally.get('mutated')!;
            assert.ok(mutated.accepted >= 200 && mutated.declined >= 200, `edited texts: ${mutated.accepted} accepted, ${mutated.declined} declined`);
        });
    });

    describe('the grammar guard', function () {
        this.timeout(30_000);
        const grammarText = () => fs.readFileSync(path.join(REPO, 'language/action-plan.langium'), 'utf8');
        const BUSINESS = `'business' name=Name title=STRING;`;

        it('the grammar is the one the fast parser follows', () => {
            const services = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;
            assert.equal(grammarFingerprint(services), GRAMMAR_FINGERPRINT,
                'the grammar changed: make language/fast/parser.ts follow it (and tokens.ts, should a keyword or terminal change), then update GRAMMAR_FINGERPRINT in language/fast/index.ts');
        });

        it('a changed rule changes the fingerprint, and the fast path stays off (in compare mode: an error)', async () => {
            const text = grammarText();
            assert.ok(text.includes(BUSINESS), `the Business rule is no longer written ${BUSINESS}: update this test`);
            // The control: the same grammar text, built the same way, gives the pinned fingerprint and a fast path.
            const same = await createServicesForGrammar({ grammar: text }) as unknown as LangiumCoreServices;
            assert.equal(grammarFingerprint(same), GRAMMAR_FINGERPRINT);
            assert.ok(withParserMode('fast', () => FastPath.for(same)), 'the unchanged grammar, built by createServicesForGrammar, should have a fast path');

            const changedText = text.replace(BUSINESS, `'business' name=Name title=STRING 'incorporated'?;`);
            const changed = await createServicesForGrammar({ grammar: changedText }) as unknown as LangiumCoreServices;
            assert.notEqual(grammarFingerprint(changed), GRAMMAR_FINGERPRINT);
            assert.equal(withParserMode('fast', () => FastPath.for(changed)), undefined, 'a fast path for a changed grammar');
            const changedToo = await createServicesForGrammar({ grammar: changedText }) as unknown as LangiumCoreServices;
            assert.throws(() => withParserMode('compare', () => FastPath.for(changedToo)), /ACTIONPLAN_PARSER=compare: the grammar changed/);
        });

        it('the fingerprint follows every kind of change to the loaded grammar', () => {
            const services = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;
            // A plain copy, as grammarFingerprint reads the grammar (references by their text).
            const json = () => JSON.parse(JSON.stringify(services.Grammar, (key, value: unknown) => {
                if (key.startsWith('_') || (key.startsWith('$') && key !== '$type' && key !== '$refText')) return undefined;
                return value && typeof value === 'object' && '$refText' in value ? (value as { $refText: string }).$refText : value;
            }));
            const rule = (grammar: { rules: Array<{ name: string }> }, name: string) => grammar.rules.find(r => r.name === name) as unknown as Record<string, any>;
            const fingerprintOf = (grammar: object) => grammarFingerprint({ Grammar: grammar } as unknown as LangiumCoreServices);
            assert.equal(fingerprintOf(json()), GRAMMAR_FINGERPRINT, 'the copy, unchanged, has the same fingerprint');
            const changes: Record<string, (g: any) => void> = {
                'a keyword': g => { rule(g, 'Business').definition.elements[0].value = 'company'; },
                'an enumeration value': g => { rule(g, 'Rating').definition.elements[2].value = 'none'; },
                'a cardinality': g => { rule(g, 'Person').definition.elements.at(-1).cardinality = '*'; },
                'an assignment\'s property': g => { rule(g, 'Business').definition.elements[1].feature = 'id'; },
                'a terminal': g => { rule(g, 'DATE').definition.regex = '/[0-9]+/'; },
                'the order of the rules': g => { g.rules.reverse(); },
                'a rule left out': g => { g.rules = g.rules.filter((r: { name: string }) => r.name !== 'Organize'); },
            };
            for (const [what, change] of Object.entries(changes)) {
                const grammar = json();
                change(grammar);
                assert.notEqual(fingerprintOf(grammar), GRAMMAR_FINGERPRINT, `changing ${what} left the fingerprint as it was`);
            }
        });

        it('every keyword of the grammar is in the fast path\'s vocabulary, and the fast parser needs each', () => {
            const services = createActionPlanCoreServices(EmptyFileSystem).ActionPlan;
            const keywords = keywordsOf(services);
            assert.ok(keywords.length > 80, `only ${keywords.length} keywords in the lexer's definition`);
            const vocabulary = Vocabulary.of(keywords);
            assert.ok(vocabulary, 'a keyword of the grammar has a shape the fast lexer does not know (language/fast/tokens.ts)');
            for (const keyword of keywords) {
                assert.ok(vocabulary.kinds.has(keyword), `'${keyword}' is not in the fast path's vocabulary`);
                if (/^[A-Za-z_]\w*$/.test(keyword)) {
                    assert.equal(vocabulary.role[vocabulary.kinds.get(keyword)!], LINE_KEYWORDS.has(keyword) ? 1 : 2, `the role of '${keyword}'`);
                }
            }
            const { Linker: linker } = services.references;
            const reflection = services.shared.AstReflection;
            assert.ok(FastParser.create({ vocabulary, linker, reflection }), 'the fast parser does not take the grammar\'s vocabulary');
            // The parser names every keyword: without any one of them it declines to be made (so a renamed keyword turns it off).
            const unneeded = keywords.filter(keyword => FastParser.create({ vocabulary: Vocabulary.of(keywords.filter(k => k !== keyword))!, linker, reflection }) !== undefined);
            assert.deepEqual(unneeded, [], 'keywords of the grammar the fast parser does not name (language/fast/parser.ts KEYWORDS)');
            // And a keyword of a new shape turns the fast path off.
            for (const odd of ['=>', 'team.win', '-x', 'a b', '1st']) assert.equal(Vocabulary.of([...keywords, odd]), undefined, `a keyword '${odd}'`);
        });
    });

    describe('ACTIONPLAN_PARSER', function () {
        this.timeout(20_000);
        const TEXT = 'business Ruiz "Ruiz Precision"\nperson ana "Ana" of Ruiz title "CEO"\n';

        /** Replaces the fast parser of a fast path (a private field) with one that gives `wrong(text)`. */
        function inject(fastPath: FastPath, wrong: (text: string, real: ParseResult) => ParseResult | undefined): void {
            const internals = fastPath as unknown as { parser: { parse(text: string): ParseResult | undefined } };
            const real = internals.parser;
            assert.ok(real && typeof real.parse === 'function', 'FastPath has no `parser` field any more: update this test');
            internals.parser = { parse: text => wrong(text, real.parse(text)!) };
        }

        it('compare mode gives the fast result when the parsers agree', () => {
            const { fastPath } = fastPathIn('compare');
            const result = fastPath.parse(TEXT, 'teams/x.plan');
            assert.ok(result, 'the fast path declined a clean text');
            assert.equal((result.value as unknown as { elements: Array<{ name: string }> }).elements[1].name, 'ana');
        });

        it('compare mode fails loudly, naming the file and the difference, when the fast AST differs', () => {
            const { fastPath } = fastPathIn('compare');
            inject(fastPath, (_, real) => {
                (real.value as unknown as { elements: Array<{ name: string }> }).elements[1].name = 'bea';
                return real;
            });
            assert.throws(() => fastPath.parse(TEXT, 'teams/x.plan'), {
                message: 'ACTIONPLAN_PARSER=compare: teams/x.plan: the fast path and Langium differ at .elements[1].name: "bea" ≠ "ana".',
            });
        });

        it('compare mode fails on a node\'s offsets, and through the document factory', () => {
            const { services, fastPath } = fastPathIn('compare');
            inject(fastPath, (_, real) => {
                const person = (real.value as unknown as { elements: AstNode[] }).elements[1];
                const cst = person.$cstNode!;
                const moved = Object.create(Object.getPrototypeOf(cst), Object.getOwnPropertyDescriptors(cst));
                Object.defineProperty(moved, 'end', { value: cst.end - 1 });
                (person as { $cstNode?: unknown }).$cstNode = moved;
                return real;
            });
            const factory = services.shared.workspace.LangiumDocumentFactory;
            const end = TEXT.length - 1; // the person ends before the last newline
            assert.throws(() => factory.fromString(TEXT, URI.file('/ws/teams/x.plan')), {
                message: `ACTIONPLAN_PARSER=compare: /ws/teams/x.plan: the fast path and Langium differ at .elements[1]: offsets ${TEXT.indexOf('person')}-${end - 1} ≠ ${TEXT.indexOf('person')}-${end}.`,
            });
        });

        it('compare mode fails when the fast path takes a text Langium rejects', () => {
            const { fastPath } = fastPathIn('compare');
            const broken = 'business Ruiz "Ruiz Precision"\nperson ana "Ana" of\n';
            assert.equal(fastPath.parse(broken, 'a.plan'), undefined, 'the real fast path declines the broken text');
            inject(fastPath, () => fastPathIn('fast').fastPath.parse(TEXT, 'a.plan'));
            assert.throws(() => fastPath.parse(broken, 'teams/broken.plan'), /ACTIONPLAN_PARSER=compare: teams\/broken\.plan: the fast path took a text Langium rejects \(/);
        });

        it('the default reads clean files through the fast path; =langium through Langium', () => {
            const texts = planFilesUnder(path.join(REPO, 'samples/northwind')).map(file => [file, fs.readFileSync(file, 'utf8')] as const);
            for (const [mode, fast] of [[undefined, true], ['langium', false]] as const) {
                const { shared } = withParserMode(mode, () => {
                    const built = createActionPlanCoreServices(EmptyFileSystem);
                    FastPath.for(built.ActionPlan); // made now, in this mode
                    return built;
                });
                for (const [file, text] of texts) {
                    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
                    assert.equal(isFastDocument(document), fast, `${path.relative(REPO, file)} with ACTIONPLAN_PARSER=${mode ?? '(unset)'}`);
                }
            }
        });
    });

    describe('the built CLI: the same output with and without the fast path', function () {
        this.timeout(120_000);

        before(function () {
            if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build the project first (npm run build, or node esbuild.mjs)`);
        });

        for (const { key, args, compare } of CLI_PLAN) {
            for (const a of args) {
                it(`${a.slice(0, 3).join(' ')} on ${key}: byte-identical with ACTIONPLAN_PARSER=langium${compare ? ' and =compare' : ''}`, async () => {
                    const fast = await cli(key, a);
                    assert.ok(fast.status === 0 || fast.status === 1, `exit ${fast.status}: ${fast.stderr}`);
                    assert.ok(JSON.parse(fast.stdout), 'no JSON');
                    const langium = await cli(key, a, 'langium');
                    // Langium's output is the expected one.
                    assert.equal(fast.status, langium.status, `exit status: ${fast.stderr}`);
                    assert.equal(fast.stdout, langium.stdout, 'the default output (fast path) differs from ACTIONPLAN_PARSER=langium\'s');
                    assert.equal(fast.stderr, langium.stderr);
                    if (compare) {
                        const compared = await cli(key, a, 'compare');
                        assert.equal(compared.stderr, '', 'ACTIONPLAN_PARSER=compare reported something');
                        assert.equal(compared.status, langium.status);
                        assert.equal(compared.stdout, langium.stdout, 'the output with ACTIONPLAN_PARSER=compare differs from ACTIONPLAN_PARSER=langium\'s');
                    }
                });
            }
        }
    });
});
