/**
 * Who takes part in a team's wins, for `champion-engaged` and
 * `responder-plugged-in`: the lines that name a person, and the win a
 * `support` skeleton goes into.
 */
import type { AstNode, Reference } from 'langium';
import { nearest } from '../strings.js';
import type { Person, Team, Win } from '../generated/ast.js';
import { fix, insertIntoBody } from '../fixes/edits.js';
import { TODO } from '../fixes/skeletons.js';
import type { Fix } from './rule.js';

/**
 * Whether a reference names one of `targets`. An unresolved reference counts
 * when it is close to a target's name (the "did you mean" distance of
 * `unresolved-reference`): it is most likely a typo for them, and
 * `unresolved-reference` tells it once; no other rule reports what the written
 * name meant. A name far from every target names none of them.
 */
export function names(reference: Reference | undefined, targets: ReadonlyArray<AstNode & { name: string } | undefined>): boolean {
    if (!reference) return false;
    const target = reference.ref;
    if (target !== undefined) return targets.includes(target as AstNode & { name: string });
    const text = reference.$refText;
    return text !== '' && targets.some(t => t !== undefined && (t.name === text || nearest(text, [t.name]) !== undefined));
}

/** Whether a `support` line of one of the team's wins names one of `targets`. */
export function supportsAWin(team: Team, targets: ReadonlyArray<AstNode & { name: string } | undefined>): boolean {
    return team.wins.some(win => win.supports.some(support => names(support.party, targets)));
}

/** The win a support skeleton goes into: the team's first win, else its first early win. */
export function supportTarget(team: Team): Win | undefined {
    return team.wins.find(w => w.kind === 'first') ?? team.wins.find(w => w.kind === 'early');
}

/** `Add PERSON's support to WIN`: `support PERSON "TODO: role"` at the end of the win; none when the team has no such win. */
export function addSupportFix(team: Team, person: Person): Fix[] {
    const win = supportTarget(team);
    return win ? fix(`Add ${person.name}'s support to ${win.kind} win '${win.name}'`, insertIntoBody(win, [`support ${person.name} ${TODO.role}`])) : [];
}
