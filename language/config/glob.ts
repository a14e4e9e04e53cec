/**
 * The config's `ignore` globs, matched in time linear in the path (times the
 * glob's bounded length) whatever the glob.
 *
 * picomatch, used before, compiles a glob to a backtracking regular
 * expression: `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a file named with 40 `a`s
 * took minutes, and a config comes with the plans of a pull request. No glob
 * library on npm matches in linear time (they all compile to expressions
 * with look-arounds, which a linear engine such as RE2 refuses), so this is
 * a small matcher of its own over the usual syntax:
 *
 * - `*` (any run of characters but `/`), `?` (one character but `/`),
 *   `**` as a whole path segment (any number of folders), `[abc]`, `[a-z]`,
 *   `[!abc]` / `[^abc]`, `\x` (x itself), `{a,b}` (either; nested braces too);
 * - dot files are matched like any other (picomatch's `dot: true`);
 * - refused, as a config problem naming the glob and the reason: longer than
 *   `MAX_GLOB_LENGTH`, more than `MAX_GLOB_WILDCARDS` wildcards, braces that
 *   expand to more than `MAX_GLOB_ALTERNATIVES` globs, an unclosed `[`, a
 *   trailing `\`, negation (`!…`) and extended globs (`+(…)`, `@(…)`, …).
 *
 * A path segment is matched by the two-pointer wildcard algorithm (each `*`
 * retried at most once per character), and `**` by a set of positions over
 * the segments: O(path length × glob length) per path, no backtracking.
 */

/** A glob is a short pattern; longer is refused. */
export const MAX_GLOB_LENGTH = 256;
/** `*`, `**`, `?` and `[…]` per glob (after braces are expanded, per alternative). */
export const MAX_GLOB_WILDCARDS = 16;
/** Globs a `{…}` expands to. */
export const MAX_GLOB_ALTERNATIVES = 32;

type Atom =
    | { kind: 'char'; char: string }
    | { kind: 'any' }
    | { kind: 'star' }
    | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };

/** A path segment's atoms, or `**` (any number of segments). */
type Segment = Atom[] | 'globstar';

export interface CompiledGlob {
    /** Whether a relative path (with `/` separators) matches. */
    matches(path: string): boolean;
}

/** Counts segment comparisons and characters stepped over: the growth tests read it. */
export const globWork = { steps: 0 };

/** The glob compiled, or why it is refused (a sentence naming the glob). */
export function compileGlob(glob: string): CompiledGlob | { problem: string } {
    if (glob.length > MAX_GLOB_LENGTH) return { problem: `'${glob.slice(0, 40)}…' is ${glob.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}` };
    if (glob.startsWith('!')) return { problem: `'${glob}' is negated; negated globs are not supported (list what to leave out)` };
    const extglob = /[?*+@!]\(/.exec(glob);
    if (extglob) return { problem: `'${glob}' uses the extended glob '${extglob[0]}…)'; extended globs are not supported (use {a,b} or several globs)` };
    const alternatives = expandBraces(glob.startsWith('./') ? glob.slice(2) : glob);
    if (alternatives === undefined) return { problem: `'${glob}' expands to more than ${MAX_GLOB_ALTERNATIVES} globs; write fewer {…} alternatives` };
    const compiled: Segment[][] = [];
    for (const alternative of alternatives) {
        const segments = compileSegments(alternative);
        if (typeof segments === 'string') return { problem: `'${glob}' is not a valid glob: ${segments}` };
        const wildcards = segments.reduce((count, segment) => count + (segment === 'globstar' ? 1 : segment.filter(atom => atom.kind !== 'char').length), 0);
        if (wildcards > MAX_GLOB_WILDCARDS) return { problem: `'${glob}' has ${wildcards} wildcards; a glob may have at most ${MAX_GLOB_WILDCARDS}` };
        compiled.push(segments);
    }
    return { matches: path => compiled.some(segments => matchPath(segments, path.split('/'))) };
}

/** One matcher for a list of globs (already validated by `compileGlob`; a refused one matches nothing). */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
    const compiled = globs.map(compileGlob).filter((glob): glob is CompiledGlob => 'matches' in glob);
    return path => compiled.some(glob => glob.matches(path));
}

/** `{a,b}` expanded, innermost first; undefined when there would be too many. */
function expandBraces(glob: string): string[] | undefined {
    let results = [glob];
    for (let round = 0; round < MAX_GLOB_LENGTH; round++) {
        const next: string[] = [];
        let changed = false;
        for (const text of results) {
            const brace = innermostBrace(text);
            if (!brace) { next.push(text); continue; }
            changed = true;
            for (const option of splitTopLevel(text.slice(brace.open + 1, brace.close))) {
                next.push(text.slice(0, brace.open) + option + text.slice(brace.close + 1));
                if (next.length > MAX_GLOB_ALTERNATIVES) return undefined;
            }
        }
        results = next;
        if (!changed) return results;
    }
    return results;
}

