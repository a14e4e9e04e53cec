import { winStatus } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

const HEAVY = new Set(['charter', 'bylaws', 'staff', 'fund', 'incorporation']);

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
            tooEarly: "Team '{team}' plans a {kind} ('{what}') before any of its wins is achieved; the guide creates \u201cjust enough\u201d organization to follow through on early wins, and more only as the work grows.",
        },
    },
    checks: {
        Organize: (node, { report }) => {
            const team = node.$container;
            if (!HEAVY.has(node.kind) || team.wins.some(w => winStatus(w) === 'achieved')) return;
            report({ node, property: 'kind', messageId: 'tooEarly', data: { team: team.name, kind: node.kind, what: node.what } });
        },
    },
});
