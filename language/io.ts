import * as fs from 'node:fs';
import { ioReason, IS_FOLDER, limitText, ReadRefused } from './limits.js';

export { ioReason, limitText, MAX_CONFIG_BYTES, megabytes, ReadRefused } from './limits.js';

export interface BoundedReadOptions {
    /** The most bytes the file may have. */
    limit: number;
    /** What the file is, for the refusal ("a plan file", "a config"). */
    what: string;
    /** Refuse a symbolic link instead of following it (for files no user named, such as the cache). */
    noFollow?: boolean;
}

/**
 * The bytes of a regular file, never more than `limit`: the file is opened
 * (without blocking on a FIFO), the opened descriptor must be a regular file
 * (a device such as /dev/zero, a FIFO, a socket or a folder is refused), and
 * the read stops at limit + 1 bytes whatever the size reported, so a file
 * that grows, or a /proc file that reports 0, cannot make it read more.
 * Throws ReadRefused with the reason in a user's words.
 */
export function readBounded(file: string | Buffer, options: BoundedReadOptions): Buffer {
    const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (options.noFollow ? fs.constants.O_NOFOLLOW ?? 0 : 0);
    let fd: number;
    try {
        fd = fs.openSync(file, flags);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (options.noFollow && code === 'ELOOP') throw new ReadRefused('is a symbolic link, which is not followed');
        if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadRefused(`cannot read the file: ${ioReason(error)}`, true);
        throw new ReadRefused(`cannot read the file: ${ioReason(error)}`);
    }
    try {
        const stat = fs.fstatSync(fd);
        if (stat.isDirectory()) throw new ReadRefused(IS_FOLDER);
        if (!stat.isFile()) throw new ReadRefused('is not a regular file (a device, a FIFO or a socket); only regular files are read');
        if (stat.size > options.limit) throw ReadRefused.tooLarge(stat.size, options.what, options.limit);
        const chunks: Buffer[] = [];
        let total = 0;
        // The file's size and one byte more: a regular file read short is at its end. Only a file that grew
        // while it was read takes further reads (64 KiB at a time, up to the limit).
        let chunk = Math.min(stat.size + 1, options.limit + 1);
        for (;;) {
            const buffer = Buffer.allocUnsafe(Math.min(chunk, options.limit + 1 - total));
            let read: number;
            try {
                read = fs.readSync(fd, buffer, 0, buffer.length, null);
            } catch (error) {
                throw new ReadRefused(`cannot read the file: ${ioReason(error)}`);
            }
            if (read === 0) break;
            chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
            total += read;
            if (total > options.limit) throw new ReadRefused(`is more than ${limitText(options.limit)} (it grew while it was read, or it is not a real file); ${options.what} may be at most ${limitText(options.limit)}`);
            if (read < buffer.length) break;
            chunk = 64 * 1024;
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    } finally {
        fs.closeSync(fd);
    }
}

/** Whether anything is at `file`: a file, a folder, or a link (even a dangling one, which is not followed). */
export function entryExists(file: string): boolean {
    try {
        fs.lstatSync(file);
        return true;
    } catch {
        return false;
    }
}
