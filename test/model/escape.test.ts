/**
 * The two escapes every model string goes through (language/model/render/
 * escape.ts). The Markdown escape is checked by rendering with a real
 * GitHub-flavoured Markdown renderer (marked): whatever the value, it comes
 * out as the same text, inline, alone on a line and in a table cell.
 */
import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { escapeHtml, escapeMarkdown, plainText } from '../../language/model/render/escape.js';
import { decodeEntities, tagsOf } from './markup.js';

/** Values that mean something to Markdown, HTML or GitHub. */
export const TRICKY = [
    'plain text, with commas; and a full stop.',
    '*bold* _it_ **strong** __strong__ ***both***',
    '`code` ``code with ` tick``',
    '[x](javascript:alert(1))',
    '](javascript:alert(1))',
    '![img](x.png) ![alt][ref]',
    '[ref]: https://example.com "title"',
    '<https://example.com> <mailto:a@b.c>',
    'https://example.com/path?a=1&b=2 and www.example.com and ftp://x.y',
    'user@example.com and @someone and @org/team',
    'issue #123 and GH-7 and :smile: :+1:',
    '~~strike~~ ~one~ $x$ $$y$$ ^sup^',
    '&amp; &lt;script&gt; &#60; &#x3c; &copy; & alone',
    '\\*not em\\* \\\\ \\',
    'a | b || c \\| d',
    '# heading',
    '### heading ###',
    '> quote',
    '- item',
    '+ item',
    '* item',
    '1. item',
    '1) item',
    '---',
    '***',
    '___',
    '===',
    '    indented code',
    '\tindented by a tab',
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '<!-- comment --> <div>block</div> <a href="javascript:alert(1)">a</a>',
    '"quotes" & \'apostrophes\'',
    '{braces} (parens) [brackets] <angles>',
    '| pipes |',
    '@someone',
    '*bold* _it_ # heading',
    'ends with two spaces  ',
    'ünïcödé — “curly” ‘quotes’ … 日本語 🚀',
    '[x]: <javascript:alert(1)>',
    '<?php echo 1; ?> <![CDATA[x]]> <!DOCTYPE html>',
    'SupplyTeam.Matchmaking in teams/supply.plan, 60-90 days, HEAD~1',
    'HEAD~1..HEAD~2 and a~b~c',
    'snake_case_name __init__ x_ _y a_ b',
    'a * b and 2*3*4 and *x',
    '$5 and $10',
    'C# and C ###',
    '-5 days',
    '1.5 million',
    '2026. A year',
    '+1 partner',
    '=== not a heading',
    '> not a quote',
    '- - -',
    'a -> b => c',
    'www.example.com/x.y',
];

function visible(html: string): string {
    return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\u200d/g, '');
}

function onlyTags(html: string, allowed: string[]): void {
    const names = tagsOf(html).map(t => t.name).filter(n => !allowed.includes(n));
    assert.deepEqual(names, [], `unexpected elements in ${html}`);
}

