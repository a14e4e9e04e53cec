/**
 * Property: plan text reaches every output only as text, whatever it holds.
 * Messages and file names of any characters (controls, CR/LF, `%`, `::`,
 * commas, markup, lone surrogates, bidi controls) in: GitHub workflow
 * commands (one command per diagnostic, no second one injected, the message
 * decodes back), JUnit XML (well-formed, values decode back), SARIF (valid
 * JSON, values kept), stylish (no terminal control or bidi character);
 * escapeMarkdown and escapeHtml of any string (no markup, a mention or a
 * link, as GitHub renders it); the preview's message validation on any value.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { marked } from 'marked';
import { formatGithub } from '../../cli/formats/github.js';
import { formatJunit } from '../../cli/formats/junit.js';
import { formatSarif } from '../../cli/formats/sarif.js';
import { formatStylish } from '../../cli/formats/stylish.js';
import { forLogKeepingBreaks, forXml } from '../../cli/formats/text-safety.js';
import type { CheckReport, FileDiagnostic } from '../../cli/report.js';
import { webviewMessageSchema } from '../../client/messages.js';
import { escapeHtml, escapeMarkdown, plainText } from '../../language/model/render/escape.js';
import { RULE_IDS } from '../../language/rules/index.js';
import { TERMINAL_UNSAFE } from '../cli/hostile.js';
import { elementsNamed, parseXml } from '../cli/xml.js';
import { tagsOf, textOf } from '../model/markup.js';
import { fuzz, runsOf } from './harness.js';

/** Text built to break outputs: pieces that mean something to a CI log, XML, Markdown, HTML or a terminal, and any code points. */
const HOSTILE = [
    '%', '%25', '%0A', '\r', '\n', '\r\n', '::', '::error file=x,line=1::pwned', '::add-mask::', ',', ':', '=', '<', '>', '&', '"', "'", ']]>',
    '<script>', '&lt;', '\u0000', '\u0007', '\u001b[31m', '\u001b]0;title\u0007', '\u009b', '\u007f', '\u0085', '\u202e', '\u2066', '\u200f', '\u061c',
    '\ud800', '\udc00', '\ufffe', '\uffff', '😀', '\u2028', '[a](javascript:x)', '![i](https://e.com/i.png)', '@someone', '#1', ':smile:',
    'https://e.com', 'www.e.com', '`', '*', '_', '|', '\\', '$$', '~~', '<https://e.com>', '&#60;', '&#x3c;img&#x3e;', '\t', ' ', 'a', 'é',
];

export const hostileText = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 8 })
    .map(parts => parts.join(''));

const diagnostic: fc.Arbitrary<FileDiagnostic> = fc.record({
    file: fc.oneof(fc.constantFrom('partnership.plan', 'teams/talent.plan'), hostileText.map(t => `${t.replace(/[\\/]/g, '') || 'x'}.plan`)),
    line: fc.integer({ min: 1, max: 100_000 }),
    column: fc.integer({ min: 1, max: 500 }),
    endLine: fc.integer({ min: 1, max: 100_000 }),
    endColumn: fc.integer({ min: 1, max: 500 }),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const, 'hint' as const),
    rule: fc.constantFrom(...RULE_IDS),
    message: hostileText.map(t => `Win '${t}' is late`),
});

const report: fc.Arbitrary<CheckReport> = fc.array(diagnostic, { maxLength: 6 }).map(diagnostics => {
    const count = (s: string) => diagnostics.filter(d => d.severity === s).length;
    return {
        schemaVersion: 1, asOf: '2026-05-01', files: new Set(diagnostics.map(d => d.file)).size, diagnostics,
        summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
    };
});

