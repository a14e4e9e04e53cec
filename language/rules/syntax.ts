import { GrammarAST, type AstNode, type CstNode } from 'langium';
import { isFastCst } from '../fast/cst.js';
import { UNCLOSED_STRING } from '../lexer.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

/**
 * Parser and lexer errors (an unclosed string among them, see lexer.ts) are
 * turned into this rule by the validator. Its checks here: a single-valued
 * line written twice in one block, which the grammar accepts but which would
 * silently keep only the last value; and a line whose value is missing
 * (`owner` alone on its line, as while typing it), which the grammar accepts
 * so that the rest of the block still parses (see line-structure.ts).
 */
export const syntax = defineRule({
    meta: {
        id: 'syntax',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'The text does not parse.',
        options: noOptions,
        fixable: true,
        messages: {
            parse: '{message}',
            repeated: "'{keyword}' is written {count} times in {element}; keep one.",
            missing: "'{keyword}' needs {what}.",
            unclosedString: UNCLOSED_STRING,
        },
    },
    checks: {
        Partnership: (node, context) => {
            repeated(node, context, ['industry', 'region', 'convener', 'launch'], `partnership '${node.name}'`);
            missingValues(node, context);
        },
        Priority: (node, context) => {
            repeated(node, context, ['followUp'], `priority '${node.name}'`);
            missingValues(node, context);
        },
        Team: (node, context) => {
            repeated(node, context, ['formed'], `team '${node.name}'`);
            missingValues(node, context);
        },
        Champion: (node, context) => missingValues(node, context),
        Responder: (node, context) => {
            repeated(node, context, ['joined', 'selectedBy'], `responder '${node.person?.$refText}'`);
            missingValues(node, context);
        },
        Win: (node, context) => {
            repeated(node, context, ['due', 'owner', 'impact', 'feasibility', 'status', 'assessment'], `win '${node.name}'`);
            missingValues(node, context);
        },
        FirstStep: (node, context) => {
            repeated(node, context, ['owner', 'due'], 'the first step');
            missingValues(node, context);
        },
        Involve: (node, context) => missingValues(node, context),
    },
});

const KEYWORD: Record<string, string> = { followUp: 'follow-up', selectedBy: 'selected-by' };

/** The property each grammar element assigns, looked up once per element. */
const featureOf = new WeakMap<object, string | null>();

function assignedFeature(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = featureOf.get(source);
    if (feature === undefined) {
        let element: GrammarAST.AbstractElement | undefined = source as GrammarAST.AbstractElement;
        while (element && !GrammarAST.isAssignment(element)) element = GrammarAST.isAbstractElement(element.$container) ? element.$container : undefined;
        feature = element?.feature ?? null;
        featureOf.set(source, feature);
    }
    return feature ?? undefined;
}

/** One pass over the node's own CST (not its children's), counting the single-valued properties it assigns. */
function repeated(node: AstNode, context: RuleContext, properties: string[], element: string): void {
    // The fast path reads no file with a line written twice (language/fast/parser.ts).
    if (isFastCst(node.$cstNode)) return;
    let seen: Map<string, CstNode[]> | undefined;
    const visit = (cst: CstNode) => {
        for (const child of (cst as { content?: CstNode[] }).content ?? []) {
            const feature = assignedFeature(child);
            if (feature && properties.includes(feature)) {
                seen ??= new Map();
                const list = seen.get(feature);
                if (list) list.push(child);
                else seen.set(feature, [child]);
            } else if (!feature && child.astNode === node) {
                visit(child); // an unassigned rule call wrapping the node's own text
            }
        }
    };
    if (node.$cstNode) visit(node.$cstNode);
    for (const [property, nodes] of seen ?? []) {
        for (let index = 1; index < nodes.length; index++) {
            context.report({
                node, range: nodes[index].range, messageId: 'repeated',
                data: { keyword: KEYWORD[property] ?? property, count: nodes.length, element },
            });
        }
    }
}

