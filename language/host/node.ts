/**
 * The Node host of the language core: configs read from the disk (bounded, as
 * every read is) and the platform's path logic. The CLI and the desktop
 * language server use it; the web build replaces this module with
 * browser.ts (esbuild.mjs), whose server injects its own reader.
 */
import * as path from 'node:path';
import { configReadError, decodeConfig, type ConfigReader } from '../config/reader.js';
import { ioReason, readBounded, ReadRefused } from '../io.js';
import { MAX_CONFIG_BYTES } from '../limits.js';
import type { PathOps } from './paths.js';

export const hostConfigReader: ConfigReader = file => {
    try {
        // Only a regular file, and never more than the limit whatever it claims (a link to /dev/zero is refused, not read).
        return decodeConfig(readBounded(file, { limit: MAX_CONFIG_BYTES, what: 'a config' }));
    } catch (error) {
        if (error instanceof ReadRefused && error.missing) return undefined;
        if (error instanceof ReadRefused) throw configReadError(error.message);
        throw new Error(ioReason(error));
    }
};

export const hostPaths: PathOps = path;
