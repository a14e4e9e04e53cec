/** The message of an `unresolved-reference`: what the reference expects, and what the name is if it exists. */
import type { ReferenceInfo, URI } from 'langium';
import { unresolvedReference } from '../rules/unresolved-reference.js';
import { formatMessage } from '../rules/rule.js';
import { alignmentDistance } from '../strings.js';
import type { ActionPlanIndexManager } from '../workspace/index-manager.js';

const EXPECTED: Record<string, string> = {
    Person: 'a person',
    Org: 'a business or partner',
    Party: 'a business, partner or person',
    Priority: 'a priority',
    Win: 'a win',
};

const ACTUAL: Record<string, string> = {
    Partnership: 'a partnership', Priority: 'a priority', Business: 'a business', Partner: 'a partner',
    Person: 'a person', Team: 'a team', Win: 'a win',
};

/** What the reference is called in the plan, by where it stands. */
const CONTEXT: Record<string, string> = {
    'Champion.person': 'a champion',
    'Responder.person': 'a responder',
    'Win.owner': "a win's owner",
    'FirstStep.owner': "a first step's owner",
    'Review.reviewers': 'a review',
    'Person.org': "a person's 'of'",
    'Partnership.convener': 'the convener',
    'Team.priority': "a team's 'for'",
    'Support.party': 'a support line',
    'Involve.parties': 'an involve line',
    'Win.after': "a next win's 'after'",
};

/** Names longer than this get no "did you mean" (a hostile 10 000-letter name costs nothing). */
const LONGEST_SUGGESTED = 64;

/**
 * The "did you mean" rule, one for every missing name: the visible name of the
 * expected kind nearest to it, comparing without case, by optimal string
 * alignment distance (insert, delete, replace a letter, or swap two adjacent
 * letters, each one step), when that distance is at most max(1, ⌊length/3⌋)
 * of the missing name. The nearest wins; on a tie, the first in sorted order.
 * `alx` → `alex` (one insert), `sma` → `sam` (one swap), `Kesler` → `Kessler`.
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
    if (name.length === 0 || name.length > LONGEST_SUGGESTED) return undefined;
    const limit = Math.max(1, Math.floor(name.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === name || Math.abs(candidate.length - name.length) > limit) continue;
        const distance = alignmentDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance);
        if (distance < bestDistance || (distance === bestDistance && distance <= limit && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

export function unresolvedMessage(info: ReferenceInfo, referenceType: string, index: ActionPlanIndexManager, from: URI): { messageId: string; message: string; suggestion?: string } {
    const name = info.reference.$refText;
    const messages = unresolvedReference.meta.messages;
    const expected = EXPECTED[referenceType] ?? `a ${referenceType.toLowerCase()}`;
    const existing = index.declarationsOf(name, from)[0];
    if (existing && existing.type !== referenceType) {
        const context = CONTEXT[`${info.container.$type}.${info.property}`] ?? `'${info.property}'`;
        return {
            messageId: 'wrongKind',
            message: formatMessage(messages.wrongKind, { name, actual: ACTUAL[existing.type] ?? existing.type, context, expected }),
        };
    }
    let hint = '.';
    let suggestion: string | undefined;
    if (referenceType === 'Win') {
        hint = name.includes('.') ? '.' : ' in this team; write TEAM.WIN for a win of another team.';
    } else {
        suggestion = index.nearestName(from, referenceType, name, suggestName);
        if (suggestion) hint = `; did you mean '${suggestion}'?`;
    }
    return {
        messageId: 'missing', message: formatMessage(messages.missing, { expected: expected.replace(/^an? /, ''), name, hint }),
        ...(suggestion ? { suggestion } : {}),
    };
}
