/**
 * `actionplan check --format sarif|github|junit|stylish`: each format is
 * drawn from the same diagnostics as `--format json` (the reference), and
 * plan text cannot break out of any of them.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { docsUrl, INTERNAL_ERROR, RULE_IDS } from '../../language/rules/index.js';
import {
    checkJson, cleanTemp, CLI, cliEnv, copyFixture, linesOf, REPO, runCli, type JsonDiagnostic, type JsonReport,
} from './helpers.js';
import { forLogKeepingBreaks } from '../../cli/formats/text-safety.js';
import { HOSTILE_FILE, HOSTILE_LINE, HOSTILE_STRING, hostileWorkspace, TERMINAL_UNSAFE } from './hostile.js';
import { elementsNamed, parseXml, textOf, type XmlElement } from './xml.js';

const VERSION = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

// ------------------------------------------------------------------ SARIF

const SARIF_SCHEMA = JSON.parse(fs.readFileSync(
    path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

function sarifValidator() {
    const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema has a pattern that is not valid with the u flag;
    addFormats.default(ajv);
    return ajv.compile(SARIF_SCHEMA);
}

interface SarifRule { id: string; helpUri?: string; help?: { text: string; markdown?: string }; shortDescription?: { text: string } }
interface SarifResult {
    ruleId: string; ruleIndex?: number; level: string; message: { text: string };
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
}

function sarifOf(args: string[], cwd: string, status: number) {
    const run = runCli(['check', '--format', 'sarif', ...args], { cwd });
    assert.equal(run.status, status, run.stderr);
    return JSON.parse(run.stdout);
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

describe('actionplan check --format sarif', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('validates against the SARIF 2.1.0 schema', () => {
        const validate = sarifValidator();
        for (const workspace of ['mixed', 'baseline']) {
            const log = sarifOf(['--as-of', '2026-10-01'], copyFixture(workspace), workspace === 'mixed' ? 1 : 0);
            const valid = validate(log);
            assert.equal(valid, true, `${workspace}: ${JSON.stringify(validate.errors, null, 2)}`);
            assert.equal(log.version, '2.1.0');
        }
        const hostile = sarifOf(['--as-of', '2026-05-01'], hostileWorkspace(), 1);
        assert.equal(validate(hostile), true, JSON.stringify(validate.errors, null, 2));
    });

    it('the validator refuses a broken log, so the test can fail', () => {
        const validate = sarifValidator();
        const log = sarifOf(['--as-of', '2026-07-01'], copyFixture('mixed'), 1);
        assert.equal(validate({ ...log, version: '2.0.0' }), false);
        const run = log.runs[0];
        assert.equal(validate({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] }), false);
        assert.equal(validate({ ...log, runs: [{ ...run, tool: {} }] }), false);
    });

    it('has one rule per rule id, each with its help text and docs link', () => {
        const log = sarifOf(['--as-of', '2026-05-01'], copyFixture('baseline'), 0);
        const driver = log.runs[0].tool.driver;
        assert.equal(driver.name, 'actionplan');
        assert.equal(driver.version, VERSION);
        const rules = driver.rules as SarifRule[];
        const ids = rules.map(rule => rule.id);
        assert.equal(new Set(ids).size, ids.length, 'no rule twice');
        for (const id of RULE_IDS) assert.equal(ids.filter(x => x === id).length, 1, `exactly one entry for ${id}`);
        assert.deepEqual(ids.filter(id => !RULE_IDS.includes(id)), [INTERNAL_ERROR], 'nothing else but the internal-error descriptor');
        assert.equal(RULE_IDS.length, 31, 'the catalogue of rules.md (version 2)');
        for (const rule of rules.filter(r => RULE_IDS.includes(r.id))) {
            assert.equal(rule.helpUri, docsUrl(rule.id), `${rule.id}: helpUri`);
            assert.match(rule.helpUri!, /^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
            assert.ok(rule.help && rule.help.text.length > 20, `${rule.id}: help text`);
            assert.ok(rule.help!.text.includes(docsUrl(rule.id)), `${rule.id}: the help text links the rule page`);
            assert.ok(rule.shortDescription && rule.shortDescription.text.length > 10, `${rule.id}: a description`);
        }
        const followUp = rules.find(rule => rule.id === 'follow-up-window') as SarifRule & { defaultConfiguration: { level: string } };
        assert.equal(followUp.defaultConfiguration.level, 'warning');
        const traits = rules.find(rule => rule.id === 'responder-traits') as SarifRule & { defaultConfiguration: { enabled: boolean } };
        assert.equal(traits.defaultConfiguration.enabled, false, 'responder-traits is off by default');
    });

    it('results point at the same file, line and column as the JSON report', () => {
        const cwd = copyFixture('mixed');
        const args = ['--as-of', '2026-07-01'];
        const log = sarifOf(args, cwd, 1);
        const json = checkJson(args, { cwd }, 1);
        const run = log.runs[0];
        assert.equal(run.originalUriBaseIds.SRCROOT.uri, pathToFileURL(cwd).href + '/');
        const results = run.results as SarifResult[];
        assert.equal(results.length, json.diagnostics.length);
        results.forEach((result, i) => {
            const d = json.diagnostics[i];
            assert.equal(result.ruleId, d.rule);
            assert.equal(run.tool.driver.rules[result.ruleIndex!].id, d.rule, 'ruleIndex points at the rule');
            assert.equal(result.level, SARIF_LEVEL[d.severity]);
            assert.equal(result.message.text, d.message);
            const location = result.locations[0].physicalLocation;
            assert.equal(location.artifactLocation.uriBaseId, 'SRCROOT');
            assert.equal(decodeURIComponent(location.artifactLocation.uri), d.file);
            assert.deepEqual(location.region, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
        });
        const unresolved = results.find(r => r.ruleId === 'unresolved-reference')!;
        assert.equal(unresolved.locations[0].physicalLocation.artifactLocation.uri, 'extra.plan');
        assert.equal(unresolved.locations[0].physicalLocation.region.startLine, 2);
        const overdue = results.find(r => r.ruleId === 'honest-assessment')!;
        assert.equal(overdue.locations[0].physicalLocation.artifactLocation.uri, 'teams/talent.plan');
        assert.equal(overdue.locations[0].physicalLocation.region.startLine, 18);
        assert.equal(overdue.level, 'warning');
    });

    it('a file name that is not URI-safe is percent-encoded in the artifact URI', () => {
        const log = sarifOf(['--as-of', '2026-05-01'], hostileWorkspace(), 1);
        const uris = (log.runs[0].results as SarifResult[]).map(r => r.locations[0].physicalLocation.artifactLocation.uri);
        const evil = uris.find(uri => decodeURIComponent(uri) === HOSTILE_FILE);
        assert.ok(evil, `the hostile file among ${uris.join(' | ')}`);
        assert.doesNotMatch(evil!, /[\r\n ,%]*::/, 'no raw separators');
        assert.doesNotMatch(evil!, /[\r\n ]/);
    });
});

// ------------------------------------------------------------------ GitHub workflow commands

const COMMAND = /^::(error|warning|notice) ([^:\r\n]*)::(.*)$/;
const GITHUB_COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Decode a workflow command's property or message as the Actions runner does. */
function unescapeData(text: string): string {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
    return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

interface ParsedCommand { command: string; properties: Record<string, string>; message: string }

function parseCommands(stdout: string): ParsedCommand[] {
    assert.ok(stdout === '' || stdout.endsWith('\n'), 'each command ends its line');
    const lines = stdout.split('\n').slice(0, -1);
    return lines.map(line => {
        const match = COMMAND.exec(line);
        assert.ok(match, `a workflow command: ${JSON.stringify(line)}`);
        const properties: Record<string, string> = {};
        for (const pair of match![2].split(',')) {
            const eq = pair.indexOf('=');
            assert.ok(eq > 0, `a key=value property: ${pair}`);
            const key = pair.slice(0, eq);
            assert.ok(!(key in properties), `property ${key} once`);
            properties[key] = unescapeProperty(pair.slice(eq + 1));
        }
        return { command: match![1], properties, message: unescapeData(match![3]) };
    });
}

function assertCommandsMatch(commands: ParsedCommand[], diagnostics: JsonDiagnostic[]): void {
    assert.equal(commands.length, diagnostics.length, 'exactly one command per diagnostic');
    commands.forEach((command, i) => {
        const d = diagnostics[i];
        assert.equal(command.command, GITHUB_COMMAND[d.severity]);
        // Terminal and bidi controls reach the log as their codes (\u001b); line breaks as the runner's %0A, decoded here.
        assert.deepEqual(command.properties, {
            file: forLogKeepingBreaks(d.file), line: String(d.line), col: String(d.column), endLine: String(d.endLine), endColumn: String(d.endColumn), title: d.rule,
        });
        assert.equal(command.message, forLogKeepingBreaks(d.message));
    });
}

describe('actionplan check --format github', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('prints ::error/::warning/::notice file=…,line=…,col=…,title=RULE::message', () => {
        const cwd = copyFixture('mixed');
        const run = runCli(['check', '--as-of', '2026-07-01', '--format', 'github'], { cwd });
        assert.equal(run.status, 1);
        const lines = run.stdout.split('\n').slice(0, -1);
        assert.equal(lines[0], "::error file=extra.plan,line=2,col=27,endLine=2,endColumn=34,title=unresolved-reference::No business or partner named 'Nowhere'.");
        assert.equal(lines[1], '::notice file=extra.plan,line=3,col=15,endLine=3,endColumn=21,title=no-placeholder::"TODO" is a placeholder; fill it in before the plan is shared.');
        assert.match(lines[2], /^::warning file=teams\/talent\.plan,line=18,col=13,endLine=18,endColumn=23,title=honest-assessment::First win 'Tours' was due 2026-06-10/);
        assert.equal(lines.length, 3);
        assertCommandsMatch(parseCommands(run.stdout), checkJson(['--as-of', '2026-07-01'], { cwd }, 1).diagnostics);
    });

    it('prints nothing on a clean workspace', () => {
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'github'], { cwd: copyFixture('baseline') });
        assert.equal(run.status, 0);
        assert.equal(run.stdout, '');
    });

    it('plan text with %, CR/LF, ::error:: and commas cannot end a command or start another', () => {
        const cwd = hostileWorkspace();
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'github'], { cwd });
        assert.equal(run.status, 1);
        assert.doesNotMatch(run.stdout, /\r/, 'no raw carriage return (the runner splits lines on it)');
        const json = checkJson(['--as-of', '2026-05-01'], { cwd }, 1);
        assert.deepEqual(json.diagnostics.map(d => d.rule).sort(), ['duplicate-name', 'duplicate-name', 'just-enough-organization', 'no-placeholder']);
        const commands = parseCommands(run.stdout);
        assertCommandsMatch(commands, json.diagnostics);
        // The file name (with CR/LF, commas and '::') survives as one property.
        assert.ok(commands.some(c => c.properties.file === HOSTILE_FILE));
        // Every line starts a command of ours; the injected `::error file=x` never starts a line.
        for (const line of run.stdout.split('\n').slice(0, -1)) assert.doesNotMatch(line, /^::error file=x/);
        const organize = commands.find(c => c.properties.title === 'just-enough-organization')!;
        assert.equal(organize.properties.line, String(HOSTILE_LINE));
        assert.ok(organize.message.includes(forLogKeepingBreaks(HOSTILE_STRING)), 'the message decodes back to the plan text, controls as their codes');
        assert.doesNotMatch(run.stdout, TERMINAL_UNSAFE, 'no raw ESC, BEL or bidi control reaches the log');
    });
});

