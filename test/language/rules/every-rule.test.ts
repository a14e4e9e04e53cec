import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { RULES } from '../../../language/rules/index.js';

describe('the rule tests', () => {
    const folder = new URL('./', import.meta.url);
    const files = new Set(fs.readdirSync(folder));

    it('every rule of RULES has its own test file, calling ruleTester with its id', () => {
        const missing = RULES.map(rule => rule.meta.id).filter(id => !files.has(`${id}.test.ts`));
        assert.deepEqual(missing, []);
        for (const rule of RULES) {
            const text = fs.readFileSync(new URL(`${rule.meta.id}.test.ts`, folder), 'utf8');
            assert.ok(text.includes(`ruleTester('${rule.meta.id}'`), `${rule.meta.id}.test.ts does not test '${rule.meta.id}'`);
        }
    });

    it('every rule test file is a rule of RULES', () => {
        const ids = new Set(RULES.map(rule => rule.meta.id));
        const strays = [...files].filter(f => f.endsWith('.test.ts') && f !== 'every-rule.test.ts').map(f => f.slice(0, -'.test.ts'.length)).filter(id => !ids.has(id));
        assert.deepEqual(strays, []);
    });
});
