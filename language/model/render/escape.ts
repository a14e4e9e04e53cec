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

/**
 * Markdown punctuation that can start or end a construct anywhere in a line
 * (GitHub-flavoured Markdown: emphasis, code, links, images, tables,
 * strikethrough, headings, lists, block quotes, setext underlines, math).
 * CommonMark lets a backslash escape any ASCII punctuation, so escaping
 * one that did not need it is harmless.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~=$^]/g;

/** A character reference (`&amp;`, `&#60;`, `&#x3c;`) that Markdown would decode. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * For Markdown text, inline or in a table cell: the value reads as the
 * same text on GitHub.
 *
 * - ASCII punctuation that Markdown reads is backslash-escaped, so nothing
 *   becomes emphasis, a link, an image, code, a heading, a list, a quote or a
 *   table cell break (`\|` is a literal pipe inside GFM table cells too);
 * - `<` and `>` become `&lt;` and `&gt;`: no raw HTML and no `<autolink>`;
 *   `&` that would start a character reference becomes `&amp;`;
 * - `://` becomes `\://` and `www.` is broken by the escaped dot, so URLs
 *   (and `javascript:` text) are never turned into links;
 * - `@name` gets a zero-width joiner after the `@` so it mentions nobody, and
 *   `#123` and `:emoji:` get one too, so they do not link an issue or turn
 *   into an emoji: GitHub finds those in the rendered text, where a
 *   backslash no longer is.
 */
export function escapeMarkdown(value: unknown): string {
    return plainText(value)
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        .replace(ENTITY_LIKE, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200d')
        .replace(/#(?=\d)/g, '#\u200d')
        .replace(/:(?=[\w\\+-]+:)/g, ':\u200d')
        // Leading spaces could make an indented code block where a value starts a line, and
        // white space at either end would break the emphasis a value is set in.
        .trim();
}
