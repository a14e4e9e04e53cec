/**
 * The Action Plan as one self-contained HTML document: the partnership, its
 * priorities, and for each action team its success, timeline, wins, first
 * step, people, review and open issues, then the plan-wide issues and the
 * attribution. Inline CSS and inline SVG only: no script is needed to read
 * it and it makes no request. Every string of the model goes through
 * `esc` (escape.ts), in text and in attribute values alike.
 */
import type {
    ActionPlanModel, ModelDiagnostic, ModelPartnership, ModelReference, ModelResponder, ModelSource, ModelTeam, ModelWin
} from '../schema.js';
import { PRIORITIES_ANCHOR, teamAnchor } from './anchors.js';
import { escapeHtml as esc } from './escape.js';
import { styleSheet } from './styles.js';
import { markerIcon, renderTimelineSvg, sourceAttributes, timelineOf } from './timeline.js';
import {
    ATTRIBUTION_PREFIX, ATTRIBUTION_SUFFIX, firstWinDays, GIVES_LABELS, GUIDE_TITLE, ORGANIZE_LABELS, REQUIRES_LABELS,
    SELECTED_BY_LABELS, SEVERITY_SYMBOLS, STATUS_ORDER, TRAIT_LABELS, counts, countLabel, diagnosticsOf, distance, dueWording,
    formatDate, indexModel, INVALID_DATE_NOTE, labelFrom, personDetail, refText, relativeDays, reviewLabel, severityLabel, statusLabel,
    statusSymbol, token, winGroups, type ModelIndex
} from './words.js';

export interface HtmlOptions {
    /** `auto` follows the reader's light or dark preference; `vscode` follows the editor's theme through its CSS variables. */
    theme?: 'auto' | 'vscode';
    /** The webview's nonce: allows the style sheet and `script` by nonce in the Content-Security-Policy. */
    nonce?: string;
    /** The webview's `cspSource`: added to `style-src` and `img-src` when given. */
    cspSource?: string;
    /** Put data-source-file/line/column on every element, so a click can reveal it in the editor. */
    linkSources?: boolean;
    /** Script text for the webview, written inside `<script nonce="…">` (only when `nonce` is given). */
    script?: string;
}

interface Context {
    index: ModelIndex;
    model: ActionPlanModel;
    options: HtmlOptions;
    /** ` data-source-…` attributes for an element, or nothing. */
    src(source: Pick<ModelSource, 'file' | 'line' | 'column'> | undefined): string;
}

export function renderHtml(model: ActionPlanModel, options: HtmlOptions = {}): string {
    const index = indexModel(model);
    const theme = options.theme === 'vscode' ? 'vscode' : 'auto';
    const linkSources = options.linkSources === true;
    const cx: Context = { index, model, options, src: source => (linkSources ? sourceAttributes(source) : '') };
    const title = model.partnerships.length === 1 ? `Action Plan: ${model.partnerships[0].title}` : 'Action Plan';
    const nonce = nonceOf(options);

    const head = [
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        theme === 'auto' ? '<meta name="color-scheme" content="light dark">' : '',
        '<meta name="generator" content="Action Plans">',
        `<title>${esc(title)}</title>`,
        `<style${nonce !== undefined ? ` nonce="${esc(nonce)}"` : ''}>\n${styleSheet(theme, linkSources)}</style>`,
    ].filter(Boolean).join('\n');

    const body = [
        '<main>',
        ...(model.partnerships.length ? model.partnerships.map(p => partnershipHeader(cx, p)) : [emptyHeader(cx)]),
        glance(cx),
        contents(cx),
        priorities(cx),
        ...index.teams.map((team, i) => teamSection(cx, team, i)),
        workspaceIssues(cx),
        footer(cx),
        '</main>',
    ].filter(Boolean).join('\n');

    const script = nonce === undefined
        ? ''
        : options.script !== undefined
            ? `<script nonce="${esc(nonce)}">\n${options.script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')}\n</script>`
            : '<!-- script -->';

    return `<!DOCTYPE html>
<html lang="en" class="theme-${theme}">
<head>
${head}
</head>
<body>
${body}
${script}
</body>
</html>
`;
}

