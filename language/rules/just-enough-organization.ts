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
        description: 'A team organizes a charter, bylaws, staff, a fund or an incorporation before any of its wins is achieved.',
        options: noOptions,
        fixable: false,
        messages: {
            tooEarly: "Team '{team}' plans {kind} ('{what}') before any of its wins is achieved; the guide creates \u201cjust enough\u201d organization to follow through on early wins, and more only as the work grows.",
        },
    },
    checks: {
        Organize: (node, { report }) => {
            const team = node.$container;
            if (!(node.kind in HEAVY) || team.wins.some(w => winStatus(w) === 'achieved')) return;
            report({ node, property: 'kind', messageId: 'tooEarly', data: { team: team.name, kind: HEAVY[node.kind], what: node.what } });
        },
    },
});