/** What each line keyword needs after it, and the property that holds it. */
export const VALUES: Record<string, { feature: string; what: string }> = {
    industry: { feature: 'industry', what: 'a quoted description' },
    region: { feature: 'region', what: 'a quoted description' },
    convener: { feature: 'convener', what: 'an organization' },
    launch: { feature: 'launch', what: 'a date (YYYY-MM-DD)' },
    'follow-up': { feature: 'followUp', what: 'a date (YYYY-MM-DD)' },
    formed: { feature: 'formed', what: 'a date (YYYY-MM-DD)' },
    champion: { feature: 'person', what: 'a person' },
    responder: { feature: 'person', what: 'a person' },
    joined: { feature: 'joined', what: 'a date (YYYY-MM-DD)' },
    'selected-by': { feature: 'selectedBy', what: 'convener, volunteered or representative' },
    due: { feature: 'due', what: 'a date (YYYY-MM-DD)' },
    owner: { feature: 'owner', what: 'a person' },
    impact: { feature: 'impact', what: 'high, medium or low' },
    feasibility: { feature: 'feasibility', what: 'high, medium or low' },
    requires: { feature: 'requires', what: 'new-funding or outside-region' },
    status: { feature: 'status', what: 'planned, in-progress, achieved, missed or dropped' },
    assessment: { feature: 'assessment', what: 'a quoted assessment' },
    involve: { feature: 'who|parties', what: 'a quoted description or names' },
};

/**
 * A line keyword of the node with nothing after it on its line: "'owner'
 * needs a person". Not when a lexing or parse error on that line already says
 * what is wrong there (one diagnostic per broken line).
 */
function missingValues(node: AstNode, context: RuleContext): void {
    for (const keyword of missingValueKeywords(node)) {
        if (hasErrorOnLine(context, keyword.range.start.line)) continue;
        const value = VALUES[keyword.text];
        context.report({ node, range: keyword.range, messageId: 'missing', data: { keyword: keyword.text, what: value.what } });
    }
}

/** The node's own CST children (through the unassigned rule calls that wrap its text), comments left out. */
function ownChildren(node: AstNode): CstNode[] {
    const children: CstNode[] = [];
    const visit = (cst: CstNode) => {
        for (const child of (cst as { content?: CstNode[] }).content ?? []) {
            if (child.hidden) continue;
            if (child.astNode === node && !assignedFeature(child) && (child as { content?: CstNode[] }).content) visit(child);
            else children.push(child);
        }
    };
    if (node.$cstNode) visit(node.$cstNode);
    return children;
}

/** The line keywords of the node written without their value (`owner` alone on its line). */
export function missingValueKeywords(node: AstNode): readonly CstNode[] {
    // Nor one with a line keyword lacking its value.
    if (!MISSING_TYPES.has(node.$type) || isFastCst(node.$cstNode)) return NONE;
    const children = ownChildren(node);
    const missing: CstNode[] = [];
    children.forEach((child, index) => {
        if (!GrammarAST.isKeyword(child.grammarSource)) return;
        const value = VALUES[child.grammarSource.value];
        // `'status'` is also a review's keyword: only the lines of this node's own block are looked at.
        if (!value || (child.grammarSource.value === 'status' && node.$type !== 'Win')) return;
        const next = children[index + 1];
        const feature = next && assignedFeature(next);
        if (feature && value.feature.split('|').includes(feature)) return;
        missing.push(child);
    });
    return missing;
}

/** Asked of every node: the common answer is not made anew each time. */
const NONE: readonly CstNode[] = Object.freeze([]);

const MISSING_TYPES = new Set(['Partnership', 'Priority', 'Team', 'Champion', 'Responder', 'Win', 'FirstStep', 'Involve']);

function hasErrorOnLine(context: RuleContext, line: number): boolean {
    const parse = context.document.parseResult;
    return parse.lexerErrors.some(error => (error.line ?? 0) - 1 === line)
        || parse.parserErrors.some(error => errorLine(error) === line);
}

/** The 0-based line a parse error is about: the line of the token before it when the error's token starts a later line. */
export function errorLine(error: { token: { startLine?: number; startOffset: number }; previousToken?: { endLine?: number; startOffset: number } }): number | undefined {
    const previous = error.previousToken;
    const token = error.token;
    if (previous && !Number.isNaN(previous.startOffset) && previous.endLine !== undefined
        && (Number.isNaN(token.startOffset) || token.startLine === undefined || token.startLine > previous.endLine)) return previous.endLine - 1;
    return token.startLine === undefined || Number.isNaN(token.startOffset) ? undefined : token.startLine - 1;
}
