/**
 * What a diff says, in the plan's own terms, for both the Markdown and the
 * text renderer. Phrases take a Style that escapes every plan string for its
 * medium (and sets names in bold where the medium has bold), so the wording
 * lives here once and no plan string reaches a document unescaped.
 */
import type {
    AddedOrRemoved, DateMove, DateWindow, DiffDiagnostic, DiffElement, DiffResult, FieldChange, MembershipChange, SeverityCounts, StatusChange
} from './schema.js';

export interface Style {
    /** Plan text (or any text) as it must appear in the medium. */
    text(value: string): string;
    /** The same, emphasised: element names. */
    strong(value: string): string;
    /** A quoted plan string (a title, an assessment). */
    quoted(value: string): string;
}

const KIND_LABELS: Record<string, string> = {
    partnership: 'partnership', priority: 'priority', business: 'business', partner: 'partner', person: 'person', team: 'team',
    win: 'win', responder: 'responder', success: 'success', 'first-step': 'first step', review: 'review', organize: 'organize line',
};

const PLURALS: Record<string, string> = {
    partnership: 'partnerships', priority: 'priorities', business: 'businesses', partner: 'partners', person: 'people', team: 'teams',
    'first win': 'first wins', 'early win': 'early wins', 'next win': 'next wins', win: 'wins', responder: 'responders',
    success: 'successes', 'first step': 'first steps', review: 'reviews', 'organize line': 'organize lines',
};

const STATUS_WORDS: Record<string, string> = {
    planned: 'planned', 'in-progress': 'in progress', achieved: 'achieved', missed: 'missed', dropped: 'dropped',
};

const DATE_LABELS: Record<string, string> = {
    launch: 'Launch date', 'follow-up': 'Follow-up call', formed: 'Formed date', due: 'Due date', joined: 'Joined date', date: 'Review date', on: 'Date',
};

export function kindLabel(element: Pick<DiffElement, 'kind' | 'winKind'>): string {
    if (element.kind === 'win' && element.winKind) return `${element.winKind} win`;
    return KIND_LABELS[element.kind] ?? element.kind;
}

export function plural(n: number, one: string): string {
    return `${n} ${n === 1 ? one : PLURALS[one] ?? `${one}s`}`;
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export function statusWord(status: string): string {
    return STATUS_WORDS[status] ?? status;
}

/** `first win **Talent.Tours** “Host teacher tours”`, `responder **li** (Li Chen) in team **Talent**`, `review “…” of team **Talent**`. */
export function elementPhrase(element: DiffElement, st: Style, withTitle = true): string {
    const kind = kindLabel(element);
    if (element.kind === 'responder') {
        return `${kind} ${st.strong(element.name)}${element.title !== undefined ? ` (${st.text(element.title)})` : ''} in team ${st.strong(element.team ?? '')}`;
    }
    if (element.name === '') {
        return `${kind}${element.title !== undefined ? ` ${st.quoted(element.title)}` : ''} of team ${st.strong(element.team ?? '')}`;
    }
    const title = withTitle && element.title !== undefined
        ? element.kind === 'person' ? ` (${st.text(element.title)})` : ` ${st.quoted(element.title)}`
        : '';
    return `${kind} ${st.strong(element.name)}${title}`;
}

export function addedPhrase(element: AddedOrRemoved, st: Style): string {
    return `${capitalize(elementPhrase(element, st, false))}: ${st.text(element.summary)}`;
}

export function renamePhrase(rename: DiffResult['renamed'][number], st: Style): string {
    const title = rename.to.title !== undefined ? (rename.kind === 'person' ? ` (${st.text(rename.to.title)})` : ` ${st.quoted(rename.to.title)}`) : '';
    return `${capitalize(kindLabel(rename.to))} ${st.strong(rename.from.name)} renamed to ${st.strong(rename.to.name)}${title}`;
}

export function movePhrase(move: DiffResult['moved'][number], st: Style): string {
    return `${capitalize(elementPhrase(move.element, st, false))} moved from ${st.text(move.fromFile)} to ${st.text(move.toFile)}`;
}

export function statusPhrase(change: StatusChange, st: Style): string {
    const head = `${capitalize(elementPhrase(change.element, st))} marked ${st.strong(statusWord(change.to))} (was ${statusWord(change.from)})`;
    if (change.assessment !== undefined) return `${head}; assessment: ${st.quoted(change.assessment)}`;
    return change.to === 'achieved' || change.to === 'missed' ? `${head}; no assessment yet` : head;
}

/** `as of 2026-06-30`, or `as of 2026-06-30 and 2026-10-01 (each config's asOf)` when workspaces with different configs are compared together. */
export function asOfText(result: DiffResult, st: Style): string {
    const dates = result.asOfDates.length ? result.asOfDates : [result.asOf];
    if (dates.length === 1) return `as of ${dateText(dates[0], st)}`;
    return `as of ${dates.slice(0, -1).map(d => dateText(d, st)).join(', ')} and ${dateText(dates.at(-1)!, st)} (each config's asOf)`;
}

/** A date of the model (always YYYY-MM-DD, which no medium reads as markup) as it is; anything else escaped. */
export function dateText(value: string, st: Style): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : st.text(value);
}

