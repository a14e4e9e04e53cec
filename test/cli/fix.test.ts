import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanTemp, REPO, runCli, tempDir } from './helpers.js';

const FILES = ['partnership.plan', 'people.plan', 'orgs.plan', 'teams/suppliers.plan', 'teams/talent.plan', 'drafts/broken.plan'];

function copyNeedsWork(): string {
    const target = tempDir('actionplan-fix-');
    fs.cpSync(path.join(REPO, 'samples/needs-work'), target, { recursive: true });
    return target;
}

function snapshot(root: string): Record<string, string> {
    return Object.fromEntries(FILES.map(f => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
}

function rulesOf(stdout: string): string[] {
    return (JSON.parse(stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map(d => d.rule).sort();
}

describe('cli: check --fix', () => {
    after(cleanTemp);

    it('applies the safe fixes, re-checks until nothing applies, reports what remains; a second run changes nothing', () => {
        const root = copyNeedsWork();
        const before = snapshot(root);
        const beforeRules = rulesOf(runCli(['check', '--format', 'json', '.'], { cwd: root }).stdout);
        const run = runCli(['check', '--fix', '--format', 'json', '.'], { cwd: root });
        assert.equal(run.status, 1, run.stderr);
        const fixed = snapshot(root);
        assert.notDeepEqual(fixed, before);
        assert.match(run.stderr, /teams\/suppliers\.plan: fixed \d+ problems/);
        // The safe fixes: skeletons with TODO blanks, a stale suppression comment removed.
        assert.match(fixed['teams/suppliers.plan'], /measure "TODO: what we will measure"/);
        assert.match(fixed['teams/suppliers.plan'], /first step "TODO: the first step"/);
        assert.match(fixed['teams/talent.plan'], /commits in-kind "TODO: what the organization commits"/);
        assert.doesNotMatch(fixed['teams/talent.plan'], /actionplan-disable-next-line win-timeline/);
        // Never the user's text: every line written before is still there (the stale comment aside).
        for (const file of FILES) {
            for (const line of before[file].split('\n')) {
                if (/actionplan-disable-next-line win-timeline/.test(line)) continue;
                assert.ok(fixed[file].includes(line), `${file} keeps ${JSON.stringify(line)}`);
            }
        }
        // What remains is reported: the problems with no safe fix.
        const remaining = rulesOf(run.stdout);
        for (const rule of ['success-defined', 'first-step', 'responder-commits', 'unused-suppression', 'next-win', 'early-wins-count']) {
            assert.ok(beforeRules.includes(rule), `${rule} fired before`);
            assert.ok(!remaining.includes(rule), `${rule} is fixed`);
        }
        for (const rule of ['honest-assessment', 'unresolved-reference', 'syntax', 'first-win-window', 'win-criteria']) {
            assert.ok(remaining.includes(rule), `${rule} has no safe fix and remains`);
        }
        assert.deepEqual(rulesOf(runCli(['check', '--format', 'json', '.'], { cwd: root }).stdout), remaining, 'the report is of the fixed files');

        const again = runCli(['check', '--fix', '--format', 'json', '.'], { cwd: root });
        assert.deepEqual(snapshot(root), fixed, 'a second --fix changes nothing');
        assert.doesNotMatch(again.stderr, /fixed/);
    });

    it('--fix-dry-run lists the fixes and writes nothing', () => {
        const root = copyNeedsWork();
        const before = snapshot(root);
        const run = runCli(['check', '--fix-dry-run', '.'], { cwd: root });
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual(snapshot(root), before);
        assert.match(run.stderr, /teams\/suppliers\.plan:\d+: would fix: Add a measure/);
        assert.match(run.stderr, /teams\/talent\.plan:\d+: would fix: Remove/i);
    });

    it('refuses --fix with --stdin', () => {
        const run = runCli(['check', '--fix', '--stdin'], { cwd: copyNeedsWork(), input: 'business A "A"\n' } as never);
        assert.equal(run.status, 2);
    });
});
