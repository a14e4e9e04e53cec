/**
 * Untrusted workspaces: the extension declares that it works in them because
 * nothing in a workspace is run. This holds the code to it: no module of the
 * language, the server or the client starts a process, evaluates text or
 * imports a module by a computed name; the CLI starts one program, `git`,
 * with an argument array and no shell (cli/diff.ts).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(folder: string): Array<[string, string]> {
    const found: Array<[string, string]> = [];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.ts')) found.push([path.relative(REPO, full), fs.readFileSync(full, 'utf8')]);
        }
    };
    walk(path.join(REPO, folder));
    return found;
}

/** What would run text or programs: processes, eval, Function, vm, a dynamic import or require of something not written in the code. */
const RUNS_CODE = /\bchild_process\b|\beval\s*\(|\bnew\s+Function\b|\bnode:vm\b|from\s+'vm'|\bimport\s*\(\s*[^'"\s]|\brequire\s*\(\s*[^'"\s)]/;

describe('untrusted workspaces: nothing in a workspace is run', () => {
    it('package.json declares untrusted workspaces supported, and says why', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
        assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
        assert.match(pkg.capabilities.untrustedWorkspaces.description, /data only; nothing in a workspace is run/);
    });

    for (const folder of ['language', 'server', 'client']) {
        it(`${folder}/ starts no process, evaluates no text, imports nothing by a computed name`, () => {
            const offending = sources(folder).filter(([, text]) => RUNS_CODE.test(text)).map(([file, text]) => `${file}: ${RUNS_CODE.exec(text)![0]}`);
            assert.deepEqual(offending, []);
        });
    }

    it('cli/ starts only git, with an argument array and without a shell', () => {
        const offending: string[] = [];
        for (const [file, text] of sources('cli')) {
            for (const match of text.matchAll(/\b(exec|execSync|spawn|spawnSync|execFile|execFileSync|fork)\s*\(([^,)]*)/g)) {
                if (file !== 'cli/diff.ts' || match[1] !== 'execFileSync' || match[2].trim() !== "'git'") offending.push(`${file}: ${match[0]}`);
            }
            if (/shell\s*:\s*true/.test(text)) offending.push(`${file}: shell: true`);
        }
        assert.deepEqual(offending, []);
        const diff = fs.readFileSync(path.join(REPO, 'cli/diff.ts'), 'utf8');
        assert.match(diff, /function git\(cwd: string, args: string\[\]/, 'git is called with an argument array');
        assert.match(diff, /execFileSync\('git', args, \{/);
    });
});
