/**
 * Just enough HTML reading for the rendering tests: the tags of a document
 * with their attributes, and its visible text. The renderers write every
 * attribute value in double quotes and escape `<`, `>` and `"` in it, so a
 * tag ends at the first `>`; a tag that does not read this way is reported.
 */

export interface Tag {
    name: string;
    closing: boolean;
    attributes: Array<[string, string | undefined]>;
    raw: string;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>]+(?:="[^"<>]*")?)*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:="([^"<>]*)")?/g;

/** Every tag, in order; throws on a `<` that starts neither a tag, a comment nor the doctype (markup that is not ours). */
export function tagsOf(html: string): Tag[] {
    const tags: Tag[] = [];
    let at = 0;
    for (;;) {
        const lt = html.indexOf('<', at);
        if (lt < 0) break;
        if (html.startsWith('<!--', lt)) {
            at = html.indexOf('-->', lt) + 3;
            continue;
        }
        if (/^<!doctype html>/i.test(html.slice(lt, lt + 15))) {
            at = lt + 15;
            continue;
        }
        TAG.lastIndex = lt;
        const match = TAG.exec(html);
        if (!match) throw new Error(`not a tag at ${lt}: ${JSON.stringify(html.slice(lt, lt + 80))}`);
        const attributes = [...match[3].matchAll(ATTRIBUTE)].map(m => [m[1], m[2]] as [string, string | undefined]);
        tags.push({ name: match[2].toLowerCase(), closing: match[1] === '/', attributes, raw: match[0] });
        at = lt + match[0].length;
        if (!tags.at(-1)!.closing && (tags.at(-1)!.name === 'style' || tags.at(-1)!.name === 'script')) {
            const end = html.toLowerCase().indexOf(`</${tags.at(-1)!.name}`, at);
            at = end < 0 ? html.length : end;
        }
    }
    return tags;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
        if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
        return ENTITIES[body.toLowerCase()] ?? whole;
    });
}

/** Tags that separate words: block elements, table cells, list items, SVG text. */
const BLOCK_TAG = /<\/?(?:p|div|dl|dt|dd|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|header|footer|section|nav|main|article|figure|figcaption|br|hr|svg|text|title|desc|g)\b[^>]*>/gi;

/** The text of a document or fragment: no style, script or comment; tags dropped, entities decoded, zero-width joiners removed. */
export function textOf(html: string): string {
    const body = html
        .replace(/<style[\s\S]*?<\/style>/gi, ' ')
        .replace(/<script[\s\S]*?<\/script>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(BLOCK_TAG, ' ')
        .replace(/<[^>]*>/g, '');
    return decodeEntities(body).replace(/\u200d/g, '');
}

/** Text with runs of white space made one space, for comparing sentences across line breaks. */
export function squash(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
