/**
 * The release this code is: package.json's version. The bundles have it
 * inlined by esbuild (`__VERSION__`); run from the sources (tests, tsx), it is
 * read from package.json itself, so both give the same links.
 */
import packageJson from '../package.json' with { type: 'json' };

declare const __VERSION__: string | undefined;

export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : (packageJson as { version: string }).version;
