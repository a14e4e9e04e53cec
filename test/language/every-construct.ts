/** A workspace that writes every construct of language.md at least once: parsing.test.ts reads it back. */

export const PARTNERSHIP = `// partnership.plan
partnership NoCoMfg "Northern Colorado Manufacturing Partnership" {
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
    priority Drafting "A priority still being drafted" { }
    priority Bare "A priority without a body"
}

business Ruiz "Ruiz Precision Machining"
business Vestas "Vestas Blades America"
partner LWC "Larimer Workforce Center" kind workforce
partner FRCC "Front Range Community College" kind education
partner NoCoEDC "Economic development council" kind economic-development
partner County "Larimer County" kind government
partner Hub "Maker Hub" kind nonprofit
partner Misc "Someone else" kind other

person ana "Ana Ruiz" of Ruiz title "CEO"
person ben "Ben Okafor" of Vestas title "Plant manager"
person li "Li Chen" of FRCC title "Dean of Workforce Programs"
person raj "Raj Patel" of LWC
`;

export const TEAM = `// teams/talent.plan
team TalentTeam "Talent action team" for Talent {
    formed 2026-03-27
    champion ana
    champion ben

    responder li {
        joined 2026-04-15
        selected-by convener
        commits in-kind "Instructor time for plant tours"
        commits policy "Credit for prior learning for apprentices"
        commits financial "Tuition for two cohorts"
        traits resources, business-centered, toolkit, collaborative
    }
    responder raj { selected-by volunteered }
    responder raj { selected-by representative }
    responder raj

    success "Regional employers fill most technician openings from local programs" {
        measure "Share of technician hires from regional programs" target "60%" by 2027-06-30
        measure "Openings filled"
        measure "Teachers reached" target "40"
        measure "Pathway map published" by 2027-02-28
    }
    success "A success without a body"
    success "A success with an empty body" { }

    first win Tours "Host teacher tours in four plants" {
        due 2026-06-10
        owner ben
        support LWC "Recruits teachers from three districts"
        status achieved
        assessment "Four tours, 38 teachers; two schools asked for repeat visits"
    }

    early win Apprenticeship "Launch a shared apprenticeship pilot with three plants" {
        due 2026-09-30
        impact high
        feasibility medium
        owner ana
        support li "Adapts the machining curriculum" gives in-kind
        support Ruiz "Hosts the pilot" gives financial
        support raj "Lobbies the county" gives policy
        status in-progress
    }

    early win Pathways "Publish one regional map of technician career pathways" {
        impact low feasibility low
        requires new-funding
        requires outside-region
        status planned
    }
    early win Missed "A win that was missed" { status missed }
    early win Dropped "A win that was dropped" { status dropped }
    early win Empty "A win without a body"

    next win ToursFall "Make plant tours a fall routine in six plants" after Tours {
        due 2026-11-15
        owner ben
    }

    first step "Ana convenes HR leads to list the five hardest-to-fill roles" {
        owner ana
        due 2026-04-10
    }
    first step "A step without a body"
    involve "HR leads from six plants"
    involve LWC, FRCC, ana

    review 2026-04-20 by ana, ben status approved
    review 2026-04-21 by ana status changes-requested
    review 2026-04-22 by ben status pending

    organize "Monthly team call" kind meeting
    organize "Curriculum group" kind working-group on 2026-05-01
    organize "Steering" kind committee
    organize "Charter" kind charter
    organize "Bylaws" kind bylaws
    organize "A coordinator" kind staff
    organize "A pooled fund" kind fund
    organize "A nonprofit" kind incorporation on 2027-01-15
}
`;
