/**
 * The Action Plan as GitHub-flavoured Markdown, for a README, a wiki page or
 * a pull request: the same content as the HTML, with tables where they help
 * and the timeline as a table of dates. Every string of the model goes
 * through `md` (escapeMarkdown), so plan text shows as text on GitHub: no
 * HTML, no link, no mention, no broken table.
 */
import { formatDay, toDay } from '../../dates.js';
import type { ActionPlanModel, ModelDiagnostic, ModelReference, ModelTeam, ModelWin } from '../schema.js';
import { escapeMarkdown as md } from './escape.js';
import { timelineOf } from './timeline.js';
import {
    ATTRIBUTION_PREFIX, ATTRIBUTION_SUFFIX, GIVES_LABELS, GUIDE_TITLE, ORGANIZE_LABELS, REQUIRES_LABELS, SELECTED_BY_LABELS,
    STATUS_ORDER, TRAIT_LABELS, counts, countLabel, distance, dueWording, firstWinDays, formatDate, indexModel, INVALID_DATE_NOTE, labelFrom,
    personDetail, refText, relativeDays, reviewLabel, severityLabel, statusLabel, statusSymbol, winGroups, type ModelIndex
} from './words.js';

const SEVERITY_MARKS: Record<string, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };
const REVIEW_MARKS: Record<string, string> = { approved: '✓', 'changes-requested': '!', pending: '○', none: '○' };
const NONE = '—';

export function renderMarkdown(model: ActionPlanModel): string {
    const index = indexModel(model);
    const blocks: string[] = [];
    if (model.partnerships.length === 0) {
        blocks.push('# Action Plan', 'No partnership is declared in these plan files yet.', `- **As of:** ${md(formatDate(model.asOf))}`);
    }
    for (const p of model.partnerships) {
        blocks.push(`# Action Plan: ${md(p.title)}`);
        const facts: string[] = [];
        if (p.industry !== undefined) facts.push(`- **Industry:** ${md(p.industry)}`);
        if (p.region !== undefined) facts.push(`- **Region:** ${md(p.region)}`);
        if (p.convener) facts.push(`- **Convener:** ${ref(p.convener)}`);
        if (p.launch !== undefined) facts.push(`- **Launch:** ${md(formatDate(p.launch))}`);
        facts.push(`- **As of:** ${md(formatDate(model.asOf))}`);
        blocks.push(facts.join('\n'));
    }
    blocks.push(glance(index));
    for (const block of priorities(index)) blocks.push(block);
    for (const team of index.teams) for (const block of teamBlocks(index, team)) blocks.push(block);
    if (index.workspaceDiagnostics.length) {
        blocks.push('## Plan-wide issues', 'Issues in the plan files that do not belong to one action team.', diagnosticTable(index, index.workspaceDiagnostics));
    }
    blocks.push('---');
    blocks.push(`${ATTRIBUTION_PREFIX}*${GUIDE_TITLE}*${ATTRIBUTION_SUFFIX}`);
    blocks.push(`Rendered as of ${md(formatDate(model.asOf))} from ${md(countLabel(model.files.length, 'plan file'))}.`);
    return `${blocks.filter(b => b !== '').join('\n\n')}\n`;
}

function glance(index: ModelIndex): string {
    const { model } = index;
    const wins = model.teams.reduce((n, t) => n + t.wins.length, 0);
    const statuses = counts(model).map(c => `${statusSymbol(c.status)} ${c.count} ${statusLabel(c.status).toLowerCase()}`).join(', ');
    const s = model.summary;
    const issues = [
        s.errors ? countLabel(s.errors, 'error') : '', s.warnings ? countLabel(s.warnings, 'warning') : '',
        s.infos ? countLabel(s.infos, 'note') : '', s.hints ? countLabel(s.hints, 'hint') : '',
    ].filter(Boolean).join(', ');
    return `**At a glance:** ${md(countLabel(index.teams.length, 'action team'))} · ${md(countLabel(wins, 'win'))}${statuses ? ` (${md(statuses)})` : ''} · open issues: ${issues ? md(issues) : 'none'}`;
}

