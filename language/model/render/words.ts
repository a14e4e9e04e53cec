/**
 * What the rendered Action Plan says, shared by the HTML and the Markdown:
 * labels, dates, day counts, the order of teams and wins, and which
 * diagnostics belong to which team. Plain strings out; the callers escape.
 */
import { formatDay, toDay } from '../../dates.js';
import type {
    ActionPlanModel, Horizon, ModelDiagnostic, ModelPartnership, ModelPerson, ModelPriority, ModelReference,
    ModelSource, ModelTeam, ModelWin
} from '../schema.js';

export const ATTRIBUTION_PREFIX = 'Rules derived from ';
export const GUIDE_TITLE = 'Guidance on Building and Sustaining Action Teams';
export const ATTRIBUTION_SUFFIX = ', Next Generation Sector Partnership toolkit, Institute for Networked Communities.';
/** The attribution sentence, as plain text (the guide's title is set in italics where the format allows). */
export const ATTRIBUTION = `${ATTRIBUTION_PREFIX}${GUIDE_TITLE}${ATTRIBUTION_SUFFIX}`;

export type WinStatus = ModelWin['status'];

export const STATUS_LABELS: Record<WinStatus, string> = {
    planned: 'Planned', 'in-progress': 'In progress', achieved: 'Achieved', missed: 'Missed', dropped: 'Dropped',
};
/** A symbol for each status, so a status never reads by colour alone. */
export const STATUS_SYMBOLS: Record<WinStatus, string> = {
    planned: '○', 'in-progress': '◐', achieved: '✓', missed: '✕', dropped: '–',
};
export const STATUS_ORDER: WinStatus[] = ['achieved', 'in-progress', 'planned', 'missed', 'dropped'];

export function statusLabel(status: string): string {
    return STATUS_LABELS[status as WinStatus] ?? String(status);
}

export function statusSymbol(status: string): string {
    return STATUS_SYMBOLS[status as WinStatus] ?? '?';
}

/** A CSS-safe token for a status, severity or other enum value. */
export function token(value: string): string {
    return String(value).toLowerCase().replace(/[^a-z0-9-]/g, '') || 'unknown';
}

export interface WinGroup {
    horizon: Horizon;
    heading: string;
    hint: string;
    wins: ModelWin[];
}

const GROUPS: Array<Omit<WinGroup, 'wins'>> = [
    { horizon: 'first', heading: 'First win', hint: 'what the team can accomplish in 60-90 days' },
    { horizon: '6-month', heading: '6-month wins', hint: 'early wins due within six months of formation' },
    { horizon: '12-month', heading: '12-month wins', hint: 'early wins due within twelve months of formation' },
    { horizon: 'beyond', heading: 'Beyond 12 months', hint: 'early wins due more than a year after formation' },
    { horizon: 'unscheduled', heading: 'Unscheduled', hint: 'early wins without a valid due date yet' },
    { horizon: 'next', heading: 'Next wins', hint: 'wins that build on earlier ones' },
];

/** The team's wins by horizon, in the guide's order; empty groups left out. Wins keep the plan's order. */
export function winGroups(team: ModelTeam): WinGroup[] {
    const known = new Set(GROUPS.map(g => g.horizon as string));
    const groups = GROUPS.map(g => ({ ...g, wins: team.wins.filter(w => w.horizon === g.horizon) }));
    const other = team.wins.filter(w => !known.has(w.horizon));
    if (other.length) groups.push({ horizon: 'unscheduled', heading: 'Other wins', hint: '', wins: other });
    return groups.filter(g => g.wins.length > 0);
}

/** What a view says after a date written in the plan that is not a real date (`2026-02-30`). */
export const INVALID_DATE_NOTE = 'not a valid date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-06-10` → `Jun 10, 2026`; anything that is not a real date is returned as written. */
export function formatDate(date: string | undefined): string {
    if (date === undefined) return '';
    const day = toDay(date);
    if (day === undefined) return String(date);
    const [year, month, dayOfMonth] = date.split('-').map(Number);
    return `${MONTHS[month - 1]} ${dayOfMonth}, ${year}`;
}

export function monthLabel(day: number, withYear: boolean): string {
    const [year, month] = formatDay(day).split('-').map(Number);
    return withYear ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1];
}

export function days(count: number): string {
    return `${count} ${Math.abs(count) === 1 ? 'day' : 'days'}`;
}

/** `23 days after launch`, `2 days before launch`, `on launch day`. */
export function relativeDays(count: number | undefined, anchor: string): string {
    if (count === undefined || !Number.isFinite(count)) return '';
    if (count === 0) return `on ${anchor} day`;
    return count > 0 ? `${days(count)} after ${anchor}` : `${days(-count)} before ${anchor}`;
}

