/**
 * `actionplan init --interactive` and `init --answers FILE.json`: a workspace
 * written from the guide's questions (language/init/answers.ts holds the
 * questions' schema and the one generator of the files).
 *
 * Interactive: each question has a default, dates are checked as they are
 * typed (a wrong one is asked again), `<` goes back one question, Ctrl+C
 * cancels and writes nothing. All files are written only after the last
 * answer, through the same path as the starter (nothing overwritten).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDay, toDay, today as localToday } from '../language/dates.js';
import { ioReason } from '../language/io.js';
import { dateAnswerProblem, parseAnswers, PARTNER_KINDS, TRAITS, workspaceFiles, type Answers } from '../language/init/answers.js';
import { CliError, EXIT } from './errors.js';
import { forTerminal } from './formats/text-safety.js';
import { displayPath } from './report.js';
import { runInit } from './init.js';

/** Answers files are small; a bigger one is not read. */
const MAX_ANSWERS_BYTES = 1_000_000;

export async function runGuidedInit(dir: string | undefined, cwd: string, options: { answers?: string; interactive?: boolean }): Promise<number> {
    let answers: Answers;
    if (options.answers !== undefined) {
        answers = readAnswers(path.resolve(cwd, options.answers), cwd);
    } else {
        const asked = await askAnswers();
        if (!asked) {
            process.stderr.write('init: cancelled; nothing was written\n');
            return EXIT.problems;
        }
        answers = asked;
    }
    return runInit(dir, cwd, undefined, workspaceFiles(answers));
}

function readAnswers(file: string, cwd: string): Answers {
    const shown = forTerminal(displayPath(file, cwd));
    let text: string;
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) throw new CliError(`${shown}: not a file; --answers reads a JSON file of answers`);
        if (stat.size > MAX_ANSWERS_BYTES) throw new CliError(`${shown}: ${stat.size} bytes; an answers file holds at most ${MAX_ANSWERS_BYTES}`);
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`${shown}: cannot read the answers: ${ioReason(error)}`);
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        throw new CliError(`${shown}: not JSON: ${forTerminal((error as Error).message)}`);
    }
    const result = parseAnswers(value);
    if ('problems' in result) throw new CliError(`${shown}: ${result.problems.map(forTerminal).join('; ')} (nothing was written)`);
    return result.answers;
}

type Ask = { key: string; message: string; default?: (a: Record<string, string>) => string | undefined; date?: boolean; optional?: boolean; choices?: readonly string[]; when?: (a: Record<string, string>) => boolean };

const plus = (day: string | undefined, n: number) => {
    const d = toDay(day);
    return d === undefined ? undefined : formatDay(d + n);
};

/** The guide's questions in order: the partnership, a priority, then its team. */
const QUESTIONS: Ask[] = [
    { key: 'title', message: 'Partnership name', default: () => 'Regional Manufacturing Partnership' },
    { key: 'industry', message: 'Industry', default: () => 'Advanced manufacturing' },
    { key: 'region', message: 'Region', default: () => 'Our county' },
    { key: 'convener', message: 'Convener (the organization that convenes it)', default: () => 'Workforce Center' },
    { key: 'convenerKind', message: 'Kind of convener', choices: PARTNER_KINDS, default: () => 'workforce' },
    { key: 'launch', message: 'Launch meeting date (YYYY-MM-DD)', date: true, default: () => localToday() },
    { key: 'priority', message: 'A priority the business leaders chose', default: () => 'Build the technician talent pipeline' },
    { key: 'formed', message: 'Team formed on the follow-up call (YYYY-MM-DD, 21-28 days after launch)', date: true, default: a => plus(a.launch, 23) },
    { key: 'success', message: 'What success looks like', default: () => 'Employers fill most openings from local programs' },
    { key: 'measure', message: 'How you will measure it', default: () => 'Share of hires trained in the region' },
    { key: 'target', message: 'Target (optional)', optional: true },
    { key: 'champion1', message: 'Champion: full name of a business leader' },
    { key: 'champion1Org', message: 'Their business' },
    { key: 'champion2', message: 'Another champion (optional, Enter to skip)', optional: true },
    { key: 'champion2Org', message: 'Their business', when: a => Boolean(a.champion2) },
    { key: 'responder', message: 'First responder: full name (optional, Enter to skip)', optional: true },
    { key: 'responderOrg', message: 'Their organization', when: a => Boolean(a.responder) },
    { key: 'responderKind', message: 'Kind of organization', choices: PARTNER_KINDS, default: () => 'education', when: a => Boolean(a.responder) },
    { key: 'responderCommits', message: 'What they commit (in kind)', when: a => Boolean(a.responder) },
    { key: 'responderTraits', message: `Traits they bring (comma-separated: ${TRAITS.join(', ')})`, default: () => TRAITS.join(', '), when: a => Boolean(a.responder) },
    { key: 'firstWin', message: 'The first win: what the team can accomplish in 60-90 days' },
    { key: 'firstWinDue', message: 'First win due (YYYY-MM-DD, 60-90 days after formed)', date: true, default: a => plus(a.formed, 75) },
    { key: 'win1', message: 'Early win 1 (for the next 6-12 months)' },
    { key: 'win1Due', message: 'Early win 1 due (YYYY-MM-DD)', date: true, default: a => plus(a.formed, 150) },
    { key: 'win1Impact', message: 'Early win 1: impact', choices: ['high', 'medium', 'low'], default: () => 'high' },
    { key: 'win1Feasibility', message: 'Early win 1: feasibility', choices: ['high', 'medium', 'low'], default: () => 'high' },
    { key: 'win2', message: 'Early win 2 (the guide asks for 2-3)' },
    { key: 'win2Due', message: 'Early win 2 due (YYYY-MM-DD)', date: true, default: a => plus(a.formed, 300), when: a => Boolean(a.win2) },
    { key: 'win2Impact', message: 'Early win 2: impact', choices: ['high', 'medium', 'low'], default: () => 'high', when: a => Boolean(a.win2) },
    { key: 'win2Feasibility', message: 'Early win 2: feasibility', choices: ['high', 'medium', 'low'], default: () => 'high', when: a => Boolean(a.win2) },
    { key: 'firstStep', message: 'The first step: who does what next' },
    { key: 'firstStepOwner', message: 'Owner of the first step (full name)', default: a => a.champion1 },
    { key: 'firstStepDue', message: 'First step due (YYYY-MM-DD)', date: true, default: a => plus(a.formed, 14) },
    { key: 'involve', message: 'Who else must be involved' },
];

