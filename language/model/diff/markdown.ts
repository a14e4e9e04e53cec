/**
 * A diff as GitHub-flavoured Markdown, ready to post as a pull-request
 * comment or a job summary: a short summary first (counts, what the change
 * does to the checks, the changes a reviewer most needs to see), every
 * detail folded in `<details>`. Every plan string goes through
 * escapeMarkdown, so plan text shows as text: no HTML, no link, no mention,
 * no broken table.
 */
import { escapeMarkdown } from '../render/escape.js';
import type { DiffDiagnostic, DiffResult } from './schema.js';
import {
    addedPhrase, asOfText, capitalize, checksLine, dateLabel, dateText, placeText, dateMovePhrase, diagnosticPhrase, elementPhrase, fieldPhrase, headline,
    membershipPhrase, movePhrase, renamePhrase, signedDays, statusPhrase, windowPhrase, type Style
} from './words.js';

/**
 * The bidirectional controls (U+061C, U+200E/F, U+202A-E, U+2066-9) reorder
 * what a reviewer reads in a comment (a name that reads backwards, a hidden
 * "not"): in the comment they are written as their code, \u202e, visible.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function showBidiControls(value: unknown): string {
    return String(value ?? '').replace(BIDI_CONTROLS, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const md = (value: unknown): string => escapeMarkdown(showBidiControls(value));

export interface DiffMarkdownOptions {
    /** The page of a rule, to link rule ids; none: rule ids are plain text. */
    ruleUrl?: (rule: string) => string;
    /** How many changes the summary lists before "and N more" (default 10). */
    maxHighlights?: number;
    /** The most characters the document may have (GitHub comments hold 65,536); details beyond are cut with a note. */
    maxLength?: number;
}

const STYLE: Style = {
    text: value => md(value),
    strong: value => (md(value) === '' ? '' : `**${md(value)}**`),
    quoted: value => `“${md(value)}”`,
};

const SEVERITY_MARKS: Record<string, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

export function renderDiffMarkdown(result: DiffResult, options: DiffMarkdownOptions = {}): string {
    const maxLength = options.maxLength ?? 60_000;
    const lines: string[] = ['### Action Plan changes', ''];
    const side = (s: DiffResult['base']) => `**${md(s.label)}**${s.revision ? ` (${md(s.revision.slice(0, 12))})` : ''}`;
    lines.push(`${side(result.base)} → ${side(result.head)} · ${asOfText(result, STYLE)} · ${result.head.files} plan ${result.head.files === 1 ? 'file' : 'files'}`, '');

    if (result.summary.unchanged) {
        lines.push('No changes to the plans: every element and every check result is the same.');
        return `${lines.join('\n')}\n`;
    }
    // The headline and the checks line are counts and the product's own words, no plan text.
    const parts = headline(result);
    lines.push(`**Summary:** ${parts.length ? parts.join(' · ') : 'no element changed'}`, '');
    lines.push(`**Checks:** ${checksLine(result)}`, '');

    const highlights = highlightsOf(result, options);
    const max = options.maxHighlights ?? 10;
    for (const line of highlights.slice(0, max)) lines.push(`- ${line}`);
    if (highlights.length > max) lines.push(`- …and ${highlights.length - max} more in the details below.`);
    if (highlights.length) lines.push('');

    const details = detailsOf(result, options);
    lines.push('<details>', '<summary>Details</summary>', '');
    const closing = ['', '</details>'];
    let length = lines.join('\n').length + closing.join('\n').length + 200;
    for (let i = 0; i < details.length; i++) {
        length += details[i].length + 1;
        if (length > maxLength) {
            lines.push('', `*…${details.length - i} more lines cut to fit a comment; run \`actionplan diff --format md\` to see them all.*`);
            break;
        }
        lines.push(details[i]);
    }
    lines.push(...closing);
    return `${lines.join('\n')}\n`;
}

