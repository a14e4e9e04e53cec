/**
 * The complete example of the language reference (spec/language.md, "A
 * complete example"), word for word, and the resolved model built from it as
 * the CLI would build it: the base of the model and rendering tests.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelOf } from '../../cli/model.js';
import { loadWorkspace } from '../../cli/workspace.js';
import { buildModel } from '../../language/model-builder.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { buildWorkspace, ROOT, type WorkspaceOptions } from '../helpers/workspace.js';

export const EXAMPLE_AS_OF = '2026-05-01';

export const EXAMPLE_FILES: Record<string, string> = {
    'partnership.plan': `// partnership.plan
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
}

business Ruiz "Ruiz Precision Machining"
business Vestas "Vestas Blades America"
partner LWC "Larimer Workforce Center" kind workforce
partner FRCC "Front Range Community College" kind education

person ana "Ana Ruiz" of Ruiz title "CEO"
person ben "Ben Okafor" of Vestas title "Plant manager"
person li "Li Chen" of FRCC title "Dean of Workforce Programs"
person raj "Raj Patel" of LWC
`,
    'teams/talent.plan': `// teams/talent.plan
team TalentTeam "Talent action team" for Talent {
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
        status achieved
        assessment "Four tours, 38 teachers; two schools asked for repeat visits"
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

    next win ToursFall "Make plant tours a fall routine in six plants" after Tours {
        due 2026-11-15
        owner ben
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
`,
};

/** The resolved model of some plan files, named relative to the workspace root as the CLI names them. */
export async function modelOfFiles(files: Record<string, string>, options: WorkspaceOptions = {}): Promise<ActionPlanModel> {
    const asOf = options.asOf ?? EXAMPLE_AS_OF;
    const workspace = await buildWorkspace(files, { ...options, asOf });
    const config = workspace.services.config.ConfigProvider;
    return buildModel([...workspace.documents.values()], {
        asOf,
        fileName: uri => path.relative(ROOT, uri.fsPath).split(path.sep).join('/'),
        firstWinWindow: document => config.forFile(document.uri.fsPath).rule('first-win-window').options,
    });
}

export function exampleModel(): Promise<ActionPlanModel> {
    return modelOfFiles(EXAMPLE_FILES);
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The model of a folder of the repository (a sample), as `actionplan render FOLDER` run from the repository builds it. */
export async function sampleModel(folder: string): Promise<ActionPlanModel> {
    const workspace = await loadWorkspace([folder], { cwd: REPO });
    return modelOf(workspace.services, workspace.documents, REPO);
}
