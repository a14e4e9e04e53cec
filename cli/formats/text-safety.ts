/**
 * Plan text reaches terminals, XML and CI logs through messages. These make
 * sure it arrives as text: no terminal escape sequence, no bidirectional
 * override, no character XML forbids.
 */

/**
 * C0 and C1 controls (but tab), the bidi controls that can reorder what a
 * reader sees, and the invisible characters that hide in a name (a BOM, a
 * zero-width space, a word joiner): `unknown setting '\ufeffignore'` should
 * not read as `unknown setting 'ignore'`.
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The same, but for CR and LF, which a format encodes its own way (GitHub's %0D and %0A). */
const UNSAFE_BUT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

const asCode = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function forTerminal(text: string): string {
    return text.replace(TERMINAL_UNSAFE, asCode);
}

/** forTerminal, keeping CR and LF for the caller to encode. */
export function forLogKeepingBreaks(text: string): string {
    return text.replace(UNSAFE_BUT_BREAKS, asCode);
}

/**
 * JSON text (JSON.stringify's output) with the characters JSON leaves raw but
 * a log must not show raw (C1 controls, bidi controls, line and paragraph
 * separators, invisible characters) written as \uXXXX escapes: the same
 * JSON value, nothing that reorders or controls a terminal or a CI log.
 * Outside strings, JSON has none of them, so every one is inside a string.
 */
const JSON_RAW_UNSAFE = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function forJsonLog(json: string): string {
    return json.replace(JSON_RAW_UNSAFE, asCode);
}

/** Characters XML 1.0 does not allow, lone surrogates included. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * What XML holds but a log must not show raw: line breaks (a JUnit report
 * printed to a CI log would start a line with plan text, e.g. a workflow
 * command), tabs, DEL and C1 controls, bidi controls, line separators and
 * invisible characters. Written as character references, so an XML reader
 * gets the text back as it was and the raw report stays on its lines.
 */
const XML_LOG_UNSAFE = /[\t\n\r\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function forXml(text: string): string {
    return text
        .replace(XML_INVALID, '\ufffd')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(XML_LOG_UNSAFE, ch => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`);
}