/**
 * Nothing may load or run but the document's own style (and, in the webview,
 * its own script by nonce). Written into a double-quoted attribute: its
 * quotes are single quotes, and what the caller gives is escaped.
 */
export function contentSecurityPolicy(options: HtmlOptions): string {
    const from = options.cspSource ? `${esc(options.cspSource).replace(/[;,]/g, '')} ` : '';
    const nonce = nonceOf(options);
    if (nonce === undefined) return `default-src 'none'; style-src ${from}'unsafe-inline'; img-src ${from}data:`;
    return `default-src 'none'; style-src ${from}'nonce-${nonce}'; img-src ${from}data:; script-src 'nonce-${nonce}';`;
}

/** The nonce as CSP reads it: base64 characters only (anything else could not match anyway). */
function nonceOf(options: HtmlOptions): string | undefined {
    return options.nonce === undefined ? undefined : options.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
}

// ---------------------------------------------------------------- header

function partnershipHeader(cx: Context, p: ModelPartnership): string {
    const facts: Array<[string, string]> = [];
    if (p.industry !== undefined) facts.push(['Industry', esc(p.industry)]);
    if (p.region !== undefined) facts.push(['Region', esc(p.region)]);
    if (p.convener) facts.push(['Convener', reference(p.convener)]);
    if (p.launch !== undefined) facts.push(['Launch', `<time datetime="${esc(p.launch)}">${esc(formatDate(p.launch))}</time>`]);
    facts.push(['As of', `<time datetime="${esc(cx.model.asOf)}">${esc(formatDate(cx.model.asOf))}</time>`]);
    return `<header class="doc-header"${cx.src(p.source)}>
<p class="eyebrow">Action Plan</p>
<h1>${esc(p.title)}</h1>
<dl class="facts">${facts.map(([dt, dd]) => `<div><dt>${esc(dt)}</dt> <dd>${dd}</dd></div>`).join(' ')}</dl>
</header>`;
}

function emptyHeader(cx: Context): string {
    return `<header class="doc-header">
<p class="eyebrow">Action Plan</p>
<h1>Action Plan</h1>
<p class="muted">No partnership is declared in these plan files yet.</p>
<dl class="facts"><div><dt>As of</dt><dd><time datetime="${esc(cx.model.asOf)}">${esc(formatDate(cx.model.asOf))}</time></dd></div></dl>
</header>`;
}

function glance(cx: Context): string {
    const { model, index } = cx;
    const wins = model.teams.reduce((n, t) => n + t.wins.length, 0);
    const statuses = counts(model).map(c => statusBadge(c.status, `${c.count} ${statusLabel(c.status).toLowerCase()}`)).join(' ');
    const s = model.summary;
    const issues = [
        s.errors ? badge(`sev-error`, SEVERITY_SYMBOLS.error, countLabel(s.errors, 'error')) : '',
        s.warnings ? badge(`sev-warning`, SEVERITY_SYMBOLS.warning, countLabel(s.warnings, 'warning')) : '',
        s.infos ? badge(`sev-info`, SEVERITY_SYMBOLS.info, countLabel(s.infos, 'note')) : '',
        s.hints ? badge(`sev-hint`, SEVERITY_SYMBOLS.hint, countLabel(s.hints, 'hint')) : '',
    ].filter(Boolean).join(' ');
    return `<section class="glance" aria-label="At a glance">
<div class="group"><span class="label">${esc(countLabel(index.teams.length, 'action team'))}</span></div>
<div class="group"><span class="label">${esc(countLabel(wins, 'win'))}</span> ${statuses}</div>
<div class="group"><span class="label">Open issues</span> ${issues || '<span class="muted">none</span>'}</div>
</section>`;
}

