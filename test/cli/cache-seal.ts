/** Editing a cache file in tests as the CLI would have written it: sealed again with this user's key. */
import * as fs from 'node:fs';
import { sealCache, type CachedCheck } from '../../cli/cache-stamp.js';

/**
 * Edit what a cache holds and seal it again with this user's key: the edited
 * content is then what the CLI trusts (a cache edited without the key is
 * refused: test/cli/io-safety.test.ts).
 */
export function editCache(file: string, edit: (body: CachedCheck) => void): void {
    const body = (JSON.parse(fs.readFileSync(file, 'utf8')) as { body: CachedCheck }).body;
    edit(body);
    fs.writeFileSync(file, sealCache(body)!);
}
