/**
 * Builds the resolved model (model/schema.ts) from linked, validated
 * documents. This is the one place that reads the AST for rendering; what
 * comes out is plain data.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type Reference, type URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    isBusiness, isModel, isPartner, isPartnership, isPerson, isTeam,
    type Partnership, type Person, type Team, type Win
} from './generated/ast.js';
import { formatDay, toDay, writableDay } from './dates.js';
import {
    MODEL_SCHEMA_VERSION, type ActionPlanModel, type Horizon, type ModelDiagnostic, type ModelReference,
    type ModelSource, type ModelTeam, type ModelWin, type StatusCounts
} from './model/schema.js';
import { single } from './single.js';
import { formedDay, formedSource, isChampionOf, isResponderOf, launchDay, priorityOf, reviewState, winStatus } from './semantics.js';

export interface ModelOptions {
    asOf: string;
    /** How a document is named in the model: a path relative to the current folder (CLI) or the workspace folder (editor). */
    fileName: (uri: URI) => string;
    /** The first-win window for a team's document (from its config); 60-90 days by default. */
    firstWinWindow?: (document: LangiumDocument) => { minDays: number; maxDays: number };
}

/** Six months, in days, for the horizon of an early win. */
const SIX_MONTHS = 182;
const TWELVE_MONTHS = 365;
const SEVERITY_NAMES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

const KIND_OF: Record<string, ModelReference['kind']> = {
    Partnership: 'partnership', Priority: 'priority', Business: 'business', Partner: 'partner', Person: 'person', Team: 'team', Win: 'win',
};

