import type { AstNode } from 'langium';
import { dateProblem } from '../dates.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

export const invalidDate = defineRule({
    meta: {
        id: 'invalid-date',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'A date is not a real calendar date.',
        options: noOptions,
        fixable: false,
        messages: { invalid: '{problem}.' },
    },
    checks: {
        Partnership: (node, context) => check(node, 'launch', node.launch, context),
        Priority: (node, context) => check(node, 'followUp', node.followUp, context),
        Team: (node, context) => check(node, 'formed', node.formed, context),
        Responder: (node, context) => check(node, 'joined', node.joined, context),
        Measure: (node, context) => check(node, 'by', node.by, context),
        Win: (node, context) => check(node, 'due', node.due, context),
        FirstStep: (node, context) => check(node, 'due', node.due, context),
        Review: (node, context) => check(node, 'date', node.date, context),
        Organize: (node, context) => check(node, 'on', node.on, context),
    },
});

function check(node: AstNode, property: string, text: string | undefined, context: RuleContext): void {
    const problem = text === undefined ? undefined : dateProblem(text);
    if (problem) context.report({ node, property, messageId: 'invalid', data: { problem } });
}
