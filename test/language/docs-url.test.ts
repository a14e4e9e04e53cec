/**
 * Rule links point at the rule's page in the release that reports it (tag
 * v<version>), the same in the sources and in the built CLI: diagnostics,
 * SARIF helpUri and pull request comments share docsUrl.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { docsUrl, REPOSITORY_URL, RULE_IDS } from '../../language/rules/index.js';
import { VERSION } from '../../language/version.js';
import { cleanTemp, copyFixture, runCli } from '../cli/helpers.js';

const { version, repository } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string; repository: { url: string } };

describe('rule links', () => {
    it('are pinned to the tag of the given version', () => {
        assert.equal(docsUrl('first-win-window', '1.2.3'), 'https://github.com/action-plans/actionplan/blob/v1.2.3/docs/rules/first-win-window.md');
    });

    it('default to package.json\'s version, in the repository package.json names', () => {
        assert.equal(VERSION, version);
        assert.equal(docsUrl('next-win'), `${REPOSITORY_URL}/blob/v${version}/docs/rules/next-win.md`);
        assert.equal(`${REPOSITORY_URL}.git`, repository.url);
    });

    it('name a page that exists for every rule', () => {
        for (const id of [...RULE_IDS, 'internal-error']) {
            const page = new URL(docsUrl(id)).pathname.split(`/blob/v${version}/`)[1];
            assert.ok(fs.existsSync(page), `${id}: ${page}`);
        }
    });

    it('reach SARIF from the built CLI with the version it was built with', function () {
        this.timeout(60_000);
        const run = runCli(['check', '--format', 'sarif', '--as-of', '2026-05-01'], { cwd: copyFixture('baseline') });
        cleanTemp();
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        const rules = (JSON.parse(run.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> }).runs[0].tool.driver.rules;
        assert.ok(rules.length >= RULE_IDS.length);
        for (const rule of rules) assert.equal(rule.helpUri, `https://github.com/action-plans/actionplan/blob/v${version}/docs/rules/${rule.id}.md`);
    });
});
