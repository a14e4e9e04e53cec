/**
 * No blow-up: doubling an input must not quadruple the work. Nothing here is
 * timed against a clock bound; the work is counted (counters the code
 * exposes: `globWork`, `lexerWork`, `hintWork`), or, where there is no
 * counter, the process's CPU time is compared at n and 2n (ratio under 3,
 * with n large enough that the quadratic path took seconds).
 *
 * One test per class of hostile input (docs/security.md, "Limits"): a
 * backtracking glob, huge tokens, many copies of one name, many missing
 * names, many parser errors for the fixes, many unknown config keys.
 */
import { strict as assert } from 'node:assert';
import { compileGlob, globWork, MAX_GLOB_LENGTH, MAX_GLOB_WILDCARDS } from '../../language/config/glob.js';
import { parseConfig } from '../../language/config/parse.js';
import { lexerWork } from '../../language/lexer.js';
import { hintWork } from '../../language/workspace/index-manager.js';
import { services } from '../fuzz/harness.js';
import { buildWorkspace } from '../helpers/workspace.js';

/** Work at n and at 2n: the second must be less than three times the first. */
function assertRatio(what: string, once: number, twice: number, n: number): void {
    assert.ok(once > 0, `${what}: no work counted`);
    assert.ok(twice < 3 * once, `${what}: ${once} at n = ${n}, ${twice} at 2n (more than 3 times)`);
}

function assertNearLinear(what: string, work: (n: number) => number, n: number): void {
    assertRatio(what, work(n), work(2 * n), n);
}

async function assertNearLinearAsync(what: string, work: (n: number) => Promise<number>, n: number): Promise<void> {
    assertRatio(what, await work(n), await work(2 * n), n);
}

/** CPU time is noisy (a collection can land in one run): the least of three runs is the measure. */
const CPU_RUNS = 3;

function cpuOf(start: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(start);
    return used.user + used.system;
}

function cpuMicros(run: () => unknown): number {
    let least = Infinity;
    for (let i = 0; i < CPU_RUNS; i++) {
        const start = process.cpuUsage();
        run();
        least = Math.min(least, cpuOf(start));
    }
    return least;
}

async function cpuMicrosAsync(run: () => Promise<unknown>): Promise<number> {
    let least = Infinity;
    for (let i = 0; i < CPU_RUNS; i++) {
        const start = process.cpuUsage();
        await run();
        least = Math.min(least, cpuOf(start));
    }
    return least;
}

const counted = (counter: { steps: number }, run: () => unknown) => {
    counter.steps = 0;
    run();
    return counter.steps;
};

