import { defineRule, noOptions } from './rule.js';

/** Reported by the validator from the linker's results, with the kind the reference expects. */
export const unresolvedReference = defineRule({
    meta: {
        id: 'unresolved-reference',
        defaultSeverity: 'error',
        structural: true,
        guide: '-',
        description: 'A reference names nothing, or something of the wrong kind.',
        options: noOptions,
        fixable: true,
        messages: {
            missing: "No {expected} named '{name}'{hint}",
            wrongKind: "'{name}' is {actual}, but {context} must name {expected}.",
        },
    },
    checks: {},
});