function contents(cx: Context): string {
    if (cx.index.teams.length < 2) return '';
    const items = cx.index.teams.map((t, i) => `<li><a href="#${teamAnchor(i)}">${esc(t.title)}</a> <span class="muted">· ${esc(refText(t.priority))}</span></li>`);
    if (cx.index.workspaceDiagnostics.length) items.push('<li><a href="#plan-wide-issues">Plan-wide issues</a></li>');
    return `<nav class="toc" aria-label="Contents"><strong>Contents</strong><ol>${items.join('')}</ol></nav>`;
}

function priorities(cx: Context): string {
    const rows = cx.model.partnerships.flatMap(p => p.priorities.map(priority => {
        const teams = cx.index.teams.map((t, i) => ({ t, i })).filter(({ t }) => priority.teams.includes(t.name) && t.priority.name === priority.name);
        const teamCell = teams.length
            ? teams.map(({ t, i }) => `<a href="#${teamAnchor(i)}">${esc(t.title)}</a>`).join('<br>')
            : '<span class="muted">No action team yet</span>';
        const followUp = priority.followUp !== undefined
            ? `<time datetime="${esc(priority.followUp)}">${esc(formatDate(priority.followUp))}</time> <span class="sub">${esc(relativeDays(priority.followUpDaysAfterLaunch, 'launch'))}</span>`
            : '<span class="muted">Not set</span>';
        return `<tr${cx.src(priority.source)}><td><strong>${esc(priority.title)}</strong>${issueChip(diagnosticsOf(cx.model, priority))}</td><td>${followUp}</td><td>${teamCell}</td></tr>`;
    }));
    if (!rows.length) return '';
    return `<section class="overview" aria-labelledby="${PRIORITIES_ANCHOR}">
<h2 id="${PRIORITIES_ANCHOR}">Priorities</h2>
<table><thead><tr><th>Priority</th><th>Follow-up call</th><th>Action team</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

// ---------------------------------------------------------------- a team

function teamSection(cx: Context, team: ModelTeam, i: number): string {
    const id = teamAnchor(i);
    const formed = team.formed !== undefined
        ? `<span>Formed <strong><time datetime="${esc(team.formed)}">${esc(formatDate(team.formed))}</time></strong>${team.formedDaysAfterLaunch !== undefined ? `, ${esc(relativeDays(team.formedDaysAfterLaunch, 'launch'))}` : ''} <span class="muted"> · ${team.formedFrom === 'follow-up' ? 'the date of the priority’s follow-up call' : 'recorded by the team'}</span></span>`
        : '<span>Formation date not set</span>';
    const review = reviewBadge(team.reviewStatus);
    const tally = STATUS_ORDER.filter(s => (team.statusCounts?.[s] ?? 0) > 0).map(s => statusBadge(s, `${team.statusCounts[s]} ${statusLabel(s).toLowerCase()}`)).join(' ');
    return `<section class="team" id="${id}" aria-labelledby="${id}-title"${cx.src(team.source)}>
<div class="team-head">
<p class="eyebrow">Priority: ${esc(refText(team.priority))}${team.priority.resolved ? '' : ' (unresolved)'}</p>
<h2 id="${id}-title">${esc(team.title)}</h2>
<div class="team-meta">${formed} ${review}${tally ? ` <span>${tally}</span>` : ''}</div>
</div>
${successes(cx, team)}
${timeline(cx, team, id)}
${wins(cx, team)}
<div class="columns">
<div>${firstSteps(cx, team)}</div>
<div>${involved(cx, team)}</div>
</div>
<div class="columns">
<div>${champions(cx, team)}</div>
<div>${organizes(cx, team)}${reviews(cx, team)}</div>
</div>
${responders(cx, team)}
${teamIssues(cx, team)}
</section>`;
}

function successes(cx: Context, team: ModelTeam): string {
    const body = team.successes.length
        ? team.successes.map(s => {
            const measures = s.measures.length
                ? `<table><thead><tr><th>How we will measure it</th><th>Target</th><th>By</th></tr></thead><tbody>${s.measures.map(m =>
                    `<tr><td>${esc(m.what)}</td><td>${m.target !== undefined ? esc(m.target) : '<span class="muted">—</span>'}</td><td class="nowrap">${m.by !== undefined ? `<time datetime="${esc(m.by)}">${esc(formatDate(m.by))}</time>` : '<span class="muted">—</span>'}</td></tr>`).join('')}</tbody></table>`
                : '<p class="muted">No measure yet.</p>';
            return `<div class="success"${cx.src(s.source)}><p class="result">${esc(s.result)}${issueChip(diagnosticsOf(cx.model, s))}</p>${measures}</div>`;
        }).join('\n')
        : '<p class="muted">Success is not defined yet.</p>';
    return `<h3>Success <span class="hint">how we will know we have made change</span></h3>\n${body}`;
}

function timeline(cx: Context, team: ModelTeam, id: string): string {
    const data = timelineOf(cx.index, team);
    if (!data) return `<h3>Timeline</h3><p class="muted">No dates to chart yet.</p>`;
    const svg = renderTimelineSvg(cx.index, team, { id: `${id}-timeline`, linkSources: cx.options.linkSources === true });
    const used = new Set(data.wins.map(w => w.win.status));
    const legend = [
        ...STATUS_ORDER.filter(s => used.has(s)).map(s => `<span>${markerIcon(s)}${esc(statusLabel(s))}</span>`),
        data.window ? '<span><i class="swatch window"></i>First-win window</span>' : '',
        data.asOf !== undefined ? `<span><i class="swatch asof"></i>As of ${esc(formatDate(cx.model.asOf))}</span>` : '',
    ].filter(Boolean).join(' ');
    const undated = data.undated.length
        ? ` Not shown (no due date): ${data.undated.map(w => `“${esc(w.title)}”${w.dueAsWritten !== undefined ? ` (due ${esc(w.dueAsWritten)}, ${esc(INVALID_DATE_NOTE)})` : ''}`).join(', ')}.`
        : '';
    const launch = cx.index.partnershipOf(team)?.launch;
    return `<h3>Timeline</h3>
<figure class="timeline-figure">
${svg}
<div class="legend">${legend}</div>
<figcaption>Each win at its due date${launch !== undefined ? `, from the launch on ${esc(formatDate(launch))}` : ''}.${undated}</figcaption>
</figure>`;
}

function wins(cx: Context, team: ModelTeam): string {
    const groups = winGroups(team);
    if (!groups.length) return '<h3>Wins</h3><p class="muted">No wins yet: the guide asks for a first win in 60-90 days and 2-3 early wins for the next 6-12 months.</p>';
    return groups.map(g => `<h3>${esc(g.heading)}${g.hint ? ` <span class="hint">${esc(g.hint)}</span>` : ''}</h3>\n${g.wins.map(w => winCard(cx, team, w)).join('\n')}`).join('\n');
}

function winCard(cx: Context, team: ModelTeam, win: ModelWin): string {
    const due = dueWording(win.daysLeft, win.status);
    const meta: string[] = [];
    meta.push(win.owner
        ? `<span>Owner <strong>${reference(win.owner)}</strong>${win.ownerRole && win.ownerRole !== 'other' ? ` <span class="muted">(${esc(win.ownerRole)})</span>` : ''}</span>`
        : '<span>Owner <strong class="muted">not named</strong></span>');
    meta.push(win.due !== undefined
        ? `<span>Due <strong><time datetime="${esc(win.due)}">${esc(formatDate(win.due))}</time></strong>${due.text ? ` · <span class="days${due.overdue ? ' overdue' : ''}">${esc(due.text)}</span>` : ''}</span>`
        : win.dueAsWritten !== undefined
            ? `<span>Due ${invalidDate(win.dueAsWritten)}</span>`
            : '<span>Due <strong class="muted">no date</strong></span>');
    if (win.daysAfterFormed !== undefined) meta.push(`<span>${esc(relativeDays(win.daysAfterFormed, 'formation'))}${esc(windowNote(team, win))}</span>`);
    const criteria = [win.impact !== undefined ? `impact ${esc(win.impact)}` : '', win.feasibility !== undefined ? `feasibility ${esc(win.feasibility)}` : ''].filter(Boolean);
    if (criteria.length) meta.push(`<span>${criteria.join(' · ').replace(/^./, c => c.toUpperCase())}</span>`);

    const details: string[] = [];
    for (const s of win.supports) {
        details.push(`<li><span class="label">${reference(s.party)}</span> — ${esc(s.role)}${s.gives !== undefined ? ` <span class="chip">${esc(labelFrom(GIVES_LABELS, s.gives))}</span>` : ''}</li>`);
    }
    for (const r of win.requires) details.push(`<li>${esc(labelFrom(REQUIRES_LABELS, r))}</li>`);
    if (win.after) details.push(`<li>Builds on <span class="label">${esc(win.after.resolved ? win.after.label ?? win.after.name : win.after.name)}</span>${win.after.resolved ? '' : ' <span class="muted">(unresolved)</span>'}</li>`);
    if (win.nextWins.length) {
        details.push(`<li>Next: ${win.nextWins.map(n => `<span class="label">${esc(cx.index.winTitle(n) ?? n)}</span>`).join(', ')}</li>`);
    }
    const status = token(win.status);
    return `<article class="win st-${status}"${cx.src(win.source)}>
<div class="win-head">${statusBadge(win.status, statusLabel(win.status))}${win.overdue ? ` ${badge('st-missed', '!', 'Overdue')}` : ''} <span class="win-title">${esc(win.title)}</span>${issueChip(diagnosticsOf(cx.model, win))}</div>
<div class="meta">${meta.join(' ')}</div>
${details.length ? `<ul class="details">${details.join('')}</ul>` : ''}
${win.assessment !== undefined ? `<p class="assessment"><span class="label">Assessment:</span> ${esc(win.assessment)}</p>` : ''}
</article>`;
}

/** For a first win: whether its date lies in the team's first-win window. */
function windowNote(team: ModelTeam, win: ModelWin): string {
    const window = firstWinDays(team);
    if (win.kind !== 'first' || !window || win.daysAfterFormed === undefined) return '';
    const inside = win.daysAfterFormed >= window.min && win.daysAfterFormed <= window.max;
    return `, ${inside ? 'inside' : 'outside'} the ${window.min}-${window.max} day window`;
}

function firstSteps(cx: Context, team: ModelTeam): string {
    const body = team.firstSteps.length
        ? team.firstSteps.map(s => {
            const when = distance(s.daysLeft);
            return `<div class="first-step"${cx.src(s.source)}><p><strong>${esc(s.what)}</strong>${issueChip(diagnosticsOf(cx.model, s))}</p>
<div class="meta"><span>Owner <strong>${s.owner ? reference(s.owner) : '<span class="muted">not named</span>'}</strong></span> <span>Due ${s.due !== undefined ? `<strong><time datetime="${esc(s.due)}">${esc(formatDate(s.due))}</time></strong>` : s.dueAsWritten !== undefined ? invalidDate(s.dueAsWritten) : '<strong><span class="muted">no date</span></strong>'}${when ? ` · ${esc(when)}` : ''}</span></div></div>`;
        }).join('\n')
        : '<p class="muted">No first step yet.</p>';
    return `<h3>First step</h3>\n${body}`;
}

function involved(cx: Context, team: ModelTeam): string {
    const items = team.involves.map(v => {
        const parts = [v.who !== undefined ? esc(v.who) : '', ...v.parties.map(p => reference(p))].filter(Boolean);
        return `<li${cx.src(v.source)}>${parts.join(', ')}${issueChip(diagnosticsOf(cx.model, v))}</li>`;
    });
    return `<h3>Who needs to be involved</h3>\n${items.length ? `<ul class="list">${items.join('')}</ul>` : '<p class="muted">Not said yet.</p>'}`;
}

function champions(cx: Context, team: ModelTeam): string {
    const items = team.champions.map(c => {
        const detail = personDetail(cx.index, c);
        const person = c.resolved ? cx.index.people.get(c.name) : undefined;
        return `<li${cx.src(person?.source)}><span class="person-name">${reference(c)}</span>${detail ? `<br><span class="muted">${esc(detail)}</span>` : ''}</li>`;
    });
    return `<h3>Business champions</h3>\n${items.length ? `<ul class="people">${items.join('')}</ul>` : '<p class="muted">No business champion yet.</p>'}`;
}

function responders(cx: Context, team: ModelTeam): string {
    const items = team.responders.map(r => responder(cx, r));
    return `<h3>First responders <span class="hint">support partners and what they commit</span></h3>\n${items.length ? `<ul class="people">${items.join('\n')}</ul>` : '<p class="muted">No first responder yet.</p>'}`;
}

function responder(cx: Context, r: ModelResponder): string {
    const org = r.organization ? reference(r.organization) : '';
    const facts = [
        r.selectedBy !== undefined ? esc(labelFrom(SELECTED_BY_LABELS, r.selectedBy)).replace(/^./, c => c.toUpperCase()) : '',
        r.joined !== undefined ? `joined <time datetime="${esc(r.joined)}">${esc(formatDate(r.joined))}</time>${r.joinedDaysAfterFormed !== undefined ? ` (${esc(relativeDays(r.joinedDaysAfterFormed, 'formation'))})` : ''}` : '',
    ].filter(Boolean);
    const commits = r.commits.length
        ? `<ul class="commits">${r.commits.map(c => `<li><span class="chip">${esc(labelFrom(GIVES_LABELS, c.kind))}</span> ${esc(c.what)}</li>`).join('')}</ul>`
        : '<p class="muted">Commits nothing yet.</p>';
    const traits = r.traits.length ? `<div class="traits">${r.traits.map(t => `<span class="chip">${esc(labelFrom(TRAIT_LABELS, t))}</span>`).join(' ')}</div>` : '';
    return `<li${cx.src(r.source)}><span class="person-name">${reference(r.person)}</span>${org ? ` <span class="muted">· ${org}</span>` : ''}${issueChip(diagnosticsOf(cx.model, r))}
${facts.length ? `<div class="meta">${facts.map(f => `<span>${f}</span>`).join(' ')}</div>` : ''}
${commits}${traits}</li>`;
}

function organizes(cx: Context, team: ModelTeam): string {
    if (!team.organizes.length) return '';
    const items = team.organizes.map(o => `<li${cx.src(o.source)}><strong>${esc(o.what)}</strong> <span class="chip">${esc(labelFrom(ORGANIZE_LABELS, o.kind))}</span>${o.on !== undefined ? ` <span class="muted">from <time datetime="${esc(o.on)}">${esc(formatDate(o.on))}</time></span>` : ''}${issueChip(diagnosticsOf(cx.model, o))}</li>`);
    return `<h3>Organization <span class="hint">just enough to follow through</span></h3>\n<ul class="list">${items.join('')}</ul>`;
}

function reviews(cx: Context, team: ModelTeam): string {
    const items = team.reviews.map(r => `<li${cx.src(r.source)}>${reviewBadge(r.status)} ${r.date !== undefined ? `<time datetime="${esc(r.date)}">${esc(formatDate(r.date))}</time>` : r.dateAsWritten !== undefined ? invalidDate(r.dateAsWritten) : '<span class="muted">no date</span>'} by ${r.reviewers.map(p => reference(p)).join(', ') || '<span class="muted">no one named</span>'}${issueChip(diagnosticsOf(cx.model, r))}</li>`);
    const note = team.reviewStatus === 'approved' ? 'A business champion approved this plan.'
        : team.reviewStatus === 'none' ? 'Business members have not reviewed this plan yet.' : '';
    return `<h3>Review by business members</h3>
${items.length ? `<ul class="reviews">${items.join('')}</ul>` : ''}${note ? `<p class="muted">${esc(note)}</p>` : ''}`;
}

function teamIssues(cx: Context, team: ModelTeam): string {
    const indexes = cx.index.teamDiagnostics(team);
    return `<h3>Open issues</h3>\n${indexes.length ? diagnosticList(cx, indexes) : '<p class="all-clear">None: this team’s plan meets every check.</p>'}`;
}

function workspaceIssues(cx: Context): string {
    const indexes = cx.index.workspaceDiagnostics;
    if (!indexes.length) return '';
    return `<section class="workspace-issues" id="plan-wide-issues" aria-labelledby="plan-wide-heading">
<h2 id="plan-wide-heading">Plan-wide issues</h2>
<p class="muted">Issues in the plan files that do not belong to one action team.</p>
${diagnosticList(cx, indexes)}
</section>`;
}

function diagnosticList(cx: Context, indexes: number[]): string {
    return `<ul class="diagnostics">${indexes.map(i => cx.model.diagnostics[i]).filter((d): d is ModelDiagnostic => d !== undefined).map(d => {
        const sev = token(d.severity);
        const element = cx.index.elementLabel(d.element);
        return `<li class="diag sev-${sev}"${cx.src(d)}>${badge(`sev-${sev}`, SEVERITY_SYMBOLS[d.severity] ?? '?', severityLabel(d.severity))} <div><p class="diag-msg">${esc(d.message)}</p><p class="diag-where"><code>${esc(d.rule)}</code> · ${esc(d.file)}:${esc(d.line)}${element ? ` · ${esc(element)}` : ''}</p></div></li>`;
    }).join('\n')}</ul>`;
}

function footer(cx: Context): string {
    const files = cx.model.files.length;
    return `<footer>
<p class="attribution">${esc(ATTRIBUTION_PREFIX)}<cite>${esc(GUIDE_TITLE)}</cite>${esc(ATTRIBUTION_SUFFIX)}</p>
<p>Rendered as of ${esc(formatDate(cx.model.asOf))} from ${esc(countLabel(files, 'plan file'))}.</p>
</footer>`;
}

// ---------------------------------------------------------------- small parts

/** A date as written that is not a real date: shown, and marked so. */
function invalidDate(written: string): string {
    return `<strong>${esc(written)}</strong> <span class="overdue">(${esc(INVALID_DATE_NOTE)})</span>`;
}

function badge(cls: string, symbol: string, text: string): string {
    return `<span class="badge ${esc(cls)}"><span class="sym" aria-hidden="true">${esc(symbol)}</span> ${esc(text)}</span>`;
}

function reviewBadge(status: string): string {
    return badge(`rv-${token(status)}`, status === 'approved' ? '✓' : status === 'changes-requested' ? '!' : '○', reviewLabel(status));
}

function statusBadge(status: string, text: string): string {
    return `<span class="badge st-${token(status)}"><span class="sym" aria-hidden="true">${esc(statusSymbol(status))}</span> ${esc(text)}</span>`;
}

function issueChip(diagnostics: ModelDiagnostic[]): string {
    if (!diagnostics.length) return '';
    const error = diagnostics.some(d => d.severity === 'error');
    return ` <span class="chip issues${error ? ' has-error' : ''}" title="${esc(diagnostics.map(d => d.message).join(' · '))}">${esc(countLabel(diagnostics.length, 'issue'))}</span>`;
}

/** A reference as text: its label, or the name as written and a note that it does not resolve. */
function reference(ref: ModelReference): string {
    return ref.resolved ? esc(refText(ref)) : `${esc(ref.name)} <span class="muted">(unresolved)</span>`;
}
