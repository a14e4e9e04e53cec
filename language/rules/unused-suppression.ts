import { defineRule, noOptions } from './rule.js';

/** Reported by the validator once every other rule has run and suppressions are applied. */
export const unusedSuppression = defineRule({
    meta: {
        id: 'unused-suppression',
        defaultSeverity: 'info',
        structural: false,
        guide: '-',
        description: 'A suppression comment silences nothing.',
        options: noOptions,
        fixable: true,
        safeFixes: ['unused', 'unusedRule'],
        messages: {
            unused: 'This suppression comment silences nothing ({why}); remove it so stale comments do not pile up.',
            unusedRule: "'{rule}' in this suppression comment silences nothing ({why}).",
        },
    },
    checks: {},
});
