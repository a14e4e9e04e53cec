/**
 * `actionplan init [DIR]`: write a small starter workspace, one partnership
 * with one priority and its action team, that passes `check` with no
 * diagnostic at all on the day it is written and is already formatted
 * (`fmt --check` passes), so CI can be switched on from the first commit.
 *
 * Its dates are set from today: the launch a month ago, the follow-up call
 * and the team's formation 23 days after it, the first win due 75 days after
 * formation, the early wins within the year. As time passes, `check` starts
 * asking what happened to the wins that came due: that is the guide working.
 *
 * It also makes Git ignore the cache of `check --cache`: `.actionplancache`
 * goes into .gitignore (a new one, or appended to the one there).
 *
 * Nothing is overwritten: when one of the files exists, or the folder already
 * holds plan files, init writes nothing and exits 2 naming the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDay, today as localToday, toDay } from '../language/dates.js';
import { entryExists, ioReason } from '../language/io.js';
import { CONFIG_FILE_NAME } from '../language/config/schema.js';
import { CliError, EXIT } from './errors.js';
import { DEFAULT_CACHE_FILE } from './cache-stamp.js';
import { forTerminal } from './formats/text-safety.js';
import { displayPath } from './report.js';

/** The starter's files (workspace-relative path → text), dated from `today` (YYYY-MM-DD). */
export function starterFiles(today: string): Record<string, string> {
    const day = toDay(today);
    if (day === undefined) throw new CliError(`init: '${forTerminal(today)}' is not a date`);
    const launch = day - 30;
    const formed = launch + 23;
    const d = (offset: number) => formatDay(formed + offset);
    return {
        [CONFIG_FILE_NAME]: `{
    // Rule severities and options: https://github.com/action-plans/actionplan/tree/main/docs/rules
    "rules": {
        // Off by default; on here so the starter shows what a first responder brings.
        "responder-traits": "warning"
    }
}
`,
        'partnership.plan': `// The partnership: what it is, who convenes it, when it launched, and the
// priorities the business leaders chose at the launch meeting. Each priority
// gets a follow-up call 21-28 days after the launch, where its action team forms.
partnership Example "Example Regional Manufacturing Partnership" {
    industry "Advanced manufacturing"
    region "Example County"
    convener Workforce
    launch ${formatDay(launch)}

    priority Talent "Build the technician talent pipeline" {
        follow-up ${formatDay(formed)}
    }
}

// Businesses: the employers whose leaders champion the priorities.
business Acme "Acme Precision Parts"
business Birch "Birch Fabrication"

// Support partners: the community organisations that respond to the businesses.
partner Workforce "Example County Workforce Center" kind workforce
partner College "Example Community College" kind education
`,
        'people.plan': `// Business champions
person alex "Alex Rivera" of Acme title "Chief Executive Officer"
person sam "Sam Lee" of Birch title "Plant Manager"

// First responders and convener staff
person jordan "Jordan Smith" of College title "Dean of Workforce Programs"
person casey "Casey Morgan" of Workforce title "Business Services Manager"
`,
        'teams/talent.plan': `// The action team of the Talent priority: its champions and first responders,
// how it will know it made a change, its wins, and its first step.
team TalentTeam "Talent action team" for Talent {
    formed ${d(0)}
    champion alex
    champion sam

    responder jordan {
        joined ${d(3)}
        selected-by convener
        commits in-kind "Instructor time for plant tours and a short machining course"
        traits resources, business-centered, toolkit, collaborative
    }

    success "Regional employers fill most technician openings from local programs" {
        measure "Share of technician hires who trained in the region" target "60%" by ${d(700)}
    }

    // What the team can accomplish in 60-90 days.
    first win Tours "Host teacher tours in two plants" {
        due ${d(75)}
        owner sam
        support casey "Recruits teachers from the county's high schools"
    }

    // Two or three specific actions for the next 6-12 months.
    early win Course "Start a short machining course for new hires" {
        due ${d(150)}
        impact high
        feasibility medium
        owner alex
        support jordan "Adapts the course and assigns the instructor" gives in-kind
    }

    early win Pathways "Publish one map of technician career pathways" {
        due ${d(300)}
        impact medium
        feasibility high
        owner sam
        support Workforce "Collects wage and openings data" gives in-kind
    }

    first step "Alex asks the HR leads which roles are hardest to fill" {
        owner alex
        due ${d(14)}
    }
    involve "HR leads of the member plants"
    involve College, Workforce

    review ${d(5)} by alex, sam status approved

    organize "Monthly team call hosted by the workforce center" kind meeting
}
`,
    };
}

