/**
 * What the web build puts in place of node.ts: no disk. The worker's server
 * passes its own config reader (configs fetched through the client), so the
 * default reader only says why there is none; paths are posix, as in URIs.
 */
import type { ConfigReader } from '../config/reader.js';
import type { PathOps } from './paths.js';

export const hostConfigReader: ConfigReader = () => {
    throw new Error('no file system here: configs are read through the editor');
};

function normalize(file: string): string {
    const absolute = file.startsWith('/');
    const parts: string[] = [];
    for (const part of file.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.') continue;
        if (part !== '..') parts.push(part);
        else if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
        else if (!absolute) parts.push('..');
    }
    return (absolute ? '/' : '') + parts.join('/') || (absolute ? '/' : '.');
}

export const hostPaths: PathOps = {
    sep: '/',
    resolve: normalize,
    join: (...parts) => normalize(parts.join('/')),
    dirname(file) {
        const normal = normalize(file);
        const at = normal.lastIndexOf('/');
        return at < 0 ? '.' : at === 0 ? '/' : normal.slice(0, at);
    },
    relative(from, to) {
        const a = normalize(from).split('/').filter(Boolean);
        const b = normalize(to).split('/').filter(Boolean);
        let common = 0;
        while (common < a.length && common < b.length && a[common] === b[common]) common++;
        return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
    },
};
