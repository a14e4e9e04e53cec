import { CstUtils, isLeafCstNode } from 'langium';
import { unquote } from '../strings.js';
import { defineRule, noOptions } from './rule.js';

/** Empty, `TODO`, `TBD`, `...` (or `…`), or anything starting with `TODO:`. */
export function isPlaceholder(value: string): boolean {
    const text = value.trim();
    return text === '' || /^(TODO|TBD|\.\.\.|\u2026)$/i.test(text) || /^TODO:/i.test(text);
}

export const noPlaceholder = defineRule({
    meta: {
        id: 'no-placeholder',
        defaultSeverity: 'info',
        structural: false,
        guide: '-',
        description: 'A string is empty or a placeholder such as TODO, TBD or "...".',
        options: noOptions,
        fixable: false,
        messages: {
            placeholder: '{text} is a placeholder; fill it in before the plan is shared.',
        },
    },
    checks: {
        // One pass over the document's string tokens, wherever they stand.
        Model: (node, { report }) => {
            for (const cst of CstUtils.streamCst(node.$cstNode!)) {
                if (!isLeafCstNode(cst) || cst.tokenType.name !== 'STRING') continue;
                const value = unquote(cst.text);
                if (isPlaceholder(value)) {
                    report({ node: cst.astNode, range: cst.range, messageId: 'placeholder', data: { text: value.trim() ? `"${value.trim()}"` : 'An empty string' } });
                }
            }
        },
    },
});