// ------------------------------------------------------------------ JUnit

function junitOf(args: string[], cwd: string, status: number): XmlElement {
    const run = runCli(['check', '--format', 'junit', ...args], { cwd });
    assert.equal(run.status, status, run.stderr);
    return parseXml(run.stdout);
}

describe('actionplan check --format junit', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('is well-formed XML with a testsuite per file and a failure per error or warning', () => {
        const cwd = copyFixture('mixed');
        const args = ['--as-of', '2026-07-01'];
        const root = junitOf(args, cwd, 1);
        const json: JsonReport = checkJson(args, { cwd }, 1);
        assert.equal(root.name, 'testsuites');
        const suites = elementsNamed(root, 'testsuite');
        assert.deepEqual(suites.map(s => s.attributes.name), ['extra.plan', 'partnership.plan', 'teams/talent.plan']);
        const failuresOf = (file: string) => json.diagnostics.filter(d => d.file === file && (d.severity === 'error' || d.severity === 'warning'));
        for (const suite of suites) {
            const failures = elementsNamed(suite, 'failure');
            assert.equal(failures.length, failuresOf(suite.attributes.name).length, suite.attributes.name);
            assert.equal(suite.attributes.failures, String(failures.length));
            assert.equal(suite.attributes.tests, String(elementsNamed(suite, 'testcase').length));
            assert.deepEqual(failures.map(f => [f.attributes.type, f.attributes.message]),
                failuresOf(suite.attributes.name).map(d => [d.rule, d.message]));
        }
        assert.equal(root.attributes.failures, String(json.summary.errors + json.summary.warnings));
        assert.equal(elementsNamed(root, 'failure').length, 2);
        const clean = suites.find(s => s.attributes.name === 'partnership.plan')!;
        assert.equal(elementsNamed(clean, 'testcase').length, 1, 'a clean file passes one test case');
        const info = suites.find(s => s.attributes.name === 'extra.plan')!;
        assert.ok(elementsNamed(info, 'system-out').some(out => textOf(out).includes('"TODO" is a placeholder')), 'an info is listed, not failed');
    });

    it('plan text with <, &, ]]> and control characters is escaped', () => {
        const cwd = hostileWorkspace();
        const run = runCli(['check', '--as-of', '2026-05-01', '--format', 'junit'], { cwd });
        assert.equal(run.status, 1);
        const root = parseXml(run.stdout); // throws on a raw '<', '&', ']]>' or a control character
        assert.doesNotMatch(run.stdout, /[\u0001\u001b]/, 'no raw control characters');
        assert.doesNotMatch(run.stdout, TERMINAL_UNSAFE, 'no raw bidi or C1 control (they are character references)');
        assert.ok(!run.stdout.includes(']]>'), "']]>' does not appear raw");
        assert.ok(!run.stdout.includes('<b>'), 'plan markup does not become XML markup');
        const organize = elementsNamed(root, 'failure').find(f => f.attributes.type === 'just-enough-organization');
        assert.ok(organize, 'the warning on the organize line is a failure');
        // What XML can carry comes back unchanged; the control characters become U+FFFD.
        const expected = HOSTILE_STRING.replace(/[\u0001\u001b]/g, '\ufffd');
        assert.ok(organize!.attributes.message.includes(expected), organize!.attributes.message);
        assert.ok(textOf(organize!).includes(expected));
        const suites = elementsNamed(root, 'testsuite').map(s => s.attributes.name);
        assert.equal(suites.length, 3);
        assert.ok(suites.includes('teams/talent.plan'));
    });
});

