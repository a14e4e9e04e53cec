// Preloaded into the CLI under test (`node -r fs-faults.cjs …`): file-system faults that a real
// run meets by bad luck, made to happen every time. ACTIONPLAN_FAULT names what happens when the
// CLI reads (or opens for reading) the file whose name ends with ACTIONPLAN_FAULT_FILE, just before:
//   delete  the file is deleted (a check running while someone deletes it)
//   rename  the file is renamed (a check running during `git mv` or a branch switch)
//   eacces  reading it fails with EACCES (root, who runs CI here, can read any file otherwise)
//   eio     reading it fails with EIO (a disk or network file-system error)
const fs = require('node:fs');

const fault = process.env.ACTIONPLAN_FAULT;
const target = process.env.ACTIONPLAN_FAULT_FILE;

function hit(file) {
    return typeof file === 'string' && target && file.endsWith(target);
}

function strike(file) {
    if (fault === 'delete') fs.rmSync(file, { force: true });
    else if (fault === 'rename') fs.renameSync(file, `${file}.moved`);
    else {
        const code = fault === 'eacces' ? 'EACCES' : 'EIO';
        const error = new Error(`${code}: simulated, open '${file}'`);
        error.code = code;
        error.syscall = 'open';
        error.path = file;
        throw error;
    }
}

const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
    if (hit(file)) strike(file);
    return readFileSync.call(this, file, ...rest);
};

// Files are read through an opened descriptor (language/io.ts, readBounded): the fault strikes when one is opened for reading.
const openSync = fs.openSync;
const O_ACCMODE = 3;
fs.openSync = function (file, flags, ...rest) {
    const reading = flags === undefined || flags === 'r' || (typeof flags === 'number' && (flags & O_ACCMODE) === fs.constants.O_RDONLY);
    if (reading && hit(file)) strike(file);
    return openSync.call(this, file, flags, ...rest);
};