describe('growth: doubling the input does not quadruple the work', function () {
    this.timeout(60_000);

    describe('config ignore globs', () => {
        it('a backtracking glob matches in time linear in the path', () => {
            const glob = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*b');
            assert.ok('matches' in glob);
            assert.equal(glob.matches('a'.repeat(40)), false);
            assertNearLinear('glob on n a\'s', n => counted(globWork, () => glob.matches('a'.repeat(n))), 2_000);
            const folders = compileGlob('**/a/**/b/**/c.plan');
            assert.ok('matches' in folders);
            assertNearLinear('glob on n folders', n => counted(globWork, () => folders.matches('a/'.repeat(n) + 'x.plan')), 2_000);
        });

        it('refuses a glob that is too long or too wild, and says why', () => {
            const long = compileGlob('a'.repeat(MAX_GLOB_LENGTH + 1));
            assert.match('problem' in long ? long.problem : '', /characters long; a glob may have at most 256/);
            const wild = compileGlob('*a'.repeat(MAX_GLOB_WILDCARDS + 1));
            assert.match('problem' in wild ? wild.problem : '', /wildcards; a glob may have at most 16/);
            const braces = compileGlob('{a,b}'.repeat(6));
            assert.match('problem' in braces ? braces.problem : '', /expands to more than 32 globs/);
        });

        it('a refused glob is a config problem naming the line', () => {
            const { config, problems } = parseConfig(`{\n  "ignore": [\n    "archive/**",\n    "${'*a'.repeat(20)}*b"\n  ]\n}`, 'actionplan.config.json');
            assert.equal(config, undefined);
            assert.equal(problems.length, 1);
            assert.equal(problems[0].line, 4);
            assert.equal(problems[0].field, 'ignore.1');
            assert.match(problems[0].message, /has 21 wildcards/);
        });
    });

    describe('huge tokens', () => {
        const lex = (text: string) => services.parser.Lexer.tokenize(text);

        it('a line of digits that is no date', () => {
            assertNearLinear('digits', n => counted(lexerWork, () => lex('1'.repeat(n))), 50_000);
            assertNearLinear('digits and a dash', n => counted(lexerWork, () => lex(`${'1'.repeat(n)}-${'1'.repeat(n)}`)), 50_000);
        });

        it('many unclosed block comments', () => {
            assertNearLinear('/*x', n => counted(lexerWork, () => lex('/*x'.repeat(n))), 5_000);
        });

        it('a 10 MB string, string of escapes, comment and date are one token each, without a stack overflow', () => {
            const big = 10 * 1024 * 1024;
            for (const [what, text, type] of [
                ['string', `"${'x'.repeat(big)}"`, 'STRING'],
                ['escapes', `"${'\\"'.repeat(big / 2)}"`, 'STRING'],
                ['date', `${'1'.repeat(big)}-1-1`, 'DATE'],
            ] as const) {
                const result = lex(text);
                assert.deepEqual(result.errors, [], what);
                assert.deepEqual(result.tokens.map(token => [token.tokenType.name, token.image.length]), [[type, text.length]], what);
            }
            const comment = `/*${'x'.repeat(big)}*/`;
            const lexed = lex(comment);
            assert.deepEqual([lexed.tokens.length, lexed.hidden.length, lexed.hidden[0]?.image.length], [0, 1, comment.length]);
        });

        it('a text the parser cannot take is one error, and the parser works on afterwards', () => {
            const parser = services.parser.LangiumParser;
            const lexer = services.parser.Lexer as { tokenize: (text: string) => unknown };
            const tokenize = lexer.tokenize;
            lexer.tokenize = (text: string) => {
                if (text) throw new RangeError('Maximum call stack size exceeded');
                return tokenize.call(lexer, text);
            };
            let result;
            try {
                result = parser.parse('business B "b"\n');
            } finally {
                lexer.tokenize = tokenize;
            }
            assert.equal(result.lexerErrors.length, 1);
            assert.match(result.lexerErrors[0].message, /cannot be read: Maximum call stack size exceeded/);
            assert.equal(result.value.$cstNode?.root.fullText, 'business B "b"\n');
            const after = parser.parse('business B "b"\n');
            assert.deepEqual([after.lexerErrors.length, after.parserErrors.length], [0, 0]);
        });
    });

    describe('many copies of one name', () => {
        it('each duplicate-name message names a bounded number of the others', async () => {
            const longest = async (n: number) => {
                const ws = await buildWorkspace({ 'a.plan': 'business B "B"\n'.repeat(n) });
                const messages = ws.diagnostics().filter(d => d.code === 'duplicate-name');
                assert.equal(messages.length, n);
                assert.match(messages[0].message, new RegExp(`declared ${n.toLocaleString('en-US')} times .* and ${(n - 4).toLocaleString('en-US')} more\\)`));
                return Math.max(...messages.map(d => d.message.length + JSON.stringify(d.relatedInformation ?? []).length));
            };
            const small = await longest(500);
            const large = await longest(1_000);
            assert.ok(large <= small + 2, `the longest message grew from ${small} to ${large} characters`);
        });
    });

    describe('"did you mean"', () => {
        it('many missing names in a workspace of many names', async () => {
            const workspace = (n: number) => ({
                'a.plan': 'partnership P "p" {\n    priority Pr "pr"\n}\nbusiness Biz "b"\n'
                    + Array.from({ length: n }, (_, i) => `person Person${i} "p" of Biz\n`).join('')
                    + 'team T "t" for Pr {\n' + Array.from({ length: n }, (_, i) => `    champion Persom${i}\n`).join('') + '}\n',
            });
            await assertNearLinearAsync('hints', async n => {
                hintWork.steps = 0;
                await buildWorkspace(workspace(n));
                return hintWork.steps;
            }, 800);
        });
    });

    describe('long after chains', () => {
        it('a team of wins each after the one before resolves each reference without a scan of the team', async () => {
            const text = (n: number) => 'partnership P "p" {\n    priority Pr "pr"\n}\nteam T "t" for Pr {\n    first win W0 "w"\n'
                + Array.from({ length: n }, (_, i) => `    next win W${i + 1} "w" after W${i}\n`).join('') + '}\n';
            const ws = await buildWorkspace({ 'a.plan': text(10) });
            assert.deepEqual(ws.diagnostics().filter(d => d.code === 'unresolved-reference'), []);
            // Counted: the type checks of scope entries (Langium's scope checks every win of the team for every reference).
            const reflection = Object.getPrototypeOf(ws.services.shared.AstReflection) as { isSubtype: (...args: unknown[]) => boolean };
            const isSubtype = reflection.isSubtype;
            let checks = 0;
            reflection.isSubtype = function (this: unknown, ...args: unknown[]) {
                checks++;
                return isSubtype.apply(this, args);
            };
            try {
                await assertNearLinearAsync('after chain', async n => {
                    checks = 0;
                    await buildWorkspace({ 'a.plan': text(n) });
                    return checks;
                }, 500);
            } finally {
                reflection.isSubtype = isSubtype;
            }
        });
    });

    describe('fixes on a text of many parser errors', () => {
        it('checking each element for parser errors is not a scan of all errors', async () => {
            const text = (n: number) => 'partnership P "p" {\n    priority Pr "pr"\n}\nteam T "t" for Pr {\n' + Array.from({ length: n }, (_, i) => `early win W${i} "w" {\n`).join('');
            await assertNearLinearAsync('nested wins', n => cpuMicrosAsync(() => buildWorkspace({ 'a.plan': text(n) })), 2_000);
        });
    });

    describe('config problems', () => {
        it('many unknown keys: each problem finds its line without rereading the text', () => {
            const config = (n: number) => `{\n${Array.from({ length: n }, (_, i) => `  "key${i}": 1`).join(',\n')}\n}`;
            const { problems } = parseConfig(config(100), 'c.json');
            assert.deepEqual(problems.slice(0, 2).map(p => p.line), [2, 3]);
            assertNearLinear('unknown keys', n => cpuMicros(() => parseConfig(config(n), 'c.json')), 20_000);
        });
    });
});
