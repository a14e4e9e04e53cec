/**
 * Config faults: every way `actionplan.config.json` can be wrong gives one
 * message naming the file, the field and the reason, and then the defaults
 * (CLI exit 2); in the editor it is shown once and the server keeps working.
 * A config is data only: nothing in it, and no file next to it, is run.
 * (Each kind of problem, field by field, is in test/language/config.test.ts;
 * here: the whole path through the CLI and the server, a 10 MB config, and
 * any text at all.)
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../language/config/parse.js';
import { ConfigProvider } from '../../language/config/provider.js';
import { RULE_IDS } from '../../language/rules/index.js';
import { SEVERITY_SETTINGS } from '../../language/rules/rule.js';
import { brief, cleanTemp, copyFixture, linesOf, parseJsonReport, runCli, STACK_LINE } from '../cli/helpers.js';
import { fileUri, startServer } from '../helpers/lsp-client.js';
import { configText } from '../fuzz/arbitraries.js';
import { fuzz, runsOf } from '../fuzz/harness.js';

const CONFIG = 'actionplan.config.json';

const FAULTS: Array<{ what: string; text: string | (() => string); line: RegExp; reason: RegExp }> = [
    { what: 'invalid JSONC', text: '{\n  "rules": {\n    "plan-review": off\n  }\n}\n', line: /^actionplan\.config\.json:3: invalid JSON: /, reason: /value expected|invalid symbol/ },
    { what: 'a wrong type', text: '{\n  "asOf": 20260915\n}\n', line: /^actionplan\.config\.json:2: asOf: /, reason: /expected string/ },
    { what: 'rules that are not an object', text: '{\n  "rules": ["plan-review"]\n}\n', line: /^actionplan\.config\.json:2: rules: /, reason: /expected object/ },
    { what: 'an unknown rule id', text: '{\n  "rules": {\n    "plan-reveiw": "off"\n  }\n}\n', line: /^actionplan\.config\.json:3: rules\.plan-reveiw: /, reason: /unknown rule 'plan-reveiw'; did you mean 'plan-review'\?/ },
    { what: 'an unknown option', text: '{\n  "rules": {\n    "follow-up-window": ["warning", { "minDay": 14 }]\n  }\n}\n', line: /^actionplan\.config\.json:3: rules\.follow-up-window/, reason: /unknown option 'minDay'/ },
    { what: 'a bad severity', text: '{\n  "rules": {\n    "plan-review": "loud"\n  }\n}\n', line: /^actionplan\.config\.json:3: rules\.plan-review: /, reason: /expected a severity/ },
    { what: 'a bad glob', text: '{\n  "ignore": ["[abc"]\n}\n', line: /^actionplan\.config\.json:2: ignore\.0: /, reason: /is not a valid glob/ },
    { what: 'a bad date', text: '{\n  "asOf": "2026-02-30"\n}\n', line: /^actionplan\.config\.json:2: asOf: /, reason: /February 2026 has 28 days/ },
    { what: 'a 10 MB file', text: () => `{ "ignore": [${'"a/**", '.repeat(1_400_000)}"b/**"] }`, line: /^actionplan\.config\.json: /, reason: /is 10\.\d MB; a config may be at most 1 MB/ },
    { what: 'a __proto__ key', text: '{\n  "__proto__": { "rules": {} }\n}\n', line: /^actionplan\.config\.json:2: __proto__: /, reason: /unknown setting '__proto__'/ },
];

describe('config faults: one message naming file, field and reason, then the defaults', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);
    let defaults: string[];

    before(() => {
        const cwd = copyFixture('baseline');
        defaults = brief(parseJsonReport(runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd }).stdout));
        cleanTemp();
    });

    for (const fault of FAULTS) {
        it(`CLI: ${fault.what}`, () => {
            const cwd = copyFixture('baseline');
            fs.writeFileSync(path.join(cwd, CONFIG), typeof fault.text === 'string' ? fault.text : fault.text());
            const run = runCli(['check', '--format', 'json', '--as-of', '2026-05-01'], { cwd });
            assert.equal(run.status, 2, run.stderr);
            const lines = linesOf(run.stderr);
            assert.equal(lines.length, 1, run.stderr);
            const line = lines[0].replace(/^actionplan: /, '');
            assert.match(line, fault.line);
            assert.match(line, fault.reason);
            assert.match(line, /\(the defaults are used\)$/);
            assert.doesNotMatch(run.stderr, STACK_LINE);
            assert.deepEqual(brief(parseJsonReport(run.stdout)), defaults, 'the plans are checked with the defaults');
        });
    }

    fuzz('any config text: never a crash; a config, or problems that each name the file and say why; rules resolve to a severity', configText, text => {
        const file = '/w/actionplan.config.json';
        const { config, problems } = parseConfig(text, file);
        if (config === undefined) assert.ok(problems.length >= 1, 'refused without a reason');
        else assert.deepEqual(problems, []);
        const lines = text.split('\n').length;
        for (const problem of problems) {
            assert.equal(problem.file, file);
            assert.ok(problem.message.trim().length > 0);
            assert.ok(problem.line === undefined || (problem.line >= 1 && problem.line <= lines), `line ${problem.line} of ${lines}`);
        }
        const provider = new ConfigProvider(f => (f === file ? text : undefined));
        provider.settings = { roots: ['/w'] };
        const resolved = provider.forFile('/w/teams/a.plan');
        for (const id of RULE_IDS) assert.ok((SEVERITY_SETTINGS as readonly string[]).includes(resolved.rule(id).severity), id);
        assert.equal(({} as Record<string, unknown>).rules, undefined, 'Object.prototype polluted');
    }, { runs: runsOf(300, 0.01) });
});

describe('a config is data only', function () {
    this.timeout(120_000);
    afterEach(cleanTemp);

    it('nothing in it, and no script next to it, is run by check, render or fmt', () => {
        const cwd = copyFixture('baseline');
        const marker = path.join(cwd, 'pwned');
        const payload = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
        fs.writeFileSync(path.join(cwd, CONFIG), JSON.stringify({ asOf: '2026-05-01', $schema: `javascript:${payload}`, rules: { 'plan-review': 'info' }, ignore: [`$(${payload})`] }));
        for (const name of ['actionplan.config.js', 'actionplan.config.cjs', 'actionplan.config.mjs', '.actionplanrc.js', 'actionplan.config.ts']) {
            fs.writeFileSync(path.join(cwd, name), `${payload};\nmodule.exports = {};\n`);
        }
        fs.writeFileSync(path.join(cwd, 'package.json'), JSON.stringify({ actionplan: { rules: {} }, scripts: { preactionplan: `node -e "${payload.replace(/"/g, '\\"')}"` } }));
        for (const args of [['check'], ['render', '--format', 'md'], ['render', '--format', 'json'], ['fmt', '--check']]) {
            const run = runCli(args, { cwd });
            assert.ok(run.status !== null && run.status <= 2, run.stderr);
        }
        assert.ok(!fs.existsSync(marker), 'something in or next to the config was run');
    });

    it('a __proto__ or constructor key stays data: nothing is polluted', () => {
        for (const text of ['{ "__proto__": { "polluted": true } }', '{ "rules": { "__proto__": { "polluted": true } } }', '{ "constructor": { "prototype": { "polluted": true } } }']) {
            parseConfig(text, '/w/actionplan.config.json');
            assert.equal(({} as Record<string, unknown>).polluted, undefined, text);
        }
    });

    it('the server: an invalid config is shown once, not again on every edit, and the server keeps working', async () => {
        const cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, CONFIG), '{\n  "rules": { "plan-review": "loud" }\n}\n');
        const client = await startServer([cwd], { asOf: '2026-05-01' });
        const warnings: string[] = [];
        client.connection.onNotification('window/logMessage', (p: { message: string }) => { if (p.message.includes(CONFIG)) warnings.push(p.message); });
        try {
            const params = await client.waitForNotification('actionplan/configProblems', p => p.problems.length > 0, 0, 60_000);
            assert.equal(params.problems[0].field, 'rules.plan-review');
            const uri = fileUri(path.join(cwd, 'teams/talent.plan'));
            const text = fs.readFileSync(path.join(cwd, 'teams/talent.plan'), 'utf8');
            client.open(uri, text);
            for (let i = 0; i < 5; i++) {
                client.change(uri, `${text}\n// edit ${i}\n`);
                await new Promise(resolve => setTimeout(resolve, 200));
            }
            await client.waitForDiagnostics(uri, () => true, 30_000);
            const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
            assert.ok(Array.isArray(symbols) && symbols.length > 0, 'still answering');
            const shown = client.notifications.filter(n => n.method === 'actionplan/configProblems' && n.params.problems.length > 0);
            assert.equal(shown.length, 1, 'the problem is shown once');
            assert.ok(warnings.length <= 1, `logged ${warnings.length} times`);
        } finally {
            await client.stop();
        }
    });
});
