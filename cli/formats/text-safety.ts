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
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function forTerminal(text: string): string {
    return text.replace(TERMINAL_UNSAFE, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters XML 1.0 does not allow, lone surrogates included. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function forXml(text: string): string {
    return text
        .replace(XML_INVALID, '\ufffd')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
