/** A progress bar on stderr for long runs, only on a terminal and never in CI. */
import { SingleBar } from 'cli-progress';

const MIN_FILES = 200;

export function progressBar(label: string): { update(done: number, total: number): void; stop(): void } | undefined {
    if (!process.stderr.isTTY || process.env.CI) return undefined;
    let bar: SingleBar | undefined;
    return {
        update(done, total) {
            if (total < MIN_FILES) return;
            if (!bar) {
                bar = new SingleBar({ stream: process.stderr, format: `${label} [{bar}] {value}/{total} files`, clearOnComplete: true, hideCursor: true });
                bar.start(total, 0);
            }
            bar.update(done);
        },
        stop() {
            bar?.stop();
        },
    };
}
