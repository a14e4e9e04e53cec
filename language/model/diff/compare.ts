/**
 * The semantic diff: two resolved models in, a DiffResult (schema.ts) out.
 * Pure data: no Git, no Langium, no file system.
 *
 * Identity is the element's kind and name (`win:TEAM.WIN` for a win), never
 * its place, so a block moved within a file or to another file is the same
 * element. Elements that have no name are matched by their team and their
 * content: a responder by its person; a success, first step, review or
 * organize line first by equal content (a reordered line is unchanged), then
 * in order.
 *
 * A rename is an element removed and one added of the same kind whose other
 * fields match, the references to it renamed too: renaming a person updates
 * the champions, owners and supports that name them, and these are part of
 * the rename, not changes of their own. Renames are found kind by kind, the
 * kinds others refer to first (organisations, people, then the partnership,
 * priorities, teams and wins), each step seeing the renames before it.
 *
 * Only what a plan writes is compared; figures the model computes from it
 * (days after formed, horizons, overdue flags, counts) follow their dates
 * and would only repeat them. Dates that moved are reported apart, with their
 * day delta and, for dates the guide puts in a window, whether the move leaves
 * or enters it. Diagnostics are compared by rule, element and message, so a
 * problem on a line that moved is not a new problem.
 */
import { toDay } from '../../dates.js';
import type { ActionPlanModel, ModelDiagnostic, ModelReference, ModelTeam, ModelWin } from '../schema.js';
import {
    DIFF_SCHEMA_VERSION, type AddedOrRemoved, type DateMove, type DateWindow, type DiffDiagnostic, type DiffElement,
    type DiffElementKind, type DiffResult, type FieldChange, type MembershipChange, type SeverityCounts, type StatusChange
} from './schema.js';

export interface WindowDays {
    minDays: number;
    maxDays: number;
}

/** The guide's windows, from the rules' options (the config's), else the defaults. */
export interface DiffWindows {
    /** follow-up-window: a priority's follow-up 21-28 days after the launch. */
    followUp?: WindowDays;
    /** first-win-window, for a team whose model has no firstWinWindow: 60-90 days after formed. */
    firstWin?: WindowDays;
    /** win-timeline: an early win due at most 365 days after formed. */
    earlyWin?: { maxDays: number };
}

export interface DiffSideInfo {
    label: string;
    revision?: string;
}

export interface DiffOptions {
    /** Every as-of date the head's plans were checked on, when the caller knows them (several configs); default: the head model's. */
    asOfDates?: string[];
    base?: DiffSideInfo;
    head?: DiffSideInfo;
    windows?: DiffWindows;
}

export const DEFAULT_WINDOWS = {
    followUp: { minDays: 21, maxDays: 28 },
    firstWin: { minDays: 60, maxDays: 90 },
    earlyWin: { maxDays: 365 },
} as const;

type WinStatus = ModelWin['status'];
type Value = string | string[] | undefined;

interface Field {
    value: Value;
    date?: boolean;
}

interface WindowSpec {
    rule: string;
    label: string;
    from: string;
    minDays?: number;
    maxDays: number;
    /** Days from the anchor to the date, when both are known. */
    days?: number;
}

interface Entry {
    /** Identity across the two models (after renames). */
    key: string;
    id: string;
    kind: DiffElementKind;
    /** As written in this model. */
    name: string;
    title?: string;
    team?: string;
    winKind?: ModelWin['kind'];
    parentKey?: string;
    file: string;
    line: number;
    fields: Map<string, Field>;
    status?: WinStatus;
    assessment?: string;
    /** For teams: the champions, names mapped; for responders: the person, mapped. */
    members?: string[];
    windows: Map<string, WindowSpec>;
    summary: string;
    /** Extra content that decides a rename but is not a field (a team's champions). */
    signatureExtra?: unknown;
}

/** Kinds that can be renamed, in the order renames are looked for: referred-to kinds first. */
const RENAMED_KINDS = ['business', 'partner', 'person', 'partnership', 'priority', 'team', 'win'] as const;
type RenamedKind = (typeof RENAMED_KINDS)[number];

/** Kinds whose elements stand at the top of a file; the others move with them. */
const TOP_LEVEL = new Set<DiffElementKind>(['partnership', 'business', 'partner', 'person', 'team']);
const UNNAMED = ['success', 'first-step', 'review', 'organize'] as const;

