// Preloaded by test/cli/cache.test.ts: says on stderr when the CLI loads the checker (main.cjs).
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
    if (/main\.cjs$/.test(request)) process.stderr.write('PROBE: the checker was loaded\n');
    return load.call(this, request, ...rest);
};
