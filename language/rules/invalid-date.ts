import type { AstNode } from 'langium';
import { dateProblem } from '../dates.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';
import { single } from '../single.js';

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
        Partnership: (node, context) => check(node, 'launch', single(node.launch), context),
        Priority: (node, context) => check(node, 'followUp', single(node.followUp), context),
        Team: (node, context) => check(node, 'formed', single(node.formed), context),
        Responder: (node, context) => check(node, 'joined', single(node.joined), context),
        Measure: (node, context) => check(node, 'by', node.by, context),
        Win: (node, context) => check(node, 'due', single(node.due), context),
        FirstStep: (node, context) => check(node, 'due', single(node.due), context),
        Review: (node, context) => check(node, 'date', node.date, context),
        Organize: (node, context) => check(node, 'on', node.on, context),
    },
});

function check(node: AstNode, property: string, text: string | undefined, context: RuleContext): void {
    const problem = text === undefined ? undefined : dateProblem(text);
    if (problem) context.report({ node, property, messageId: 'invalid', data: { problem } });
}