class Renames {
    readonly maps = new Map<RenamedKind, Map<string, string>>(RENAMED_KINDS.map(kind => [kind, new Map()]));

    /** The head's name for a base name of that kind. */
    name(kind: string | undefined, name: string): string {
        if (kind === 'win') {
            const dot = name.indexOf('.');
            const qualified = dot > 0 ? `${this.name('team', name.slice(0, dot))}${name.slice(dot)}` : name;
            return this.maps.get('win')!.get(qualified) ?? qualified;
        }
        return this.maps.get(kind as RenamedKind)?.get(name) ?? name;
    }

    ref(reference: ModelReference | undefined): string | undefined {
        if (!reference) return undefined;
        return reference.resolved && reference.kind ? this.name(reference.kind, reference.name) : reference.name;
    }

    refs(references: readonly ModelReference[]): string[] {
        return references.map(r => this.ref(r)!);
    }
}

const IDENTITY = new Renames();

export function diffModels(base: ActionPlanModel, head: ActionPlanModel, options: DiffOptions = {}): DiffResult {
    const windows = {
        followUp: options.windows?.followUp ?? DEFAULT_WINDOWS.followUp,
        firstWin: options.windows?.firstWin ?? DEFAULT_WINDOWS.firstWin,
        earlyWin: options.windows?.earlyWin ?? DEFAULT_WINDOWS.earlyWin,
    };
    const headEntries = flatten(head, IDENTITY, windows);
    const headByKey = new Map(headEntries.map(e => [e.key, e]));

    // Renames, kind by kind; each step flattens the base again with the renames so far.
    const renames = new Renames();
    const renamePairs: Array<{ fromId: string; to: Entry }> = [];
    let baseEntries = flatten(base, renames, windows);
    for (const kind of RENAMED_KINDS) {
        const baseKeys = new Set(baseEntries.map(e => e.key));
        const removed = baseEntries.filter(e => e.kind === kind && !headByKey.has(e.key));
        const added = headEntries.filter(e => e.kind === kind && !baseKeys.has(e.key));
        if (!removed.length || !added.length) continue;
        const bySignature = (entries: Entry[]) => {
            const map = new Map<string, Entry[]>();
            for (const entry of entries) {
                const signature = renameSignature(entry);
                pushTo(map, signature, entry);
            }
            return map;
        };
        const removedBy = bySignature(removed);
        const addedBy = bySignature(added);
        let found = false;
        for (const [signature, [from, ...more]] of removedBy) {
            const to = addedBy.get(signature);
            if (more.length || to?.length !== 1) continue;
            renames.maps.get(kind)!.set(renameKeyName(from), renameKeyName(to[0]));
            renamePairs.push({ fromId: from.id, to: to[0] });
            found = true;
        }
        if (found) baseEntries = flatten(base, renames, windows);
    }
    pairUnnamed(baseEntries, headEntries);
    const baseByKey = new Map(baseEntries.map(e => [e.key, e]));
    const baseOriginal = flatten(base, IDENTITY, windows);
    const originalById = new Map(baseOriginal.map(e => [e.id, e]));
    /** A base element as written in the base (its own names), for removed elements and the from-side of renames. */
    const asWritten = (entry: Entry): Entry => ({ ...(originalById.get(entry.id) ?? entry), key: entry.key, ...opt('parentKey', entry.parentKey) });

    const renamed: DiffResult['renamed'] = renamePairs.flatMap(({ fromId, to }) => {
        const from = originalById.get(fromId);
        return from ? [{ kind: to.kind, from: element(from), to: element(to) }] : [];
    });

    const addedEntries = headEntries.filter(e => !baseByKey.has(e.key));
    const removedEntries = baseEntries.filter(e => !headByKey.has(e.key)).map(asWritten);
    const addedKeys = new Set(addedEntries.map(e => e.key));
    const removedKeys = new Set(removedEntries.map(e => e.key));

    const membership: MembershipChange[] = [];
    const shown = (entries: Entry[], keys: Set<string>, change: 'joined' | 'left'): AddedOrRemoved[] => entries.flatMap(entry => {
        if (entry.parentKey && keys.has(entry.parentKey)) return []; // listed with its team or partnership
        if (entry.kind === 'responder') {
            const team = (change === 'joined' ? headByKey : baseByKey).get(entry.parentKey ?? '');
            membership.push({
                team: entry.team ?? '', ...opt('teamTitle', team?.title), person: entry.name, ...opt('fullName', entry.title),
                role: 'responder', change, file: entry.file, line: entry.line,
            });
            return [];
        }
        return [{ ...element(entry), summary: entry.summary }];
    });
    const added = shown(addedEntries, addedKeys, 'joined');
    const removed = shown(removedEntries, removedKeys, 'left');

    const changed: DiffResult['changed'] = [];
    const dateMoves: DateMove[] = [];
    const statusChanges: StatusChange[] = [];
    const moved: DiffResult['moved'] = [];
    const peopleHead = new Map(head.people.map(p => [p.name, p.fullName]));
    const peopleBase = new Map(base.people.map(p => [renames.name('person', p.name), p.fullName]));
    for (const after of headEntries) {
        const before = baseByKey.get(after.key);
        if (!before) continue;
        const el = element(after);
        if (TOP_LEVEL.has(after.kind) && before.file !== after.file) moved.push({ element: el, fromFile: before.file, toFile: after.file });
        const statusChanged = before.status !== undefined && after.status !== undefined && before.status !== after.status;
        if (statusChanged) {
            statusChanges.push({ element: el, from: before.status!, to: after.status!, ...opt('assessment', after.assessment) });
        }
        const fields: FieldChange[] = [];
        for (const name of unionKeys(before.fields, after.fields)) {
            if (name === 'assessment' && statusChanged) continue; // shown with the status change
            const b = before.fields.get(name)?.value;
            const a = after.fields.get(name)?.value;
            const isDate = before.fields.get(name)?.date || after.fields.get(name)?.date;
            if (Array.isArray(b) || Array.isArray(a)) {
                const { plus, minus } = multisetDiff(asList(b), asList(a));
                if (plus.length || minus.length) fields.push({ type: 'list', field: name, added: plus, removed: minus });
            } else if (b !== a) {
                if (isDate && b !== undefined && a !== undefined && toDay(b) !== undefined && toDay(a) !== undefined) {
                    dateMoves.push({
                        element: el, field: name, from: b, to: a, days: toDay(a)! - toDay(b)!,
                        ...opt('window', windowChange(before.windows.get(name), after.windows.get(name))),
                    });
                } else {
                    fields.push({ type: 'value', field: name, ...opt('before', b), ...opt('after', a) });
                }
            }
        }
        if (fields.length) changed.push({ element: el, fields });
        if (after.kind === 'team') {
            const { plus, minus } = multisetDiff(before.members ?? [], after.members ?? []);
            for (const [people, change, fullNames] of [[plus, 'joined', peopleHead], [minus, 'left', peopleBase]] as const) {
                for (const person of people) {
                    membership.push({
                        team: after.name, ...opt('teamTitle', after.title), person, ...opt('fullName', fullNames.get(person)),
                        role: 'champion', change, file: after.file, line: after.line,
                    });
                }
            }
        }
    }

    const diagnostics = diffDiagnostics(base, head, baseEntries, headEntries, originalById);
    const introduced = countSeverities(diagnostics.introduced);
    const resolved = countSeverities(diagnostics.resolved);
    const byPlace = <T>(place: (item: T) => { file: string; line: number }) => (a: T, b: T) => {
        const pa = place(a);
        const pb = place(b);
        return compareText(pa.file, pb.file) || pa.line - pb.line;
    };
    added.sort(byPlace(e => e));
    removed.sort(byPlace(e => e));
    renamed.sort(byPlace(r => r.to));
    moved.sort(byPlace(m => m.element));
    changed.sort(byPlace(c => c.element));
    dateMoves.sort(byPlace(m => m.element));
    statusChanges.sort(byPlace(s => s.element));
    membership.sort((a, b) => compareText(a.team, b.team) || (a.change === b.change ? 0 : a.change === 'joined' ? -1 : 1) || compareText(a.person, b.person));

    const summary = {
        added: added.length, removed: removed.length, renamed: renamed.length, moved: moved.length, changed: changed.length,
        dateMoves: dateMoves.length,
        leftWindow: dateMoves.filter(m => m.window?.change === 'leaves').length,
        enteredWindow: dateMoves.filter(m => m.window?.change === 'enters').length,
        statusChanges: statusChanges.length, membershipChanges: membership.length,
        introduced, resolved,
        unchanged: false,
    };
    summary.unchanged = added.length + removed.length + renamed.length + moved.length + changed.length + dateMoves.length
        + statusChanges.length + membership.length + diagnostics.introduced.length + diagnostics.resolved.length === 0;
    return {
        schemaVersion: DIFF_SCHEMA_VERSION,
        asOf: head.asOf,
        asOfDates: options.asOfDates?.length ? [...new Set(options.asOfDates)].sort() : [head.asOf],
        base: side(base, options.base ?? { label: 'base' }),
        head: side(head, options.head ?? { label: 'head' }),
        summary,
        added, removed, renamed, moved, changed, dateMoves, statusChanges, membership, diagnostics,
    };
}

