/**
 * A small, strict XML 1.0 well-formedness checker for the JUnit report: no
 * dependency, enough of the grammar for what a report holds (declaration,
 * elements, attributes, text, comments, CDATA). It throws with the offset and
 * the reason on anything a conforming parser would refuse, and returns the
 * element tree with entities decoded so tests can compare the values.
 */

export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: Array<XmlElement | string>;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether a code point is an XML 1.0 `Char`. */
export function isXmlChar(code: number): boolean {
    return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
        || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

export function parseXml(text: string): XmlElement {
    let pos = 0;
    const fail = (reason: string): never => {
        const line = text.slice(0, pos).split('\n').length;
        throw new Error(`not well-formed XML at line ${line} (offset ${pos}): ${reason}`);
    };
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
        if (!isXmlChar(code)) {
            pos = i;
            fail(`character U+${code.toString(16).padStart(4, '0')} is not allowed in XML`);
        }
    }
    const skipSpace = () => {
        SPACE.lastIndex = pos;
        SPACE.exec(text);
        pos = SPACE.lastIndex;
    };
    const name = (): string => {
        NAME.lastIndex = pos;
        const match = NAME.exec(text);
        if (!match) fail('a name was expected');
        pos = NAME.lastIndex;
        return match![0];
    };
    /** Decode character data up to `end` (exclusive), checking every `&` and forbidden text. */
    const decode = (start: number, end: number, inAttribute: boolean): string => {
        let out = '';
        let i = start;
        while (i < end) {
            const ch = text[i];
            if (ch === '<') {
                pos = i;
                fail("a raw '<' in character data");
            }
            if (ch === '&') {
                ENTITY.lastIndex = i;
                const match = ENTITY.exec(text);
                if (!match || ENTITY.lastIndex > end) {
                    pos = i;
                    fail("a raw '&' that does not start an entity reference");
                }
                if (match![1]) out += NAMED[match![1]];
                else {
                    const code = match![2] ? parseInt(match![2], 10) : parseInt(match![3], 16);
                    if (!isXmlChar(code)) {
                        pos = i;
                        fail(`character reference to U+${code.toString(16)}, which XML does not allow`);
                    }
                    out += String.fromCodePoint(code);
                }
                i = ENTITY.lastIndex;
                continue;
            }
            if (!inAttribute && text.startsWith(']]>', i)) {
                pos = i;
                fail("']]>' in text");
            }
            out += ch;
            i++;
        }
        return out;
    };
    const element = (): XmlElement => {
        if (text[pos] !== '<') fail("'<' expected");
        pos++;
        const node: XmlElement = { name: name(), attributes: {}, children: [] };
        for (;;) {
            const before = pos;
            skipSpace();
            if (text.startsWith('/>', pos)) {
                pos += 2;
                return node;
            }
            if (text[pos] === '>') {
                pos++;
                break;
            }
            if (pos === before) fail('white space expected before an attribute');
            const attribute = name();
            if (attribute in node.attributes) fail(`attribute '${attribute}' written twice`);
            skipSpace();
            if (text[pos] !== '=') fail("'=' expected");
            pos++;
            skipSpace();
            const quote = text[pos];
            if (quote !== '"' && quote !== "'") fail('a quoted attribute value expected');
            const end = text.indexOf(quote, pos + 1);
            if (end < 0) fail('an attribute value is not closed');
            node.attributes[attribute] = decode(pos + 1, end, true);
            pos = end + 1;
        }
        for (;;) {
            if (pos >= text.length) fail(`element '${node.name}' is not closed`);
            if (text.startsWith('</', pos)) {
                pos += 2;
                const closing = name();
                if (closing !== node.name) fail(`'</${closing}>' closes '<${node.name}>'`);
                skipSpace();
                if (text[pos] !== '>') fail("'>' expected");
                pos++;
                return node;
            }
            if (text.startsWith('<!--', pos)) {
                const end = text.indexOf('-->', pos + 4);
                if (end < 0) fail('a comment is not closed');
                if (text.slice(pos + 4, end).includes('--')) fail("'--' inside a comment");
                pos = end + 3;
                continue;
            }
            if (text.startsWith('<![CDATA[', pos)) {
                const end = text.indexOf(']]>', pos + 9);
                if (end < 0) fail('a CDATA section is not closed');
                node.children.push(text.slice(pos + 9, end));
                pos = end + 3;
                continue;
            }
            if (text[pos] === '<') {
                node.children.push(element());
                continue;
            }
            const next = text.indexOf('<', pos);
            const end = next < 0 ? text.length : next;
            node.children.push(decode(pos, end, false));
            pos = end;
        }
    };

    if (text.startsWith('<?xml')) {
        const end = text.indexOf('?>');
        if (end < 0) fail('the XML declaration is not closed');
        if (!/^<\?xml\s+version=(["'])1\.[0-9]+\1(\s+encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone=(["'])(yes|no)\5)?\s*\?>$/.test(text.slice(0, end + 2))) {
            fail('a malformed XML declaration');
        }
        pos = end + 2;
    }
    skipSpace();
    while (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos);
        if (end < 0) fail('a comment is not closed');
        pos = end + 3;
        skipSpace();
    }
    const root = element();
    skipSpace();
    if (pos !== text.length) fail('content after the root element');
    return root;
}

/** Every element named `name` under `root` (root included), in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (node: XmlElement) => {
        if (node.name === name) found.push(node);
        for (const child of node.children) if (typeof child !== 'string') visit(child);
    };
    visit(root);
    return found;
}

/** The text content of an element (its text and CDATA, children included). */
export function textOf(node: XmlElement): string {
    return node.children.map(child => (typeof child === 'string' ? child : textOf(child))).join('');
}
