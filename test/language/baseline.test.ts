import { strict as assert } from 'node:assert';
import { buildWorkspace, summarize } from '../helpers/workspace.js';
import { planFiles } from '../helpers/plans.js';

describe('the baseline plan of the tests', () => {
    it('passes every rule, so each rule test sees only what it changes', async () => {
        const workspace = await buildWorkspace(planFiles());
        assert.deepEqual(summarize(workspace.diagnostics()), []);
    });
});
