/**
 * The guide's questions, answered: what `actionplan init --interactive` asks,
 * what `init --answers FILE.json` reads, and what the editor's "Add an action
 * team" command asks. One zod schema checks the answers; `teamText` and
 * `workspaceFiles` turn them into plan text, formatted as `fmt` writes it.
 * Nothing here uses Node or VS Code, so the CLI and the client share it.
 *
 * The plan written is what the answers say: an answer the guide would
 * question (a first win outside 60-90 days of formation, a responder with
 * fewer than the four traits) is written as given, and `check` then says why.
 */
import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD and a real day of the calendar; else the reason. */
export function dateAnswerProblem(value: string): string | undefined {
    if (!DATE.test(value)) return 'write the date as YYYY-MM-DD, e.g. 2027-03-15';
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return `${value} is not a day of the calendar`;
    return undefined;
}

const date = z.string().superRefine((value, ctx) => {
    const problem = dateAnswerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const text = z.string().trim().min(1, 'an answer is needed').refine(v => !/[\u0000-\u001f\u007f]/.test(v), 'one line, no control characters');
const level = z.enum(['high', 'medium', 'low']);
export const TRAITS = ['resources', 'business-centered', 'toolkit', 'collaborative'] as const;
export const PARTNER_KINDS = ['workforce', 'education', 'economic-development', 'government', 'nonprofit', 'other'] as const;

const person = z.object({
    name: text.describe('Full name, e.g. "Maria Lopez"'),
    title: text.optional().describe('Job title'),
    organization: text.describe('The business (for a champion) or partner organization (for a responder)'),
});

export const teamAnswersSchema = z.object({
    priority: text.describe('The priority the team is for, as the business leaders put it'),
    formed: date.describe('The day the team formed (the follow-up call)'),
    success: text.describe('What success looks like'),
    measure: text.describe('How you will measure it'),
    target: text.optional(),
    measureBy: date.optional(),
    champions: z.array(person).min(1, 'at least one champion: a business leader'),
    responders: z.array(person.extend({
        kind: z.enum(PARTNER_KINDS).default('other'),
        commits: text.describe('What the responder commits (in kind)'),
        traits: z.array(z.enum(TRAITS)).default([...TRAITS]),
    })).default([]),
    earlyWins: z.array(z.object({ title: text, due: date, impact: level, feasibility: level })).min(1).max(5),
    firstWin: z.object({ title: text, due: date }),
    firstStep: z.object({ what: text, owner: text.describe('Full name of a champion or responder'), due: date }),
    involve: z.array(text).default([]),
});

export const answersSchema = z.object({
    partnership: z.object({
        title: text,
        industry: text,
        region: text,
        convener: text.describe('The convening organization, e.g. the workforce board'),
        convenerKind: z.enum(PARTNER_KINDS).default('workforce'),
        launch: date,
    }),
    team: teamAnswersSchema,
});

export type TeamAnswers = z.infer<typeof teamAnswersSchema>;
export type Answers = z.infer<typeof answersSchema>;

/** The answers checked, or one line per problem: `team.firstWin.due: 2026-02-30 is not a day of the calendar`. */
export function parseAnswers(value: unknown): { answers: Answers } | { problems: string[] } {
    const result = answersSchema.safeParse(value);
    if (result.success) return { answers: result.data };
    return { problems: result.error.issues.map(issue => `${issue.path.join('.') || '(answers)'}: ${issue.message}`) };
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'by', 'with', 'every', 'each', 'our', 'its']);

/** A plan name from words: `Northwind Health Care` → `NorthwindHealthCare`, `Maria Lopez` → `maria` (people: first name, lower case). */
export function identifier(words: string, style: 'Title' | 'person'): string {
    const parts = words.normalize('NFKD').replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter(Boolean)
        .map(p => p.replace(/[^A-Za-z0-9]/g, '')).filter(Boolean);
    let name = style === 'person'
        ? (parts[0] ?? 'someone').toLowerCase()
        : (parts.filter(p => !STOP_WORDS.has(p.toLowerCase())).length ? parts.filter(p => !STOP_WORDS.has(p.toLowerCase())) : parts).slice(0, 3).map(p => p[0].toUpperCase() + p.slice(1)).join('') || 'Element';
    if (/^\d/.test(name)) name = `_${name}`;
    return name;
}

/** Names made unique in one workspace: the second `maria` is `maria2`. */
class Names {
    private readonly taken = new Set<string>();
    constructor(reserved: Iterable<string> = []) {
        for (const r of reserved) this.taken.add(r.toLowerCase());
    }
    make(words: string, style: 'Title' | 'person'): string {
        const base = identifier(words, style);
        let name = base;
        for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
        this.taken.add(name.toLowerCase());
        return name;
    }
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface TeamParts {
    /** Declarations of businesses, partners and people the team needs (may be empty when they exist). */
    declarations: string[];
    team: string;
    priority: { name: string; title: string };
}

/**
 * The team's plan text and the declarations it needs. `known` maps the
 * titles/full names already declared in the workspace to their names, so an
 * existing business or person is referred to, not declared twice.
 */
export function teamParts(answers: TeamAnswers, options: { known?: Map<string, string>; reserved?: Iterable<string>; priorityName?: string } = {}): TeamParts {
    const known = options.known ?? new Map<string, string>();
    const names = new Names([...(options.reserved ?? []), ...known.values()]);
    const declarations: string[] = [];
    const nameOf = (title: string, declare: (name: string) => string, style: 'Title' | 'person') => {
        const existing = known.get(title);
        if (existing) return existing;
        const name = names.make(title, style);
        known.set(title, name);
        declarations.push(declare(name));
        return name;
    };
    const org = (title: string, kind?: string) => nameOf(title, n => (kind ? `partner ${n} ${quote(title)} kind ${kind}` : `business ${n} ${quote(title)}`), 'Title');
    const personName = (p: { name: string; title?: string; organization: string }, kind?: string) => {
        const orgName = org(p.organization, kind);
        return nameOf(p.name, n => `person ${n} ${quote(p.name)} of ${orgName}${p.title ? ` title ${quote(p.title)}` : ''}`, 'person');
    };

    const champions = answers.champions.map(c => personName(c));
    const responders = answers.responders.map(r => ({ r, name: personName(r, r.kind) }));
    const everyone = new Map<string, string>([...answers.champions.map((c, i) => [c.name, champions[i]] as const), ...responders.map(x => [x.r.name, x.name] as const)]);
    const ownerOf = (fullName: string) => everyone.get(fullName) ?? known.get(fullName) ?? champions[0];

    const priorityName = options.priorityName ?? names.make(answers.priority, 'Title');
    const teamName = names.make(`${priorityName} Team`, 'Title');
    const winNames = new Names();
    const lines: string[] = [];
    lines.push(`team ${teamName} ${quote(`${answers.priority}: action team`)} for ${priorityName} {`);
    lines.push(`    formed ${answers.formed}`);
    for (const c of champions) lines.push(`    champion ${c}`);
    for (const { r, name } of responders) {
        lines.push('', `    responder ${name} {`, `        joined ${answers.formed}`, '        selected-by convener', `        commits in-kind ${quote(r.commits)}`);
        if (r.traits.length) lines.push(`        traits ${r.traits.join(', ')}`);
        lines.push('    }');
    }
    lines.push('', `    success ${quote(answers.success)} {`);
    lines.push(`        measure ${quote(answers.measure)}${answers.target ? ` target ${quote(answers.target)}` : ''}${answers.measureBy ? ` by ${answers.measureBy}` : ''}`);
    lines.push('    }');
    const winOwner = champions[0];
    // The first responders plug in where the wins need them: each supports every win with what it committed.
    const supports = responders.map(({ r, name }) => `        support ${name} ${quote(r.commits)} gives in-kind`);
    lines.push('', `    first win ${winNames.make(answers.firstWin.title, 'Title')} ${quote(answers.firstWin.title)} {`, `        due ${answers.firstWin.due}`, `        owner ${winOwner}`, ...supports, '    }');
    for (const [i, win] of answers.earlyWins.entries()) {
        lines.push('', `    early win ${winNames.make(win.title, 'Title')} ${quote(win.title)} {`, `        due ${win.due}`, `        impact ${win.impact}`,
            `        feasibility ${win.feasibility}`, `        owner ${champions[(i + 1) % champions.length]}`, ...supports, '    }');
    }
    lines.push('', `    first step ${quote(answers.firstStep.what)} {`, `        owner ${ownerOf(answers.firstStep.owner)}`, `        due ${answers.firstStep.due}`, '    }');
    for (const who of answers.involve) lines.push(`    involve ${quote(who)}`);
    lines.push('}', '');
    return { declarations, team: lines.join('\n'), priority: { name: priorityName, title: answers.priority } };
}

/** The whole workspace from the answers: workspace-relative path → text. */
export function workspaceFiles(answers: Answers): Record<string, string> {
    const p = answers.partnership;
    const reserved = new Names();
    const partnershipName = reserved.make(p.title, 'Title');
    const convenerName = identifier(p.convener, 'Title') === partnershipName ? `${partnershipName}Convener` : identifier(p.convener, 'Title');
    const known = new Map<string, string>([[p.convener, convenerName]]);
    const parts = teamParts(answers.team, { known, reserved: [partnershipName, convenerName] });
    const followUp = answers.team.formed;
    const fileName = parts.priority.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    return {
        'actionplan.config.json': `{
    // Rule severities and options: https://github.com/action-plans/actionplan/tree/main/docs/rules
    "rules": {
        // Off by default; on here so the plan shows what a first responder brings.
        "responder-traits": "warning"
    }
}
`,
        'partnership.plan': [
            `partnership ${partnershipName} ${quote(p.title)} {`,
            `    industry ${quote(p.industry)}`,
            `    region ${quote(p.region)}`,
            `    convener ${convenerName}`,
            `    launch ${p.launch}`,
            '',
            `    priority ${parts.priority.name} ${quote(parts.priority.title)} {`,
            `        follow-up ${followUp}`,
            '    }',
            '}',
            '',
            `partner ${convenerName} ${quote(p.convener)} kind ${p.convenerKind}`,
            '',
        ].join('\n'),
        'people.plan': parts.declarations.join('\n') + '\n',
        [`teams/${fileName}.plan`]: parts.team,
    };
}