function side(model: ActionPlanModel, info: DiffSideInfo): DiffResult['base'] {
    const { errors, warnings, infos, hints } = model.summary;
    return { label: info.label, ...opt('revision', info.revision), files: model.files.length, diagnostics: { errors, warnings, infos, hints } };
}

/** The name a rename map holds: NAME, or TEAM.WIN for a win (its team already renamed on the base side). */
function renameKeyName(entry: Entry): string {
    return entry.kind === 'win' ? entry.key.slice('win:'.length) : entry.name;
}

function renameSignature(entry: Entry): string {
    return JSON.stringify([
        entry.kind, entry.team ?? null, entry.winKind ?? null, entry.status ?? null, entry.assessment ?? null,
        [...entry.fields].map(([name, field]) => [name, Array.isArray(field.value) ? [...field.value].sort() : field.value ?? null]),
        entry.signatureExtra ?? null,
    ]);
}

/** Unnamed team lines: the same content pairs first (wherever it moved), then what is left, in order. */
function pairUnnamed(baseEntries: Entry[], headEntries: Entry[]): void {
    const groups = (entries: Entry[]) => {
        const map = new Map<string, Entry[]>();
        for (const entry of entries) {
            if (!(UNNAMED as readonly string[]).includes(entry.kind)) continue;
            const group = `${entry.kind}\u0000${entry.team ?? ''}`;
            pushTo(map, group, entry);
        }
        return map;
    };
    const headGroups = groups(headEntries);
    for (const [group, bases] of groups(baseEntries)) {
        const heads = headGroups.get(group) ?? [];
        const taken = new Set<Entry>();
        const unpaired: Entry[] = [];
        for (const b of bases) {
            const signature = renameSignature(b);
            const match = heads.find(h => !taken.has(h) && renameSignature(h) === signature);
            if (match) {
                taken.add(match);
                b.key = match.key;
            } else {
                unpaired.push(b);
            }
        }
        const rest = heads.filter(h => !taken.has(h));
        unpaired.forEach((b, i) => {
            b.key = rest[i]?.key ?? `${b.key}~removed`;
        });
    }
}