/** GitHub's runner decodes these in messages and properties. */
const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function assertGithub(r: CheckReport): void {
    const out = formatGithub(r);
    const lines = out.split('\n');
    assert.equal(lines.pop(), '', 'ends with a line break');
    assert.equal(lines.length, r.diagnostics.length, 'one command per diagnostic, no more');
    lines.forEach((line, i) => {
        const d = r.diagnostics[i];
        const match = /^::(error|warning|notice) ([^:]*)::([^]*)$/.exec(line);
        assert.ok(match, `not one workflow command: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, /\r/, 'a CR in a command');
        const properties = Object.fromEntries(match[2].split(',').map(pair => {
            const at = pair.indexOf('=');
            return [pair.slice(0, at), unescapeData(pair.slice(at + 1))];
        }));
        assert.deepEqual(Object.keys(properties), ['file', 'line', 'col', 'endLine', 'endColumn', 'title'], 'a property was injected or lost');
        // Terminal and bidi controls reach the log as their codes (\u001b), line breaks as the runner's %0A.
        assert.equal(properties.file, forLogKeepingBreaks(d.file));
        assert.equal(properties.title, forLogKeepingBreaks(d.rule));
        assert.equal(unescapeData(match[3]), forLogKeepingBreaks(d.message), 'the message decodes back');
    });
}

function assertJunit(r: CheckReport): void {
    const text = formatJunit(r, [...new Set(r.diagnostics.map(d => d.file))]);
    // Printed to a CI log, no plan text starts a line (a workflow command) or carries a raw control or bidi character.
    for (const line of text.split('\n')) assert.match(line, /^(\s*<[?/a-z]|$)/, `a line that is not ours: ${JSON.stringify(line)}`);
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const xml = parseXml(text);
    const failures = elementsNamed(xml, 'failure');
    const failing = r.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning');
    assert.equal(failures.length, failing.length);
    // Well-formed (parseXml throws otherwise), and each message reads back as written, but for the characters XML cannot hold (U+FFFD).
    const decode = (text: string) => text.replace(/&(?:(lt|gt|amp|quot|apos)|#x([0-9A-F]+));/g, (_, e: string | undefined, hex: string | undefined) =>
        (hex ? String.fromCharCode(parseInt(hex, 16)) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e!]!));
    const sorted = (list: string[]) => [...list].sort();
    assert.deepEqual(sorted(failures.map(f => f.attributes.message)), sorted(failing.map(d => decode(forXml(d.message)))));
    for (const [i, message] of failing.map(d => decode(forXml(d.message))).entries()) {
        assert.equal(message.replace(/\ufffd/g, ''), failing[i].message.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''));
    }
    for (const suite of elementsNamed(xml, 'testsuite')) assert.ok(typeof suite.attributes.name === 'string');
}

function assertSarif(r: CheckReport): void {
    const log = JSON.parse(formatSarif(r, '/work space/', '1.0.0')) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const results = log.runs[0].results;
    assert.equal(results.length, r.diagnostics.length);
    results.forEach((result, i) => {
        assert.equal(result.message.text, r.diagnostics[i].message, 'the message, as it is (JSON escapes it)');
        const uri = result.locations[0].physicalLocation.artifactLocation.uri;
        assert.doesNotMatch(uri, /[\s%]?[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/u, `a URI with a raw character: ${uri}`);
        assert.equal(uri.split('/').map(decodeURIComponent).join('/'), r.diagnostics[i].file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
    });
}

function assertStylish(r: CheckReport): void {
    const out = formatStylish(r, true);
    const withoutOurColours = out.replace(/\u001b\[\d+(;\d+)*m/g, '');
    assert.doesNotMatch(withoutOurColours, TERMINAL_UNSAFE, 'a terminal control or bidi character from plan text');
    assert.doesNotMatch(formatStylish(r, false), TERMINAL_UNSAFE);
}

describe('fuzz: output formats take any plan text as text', () => {
    fuzz('github workflow commands', report, assertGithub, { runs: runsOf(200, 0.02) });
    fuzz('JUnit XML', report, assertJunit, { runs: runsOf(200, 0.02) });
    fuzz('SARIF', report, assertSarif, { runs: runsOf(200, 0.02) });
    fuzz('stylish', report, assertStylish, { runs: runsOf(200, 0.02) });

    fuzz('escapeMarkdown: no markup, link, image or mention, as GitHub renders it, and the same text', hostileText, async text => {
        const markdown = escapeMarkdown(text);
        assert.doesNotMatch(markdown, /[<\r\n]/);
        for (const context of [markdown, `| a | b |\n| - | - |\n| ${markdown} | x |`, `- **${markdown}**`, `# ${markdown}`]) {
            const html = await marked.parse(context, { gfm: true });
            for (const tag of tagsOf(html)) assert.match(tag.name, /^(p|ul|li|strong|em|table|thead|tbody|tr|th|td|h1|hr)$/, `markup: ${tag.raw} from ${JSON.stringify(text)}`);
            assert.doesNotMatch(html, /href=|src=/);
        }
        const rendered = textOf(await marked.parse(markdown, { gfm: true })).replace(/\u200d/g, '').trim();
        // The reading strips zero-width joiners (escapeMarkdown puts them after @, # and :), so the text's own go too.
        assert.equal(rendered.replace(/\s+/g, ' '), plainText(text).replace(/\u200d/g, '').replace(/\s+/g, ' ').trim(), 'the same text');
    }, { runs: runsOf(200, 0.03), examples: ['\u200d[a](javascript:x)\u{fb989}_'] });

    fuzz('escapeHtml: no markup, and the same text', hostileText, text => {
        const html = escapeHtml(text);
        assert.doesNotMatch(html, /[<>"']/);
        assert.deepEqual(tagsOf(`<p title="${html}">${html}</p>`).map(t => t.name), ['p', 'p']);
        assert.equal(textOf(html), plainText(text).replace(/\u200d/g, '')); // textOf drops zero-width joiners
    }, { runs: runsOf(300, 0.02), examples: ['\u200d[a](javascript:x)\u{fb989}_'] });

    fuzz('the preview validates every message from the webview', fc.oneof(fc.anything(), fc.record({
        type: fc.constantFrom('reveal', 'ready', 'open', '__proto__'), file: fc.oneof(fc.string(), fc.anything()), line: fc.oneof(fc.integer(), fc.anything()), column: fc.anything(),
    }, { requiredKeys: [] })), value => {
        const parsed = webviewMessageSchema.safeParse(value);
        if (!parsed.success) return;
        const message = parsed.data;
        if (message.type === 'ready') return;
        assert.equal(message.type, 'reveal');
        assert.ok(typeof message.file === 'string' && message.file.length >= 1 && message.file.length <= 4096);
        assert.ok(Number.isInteger(message.line) && message.line >= 1 && Number.isInteger(message.column) && message.column >= 1);
    }, { runs: runsOf(300, 0.02) });
});
