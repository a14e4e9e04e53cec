/** Links to the rules' pages. Kept apart from the rule table, so the VS Code client can use it without the checker. */
import { VERSION } from '../version.js';

export const REPOSITORY_URL = 'https://github.com/action-plans/actionplan';

/**
 * The rule's page as it was in the release that reports it (the tag `v<version>`),
 * not as it is on the main branch: a rule changed or renamed later keeps its
 * old page at its old link. Diagnostics, SARIF and pull request comments all use it.
 */
export function docsUrl(ruleId: string, version: string = VERSION): string {
    return `${REPOSITORY_URL}/blob/v${version}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
