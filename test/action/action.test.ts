/**
 * The GitHub Action (action.yml), run as the runner runs it (test/action/runner.ts): a repository
 * whose plans live in `plans/`, the action used with `working-directory: plans` on a pull request,
 * the installed CLI being this checkout's build, GitHub's API a local stub.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI, REPO, cleanTemp, runCli, tempDir } from '../cli/helpers.js';
import { startGithubStub, type GithubStub } from './github-stub.js';
import { condition, readAction, runAction, type ActionStep, type Contexts, type RunResult } from './runner.js';

const ACTION = path.join(REPO, 'action.yml');
const MARKER = '<!-- actionplan-diff -->';
const REPOSITORY = 'acme/plans';
const PR = 7;

interface Setup {
    workspace: string;
    runnerTemp: string;
    npmLog: string;
    summary: string;
    env: NodeJS.ProcessEnv;
    github: Record<string, never> | Record<string, unknown>;
}

function git(cwd: string, ...args: string[]): void {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
    assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
}

/** A repository with a starter workspace in plans/ (base commit), then a commit that breaks a reference in plans/teams/talent.plan. */
function setUp(stub: GithubStub): Setup {
    const root = tempDir('actionplan-action-');
    const workspace = path.join(root, 'repo');
    fs.mkdirSync(workspace);
    git(workspace, 'init', '-q');
    git(workspace, 'config', 'user.email', 'test@example.com');
    git(workspace, 'config', 'user.name', 'Test');
    git(workspace, 'config', 'commit.gpgsign', 'false');
    const init = runCli(['init', 'plans'], { cwd: workspace });
    assert.equal(init.status, 0, init.stderr);
    git(workspace, 'add', '.');
    git(workspace, 'commit', '-q', '-m', 'base');
    const talent = path.join(workspace, 'plans/teams/talent.plan');
    const text = fs.readFileSync(talent, 'utf8');
    assert.match(text, /owner sam\n/);
    fs.writeFileSync(talent, text.replace(/owner sam\n/, 'owner nobody\n'));
    git(workspace, 'commit', '-q', '-am', 'head');

    // The npm install of the action, already done earlier in the job: the action's own
    // code path (version from package.json, the per-job prefix) finds it, and runs this build.
    const runnerTemp = path.join(root, 'runner-temp');
    const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    const bin = path.join(runnerTemp, `actionplan-${version}`, 'node_modules', '.bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'actionplan'), `#!/usr/bin/env bash\nexec node ${JSON.stringify(CLI)} "$@"\n`, { mode: 0o755 });
    // An npm that must not be called (that would be a download).
    const tools = path.join(root, 'tools');
    const npmLog = path.join(root, 'npm.log');
    fs.mkdirSync(tools);
    fs.writeFileSync(path.join(tools, 'npm'), `#!/usr/bin/env bash\necho "$@" >> ${JSON.stringify(npmLog)}\nexit 1\n`, { mode: 0o755 });

    const event = { action: 'synchronize', number: PR, pull_request: { number: PR }, repository: { full_name: REPOSITORY } };
    const eventPath = path.join(root, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify(event));
    const summary = path.join(root, 'step-summary.md');
    fs.writeFileSync(summary, '');

    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (!/^(GITHUB_|RUNNER_|ACTIONS_)/.test(name) && !['CI', 'NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR'].includes(name)) env[name] = value;
    }
    Object.assign(env, {
        PATH: [tools, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_API_URL: stub.url,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_ACTION_PATH: REPO,
        RUNNER_TEMP: runnerTemp,
    });
    const github = { action_path: REPO, token: 'test-token', workspace, event_name: 'pull_request', repository: REPOSITORY, event };
    return { workspace, runnerTemp, npmLog, summary, env, github };
}

const INPUTS = {
    'working-directory': 'plans',
    'as-of': '2027-01-15',
    'upload-sarif': 'true',
    'diff-base': 'HEAD^1',
    'comment-diff': 'true',
};

function step(result: RunResult, match: (s: ActionStep) => boolean) {
    const found = result.steps.find(r => match(r.step));
    assert.ok(found, 'the step is in action.yml');
    return found;
}

const main = (result: RunResult) => step(result, s => s.id === 'actionplan');
const uses = (name: string) => (s: ActionStep) => s.uses?.split('@')[0] === name;

describe('GitHub Action (action.yml), run as the runner does', function () {
    this.timeout(180_000);
    let stub: GithubStub;
    let setup: Setup;
    let first: RunResult;
    let firstRequests: GithubStub['requests'];

    before(async () => {
        assert.ok(fs.existsSync(CLI), `${CLI} is missing: build the project first`);
        stub = await startGithubStub(REPOSITORY);
        setup = setUp(stub);
        // Someone else's comment that starts with the marker: never the one to edit.
        stub.comments.push({ id: 1, issue: PR, body: `${MARKER}\nfake: no problems`, user: { login: 'mallory', type: 'User' }, html_url: '' });
        first = await runAction({ actionFile: ACTION, inputs: INPUTS, github: setup.github as never, env: setup.env });
        firstRequests = stub.requests.splice(0);
    });

    after(async () => {
        await stub?.close();
        cleanTemp();
    });

    it('runs every part though check finds errors, with the installed CLI (no npm install)', () => {
        const run = main(first);
        assert.equal(run.ran, true);
        assert.equal(run.exitCode, 1, `${run.stdout}\n${run.stderr}`);
        assert.equal(run.outputs['check-exit-code'], '1');
        assert.ok(run.outputs['sarif-file'], 'the SARIF report is written though check failed');
        assert.ok(run.outputs['diff-file'], 'the diff is written though check failed');
        assert.equal(first.outputs['check-exit-code'], '1');
        assert.equal(fs.existsSync(setup.npmLog), false, 'npm was not called');
        assert.match(fs.readFileSync(setup.summary, 'utf8'), /^### Action Plan changes/m);
    });

    it('annotates files by their path from the repository root', () => {
        const annotations = main(first).stdout!.split('\n').filter(line => /^::(error|warning|notice) /.test(line));
        assert.ok(annotations.length > 0, 'the plans have problems to annotate');
        const files = annotations.map(line => /^::\w+ file=([^,]*),/.exec(line)?.[1]);
        for (const file of files) {
            assert.ok(file && file.startsWith('plans/'), `file=${file} is from the repository root`);
            assert.ok(fs.existsSync(path.join(setup.workspace, file)), `${file} exists in the repository`);
        }
        assert.ok(files.includes('plans/teams/talent.plan'));
    });

    it('writes SARIF whose uris are repository-relative, with SRCROOT the repository root', () => {
        const sarifFile = main(first).outputs['sarif-file'];
        assert.ok(path.isAbsolute(sarifFile), 'an absolute path, for the upload step that runs at the root');
        const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as {
            runs: Array<{
                originalUriBaseIds: Record<string, { uri: string }>;
                results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
            }>;
        };
        const run = log.runs[0];
        const root = run.originalUriBaseIds.SRCROOT.uri;
        assert.equal(root, pathToFileURL(`${setup.workspace}/`).href);
        const uris = run.results.map(r => r.locations[0].physicalLocation.artifactLocation);
        assert.ok(uris.length > 0);
        for (const { uri, uriBaseId } of uris) {
            assert.equal(uriBaseId, 'SRCROOT');
            assert.ok(uri.startsWith('plans/'), `${uri} is relative to the repository root`);
            assert.ok(fs.existsSync(fileURLToPath(new URL(uri, root))), `${uri} resolves to a file`);
        }
        assert.ok(uris.some(u => u.uri === 'plans/teams/talent.plan'));
    });

    it('uploads the SARIF with upload-sarif, only when asked, also after a failed check', () => {
        const upload = step(first, uses('github/codeql-action/upload-sarif'));
        assert.equal(upload.ran, true);
        assert.deepEqual(upload.with, { sarif_file: main(first).outputs['sarif-file'], category: 'actionplan' });
        const contexts = (inputs: Record<string, string>, failed: boolean): Contexts => ({
            inputs: { 'upload-sarif': 'false', 'comment-diff': 'false', ...inputs }, github: {}, failed,
            steps: { actionplan: { outcome: failed ? 'failure' : 'success', outputs: { 'sarif-file': '/tmp/x.sarif', 'diff-file': '/tmp/x.md' } } },
        });
        assert.equal(condition(upload.step.if, contexts({ 'upload-sarif': 'true' }, true)), true);
        assert.equal(condition(upload.step.if, contexts({ 'upload-sarif': 'false' }, false)), false);
        const comment = step(first, s => s.run?.includes('comment.mjs') === true);
        assert.equal(condition(comment.step.if, contexts({ 'comment-diff': 'true' }, true)), true);
        assert.equal(condition(comment.step.if, contexts({ 'comment-diff': 'false' }, false)), false);
    });

    it('pins every third-party action by commit SHA, with its version in a comment', () => {
        const { action, text } = readAction(ACTION);
        const used = action.runs.steps.filter(s => s.uses !== undefined).map(s => s.uses!);
        assert.deepEqual(used.map(u => u.split('@')[0]).sort(), ['actions/setup-node', 'github/codeql-action/upload-sarif']);
        for (const u of used) assert.match(u, /@[0-9a-f]{40}$/, `${u} is pinned by a full commit SHA`);
        const lines = text.split('\n').filter(line => /^\s*(-\s+)?uses:/.test(line));
        assert.equal(lines.length, used.length);
        for (const line of lines) assert.match(line, /@[0-9a-f]{40} # v\d+(\.\d+)*$/, line);
    });

    it('posts the diff as one pull-request comment with the marker', () => {
        const posts = firstRequests.filter(r => r.method === 'POST');
        assert.equal(posts.length, 1);
        assert.equal(posts[0].path, `/repos/${REPOSITORY}/issues/${PR}/comments`);
        assert.equal(posts[0].authorization, 'Bearer test-token');
        const diff = fs.readFileSync(main(first).outputs['diff-file'], 'utf8');
        assert.equal(posts[0].body?.body, `${MARKER}\n${diff}`);
        assert.match(diff, /^### Action Plan changes/);
        assert.match(diff, /nobody/, 'the diff shows the change');
        assert.equal(firstRequests.filter(r => r.method === 'PATCH').length, 0);
        assert.equal(stub.comments.find(c => c.user.login === 'mallory')?.body, `${MARKER}\nfake: no problems`, 'the other comment is untouched');
    });

    it('edits the same comment in place on the next push', async () => {
        const ours = stub.comments.filter(c => c.user.login === stub.login);
        assert.equal(ours.length, 1);
        // The next push: the head moves on.
        const talent = path.join(setup.workspace, 'plans/teams/talent.plan');
        fs.writeFileSync(talent, fs.readFileSync(talent, 'utf8').replace('owner nobody\n', 'owner someone\n'));
        git(setup.workspace, 'commit', '-q', '-am', 'next push');
        const second = await runAction({ actionFile: ACTION, inputs: INPUTS, github: setup.github as never, env: setup.env });
        const requests = stub.requests.splice(0);
        assert.equal(requests.filter(r => r.method === 'POST').length, 0, 'no second comment');
        const patches = requests.filter(r => r.method === 'PATCH');
        assert.equal(patches.length, 1);
        assert.equal(patches[0].path, `/repos/${REPOSITORY}/issues/comments/${ours[0].id}`);
        const diff = fs.readFileSync(main(second).outputs['diff-file'], 'utf8');
        assert.match(diff, /someone/);
        assert.equal(stub.comments.filter(c => c.user.login === stub.login).length, 1);
        assert.equal(ours[0].body, `${MARKER}\n${diff}`);
    });

    describe('Node', () => {
        const nodeSteps = async (inputs: Record<string, string>, env: NodeJS.ProcessEnv = setup.env) => {
            const result = await runAction({ actionFile: ACTION, inputs, github: setup.github as never, env, stopBefore: 'actionplan' });
            return step(result, uses('actions/setup-node'));
        };

        it('leaves the node on PATH (20 or later) alone: no setup-node, so later steps keep the caller\'s Node', async () => {
            assert.equal((await nodeSteps({})).ran, false);
        });

        it('sets up the node-version asked for', async () => {
            const setupNode = await nodeSteps({ 'node-version': '22' });
            assert.equal(setupNode.ran, true);
            assert.deepEqual(setupNode.with, { 'node-version': '22' });
        });

        it('sets up Node 20 when the node on PATH is older', async () => {
            const old = tempDir('actionplan-old-node-');
            fs.writeFileSync(path.join(old, 'node'), '#!/usr/bin/env bash\n[ "$1" = -e ] && exit 1\necho v18.20.0\n', { mode: 0o755 });
            const setupNode = await nodeSteps({}, { ...setup.env, PATH: `${old}${path.delimiter}${setup.env.PATH}` });
            assert.equal(setupNode.ran, true);
            assert.deepEqual(setupNode.with, { 'node-version': '20' });
        });
    });
});
