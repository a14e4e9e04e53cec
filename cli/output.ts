/** Where a command's output goes: stdout, or the file `-o` names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ioReason } from '../language/io.js';
import { CliError } from './errors.js';
import { forTerminal } from './formats/text-safety.js';

export function writeOutput(text: string, file: string | undefined, cwd: string): void {
    if (file === undefined || file === '-') {
        process.stdout.write(text);
        return;
    }
    const target = path.resolve(cwd, file);
    const refusal = linkRefusal(target, cwd);
    if (refusal) throw new CliError(`${file}: the output is not written: ${refusal}`);
    try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // O_NOFOLLOW: a link put in its place after the check above is refused too, never written through.
        const fd = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o666);
        try {
            fs.writeFileSync(fd, text);
        } finally {
            fs.closeSync(fd);
        }
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'it is a symbolic link' : ioReason(error);
        throw new CliError(`${file}: cannot write the output: ${reason}`);
    }
}

/**
 * Why a file the tool writes (a report, a cache) may not be written at
 * `target`: it is a symbolic link (a workspace can commit one pointing
 * anywhere: the report would overwrite what it points to), or, for a path
 * inside the current folder, a folder on the way is a link that leads out of
 * it. Undefined when it may be written.
 */
export function linkRefusal(target: string, cwd: string): string | undefined {
    try {
        if (fs.lstatSync(target).isSymbolicLink()) return 'it is a symbolic link (name the file it points to if that is where it should go)';
    } catch { /* not there yet */ }
    const relative = path.relative(cwd, target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined; // outside the current folder: where the user said
    let folder = path.dirname(target);
    for (;;) {
        try {
            const real = fs.realpathSync(folder);
            const realCwd = fs.realpathSync(cwd);
            const inside = path.relative(realCwd, real);
            return inside.startsWith('..') || path.isAbsolute(inside) ? 'a folder on its path is a symbolic link that leads out of the current folder' : undefined;
        } catch {
            const parent = path.dirname(folder);
            if (parent === folder) return undefined;
            folder = parent; // not created yet: its nearest existing folder decides
        }
    }
}

/**
 * Replace a file's content whole: written to a temporary file in the same
 * folder, flushed, then renamed over it, so a killed run or a full disk
 * leaves the old text or the new, never a cut one. A symbolic link is
 * written through only when it is the path the user named (`named`);
 * otherwise it is refused, so a link committed in a workspace cannot make
 * the tool overwrite what it points to. A file the user may not write is
 * refused (EACCES), though the rename alone would replace it.
 */
export function replaceFile(file: string, text: string, named: boolean): void {
    let target = file;
    if (fs.lstatSync(file).isSymbolicLink()) {
        if (!named) throw new Error('it is a symbolic link, written only when named on the command line');
        target = fs.realpathSync(file);
    }
    // The rename would replace a file the user may not write (a read-only plan): ask first, as a write in place would.
    fs.accessSync(target, fs.constants.W_OK);
    writeFileAtomic.sync(target, text);
}

/** One line on stderr for each problem that is not a plan diagnostic. */
export function warnLine(text: string): void {
    process.stderr.write(`actionplan: ${forTerminal(text)}\n`);
}
