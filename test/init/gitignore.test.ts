/** `actionplan init` makes Git ignore the cache of `check --cache`, adding to a .gitignore and never clobbering it. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runInit } from '../../cli/init.js';

function initIn(files: Record<string, string> = {}): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-init-gitignore-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
        assert.equal(runInit(dir, dir, '2026-05-01'), 0);
    } finally {
        process.stdout.write = write;
    }
    return dir;
}

describe('actionplan init: .gitignore', () => {
    const dirs: string[] = [];
    afterEach(() => {
        for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('writes a .gitignore holding .actionplancache', () => {
        const dir = initIn();
        dirs.push(dir);
        assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.actionplancache\n');
    });

    it('appends the line to an existing .gitignore, keeping what it holds', () => {
        const dir = initIn({ '.gitignore': 'node_modules/\ndist' });
        dirs.push(dir);
        assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), 'node_modules/\ndist\n.actionplancache\n');
    });

    it('leaves a .gitignore that already lists it as it is', () => {
        const dir = initIn({ '.gitignore': '# caches\n/.actionplancache\n' });
        dirs.push(dir);
        assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '# caches\n/.actionplancache\n');
    });
});