function priorities(index: ModelIndex): string[] {
    const rows = index.model.partnerships.flatMap(p => p.priorities.map(priority => {
        const teams = index.teams.filter(t => priority.teams.includes(t.name) && t.priority.name === priority.name).map(t => md(t.title));
        const issues = (priority.diagnostics ?? []).length;
        return [
            `${md(priority.title)}${issues ? ` (${md(countLabel(issues, 'issue'))})` : ''}`,
            priority.followUp !== undefined ? `${md(formatDate(priority.followUp))}${priority.followUpDaysAfterLaunch !== undefined ? `, ${md(relativeDays(priority.followUpDaysAfterLaunch, 'launch'))}` : ''}` : 'Not set',
            teams.length ? teams.join(', ') : 'No action team yet',
        ];
    }));
    return rows.length ? ['## Priorities', table(['Priority', 'Follow-up call', 'Action team'], rows)] : [];
}

function teamBlocks(index: ModelIndex, team: ModelTeam): string[] {
    const blocks: string[] = [`## ${md(team.title)}`];
    const lines = [
        `**Priority:** ${ref(team.priority)}`,
        team.formed !== undefined
            ? `**Formed:** ${md(formatDate(team.formed))}${team.formedDaysAfterLaunch !== undefined ? `, ${md(relativeDays(team.formedDaysAfterLaunch, 'launch'))}` : ''} (${team.formedFrom === 'follow-up' ? 'the date of the priority’s follow-up call' : 'recorded by the team'})`
            : '**Formed:** not set',
        `**Review:** ${REVIEW_MARKS[team.reviewStatus] ?? '○'} ${md(reviewLabel(team.reviewStatus))}`,
    ];
    const tally = STATUS_ORDER.filter(s => (team.statusCounts?.[s] ?? 0) > 0).map(s => `${statusSymbol(s)} ${team.statusCounts[s]} ${statusLabel(s).toLowerCase()}`);
    if (tally.length) lines.push(`**Wins:** ${md(tally.join(', '))}`);
    blocks.push(lines.join('  \n'));

    blocks.push('### Success');
    if (!team.successes.length) blocks.push('_Success is not defined yet._');
    for (const s of team.successes) {
        blocks.push(bold(md(s.result)) || '_No end result written._');
        blocks.push(s.measures.length
            ? table(['How we will measure it', 'Target', 'By'], s.measures.map(m => [md(m.what), m.target !== undefined ? md(m.target) : NONE, m.by !== undefined ? md(formatDate(m.by)) : NONE]))
            : '_No measure yet._');
    }

    blocks.push('### Timeline', timelineTable(index, team));

    const groups = winGroups(team);
    if (!groups.length) blocks.push('### Wins', '_No wins yet._');
    for (const g of groups) {
        blocks.push(`### ${g.heading}`);
        blocks.push(table(['Status', 'Win', 'Owner', 'Due', 'Days left'], g.wins.map(w => winRow(w))));
        const notes = g.wins.map(w => winNotes(index, team, w)).filter(Boolean);
        if (notes.length) blocks.push(notes.join('\n'));
    }

    blocks.push('### First step');
    blocks.push(team.firstSteps.length
        ? team.firstSteps.map(s => {
            const when = distance(s.daysLeft);
            return `- ${bold(md(s.what)) || 'First step'} — owner ${s.owner ? ref(s.owner) : 'not named'}, due ${s.due !== undefined ? md(formatDate(s.due)) : s.dueAsWritten !== undefined ? invalidDate(s.dueAsWritten) : 'no date'}${when ? ` (${md(when)})` : ''}`;
        }).join('\n')
        : '_No first step yet._');

    blocks.push('### Who needs to be involved');
    blocks.push(team.involves.length
        ? team.involves.map(v => `- ${[v.who !== undefined ? md(v.who) : '', ...v.parties.map(ref)].filter(Boolean).join(', ')}`).join('\n')
        : '_Not said yet._');

    blocks.push('### Business champions');
    blocks.push(team.champions.length
        ? team.champions.map(c => {
            const detail = personDetail(index, c);
            return `- ${bold(ref(c))}${detail ? ` — ${md(detail)}` : ''}`;
        }).join('\n')
        : '_No business champion yet._');

    blocks.push('### First responders');
    blocks.push(team.responders.length
        ? team.responders.map(r => {
            const facts = [
                r.selectedBy !== undefined ? md(labelFrom(SELECTED_BY_LABELS, r.selectedBy)) : '',
                r.joined !== undefined ? `joined ${md(formatDate(r.joined))}${r.joinedDaysAfterFormed !== undefined ? ` (${md(relativeDays(r.joinedDaysAfterFormed, 'formation'))})` : ''}` : '',
            ].filter(Boolean);
            const lines = [`- ${bold(ref(r.person))}${r.organization ? ` (${ref(r.organization)})` : ''}${facts.length ? ` — ${facts.join('; ')}` : ''}`];
            for (const c of r.commits) lines.push(`  - Commits ${md(labelFrom(GIVES_LABELS, c.kind))}: ${md(c.what)}`);
            if (!r.commits.length) lines.push('  - Commits nothing yet');
            if (r.traits.length) lines.push(`  - Traits: ${r.traits.map(t => md(labelFrom(TRAIT_LABELS, t))).join(', ')}`);
            return lines.join('\n');
        }).join('\n')
        : '_No first responder yet._');

    if (team.organizes.length) {
        blocks.push('### Organization');
        blocks.push(team.organizes.map(o => `- ${md(o.what)} (${md(labelFrom(ORGANIZE_LABELS, o.kind).toLowerCase())}${o.on !== undefined ? `, from ${md(formatDate(o.on))}` : ''})`).join('\n'));
    }

    blocks.push('### Review by business members');
    blocks.push(team.reviews.length
        ? team.reviews.map(r => `- ${REVIEW_MARKS[r.status] ?? '○'} ${md(reviewLabel(r.status))} — ${r.date !== undefined ? md(formatDate(r.date)) : r.dateAsWritten !== undefined ? invalidDate(r.dateAsWritten) : 'no date'} by ${r.reviewers.map(ref).join(', ') || 'no one named'}`).join('\n')
        : '_Business members have not reviewed this plan yet._');

    blocks.push('### Open issues');
    const issues = index.teamDiagnostics(team);
    blocks.push(issues.length ? diagnosticTable(index, issues) : '_None: this team’s plan meets every check._');
    return blocks;
}

