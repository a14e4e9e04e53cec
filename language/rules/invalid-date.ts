import type { AstNode } from 'langium';
import { dateProblem } from '../dates.js';
import { fix, replaceProperty } from '../fixes/edits.js';
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
        fixable: true,
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
    if (!problem) return;
    const date = spelledOut(text!);
    context.report({
        node, property, messageId: 'invalid', data: { problem },
        fixes: date ? fix(`Write ${date}`, replaceProperty(node, property, date)) : [],
    });
}

/**
 * The date a misshapen one stands for, written YYYY-MM-DD, when there is no
 * doubt which: `2027-2-5` and `2027/02/12` (year first), `25/02/2027` and
 * `02/25/2027` (one of the first two numbers cannot be a month). Not
 * `12/02/2027`, which is 12 February or 2 December; not `2027-02`, which has
 * no day; nothing that would not be a real date.
 */
export function spelledOut(text: string): string | undefined {
    const parts = text.split(/[-/.]/);
    if (parts.length !== 3 || parts.some(part => !/^[0-9]{1,4}$/.test(part))) return undefined;
    const [a, b, c] = parts.map(Number);
    let year: number, month: number, day: number;
    if (parts[0].length === 4) [year, month, day] = [a, b, c];
    else if (parts[2].length === 4) {
        year = c;
        if (a === b || (a <= 12 && b > 12)) [month, day] = [a, b];
        else if (a > 12 && b <= 12) [month, day] = [b, a];
        else return undefined;
    } else return undefined;
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    return date !== text && dateProblem(date) === undefined ? date : undefined;
}
