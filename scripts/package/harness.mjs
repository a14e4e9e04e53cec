// A tiny runner for the package scripts: named checks, a clear line per result, a closing 'N passed, N failed'.
import { spawnSync } from 'node:child_process';

export function createHarness(title) {
    let passed = 0;
    let failed = 0;
    process.stdout.write(`${title}\n`);
    return {
        /** Run one named check; a thrown error fails it with its message. */
        async check(name, fn) {
            const started = Date.now();
            try {
                await fn();
                passed++;
                process.stdout.write(`  ok   ${name} (${Date.now() - started} ms)\n`);
            } catch (error) {
                failed++;
                process.stdout.write(`  FAIL ${name}\n${String(error?.message ?? error).replace(/^/gm, '       ')}\n`);
            }
        },
        /** Print the closing line and set the exit code. */
        finish() {
            process.stdout.write(`${passed} passed, ${failed} failed\n`);
            process.exitCode = failed ? 1 : 0;
            return failed;
        },
    };
}

/** Run a command; returns { status, stdout, stderr }. Never throws for a non-zero exit. */
export function run(command, args, options = {}) {
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
    if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Like run, but fails unless the exit code is `expected`; the message shows the command and its output. */
export function expectExit(expected, command, args, options = {}) {
    const result = run(command, args, options);
    if (result.status !== expected) {
        throw new Error(`${[command, ...args].join(' ')} (in ${options.cwd ?? process.cwd()}) exited with ${result.status}, expected ${expected}\n`
            + `--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`);
    }
    return result;
}

export function assert(condition, message) {
    if (!condition) throw new Error(message);
}

function tail(text) {
    return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}