function winRow(w: ModelWin): string[] {
    const due = dueWording(w.daysLeft, w.status);
    return [
        `${statusSymbol(w.status)} ${md(statusLabel(w.status))}`,
        bold(md(w.title)) || NONE,
        w.owner ? ref(w.owner) : 'not named',
        w.due !== undefined ? md(formatDate(w.due)) : w.dueAsWritten !== undefined ? invalidDate(w.dueAsWritten) : NONE,
        due.text ? (due.overdue ? bold(md(due.text)) : md(due.text)) : NONE,
    ];
}

/** What a win's table row cannot hold: support, criteria, assessment, what it builds on. */
function winNotes(index: ModelIndex, team: ModelTeam, w: ModelWin): string {
    const notes: string[] = [];
    for (const s of w.supports) notes.push(`Support: ${ref(s.party)} — ${md(s.role)}${s.gives !== undefined ? ` (${md(labelFrom(GIVES_LABELS, s.gives))})` : ''}`);
    const criteria = [w.impact !== undefined ? `impact ${md(w.impact)}` : '', w.feasibility !== undefined ? `feasibility ${md(w.feasibility)}` : ''].filter(Boolean);
    if (criteria.length) notes.push(`Criteria: ${criteria.join(', ')}`);
    for (const r of w.requires) notes.push(md(labelFrom(REQUIRES_LABELS, r)));
    const window = firstWinDays(team);
    if (w.kind === 'first' && window && w.daysAfterFormed !== undefined) {
        const inside = w.daysAfterFormed >= window.min && w.daysAfterFormed <= window.max;
        notes.push(`${md(relativeDays(w.daysAfterFormed, 'formation'))}, ${inside ? 'inside' : 'outside'} the ${window.min}-${window.max} day window`);
    }
    if (w.after) notes.push(`Builds on: ${w.after.resolved ? md(w.after.label ?? w.after.name) : `${md(w.after.name)} (unresolved)`}`);
    if (w.nextWins.length) notes.push(`Next: ${w.nextWins.map(n => md(index.winTitle(n) ?? n)).join(', ')}`);
    if (w.assessment !== undefined) notes.push(`Assessment: ${md(w.assessment)}`);
    if (!notes.length) return '';
    return `- ${bold(md(w.title)) || NONE}\n${notes.map(n => `  - ${n}`).join('\n')}`;
}