/** The first `{…}` that holds a comma and no other brace (escapes and classes skipped). */
function innermostBrace(text: string): { open: number; close: number } | undefined {
    let open = -1;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '\\') i++;
        else if (char === '{') open = i;
        else if (char === '}' && open >= 0) {
            if (splitTopLevel(text.slice(open + 1, i)).length > 1) return { open, close: i };
            open = -1;
        }
    }
    return undefined;
}

function splitTopLevel(text: string): string[] {
    const parts: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === ',') { parts.push(text.slice(start, i)); start = i + 1; }
    }
    parts.push(text.slice(start));
    return parts;
}

/** The glob's segments, or what is wrong with it. */
function compileSegments(glob: string): Segment[] | string {
    const segments: Segment[] = [];
    let atoms: Atom[] = [];
    for (let i = 0; i <= glob.length; i++) {
        const char = glob[i];
        if (i === glob.length || char === '/') {
            const text = glob.slice(glob.lastIndexOf('/', i - 1) + 1, i);
            segments.push(text === '**' ? 'globstar' : atoms);
            atoms = [];
            continue;
        }
        if (char === '\\') {
            if (i + 1 >= glob.length) return 'it ends with a lone backslash';
            atoms.push({ kind: 'char', char: glob[++i] });
        } else if (char === '?') {
            atoms.push({ kind: 'any' });
        } else if (char === '*') {
            if (atoms.at(-1)?.kind !== 'star') atoms.push({ kind: 'star' });
        } else if (char === '[') {
            const parsed = parseClass(glob, i);
            if (typeof parsed === 'string') return parsed;
            atoms.push(parsed.atom);
            i = parsed.end;
        } else {
            atoms.push({ kind: 'char', char });
        }
    }
    return segments;
}

/** `[…]` at `start`: the class and the index of its `]`. */
function parseClass(glob: string, start: number): { atom: Atom; end: number } | string {
    let i = start + 1;
    const negated = glob[i] === '!' || glob[i] === '^';
    if (negated) i++;
    const ranges: Array<[number, number]> = [];
    let first = true;
    for (; i < glob.length; i++, first = false) {
        let char = glob[i];
        if (char === ']' && !first) return { atom: { kind: 'class', negated, ranges }, end: i };
        if (char === '/') break;
        if (char === '\\' && i + 1 < glob.length) char = glob[++i];
        const low = char.charCodeAt(0);
        if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
            let highChar = glob[i + 2];
            i += 2;
            if (highChar === '\\' && i + 1 < glob.length) highChar = glob[++i];
            const high = highChar.charCodeAt(0);
            if (high < low) return `the range '${char}-${highChar}' is out of order`;
            ranges.push([low, high]);
        } else {
            ranges.push([low, low]);
        }
    }
    return `missing ']' after '${glob.slice(start, start + 20)}'`;
}

function accepts(atom: Atom, char: string): boolean {
    switch (atom.kind) {
        case 'char': return atom.char === char;
        case 'any': return true;
        case 'star': return false;
        case 'class': {
            const code = char.charCodeAt(0);
            return atom.ranges.some(([low, high]) => code >= low && code <= high) !== atom.negated;
        }
    }
}

/** Two pointers; on a mismatch, the last `*` takes one character more. */
function matchSegment(atoms: Atom[], text: string): boolean {
    let a = 0, t = 0, star = -1, starT = 0;
    while (t < text.length) {
        globWork.steps++;
        const atom = atoms[a];
        if (atom && atom.kind === 'star') {
            star = a++;
            starT = t;
        } else if (atom && accepts(atom, text[t])) {
            a++;
            t++;
        } else if (star >= 0) {
            a = star + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (atoms[a]?.kind === 'star') a++;
    return a === atoms.length;
}

/** The positions in the glob's segments reachable after each path segment. */
function matchPath(segments: Segment[], path: string[]): boolean {
    const closure = (states: Set<number>) => {
        for (const state of states) if (segments[state] === 'globstar') states.add(state + 1);
        return states;
    };
    let states = closure(new Set([0]));
    for (const part of path) {
        const next = new Set<number>();
        for (const state of states) {
            globWork.steps++;
            const segment = segments[state];
            if (segment === undefined) continue;
            if (segment === 'globstar') next.add(state);
            else if (matchSegment(segment, part)) next.add(state + 1);
        }
        if (next.size === 0) return false;
        states = closure(next);
    }
    return states.has(segments.length);
}