// ------------------------------------------------------------------ stylish

const POSITION_LINE = /^ {2}(\d+):(\d+) +(error|warning|info|hint) {2,}(.+?) {2}([a-z]+(?:-[a-z]+)*)$/;

describe('actionplan check (stylish, the default)', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('groups by file: `line:col severity message rule`, then a summary line', () => {
        const cwd = copyFixture('mixed');
        const args = ['--as-of', '2026-07-01'];
        const run = runCli(['check', ...args], { cwd });
        assert.equal(run.status, 1);
        const json = checkJson(args, { cwd }, 1);
        const lines = run.stdout.split('\n');
        assert.equal(lines.pop(), '', 'ends with a newline');
        const summary = lines.pop();
        assert.equal(summary, '\u2716 3 problems (1 error, 1 warning, 1 info, 0 hints) in 3 files checked, as of 2026-07-01.');
        const groups: Array<{ file: string; rows: string[][] }> = [];
        for (const line of lines) {
            if (line === '') continue;
            const match = POSITION_LINE.exec(line);
            if (match) groups.at(-1)!.rows.push(match.slice(1));
            else groups.push({ file: line, rows: [] });
        }
        assert.deepEqual(groups.map(g => g.file), ['extra.plan', 'teams/talent.plan']);
        const rows = groups.flatMap(g => g.rows.map(row => [g.file, ...row]));
        assert.deepEqual(rows, json.diagnostics.map(d => [d.file, String(d.line), String(d.column), d.severity, d.message, d.rule]));
    });

    it('says "No problems" with the file count on a clean workspace', () => {
        const run = runCli(['check', '--as-of', '2026-05-01'], { cwd: copyFixture('baseline') });
        assert.equal(run.stdout, '\u2714 No problems (2 files checked, as of 2026-05-01).\n');
    });

    it('has no ANSI escapes when stdout is not a terminal, unless FORCE_COLOR is set', () => {
        const cwd = copyFixture('mixed');
        const args = ['check', '--as-of', '2026-07-01'];
        assert.doesNotMatch(runCli(args, { cwd }).stdout, /\u001b/);
        assert.doesNotMatch(runCli(args, { cwd, env: { FORCE_COLOR: '0' } }).stdout, /\u001b/);
        assert.doesNotMatch(runCli(args, { cwd, env: { NO_COLOR: '1' } }).stdout, /\u001b/);
        const forced = runCli(args, { cwd, env: { FORCE_COLOR: '1' } }).stdout;
        assert.match(forced, /\u001b\[31merror/, 'errors in red');
        assert.match(forced, /\u001b\[33mwarning/, 'warnings in yellow');
        const plain = forced.replace(/\u001b\[[0-9;]*m/g, '');
        assert.equal(plain, runCli(args, { cwd }).stdout, 'the same text once the colours are removed');
    });

    it('has colours when stdout is a terminal (run under script(1))', function () {
        const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
        if (script.error || script.status !== 0) this.skip();
        const cwd = copyFixture('mixed');
        const command = [process.execPath, CLI, 'check', '--as-of', '2026-07-01'].map(arg => `'${arg.replace(/'/g, "'\\''")}'`).join(' ');
        const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env: cliEnv({ TERM: 'xterm' }), encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stdout, /\u001b\[31merror/, 'errors in red on a terminal');
        assert.match(run.stdout.replace(/\u001b\[[0-9;]*m/g, ''), /unresolved-reference/);
    });

    it('an ANSI escape or a bidi override in a plan string never reaches the output raw', () => {
        const cwd = hostileWorkspace();
        const run = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(run.status, 1);
        assert.doesNotMatch(run.stdout, TERMINAL_UNSAFE, 'no control or bidi character');
        assert.ok(run.stdout.includes('\\u001b[31m RED'), 'the escape is shown as text');
        assert.ok(run.stdout.includes('\\u202eevil\\u202c'), 'the bidi override is shown as text');
        assert.ok(!run.stdout.includes(HOSTILE_FILE), 'the file name with CR/LF is not printed raw');
        // With colours forced, the only escapes are the formatter's own colour codes.
        const colored = runCli(['check', '--as-of', '2026-05-01'], { cwd, env: { FORCE_COLOR: '1' } }).stdout;
        const withoutColors = colored.replace(/\u001b\[[0-9;]*m/g, '');
        assert.doesNotMatch(withoutColors, TERMINAL_UNSAFE);
        assert.ok(withoutColors.includes('\\u001b[31m RED'));
        assert.equal(linesOf(run.stderr).length, 0);
    });

    // Not in product.md, but the CLI escapes config problems and stylish file
    // names with forTerminal(); the line for an unreadable plan file
    // (check.ts, fileProblems) prints the file name raw.
    it('a file name with an ANSI escape or bidi override is escaped in the stderr line of an unreadable file', () => {
        const cwd = copyFixture('baseline');
        fs.writeFileSync(path.join(cwd, 'bad\u001b[31m\u202e.plan'), Buffer.from([0x62, 0xff, 0x0a]));
        const run = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /UTF-8/);
        assert.doesNotMatch(run.stderr, TERMINAL_UNSAFE, JSON.stringify(run.stderr));
    });
});
