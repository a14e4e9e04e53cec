/**
 * What the plan means, read off the linked AST: the dates a team is measured
 * from and who belongs to it. Rules, the model and the editor share these so
 * the guide's arithmetic lives in one place.
 */
import { isFastCst } from './fast/cst.js';
import { GrammarUtils, type AstNode, type Reference } from 'langium';
import {
    isBusiness, isPartner, type Partnership, type Person, type Priority, type Team, type Win
} from './generated/ast.js';
import { toDay, type DayNumber } from './dates.js';
import { single } from './single.js';

export function partnershipOf(priority: Priority | undefined): Partnership | undefined {
    return priority?.$container;
}

export function launchDay(priority: Priority | undefined): DayNumber | undefined {
    return toDay(single(partnershipOf(priority)?.launch));
}

/** The team's priority, when `for` resolves. */
export function priorityOf(team: Team): Priority | undefined {
    return team.priority?.ref;
}

/**
 * The day the team formed: its `formed` date, or its priority's follow-up when
 * `formed` is absent. A written but invalid `formed` gives no date at all.
 */
export function formedDay(team: Team): DayNumber | undefined {
    if (team.formed.length > 0) return toDay(single(team.formed));
    return toDay(single(priorityOf(team)?.followUp));
}

/** Where the formed date comes from, for messages and hovers. */
export function formedSource(team: Team): 'formed' | 'follow-up' | undefined {
    if (team.formed.length > 0) return toDay(single(team.formed)) === undefined ? undefined : 'formed';
    return toDay(single(priorityOf(team)?.followUp)) === undefined ? undefined : 'follow-up';
}

export function isBusinessPerson(person: Person): boolean {
    return isBusiness(person.org?.ref);
}

export function isPartnerPerson(person: Person): boolean {
    return isPartner(person.org?.ref);
}

export function champions(team: Team): Person[] {
    return resolved(team.champions.map(c => c.person));
}

export function responders(team: Team): Person[] {
    return resolved(team.responders.map(r => r.person));
}

export function isChampionOf(team: Team, person: Person): boolean {
    return team.champions.some(c => c.person?.ref === person);
}

export function isResponderOf(team: Team, person: Person): boolean {
    return team.responders.some(r => r.person?.ref === person);
}

/** A win's status; `planned` when the line is absent. */
export function winStatus(win: Win): Win['status'][number] {
    return single(win.status) ?? 'planned';
}

/** The team's first champion that resolves, used by fixes that need an owner. */
export function firstChampion(team: Team): Person | undefined {
    return champions(team)[0];
}

export function resolved<T extends AstNode>(references: Array<Reference<T> | undefined>): T[] {
    return references.map(r => r?.ref).filter((t): t is T => t !== undefined);
}

/**
 * The team's latest review that names a champion of the team: by date, and
 * on the same date the one written last (the guide asks members to "review
 * and revise", so the latest word counts). A review by no champion does not
 * count; an unresolved reviewer counts as written (`unresolved-reference`
 * already speaks of it).
 */
export function latestChampionReview(team: Team): Team['reviews'][number] | undefined {
    let latest: Team['reviews'][number] | undefined;
    let latestDay: DayNumber | undefined;
    for (const review of team.reviews) {
        if (!namesChampion(team, review)) continue;
        // An invalid date (`invalid-date` speaks of it) sorts first: any dated review is later.
        const day = toDay(review.date);
        if (!latest || (day ?? -Infinity) >= (latestDay ?? -Infinity)) {
            latest = review;
            latestDay = day;
        }
    }
    return latest;
}

/**
 * Whether the team's plan stands approved: its latest champion review says
 * `approved` (a later `changes-requested` or `pending` supersedes an earlier
 * approval). The one definition that `plan-review` checks and every view
 * (model, preview, render, diff) shows.
 */
export function championApproved(team: Team): boolean {
    return latestChampionReview(team)?.status === 'approved';
}

/**
 * The review state a view shows: the status of the latest champion review,
 * else `none`; so `approved` exactly when `championApproved`.
 */
export function reviewState(team: Team): 'approved' | 'changes-requested' | 'pending' | 'none' {
    return latestChampionReview(team)?.status ?? 'none';
}

function namesChampion(team: Team, review: Team['reviews'][number]): boolean {
    return review.reviewers.some(r => r.ref === undefined || isChampionOf(team, r.ref));
}

/** Whole days from `from` to `to`, or undefined when either is unknown. */
export function daysBetween(from: DayNumber | undefined, to: DayNumber | undefined): number | undefined {
    return from === undefined || to === undefined ? undefined : to - from;
}

/**
 * Whether a line starting with `keyword` is written in the node's own text,
 * even if its value did not parse (`impact huge`): such a line is
 * absent-but-written, and `syntax` already speaks of it.
 */
export function written(node: AstNode, keyword: string): boolean {
    // The fast path reads no file with a line keyword lacking its value (language/fast/parser.ts).
    if (isFastCst(node.$cstNode)) return false;
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword) !== undefined;
}
