/**
 * String literals of the language: double-quoted, with `\"` and `\\` as the
 * only escapes. A backslash before any other character is kept as written, so
 * `"C:\temp"` means exactly what it shows.
 */

export function unquote(literal: string): string {
    if (!literal.includes('\\')) return literal.slice(1, literal.length > 1 && literal.endsWith('"') ? -1 : undefined);
    const body = literal.slice(1, isClosedString(literal) ? -1 : undefined);
    return body.replace(/\\(["\\])/g, '$1');
}

/** Whether a string token has its closing quote (the lexer lets an unclosed one run to the end of its line). */
export function isClosedString(literal: string): boolean {
    // `/^"(?:[^"\\\r\n]|\\[^\r\n])*"$/` by hand: V8 runs that expression with a stack frame per character (a 10 MB string overflowed).
    if (literal.charCodeAt(0) !== 0x22) return false;
    for (let i = 1; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code === 0x22) return i === literal.length - 1;
        if (code === 0x0d || code === 0x0a) return false;
        if (code === 0x5c) {
            const next = literal.charCodeAt(i + 1);
            if (i + 1 >= literal.length || next === 0x0d || next === 0x0a) return false;
            i++;
        }
    }
    return false;
}

export function quote(value: string): string {
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Edit distance between two names, ignoring case. With a `bound`, stops as
 * soon as the distance must exceed it and returns `bound + 1`.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    const row = Array.from({ length: y.length + 1 }, (_, i) => i);
    for (let i = 1; i <= x.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        let smallest = i;
        for (let j = 1; j <= y.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1));
            diagonal = above;
            if (row[j] < smallest) smallest = row[j];
        }
        if (smallest > bound) return bound + 1;
    }
    return Math.min(row[y.length], bound + 1);
}

/**
 * Optimal string alignment distance (Levenshtein plus a swap of two
 * neighbouring letters as one step), case-sensitive: callers lower-case what
 * they compare without case. With a `bound`, stops as soon as the distance
 * must exceed it and returns `bound + 1`.
 */
export function alignmentDistance(a: string, b: string, bound = Infinity): number {
    let before = new Array<number>(b.length + 1).fill(0);
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = new Array<number>(b.length + 1);
        row[0] = i;
        let smallest = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
            row[j] = value;
            if (value < smallest) smallest = value;
        }
        if (smallest > bound) return bound + 1;
        before = previous;
        previous = row;
    }
    return Math.min(previous[b.length], bound + 1);
}

/**
 * The candidate nearest to `name`, for "did you mean" hints: at most two edits
 * away, and only one for names of three letters or fewer.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
    const limit = name.length <= 3 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name || Math.abs(candidate.length - name.length) > limit) continue;
        const distance = editDistance(candidate, name, bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
