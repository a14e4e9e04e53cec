/**
 * `actionplan.config.json`: found from a plan's folder upward to the
 * workspace root (the nearest wins), read as JSONC, validated; an invalid one
 * is reported with its file, line, field and reason, and the defaults are used.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';
import { parseConfig, type ConfigProblem } from '../../language/config/parse.js';
import { ConfigProvider } from '../../language/config/provider.js';
import { today } from '../../language/dates.js';
import { RULES } from '../../language/rules/index.js';
import { PARTNERSHIP_FILE, planFiles, TEAM_FILE } from '../helpers/plans.js';
import { buildWorkspace, ROOT, summarize, type TestWorkspace } from '../helpers/workspace.js';

const CONFIG = 'actionplan.config.json';
const FILE = `/w/${CONFIG}`;
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** The baseline plan with no review: plan-review fires on the team (line 1), as info by default. */
const UNREVIEWED = planFiles({ review: '' });

function severityOf(workspace: TestWorkspace, rule: string, file = TEAM_FILE): string | undefined {
    const found = workspace.diagnostics(file).filter(d => d.code === rule);
    return found.length ? SEVERITY[found[0].severity ?? 0] : undefined;
}

function problemsOf(workspace: TestWorkspace): ConfigProblem[] {
    return workspace.services.config.ConfigProvider.problems;
}

