/**
 * Types of the Node API of the `actionplan` package (docs/api.md). Written by
 * hand so that they stand alone: nothing here names a type of a library the
 * bundles contain. test/package/api-types.test.ts holds them equal to the
 * types of the implementation (api/index.ts, cli/report.ts, language/model/schema.ts).
 */

/** The version of the package. */
export declare const version: string;

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic of `check`; lines and columns start at 1, the end is exclusive. */
export interface FileDiagnostic {
    /** The plan file, relative to `cwd`, with `/` separators. */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    /** The rule's id, or the kind of language problem (e.g. `parse-error`, `unresolved-reference`). */
    rule: string;
    message: string;
}

/** What `check()` resolves to: the object `actionplan check --format json` prints. */
export interface CheckReport {
    schemaVersion: 1;
    /** The as-of date the checks about the present used, `YYYY-MM-DD`. */
    asOf: string;
    /** How many plan files were checked. */
    files: number;
    /** Sorted by file, then in each file's order. */
    diagnostics: FileDiagnostic[];
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

export interface CheckOptions {
    /** The folder that relative paths, config lookup and the report's file names start from (default: `process.cwd()`). */
    cwd?: string;
    /** The date for checks about the present, `YYYY-MM-DD` (default: the config's `asOf`, else today). */
    asOf?: string;
    /** A config file to use for every plan, instead of the nearest `actionplan.config.json`. */
    config?: string;
    /** Report errors only. */
    quiet?: boolean;
}

export type RenderFormat = 'html' | 'md' | 'json' | 'ics';

export interface RenderOptions {
    /** `html` (the default) and `md` resolve to the document's text; `ics` to an iCalendar file of the dated promises; `json` to the resolved model. */
    format?: RenderFormat;
    cwd?: string;
    asOf?: string;
    config?: string;
}

/** A config or a plan file could not be used (the CLI's exit code 2); `problems` has one `file: reason` line each. */
export declare class ActionPlanError extends Error {
    readonly problems: string[];
    constructor(problems: string[]);
}

/**
 * Parse, link and validate the plans under `paths` (files or folders; default: the `cwd` folder).
 * Rejects with an `ActionPlanError` when a config or a plan file cannot be used, with a `TypeError` on bad options.
 */
export declare function check(paths?: string | readonly string[], options?: CheckOptions): Promise<CheckReport>;

/** The resolved model of the plans (what `actionplan render --format json` prints). */
export declare function render(paths: string | readonly string[], options: RenderOptions & { format: 'json' }): Promise<ActionPlanModel>;
/** The Action Plan document of the plans, as HTML (the default) or Markdown, or their dated promises as iCalendar text (`ics`). */
export declare function render(paths?: string | readonly string[], options?: RenderOptions & { format?: 'html' | 'md' | 'ics' }): Promise<string>;

// The resolved model (schemas/actionplan.model.schema.json describes the same shape).

/** Where an element is written. */
export interface ModelSource {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface ModelDiagnostic extends ModelSource {
    severity: Severity;
    rule: string;
    message: string;
    /** The id of the innermost element the diagnostic lies in, if any. */
    element?: string;
}

/** A reference, resolved or not. */
export interface ModelReference {
    /** The name as written. */
    name: string;
    resolved: boolean;
    kind?: 'partnership' | 'priority' | 'business' | 'partner' | 'person' | 'team' | 'win';
    /** Title or full name of the element it names. */
    label?: string;
}

interface ModelElement {
    /** Unique in the model: kind:NAME, win:TEAM.WIN, or kind:TEAM#n for unnamed lines. */
    id: string;
    source: ModelSource;
    /** Indexes into the model's diagnostics. */
    diagnostics: number[];
}

export interface ModelMeasure {
    what: string;
    target?: string;
    by?: string;
}

export interface ModelSuccess extends ModelElement {
    result: string;
    measures: ModelMeasure[];
}

export type Horizon = 'first' | '6-month' | '12-month' | 'beyond' | 'next' | 'unscheduled';
export type WinStatus = 'planned' | 'in-progress' | 'achieved' | 'missed' | 'dropped';
type Contribution = 'in-kind' | 'financial' | 'policy';
type Level = 'high' | 'medium' | 'low';

export interface ModelWin extends ModelElement {
    name: string;
    /** TEAM.WIN */
    qualifiedName: string;
    kind: 'first' | 'early' | 'next';
    title: string;
    horizon: Horizon;
    due?: string;
    /** The date as written when it is not a real date (due is then absent). */
    dueAsWritten?: string;
    daysAfterFormed?: number;
    daysAfterLaunch?: number;
    /** Days from the as-of date to the due date; negative when past. */
    daysLeft?: number;
    /** Past due on the as-of date and still planned or in progress. */
    overdue: boolean;
    status: WinStatus;
    statusWritten: boolean;
    owner?: ModelReference;
    ownerRole?: 'champion' | 'responder' | 'other';
    supports: { party: ModelReference; role: string; gives?: Contribution }[];
    impact?: Level;
    feasibility?: Level;
    requires: ('new-funding' | 'outside-region')[];
    assessment?: string;
    /** For a next win: the win it follows (name is TEAM.WIN when resolved). */
    after?: ModelReference;
    /** Qualified names of the next wins that follow this one. */
    nextWins: string[];
}

export interface ModelResponder extends ModelElement {
    person: ModelReference;
    organization?: ModelReference;
    joined?: string;
    joinedDaysAfterFormed?: number;
    selectedBy?: 'convener' | 'volunteered' | 'representative';
    commits: { kind: Contribution; what: string }[];
    traits: ('resources' | 'business-centered' | 'toolkit' | 'collaborative')[];
}

export interface ModelFirstStep extends ModelElement {
    what: string;
    owner?: ModelReference;
    due?: string;
    /** The date as written when it is not a real date (due is then absent). */
    dueAsWritten?: string;
    daysLeft?: number;
}

export interface ModelInvolve extends ModelElement {
    who?: string;
    parties: ModelReference[];
}

export interface ModelReview extends ModelElement {
    /** Absent when the written date is not a real date. */
    date?: string;
    /** The date as written when it is not a real date (date is then absent). */
    dateAsWritten?: string;
    reviewers: ModelReference[];
    status: 'approved' | 'changes-requested' | 'pending';
}

export interface ModelOrganize extends ModelElement {
    what: string;
    kind: 'meeting' | 'working-group' | 'committee' | 'charter' | 'bylaws' | 'staff' | 'fund' | 'incorporation';
    on?: string;
}

export interface StatusCounts {
    planned: number;
    'in-progress': number;
    achieved: number;
    missed: number;
    dropped: number;
}

export interface ModelTeam extends ModelElement {
    name: string;
    title: string;
    priority: ModelReference;
    partnership?: string;
    formed?: string;
    /** Whether formed is written, or taken from the priority's follow-up. */
    formedFrom?: 'formed' | 'follow-up';
    formedDaysAfterLaunch?: number;
    /** The 60-90 day window for the first win (from the rule's options). */
    firstWinWindow?: { from: string; to: string };
    champions: ModelReference[];
    responders: ModelResponder[];
    successes: ModelSuccess[];
    wins: ModelWin[];
    firstSteps: ModelFirstStep[];
    involves: ModelInvolve[];
    reviews: ModelReview[];
    /** approved when a champion approved; else the latest review's status. */
    reviewStatus: 'approved' | 'changes-requested' | 'pending' | 'none';
    organizes: ModelOrganize[];
    statusCounts: StatusCounts;
}

export interface ModelPriority extends ModelElement {
    name: string;
    title: string;
    followUp?: string;
    followUpDaysAfterLaunch?: number;
    /** Names of the teams for this priority. */
    teams: string[];
}

export interface ModelPartnership extends ModelElement {
    name: string;
    title: string;
    industry?: string;
    region?: string;
    convener?: ModelReference;
    launch?: string;
    priorities: ModelPriority[];
}

export interface ModelOrganization extends ModelElement {
    name: string;
    title: string;
    kind: 'business' | 'partner';
    partnerKind?: 'workforce' | 'education' | 'economic-development' | 'government' | 'nonprofit' | 'other';
}

export interface ModelPerson extends ModelElement {
    name: string;
    fullName: string;
    organization: ModelReference;
    jobTitle?: string;
}

/** What `render(paths, { format: 'json' })` resolves to: every reference resolved, every figure computed. */
export interface ActionPlanModel {
    schemaVersion: 1;
    asOf: string;
    files: string[];
    partnerships: ModelPartnership[];
    organizations: ModelOrganization[];
    people: ModelPerson[];
    teams: ModelTeam[];
    diagnostics: ModelDiagnostic[];
    summary: { errors: number; warnings: number; infos: number; hints: number; statusCounts: StatusCounts };
}
