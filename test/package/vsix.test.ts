/**
 * The .vsix as `npm run package` makes it (from the bundles already built):
 * the extension's own README with links a Marketplace page can follow, the
 * rule pages the "Show documentation" action opens offline, and a manifest
 * that validates actionplan.config.json as JSON with comments.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULE_IDS } from '../../language/rules/index.js';

const REPO = path.resolve('.');
const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };

function unzip(args: string[]): string {
    const run = spawnSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
}

describe('the .vsix', function () {
    this.timeout(180_000);
    let dir: string;
    let vsix: string;
    let entries: string[];
    const read = (entry: string) => unzip(['-p', vsix, entry]);

    before(() => {
        assert.ok(fs.existsSync(path.join(REPO, 'dist/server/server.cjs')), 'run npm run build first');
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-vsix-test-'));
        vsix = path.join(dir, 'actionplan.vsix');
        const run = spawnSync(process.execPath, ['scripts/package-vsix.mjs', '--no-build', '--out', vsix], { cwd: REPO, encoding: 'utf8' });
        assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
        entries = unzip(['-Z1', vsix]).split('\n').filter(Boolean);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('holds the page of every rule, for "Show documentation" offline', () => {
        for (const id of [...RULE_IDS, 'internal-error']) {
            const entry = `extension/docs/rules/${id}.md`;
            assert.ok(entries.includes(entry), `${entry} is missing`);
            assert.equal(read(entry), fs.readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8'), `${entry} is the repository's page`);
        }
    });

    it('shows the extension\'s README, not the developers\', with its links made absolute at the release tag', () => {
        const readme = read('extension/readme.md');
        assert.match(readme, /^# Action Plans for VS Code\n/);
        assert.doesNotMatch(readme, /^## Development$/m, 'the developers\' README');
        const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
        assert.ok(images.length >= 3, `images: ${images.join(', ')}`);
        for (const image of images) {
            assert.match(image, new RegExp(`^https://github\\.com/action-plans/actionplan/raw/v${version.replace(/\./g, '\\.')}/docs/images/[\\w-]+\\.png$`), image);
            const local = image.split(`/raw/v${version}/`)[1];
            assert.ok(fs.existsSync(path.join(REPO, local)), `${local} exists in the repository`);
        }
        const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
        for (const link of links) assert.match(link, /^https:\/\//, `a relative link left in the README: ${link}`);
        // The README of the repository is left out of the package.
        assert.ok(!entries.some(e => /^extension\/README\.md$/.test(e)), 'README.md beside readme.md');
    });

    it('validates actionplan.config.json as JSON with comments, against a schema that allows them', () => {
        const manifest = JSON.parse(read('extension/package.json')) as {
            files?: unknown; contributes: { languages: Array<{ id: string; filenames?: string[] }>; jsonValidation: Array<{ fileMatch: string; url: string }> };
        };
        assert.equal(manifest.files, undefined, 'the npm package\'s files list');
        const jsonc = manifest.contributes.languages.find(l => l.id === 'jsonc');
        assert.deepEqual(jsonc?.filenames, ['actionplan.config.json']);
        const validation = manifest.contributes.jsonValidation.find(v => v.fileMatch === 'actionplan.config.json');
        assert.ok(validation);
        const schema = JSON.parse(read(`extension/${validation.url.replace(/^\.\//, '')}`)) as {
            allowComments?: boolean; allowTrailingCommas?: boolean; properties: { rules: { additionalProperties?: boolean } };
        };
        assert.equal(schema.allowComments, true);
        assert.equal(schema.allowTrailingCommas, true);
        assert.equal(schema.properties.rules.additionalProperties, false, 'a misspelled rule id is refused');
    });

    it('ships the bundles and nothing of the sources', () => {
        for (const entry of ['extension/dist/client/extension.cjs', 'extension/dist/server/server.cjs', 'extension/syntaxes/actionplan.tmLanguage.json']) {
            assert.ok(entries.includes(entry), `${entry} is missing`);
        }
        const stray = entries.filter(e => /\.(ts|map)$/.test(e) || /^extension\/(node_modules|test|language|cli|samples)\//.test(e));
        assert.deepEqual(stray, []);
    });
});
