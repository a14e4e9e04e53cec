// Preloaded into every measured Node process (`node -r bench/rusage-preload.cjs …`):
// at exit, the process's own CPU time and peak resident memory (all its threads,
// worker threads included), and the CPU time of its main thread alone (Linux:
// /proc/thread-self/schedstat, in nanoseconds; the rest is the garbage
// collector's and libuv's helper threads) go to the file named by BENCH_RUSAGE_FILE.
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.BENCH_RUSAGE_FILE;
if (file && isMainThread) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        let mainUs;
        try {
            mainUs = Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
        } catch {
            // not Linux: no main-thread figure
        }
        fs.writeFileSync(file, JSON.stringify({ userUs: usage.userCPUTime, systemUs: usage.systemCPUTime, maxRssKb: usage.maxRSS, mainUs }));
    });
}