export function buildModel(documents: readonly LangiumDocument[], options: ModelOptions): ActionPlanModel {
    const ordered = [...documents].sort((a, b) => compare(options.fileName(a.uri), options.fileName(b.uri)));
    const asOf = toDay(options.asOf)!;
    const ids = new Map<AstNode, string>();
    const taken = new Set<string>();
    const idFor = (node: AstNode, base: string) => {
        let id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
        taken.add(id);
        ids.set(node, id);
        return id;
    };
    const sourceOf = (node: AstNode): ModelSource => {
        const range = node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return {
            file: options.fileName(AstUtils.getDocument(node).uri),
            line: range.start.line + 1, column: range.start.character + 1,
            endLine: range.end.line + 1, endColumn: range.end.character + 1,
        };
    };
    const base = (node: AstNode, id: string) => ({ id: idFor(node, id), source: sourceOf(node), diagnostics: [] as number[] });

    const model: ActionPlanModel = {
        schemaVersion: MODEL_SCHEMA_VERSION,
        asOf: options.asOf,
        files: ordered.map(d => options.fileName(d.uri)),
        partnerships: [], organizations: [], people: [], teams: [], diagnostics: [],
        summary: { errors: 0, warnings: 0, infos: 0, hints: 0, statusCounts: emptyCounts() },
    };

    const teamsByPriority = new Map<AstNode, string[]>();
    const nextWinsOf = new Map<AstNode, string[]>();
    const allTeams = ordered.flatMap(d => (isModel(d.parseResult.value) ? d.parseResult.value.elements.filter(isTeam) : []));
    for (const team of allTeams) {
        const priority = priorityOf(team);
        if (priority) pushTo(teamsByPriority, priority, team.name);
        for (const win of team.wins) {
            const followed = win.after?.ref;
            if (followed) pushTo(nextWinsOf, followed, `${team.name}.${win.name}`);
        }
    }

    for (const document of ordered) {
        const root = document.parseResult.value;
        if (!isModel(root)) continue;
        for (const element of root.elements) {
            if (isPartnership(element)) {
                model.partnerships.push(partnership(element));
            } else if (isBusiness(element) || isPartner(element)) {
                model.organizations.push({
                    ...base(element, `${isBusiness(element) ? 'business' : 'partner'}:${element.name}`),
                    name: element.name, title: element.title, kind: isBusiness(element) ? 'business' : 'partner',
                    ...(isPartner(element) && element.kind ? { partnerKind: element.kind } : {}),
                });
            } else if (isPerson(element)) {
                model.people.push({
                    ...base(element, `person:${element.name}`),
                    name: element.name, fullName: element.fullName, organization: reference(element.org), ...optional('jobTitle', element.jobTitle),
                });
            } else if (isTeam(element)) {
                const window = options.firstWinWindow?.(document) ?? { minDays: 60, maxDays: 90 };
                model.teams.push(team(element, window));
            }
        }
    }

    function partnership(node: Partnership): ActionPlanModel['partnerships'][number] {
        const launch = toDay(single(node.launch));
        return {
            ...base(node, `partnership:${node.name}`),
            name: node.name, title: node.title,
            ...optional('industry', single(node.industry)), ...optional('region', single(node.region)),
            ...(node.convener.length ? { convener: reference(single(node.convener)!) } : {}),
            ...optional('launch', launch === undefined ? undefined : single(node.launch)),
            priorities: node.priorities.map(priority => {
                const followUp = toDay(single(priority.followUp));
                return {
                    ...base(priority, `priority:${priority.name}`),
                    name: priority.name, title: priority.title,
                    ...optional('followUp', followUp === undefined ? undefined : single(priority.followUp)),
                    ...optional('followUpDaysAfterLaunch', difference(launch, followUp)),
                    teams: teamsByPriority.get(priority) ?? [],
                };
            }),
        };
    }

    function team(node: Team, window: { minDays: number; maxDays: number }): ModelTeam {
        const formed = formedDay(node);
        const launch = launchDay(priorityOf(node));
        const counts = emptyCounts();
        const wins = node.wins.map(w => win(w, formed, launch));
        for (const w of wins) {
            counts[w.status]++;
            model.summary.statusCounts[w.status]++;
        }
        const source = formedSource(node);
        return {
            ...base(node, `team:${node.name}`),
            name: node.name, title: node.title,
            priority: reference(node.priority),
            ...optional('partnership', priorityOf(node)?.$container.name),
            ...optional('formed', formed === undefined ? undefined : formatDay(formed)),
            ...optional('formedFrom', source),
            ...optional('formedDaysAfterLaunch', difference(launch, formed)),
            ...firstWinWindow(formed, window),
            champions: node.champions.map(c => reference(c.person)),
            responders: node.responders.map((r, i) => ({
                ...base(r, `responder:${node.name}#${i + 1}`),
                person: reference(r.person),
                ...(r.person?.ref?.org ? { organization: reference(r.person.ref.org) } : {}),
                ...optional('joined', toDay(single(r.joined)) === undefined ? undefined : single(r.joined)),
                ...optional('joinedDaysAfterFormed', difference(formed, toDay(single(r.joined)))),
                ...optional('selectedBy', single(r.selectedBy)),
                commits: r.commits.map(c => ({ kind: c.kind, what: c.what })),
                traits: [...r.traits],
            })),
            successes: node.successes.map((s, i) => ({
                ...base(s, `success:${node.name}#${i + 1}`),
                result: s.result,
                measures: s.measures.map(m => ({ what: m.what, ...optional('target', m.target), ...optional('by', toDay(m.by) === undefined ? undefined : m.by) })),
            })),
            wins,
            firstSteps: node.firstSteps.map((s, i) => ({
                ...base(s, `first-step:${node.name}#${i + 1}`),
                what: s.what,
                ...(s.owner.length ? { owner: reference(single(s.owner)!) } : {}),
                ...dated('due', single(s.due)),
                ...optional('daysLeft', difference(asOf, toDay(single(s.due)))),
            })),
            involves: node.involves.map((v, i) => ({
                ...base(v, `involve:${node.name}#${i + 1}`), ...optional('who', v.who), parties: v.parties.map(reference),
            })),
            reviews: node.reviews.map((r, i) => ({
                ...base(r, `review:${node.name}#${i + 1}`), ...dated('date', r.date), reviewers: r.reviewers.map(reference), status: r.status,
            })),
            // Exactly what `plan-review` checks: approved when the rule is satisfied.
            reviewStatus: reviewState(node),
            organizes: node.organizes.map((o, i) => ({
                ...base(o, `organize:${node.name}#${i + 1}`), what: o.what, kind: o.kind, ...optional('on', toDay(o.on) === undefined ? undefined : o.on),
            })),
            statusCounts: counts,
        };
    }

    function win(node: Win, formed: number | undefined, launch: number | undefined): ModelWin {
        const team = node.$container;
        const due = toDay(single(node.due));
        const status = winStatus(node);
        const owner = single(node.owner)?.ref;
        return {
            ...base(node, `win:${team.name}.${node.name}`),
            name: node.name, qualifiedName: `${team.name}.${node.name}`, kind: node.kind, title: node.title,
            horizon: horizon(node, due, formed),
            ...dated('due', single(node.due)),
            ...optional('daysAfterFormed', difference(formed, due)),
            ...optional('daysAfterLaunch', difference(launch, due)),
            ...optional('daysLeft', difference(asOf, due)),
            overdue: due !== undefined && due < asOf && (status === 'planned' || status === 'in-progress'),
            status, statusWritten: node.status.length > 0,
            ...(node.owner.length ? { owner: reference(single(node.owner)!) } : {}),
            ...(owner ? { ownerRole: isChampionOf(team, owner) ? 'champion' : isResponderOf(team, owner) ? 'responder' : 'other' } as const : {}),
            supports: node.supports.map(s => ({ party: reference(s.party), role: s.role, ...optional('gives', s.gives) })),
            ...optional('impact', single(node.impact)), ...optional('feasibility', single(node.feasibility)),
            requires: [...node.requires],
            ...optional('assessment', single(node.assessment)),
            ...(node.after ? { after: afterReference(node) } : {}),
            nextWins: nextWinsOf.get(node) ?? [],
        };
    }

    const byId = elementsById(model);
    for (const document of ordered) {
        for (const diagnostic of document.diagnostics ?? []) {
            const index = model.diagnostics.length;
            const element = elementAt(document, diagnostic, ids);
            model.diagnostics.push(toModelDiagnostic(options.fileName(document.uri), diagnostic, element));
            const severity = SEVERITY_NAMES[(diagnostic.severity ?? 1) as 1 | 2 | 3 | 4];
            model.summary[`${severity}s` as 'errors' | 'warnings' | 'infos' | 'hints']++;
            if (element) byId.get(element)?.diagnostics.push(index);
        }
    }
    return model;
}

