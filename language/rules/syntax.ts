import { GrammarAST, type AstNode, type CstNode } from 'langium';
import { UNCLOSED_STRING } from '../lexer.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

/**
 * Parser and lexer errors (an unclosed string among them, see lexer.ts) are
 * turned into this rule by the validator. Its one check here: a single-valued
 * line written twice in one block, which the grammar accepts but which would
 * silently keep only the last value.
 */
export const syntax = defineRule({
    meta: {
        id: 'syntax',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'The text does not parse.',
        options: noOptions,
        fixable: false,
        messages: {
            parse: '{message}',
            repeated: "'{keyword}' is written {count} times in {element}; keep one.",
            unclosedString: UNCLOSED_STRING,
        },
    },
    checks: {
        Partnership: (node, context) => repeated(node, context, ['industry', 'region', 'convener', 'launch'], `partnership '${node.name}'`),
        Priority: (node, context) => repeated(node, context, ['followUp'], `priority '${node.name}'`),
        Team: (node, context) => repeated(node, context, ['formed'], `team '${node.name}'`),
        Responder: (node, context) => repeated(node, context, ['joined', 'selectedBy'], `responder '${node.person?.$refText}'`),
        Win: (node, context) => repeated(node, context, ['due', 'owner', 'impact', 'feasibility', 'status', 'assessment'], `win '${node.name}'`),
        FirstStep: (node, context) => repeated(node, context, ['owner', 'due'], 'the first step'),
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
