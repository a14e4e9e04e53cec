// The suite's reporter: one line per test file as it finishes (so a long run
// shows where it is), failures in full at the end, and a closing line
// "N passed, N failed" that CI systems read. Files slower than
// ACTIONPLAN_SLOW_FILE_MS (default 20 s) are marked, so a slow suite is seen
// where it is added.
'use strict';
const Mocha = require('mocha');
const path = require('node:path');

const { Base } = Mocha.reporters;
const {
    EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING,
} = Mocha.Runner.constants;

class SuiteProgress extends Base {
    constructor(runner, options) {
        super(runner, options);
        const slowFile = Number(process.env.ACTIONPLAN_SLOW_FILE_MS ?? 20_000);
        const files = new Map();
        const timings = [];
        let total = 0;
        let finished = 0;
        const write = text => process.stdout.write(text);
        const fileOf = suite => suite.file ?? suite.parent?.file;
        // The runner's `suite` moves as it runs: keep the root.
        const root = runner.suite;

        runner.on(EVENT_RUN_BEGIN, () => {
            total = new Set(root.suites.map(fileOf).filter(Boolean)).size;
            write(`Running ${total} test files\n`);
        });
        runner.on(EVENT_SUITE_BEGIN, suite => {
            const file = fileOf(suite);
            if (!file || suite.parent !== root || files.has(file)) return;
            files.set(file, { start: Date.now(), passed: 0, failed: 0, pending: 0, open: 0 });
        });
        const count = (test, key) => {
            let suite = test.parent;
            while (suite && suite.parent !== root) suite = suite.parent;
            const entry = suite && files.get(fileOf(suite));
            if (entry) entry[key]++;
        };
        runner.on(EVENT_TEST_PASS, test => count(test, 'passed'));
        runner.on(EVENT_TEST_FAIL, test => count(test, 'failed'));
        runner.on(EVENT_TEST_PENDING, test => count(test, 'pending'));
        runner.on(EVENT_SUITE_END, suite => {
            if (suite.parent !== root) return;
            const file = fileOf(suite);
            const entry = files.get(file);
            if (!entry) return;
            // A file with several top-level describes finishes with its last one.
            const siblings = root.suites.filter(s => fileOf(s) === file);
            if (siblings[siblings.length - 1] !== suite) return;
            finished++;
            const ms = Date.now() - entry.start;
            timings.push([ms, file]);
            const mark = entry.failed ? Base.color('fail', '✗') : Base.color('checkmark', '✓');
            const slow = ms > slowFile ? Base.color('medium', ' (slow)') : '';
            const counts = [`${entry.passed} passed`, entry.failed ? `${entry.failed} failed` : '', entry.pending ? `${entry.pending} pending` : '']
                .filter(Boolean).join(', ');
            write(`${mark} [${String(finished).padStart(String(total).length)}/${total}] ${path.relative(process.cwd(), file)}: ${counts} in ${(ms / 1000).toFixed(1)} s${slow}\n`);
        });
        runner.once(EVENT_RUN_END, () => {
            this.epilogue();
            timings.sort((a, b) => b[0] - a[0]);
            write(`Slowest files: ${timings.slice(0, 5).map(([ms, file]) => `${path.relative(process.cwd(), file)} ${(ms / 1000).toFixed(1)} s`).join('; ')}\n`);
            const { passes, failures, pending } = this.stats;
            write(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}\n`);
        });
    }
}

module.exports = SuiteProgress;