// ------------------------------------------------------------------ flattening a model

function flatten(model: ActionPlanModel, r: Renames, windows: Required<DiffWindows>): Entry[] {
    const entries: Entry[] = [];
    const people = new Map(model.people.map(p => [p.name, p]));
    const fullName = (name: string | undefined) => (name === undefined ? undefined : people.get(name)?.fullName);
    const add = (entry: Omit<Entry, 'fields' | 'windows'> & { fields?: Array<[string, Value, boolean?]>; windows?: Map<string, WindowSpec> }) => {
        entries.push({
            ...entry,
            fields: new Map((entry.fields ?? []).map(([name, value, date]) => [name, { value, ...(date ? { date } : {}) }])),
            windows: entry.windows ?? new Map(),
        });
    };
    const at = (source: { file: string; line: number }) => ({ file: source.file, line: source.line });

    for (const p of model.partnerships) {
        const key = `partnership:${r.name('partnership', p.name)}`;
        add({
            key, id: p.id, kind: 'partnership', name: p.name, title: p.title, ...at(p.source),
            fields: [['title', p.title], ['industry', p.industry], ['region', p.region], ['convener', r.ref(p.convener)], ['launch', p.launch, true]],
            summary: join([quote(p.title), p.launch && `launch ${p.launch}`, count(p.priorities.length, 'priority', 'priorities')]),
        });
        for (const q of p.priorities) {
            const followUp: WindowSpec = {
                rule: 'follow-up-window', label: `${windows.followUp.minDays}-${windows.followUp.maxDays} days after the launch`, from: 'launch',
                minDays: windows.followUp.minDays, maxDays: windows.followUp.maxDays, ...opt('days', q.followUpDaysAfterLaunch),
            };
            add({
                key: `priority:${r.name('priority', q.name)}`, id: q.id, kind: 'priority', name: q.name, title: q.title, parentKey: key, ...at(q.source),
                fields: [['title', q.title], ['partnership', r.name('partnership', p.name)], ['follow-up', q.followUp, true]],
                windows: new Map([['follow-up', followUp]]),
                summary: join([quote(q.title), q.followUp && `follow-up ${q.followUp}${days(q.followUpDaysAfterLaunch, 'the launch')}`]),
            });
        }
    }
    for (const o of model.organizations) {
        add({
            key: `${o.kind}:${r.name(o.kind, o.name)}`, id: o.id, kind: o.kind, name: o.name, title: o.title, ...at(o.source),
            fields: [['title', o.title], ['kind', o.partnerKind]],
            summary: join([quote(o.title), o.partnerKind && `${o.partnerKind} partner`]),
        });
    }
    for (const p of model.people) {
        add({
            key: `person:${r.name('person', p.name)}`, id: p.id, kind: 'person', name: p.name, title: p.fullName, ...at(p.source),
            fields: [['full name', p.fullName], ['organization', r.ref(p.organization)], ['title', p.jobTitle]],
            summary: join([`${quote(p.fullName)} of ${p.organization.label ?? p.organization.name}`, p.jobTitle]),
        });
    }
    for (const t of model.teams) flattenTeam(t);
    // A name declared twice (duplicate-name) gives two elements: the second one, in file order, is NAME~2, as in the model's ids.
    const seen = new Map<string, number>();
    for (const entry of entries) {
        const n = (seen.get(entry.key) ?? 0) + 1;
        seen.set(entry.key, n);
        if (n > 1) entry.key = `${entry.key}~${n}`;
    }
    return entries;

    function flattenTeam(t: ModelTeam): void {
        const team = r.name('team', t.name);
        const key = `team:${team}`;
        const champions = r.refs(t.champions);
        const inTeam = { team, parentKey: key };
        add({
            key, id: t.id, kind: 'team', name: t.name, title: t.title, ...at(t.source), members: champions,
            fields: [
                ['title', t.title], ['priority', r.ref(t.priority)], ['formed', t.formedFrom === 'formed' ? t.formed : undefined, true],
                ['involve', t.involves.map(v => (v.who !== undefined ? quote(v.who) : r.refs(v.parties).join(', ')))],
            ],
            signatureExtra: [...champions].sort(),
            summary: join([
                quote(t.title), `for ${t.priority.name}`, t.formed && `formed ${t.formed}`,
                t.champions.length ? `champions ${t.champions.map(c => c.name).join(', ')}` : 'no champion',
                t.responders.length ? `responders ${t.responders.map(x => x.person.name).join(', ')}` : undefined,
                count(t.wins.length, 'win'),
            ]),
        });
        const firstWin: WindowDays = t.firstWinWindow && t.formed !== undefined
            ? { minDays: toDay(t.firstWinWindow.from)! - toDay(t.formed)!, maxDays: toDay(t.firstWinWindow.to)! - toDay(t.formed)! }
            : windows.firstWin;
        for (const w of t.wins) {
            const windowSpecs = new Map<string, WindowSpec>();
            if (w.kind === 'first') {
                windowSpecs.set('due', {
                    rule: 'first-win-window', label: `${firstWin.minDays}-${firstWin.maxDays} days after formed`, from: 'formed',
                    minDays: firstWin.minDays, maxDays: firstWin.maxDays, ...opt('days', w.daysAfterFormed),
                });
            } else if (w.kind === 'early') {
                windowSpecs.set('due', {
                    rule: 'win-timeline', label: `at most ${windows.earlyWin.maxDays} days after formed`, from: 'formed',
                    maxDays: windows.earlyWin.maxDays, ...opt('days', w.daysAfterFormed),
                });
            }
            add({
                key: `win:${r.name('win', `${t.name}.${w.name}`)}`, id: w.id, kind: 'win', name: w.qualifiedName, title: w.title,
                winKind: w.kind, ...inTeam, ...at(w.source), status: w.status, ...opt('assessment', w.assessment),
                fields: [
                    ['title', w.title], ['kind', w.kind], ['after', r.ref(w.after)], ['due', w.due, true], ['owner', r.ref(w.owner)],
                    ['support', w.supports.map(s => `${r.ref(s.party)}: ${quote(s.role)}${s.gives ? ` (gives ${s.gives})` : ''}`)],
                    ['impact', w.impact], ['feasibility', w.feasibility], ['requires', [...w.requires]], ['assessment', w.assessment],
                ],
                windows: windowSpecs,
                summary: join([
                    `${w.kind} win ${quote(w.title)}`, w.after && `after ${w.after.name}`,
                    w.due && `due ${w.due}${days(w.daysAfterFormed, 'formed')}`, w.owner && `owner ${w.owner.name}`, w.status,
                ]),
            });
        }
        const responderKeys = new Map<string, number>();
        for (const x of t.responders) {
            const person = r.ref(x.person) ?? '';
            const n = (responderKeys.get(person) ?? 0) + 1;
            responderKeys.set(person, n);
            add({
                key: `responder:${team}/${person}${n > 1 ? `~${n}` : ''}`, id: x.id, kind: 'responder', name: x.person.name,
                ...opt('title', x.person.label ?? fullName(x.person.name)), ...inTeam, ...at(x.source), members: [person],
                fields: [
                    ['joined', x.joined, true], ['selected by', x.selectedBy],
                    ['commits', x.commits.map(c => `${c.kind}: ${quote(c.what)}`)], ['traits', [...x.traits]],
                ],
                summary: join([
                    `responder ${x.person.name}${x.organization ? ` of ${x.organization.name}` : ''}`, x.joined && `joined ${x.joined}`,
                    x.selectedBy && `selected by ${x.selectedBy}`, x.commits.length ? `commits ${x.commits.map(c => c.kind).join(', ')}` : 'commits nothing yet',
                ]),
            });
        }
        t.successes.forEach((s, i) => add({
            key: `success:${team}#${i + 1}`, id: s.id, kind: 'success', name: '', title: s.result, ...inTeam, ...at(s.source),
            fields: [
                ['result', s.result],
                ['measures', s.measures.map(m => join([quote(m.what), m.target !== undefined ? `target ${quote(m.target)}` : undefined, m.by && `by ${m.by}`]))],
            ],
            summary: join([quote(s.result), count(s.measures.length, 'measure')]),
        }));
        t.firstSteps.forEach((s, i) => add({
            key: `first-step:${team}#${i + 1}`, id: s.id, kind: 'first-step', name: '', title: s.what, ...inTeam, ...at(s.source),
            fields: [['what', s.what], ['owner', r.ref(s.owner)], ['due', s.due, true]],
            summary: join([quote(s.what), s.owner && `owner ${s.owner.name}`, s.due && `due ${s.due}`]),
        }));
        t.reviews.forEach((v, i) => add({
            key: `review:${team}#${i + 1}`, id: v.id, kind: 'review', name: '', title: `${v.date} by ${v.reviewers.map(p => p.name).join(', ')}`,
            ...inTeam, ...at(v.source),
            fields: [['date', v.date, true], ['reviewers', r.refs(v.reviewers)], ['status', v.status]],
            summary: `${v.date} by ${v.reviewers.map(p => p.name).join(', ')}: ${v.status}`,
        }));
        t.organizes.forEach((o, i) => add({
            key: `organize:${team}#${i + 1}`, id: o.id, kind: 'organize', name: '', title: o.what, ...inTeam, ...at(o.source),
            fields: [['what', o.what], ['kind', o.kind], ['on', o.on, true]],
            summary: join([quote(o.what), o.kind, o.on && `on ${o.on}`]),
        }));
    }
}

