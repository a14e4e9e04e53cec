/** `actionplan schema config` and `actionplan --version`. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { RULE_IDS } from '../../language/rules/index.js';
import { cleanTemp, copyFixture, REPO, runCli, tempDir, writeFiles } from './helpers.js';

/** The config of language.md's example, as plain JSON. */
const VALID_CONFIG = {
    asOf: '2026-09-15',
    rules: {
        'follow-up-window': ['warning', { minDays: 14, maxDays: 35 }],
        'plan-review': 'off',
        'responder-traits': 'info',
    },
    ignore: ['archive/**'],
};

function configSchema(): object {
    const run = runCli(['schema', 'config'], { cwd: tempDir() });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    return JSON.parse(run.stdout);
}

function validator() {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    return ajv.compile(configSchema());
}

describe('actionplan schema config', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    afterEach(cleanTemp);

    it('prints a JSON Schema that accepts a valid config', () => {
        const schema = configSchema() as { $schema?: string; type?: string; properties?: Record<string, unknown> };
        assert.match(schema.$schema ?? '', /json-schema\.org/);
        assert.equal(schema.type, 'object');
        assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['$schema', 'asOf', 'ignore', 'rules']);
        const validate = validator();
        assert.equal(validate(VALID_CONFIG), true, JSON.stringify(validate.errors));
        assert.equal(validate({}), true, 'an empty config');
        assert.equal(validate({ rules: { 'no-placeholder': ['hint'] } }), true, '[severity] alone');
    });

    it('rejects an unknown rule, an unknown setting, a bad severity and an unknown option', () => {
        const validate = validator();
        assert.equal(validate({ rules: { 'first-win-windw': 'off' } }), false, 'unknown rule');
        assert.equal(validate({ ...VALID_CONFIG, rules: { ...VALID_CONFIG.rules, 'no-such-rule': 'warning' } }), false);
        assert.equal(validate({ ...VALID_CONFIG, extends: 'base' }), false, 'unknown setting');
        assert.equal(validate({ rules: { 'plan-review': 'fatal' } }), false, 'bad severity');
        assert.equal(validate({ rules: { 'follow-up-window': ['warning', { minDayz: 3 }] } }), false, 'unknown option');
        assert.equal(validate({ rules: { 'follow-up-window': ['warning', { minDays: 'x' }] } }), false, 'option of the wrong type');
        assert.equal(validate({ ignore: 'archive/**' }), false, 'ignore is a list');
    });

    it('lists every rule that a config may set, and no structural rule', () => {
        const schema = configSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
        const settable = Object.keys(schema.properties.rules.properties);
        const structural = ['syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'date-order', 'member-kind'];
        assert.deepEqual(settable.sort(), RULE_IDS.filter(id => !structural.includes(id)).sort());
    });

    it('agrees with check: a config the schema accepts loads, one it rejects is a config error', () => {
        const cwd = copyFixture('baseline');
        writeFiles(cwd, { 'actionplan.config.json': JSON.stringify(VALID_CONFIG) });
        const good = runCli(['check', '--as-of', '2026-05-01'], { cwd });
        assert.equal(good.status, 0, good.stderr);
        writeFiles(cwd, { 'actionplan.config.json': JSON.stringify({ rules: { 'first-win-windw': 'off' } }) });
        assert.equal(runCli(['check', '--as-of', '2026-05-01'], { cwd }).status, 2);
    });

    it('an unknown kind is a usage error', () => {
        const run = runCli(['schema', 'nope'], { cwd: tempDir() });
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /nope/);
    });
});

describe('actionplan --version', function () {
    this.timeout(90_000); // each test spawns the CLI, several times for some
    it('prints the version of package.json', () => {
        const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
        assert.match(version, /^\d+\.\d+\.\d+/);
        for (const flag of ['--version', '-V']) {
            const run = runCli([flag], { cwd: tempDir() });
            assert.equal(run.status, 0);
            assert.equal(run.stdout, `${version}\n`);
            assert.equal(run.stderr, '');
        }
        cleanTemp();
    });
});