function horizon(win: Win, due: number | undefined, formed: number | undefined): Horizon {
    if (win.kind === 'first') return 'first';
    if (win.kind === 'next') return 'next';
    if (due === undefined || formed === undefined) return 'unscheduled';
    const days = due - formed;
    return days <= SIX_MONTHS ? '6-month' : days <= TWELVE_MONTHS ? '12-month' : 'beyond';
}

function reference(ref: Reference | undefined): ModelReference {
    const target = ref?.ref;
    return {
        name: ref?.$refText ?? '',
        resolved: target !== undefined,
        ...(target ? { kind: KIND_OF[target.$type] } : {}),
        ...(target ? optional('label', labelOf(target)) : {}),
    };
}

function afterReference(win: Win): ModelReference {
    const followed = win.after?.ref;
    const written = reference(win.after);
    return followed ? { ...written, name: `${followed.$container.name}.${followed.name}` } : written;
}

function labelOf(node: AstNode): string | undefined {
    if (isPerson(node)) return (node as Person).fullName;
    return (node as { title?: string }).title;
}

function elementAt(document: LangiumDocument, diagnostic: Diagnostic, ids: Map<AstNode, string>): string | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    while (node && !ids.has(node)) node = node.$container;
    return node ? ids.get(node) : undefined;
}

/** Every element of the model that can carry diagnostics, by id. */
function elementsById(model: ActionPlanModel): Map<string, { diagnostics: number[] }> {
    const all: Array<{ id: string; diagnostics: number[] }> = [
        ...model.partnerships, ...model.partnerships.flatMap(p => p.priorities), ...model.organizations, ...model.people,
        ...model.teams.flatMap(t => [t, ...t.responders, ...t.successes, ...t.wins, ...t.firstSteps, ...t.involves, ...t.reviews, ...t.organizes]),
    ];
    return new Map(all.map(element => [element.id, element]));
}

function toModelDiagnostic(file: string, d: Diagnostic, element: string | undefined): ModelDiagnostic {
    return {
        file, line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        severity: SEVERITY_NAMES[(d.severity ?? 1) as 1 | 2 | 3 | 4], rule: String(d.code), message: d.message,
        ...optional('element', element),
    };
}

function emptyCounts(): StatusCounts {
    return { planned: 0, 'in-progress': 0, achieved: 0, missed: 0, dropped: 0 };
}

/**
 * A date line: `{ due: '2026-06-10' }` when it is a real date, `{ dueAsWritten: '2026-02-30' }`
 * when it is not (the `invalid-date` rule reports it), nothing when there is no line.
 */
function dated<K extends string>(key: K, text: string | undefined): { [P in K]?: string } & { [P in `${K}AsWritten`]?: string } {
    if (text === undefined) return {} as never;
    return (toDay(text) === undefined ? { [`${key}AsWritten`]: text } : { [key]: text }) as never;
}

function difference(from: number | undefined, to: number | undefined): number | undefined {
    return from === undefined || to === undefined ? undefined : to - from;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Add to a map of lists (not `[...list, value]`, which copies: quadratic in a plan with thousands of entries). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/** The first-win window of a team, when both its ends are dates (not past the year 9999). */
function firstWinWindow(formed: number | undefined, window: { minDays: number; maxDays: number }): { firstWinWindow?: { from: string; to: string } } {
    const from = writableDay(formed === undefined ? undefined : formed + window.minDays);
    const to = writableDay(formed === undefined ? undefined : formed + window.maxDays);
    return from && to ? { firstWinWindow: { from, to } } : {};
}