/** The answers, asked in the terminal; undefined when cancelled (Ctrl+C). */
async function askAnswers(): Promise<Answers | undefined> {
    const { default: input } = await import('@inquirer/input');
    const given: Record<string, string> = {};
    const asked: number[] = [];
    process.stdout.write('Answer the guide\'s questions; Enter takes the [default], "<" goes back one question, Ctrl+C cancels.\n');
    for (let i = 0; i < QUESTIONS.length;) {
        const q = QUESTIONS[i];
        if (q.when && !q.when(given)) {
            delete given[q.key];
            i++;
            continue;
        }
        let value: string;
        try {
            value = (await input({
                message: q.message + (q.choices ? ` (${q.choices.join(' / ')})` : ''),
                default: given[q.key] ?? q.default?.(given),
                validate: (raw: string) => {
                    const v = raw.trim();
                    if (v === '<') return asked.length > 0 || 'this is the first question';
                    if (!v) return q.optional ? true : 'an answer is needed';
                    if (q.date) return dateAnswerProblem(v) ?? true;
                    if (q.choices && !q.choices.includes(v)) return `one of ${q.choices.join(', ')}`;
                    if (q.key === 'responderTraits') {
                        const bad = v.split(',').map(t => t.trim()).filter(t => t && !(TRAITS as readonly string[]).includes(t));
                        if (bad.length) return `not a trait: ${bad.join(', ')}`;
                    }
                    return true;
                },
            })).trim();
        } catch (error) {
            if ((error as Error).name === 'ExitPromptError' || (error as Error).name === 'AbortPromptError') return undefined;
            throw error;
        }
        if (value === '<') {
            i = asked.pop()!;
            continue;
        }
        given[q.key] = value;
        asked.push(i);
        i++;
    }
    const result = parseAnswers(toAnswers(given));
    if ('problems' in result) throw new CliError(`init: ${result.problems.join('; ')} (nothing was written)`);
    return result.answers;
}

function toAnswers(a: Record<string, string>): unknown {
    const win = (n: number) => ({ title: a[`win${n}`], due: a[`win${n}Due`], impact: a[`win${n}Impact`], feasibility: a[`win${n}Feasibility`] });
    return {
        partnership: { title: a.title, industry: a.industry, region: a.region, convener: a.convener, convenerKind: a.convenerKind, launch: a.launch },
        team: {
            priority: a.priority, formed: a.formed, success: a.success, measure: a.measure, ...(a.target ? { target: a.target } : {}),
            champions: [{ name: a.champion1, organization: a.champion1Org }, ...(a.champion2 ? [{ name: a.champion2, organization: a.champion2Org }] : [])],
            responders: a.responder ? [{
                name: a.responder, organization: a.responderOrg, kind: a.responderKind, commits: a.responderCommits,
                traits: a.responderTraits.split(',').map(t => t.trim()).filter(Boolean),
            }] : [],
            firstWin: { title: a.firstWin, due: a.firstWinDue },
            earlyWins: [win(1), ...(a.win2 ? [win(2)] : [])],
            firstStep: { what: a.firstStep, owner: a.firstStepOwner, due: a.firstStepDue },
            involve: a.involve ? [a.involve] : [],
        },
    };
}
