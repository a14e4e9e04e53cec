/**
 * The semantic diff of two resolved models: what `actionplan diff --format
 * json` prints, and what the Markdown and text renderers draw. This zod
 * schema is its only definition; the TypeScript types are drawn from it.
 *
 * Plain data, strings as the plans wrote them (never escaped): each renderer
 * escapes for its own medium.
 */
import { z } from 'zod';

export const DIFF_SCHEMA_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');
const count = z.number().int().min(0);

export const diffElementKindSchema = z.enum([
    'partnership', 'priority', 'business', 'partner', 'person', 'team',
    'win', 'responder', 'success', 'first-step', 'review', 'organize',
]);

export const diffElementSchema = z.object({
    id: z.string().describe('The element\'s id in its model (the head\'s, or the base\'s for a removed element)'),
    kind: diffElementKindSchema,
    name: z.string().describe('NAME; TEAM.WIN for a win; the person for a responder; empty for unnamed team lines'),
    title: z.string().optional().describe('Title, full name, or the text of an unnamed line'),
    team: z.string().optional().describe('The team an element inside a team belongs to'),
    winKind: z.enum(['first', 'early', 'next']).optional(),
    file: z.string(),
    line: z.number().int().min(1),
}).describe('An element of one of the two models');

export const addedOrRemovedSchema = diffElementSchema.extend({
    summary: z.string().describe('One line: what the element says (its dates, owner, members…)'),
});

export const renameSchema = z.object({
    kind: diffElementKindSchema,
    from: diffElementSchema,
    to: diffElementSchema,
}).describe('An element removed and one added of the same kind whose other fields match: a rename; references to it are part of the rename');

export const moveSchema = z.object({
    element: diffElementSchema,
    fromFile: z.string(),
    toFile: z.string(),
}).describe('A top-level element that now lives in another file (moves within a file are not changes)');

export const fieldChangeSchema = z.discriminatedUnion('type', [
    z.object({
        type: z.literal('value'),
        field: z.string(),
        before: z.string().optional().describe('Absent: the field was not written'),
        after: z.string().optional().describe('Absent: the field is no longer written'),
    }),
    z.object({
        type: z.literal('list'),
        field: z.string(),
        added: z.array(z.string()),
        removed: z.array(z.string()),
    }),
]);

export const changeSchema = z.object({
    element: diffElementSchema,
    fields: z.array(fieldChangeSchema).min(1),
}).describe('Fields of an element present in both models that changed (dates that moved and win statuses are listed apart)');

export const windowStateSchema = z.enum(['inside', 'outside', 'unknown']);

export const windowSchema = z.object({
    rule: z.string().describe('The rule that sets the window'),
    label: z.string().describe('e.g. "60-90 days after formed"'),
    from: z.string().describe('The anchor date the days count from: launch or formed'),
    minDays: z.number().int().optional(),
    maxDays: z.number().int(),
    daysBefore: z.number().int().optional(),
    daysAfter: z.number().int().optional(),
    before: windowStateSchema,
    after: windowStateSchema,
    change: z.enum(['leaves', 'enters', 'stays-inside', 'stays-outside', 'unknown']),
});

export const dateMoveSchema = z.object({
    element: diffElementSchema,
    field: z.string().describe('launch, follow-up, formed, due, joined, date, on'),
    from: date,
    to: date,
    days: z.number().int().describe('to - from, in calendar days; negative: earlier'),
    window: windowSchema.optional().describe('For dates the guide puts in a window: whether the move leaves or enters it'),
});

export const statusChangeSchema = z.object({
    element: diffElementSchema,
    from: z.enum(['planned', 'in-progress', 'achieved', 'missed', 'dropped']),
    to: z.enum(['planned', 'in-progress', 'achieved', 'missed', 'dropped']),
    assessment: z.string().optional().describe('The win\'s assessment in the head'),
});

export const membershipChangeSchema = z.object({
    team: z.string(),
    teamTitle: z.string().optional(),
    person: z.string(),
    fullName: z.string().optional(),
    role: z.enum(['champion', 'responder']),
    change: z.enum(['joined', 'left']),
    file: z.string(),
    line: z.number().int().min(1),
});

export const diffDiagnosticSchema = z.object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info', 'hint']),
    message: z.string(),
    file: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    element: z.object({
        id: z.string(), kind: diffElementKindSchema, name: z.string(), team: z.string().optional(), winKind: z.enum(['first', 'early', 'next']).optional(),
    }).optional().describe('The element the diagnostic lies in'),
});

export const severityCountsSchema = z.object({ errors: count, warnings: count, infos: count, hints: count });

export const diffSideSchema = z.object({
    label: z.string().describe('The revision or folder as given, or "working tree"'),
    revision: z.string().optional().describe('The commit id a Git revision resolved to'),
    files: count,
    diagnostics: severityCountsSchema,
});

export const diffSchema = z.object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    asOf: date.describe('The head\'s as-of date (--as-of, else its config\'s asOf, else today); the base is checked as of the same day unless the change edits a config\'s asOf'),
    asOfDates: z.array(date).min(1).describe('Every as-of date the head\'s plans were checked on: more than one when the paths hold workspaces whose configs set different asOf dates'),
    base: diffSideSchema,
    head: diffSideSchema,
    summary: z.object({
        added: count, removed: count, renamed: count, moved: count, changed: count,
        dateMoves: count, leftWindow: count, enteredWindow: count, statusChanges: count, membershipChanges: count,
        introduced: severityCountsSchema, resolved: severityCountsSchema,
        unchanged: z.boolean().describe('No element and no diagnostic differs'),
    }),
    added: z.array(addedOrRemovedSchema),
    removed: z.array(addedOrRemovedSchema),
    renamed: z.array(renameSchema),
    moved: z.array(moveSchema),
    changed: z.array(changeSchema),
    dateMoves: z.array(dateMoveSchema),
    statusChanges: z.array(statusChangeSchema),
    membership: z.array(membershipChangeSchema),
    diagnostics: z.object({
        introduced: z.array(diffDiagnosticSchema),
        resolved: z.array(diffDiagnosticSchema),
    }),
}).describe('What changed between two Action Plan models');

export type DiffResult = z.infer<typeof diffSchema>;
export type DiffElement = z.infer<typeof diffElementSchema>;
export type DiffElementKind = z.infer<typeof diffElementKindSchema>;
export type AddedOrRemoved = z.infer<typeof addedOrRemovedSchema>;
export type FieldChange = z.infer<typeof fieldChangeSchema>;
export type DateMove = z.infer<typeof dateMoveSchema>;
export type DateWindow = z.infer<typeof windowSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type MembershipChange = z.infer<typeof membershipChangeSchema>;
export type DiffDiagnostic = z.infer<typeof diffDiagnosticSchema>;
export type SeverityCounts = z.infer<typeof severityCountsSchema>;
export type DiffSide = z.infer<typeof diffSideSchema>;

export function diffJsonSchema(): object {
    return {
        $id: 'https://github.com/action-plans/actionplan/schemas/diff.schema.json',
        ...z.toJSONSchema(diffSchema, { io: 'output' }),
    };
}
