/**
 * The giant inputs of the issue: 1 MB strings, 10,000 nested braces,
 * 100,000-line files. Each must parse, link, go through every rule, format
 * (or be refused), build a model and render, within a time bound and without
 * a stack overflow. The megabyte and brace cases run in `npm test`; the
 * 100,000-line files (tens of seconds each on a busy machine) run under
 * `npm run fuzz`, or with FUZZ_GIANTS=1.
 */
import { strict as assert } from 'node:assert';
import { URI } from 'langium';
import { buildReport } from '../../cli/report.js';
import { formatGithub } from '../../cli/formats/github.js';
import { formatJunit } from '../../cli/formats/junit.js';
import { formatSarif } from '../../cli/formats/sarif.js';
import { formatStylish } from '../../cli/formats/stylish.js';
import { formatText } from '../../language/formatter/index.js';
import { buildModel } from '../../language/model-builder.js';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { GIANTS } from './arbitraries.js';
import { LONG, rangeProblem, services, withWorkspace } from './harness.js';

const QUICK = ['1 MB string', '1 MB unclosed string', '1 MB block comment, unclosed', '10,000 nested braces at the top', '10,000 nested braces in a team', '10,000 open braces in a win, never closed', '1 MB of digits that are no date'];
const RUN_ALL = LONG || process.env.FUZZ_GIANTS === '1';

/** A bound for a megabyte case on a busy machine; the 100,000-line cases get several times as long. */
const LIMIT_MS = (name: string) => (QUICK.includes(name) ? 30_000 : 240_000);

describe('fuzz: giant inputs', function () {
    this.timeout(0);

    // Linear, not quadratic: four times the lines may take about four times as long, not sixteen. (Langium's CST
    // builder was quadratic in the number of elements and of comments: language/parser.ts.)
    // Linear, not quadratic. Langium's CST builder scanned each new node's parent with indexOf before every token,
    // and took each token's comments off the front of the lexer's list (splice): 100,000 lines took 85 s to parse.
    // language/parser.ts finds the node from the end and walks the comments with a cursor; counted, not timed.
    it('the parser makes no scan of the tree per token, and leaves the list of comments as the lexer made it', () => {
        const text = Array.from({ length: 2000 }, (_, i) => `// about p${i}\nperson p${i} "P" of B`).join('\n');
        const parser = services.parser.LangiumParser;
        const content = Object.getPrototypeOf(parser.parse('business B "b"').value.$cstNode!.root.content) as { indexOf?: unknown };
        const lexer = services.parser.Lexer;
        const tokenize = lexer.tokenize;
        let scans = 0;
        content.indexOf = function (this: unknown[], ...args: [unknown, number?]) {
            scans++;
            return Array.prototype.indexOf.apply(this, args);
        };
        lexer.tokenize = (input, options) => {
            const result = tokenize.call(lexer, input, options);
            Object.freeze(result.hidden);
            return result;
        };
        try {
            const result = parser.parse(text);
            assert.equal(result.parserErrors.length, 0);
        } finally {
            delete content.indexOf;
            lexer.tokenize = tokenize;
        }
        assert.ok(scans < 10, `${scans} scans of the tree for ${text.split('\n').length} lines`);
    });

    for (const [name, make] of Object.entries(GIANTS)) {
        if (!RUN_ALL && !QUICK.includes(name)) continue;
        it(`${name}: checks, formats, renders and reports within ${LIMIT_MS(name) / 1000} s`, async () => {
            const text = make();
            const started = performance.now();
            await withWorkspace({ 'giant.plan': text }, ({ root, documents }) => {
                const document = documents.get('giant.plan')!;
                assert.equal(document.parseResult.value.$cstNode?.root.fullText, text, 'the parse lost characters');
                for (const diagnostic of document.diagnostics ?? []) {
                    assert.notEqual(diagnostic.code, 'internal-error', diagnostic.message);
                    const problem = rangeProblem(diagnostic, text);
                    assert.equal(problem, undefined, `${diagnostic.code}: ${problem}`);
                }
                const model = buildModel([document], { asOf: '2026-05-01', fileName: (uri: URI) => uri.path.slice(root.length + 1) });
                renderHtml(model, { linkSources: true });
                renderMarkdown(model);
                const report = buildReport([document], root, '2026-05-01', false);
                formatStylish(report, false);
                formatGithub(report);
                formatSarif(report, root, '0.0.0');
                formatJunit(report, ['giant.plan']);
            });
            const result = formatText(text, services);
            if (result.ok) assert.equal(formatText(result.text, services).ok, true);
            const ms = performance.now() - started;
            assert.ok(ms < LIMIT_MS(name), `took ${Math.round(ms)} ms`);
        });
    }
});
