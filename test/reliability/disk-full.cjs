/**
 * Preload for the built CLI: every write to a file whose path matches
 * DISK_FULL_MATCH (a regular expression) writes half of its bytes and then
 * fails with ENOSPC, as a full disk does. Used to show that a file the CLI
 * replaces is replaced whole or not at all.
 */
'use strict';
const fs = require('node:fs');

const match = new RegExp(process.env.DISK_FULL_MATCH || '$^');
const paths = new Map();
const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
const bytesOf = data => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength));

const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
    const fd = openSync.call(this, file, ...rest);
    paths.set(fd, String(file));
    return fd;
};

const writeSync = fs.writeSync;
fs.writeSync = function (fd, data, ...rest) {
    if (!match.test(paths.get(fd) || '')) return writeSync.call(this, fd, data, ...rest);
    const bytes = bytesOf(data);
    writeSync.call(this, fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
    throw full();
};

const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (file, data, options) {
    const name = typeof file === 'number' ? paths.get(file) || '' : String(file);
    if (!match.test(name)) return writeFileSync.call(this, file, data, options);
    const bytes = bytesOf(data);
    writeFileSync.call(this, file, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
    throw full();
};