// ------------------------------------------------------------------ dates and windows

function windowChange(before: WindowSpec | undefined, after: WindowSpec | undefined): DateWindow | undefined {
    const spec = after ?? before;
    if (!spec) return undefined;
    const state = (w: WindowSpec | undefined): 'inside' | 'outside' | 'unknown' => {
        if (!w || w.days === undefined) return 'unknown';
        return w.days <= w.maxDays && w.days >= (w.minDays ?? Number.NEGATIVE_INFINITY) ? 'inside' : 'outside';
    };
    const b = state(before);
    const a = state(after);
    const change = b === 'unknown' || a === 'unknown' ? 'unknown'
        : b === a ? (a === 'inside' ? 'stays-inside' : 'stays-outside')
            : a === 'inside' ? 'enters' : 'leaves';
    return {
        rule: spec.rule, label: spec.label, from: spec.from, ...opt('minDays', spec.minDays), maxDays: spec.maxDays,
        ...opt('daysBefore', before?.days), ...opt('daysAfter', after?.days), before: b, after: a, change,
    };
}

// ------------------------------------------------------------------ diagnostics

function diffDiagnostics(
    base: ActionPlanModel, head: ActionPlanModel, baseEntries: Entry[], headEntries: Entry[], originalById: Map<string, Entry>,
): DiffResult['diagnostics'] {
    const baseById = new Map(baseEntries.map(e => [e.id, e]));
    const headById = new Map(headEntries.map(e => [e.id, e]));
    const identity = (d: ModelDiagnostic, byId: Map<string, Entry>) => {
        const entry = d.element === undefined ? undefined : byId.get(d.element);
        return `${d.rule}\u0000${entry ? entry.key : `file:${d.file}`}\u0000${d.message}`;
    };
    const remaining = new Map<string, number>();
    for (const d of base.diagnostics) remaining.set(identity(d, baseById), (remaining.get(identity(d, baseById)) ?? 0) + 1);
    const introduced: DiffDiagnostic[] = [];
    const matched = new Map<string, number>();
    for (const d of head.diagnostics) {
        const key = identity(d, headById);
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
            remaining.set(key, left - 1);
            matched.set(key, (matched.get(key) ?? 0) + 1);
        } else {
            introduced.push(diagnostic(d, d.element === undefined ? undefined : headById.get(d.element)));
        }
    }
    const resolved: DiffDiagnostic[] = [];
    for (const d of base.diagnostics) {
        const key = identity(d, baseById);
        const kept = matched.get(key) ?? 0;
        if (kept > 0) {
            matched.set(key, kept - 1);
            continue;
        }
        const entry = d.element === undefined ? undefined : originalById.get(d.element);
        resolved.push(diagnostic(d, entry));
    }
    const order = (a: DiffDiagnostic, b: DiffDiagnostic) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
    return { introduced: introduced.sort(order), resolved: resolved.sort(order) };
}

