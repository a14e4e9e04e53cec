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
