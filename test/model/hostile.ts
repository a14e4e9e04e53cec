/**
 * Hostile plan text for the rendering tests: values that look like markup,
 * a plan whose every string is one of them, a model whose every string is
 * one, and the checks that a rendered document holds them as text only.
 */
import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { quote } from '../../language/strings.js';
import { squash, tagsOf, textOf } from './markup.js';

export const PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '](javascript:alert(1))',
    '[x](javascript:alert(1))',
    '| pipes |',
    '@someone',
    '*bold* _it_ # heading',
    `"quotes" & 'apostrophes'`,
];

/** A plan whose every string is `text`, built so that diagnostics quote it too. */
export function hostilePlan(text: string): Record<string, string> {
    const q = quote(text);
    return {
        'partnership.plan': `partnership P ${q} {
    industry ${q}
    region ${q}
    convener Org
    launch 2026-03-04
    priority Pri ${q} { follow-up 2026-03-27 }
    priority Other ${q} { follow-up 2026-03-30 }
}
business Biz ${q}
partner Org ${q} kind workforce
person ana ${q} of Biz title ${q}
person li ${q} of Org title ${q}
`,
        'teams/team.plan': `team T ${q} for Pri {
    formed 2026-03-27
    champion ana
    responder li {
        joined 2026-04-15
        selected-by convener
        commits in-kind ${q}
        commits financial ${q}
        traits resources, business-centered, toolkit, collaborative
    }
    success ${q} { measure ${q} target ${q} by 2027-06-30 }
    first win W1 ${q} {
        due 2026-06-10
        owner ana
        support Org ${q} gives in-kind
        status in-progress
        assessment ${q}
    }
    early win W2 ${q} { due 2026-09-30 impact high feasibility medium owner ana support li ${q} gives policy }
    early win W3 ${q} { due 2027-02-28 impact medium feasibility high owner ana support Org ${q} }
    next win W4 ${q} after W1 { due 2026-11-15 owner ana support li ${q} }
    first step ${q} { owner ana due 2026-04-10 }
    involve ${q}
    involve Org
    review 2026-04-20 by ana status approved
    organize ${q} kind bylaws on 2026-05-01
}
`,
    };
}

/** Every string of a model replaced by `text`; dates kept or not. Numbers and booleans stay. */
export function poisoned<T>(value: T, text: string, keepDates: boolean): T {
    if (typeof value === 'string') return (keepDates && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : text) as T;
    if (Array.isArray(value)) return value.map(v => poisoned(v, text, keepDates)) as T;
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, text, keepDates)])) as T;
    }
    return value;
}

/** The elements and attributes the renderer writes: any other one in its output came from plan text. */
const HTML_ELEMENTS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer', 'section', 'nav', 'article', 'figure', 'figcaption',
    'h1', 'h2', 'h3', 'h4', 'p', 'div', 'span', 'strong', 'em', 'cite', 'code', 'time', 'br', 'i', 'a',
    'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'svg', 'desc', 'g', 'rect', 'line', 'circle', 'path', 'text', 'tspan',
]);
const HTML_ATTRIBUTES = /^(class|id|lang|charset|http-equiv|content|name|datetime|href|title|role|aria-[a-z]+|data-[a-z-]+|xmlns|viewBox|width|height|x|y|x1|y1|x2|y2|cx|cy|r|d|text-anchor|nonce)$/;

/** The HTML holds no markup but the renderer's own: its elements and attributes, and its one script when it has one. */
export function assertOnlyOurMarkup(html: string, script?: string): void {
    const tags = tagsOf(html); // throws on a '<' that is not one of the renderer's tags
    const scripts = tags.filter(t => t.name === 'script' && !t.closing);
    if (script === undefined) {
        assert.deepEqual(scripts.map(t => t.raw), [], 'a script element');
    } else {
        assert.equal(scripts.length, 1);
        assert.match(scripts[0].raw, /^<script nonce="[A-Za-z0-9+/=_-]+">$/);
        assert.equal(html.split(script).length, 2, 'the renderer’s own script, once');
    }
    for (const tag of tags) {
        if (tag.name === 'script') continue;
        assert.ok(HTML_ELEMENTS.has(tag.name), `element <${tag.name}> from: ${tag.raw}`);
        for (const [name, value] of tag.attributes) {
            assert.match(name, HTML_ATTRIBUTES, `attribute ${name} in ${tag.raw}`);
            if (name === 'href') assert.match(value ?? '', /^#[\w-]+$/, tag.raw);
        }
        const outsideValues = tag.raw.replace(/="[^"]*"/g, '=""');
        assert.doesNotMatch(outsideValues, /onerror|javascript:/i, tag.raw);
    }
    const withoutOurs = script === undefined ? html : html.replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, '');
    assert.doesNotMatch(withoutOurs, /<img|<script|<\/script|<iframe|<object/i);
}

/** The HTML holds `text` as text only, and no markup but the renderer's own. */
export function assertSafeHtml(html: string, text: string, options: { script?: string } = {}): void {
    assertOnlyOurMarkup(html, options.script);
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.ok(!style.includes(text), 'plan text in the style sheet');
    assert.ok(squash(textOf(html)).includes(squash(text)), `the text ${JSON.stringify(text)} is not visible`);
}

/** The Markdown, rendered as GitHub would, holds `text` as text only. */
export async function assertSafeMarkdown(markdown: string, text: string): Promise<void> {
    assert.doesNotMatch(markdown, /</, 'a raw < in the Markdown');
    assert.doesNotMatch(markdown, /@[\p{L}\p{N}]/u, 'a mention in the Markdown');
    const html = await marked.parse(markdown, { gfm: true });
    const allowed = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'li', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br'];
    const tags = tagsOf(html);
    assert.deepEqual(tags.filter(t => !allowed.includes(t.name)).map(t => t.raw), [], 'markup from plan text');
    for (const tag of tags) assert.deepEqual(tag.attributes.filter(([n]) => n !== 'align'), [], tag.raw);
    // Every row of a table has as many cells as its header: no `|` of the text split a cell.
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const widths = (table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map(row => (row.match(/<t[hd][ >]/g) ?? []).length);
        assert.equal(new Set(widths).size, 1, `rows of unequal width in ${table}`);
    }
    assert.ok(squash(textOf(html)).includes(squash(text)), `the text ${JSON.stringify(text)} is not visible`);
}

