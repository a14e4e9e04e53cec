import { written } from '../semantics.js';
import { defineRule, noOptions } from './rule.js';

export const partnershipEssentials = defineRule({
    meta: {
        id: 'partnership-essentials',
        defaultSeverity: 'warning',
        structural: false,
        guide: '§2, Overview',
        description: 'The partnership names no convener, or has no launch date.',
        options: noOptions,
        fixable: false,
        messages: {
            noConvener: "Partnership '{name}' names no convener; in the guide \u201cthe convener plays a critical role in recruiting these first responders\u201d.",
            noLaunch: "Partnership '{name}' has no launch date; the guide holds the follow-ups \u201cwithin 3-4 weeks from the Launch meeting\u201d, and without it no follow-up window can be checked.",
        },
    },
    checks: {
        Partnership: (node, { report }) => {
            // A line written but not parsed (`convener` alone) is the syntax error's to tell.
            if (node.convener.length === 0 && !written(node, 'convener')) {
                report({ node, property: 'name', messageId: 'noConvener', data: { name: node.name } });
            }
            if (node.launch.length === 0 && !written(node, 'launch')) {
                report({ node, property: 'name', messageId: 'noLaunch', data: { name: node.name } });
            }
        },
    },
});
