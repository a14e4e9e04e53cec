/**
 * Every rule, registered once. The config schema, the SARIF rule list, the
 * docs pages and the validator all read this table.
 */
import type { Rule, RuleMeta } from './rule.js';
import { businessAtCenter } from './business-at-center.js';
import { championEngaged } from './champion-engaged.js';
import { complementaryRoles } from './complementary-roles.js';
import { courseCorrection } from './course-correction.js';
import { dateOrder } from './date-order.js';
import { duplicateName } from './duplicate-name.js';
import { earlyWinsCount } from './early-wins-count.js';
import { firstStep } from './first-step.js';
import { firstWinWindow } from './first-win-window.js';
import { followUpWindow } from './follow-up-window.js';
import { honestAssessment } from './honest-assessment.js';
import { invalidDate } from './invalid-date.js';
import { justEnoughOrganization } from './just-enough-organization.js';
import { memberKind } from './member-kind.js';
import { nextWin } from './next-win.js';
import { noPlaceholder } from './no-placeholder.js';
import { partnersAfterFormation } from './partners-after-formation.js';
import { partnershipEssentials } from './partnership-essentials.js';
import { planReview } from './plan-review.js';
import { priorityHasTeam } from './priority-has-team.js';
import { responderCommits } from './responder-commits.js';
import { responderPluggedIn } from './responder-plugged-in.js';
import { responderSelected } from './responder-selected.js';
import { responderTraits } from './responder-traits.js';
import { successDefined } from './success-defined.js';
import { syntax } from './syntax.js';
import { unresolvedReference } from './unresolved-reference.js';
import { unusedSuppression } from './unused-suppression.js';
import { winCriteria } from './win-criteria.js';
import { winSpecific } from './win-specific.js';
import { winTimeline } from './win-timeline.js';

/** In the order of the catalogue: structural rules first, then the guide's. */
export const RULES: ReadonlyArray<Rule<any>> = [
    syntax,
    unresolvedReference,
    duplicateName,
    invalidDate,
    dateOrder,
    memberKind,
    followUpWindow,
    priorityHasTeam,
    successDefined,
    earlyWinsCount,
    winCriteria,
    winTimeline,
    firstWinWindow,
    firstStep,
    planReview,
    partnersAfterFormation,
    responderSelected,
    responderCommits,
    responderTraits,
    businessAtCenter,
    winSpecific,
    complementaryRoles,
    justEnoughOrganization,
    honestAssessment,
    nextWin,
    // Version 2.
    championEngaged,
    responderPluggedIn,
    courseCorrection,
    partnershipEssentials,
    noPlaceholder,
    unusedSuppression,
];

const BY_ID = new Map(RULES.map(rule => [rule.meta.id, rule]));

export function ruleById(id: string): Rule<any> | undefined {
    return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map(rule => rule.meta.id);

/** Not a rule of the catalogue: a rule that threw. Reported once per rule and file, the other rules still run. */
export const INTERNAL_ERROR = 'internal-error';

export function isStructural(ruleId: string): boolean {
    return BY_ID.get(ruleId)?.meta.structural ?? ruleId === INTERNAL_ERROR;
}

export type { Rule, RuleMeta };
export { docsUrl, REPOSITORY_URL } from './docs-url.js';