/** Like buildWorkspace, but with no as-of override: the config's `asOf` is the one in force. */
async function buildWithoutAsOf(files: Record<string, string>, configs: Record<string, string>): Promise<Diagnostic[]> {
    const texts = new Map(Object.entries(configs).map(([file, text]) => [path.join(ROOT, file), text]));
    const { shared, ActionPlan } = createActionPlanCoreServices({ ...EmptyFileSystem, configReader: file => texts.get(file) });
    ActionPlan.config.ConfigProvider.settings = { roots: [ROOT] };
    const documents = Object.entries(files).map(([file, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.join(ROOT, file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.flatMap(d => d.diagnostics ?? []);
}

describe('configuration', () => {
    describe('discovery', () => {
        it('a config at the workspace root applies to plans in sub-folders', async () => {
            const ws = await buildWorkspace(UNREVIEWED, { configs: { [CONFIG]: '{ "rules": { "plan-review": "error" } }' } });
            assert.equal(severityOf(ws, 'plan-review'), 'error');
            assert.deepEqual(problemsOf(ws), []);
        });

        it('without a config, every rule has its default severity', async () => {
            const ws = await buildWorkspace(UNREVIEWED);
            assert.equal(severityOf(ws, 'plan-review'), 'info');
        });

        it('the nearest config wins, whole: it is not merged with the one above', async () => {
            const files = { ...UNREVIEWED, [PARTNERSHIP_FILE]: UNREVIEWED[PARTNERSHIP_FILE].replace('"Raj Patel"', '"TBD"') };
            const ws = await buildWorkspace(files, {
                configs: {
                    [CONFIG]: '{ "rules": { "plan-review": "off", "no-placeholder": "warning" } }',
                    [`teams/${CONFIG}`]: '{ "rules": { "plan-review": "hint" } }',
                },
            });
            assert.equal(severityOf(ws, 'plan-review'), 'hint', 'teams/ has its own config');
            assert.equal(severityOf(ws, 'no-placeholder', PARTNERSHIP_FILE), 'warning', 'the root config still holds for the root folder');
            const provider = ws.services.config.ConfigProvider;
            assert.equal(provider.forFile(path.join(ROOT, TEAM_FILE)).file, path.join(ROOT, 'teams', CONFIG));
            assert.equal(provider.forFile(path.join(ROOT, PARTNERSHIP_FILE)).file, path.join(ROOT, CONFIG));
            assert.equal(provider.forFile(path.join(ROOT, 'teams/deeper/x.plan')).file, path.join(ROOT, 'teams', CONFIG));
            // The teams config says nothing of no-placeholder: its default holds there.
            assert.equal(provider.forFile(path.join(ROOT, TEAM_FILE)).rule('no-placeholder').severity, 'info');
        });

        it('a config in a sub-folder does not apply to the folder above', async () => {
            const ws = await buildWorkspace(UNREVIEWED, { configs: { [`other/${CONFIG}`]: '{ "rules": { "plan-review": "off" } }' } });
            assert.equal(severityOf(ws, 'plan-review'), 'info');
        });

        it('the search stops at the workspace root', async () => {
            const ws = await buildWorkspace(UNREVIEWED, { configs: { [`../${CONFIG}`]: '{ "rules": { "plan-review": "off" } }' } });
            assert.equal(severityOf(ws, 'plan-review'), 'info');
            assert.equal(ws.services.config.ConfigProvider.forFile(path.join(ROOT, TEAM_FILE)).file, undefined);
        });

        it('the search reads each folder from the plan upward, and no higher than the root', () => {
            const asked: string[] = [];
            const provider = new ConfigProvider(file => {
                asked.push(file);
                return undefined;
            });
            provider.settings = { roots: ['/w'] };
            assert.equal(provider.forFile('/w/a/b/x.plan').file, undefined);
            assert.deepEqual(asked, ['/w/a/b/', '/w/a/', '/w/'].map(folder => `${folder}${CONFIG}`));
        });
    });

    describe('JSON with comments', () => {
        const TEXT = `{
    // line comments
    "asOf": "2026-09-15", /* block comments */
    "rules": {
        "follow-up-window": ["warning", { "minDays": 14, "maxDays": 35, },],   // trailing commas
        "plan-review": "off",
        "responder-traits": "info",
    },
    "ignore": ["archive/**",],
}
`;
        it('parses comments and trailing commas', () => {
            const { config, problems } = parseConfig(TEXT, FILE);
            assert.deepEqual(problems, []);
            assert.deepEqual(config, {
                asOf: '2026-09-15',
                rules: { 'follow-up-window': ['warning', { minDays: 14, maxDays: 35 }], 'plan-review': 'off', 'responder-traits': 'info' },
                ignore: ['archive/**'],
            });
        });

        it('the example of language.md is valid', () => {
            const example = `{
  "asOf": "2026-09-15",                 // optional
  "rules": {
    "follow-up-window": ["warning", { "minDays": 14, "maxDays": 35 }],
    "plan-review": "off",
    "responder-traits": "info"
  },
  "ignore": ["archive/**"]              // globs, relative to this file
}`;
            assert.deepEqual(parseConfig(example, FILE).problems, []);
        });

        it('every settable rule takes a severity, [severity] and [severity, {}]', () => {
            for (const rule of RULES.filter(r => !r.meta.structural)) {
                for (const setting of ['"off"', '["hint"]', '["warning", {}]']) {
                    const { problems } = parseConfig(`{ "rules": { "${rule.meta.id}": ${setting} } }`, FILE);
                    assert.deepEqual(problems, [], `${rule.meta.id}: ${setting}`);
                }
            }
        });

        it('resolves severities and options, with the defaults filled in', () => {
            const provider = new ConfigProvider(file => (file === FILE ? TEXT : undefined));
            provider.settings = { roots: ['/w'] };
            const config = provider.forFile('/w/teams/talent.plan');
            assert.equal(config.file, FILE);
            assert.deepEqual(config.rule('follow-up-window'), { severity: 'warning', options: { minDays: 14, maxDays: 35 } });
            assert.equal(config.rule('plan-review').severity, 'off');
            assert.deepEqual(config.rule('first-win-window'), { severity: 'warning', options: { minDays: 60, maxDays: 90 } });
            assert.equal(config.rule('date-order').severity, 'error');
        });

        it('options given in part keep the defaults of the rest', () => {
            const provider = new ConfigProvider(() => '{ "rules": { "follow-up-window": ["warning", { "maxDays": 35 }] } }');
            provider.settings = { roots: ['/w'] };
            assert.deepEqual(provider.forFile('/w/a.plan').rule('follow-up-window').options, { minDays: 21, maxDays: 35 });
        });
    });

    describe('as-of date', () => {
        it("the config's asOf is used when nothing overrides it", () => {
            const provider = new ConfigProvider(() => '{ "asOf": "2026-09-15" }');
            provider.settings = { roots: ['/w'] };
            assert.equal(provider.forFile('/w/a.plan').asOf, '2026-09-15');
        });

        it('the CLI or editor setting overrides it', () => {
            const provider = new ConfigProvider(() => '{ "asOf": "2026-09-15" }');
            provider.settings = { roots: ['/w'], asOf: '2026-10-01' };
            assert.equal(provider.forFile('/w/a.plan').asOf, '2026-10-01');
        });

        it("without either, today's date", () => {
            const provider = new ConfigProvider(() => undefined);
            provider.settings = { roots: ['/w'] };
            assert.equal(provider.forFile('/w/a.plan').asOf, today());
        });

        it("the config's asOf decides what is overdue", async () => {
            const overdue = (diagnostics: Diagnostic[]) => summarize(diagnostics.filter(d => d.code === 'honest-assessment'));
            assert.deepEqual(overdue(await buildWithoutAsOf(planFiles(), { [CONFIG]: '{ "asOf": "2026-06-11" }' })), ['honest-assessment@18']);
            assert.deepEqual(overdue(await buildWithoutAsOf(planFiles(), { [CONFIG]: '{ "asOf": "2026-06-10" }' })), []);
        });
    });

    describe('an invalid config: one problem naming file, line, field and reason; then the defaults', () => {
        interface Case {
            name: string;
            text: string;
            line?: number;
            field: string | RegExp;
            message: RegExp;
        }
        const cases: Case[] = [
            { name: 'invalid JSON', text: '{\n  "rules": {\n    "plan-review": off\n  }\n}', line: 3, field: '', message: /^invalid JSON: / },
            { name: 'an unclosed object', text: '{\n  "rules": {\n    "plan-review": "off"\n  }\n', line: 5, field: '', message: /^invalid JSON: close brace expected/ },
            { name: 'a wrong type for asOf', text: '{\n  "asOf": 20260915\n}', line: 2, field: 'asOf', message: /expected string/ },
            { name: 'a wrong type for ignore', text: '{\n  "ignore": "archive/**"\n}', line: 2, field: 'ignore', message: /expected array/ },
            { name: 'a wrong type for rules', text: '{\n  "rules": ["plan-review"]\n}', line: 2, field: 'rules', message: /expected object/ },
            { name: 'not an object at all', text: '[]', line: 1, field: '', message: /expected object/ },
            { name: 'a number for a severity', text: '{\n  "rules": {\n    "plan-review": 3\n  }\n}', line: 3, field: 'rules.plan-review', message: /expected a severity \(error, warning, info, hint, off\)/ },
            { name: 'an unknown rule, with "did you mean"', text: '{\n  "rules": {\n    "plan-reveiw": "off"\n  }\n}', line: 3, field: 'rules.plan-reveiw', message: /^unknown rule 'plan-reveiw'; did you mean 'plan-review'\?$/ },
            { name: 'an unknown rule with nothing near', text: '{\n  "rules": {\n    "colour": "off"\n  }\n}', line: 3, field: 'rules.colour', message: /^unknown rule 'colour'$/ },
            { name: 'an unknown setting', text: '{\n  "rulez": {}\n}', line: 2, field: 'rulez', message: /unknown setting 'rulez'/ },
            { name: 'an unknown option', text: '{\n  "rules": {\n    "follow-up-window": ["warning", { "minDay": 14 }]\n  }\n}', line: 3, field: /^rules\.follow-up-window\b.*minDay$/, message: /unknown option 'minDay'/ },
            { name: 'an option for a rule without options', text: '{\n  "rules": {\n    "plan-review": ["warning", { "x": 1 }]\n  }\n}', line: 3, field: /^rules\.plan-review\b/, message: /unknown option 'x'/ },
            { name: 'an option of the wrong type', text: '{\n  "rules": {\n    "follow-up-window": ["warning", { "minDays": "14" }]\n  }\n}', line: 3, field: /^rules\.follow-up-window/, message: /minDays.*expected number/ },
            { name: 'a bad severity', text: '{\n  "rules": {\n    "plan-review": "loud"\n  }\n}', line: 3, field: 'rules.plan-review', message: /expected a severity/ },
            { name: 'a bad severity with options', text: '{\n  "rules": {\n    "follow-up-window": ["loud", { "minDays": 14 }]\n  }\n}', line: 3, field: /^rules\.follow-up-window/, message: /expected a severity/ },
            { name: 'a structural rule configured', text: '{\n  "rules": {\n    "date-order": "off"\n  }\n}', line: 3, field: 'rules.date-order', message: /^'date-order' is a structural rule: it is always an error and cannot be configured$/ },
            { name: 'minDays greater than maxDays', text: '{\n  "rules": {\n    "follow-up-window": ["warning", { "minDays": 30, "maxDays": 20 }]\n  }\n}', line: 3, field: /^rules\.follow-up-window\b.*minDays$/, message: /minDays must not be greater than maxDays/ },
            { name: 'min greater than max', text: '{\n  "rules": {\n    "early-wins-count": ["warning", { "min": 4, "max": 3 }]\n  }\n}', line: 3, field: /^rules\.early-wins-count\b.*min$/, message: /min must not be greater than max/ },
            { name: 'a negative day count', text: '{\n  "rules": {\n    "win-timeline": ["warning", { "maxDays": -1 }]\n  }\n}', line: 3, field: /^rules\.win-timeline\b.*maxDays$/, message: />=\s*0/ },
            { name: 'a glob that does not compile', text: '{\n  "ignore": [\n    "archive/**",\n    "[abc"\n  ]\n}', line: 4, field: 'ignore.1', message: /'\[abc' is not a valid glob/ },
            { name: 'an absolute glob', text: '{\n  "ignore": ["/archive/**"]\n}', line: 2, field: 'ignore.0', message: /is absolute; globs are relative to the config file/ },
            { name: "a glob with '..'", text: '{\n  "ignore": ["../archive/**"]\n}', line: 2, field: 'ignore.0', message: /may not use '\.\.'/ },
            { name: 'an empty glob', text: '{\n  "ignore": [""]\n}', line: 2, field: 'ignore.0', message: /must not be empty/ },
            { name: 'an asOf that is not a real date', text: '{\n  "asOf": "2026-02-30"\n}', line: 2, field: 'asOf', message: /^'2026-02-30' is not a real date: February 2026 has 28 days$/ },
            { name: 'an asOf that is not a date', text: '{\n  "asOf": "soon"\n}', line: 2, field: 'asOf', message: /write it as YYYY-MM-DD/ },
            { name: 'an empty file: the reason says the file is empty', text: '', line: 1, field: '', message: /empty/ },
            { name: 'a file with only a comment', text: '// nothing yet\n', field: '', message: /empty|value expected/ },
        ];

        for (const c of cases) {
            it(`${c.name}`, () => {
                const { config, problems } = parseConfig(c.text, FILE);
                assert.equal(config, undefined, 'an invalid file gives no config');
                assert.ok(problems.length >= 1, 'a problem is reported');
                const [problem] = problems;
                assert.equal(problem.file, FILE);
                if (c.line !== undefined) assert.equal(problem.line, c.line, `line of ${JSON.stringify(problem)}`);
                if (typeof c.field === 'string') assert.equal(problem.field, c.field);
                else assert.match(problem.field, c.field);
                assert.match(problem.message, c.message);
            });
        }

        it('several problems in one file: one each, with its own line', () => {
            const { problems } = parseConfig('{\n  "asOf": "2026-02-30",\n  "rules": {\n    "plan-reveiw": "off",\n    "date-order": "off"\n  }\n}', FILE);
            assert.deepEqual(problems.map(p => [p.line, p.field]).sort(), [[2, 'asOf'], [4, 'rules.plan-reveiw'], [5, 'rules.date-order']]);
        });

        it('a config with a problem is reported by the provider, and none of its settings are used', async () => {
            const text = '{\n  "ignore": ["teams/**"],\n  "rules": {\n    "plan-review": "error",\n    "plan-reveiw": "off"\n  }\n}';
            const ws = await buildWorkspace(UNREVIEWED, { configs: { [CONFIG]: text } });
            assert.deepEqual(problemsOf(ws), [{
                file: path.join(ROOT, CONFIG), line: 5, field: 'rules.plan-reveiw', message: "unknown rule 'plan-reveiw'; did you mean 'plan-review'?",
            }]);
            // Not ignored, and plan-review keeps its default severity.
            assert.equal(severityOf(ws, 'plan-review'), 'info');
        });

        it('a structural rule set to off in the config is still an error', async () => {
            const ws = await buildWorkspace(planFiles({ review: '    review 2026-03-01 by ana status approved' }), { configs: { [CONFIG]: '{ "rules": { "date-order": "off" } }' } });
            assert.equal(severityOf(ws, 'date-order'), 'error');
            assert.equal(problemsOf(ws).length, 1);
            assert.equal(problemsOf(ws)[0].field, 'rules.date-order');
        });

        it('an unreadable config is reported with its reason', () => {
            const provider = new ConfigProvider(() => {
                throw new Error('permission denied');
            });
            provider.settings = { roots: ['/w'] };
            const config = provider.forFile('/w/a.plan');
            assert.equal(config.rule('plan-review').severity, 'info');
            assert.deepEqual(provider.problems, [{ file: FILE, field: '', message: 'cannot read the config: permission denied' }]);
        });
    });

    describe('severities', () => {
        const set = (setting: string) => ({ [CONFIG]: `{ "rules": { "plan-review": ${setting} } }` });
        for (const [setting, expected] of [['"error"', 'error'], ['"warning"', 'warning'], ['"hint"', 'hint'], ['["warning"]', 'warning'], ['["error", {}]', 'error'], ['"off"', undefined]] as const) {
            it(`plan-review set to ${setting}`, async () => {
                const ws = await buildWorkspace(UNREVIEWED, { configs: set(setting) });
                assert.deepEqual(problemsOf(ws), []);
                assert.equal(severityOf(ws, 'plan-review'), expected);
            });
        }

        it('a rule that is off by default can be turned on', async () => {
            const ws = await buildWorkspace(planFiles({ responder: '    responder li {\n        selected-by convener\n        commits in-kind "Time"\n    }' }),
                { configs: { [CONFIG]: '{ "rules": { "responder-traits": "warning" } }' } });
            // One diagnostic per responder, naming every missing trait.
            assert.equal(ws.diagnostics().filter(d => d.code === 'responder-traits').length, 1);
            assert.equal(severityOf(ws, 'responder-traits'), 'warning');
        });
    });

    describe('ignore', () => {
        const BROKEN = 'person ghost "Ghost" of Nowhere\nbusiness ghost "Twice"\n';

        // `ignore` decides which files a folder search (CLI) or the workspace load (editor) leaves out;
        // cli/discovery.test.ts checks that; here: which paths a config ignores.
        const ignored = (ws: TestWorkspace, file: string) => {
            const full = path.join(ROOT, file);
            return ws.services.config.ConfigProvider.forFile(full).ignores(full);
        };

        it('a file under an ignored folder is ignored; others are not', async () => {
            const ws = await buildWorkspace(planFiles(), { configs: { [CONFIG]: '{ "ignore": ["archive/**"] }' } });
            assert.equal(ignored(ws, 'archive/old.plan'), true);
            assert.equal(ignored(ws, 'archive/deep/older.plan'), true);
            assert.equal(ignored(ws, 'drafts/old.plan'), false);
            assert.equal(ignored(ws, 'teams/talent.plan'), false);
        });

        it('a file named explicitly is still checked even when ignored', async () => {
            const ws = await buildWorkspace({ ...planFiles(), 'archive/old.plan': BROKEN }, { configs: { [CONFIG]: '{ "ignore": ["archive/**"] }' } });
            assert.ok(ws.diagnostics('archive/old.plan').length > 0);
        });

        it('globs are relative to their config file', async () => {
            const ws = await buildWorkspace(planFiles(), { configs: { [`teams/${CONFIG}`]: '{ "ignore": ["old/**"] }' } });
            assert.equal(ignored(ws, 'teams/old/x.plan'), true);
            assert.equal(ignored(ws, 'old/x.plan'), false, 'old/ at the root is not under teams/');
        });

        it('a glob may name one file', async () => {
            const ws = await buildWorkspace(planFiles(), { configs: { [CONFIG]: '{ "ignore": ["scratch.plan"] }' } });
            assert.equal(ignored(ws, 'scratch.plan'), true);
            assert.equal(ignored(ws, 'teams/scratch.plan'), false);
        });

        it('the provider answers for any file', () => {
            const provider = new ConfigProvider(() => '{ "ignore": ["archive/**", "*.draft.plan"] }');
            provider.settings = { roots: ['/w'] };
            const config = provider.forFile('/w/a.plan');
            assert.equal(config.ignores('/w/archive/2025/old.plan'), true);
            assert.equal(config.ignores('/w/x.draft.plan'), true);
            assert.equal(config.ignores('/w/teams/talent.plan'), false);
            assert.equal(config.ignores('/elsewhere/archive/old.plan'), false);
        });
    });
});