/** Write the starter into DIR (default: the current folder). */
export function runInit(dir: string | undefined, cwd: string, today: string = localToday(), answered?: Record<string, string>): number {
    const root = path.resolve(cwd, dir ?? '.');
    const shown = (file: string) => forTerminal(displayPath(file, cwd));
    let stat: fs.Stats | undefined;
    try {
        stat = fs.statSync(root);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`${shown(root)}: cannot read the folder: ${ioReason(error)}`);
    }
    if (stat && !stat.isDirectory()) throw new CliError(`${shown(root)}: is a file, not a folder; init writes a new workspace into a folder`);

    const files = Object.entries(answered ?? starterFiles(today)).map(([name, text]) => ({ name, full: path.join(root, name), text }));
    for (const file of files) {
        if (entryExists(file.full)) throw new CliError(`${shown(file.full)}: already exists; init overwrites nothing (nothing was written)`);
    }
    const existingPlan = stat ? planFileIn(root) ?? planFileIn(path.join(root, 'teams')) : undefined;
    if (existingPlan) {
        throw new CliError(`${shown(existingPlan)}: the folder already holds plan files; init starts a new workspace (nothing was written)`);
    }

    const written: string[] = [];
    for (const file of files) {
        try {
            fs.mkdirSync(path.dirname(file.full), { recursive: true });
            fs.writeFileSync(file.full, file.text, { flag: 'wx' }); // never replaces a file, even one created meanwhile
            written.push(file.full);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            const reason = code === 'EEXIST' ? 'already exists; init overwrites nothing' : `cannot write the file: ${ioReason(error)}`;
            const partial = written.length ? ` (written before it: ${written.map(shown).join(', ')})` : ' (nothing was written)';
            throw new CliError(`${shown(file.full)}: ${reason}${partial}`);
        }
    }
    const ignored = ignoreCacheFile(root);
    const where = shown(root) || '.';
    process.stdout.write([
        `Created ${answered ? 'an' : 'a starter'} Action Plan workspace in ${where}:`,
        ...files.map(f => `  ${forTerminal(f.name)}`),
        ...(ignored ? [`  ${ignored}`] : []),
        '',
        `Next: edit the plans, then run \`${dir === undefined ? 'actionplan check' : `actionplan check ${where}`}\`.`,
        'In CI: `actionplan check --format github` and `actionplan fmt --check` (see the GitHub Action and pre-commit hooks in docs/ci.md).',
        '',
    ].join('\n'));
    return EXIT.clean;
}

/**
 * Make Git ignore the cache of `check --cache`: a new .gitignore holding
 * `.actionplancache`, or the line appended to the one there (nothing else in
 * it changes). Returns the line for init's list; a .gitignore that is not a
 * regular file (a link, a folder) or cannot be written is left alone, and
 * said so.
 */
function ignoreCacheFile(root: string): string {
    const file = path.join(root, '.gitignore');
    let existing: string | undefined;
    try {
        const stat = fs.lstatSync(file);
        if (!stat.isFile()) return `.gitignore (left alone: not a regular file; add ${DEFAULT_CACHE_FILE} to it)`;
        existing = fs.readFileSync(file, 'utf8');
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return `.gitignore (cannot read it: ${ioReason(error)}; add ${DEFAULT_CACHE_FILE} to it)`;
    }
    const listed = existing?.split(/\r?\n/).some(line => [DEFAULT_CACHE_FILE, `/${DEFAULT_CACHE_FILE}`].includes(line.trim()));
    if (listed) return '';
    try {
        if (existing === undefined) {
            fs.writeFileSync(file, `${DEFAULT_CACHE_FILE}\n`, { flag: 'wx' });
            return '.gitignore';
        }
        const newline = existing.includes('\r\n') ? '\r\n' : '\n';
        fs.appendFileSync(file, `${existing === '' || existing.endsWith('\n') ? '' : newline}${DEFAULT_CACHE_FILE}${newline}`);
        return `.gitignore (added ${DEFAULT_CACHE_FILE})`;
    } catch (error) {
        return `.gitignore (cannot write it: ${ioReason(error)}; add ${DEFAULT_CACHE_FILE} to it)`;
    }
}

function planFileIn(folder: string): string | undefined {
    try {
        const entry = fs.readdirSync(folder, { withFileTypes: true }).filter(e => e.name.endsWith('.plan')).sort((a, b) => (a.name < b.name ? -1 : 1))[0];
        return entry ? path.join(folder, entry.name) : undefined;
    } catch {
        return undefined;
    }
}
