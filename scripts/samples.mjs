// `npm run samples`: check the bundled samples as a user would. northwind must be
// clean (exit 0); needs-work shows every rule (exit 1). Anything else fails.
import { spawnSync } from 'node:child_process';

const runs = [
    { folder: 'samples/northwind', expect: 0 },
    { folder: 'samples/needs-work', expect: 1 },
];
let failed = false;
for (const { folder, expect } of runs) {
    console.log(`\n$ actionplan check ${folder}`);
    const { status } = spawnSync(process.execPath, ['dist/cli/actionplan.cjs', 'check', folder], { stdio: 'inherit' });
    if (status !== expect) {
        console.error(`expected exit ${expect} for ${folder}, got ${status}`);
        failed = true;
    }
}
process.exit(failed ? 1 : 0);
