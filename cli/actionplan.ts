// The `actionplan` executable: a few lines, so `--version` answers without
// loading the program; everything else is in the CLI bundle (main.cjs).
declare const __VERSION__: string;

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${__VERSION__}\n`);
} else {
    (require('./main.cjs') as typeof import('./main.js')).main(process.argv);
}
