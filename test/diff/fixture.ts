/**
 * The plans the diff tests start from: language.md's complete example, split
 * over three files the way a partnership keeps them, read as of 2026-05-01.
 * It has a few diagnostics of its own (the Supply priority has no team yet),
 * so the tests see diagnostics that stay, as well as new and resolved ones.
 */
export const CONFIG = `{
    "asOf": "2026-05-01"
}
`;

export const PARTNERSHIP = `partnership NoCoMfg "Northern Colorado Manufacturing Partnership" {
    industry "Advanced manufacturing"
    region "Larimer and Weld counties, Colorado"
    convener LWC
    launch 2026-03-04

    priority Talent "Build the technician talent pipeline" {
        follow-up 2026-03-27
    }
    priority Supply "Buy more from regional suppliers" {
        follow-up 2026-03-30
    }
}

business Ruiz "Ruiz Precision Machining"
business Vestas "Vestas Blades America"
partner LWC "Larimer Workforce Center" kind workforce
partner FRCC "Front Range Community College" kind education
`;

export const PEOPLE = `person ana "Ana Ruiz" of Ruiz title "CEO"
person ben "Ben Okafor" of Vestas title "Plant manager"
person li "Li Chen" of FRCC title "Dean of Workforce Programs"
person raj "Raj Patel" of LWC
`;

export const TALENT = `team TalentTeam "Talent action team" for Talent {
    formed 2026-03-27
    champion ana
    champion ben

    responder li {
        joined 2026-04-15
        selected-by convener
        commits in-kind "Instructor time for plant tours"
        commits policy "Credit for prior learning for apprentices"
        traits resources, business-centered, toolkit, collaborative
    }

    success "Regional employers fill most technician openings from local programs" {
        measure "Share of technician hires from regional programs" target "60%" by 2027-06-30
    }

    first win Tours "Host teacher tours in four plants" {
        due 2026-06-10
        owner ben
        support LWC "Recruits teachers from three districts"
    }

    early win Apprenticeship "Launch a shared apprenticeship pilot with three plants" {
        due 2026-09-30
        impact high
        feasibility medium
        owner ana
        support li "Adapts the machining curriculum" gives in-kind
        status in-progress
    }

    early win Pathways "Publish one regional map of technician career pathways" {
        due 2027-02-28
        impact medium
        feasibility high
        owner ben
        support raj "Collects wage and openings data" gives in-kind
    }

    first step "Ana convenes HR leads to list the five hardest-to-fill roles" {
        owner ana
        due 2026-04-10
    }
    involve "HR leads from six plants"
    involve LWC, FRCC

    review 2026-04-20 by ana, ben status approved

    organize "Monthly team call" kind meeting
}
`;

/** A team for the Supply priority, for the commit that adds a team. */
export const SUPPLY = `team SupplyTeam "Supplier action team" for Supply {
    formed 2026-03-30
    champion ben

    responder raj {
        joined 2026-04-02
        selected-by convener
        commits in-kind "Maps the region's machining suppliers"
        traits resources, business-centered, toolkit, collaborative
    }

    success "Member plants buy more parts from regional suppliers" {
        measure "Share of machined parts bought in the region" target "40%" by 2027-12-31
    }

    first win SupplierFair "Hold one supplier fair for the member plants" {
        due 2026-06-15
        owner ben
        support raj "Invites the suppliers"
    }

    early win SharedList "Publish one shared list of qualified regional suppliers" {
        due 2026-10-30
        impact high
        feasibility high
        owner ben
        support LWC "Hosts the list" gives in-kind
    }

    early win JointOrder "Place one joint order for cutting tools" {
        due 2027-01-29
        impact medium
        feasibility medium
        owner ben
        support raj "Collects the plants' tool needs" gives in-kind
    }

    first step "Ben lists the parts each plant buys outside the region" {
        owner ben
        due 2026-04-10
    }
    involve "Purchasing managers of the member plants"

    review 2026-04-20 by ben status approved
}
`;

export const BASE_FILES: Record<string, string> = {
    'actionplan.config.json': CONFIG,
    'partnership.plan': PARTNERSHIP,
    'people.plan': PEOPLE,
    'teams/talent.plan': TALENT,
};
