/** The path logic the config lookup needs, over the host's file names (Node's `path` on a disk, posix in a browser). */
export interface PathOps {
    readonly sep: string;
    dirname(file: string): string;
    join(...parts: string[]): string;
    /** The normalized form, for comparing two names of one folder. */
    resolve(file: string): string;
    relative(from: string, to: string): string;
}
