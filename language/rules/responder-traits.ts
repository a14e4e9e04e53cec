import { GrammarUtils } from 'langium';
import type { Responder } from '../generated/ast.js';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { defineRule, noOptions } from './rule.js';

export const TRAITS = {
    'resources': 'can commit their organization\'s resources',
    'business-centered': 'keep business champions at the center, as co-owners',
    'toolkit': 'see their organization\'s resources as a tool kit to combine with others\'',
    'collaborative': 'are collaborative and positive-sum in thinking and action',
} as const;

export const responderTraits = defineRule({
    meta: {
        id: 'responder-traits',
        defaultSeverity: 'off',
        structural: false,
        guide: '§2',
        description: 'A responder does not declare all four traits the guide looks for.',
        options: noOptions,
        fixable: true,
        messages: {
            missing: "Responder '{person}' does not declare the trait '{trait}'; the guide looks for first responders who {meaning}.",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            const missing = (Object.keys(TRAITS) as Array<keyof typeof TRAITS>).filter(t => !node.traits.includes(t));
            for (const trait of missing) {
                report({
                    node, property: 'person', messageId: 'missing',
                    data: { person: node.person?.$refText ?? '', trait, meaning: TRAITS[trait] },
                    fixes: fix(`Declare the missing traits: ${missing.join(', ')}`, addTraits(node, missing)),
                });
            }
        },
    },
});

function addTraits(node: Responder, traits: string[]) {
    const last = GrammarUtils.findNodesForProperty(node.$cstNode, 'traits').at(-1);
    if (last) {
        const at = last.range.end;
        return { range: { start: at, end: at }, newText: traits.map(t => `, ${t}`).join('') };
    }
    return insertIntoBody(node, [`traits ${traits.join(', ')}`]);
}
