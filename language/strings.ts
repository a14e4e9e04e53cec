/**
 * String literals of the language: double-quoted, with `\"` and `\\` as the
 * only escapes. A backslash before any other character is kept as written, so
 * `"C:\temp"` means exactly what it shows.
 */

export function unquote(literal: string): string {
    const body = literal.slice(1, -1);
    return body.replace(/\\(["\\])/g, '$1');
}

export function quote(value: string): string {
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Whether two names are within two edits of each other: for "did you mean" hints. */
export function isNear(a: string, b: string): boolean {
    if (a === b || Math.abs(a.length - b.length) > 2) return a === b;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length] <= 2;
}
