/**
 * Suppression comments, read once per document from its comments:
 *   // actionplan-disable-next-line RULE, RULE -- why
 *   // actionplan-disable-file RULE, RULE -- why
 * With no rule named, every rule that can be silenced is. Structural rules
 * cannot be. A suppression that silences nothing is reported.
 */
import { CstUtils, isLeafCstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Fix, SeveritySetting } from '../rules/rule.js';
import { isStructural, RULE_IDS } from '../rules/index.js';
import { nearest } from '../strings.js';
import { isFastCst } from '../fast/cst.js';
import { SUPPRESSION_DIRECTIVE } from './directive.js';

export interface NamedRule {
    id: string;
    range: Range;
    used: boolean;
}

export interface Suppression {
    kind: 'next-line' | 'file';
    /** The comment. */
    range: Range;
    /** The named rules; empty for "every rule". */
    rules: NamedRule[];
    used: boolean;
}


export function readSuppressions(root: CstNode | undefined): Suppression[] {
    // The fast path reads no file with a suppression comment (language/fast/tokens.ts).
    if (!root || isFastCst(root)) return [];
    const suppressions: Suppression[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !node.hidden || node.tokenType.name !== 'SL_COMMENT') continue;
        const match = SUPPRESSION_DIRECTIVE.exec(node.text);
        if (!match) continue;
        const listText = match[2].split(/\s--\s|\s--$/)[0];
        const listStart = node.text.length - match[2].length;
        const rules: NamedRule[] = [];
        for (const item of listText.matchAll(/[^,\s]+/g)) {
            const start = node.range.start.character + listStart + item.index!;
            rules.push({
                id: item[0],
                range: { start: { line: node.range.start.line, character: start }, end: { line: node.range.start.line, character: start + item[0].length } },
                used: false,
            });
        }
        suppressions.push({ kind: match[1] as Suppression['kind'], range: node.range, rules, used: false });
    }
    return suppressions;
}

/** Whether `suppression` silences a diagnostic of `ruleId` starting on `line`; marks what it used. */
export function silences(suppression: Suppression, ruleId: string, line: number): boolean {
    if (suppression.kind === 'next-line' && line !== suppression.range.start.line + 1) return false;
    if (suppression.rules.length === 0) {
        suppression.used = true;
        return true;
    }
    const named = suppression.rules.find(rule => rule.id === ruleId);
    if (!named) return false;
    named.used = true;
    suppression.used = true;
    return true;
}

/** A fix that deletes the whole comment (and its line, when the comment stands alone on it). */
export function removeCommentFix(suppression: Suppression, text: string, lineStarts: (line: number) => number): Fix {
    const { start, end } = suppression.range;
    const lineStart = lineStarts(start.line);
    const before = text.slice(lineStart, lineStart + start.character);
    if (before.trim() === '') {
        return {
            title: 'Remove the suppression comment',
            edits: [{ range: { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, newText: '' }],
        };
    }
    const trailing = before.length - before.trimEnd().length;
    return {
        title: 'Remove the suppression comment',
        edits: [{ range: { start: { line: start.line, character: start.character - trailing }, end }, newText: '' }],
    };
}

/** A fix that takes one rule out of the comment's list, with its comma. */
export function removeRuleFix(suppression: Suppression, rule: NamedRule): Fix {
    const index = suppression.rules.indexOf(rule);
    const neighbour = index > 0 ? suppression.rules[index - 1] : suppression.rules[index + 1];
    const range = index > 0
        ? { start: neighbour.range.end, end: rule.range.end }
        : { start: rule.range.start, end: neighbour.range.start };
    return { title: `Remove '${rule.id}' from the suppression comment`, edits: [{ range, newText: '' }] };
}

/**
 * Why a rule named in a suppression silenced nothing, as a clause: no rule has
 * that id (with the nearest id when one is close), the rule is structural, it
 * is off, or it did not fire where the comment reaches. `subject` names the
 * rule in the clause: `it` in a message that already names it.
 */
export function unusedReason(ruleId: string, kind: Suppression['kind'], severity: (ruleId: string) => SeveritySetting, subject = `'${ruleId}'`): string {
    if (!RULE_IDS.includes(ruleId)) {
        const near = nearest(ruleId, RULE_IDS);
        return `there is no rule '${ruleId}'${near ? `; did you mean '${near}'?` : ''}`;
    }
    if (isStructural(ruleId)) return subject === 'it' ? 'structural rules cannot be silenced' : `${subject} is structural and cannot be silenced`;
    if (severity(ruleId) === 'off') return subject === 'it' ? 'the rule is off' : `${subject} is off`;
    return `${subject} did not fire ${kind === 'file' ? 'in this file' : 'on the next line'}`;
}

/** Why a whole comment silenced nothing: the reason of each rule it names, else that no rule fired where it reaches. */
export function unusedCommentReason(suppression: Suppression, severity: (ruleId: string) => SeveritySetting): string {
    if (suppression.rules.length === 0) return `no rule fired ${suppression.kind === 'file' ? 'in this file' : 'on the next line'}`;
    return suppression.rules.map(rule => unusedReason(rule.id, suppression.kind, severity)).join('; ');
}