function timelineTable(index: ModelIndex, team: ModelTeam): string {
    const t = timelineOf(index, team);
    if (!t) return '_No dates to chart yet._';
    type Row = { day: number; order: number; cells: string[] };
    const rows: Row[] = [];
    const after = (day: number) => (t.launch === undefined ? NONE : md(signed(day - t.launch)));
    const add = (day: number, order: number, what: string) => rows.push({ day, order, cells: [md(formatDate(formatDay(day))), after(day), what] });
    if (t.launch !== undefined) add(t.launch, 0, 'Launch of the partnership');
    if (t.formed !== undefined) add(t.formed, 1, 'Team formed');
    if (t.window) {
        const w = firstWinDays(team);
        add(t.window.from, 2, `First-win window opens${w ? ` (${w.min} days after formation)` : ''}`);
        add(t.window.to, 4, `First-win window closes${w ? ` (${w.max} days after formation)` : ''}`);
    }
    for (const { win } of t.wins) {
        const due = dueWording(win.daysLeft, win.status);
        add(toDay(win.due)!, 3, `${statusSymbol(win.status)} ${md(statusLabel(win.status))}: ${bold(md(win.title))}${due.overdue ? ` (${md(due.text)})` : ''}`);
    }
    if (t.asOf !== undefined) add(t.asOf, 5, '**As of:** the date this plan is read on');
    rows.sort((a, b) => a.day - b.day || a.order - b.order);
    const undated = t.undated.length
        ? `\n\nNo due date yet: ${t.undated.map(w => `${md(w.title)}${w.dueAsWritten !== undefined ? ` (due ${md(w.dueAsWritten)}, ${md(INVALID_DATE_NOTE)})` : ''}`).join(', ')}.`
        : '';
    return table(['Date', 'After launch', 'What'], rows.map(r => r.cells)) + undated;
}

function diagnosticTable(index: ModelIndex, indexes: number[]): string {
    const rows = indexes.map(i => index.model.diagnostics[i]).filter((d): d is ModelDiagnostic => d !== undefined).map(d => {
        const element = index.elementLabel(d.element);
        return [
            `${SEVERITY_MARKS[d.severity] ?? ''} ${md(severityLabel(d.severity))}`.trim(),
            md(d.message),
            md(d.rule),
            `${md(d.file)}:${md(d.line)}${element ? ` (${md(element)})` : ''}`,
        ];
    });
    return table(['Severity', 'Issue', 'Rule', 'Where'], rows);
}

/** A GitHub table; cells are already escaped (a `|` in them is `\|`). */
function table(header: string[], rows: string[][]): string {
    const line = (cells: string[]) => `| ${cells.map(c => (c === '' ? ' ' : c)).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Strong emphasis around escaped text; nothing for nothing (`****` would be a thematic break). */
function bold(text: string): string {
    return text ? `**${text}**` : '';
}

function ref(r: ModelReference): string {
    return r.resolved ? md(refText(r)) : `${md(r.name)} (unresolved)`;
}

/** A date as written that is not a real date: shown, and marked so. */
function invalidDate(written: string): string {
    return `${md(written)} (${md(INVALID_DATE_NOTE)})`;
}

function signed(n: number): string {
    return n === 0 ? 'day 0' : n > 0 ? `+${countLabel(n, 'day')}` : `−${countLabel(-n, 'day')}`;
}
