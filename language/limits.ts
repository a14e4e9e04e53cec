/**
 * Sizes, limits and read refusals in a user's words: no file system here, so
 * the language server in a browser worker shares them with the CLI (io.ts).
 */

/** Why a file-system call failed, in words a user reads (shared by the CLI, the server and the config). */
export function ioReason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'ENOENT': return 'no such file';
        case 'EISDIR': return 'it is a folder, not a file';
        case 'ELOOP': return 'too many symbolic links (a link loop)';
        default: return (error as Error).message ?? String(error);
    }
}

/** Configs larger than this are refused unread: a config is a few lines of settings. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** How big a file is, in the words a size refusal uses ("10.0 MB"). */
export function megabytes(bytes: number): string {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A size limit in words: "10 MB". */
export function limitText(bytes: number): string {
    return megabytes(bytes).replace('.0 MB', ' MB');
}

/** Why a bounded read gave no bytes: a predicate for the user ("is 12.0 MB; …", "cannot read the file: …"), and whether the file simply is not there. */
export class ReadRefused extends Error {
    constructor(message: string, readonly missing = false) {
        super(message);
    }

    /** A file over its limit: "is 12.0 MB; a plan file may be at most 10 MB". */
    static tooLarge(size: number, what: string, limit: number): ReadRefused {
        return new ReadRefused(`is ${megabytes(size)}; ${what} may be at most ${limitText(limit)}`);
    }
}

/** What a read of a folder is refused with. */
export const IS_FOLDER = 'is a folder, not a file';

/** A refusal as said of a plan file: a folder named where a plan was expected is not a plan file. */
export function planRefusal(message: string): string {
    return message === IS_FOLDER ? 'is a folder, not a plan file' : message;
}
