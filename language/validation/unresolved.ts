/** The message of an `unresolved-reference`: what the reference expects, and what the name is if it exists. */
import type { ReferenceInfo, URI } from 'langium';
import { nearest } from '../strings.js';
import { unresolvedReference } from '../rules/unresolved-reference.js';
import { formatMessage } from '../rules/rule.js';
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

export function unresolvedMessage(info: ReferenceInfo, referenceType: string, index: ActionPlanIndexManager, from: URI): { messageId: string; message: string } {
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
    if (referenceType === 'Win') {
        hint = name.includes('.') ? '.' : ' in this team; write TEAM.WIN for a win of another team.';
    } else {
        const near = index.nearestName(from, referenceType, name, nearest);
        if (near) hint = `; did you mean '${near}'?`;
    }
    return { messageId: 'missing', message: formatMessage(messages.missing, { expected: expected.replace(/^an? /, ''), name, hint }) };
}
