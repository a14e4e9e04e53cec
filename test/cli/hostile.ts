/**
 * A workspace whose text tries to break every output format: plan strings
 * and a file name with `%`, CR/LF, workflow commands, commas, XML markup,
 * `]]>`, control characters, an ANSI escape and bidi overrides. Written at
 * run time (a file name with CR/LF does not belong in Git).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture, writeFiles } from './helpers.js';

/** The text of an `organize` line: a placeholder (`TODO:`) that also fires just-enough-organization. */
export const HOSTILE_STRING = 'TODO: <b>a</b> & c ]]> 100% done%0A\u0001\u001b[31m RED ::error::x, y=1 \u202eevil\u202c \u2066iso\u2069 end';

/** A second plan file, declaring a name the partnership file declares too: duplicate-name names each file in the other's message. */
export const HOSTILE_FILE = 'evil,name::error::%0A\n::error file=x,line=1::pwned\r.plan';

/** The line of the organize statement in teams/talent.plan. */
export const HOSTILE_LINE = 46;

export function hostileWorkspace(): string {
    const cwd = copyFixture('baseline');
    const teamFile = path.join(cwd, 'teams/talent.plan');
    const team = fs.readFileSync(teamFile, 'utf8');
    const lines = team.split('\n');
    const close = lines.lastIndexOf('}');
    lines.splice(close, 0, `    organize "${HOSTILE_STRING}" kind charter`);
    if (lines.indexOf(`    organize "${HOSTILE_STRING}" kind charter`) !== HOSTILE_LINE - 1) throw new Error('fixture: the organize line moved');
    fs.writeFileSync(teamFile, lines.join('\n'));
    writeFiles(cwd, { [HOSTILE_FILE]: 'business Ruiz "A second Ruiz"\n' });
    return cwd;
}

/** Characters that must never reach a terminal raw: C0/C1 controls but tab and newline, and bidi controls. */
export const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
