/**
 * `check --path-base DIR`: the paths of every format relative to DIR (the repository root, for
 * GitHub's annotations and code scanning), while without it `--format json` keeps paths relative
 * to the current folder.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanTemp, runCli, tempDir } from '../cli/helpers.js';

describe('check --path-base', function () {
    this.timeout(60_000);
    let repo: string;
    let plans: string;

    before(() => {
        repo = tempDir('actionplan-path-base-');
        assert.equal(runCli(['init', 'plans'], { cwd: repo }).status, 0);
        plans = path.join(repo, 'plans');
        const talent = path.join(plans, 'teams/talent.plan');
        fs.writeFileSync(talent, fs.readFileSync(talent, 'utf8').replace(/owner sam\n/, 'owner nobody\n'));
    });

    after(cleanTemp);

    const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { diagnostics: Array<{ file: string }> }).diagnostics.map(d => d.file))];

    it('leaves json paths relative to the current folder without it', () => {
        const run = runCli(['check', '--format', 'json', '--as-of', '2027-01-15'], { cwd: plans });
        assert.equal(run.status, 1, run.stderr);
        assert.ok(files(run.stdout).includes('teams/talent.plan'));
        assert.ok(files(run.stdout).every(f => !f.startsWith('plans/')));
    });

    it('makes json, github and junit paths relative to the folder given', () => {
        const json = runCli(['check', '--format', 'json', '--as-of', '2027-01-15', '--path-base', '..'], { cwd: plans });
        assert.equal(json.status, 1, json.stderr);
        assert.ok(files(json.stdout).includes('plans/teams/talent.plan'));
        assert.ok(files(json.stdout).every(f => f.startsWith('plans/')));

        const github = runCli(['check', '--format', 'github', '--as-of', '2027-01-15', '--path-base', repo], { cwd: plans });
        const annotated = github.stdout.split('\n').filter(Boolean).map(line => /^::\w+ file=([^,]*),/.exec(line)?.[1]);
        assert.ok(annotated.includes('plans/teams/talent.plan'));
        assert.ok(annotated.every(f => f?.startsWith('plans/')), github.stdout);

        const junit = runCli(['check', '--format', 'junit', '--as-of', '2027-01-15', '--path-base', repo], { cwd: plans });
        assert.match(junit.stdout, /<testsuite name="plans\/people\.plan"/, 'a clean file is named from the base too');
    });

    it('makes SARIF uris relative to the folder given, which is SRCROOT', () => {
        const run = runCli(['check', '--format', 'sarif', '--as-of', '2027-01-15', '--path-base', repo], { cwd: plans });
        const log = JSON.parse(run.stdout) as { runs: Array<{ originalUriBaseIds: { SRCROOT: { uri: string } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
        assert.equal(log.runs[0].originalUriBaseIds.SRCROOT.uri, pathToFileURL(`${repo}/`).href);
        const uris = log.runs[0].results.map(r => r.locations[0].physicalLocation.artifactLocation.uri);
        assert.ok(uris.includes('plans/teams/talent.plan'));
        assert.ok(uris.every(u => u.startsWith('plans/')));
    });

    it('lines up a base reached through a symbolic link with the current folder', () => {
        const link = path.join(tempDir('actionplan-path-base-link-'), 'repo');
        fs.symlinkSync(repo, link);
        const run = runCli(['check', '--format', 'json', '--as-of', '2027-01-15', '--path-base', link], { cwd: plans });
        assert.ok(files(run.stdout).includes('plans/teams/talent.plan'), run.stdout);
    });

    it('refuses a base that is not a folder, naming it (exit 2)', () => {
        const run = runCli(['check', '--path-base', 'missing'], { cwd: plans });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /--path-base.*'missing' is not a folder/);
        assert.equal(run.stdout, '');
    });
});