function diagnostic(d: ModelDiagnostic, entry: Entry | undefined): DiffDiagnostic {
    return {
        rule: d.rule, severity: d.severity, message: d.message, file: d.file, line: d.line, column: d.column,
        ...(entry ? { element: { id: entry.id, kind: entry.kind, name: entry.name, ...opt('team', entry.team), ...opt('winKind', entry.winKind) } } : {}),
    };
}

function countSeverities(list: DiffDiagnostic[]): SeverityCounts {
    const n = (severity: DiffDiagnostic['severity']) => list.filter(d => d.severity === severity).length;
    return { errors: n('error'), warnings: n('warning'), infos: n('info'), hints: n('hint') };
}

// ------------------------------------------------------------------ small helpers

function element(entry: Entry): DiffElement {
    return {
        id: entry.id, kind: entry.kind, name: entry.name, ...opt('title', entry.title), ...opt('team', entry.team),
        ...opt('winKind', entry.winKind), file: entry.file, line: entry.line,
    };
}

function unionKeys<K>(a: Map<K, unknown>, b: Map<K, unknown>): K[] {
    return [...new Set([...a.keys(), ...b.keys()])];
}

function asList(value: Value): string[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** What `after` has more of than `before` (plus), and less (minus), counting repeats. */
export function multisetDiff(before: readonly string[], after: readonly string[]): { plus: string[]; minus: string[] } {
    const left = new Map<string, number>();
    for (const item of before) left.set(item, (left.get(item) ?? 0) + 1);
    const plus: string[] = [];
    for (const item of after) {
        const n = left.get(item) ?? 0;
        if (n > 0) left.set(item, n - 1);
        else plus.push(item);
    }
    const minus = before.filter(item => {
        const n = left.get(item) ?? 0;
        if (n > 0) {
            left.set(item, n - 1);
            return true;
        }
        return false;
    });
    return { plus, minus };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function quote(text: string): string {
    return `"${text}"`;
}

function join(parts: Array<string | undefined | false | 0>): string {
    return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('; ');
}

function count(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

function days(n: number | undefined, anchor: string): string {
    return n === undefined ? '' : ` (${n} days after ${anchor})`;
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Add to a map of lists (not `[...list, value]`, which copies: quadratic in a plan with thousands of entries). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}