/**
 * Days left for open work (planned or in progress), as of the model's date:
 * `N days left`, `due today`, `N days overdue`. Closed work (achieved, missed,
 * dropped) counts down nothing: its text is empty.
 */
export function dueWording(daysLeft: number | undefined, status: string | undefined): { text: string; overdue: boolean } {
    if (daysLeft === undefined || !Number.isFinite(daysLeft)) return { text: '', overdue: false };
    const open = status === undefined || status === 'planned' || status === 'in-progress';
    if (!open) return { text: '', overdue: false };
    if (daysLeft === 0) return { text: 'due today', overdue: false };
    if (daysLeft > 0) return { text: `${days(daysLeft)} left`, overdue: false };
    return { text: `${days(-daysLeft)} overdue`, overdue: true };
}

/** `in 12 days`, `today`, `21 days ago`: for dates that carry no status. */
export function distance(daysLeft: number | undefined): string {
    if (daysLeft === undefined || !Number.isFinite(daysLeft)) return '';
    if (daysLeft === 0) return 'today';
    return daysLeft > 0 ? `in ${days(daysLeft)}` : `${days(-daysLeft)} ago`;
}

export const SEVERITY_LABELS: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };
export const SEVERITY_SYMBOLS: Record<string, string> = { error: '✕', warning: '!', info: 'i', hint: '·' };

export function severityLabel(severity: string): string {
    return SEVERITY_LABELS[severity] ?? String(severity);
}

export const REVIEW_LABELS: Record<string, string> = {
    approved: 'Approved', 'changes-requested': 'Changes requested', pending: 'Review pending', none: 'Not reviewed yet',
};

export function reviewLabel(status: string): string {
    return REVIEW_LABELS[status] ?? String(status);
}

export const SELECTED_BY_LABELS: Record<string, string> = {
    convener: 'selected by the convener', volunteered: 'volunteered', representative: 'sent as a representative',
};

export const TRAIT_LABELS: Record<string, string> = {
    resources: 'Commits resources', 'business-centered': 'Business-centered', toolkit: 'Toolkit thinking', collaborative: 'Collaborative',
};

export const GIVES_LABELS: Record<string, string> = { 'in-kind': 'in-kind', financial: 'financial', policy: 'policy' };

export const REQUIRES_LABELS: Record<string, string> = {
    'new-funding': 'Requires new funding', 'outside-region': 'Requires change outside the region',
};

export const ORGANIZE_LABELS: Record<string, string> = {
    meeting: 'Meeting', 'working-group': 'Working group', committee: 'Committee', charter: 'Charter', bylaws: 'Bylaws',
    staff: 'Staff', fund: 'Fund', incorporation: 'Incorporation',
};

export function labelFrom(labels: Record<string, string>, value: string): string {
    return labels[value] ?? String(value);
}

/** Lookups a renderer needs besides the team it is drawing. */
export interface ModelIndex {
    model: ActionPlanModel;
    people: Map<string, ModelPerson>;
    organizations: Map<string, { title: string; kind: string }>;
    partnershipOf(team: ModelTeam): ModelPartnership | undefined;
    priorityOf(team: ModelTeam): ModelPriority | undefined;
    /** Title of a win by qualified name (TEAM.WIN). */
    winTitle(qualifiedName: string): string | undefined;
    /** What an element is, for a diagnostic: `Win "Host teacher tours"`. */
    elementLabel(id: string | undefined): string | undefined;
    /** Where an element is written, by id. */
    sourceOf(id: string | undefined): ModelSource | undefined;
    /** Indexes of the diagnostics of a team and everything in it, in model order. */
    teamDiagnostics(team: ModelTeam): number[];
    /** Indexes of the diagnostics not tied to any team. */
    workspaceDiagnostics: number[];
    /** Teams in reading order: by partnership and priority, then any team whose priority does not resolve. */
    teams: ModelTeam[];
}

