import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const docs = path.join(root, 'docs');

/** Every `.md` a page points at, as a relative link or as a path in backticks, exists in the repository. */
describe('docs: links', () => {
    for (const name of fs.readdirSync(docs).filter(f => f.endsWith('.md'))) {
        it(`docs/${name} points only at pages that exist`, () => {
            const text = fs.readFileSync(path.join(docs, name), 'utf8');
            const targets = [
                ...[...text.matchAll(/\]\(([^)#\s:]+\.md)(?:#[^)]*)?\)/g)].map(m => m[1]),
                ...[...text.matchAll(/`([A-Za-z0-9_./-]+\/[A-Za-z0-9_.-]+\.md)`/g)].map(m => m[1]),
            ];
            const missing = targets.filter(t => !fs.existsSync(path.join(docs, t)) && !fs.existsSync(path.join(root, t)));
            assert.deepEqual(missing, [], `docs/${name} points at pages that are not in the repository`);
        });
    }
});