describe('escapeHtml', () => {
    it('escapes the five characters that matter in text and double- or single-quoted attributes', () => {
        assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    });

    it('takes any value', () => {
        assert.equal(escapeHtml(42), '42');
        assert.equal(escapeHtml(undefined), '');
        assert.equal(escapeHtml(null), '');
    });

    it('turns line breaks into spaces and controls and lone surrogates into U+FFFD', () => {
        assert.equal(escapeHtml('a\nb\r\nc\u2028d'), 'a b c d');
        assert.equal(escapeHtml('a\u0000b\u001bc\u007fd\u0085e\tf'), 'a\ufffdb\ufffdc\ufffdd\ufffde\tf');
        assert.equal(escapeHtml('x\ud800y\udc00z 🚀'), 'x\ufffdy\ufffdz 🚀');
    });

    for (const value of TRICKY) {
        it(`leaves no markup in ${JSON.stringify(value)}`, () => {
            const escaped = escapeHtml(value);
            assert.doesNotMatch(escaped, /[<>"']/);
            assert.equal(decodeEntities(escaped), plainText(value));
        });
    }
});

describe('escapeMarkdown', () => {
    it('escapes only where Markdown would read the character, so the raw text reads as written', () => {
        assert.equal(escapeMarkdown('SupplyTeam.Matchmaking'), 'SupplyTeam.Matchmaking');
        assert.equal(escapeMarkdown('teams/supply.plan'), 'teams/supply.plan');
        assert.equal(escapeMarkdown('60-90 days'), '60-90 days');
        assert.equal(escapeMarkdown('HEAD~1'), 'HEAD~1');
        assert.equal(escapeMarkdown('snake_case (parens) {braces} !bang =eq +plus a * b $5 ^q C# 1.5 a -> b -5'),
            'snake_case (parens) {braces} !bang =eq +plus a * b $5 ^q C# 1.5 a -> b -5');
    });

    it('escapes what Markdown reads anywhere, with a backslash', () => {
        const slashed = (text: string) => text.replace(/¦/g, '\\').replace(/'/g, '`'); // ¦ for a backslash, ' for a backtick
        assert.equal(escapeMarkdown(slashed("*a* _b_ 'c' [d](e) |k ~l~ ¦n ~~m~~ 2*3 $p$")),
            slashed("¦*a¦* ¦_b¦_ ¦'c¦' ¦[d¦](e) ¦|k ¦~l¦~ ¦¦n ¦~¦~m¦~¦~ 2¦*3 ¦$p¦$"));
    });

    it('escapes at the start what would make a line a list, heading, quote or break, and a closing # at the end', () => {
        const cases: Array<[string, string]> = [
            ['- item', String.raw`\- item`], ['+ item', String.raw`\+ item`], ['* item', String.raw`\* item`],
            ['1. item', String.raw`1\. item`], ['12) item', String.raw`12\) item`], ['# heading', String.raw`\# heading`],
            ['> quote', String.raw`\> quote`], ['===', String.raw`\===`], ['---', String.raw`\---`], ['--', String.raw`\--`], ['#12 and #x', '#\u200d12 and #x'], ['Title ##', String.raw`Title \##`],
        ];
        for (const [value, escaped] of cases) assert.equal(escapeMarkdown(value), escaped, value);
    });

    it('writes < as a character reference, and & when it would start one', () => {
        assert.equal(escapeMarkdown('<b> & &amp; &#60;'), '&lt;b> & &amp;amp; &amp;#\u200d60;');
    });

    it('breaks URLs, mentions, issue references and emoji codes', () => {
        assert.equal(escapeMarkdown('https://x'), 'https\\://x');
        assert.equal(escapeMarkdown('@someone'), '@\u200dsomeone');
        assert.equal(escapeMarkdown('#12'), '#\u200d12');
        assert.equal(escapeMarkdown('see www.example.com'), 'see www\\.example.com');
        assert.equal(escapeMarkdown(':smile:'), ':\u200dsmile:');
        assert.equal(escapeMarkdown('a:b c'), 'a:b c');
    });

    it('drops white space at the ends (no indented code block, no broken emphasis) and keeps the rest', () => {
        assert.equal(escapeMarkdown('    code  '), 'code');
        assert.equal(escapeMarkdown('a\nb'), 'a b');
    });

    for (const value of TRICKY) {
        describe(JSON.stringify(value), () => {
            const expected = plainText(value).trim();
            const escaped = escapeMarkdown(value);

            it('has no raw <, no bare mention, no unbroken URL scheme', () => {
                assert.doesNotMatch(escaped, /</);
                assert.doesNotMatch(escaped, /@[\p{L}\p{N}]/u);
                assert.doesNotMatch(escaped, /[^\\]:\/\//);
            });

            it('renders as the same text inline', () => {
                const html = marked.parseInline(`before ${escaped} after`, { gfm: true }) as string;
                onlyTags(html, []);
                assert.equal(visible(html), `before ${expected} after`.replace(/ +$/, ''));
            });

            it('renders as one paragraph of the same text alone on a line, and as a heading', () => {
                const html = marked.parse(`${escaped}\n`, { gfm: true }) as string;
                onlyTags(html, expected ? ['p'] : []);
                assert.equal(visible(html).trim(), expected.trim());
                const heading = marked.parse(`## ${escaped}\n`, { gfm: true }) as string;
                onlyTags(heading, ['h2']);
                assert.equal(visible(heading).trim(), expected.trim());
            });

            it('stays in its table cell', () => {
                const html = marked.parse(`| a | b | c |\n| --- | --- | --- |\n| x | ${escaped} | z |\n`, { gfm: true }) as string;
                onlyTags(html, ['table', 'thead', 'tbody', 'tr', 'th', 'td']);
                const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(m => visible(m[1]));
                assert.deepEqual(cells, ['x', expected.trim(), 'z']);
            });

            it('stays inside a list item and inside strong emphasis', () => {
                const html = marked.parse(`- **${escaped}**\n  - ${escaped}\n`, { gfm: true }) as string;
                onlyTags(html, ['ul', 'li', 'strong']);
                assert.equal(visible(html).replace(/\s+/g, ' ').trim(), `${expected.trim()} ${expected.trim()}`.replace(/\s+/g, ' ').trim());
            });
        });
    }
});
