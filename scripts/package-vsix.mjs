#!/usr/bin/env node
/**
 * `npm run package`: the VS Code extension, actionplan.vsix.
 *
 *   node scripts/package-vsix.mjs [--out FILE] [--no-build]
 *
 * The repository is also the npm package, whose package.json lists its
 * `files`; vsce refuses a package.json with `files` next to a .vscodeignore
 * (and `files` names the CLI, not the extension). So the extension is packed
 * from a staging folder holding only what it ships: the client and server
 * bundles (for Node, and dist/web for VS Code for the Web), the grammar, the
 * schemas, the images, the rule pages
 * (docs/rules/*.md, opened offline by "Show documentation for RULE") and the
 * extension's own README (README.vscode.md, not the developers' README.md),
 * with package.json minus the npm package's fields. .vscodeignore still has
 * the last word on what goes in.
 *
 * Relative links of the README are made absolute by vsce from package.json's
 * repository, at the release tag v<version> (the same tag the rule links use).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = path.resolve(at >= 0 && args[at + 1] ? args[at + 1] : path.join(repo, 'actionplan.vsix'));

function run(command, commandArgs, cwd) {
    const result = spawnSync(command, commandArgs, { cwd, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`package-vsix: ${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
        process.exit(1);
    }
}

// 1. The bundles and schemas, as vsce's own hook would build them.
if (!args.includes('--no-build')) run('npm', ['run', '--silent', 'vscode:prepublish'], repo);

// 2. The staging folder.
/** What the extension ships (files or folders, from the repository's root); the README comes from README.vscode.md. */
const SHIPPED = ['dist/client', 'dist/server', 'dist/web', 'syntaxes', 'schemas', 'images', 'docs/rules', 'docs/walkthrough', 'CHANGELOG.md', 'LICENSE', '.vscodeignore'];
/** Fields of package.json that describe the npm package (CLI and Node API), not the extension. */
const NPM_ONLY = ['files', 'exports', 'types', 'bin'];

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-vsix-'));
try {
    for (const entry of SHIPPED) {
        const from = path.join(repo, entry);
        if (!fs.existsSync(from)) {
            console.error(`package-vsix: ${entry} is missing${entry.startsWith('dist') || entry === 'schemas' ? ' (npm run build)' : ''}`);
            process.exit(1);
        }
        fs.cpSync(from, path.join(stage, entry), { recursive: true, dereference: false, verbatimSymlinks: true });
    }
    fs.copyFileSync(path.join(repo, 'README.vscode.md'), path.join(stage, 'README.md'));
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    for (const field of NPM_ONLY) delete manifest[field];
    // Built above; vsce must not run the build again in a folder without sources.
    delete manifest.scripts['vscode:prepublish'];
    fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    // 3. vsce, in the staging folder.
    const vsce = path.join(repo, 'node_modules', '.bin', 'vsce');
    run(vsce, ['package', '--no-dependencies', '--githubBranch', `v${manifest.version}`, '--out', out], stage);
} finally {
    fs.rmSync(stage, { recursive: true, force: true });
}
