#!/usr/bin/env node
// `npm run test:precommit`: the hooks of .pre-commit-hooks.yaml, installed and run by pre-commit as a user's
// repository of plans does. Needs pre-commit (Debian's package, 3.0.4, is what is tested) and node/npm on PATH;
// pre-commit uses that node (language_version: system) and npm installs from the registry, nothing else.
//
// pre-commit installs a hook repository from a Git commit, and `try-repo` of a folder with uncommitted work only
// adds the tracked files it changed (not new files), so the test first commits a snapshot of this working tree
// (tracked and untracked files that .gitignore does not exclude) into a temporary repository and installs from that.
// Exits 1 when any check fails; the last line is 'N passed, N failed'.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, createHarness, expectExit, run } from './harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-precommit-'));
const keep = process.env.KEEP_TMP === '1';
const snapshot = path.join(tmp, 'actionplan');
const plans = path.join(tmp, 'plans');
const home = path.join(tmp, 'pre-commit-home');
const git = ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];
// npm as a user has it: the registry and npm's cache; no settings of the npm script that runs this one.
const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_prefer_offline: 'true' };
for (const key of Object.keys(env)) if (/^npm_(package|lifecycle|config_(omit|include|production|dev))|^INIT_CWD$/i.test(key)) delete env[key];

const t = createHarness(`pre-commit hooks, installed from a snapshot of this working tree (in ${tmp})`);
let rev;

await t.check('pre-commit is installed', () => {
    const version = run('pre-commit', ['--version']);
    assert(version.status === 0, 'pre-commit is not installed: apt-get install -y pre-commit');
    process.stdout.write(`       ${version.stdout.trim()}, node ${process.version}\n`);
    const manifest = fs.readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8');
    const [, major, minor, patch] = /^pre-commit (\d+)\.(\d+)\.(\d+)/.exec(version.stdout.trim()) ?? [];
    for (const [, required] of manifest.matchAll(/minimum_pre_commit_version:\s*['"]?([\d.]+)/g)) {
        const [a, b, c] = required.split('.').map(Number);
        const have = [Number(major), Number(minor), Number(patch)];
        const ok = have[0] !== a ? have[0] > a : have[1] !== b ? have[1] > b : have[2] >= (c ?? 0);
        assert(ok, `the hooks require pre-commit ${required}; this is ${have.join('.')}, the version the test runs`);
    }
});

await t.check('a commit of this working tree (tracked and new files) to install the hooks from', () => {
    const listed = expectExit(0, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo }).stdout.split('\0').filter(Boolean);
    for (const file of listed) {
        const from = path.join(repo, file);
        if (!fs.existsSync(from)) continue; // deleted in the working tree
        fs.mkdirSync(path.dirname(path.join(snapshot, file)), { recursive: true });
        fs.cpSync(from, path.join(snapshot, file), { verbatimSymlinks: true });
    }
    expectExit(0, 'git', [...git, 'init', '-q'], { cwd: snapshot });
    expectExit(0, 'git', [...git, 'add', '.'], { cwd: snapshot });
    expectExit(0, 'git', [...git, 'commit', '-q', '-m', 'snapshot'], { cwd: snapshot });
    rev = expectExit(0, 'git', ['rev-parse', 'HEAD'], { cwd: snapshot }).stdout.trim();
});

await t.check('a Git repository of plans (samples/northwind)', () => {
    fs.cpSync(path.join(repo, 'samples/northwind'), plans, { recursive: true });
    expectExit(0, 'git', [...git, 'init', '-q'], { cwd: plans });
    expectExit(0, 'git', [...git, 'add', '.'], { cwd: plans });
    expectExit(0, 'git', [...git, 'commit', '-q', '-m', 'plans'], { cwd: plans });
});

const preCommit = (expected, args) => expectExit(expected, 'pre-commit', args, { cwd: plans, env, timeout: 15 * 60_000 });

await t.check('pre-commit try-repo … actionplan-check --all-files passes on the clean plans', () => {
    const out = preCommit(0, ['try-repo', snapshot, 'actionplan-check', '--all-files']).stdout;
    assert(/actionplan check\.+Passed/.test(out), `the hook did not report Passed:\n${out}`);
});

// The rest runs through a config, as a user's repository has it; pre-commit installs the hooks once into PRE_COMMIT_HOME.
const config = `repos:\n  - repo: ${snapshot}\n    rev: ${rev}\n    hooks:\n      - id: actionplan-check\n      - id: actionplan-fmt\n`;
const stage = () => expectExit(0, 'git', [...git, 'add', '-A'], { cwd: plans });

await t.check('pre-commit run actionplan-check fails on a plan with an unresolved owner, naming the file', () => {
    fs.writeFileSync(path.join(plans, '.pre-commit-config.yaml'), config);
    const file = path.join(plans, 'teams/nursing.plan');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('owner maria', 'owner nobody_by_that_name'));
    stage();
    const out = preCommit(1, ['run', 'actionplan-check', '--all-files']).stdout;
    assert(/actionplan check\.+Failed/.test(out) && out.includes('teams/nursing.plan') && out.includes('nobody_by_that_name'),
        `the hook's output does not name the file and the problem:\n${out}`);
    fs.writeFileSync(file, text);
    stage();
    preCommit(0, ['run', 'actionplan-check', '--all-files']);
});

await t.check('pre-commit run actionplan-fmt fails on an unformatted plan, and passes after `actionplan fmt`', () => {
    const file = path.join(plans, 'teams/retention.plan');
    const text = fs.readFileSync(file, 'utf8');
    const unformatted = text.replace(/^( +)/gm, '$1   ');
    assert(unformatted !== text, 'the sample changed: teams/retention.plan has no indented line');
    fs.writeFileSync(file, unformatted);
    stage();
    const out = preCommit(1, ['run', 'actionplan-fmt', '--all-files']).stdout;
    assert(/actionplan fmt --check\.+Failed/.test(out) && out.includes('retention.plan'), `the hook did not fail naming teams/retention.plan:\n${out}`);
    // The `actionplan` that pre-commit installed, as a user runs it to fix the file.
    const installed = findFile(home, file => /node_env-[^/]*\/bin\/actionplan$/.test(file));
    assert(installed, `no bin/actionplan under ${home}`);
    expectExit(0, installed, ['fmt', 'teams/retention.plan'], { cwd: plans, env });
    stage();
    const after = preCommit(0, ['run', 'actionplan-fmt', '--all-files']).stdout;
    assert(/actionplan fmt --check\.+Passed/.test(after), `the hook did not pass after fmt:\n${after}`);
});

if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
t.finish();

function findFile(folder, accept) {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (accept(full)) return full;
        if (entry.isDirectory() && !entry.isSymbolicLink() && entry.name !== 'node_modules') {
            const found = findFile(full, accept);
            if (found) return found;
        }
    }
    return undefined;
}
