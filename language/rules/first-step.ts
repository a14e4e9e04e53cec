import { fix, insertIntoBody } from '../fixes/edits.js';
import { block, dueLine, ownerLine, TODO } from '../fixes/skeletons.js';
import { formedDay, written } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

/** Skeleton due dates for a first step: two weeks after the team formed. */
const FIRST_STEP_DAYS = 14;

export const firstStep = defineRule({
    meta: {
        id: 'first-step',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'A team has no first step, its first step lacks an owner or a due date, or the team does not say who needs to be involved.',
        options: noOptions,
        fixable: true,
        safeFixes: ['missing', 'noInvolve'],
        messages: {
            missing: "Team '{name}' has no first step; the guide asks what the first step is.",
            noOwner: "The first step of team '{team}' has no owner; the guide asks who takes it.",
            noDue: "The first step of team '{team}' has no due date; a first step needs a date to happen.",
            noInvolve: "Team '{name}' does not say who needs to be involved; the guide asks who needs to be involved.",
        },
    },
    checks: {
        Team: (node, { report }) => {
            const due = dueLine(stepDue(node));
            if (node.firstSteps.length === 0) {
                report({
                    node, property: 'name', messageId: 'missing', data: { name: node.name },
                    fixes: fix('Add a first step', insertIntoBody(node, block(`first step ${TODO.firstStep}`, [...ownerLine(node), ...due]))),
                });
            }
            if (node.involves.length === 0) {
                report({
                    node, property: 'name', messageId: 'noInvolve', data: { name: node.name },
                    fixes: fix('Add who needs to be involved', insertIntoBody(node, [`involve ${TODO.involve}`])),
                });
            }
        },
        FirstStep: (node, { report }) => {
            const team = node.$container;
            if (node.owner.length === 0 && !written(node, 'owner')) {
                const owner = ownerLine(team);
                report({
                    node, property: 'what', messageId: 'noOwner', data: { team: team.name },
                    fixes: owner.length ? fix(`Make ${owner[0].slice('owner '.length)} the owner`, insertIntoBody(node, owner)) : [],
                });
            }
            if (node.due.length === 0 && !written(node, 'due')) {
                const due = dueLine(stepDue(team));
                report({
                    node, property: 'what', messageId: 'noDue', data: { team: team.name },
                    fixes: due.length ? fix(`Add ${due[0]}`, insertIntoBody(node, due)) : [],
                });
            }
        },
    },
});

function stepDue(team: Parameters<typeof formedDay>[0]) {
    const formed = formedDay(team);
    return formed === undefined ? undefined : formed + FIRST_STEP_DAYS;
}