/** `file:line` with the file escaped and the numbers as they are. */
export function placeText(file: string, line: number, st: Style, column?: number): string {
    return `${st.text(file)}:${line}${column === undefined ? '' : `:${column}`}`;
}

export function signedDays(days: number): string {
    return `${days > 0 ? '+' : days < 0 ? '−' : '±'}${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

export function dateLabel(field: string): string {
    return DATE_LABELS[field] ?? capitalize(field);
}

/** `Due date of early win **T.W** “…” moved 2026-09-30 → 2026-10-31 (+31 days); leaves the 60-90 day window (now 95 days after formed)`. */
export function dateMovePhrase(move: DateMove, st: Style): string {
    const window = move.window ? windowPhrase(move.window) : '';
    return `${dateLabel(move.field)} of ${elementPhrase(move.element, st)} moved ${dateText(move.from, st)} → ${dateText(move.to, st)} (${signedDays(move.days)})${window ? `; ${window}` : ''}`;
}

export function windowRange(window: DateWindow): string {
    return window.minDays !== undefined ? `${window.minDays}-${window.maxDays} day` : `${window.maxDays}-day`;
}

function anchor(window: DateWindow): string {
    return window.from === 'launch' ? 'the launch' : window.from;
}

/** Whether a move leaves or enters the guide's window; empty when neither side is known. */
export function windowPhrase(window: DateWindow): string {
    const now = window.daysAfter !== undefined ? `${window.daysAfter} days after ${anchor(window)}` : '';
    switch (window.change) {
        case 'leaves': return `leaves the ${windowRange(window)} window${now ? ` (now ${now})` : ''}`;
        case 'enters': return `enters the ${windowRange(window)} window${now ? ` (${now})` : ''}`;
        case 'stays-outside': return `still outside the ${windowRange(window)} window${now ? ` (${now})` : ''}`;
        case 'stays-inside': return now ? `still within the ${windowRange(window)} window (${now})` : '';
        default: return '';
    }
}

export function membershipPhrase(change: MembershipChange, st: Style): string {
    const who = change.fullName !== undefined ? `${st.strong(change.fullName)} (${st.text(change.person)})` : st.strong(change.person);
    return change.change === 'joined'
        ? `${who} joined team ${st.strong(change.team)} as ${change.role === 'champion' ? 'a champion' : 'a responder'}`
        : `${who} left team ${st.strong(change.team)} (was ${change.role === 'champion' ? 'a champion' : 'a responder'})`;
}

/** One field: `owner: ben → ana`, `support: added “…”; removed “…”`. */
export function fieldPhrase(change: FieldChange, st: Style): string {
    if (change.type === 'list') {
        const parts = [
            ...change.added.map(item => `added ${st.quoted(item)}`),
            ...change.removed.map(item => `removed ${st.quoted(item)}`),
        ];
        return `${st.text(change.field)}: ${parts.join('; ')}`;
    }
    const value = (v: string | undefined) => (v === undefined ? '(not set)' : st.quoted(v));
    return `${st.text(change.field)}: ${value(change.before)} → ${value(change.after)}`;
}

export function severityCounts(counts: SeverityCounts, zero = 'none'): string {
    const parts = [
        counts.errors ? plural(counts.errors, 'error') : '', counts.warnings ? plural(counts.warnings, 'warning') : '',
        counts.infos ? plural(counts.infos, 'note') : '', counts.hints ? plural(counts.hints, 'hint') : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : zero;
}

/** `warning first-win-window on first win **T.W**: message (file:line)`; `ruleText` replaces the escaped rule id (a link). */
export function diagnosticPhrase(d: DiffDiagnostic, st: Style, withPlace = true, ruleText = st.text(d.rule)): string {
    const where = d.element ? ` on ${elementPhrase({ ...d.element, file: d.file, line: d.line }, st, false)}` : '';
    const place = withPlace ? ` (${placeText(d.file, d.line, st)})` : '';
    return `${d.severity} ${ruleText}${where}: ${st.text(d.message)}${place}`;
}

/** Counts of elements by kind label: `1 team, 2 early wins`. */
export function kindCounts(elements: Array<Pick<DiffElement, 'kind' | 'winKind'>>): string {
    const counts = new Map<string, number>();
    for (const e of elements) counts.set(kindLabel(e), (counts.get(kindLabel(e)) ?? 0) + 1);
    return [...counts].map(([label, n]) => plural(n, label)).join(', ');
}

/** The headline: what the change does, in one line of counts (no plan text). */
export function headline(result: DiffResult): string[] {
    const parts: string[] = [];
    if (result.added.length) parts.push(`added ${kindCounts(result.added)}`);
    if (result.removed.length) parts.push(`removed ${kindCounts(result.removed)}`);
    if (result.renamed.length) parts.push(`renamed ${kindCounts(result.renamed.map(r => r.to))}`);
    if (result.statusChanges.length) {
        const byStatus = new Map<string, number>();
        for (const s of result.statusChanges) byStatus.set(s.to, (byStatus.get(s.to) ?? 0) + 1);
        parts.push([...byStatus].map(([status, n]) => `${plural(n, 'win')} marked ${statusWord(status)}`).join(', '));
    }
    if (result.dateMoves.length) {
        const { leftWindow, enteredWindow } = result.summary;
        const windows = [leftWindow ? `${leftWindow} ${leftWindow === 1 ? 'leaves its' : 'leave their'} window` : '', enteredWindow ? `${enteredWindow} ${enteredWindow === 1 ? 'enters its' : 'enter their'} window` : '']
            .filter(Boolean).join(', ');
        parts.push(`${result.dateMoves.length} ${result.dateMoves.length === 1 ? 'date' : 'dates'} moved${windows ? ` (${windows})` : ''}`);
    }
    if (result.membership.length) {
        const joined = result.membership.filter(m => m.change === 'joined').length;
        const left = result.membership.length - joined;
        parts.push([joined ? `${plural(joined, 'person')} joined a team` : '', left ? `${plural(left, 'person')} left a team` : ''].filter(Boolean).join(', '));
    }
    if (result.changed.length) parts.push(`${result.changed.length} ${result.changed.length === 1 ? 'element' : 'elements'} edited`);
    if (result.moved.length) parts.push(`${kindCounts(result.moved.map(m => m.element))} moved to another file`);
    return parts;
}

/** The diagnostics line: what the change introduces and resolves, and where the head stands. */
export function checksLine(result: DiffResult): string {
    const { introduced, resolved } = result.summary;
    const now = severityCounts(result.head.diagnostics, 'no problems');
    const was = severityCounts(result.base.diagnostics, 'no problems');
    return `introduces ${severityCounts(introduced)}; resolves ${severityCounts(resolved)}; the plans now have ${now} (before: ${was})`;
}
