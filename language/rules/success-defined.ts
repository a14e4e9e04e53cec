import { fix, insertIntoBody } from '../fixes/edits.js';
import { block, TODO } from '../fixes/skeletons.js';
import { defineRule, noOptions } from './rule.js';

export const successDefined = defineRule({
    meta: {
        id: 'success-defined',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A team has no success statement, or its success has no measure.',
        options: noOptions,
        fixable: true,
        safeFixes: ['noSuccess', 'noMeasure'],
        messages: {
            noSuccess: "Team '{name}' does not define success; the guide's first question is how the team will know it has made change.",
            noMeasure: "The success of team '{team}' has no measure; say how the team will know it has made change.",
        },
    },
    checks: {
        Team: (node, { report }) => {
            if (node.successes.length === 0) {
                report({
                    node, property: 'name', messageId: 'noSuccess', data: { name: node.name },
                    fixes: fix('Add a success statement with a measure',
                        insertIntoBody(node, block(`success ${TODO.success}`, [`measure ${TODO.measure}`]))),
                });
            }
        },
        Success: (node, { report }) => {
            if (node.measures.length === 0) {
                report({
                    node, property: 'result', messageId: 'noMeasure', data: { team: node.$container.name },
                    fixes: fix('Add a measure', insertIntoBody(node, [`measure ${TODO.measure}`])),
                });
            }
        },
    },
});
