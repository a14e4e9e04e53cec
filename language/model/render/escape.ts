/**
 * Plan text is data, never markup. Every string that comes from the model
 * reaches a rendered document through one of these functions, so that
 * whatever a plan says shows as the text it is: no element, no link, no
 * mention, no table cell break.
 */

/**
 * Characters no document should carry: C0 and C1 controls (tab aside) and
 * lone surrogates. They become U+FFFD, so they are seen rather than acted on.
 * Line breaks become spaces: model strings are single-line values.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

export function plainText(value: unknown): string {
    return String(value ?? '').replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * For HTML text and for attribute values (always written in double quotes).
 * The one escape of the HTML renderer: it takes anything, so a number or an
 * unexpected value in a model is escaped too.
 */
export function escapeHtml(value: unknown): string {
    return plainText(value).replace(/[&<>"']/g, ch => HTML_ENTITIES[ch]);
}

/** A letter or digit: `_` between two of them cannot open or close emphasis. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * For Markdown text, inline or in a table cell, in a heading, a list item or
 * strong emphasis: the value reads as the same text on GitHub, and as
 * nearly the same text when the Markdown is read raw (piped, pasted).
 * A character is escaped only where Markdown would read it:
 *
 * - anywhere: `\`, `` ` ``, `[`, `]` (code, links, images, footnotes) and
 *   `|` (a table cell break); `<` becomes `&lt;` (no raw HTML, no
 *   `<autolink>`) and `&` that would start a character reference `&amp;`;
 * - `*` unless it stands alone between spaces, `_` at a word boundary
 *   (`snake_case` cannot be emphasis), `~` when doubled, at a word boundary
 *   or when the value has several (strikethrough), `$` when the value has
 *   several (math);
 * - at the start (a value may begin a line): a list marker (`-`, `+`,
 *   `1.`, `1)`), a heading `#`, a quote `>`, a thematic break or setext
 *   underline (`---`, `===`); at the end, a heading's closing `#`s;
 * - URLs never autolink (`https\://`, `www\.`), `@name` gets a zero-width
 *   joiner after the `@` so it mentions nobody, and `#123` and `:emoji:` get
 *   one too, so they do not link an issue or turn into an emoji: GitHub finds
 *   those in the rendered text, where a backslash no longer is;
 * - white space at either end is dropped: leading spaces could make an
 *   indented code block, and either would break the emphasis a value is set in.
 *
 * So `SupplyTeam.Matchmaking`, `teams/supply.plan`, `60-90` and `HEAD~1`
 * stay as they are. test/model/escape.test.ts checks every case with a real
 * GFM renderer.
 */
export function escapeMarkdown(value: unknown): string {
    const text = plainText(value).trim();
    const tildes = (text.match(/~/g) ?? []).length;
    const dollars = (text.match(/\$/g) ?? []).length;
    const chars = [...text];
    const out: string[] = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        const before = chars[i - 1] ?? '';
        const after = chars[i + 1] ?? '';
        const boundary = !WORD.test(before) || !WORD.test(after);
        let escape = false;
        switch (ch) {
            case '\\': case '`': case '[': case ']': case '|':
                escape = true;
                break;
            case '*':
                escape = !(/\s/.test(before) && /\s/.test(after));
                break;
            case '_':
                escape = boundary;
                break;
            case '~':
                escape = tildes > 1 || boundary;
                break;
            case '$':
                escape = dollars > 1;
                break;
        }
        out.push(escape ? `\\${ch}` : ch);
    }
    return lineStart(out.join(''))
        .replace(/(\s)(#+)$/, '$1\\$2')
        .replace(ENTITY_LIKE, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200d')
        .replace(/#(?=\d)/g, '#\u200d')
        .replace(/:(?=[\w\\+-]+:)/g, ':\u200d');
}

/** A character reference (`&amp;`, `&#60;`, `&#x3c;`) that Markdown would decode. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

/** What would make a line that starts with the value a list, a heading, a quote, a break or an underline. */
function lineStart(text: string): string {
    if (/^[-+](\s|$)/.test(text) || /^>/.test(text) || /^#{1,6}(\s|$)/.test(text) || /^(=+|-(\s*-)+)\s*$/.test(text)) return `\\${text}`;
    return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
