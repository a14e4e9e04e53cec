// Preloaded into every measured Node process (`node -r bench/rusage-preload.cjs …`):
// at exit, the process's own CPU time and peak resident memory (all its threads,
// worker threads included) go to the file named by BENCH_RUSAGE_FILE.
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.BENCH_RUSAGE_FILE;
if (file && isMainThread) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        fs.writeFileSync(file, JSON.stringify({ userUs: usage.userCPUTime, systemUs: usage.systemCPUTime, maxRssKb: usage.maxRSS }));
    });
}
