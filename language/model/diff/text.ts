/**
 * A diff as plain text for a terminal or a CI log: the same content as the
 * Markdown, one change a line. Plan strings go through plainText (no line
 * break, no control character); the CLI makes the whole text terminal-safe
 * on top (bidi controls and the like).
 */
import { plainText } from '../render/escape.js';
import type { DiffDiagnostic, DiffResult } from './schema.js';
import {
    addedPhrase, asOfText, capitalize, checksLine, dateMovePhrase, diagnosticPhrase, elementPhrase, fieldPhrase, headline,
    membershipPhrase, movePhrase, placeText, renamePhrase, statusPhrase, type Style
} from './words.js';

const STYLE: Style = {
    text: value => plainText(value),
    strong: value => plainText(value),
    quoted: value => `"${plainText(value)}"`,
};

export function renderDiffText(result: DiffResult): string {
    const st = STYLE;
    const side = (s: DiffResult['base']) => `${plainText(s.label)}${s.revision ? ` (${s.revision.slice(0, 12)})` : ''}`;
    const lines = [`Action Plan changes: ${side(result.base)} -> ${side(result.head)}, ${asOfText(result, st)}, ${result.head.files} plan ${result.head.files === 1 ? 'file' : 'files'}`];
    if (result.summary.unchanged) {
        lines.push('No changes to the plans: every element and every check result is the same.');
        return `${lines.join('\n')}\n`;
    }
    const parts = headline(result);
    lines.push(`Summary: ${parts.length ? parts.join('; ') : 'no element changed'}`);
    lines.push(`Checks: ${checksLine(result)}`);
    const section = (title: string, body: string[]) => {
        if (body.length) lines.push('', title, ...body);
    };
    const at = (e: { file: string; line: number }) => `(${placeText(e.file, e.line, st)})`;
    section('Added', result.added.map(a => `  + ${addedPhrase(a, st)} ${at(a)}`));
    section('Removed', result.removed.map(a => `  - ${addedPhrase(a, st)} ${at(a)}`));
    section('Renamed', result.renamed.map(r => `  ~ ${renamePhrase(r, st)} ${at(r.to)}`));
    section('Moved to another file', result.moved.map(m => `  > ${movePhrase(m, st)}`));
    section('Win status', result.statusChanges.map(s => `  * ${statusPhrase(s, st)} ${at(s.element)}`));
    section('Dates moved', result.dateMoves.map(m => `  * ${dateMovePhrase(m, st)} ${at(m.element)}`));
    section('Team members', result.membership.map(m => `  * ${membershipPhrase(m, st)} ${at(m)}`));
    section('Edited', result.changed.flatMap(c => [
        `  * ${capitalize(elementPhrase(c.element, st))} ${at(c.element)}`,
        ...c.fields.map(f => `      ${fieldPhrase(f, st)}`),
    ]));
    const problems = (list: DiffDiagnostic[], mark: string) => list.map(d => `  ${mark} ${diagnosticPhrase(d, st)}`);
    section('Problems introduced', problems(result.diagnostics.introduced, '+'));
    section('Problems resolved', problems(result.diagnostics.resolved, '-'));
    return `${lines.join('\n')}\n`;
}
