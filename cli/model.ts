/** The resolved model of the plans under some paths, as the CLI names files (relative to the current folder). */
import type { LangiumDocument } from 'langium';
import { buildModel } from '../language/model-builder.js';
import type { ActionPlanModel } from '../language/model/schema.js';
import type { ActionPlanCoreServices } from '../language/action-plan-module.js';
import { displayPath } from './report.js';

export function modelOf(services: ActionPlanCoreServices, documents: LangiumDocument[], cwd: string, asOf?: string): ActionPlanModel {
    const config = services.config.ConfigProvider;
    const first = documents[0]?.uri.fsPath ?? `${cwd}/x.plan`;
    return buildModel(documents, {
        asOf: asOf ?? config.forFile(first).asOf,
        fileName: uri => displayPath(uri.fsPath, cwd),
        firstWinWindow: document => config.forFile(document.uri.fsPath).rule('first-win-window').options,
    });
}
