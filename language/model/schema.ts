/**
 * The resolved model: one plain-data picture of a workspace's plans, every
 * reference resolved and every figure computed. Preview, `render`, `diff`
 * and the JSON export all read it. This zod schema is its only definition;
 * the TypeScript types and the published JSON Schema are drawn from it.
 */
import { z } from 'zod';

export const MODEL_SCHEMA_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');
/** A date line whose text is not a real date (`2026-02-30`): kept as written, so views show it marked invalid rather than as no date. */
const invalidDate = z.string().optional().describe('The date as written when it is not a real date (the date field is then absent)');
const severity = z.enum(['error', 'warning', 'info', 'hint']);

export const sourceSchema = z.object({
    file: z.string().describe('The plan file, as a path relative to the folder the producer reads from (the current folder for the CLI, the workspace folder in the editor)'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
}).describe('Where the element is written');

export const diagnosticSchema = z.object({
    file: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
    severity,
    rule: z.string(),
    message: z.string(),
    /** The id of the innermost element the diagnostic lies in, if any. */
    element: z.string().optional(),
});

export const referenceSchema = z.object({
    name: z.string().describe('The name as written'),
    resolved: z.boolean(),
    kind: z.enum(['partnership', 'priority', 'business', 'partner', 'person', 'team', 'win']).optional(),
    label: z.string().optional().describe('Title or full name of the element it names'),
}).describe('A reference, resolved or not');

const elementBase = {
    id: z.string().describe('Unique in the model: kind:NAME, win:TEAM.WIN, or kind:TEAM#n for unnamed lines'),
    source: sourceSchema,
    diagnostics: z.array(z.number().int()).describe('Indexes into the model\'s diagnostics'),
};

export const measureSchema = z.object({ what: z.string(), target: z.string().optional(), by: date.optional() });

export const successSchema = z.object({ ...elementBase, result: z.string(), measures: z.array(measureSchema) });

export const winKindSchema = z.enum(['first', 'early', 'next']);
export const winStatusSchema = z.enum(['planned', 'in-progress', 'achieved', 'missed', 'dropped']);
export const horizonSchema = z.enum(['first', '6-month', '12-month', 'beyond', 'next', 'unscheduled'])
    .describe('first win; early win due within 6 months (182 days) or 12 months (365 days) of formation, or beyond; next win; early win without a due or formed date');

export const winSchema = z.object({
    ...elementBase,
    name: z.string(),
    qualifiedName: z.string().describe('TEAM.WIN'),
    kind: winKindSchema,
    title: z.string(),
    horizon: horizonSchema,
    due: date.optional(),
    dueAsWritten: invalidDate,
    daysAfterFormed: z.number().int().optional(),
    daysAfterLaunch: z.number().int().optional(),
    daysLeft: z.number().int().optional().describe('Days from the as-of date to the due date; negative when past'),
    overdue: z.boolean().describe('Past due on the as-of date and still planned or in progress'),
    status: winStatusSchema,
    statusWritten: z.boolean(),
    owner: referenceSchema.optional(),
    ownerRole: z.enum(['champion', 'responder', 'other']).optional(),
    supports: z.array(z.object({ party: referenceSchema, role: z.string(), gives: z.enum(['in-kind', 'financial', 'policy']).optional() })),
    impact: z.enum(['high', 'medium', 'low']).optional(),
    feasibility: z.enum(['high', 'medium', 'low']).optional(),
    requires: z.array(z.enum(['new-funding', 'outside-region'])),
    assessment: z.string().optional(),
    after: referenceSchema.optional().describe('For a next win: the win it follows (name is TEAM.WIN when resolved)'),
    nextWins: z.array(z.string()).describe('Qualified names of the next wins that follow this one'),
});

export const responderSchema = z.object({
    ...elementBase,
    person: referenceSchema,
    organization: referenceSchema.optional(),
    joined: date.optional(),
    joinedDaysAfterFormed: z.number().int().optional(),
    selectedBy: z.enum(['convener', 'volunteered', 'representative']).optional(),
    commits: z.array(z.object({ kind: z.enum(['in-kind', 'financial', 'policy']), what: z.string() })),
    traits: z.array(z.enum(['resources', 'business-centered', 'toolkit', 'collaborative'])),
});

export const firstStepSchema = z.object({
    ...elementBase, what: z.string(), owner: referenceSchema.optional(), due: date.optional(), dueAsWritten: invalidDate, daysLeft: z.number().int().optional(),
});

export const involveSchema = z.object({
    ...elementBase, who: z.string().optional(), parties: z.array(referenceSchema),
});

export const reviewSchema = z.object({
    ...elementBase, date: date.optional().describe('Absent when the written date is not a real date'), dateAsWritten: invalidDate, reviewers: z.array(referenceSchema), status: z.enum(['approved', 'changes-requested', 'pending']),
});

export const organizeSchema = z.object({
    ...elementBase,
    what: z.string(),
    kind: z.enum(['meeting', 'working-group', 'committee', 'charter', 'bylaws', 'staff', 'fund', 'incorporation']),
    on: date.optional(),
});

export const statusCountsSchema = z.object({
    planned: z.number().int(), 'in-progress': z.number().int(), achieved: z.number().int(), missed: z.number().int(), dropped: z.number().int(),
});

export const teamSchema = z.object({
    ...elementBase,
    name: z.string(),
    title: z.string(),
    priority: referenceSchema,
    partnership: z.string().optional(),
    formed: date.optional(),
    formedFrom: z.enum(['formed', 'follow-up']).optional().describe('Whether formed is written, or taken from the priority\'s follow-up'),
    formedDaysAfterLaunch: z.number().int().optional(),
    firstWinWindow: z.object({ from: date, to: date }).optional().describe('The 60-90 day window for the first win (from the rule\'s options)'),
    champions: z.array(referenceSchema),
    responders: z.array(responderSchema),
    successes: z.array(successSchema),
    wins: z.array(winSchema),
    firstSteps: z.array(firstStepSchema),
    involves: z.array(involveSchema),
    reviews: z.array(reviewSchema),
    reviewStatus: z.enum(['approved', 'changes-requested', 'pending', 'none']).describe('the status of the latest review by a champion of the team (by date, then as written), none when there is none: approved exactly when plan-review is satisfied'),
    organizes: z.array(organizeSchema),
    statusCounts: statusCountsSchema,
});

export const prioritySchema = z.object({
    ...elementBase,
    name: z.string(),
    title: z.string(),
    followUp: date.optional(),
    followUpDaysAfterLaunch: z.number().int().optional(),
    teams: z.array(z.string()).describe('Names of the teams for this priority'),
});

export const partnershipSchema = z.object({
    ...elementBase,
    name: z.string(),
    title: z.string(),
    industry: z.string().optional(),
    region: z.string().optional(),
    convener: referenceSchema.optional(),
    launch: date.optional(),
    priorities: z.array(prioritySchema),
});

export const organizationSchema = z.object({
    ...elementBase,
    name: z.string(),
    title: z.string(),
    kind: z.enum(['business', 'partner']),
    partnerKind: z.enum(['workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other']).optional(),
});

export const personSchema = z.object({
    ...elementBase,
    name: z.string(),
    fullName: z.string(),
    organization: referenceSchema,
    jobTitle: z.string().optional(),
});

export const modelSchema = z.object({
    schemaVersion: z.literal(MODEL_SCHEMA_VERSION),
    asOf: date,
    files: z.array(z.string()),
    partnerships: z.array(partnershipSchema),
    organizations: z.array(organizationSchema),
    people: z.array(personSchema),
    teams: z.array(teamSchema),
    diagnostics: z.array(diagnosticSchema),
    summary: z.object({
        errors: z.number().int(), warnings: z.number().int(), infos: z.number().int(), hints: z.number().int(),
        statusCounts: statusCountsSchema,
    }),
}).describe('The resolved Action Plan model');

export type ActionPlanModel = z.infer<typeof modelSchema>;
export type ModelPartnership = z.infer<typeof partnershipSchema>;
export type ModelPriority = z.infer<typeof prioritySchema>;
export type ModelTeam = z.infer<typeof teamSchema>;
export type ModelWin = z.infer<typeof winSchema>;
export type ModelResponder = z.infer<typeof responderSchema>;
export type ModelReference = z.infer<typeof referenceSchema>;
export type ModelDiagnostic = z.infer<typeof diagnosticSchema>;
export type ModelSource = z.infer<typeof sourceSchema>;
export type ModelOrganization = z.infer<typeof organizationSchema>;
export type ModelPerson = z.infer<typeof personSchema>;
export type StatusCounts = z.infer<typeof statusCountsSchema>;
export type Horizon = z.infer<typeof horizonSchema>;

export function modelJsonSchema(): object {
    return {
        $id: 'https://github.com/action-plans/actionplan/schemas/model.schema.json',
        ...z.toJSONSchema(modelSchema, { io: 'output' }),
    };
}
