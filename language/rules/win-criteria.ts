import { fix, insertIntoBody } from '../fixes/edits.js';
import { written } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';
import { single } from '../single.js';

export const winCriteria = defineRule({
    meta: {
        id: 'win-criteria',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§1',
        description: 'An early win lacks an impact or feasibility rating, is rated low, or requires new funding or change outside the region.',
        options: noOptions,
        fixable: true,
        messages: {
            noImpact: "Early win '{name}' has no impact rating; the guide asks whether it yields high, positive impact for the most organizations.",
            noFeasibility: "Early win '{name}' has no feasibility rating; the guide asks whether change is feasible in a year, without new resources, within the region.",
            lowImpact: "Early win '{name}' is rated low impact; the guide picks actions with high, positive impact for the most organizations.",
            lowFeasibility: "Early win '{name}' is rated low feasibility; the guide picks actions where change is feasible within a year.",
            newFunding: "Early win '{name}' requires new funding; the guide assumes no new, immediate resources.",
            outsideRegion: "Early win '{name}' requires change outside the region; the guide picks change within the region's own spheres.",
        },
    },
    checks: {
        Win: (node, { report }) => {
            if (node.kind !== 'early') return;
            const data = { name: node.name };
            for (const criterion of ['impact', 'feasibility'] as const) {
                const rating = single(node[criterion]);
                const missingId = criterion === 'impact' ? 'noImpact' : 'noFeasibility';
                if (rating === undefined && !written(node, criterion)) {
                    report({
                        node, property: 'name', messageId: missingId, data,
                        fixes: (['high', 'medium'] as const).flatMap(value =>
                            fix(`Rate ${criterion} ${value}`, insertIntoBody(node, [`${criterion} ${value}`]))),
                    });
                } else if (rating === 'low') {
                    report({ node, property: criterion, messageId: criterion === 'impact' ? 'lowImpact' : 'lowFeasibility', data });
                }
            }
            node.requires.forEach((requirement, index) => {
                report({ node, property: 'requires', index, messageId: requirement === 'new-funding' ? 'newFunding' : 'outsideRegion', data });
            });
        },
    },
});