/** The changes a reviewer should see first: new errors, statuses, date moves, what came and went, who joined, new warnings. */
function highlightsOf(result: DiffResult, options: DiffMarkdownOptions): string[] {
    const st = STYLE;
    const problem = (d: DiffDiagnostic) => `${SEVERITY_MARKS[d.severity] ?? ''} New ${diagnosticPhrase(d, st, false, rule(d.rule, options))}`;
    return [
        ...result.diagnostics.introduced.filter(d => d.severity === 'error').map(problem),
        ...result.statusChanges.map(s => statusPhrase(s, st)),
        ...[...result.dateMoves].sort((a, b) => windowWeight(a) - windowWeight(b)).map(m => dateMovePhrase(m, st)),
        ...result.added.filter(a => a.kind === 'team' || a.kind === 'win' || a.kind === 'partnership' || a.kind === 'priority').map(a => `Added ${elementPhrase(a, st)}`),
        ...result.removed.filter(a => a.kind === 'team' || a.kind === 'win' || a.kind === 'partnership' || a.kind === 'priority').map(a => `Removed ${elementPhrase(a, st)}`),
        ...result.renamed.map(r => renamePhrase(r, st)),
        ...result.membership.map(m => membershipPhrase(m, st)),
        ...result.diagnostics.introduced.filter(d => d.severity === 'warning').map(problem),
    ];
}

function windowWeight(move: DiffResult['dateMoves'][number]): number {
    return move.window?.change === 'leaves' ? 0 : move.window?.change === 'enters' ? 1 : 2;
}

function detailsOf(result: DiffResult, options: DiffMarkdownOptions): string[] {
    const st = STYLE;
    const out: string[] = [];
    const section = (title: string, count: number, body: string[]) => {
        if (!count) return;
        out.push(`#### ${title} (${count})`, '', ...body, '');
    };
    const at = (e: { file: string; line: number }) => placeText(e.file, e.line, st);
    section('Added', result.added.length, result.added.map(a => `- ${addedPhrase(a, st)} — ${at(a)}`));
    section('Removed', result.removed.length, result.removed.map(a => `- ${addedPhrase(a, st)} — was at ${at(a)}`));
    section('Renamed', result.renamed.length, result.renamed.map(r => `- ${renamePhrase(r, st)} — ${at(r.to)}`));
    section('Moved to another file', result.moved.length, result.moved.map(m => `- ${movePhrase(m, st)}`));
    section('Win status', result.statusChanges.length, result.statusChanges.map(s => `- ${statusPhrase(s, st)} — ${at(s.element)}`));
    section('Dates moved', result.dateMoves.length, [
        '| Element | Date | Before | After | Change | Guide window |',
        '| --- | --- | --- | --- | --- | --- |',
        ...result.dateMoves.map(m => `| ${capitalize(elementPhrase(m.element, st, false))} | ${md(dateLabel(m.field))} | ${dateText(m.from, st)} | ${dateText(m.to, st)} | ${md(signedDays(m.days))} | ${m.window ? md(windowPhrase(m.window)) || '—' : '—'} |`),
    ]);
    section('Team members', result.membership.length, result.membership.map(m => `- ${membershipPhrase(m, st)}`));
    section('Edited', result.changed.length, result.changed.flatMap(c => [
        `- ${capitalize(elementPhrase(c.element, st))} — ${at(c.element)}`,
        ...c.fields.map(f => `  - ${fieldPhrase(f, st)}`),
    ]));
    const table = (list: DiffDiagnostic[]) => [
        '| | Rule | Element | Message | Where |',
        '| --- | --- | --- | --- | --- |',
        ...list.map(d => `| ${SEVERITY_MARKS[d.severity] ?? ''} ${d.severity} | ${rule(d.rule, options)} | ${d.element ? elementPhrase({ ...d.element, file: d.file, line: d.line }, st, false) : '—'} | ${md(d.message)} | ${placeText(d.file, d.line, st, d.column)} |`),
    ];
    section('Problems introduced', result.diagnostics.introduced.length, table(result.diagnostics.introduced));
    section('Problems resolved', result.diagnostics.resolved.length, table(result.diagnostics.resolved));
    while (out.at(-1) === '') out.pop();
    return out;
}

/** A rule id, linked to its page when a link is known (the URL is built here, never taken from the plan). */
function rule(id: string, options: DiffMarkdownOptions): string {
    const url = options.ruleUrl && /^[a-z][a-z0-9-]*$/.test(id) ? options.ruleUrl(id) : undefined;
    return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${md(id)}](${url})` : md(id);
}
