/** Exit codes, every command: 0 clean, 1 the plans have problems, 2 usage, config or I/O error. */
export const EXIT = { clean: 0, problems: 1, failure: 2 } as const;

/** A usage, config or I/O error: printed as one line, exit code 2, no stack trace unless --debug. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: number = EXIT.failure) {
        super(message);
    }
}
