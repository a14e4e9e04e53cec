import { winStatus } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

/** The kinds of organization the guide calls too much too early, as a phrase. */
const HEAVY: Record<string, string> = { charter: 'a charter', bylaws: 'bylaws', staff: 'staff', fund: 'a fund', incorporation: 'an incorporation' };

export const justEnoughOrganization = defineRule({
    meta: {
        id: 'just-enough-organization',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§3, §4',
        description: 'A team organizes a charter, bylaws, staff, a fund or an incorporation before it has an achieved win and a next win.',
        options: noOptions,
        fixable: false,
        messages: {
            tooEarly: "Team '{team}' plans {kind} ('{what}') before {missing}; the guide creates \u201cjust enough\u201d organization to follow through on early wins, and more only \u201cas implementation of next wins gets larger and more complex\u201d.",
        },
    },
    checks: {
        Organize: (node, { report }) => {
            const team = node.$container;
            if (!(node.kind in HEAVY)) return;
            // Heavier organization follows the next wins: an achieved win and at least one next win come first.
            const achieved = team.wins.some(w => winStatus(w) === 'achieved');
            const next = team.wins.some(w => w.kind === 'next');
            if (achieved && next) return;
            const missing = !achieved && !next ? 'any of its wins is achieved or it plans a next win'
                : !achieved ? 'any of its wins is achieved' : 'it plans a next win';
            report({ node, property: 'kind', messageId: 'tooEarly', data: { team: team.name, kind: HEAVY[node.kind], what: node.what, missing } });
        },
    },
});