export function indexModel(model: ActionPlanModel): ModelIndex {
    const people = new Map(model.people.map(p => [p.name, p]));
    const organizations = new Map(model.organizations.map(o => [o.name, { title: o.title, kind: o.kind }]));
    const wins = new Map(model.teams.flatMap(t => t.wins.map(w => [w.qualifiedName, w] as const)));
    const labels = new Map<string, string>();
    const sources = new Map<string, ModelSource>();
    const note = (element: { id: string; source: ModelSource }, label: string) => {
        labels.set(element.id, label);
        sources.set(element.id, element.source);
    };
    for (const p of model.partnerships) {
        note(p, `Partnership "${p.title}"`);
        for (const priority of p.priorities) note(priority, `Priority "${priority.title}"`);
    }
    for (const o of model.organizations) note(o, `${o.kind === 'business' ? 'Business' : 'Partner'} "${o.title}"`);
    for (const p of model.people) note(p, `Person "${p.fullName}"`);
    const teamDiagnostics = new Map<ModelTeam, number[]>();
    const claimed = new Set<number>();
    for (const t of model.teams) {
        note(t, `Team "${t.title}"`);
        t.responders.forEach(r => note(r, `Responder ${refText(r.person)}`));
        t.successes.forEach(s => note(s, 'Success'));
        t.wins.forEach(w => note(w, `Win "${w.title}"`));
        t.firstSteps.forEach(s => note(s, 'First step'));
        t.involves.forEach(v => note(v, 'Who is involved'));
        t.reviews.forEach(r => note(r, 'Review'));
        t.organizes.forEach(o => note(o, `Organization "${o.what}"`));
        const elements = [t, ...t.responders, ...t.successes, ...t.wins, ...t.firstSteps, ...t.involves, ...t.reviews, ...t.organizes];
        const indexes = [...new Set(elements.flatMap(e => e.diagnostics ?? []))]
            .filter(i => Number.isInteger(i) && model.diagnostics[i] !== undefined)
            .sort((a, b) => a - b);
        indexes.forEach(i => claimed.add(i));
        teamDiagnostics.set(t, indexes);
    }
    const workspaceDiagnostics = model.diagnostics.map((_, i) => i).filter(i => !claimed.has(i));

    const teams: ModelTeam[] = [];
    for (const p of model.partnerships) {
        for (const priority of p.priorities) {
            for (const t of model.teams) {
                if (!teams.includes(t) && t.priority.resolved && t.priority.name === priority.name && (t.partnership ?? p.name) === p.name) teams.push(t);
            }
        }
    }
    for (const t of model.teams) if (!teams.includes(t)) teams.push(t);

    return {
        model, people, organizations, teams, workspaceDiagnostics,
        partnershipOf: team => model.partnerships.find(p => p.name === team.partnership)
            ?? model.partnerships.find(p => p.priorities.some(pr => pr.name === team.priority.name))
            ?? (model.partnerships.length === 1 ? model.partnerships[0] : undefined),
        priorityOf: team => (team.priority.resolved
            ? model.partnerships.flatMap(p => p.priorities).find(p => p.name === team.priority.name)
            : undefined),
        winTitle: name => wins.get(name)?.title,
        elementLabel: id => (id === undefined ? undefined : labels.get(id)),
        sourceOf: id => (id === undefined ? undefined : sources.get(id)),
        teamDiagnostics: team => teamDiagnostics.get(team) ?? [],
    };
}

/** The text of a reference: its label (title or full name) when it resolves, else the name as written. */
export function refText(ref: ModelReference | undefined): string {
    if (!ref) return '';
    return ref.resolved ? ref.label ?? ref.name : ref.name;
}

/** A person with what they do and where: `Ana Ruiz, CEO, Ruiz Precision Machining`. */
export function personDetail(index: ModelIndex, ref: ModelReference): string {
    const person = ref.resolved && ref.kind === 'person' ? index.people.get(ref.name) : undefined;
    if (!person) return '';
    const org = person.organization.resolved ? person.organization.label ?? person.organization.name : person.organization.name;
    return [person.jobTitle, org].filter(Boolean).join(', ');
}

/** Diagnostics of one element (by index), for a count on its card. */
export function diagnosticsOf(model: ActionPlanModel, element: { diagnostics?: number[] }): ModelDiagnostic[] {
    return (element.diagnostics ?? []).map(i => model.diagnostics[i]).filter((d): d is ModelDiagnostic => d !== undefined);
}

export function countLabel(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

/** The first-win window in days after formation (60-90 unless the config says otherwise). */
export function firstWinDays(team: ModelTeam): { min: number; max: number } | undefined {
    const formed = toDay(team.formed);
    const from = toDay(team.firstWinWindow?.from);
    const to = toDay(team.firstWinWindow?.to);
    return formed === undefined || from === undefined || to === undefined ? undefined : { min: from - formed, max: to - formed };
}

export function counts(model: ActionPlanModel): { status: WinStatus; count: number }[] {
    const summary = model.summary?.statusCounts;
    return STATUS_ORDER.map(status => ({ status, count: Number(summary?.[status] ?? 0) })).filter(c => c.count > 0);
}
