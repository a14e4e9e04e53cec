/**
 * The text quick fixes insert. Every blank the user must fill is a `"TODO: …"`
 * string, so `no-placeholder` keeps track of what is left to write.
 */
import { writableDay, type DayNumber } from '../dates.js';
import type { Priority, Team } from '../generated/ast.js';
import { firstChampion } from '../semantics.js';

export const TODO = {
    success: '"TODO: the end result; how we will know we made change"',
    measure: '"TODO: what we will measure"',
    firstWin: '"TODO: what we can accomplish in 60-90 days"',
    earlyWin: '"TODO: a specific action for the next 6-12 months"',
    nextWin: '"TODO: the next win that builds on it"',
    courseCorrection: '"TODO: the course correction, what the team tries next"',
    firstStep: '"TODO: the first step"',
    involve: '"TODO: who needs to be involved"',
    commits: '"TODO: what the organization commits"',
    role: '"TODO: the role they play"',
    assessment: '"TODO: what happened, honestly"',
    teamTitle: '"TODO: the team\'s title"',
} as const;

/** The first win's blank, naming the window the partnership asks for (its config's, else the guide's 60-90 days). */
export function firstWinTodo(minDays: number, maxDays: number): string {
    return `"TODO: what we can accomplish in ${minDays}-${maxDays} days"`;
}

/** `owner ana` when the team has a champion to name. */
export function ownerLine(team: Team): string[] {
    const champion = firstChampion(team);
    return champion ? [`owner ${champion.name}`] : [];
}

export function dueLine(day: DayNumber | undefined): string[] {
    const date = writableDay(day);
    return date === undefined ? [] : [`due ${date}`];
}

/** A block: the header line, then its body lines one level in. */
export function block(header: string, body: string[]): string[] {
    return body.length ? [`${header} {`, ...body.map(line => `    ${line}`), '}'] : [header];
}

/** A name not yet used by a win of the team: `base`, else `base2`, `base3`, … */
export function freshWinName(team: Team, base: string): string {
    const taken = new Set(team.wins.map(w => w.name));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}${n}`)) n++;
    return `${base}${n}`;
}

/** The file a new team for a priority is written to, and its text. */
export function teamFile(priority: Priority, formed: DayNumber | undefined, firstWinDays: number, firstWin: string = TODO.firstWin): { path: string; text: string } {
    const teamName = `${priority.name}Team`;
    const lines = [
        `team ${teamName} ${TODO.teamTitle} for ${priority.name} {`,
        ...indent(block(`success ${TODO.success}`, [`measure ${TODO.measure}`])),
        '',
        ...indent(block(`first win FirstWin ${firstWin}`, dueLine(formed === undefined ? undefined : formed + firstWinDays))),
        '',
        ...indent([`first step ${TODO.firstStep}`]),
        ...indent([`involve ${TODO.involve}`]),
        '}',
    ];
    const file = priority.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
    return { path: `teams/${file}.plan`, text: lines.join('\n') + '\n' };
}

function indent(lines: string[]): string[] {
    return lines.map(line => (line ? `    ${line}` : line));
}
