/**
 * What a rule is: its metadata (the single source for the config schema, the
 * SARIF rule list and the docs page header) and its checks per AST node type.
 */
import { z } from 'zod';
import type { AstNode, LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ActionPlanAstType } from '../generated/ast.js';
import type { DayNumber } from '../dates.js';
import type { ActionPlanIndexManager } from '../workspace/index-manager.js';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_SETTINGS = [...SEVERITIES, 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export interface RuleMeta<Options extends object = object> {
    /** The rule id: the diagnostic's code everywhere. */
    id: string;
    defaultSeverity: SeveritySetting;
    /** Structural rules are always errors and cannot be silenced. */
    structural: boolean;
    /** The guide sections the rule comes from, as in rules.md ('-' for none). */
    guide: string;
    /** One line: what the rule checks. */
    description: string;
    /** Options with their defaults; `{}` for none. Unknown options are refused. */
    options: z.ZodType<Options>;
    /** Whether any of its diagnostics offers a fix. */
    fixable: boolean;
    /**
     * The message ids whose first fix is safe to apply unattended (`check --fix`,
     * fix on save): it only adds `"TODO: …"` skeletons or removes a stale
     * suppression comment, so it asserts no fact and moves no date. Other fixes
     * are offered in the editor only, for a person to choose.
     */
    safeFixes?: readonly string[];
    /** Messages by id, with `{placeholder}`s filled from a report's data. */
    messages: Record<string, string>;
}

/** A fix, as plain data: text edits in the same document, or a new file next to it. */
export interface Fix {
    title: string;
    edits: TextEdit[];
    /** A file to create, relative to the folder of the document the fix belongs to. */
    newFile?: { path: string; text: string };
}

export interface Report {
    node: AstNode;
    /** Where the diagnostic goes: this property of the node (or `range`); else the node's name; else the node. */
    property?: string;
    index?: number;
    range?: Range;
    messageId: string;
    data?: Record<string, string | number>;
    fixes?: Fix[];
}

export interface RuleContext<Options extends object = object> {
    readonly options: Options;
    readonly asOf: DayNumber;
    readonly document: LangiumDocument;
    readonly index: ActionPlanIndexManager;
    /** Another rule's options as configured for this document, for a fix that must agree with that rule (a skeleton inside its window). */
    optionsOf<O extends object>(rule: Rule<O>): O;
    report(report: Report): void;
}

export type Checks<Options extends object> = {
    [K in keyof ActionPlanAstType]?: (node: ActionPlanAstType[K], context: RuleContext<Options>) => void;
};

export interface Rule<Options extends object = object> {
    meta: RuleMeta<Options>;
    checks: Checks<Options>;
}

/** Identity, for inference: `defineRule({ meta, checks })` types the checks' options. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
    return rule;
}

export const noOptions = z.strictObject({});

/** A day-window option pair with its defaults, refusing min > max. */
export function dayWindow(min: number, max: number) {
    return z.strictObject({
        minDays: z.number().int().min(0).default(min),
        maxDays: z.number().int().min(0).default(max),
    }).refine(o => o.minDays <= o.maxDays, { message: 'minDays must not be greater than maxDays', path: ['minDays'] });
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
