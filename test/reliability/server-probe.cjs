// Loaded into the language server under test (`node --expose-gc -r server-probe.cjs …`): an
// unhandled rejection is written to stderr with a marker the test looks for (instead of ending
// the process), and SIGUSR2 writes the heap in use after a full GC to $ACTIONPLAN_HEAP_FILE.
const fs = require('node:fs');

process.on('unhandledRejection', reason => {
    process.stderr.write(`UNHANDLED REJECTION: ${(reason && reason.stack) || reason}\n`);
});

process.on('SIGUSR2', () => {
    for (let i = 0; i < 3; i++) global.gc?.();
    fs.writeFileSync(process.env.ACTIONPLAN_HEAP_FILE, String(process.memoryUsage().heapUsed));
});
