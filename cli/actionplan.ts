// The `actionplan` executable: a few lines, so `--version` answers without
// loading the program; everything else is in the CLI bundle (main.cjs).
declare const __VERSION__: string;

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${__VERSION__}\n`);
} else {
    // A re-run of `check --cache` on an unchanged repository is answered from the cache without loading the checker.
    const cached = args[0] === 'check' && args.includes('--cache')
        ? (require('./cache-hit.cjs') as typeof import('./cache-hit.js')).tryCachedCheck(args)
        : undefined;
    if (cached === undefined) (require('./main.cjs') as typeof import('./main.js')).main(process.argv);
    else process.exitCode = cached;
}
