/**
 * A complete plan that passes every rule, written with holes that tests fill:
 * each rule test changes one thing and checks exactly what fires.
 */

export interface PlanParts {
    launch?: string;
    followUp?: string;
    formed?: string;
    /** Lines added inside the team body. */
    team?: string;
    /** Replaces the whole responder block. */
    responder?: string;
    /** Replaces the first win block. */
    firstWin?: string;
    /** Replaces the two early win blocks. */
    earlyWins?: string;
    /** Replaces the review line. */
    review?: string;
    /** Lines added at the end of partnership.plan. */
    extra?: string;
}

export const PARTNERSHIP_FILE = 'partnership.plan';
export const TEAM_FILE = 'teams/talent.plan';

export function partnershipPlan(parts: PlanParts = {}): string {
    return `partnership NoCoMfg "Northern Colorado Manufacturing Partnership" {
    industry "Advanced manufacturing"
    region "Larimer and Weld counties, Colorado"
    convener LWC
    launch ${parts.launch ?? '2026-03-04'}

    priority Talent "Build the technician talent pipeline" {
        follow-up ${parts.followUp ?? '2026-03-27'}
    }
}

business Ruiz "Ruiz Precision Machining"
business Vestas "Vestas Blades America"
partner LWC "Larimer Workforce Center" kind workforce
partner FRCC "Front Range Community College" kind education

person ana "Ana Ruiz" of Ruiz title "CEO"
person ben "Ben Okafor" of Vestas title "Plant manager"
person li "Li Chen" of FRCC title "Dean of Workforce Programs"
person raj "Raj Patel" of LWC
${parts.extra ?? ''}`;
}

export const DEFAULT_RESPONDER = `    responder li {
        joined 2026-04-15
        selected-by convener
        commits in-kind "Instructor time for plant tours"
        traits resources, business-centered, toolkit, collaborative
    }`;

export const DEFAULT_FIRST_WIN = `    first win Tours "Host teacher tours in four plants" {
        due 2026-06-10
        owner ben
        support LWC "Recruits teachers from three districts"
    }`;

export const DEFAULT_EARLY_WINS = `    early win Apprenticeship "Launch a shared apprenticeship pilot" {
        due 2026-09-30
        impact high
        feasibility medium
        owner ana
        support li "Adapts the machining curriculum" gives in-kind
    }

    early win Pathways "Publish one regional map of career pathways" {
        due 2027-02-28
        impact medium
        feasibility high
        owner ben
        support raj "Collects wage and openings data" gives in-kind
    }`;

export function teamPlan(parts: PlanParts = {}): string {
    return `team TalentTeam "Talent action team" for Talent {
${parts.formed === undefined ? '    formed 2026-03-27' : parts.formed ? `    formed ${parts.formed}` : ''}
    champion ana
    champion ben

${parts.responder ?? DEFAULT_RESPONDER}

    success "Regional employers fill most technician openings from local programs" {
        measure "Share of technician hires from regional programs" target "60%" by 2027-06-30
    }

${parts.firstWin ?? DEFAULT_FIRST_WIN}

${parts.earlyWins ?? DEFAULT_EARLY_WINS}

    first step "Ana convenes HR leads to list the hardest-to-fill roles" {
        owner ana
        due 2026-04-10
    }
    involve "HR leads from six plants"

${parts.review ?? '    review 2026-04-20 by ana, ben status approved'}
${parts.team ?? ''}
}
`;
}

/** The two files of a passing workspace, with the parts changed. */
export function planFiles(parts: PlanParts = {}): Record<string, string> {
    return { [PARTNERSHIP_FILE]: partnershipPlan(parts), [TEAM_FILE]: teamPlan(parts) };
}
