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
            missingSeveral: "Responder '{person}' does not declare the traits {traits}; the guide looks for first responders who {meaning}.",
        },
    },
    checks: {
        Responder: (node, { report }) => {
            const missing = (Object.keys(TRAITS) as Array<keyof typeof TRAITS>).filter(t => !node.traits.includes(t));
            if (missing.length === 0) return;
            // One diagnostic per responder, naming every missing trait, with the one fix that declares them all
            // (one per trait would put the same fix in the quick-fix menu once per trait).
            const person = node.person?.$refText ?? '';
            const fixes = fix(`Declare the missing traits: ${missing.join(', ')}`, addTraits(node, missing));
            if (missing.length === 1) {
                report({ node, property: 'person', messageId: 'missing', data: { person, trait: missing[0], meaning: TRAITS[missing[0]] }, fixes });
                return;
            }
            report({
                node, property: 'person', messageId: 'missingSeveral',
                data: { person, traits: listOf(missing.map(t => `'${t}'`)), meaning: listOf(missing.map(t => TRAITS[t])) },
                fixes,
            });
        },
    },
});

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function addTraits(node: Responder, traits: string[]) {
    const last = GrammarUtils.findNodesForProperty(node.$cstNode, 'traits').at(-1);
    if (last) {
        const at = last.range.end;
        return { range: { start: at, end: at }, newText: traits.map(t => `, ${t}`).join('') };
    }
    return insertIntoBody(node, [`traits ${traits.join(', ')}`]);
}
