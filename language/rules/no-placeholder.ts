import { AstUtils, GrammarAST, type AstNode } from 'langium';
import { ActionPlanGrammar } from '../generated/grammar.js';
import { propertyNode } from '../fixes/edits.js';
import { defineRule, noOptions, type RuleContext } from './rule.js';

/** Empty, `TODO`, `TBD`, `...` (or `…`), or anything starting with `TODO:`. */
export function isPlaceholder(value: string): boolean {
    const text = value.trim();
    return text === '' || /^(TODO|TBD|\.\.\.|\u2026)$/i.test(text) || /^TODO:/i.test(text);
}

/** The string-valued properties of each node type, read once from the grammar. */
let stringProperties: Map<string, string[]> | undefined;

function stringPropertiesOf(type: string): string[] {
    if (!stringProperties) {
        stringProperties = new Map();
        for (const rule of ActionPlanGrammar().rules.filter(GrammarAST.isParserRule)) {
            const properties = AstUtils.streamAllContents(rule)
                .filter(GrammarAST.isAssignment)
                .filter(a => GrammarAST.isRuleCall(a.terminal) && a.terminal.rule.ref?.name === 'STRING')
                .map(a => a.feature)
                .distinct()
                .toArray();
            if (properties.length) stringProperties.set(rule.name, properties);
        }
    }
    return stringProperties.get(type) ?? [];
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
    checks: Object.fromEntries(['Partnership', 'Priority', 'Business', 'Partner', 'Person', 'Team', 'Commitment', 'Success', 'Measure', 'Win', 'Support', 'FirstStep', 'Involve', 'Organize']
        .map(type => [type, (node: AstNode, context: RuleContext) => checkStrings(node, context)])),
});

function checkStrings(node: AstNode, context: RuleContext): void {
    for (const property of stringPropertiesOf(node.$type)) {
        const written = (node as unknown as Record<string, unknown>)[property];
        // A single-valued line written twice (`industry`, `assessment`…) is a list: each copy is checked.
        if (!Array.isArray(written)) {
            if (typeof written === 'string' && isPlaceholder(written)) report(node, property, written, undefined, context);
            continue;
        }
        for (let index = 0; index < written.length; index++) {
            const value: unknown = written[index];
            if (typeof value === 'string' && isPlaceholder(value)) report(node, property, value, index, context);
        }
    }
}

function report(node: AstNode, property: string, value: string, index: number | undefined, context: RuleContext): void {
    context.report({
        node, range: propertyNode(node, property, index)?.range, messageId: 'placeholder',
        data: { text: value.trim() ? `"${value.trim()}"` : 'An empty string' },
    });
}
