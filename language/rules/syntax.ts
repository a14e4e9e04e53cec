import type { AstNode } from 'langium';
import { CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import { isClosedString } from '../strings.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

/**
 * Parser and lexer errors are turned into this rule by the validator. Its
 * checks here: a string without its closing quote (the lexer lets it run to
 * the end of the line, so the rest of the file still parses), and a
 * single-valued line written twice in one block, which the grammar accepts
 * but which would silently keep only the last value.
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
            unclosedString: 'Unclosed string: add the closing " on the same line.',
        },
    },
    checks: {
        Model: (node, context) => {
            for (const cst of CstUtils.streamCst(node.$cstNode!)) {
                if (isLeafCstNode(cst) && cst.tokenType.name === 'STRING' && !isClosedString(cst.text)) {
                    context.report({ node: cst.astNode, range: cst.range, messageId: 'unclosedString' });
                }
            }
        },
        Partnership: (node, context) => repeated(node, context, ['industry', 'region', 'convener', 'launch'], `partnership '${node.name}'`),
        Priority: (node, context) => repeated(node, context, ['followUp'], `priority '${node.name}'`),
        Team: (node, context) => repeated(node, context, ['formed'], `team '${node.name}'`),
        Responder: (node, context) => repeated(node, context, ['joined', 'selectedBy'], `responder '${node.person?.$refText}'`),
        Win: (node, context) => repeated(node, context, ['due', 'owner', 'impact', 'feasibility', 'status', 'assessment'], `win '${node.name}'`),
        FirstStep: (node, context) => repeated(node, context, ['owner', 'due'], 'the first step'),
    },
});

const KEYWORD: Record<string, string> = { followUp: 'follow-up', selectedBy: 'selected-by' };

function repeated(node: AstNode, context: RuleContext, properties: string[], element: string): void {
    for (const property of properties) {
        const nodes = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        for (let index = 1; index < nodes.length; index++) {
            context.report({
                node, range: nodes[index].range, messageId: 'repeated',
                data: { keyword: KEYWORD[property] ?? property, count: nodes.length, element },
            });
        }
    }
}
