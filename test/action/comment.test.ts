/**
 * scripts/action/comment.mjs on its own, against the local API stub: the cases the full action
 * run (action.test.ts) does not reach.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, cleanTemp, tempDir } from '../cli/helpers.js';
import { startGithubStub, type GithubStub } from './github-stub.js';

const SCRIPT = path.join(REPO, 'scripts/action/comment.mjs');
const MARKER = '<!-- actionplan-diff -->';
const REPOSITORY = 'acme/plans';

function runScript(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code: code ?? 1, stdout }));
    });
}

describe('the pull-request comment script', function () {
    this.timeout(30_000);
    let stub: GithubStub;
    let dir: string;
    let diffFile: string;

    beforeEach(async () => {
        stub = await startGithubStub(REPOSITORY);
        dir = tempDir('actionplan-comment-');
        diffFile = path.join(dir, 'diff.md');
        fs.writeFileSync(diffFile, '### Action Plan changes\n\nNo change.\n');
    });

    afterEach(async () => {
        await stub.close();
        cleanTemp();
    });

    const envFor = (event: unknown, repository = REPOSITORY) => {
        const eventPath = path.join(dir, 'event.json');
        fs.writeFileSync(eventPath, JSON.stringify(event));
        return {
            AP_DIFF_FILE: diffFile, AP_TOKEN: 'test-token', GITHUB_API_URL: stub.url, GITHUB_REPOSITORY: repository, GITHUB_EVENT_PATH: eventPath,
        };
    };

    it('comments nothing on an event that is not a pull request', async () => {
        const run = await runScript(envFor({ ref: 'refs/heads/main', commits: [] }));
        assert.equal(run.code, 0);
        assert.match(run.stdout, /^::notice title=actionplan::Not a pull request/m);
        assert.deepEqual(stub.requests, []);
    });

    it('finds its comment past the first page of comments', async () => {
        for (let i = 0; i < 150; i++) {
            stub.comments.push({ id: 10 + i, issue: 3, body: `comment ${i}`, user: { login: 'someone', type: 'User' }, html_url: '' });
        }
        stub.comments.push({ id: 500, issue: 3, body: `${MARKER}\nold`, user: { login: stub.login, type: 'Bot' }, html_url: '' });
        const run = await runScript(envFor({ pull_request: { number: 3 } }));
        assert.equal(run.code, 0, run.stdout);
        assert.deepEqual(stub.requests.map(r => `${r.method} ${r.path}`), [
            `GET /repos/${REPOSITORY}/issues/3/comments?per_page=100&page=1`,
            `GET /repos/${REPOSITORY}/issues/3/comments?per_page=100&page=2`,
            `PATCH /repos/${REPOSITORY}/issues/comments/500`,
        ]);
        assert.equal(stub.comments.find(c => c.id === 500)?.body, `${MARKER}\n### Action Plan changes\n\nNo change.\n`);
    });

    it('warns, and does not fail the job, when the API refuses', async () => {
        // The stub answers 404 for any other repository, as GitHub does for a token that cannot see it.
        const run = await runScript(envFor({ pull_request: { number: 3 } }, 'other/repo'));
        assert.equal(run.code, 0);
        assert.match(run.stdout, /^::warning title=actionplan::Could not comment the diff on the pull request: GET \/repos\/other\/repo\/issues\/3\/comments: 404 Not Found$/m);
        assert.ok(!run.stdout.includes('test-token'), 'the token is never printed');
    });
});
