/**
 * The benchmark harness works (no timing is asserted): the quick pieces on the
 * 100-file workspace, one run each, nothing written; the report has every
 * row; the YAML twin of the workspace validates, and the YAML baseline does
 * catch a broken reference and a schema violation.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBaselines, runYamlCheck, type BaselineScripts } from '../../bench/baseline.js';
import { parseOptions, prepareWorkspace, runBench } from '../../bench/run.js';
import {
    BEGIN, CACHED, COLD, compare, END, mergeReport, ONE_FILE, ONE_FILE_FIRST, parseFigures, renderResults, TOKENIZE, VERSION, VERSION_FIRST, YAML,
    type BenchResult,
} from '../../bench/report.js';

describe('benchmark harness (npm run bench -- --quick, on 100 files)', function () {
    this.timeout(300_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-bench-'));
    let markdown = '';
    let result: BenchResult;
    let scripts: BaselineScripts;

    before(async () => {
        const options = parseOptions(['--quick', '--sizes', '100', '--runs', '1', '--warmup', '0', '--workspaces', dir, '--out', path.join(dir, 'benchmarks.md')], () => undefined);
        assert.equal(options.write, false, '--quick writes nothing');
        options.lsp = { size: 100, edits: 2, requests: 2, memoryEdits: 10 };
        ({ markdown, result } = await runBench(options));
        scripts = await buildBaselines(path.join(dir, '.bin'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('measures every whole-process figure, with CPU time and peak memory', () => {
        for (const figure of [COLD, TOKENIZE, YAML, CACHED]) {
            const found = result.processes.find(p => p.figure === figure && p.files === 100);
            assert.ok(found, figure);
            assert.ok(found.wall.median > 0 && found.cpu.median > 0 && found.rss.median > 0, figure);
        }
        for (const figure of [VERSION, VERSION_FIRST, ONE_FILE, ONE_FILE_FIRST]) assert.ok(result.processes.some(p => p.figure === figure), figure);
        assert.equal(result.ratios.length, 1);
        assert.ok(!fs.existsSync(path.join(dir, 'benchmarks.md')), 'nothing written');
    });

    it('the report has the machine, every row, the targets and the language-server figures', () => {
        assert.ok(markdown.includes(BEGIN) && markdown.includes(END));
        assert.match(markdown, /- Machine: .+ cores, .+ GiB memory; .+; Node v\d+/);
        assert.match(markdown, /- Load average \(1, 5, 15 min\) at the start: [\d.]+, [\d.]+, [\d.]+/);
        for (const figure of [COLD, TOKENIZE, YAML, CACHED]) assert.match(markdown, new RegExp(`^\\| ${escape(figure)} \\| 100 \\| 1 \\| `, 'm'), figure);
        for (const figure of [VERSION, VERSION_FIRST]) assert.match(markdown, new RegExp(`^\\| ${escape(figure)} \\| – \\| 1 \\| `, 'm'), figure);
        for (const figure of [ONE_FILE, ONE_FILE_FIRST]) assert.match(markdown, new RegExp(`^\\| ${escape(figure)} \\| 1 \\| 1 \\| `, 'm'), figure);
        assert.match(markdown, /^\| 100 \| [\d.]+× \| [\d.]+× \| [\d.]+× \|$/m, 'ratios');
        for (const row of ['spawn → every file', '`initialized` → every file', 'leaf edit → its diagnostics', 'hub edit → its diagnostics',
            'hub edit → all dependents republished', 'completion', 'hover', 'after loading', 'after 10 more edits', 'sampled every 100 of those edits', 'peak (VmHWM)']) {
            assert.ok(markdown.includes(`| ${row}`), row);
        }
        const targets = markdown.slice(markdown.indexOf('### Targets'), markdown.indexOf('### Whole processes'));
        assert.equal(targets.split('\n').filter(l => /\| (met|\*\*not met\*\*|not measured) \|$/.test(l)).length, 10, 'a line per target');
        assert.ok(result.lsp!.dependentsSawEdit, 'a hub rename reaches the files using the person, and renaming back clears them');
        assert.ok(result.lsp!.users > 0 && result.lsp!.republished.min >= result.lsp!.users, 'the files using the renamed person were republished');
    });

    it('reads its own figures back for the regression guard, and keeps the hand-written text around them', () => {
        const figures = parseFigures(markdown);
        assert.ok(figures.size >= 30, `${figures.size} figures`);
        assert.ok(figures.has('Whole processes › cold `check --format json` › 100 › Wall median'));
        const changes = compare(figures, figures);
        assert.ok(changes.length === figures.size && changes.every(c => c.percent === 0));
        const again = parseFigures(renderResults(result, changes));
        assert.deepEqual([...again.keys()], [...figures.keys()], 'a report with a table of changes reads back the same figures');
        const merged = mergeReport(`# Benchmarks\n\nHand-written.\n\n${BEGIN}\nold\n${END}\n\nMore by hand.\n`, markdown.slice(markdown.indexOf(BEGIN), markdown.indexOf(END) + END.length), '');
        assert.ok(merged.startsWith('# Benchmarks\n\nHand-written.\n\n') && merged.endsWith('\n\nMore by hand.\n') && !merged.includes('\nold\n'));
    });

    it('the YAML workspace has a YAML file for every plan and validates clean', async () => {
        const root = prepareWorkspace(dir, 100, 42, () => undefined).root;
        const { report } = await runYamlCheck(scripts, root);
        assert.equal(report.files, 100);
        assert.deepEqual(report.diagnostics, []);
    });

    it('the YAML baseline reports a broken reference and a schema violation, as the plan checker would', async () => {
        const root = path.join(dir, 'broken');
        fs.cpSync(prepareWorkspace(dir, 100, 42, () => undefined).root, root, { recursive: true });
        const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), 'utf8')));
        edit('teams/team-00000.yaml', text => text.replace(/owner: \S+/, 'owner: nobody'));
        edit('teams/team-00001.yaml', text => text.replace(/due: \d{4}-\d{2}-\d{2}/, 'due: 2026-02-30'));
        const { report } = await runYamlCheck(scripts, root);
        // A file that fails the schema is not looked into for references (its shape is unknown).
        assert.deepEqual(report.diagnostics.map(d => `${d.file} ${d.code}`).sort(), ['teams/team-00000.yaml unresolved-reference', 'teams/team-00001.yaml schema']);
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
