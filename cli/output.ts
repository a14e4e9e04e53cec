/** Where a command's output goes: stdout, or the file `-o` names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason } from '../language/io.js';
import { CliError } from './errors.js';
import { forTerminal } from './formats/text-safety.js';

export function writeOutput(text: string, file: string | undefined, cwd: string): void {
    if (file === undefined || file === '-') {
        process.stdout.write(text);
        return;
    }
    const target = path.resolve(cwd, file);
    try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
    } catch (error) {
        throw new CliError(`${file}: cannot write the output: ${ioReason(error)}`);
    }
}

/** One line on stderr for each problem that is not a plan diagnostic. */
export function warnLine(text: string): void {
    process.stderr.write(`actionplan: ${forTerminal(text)}\n`);
}
