/**
 * Reading one config file's text: JSONC first, then the schema. Every problem
 * names the field and the line, and the file's values are then not used.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { isStructural, RULE_IDS } from '../rules/index.js';
import { nearest } from '../strings.js';
import { configSchema, type ConfigFile } from './schema.js';

export interface ConfigProblem {
    file: string;
    /** 1-based; absent when the problem is with the file as a whole. */
    line?: number;
    /** The field, as a dotted path (`rules.first-win-window`); empty for the file itself. */
    field: string;
    message: string;
}

export { MAX_CONFIG_BYTES } from '../limits.js';

export function parseConfig(text: string, file: string): { config?: ConfigFile; problems: ConfigProblem[] } {
    // A byte order mark (Notepad and PowerShell write one) is not part of the JSON.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return { problems: [{ file, line: 1, field: '', message: 'the file is empty; write {} for no settings' }] };
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    const lineOf = lineFinder(text);
    if (errors.length > 0 || !tree) {
        // The first error is the typo; what follows it is the parser losing its footing.
        const problems = errors.slice(0, 1).map(error => ({
            file, line: lineOf(error.offset), field: '', message: `invalid JSON: ${describeParseError(error)}`,
        }));
        return { problems: problems.length ? problems : [{ file, field: '', message: 'invalid JSON' }] };
    }
    const value = nodeValue(tree);
    const result = configSchema.safeParse(value);
    if (result.success) return { config: result.data, problems: [] };
    const problems = result.error.issues.flatMap(issue => describeIssue(issue, tree, lineOf, file));
    return { problems };
}

/** The 1-based line of an offset: the line starts found once, then a binary search per lookup. */
function lineFinder(text: string): (offset: number) => number {
    let starts: number[] | undefined;
    return offset => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        }
        let low = 0, high = starts.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (starts[middle] <= offset) low = middle + 1;
            else high = middle;
        }
        return low;
    };
}

function describeParseError(error: ParseError): string {
    const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words;
}

/** The JSON value of a tree, with `__proto__` and friends kept as plain data. */
function nodeValue(node: Node): unknown {
    switch (node.type) {
        case 'object': {
            const object: Record<string, unknown> = Object.create(null);
            for (const property of node.children ?? []) {
                const [key, value] = property.children ?? [];
                if (key && value) object[String(key.value)] = nodeValue(value);
            }
            return { ...object };
        }
        case 'array':
            return (node.children ?? []).map(nodeValue);
        default:
            return node.value;
    }
}

function describeIssue(issue: z.core.$ZodIssue, tree: Node, lineOf: (offset: number) => number, file: string): ConfigProblem[] {
    const path = issue.path.map(segment => (typeof segment === 'symbol' ? String(segment) : segment));
    const at = (segments: Array<string | number>) => {
        const node = findNodeAtLocation(tree, segments);
        return node ? lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
    };
    if (issue.code === 'unrecognized_keys') {
        // The object's properties by key, read once: a lookup per key would be quadratic in a config of many unknown keys.
        const object = findNodeAtLocation(tree, path) ?? (path.length === 0 ? tree : undefined);
        const properties = new Map<string, Node>();
        for (const property of object?.children ?? []) {
            const key = property.children?.[0];
            if (key && !properties.has(String(key.value))) properties.set(String(key.value), property);
        }
        return issue.keys.map(key => {
            const property = properties.get(key);
            return { file, line: property ? lineOf(property.offset) : undefined, field: [...path, key].join('.'), message: unknownKeyMessage(path, key) };
        });
    }
    return [{ file, line: at(path), field: path.join('.'), message: issueMessage(issue) }];
}

function unknownKeyMessage(path: Array<string | number>, key: string): string {
    if (path.length === 1 && path[0] === 'rules') {
        if (isStructural(key) && RULE_IDS.includes(key)) {
            return `'${key}' is a structural rule: it is always an error and cannot be configured`;
        }
        const near = nearest(key, RULE_IDS.filter(id => !isStructural(id)));
        return `unknown rule '${key}'${near ? `; did you mean '${near}'?` : ''}`;
    }
    if (path.length === 0) return `unknown setting '${key}'; the settings are asOf, rules and ignore`;
    return `unknown option '${key}'`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
    if (issue.code === 'invalid_union') {
        return 'expected a severity (error, warning, info, hint, off) or [severity, { options }]'
            + (issue.errors.flat().some(i => i.code === 'unrecognized_keys' || i.path.length > 1) ? `: ${innerUnionMessage(issue)}` : '');
    }
    return issue.message;
}

/** The most specific message inside a union of [severity, options], e.g. an unknown option. */
function innerUnionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
    const inner = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
    if (!inner) return issue.message;
    if (inner.code === 'unrecognized_keys') return `unknown option '${inner.keys.join("', '")}'`;
    const field = inner.path.slice(1).join('.');
    return field ? `${field}: ${inner.message}` : inner.message;
}
