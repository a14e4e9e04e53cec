/**
 * The language server process: over stdio (`actionplan lsp --stdio`) or Node
 * IPC (the VS Code client). Wires the custom requests and settings to the
 * services; everything else is Langium's LSP plumbing.
 */
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node.js';
import { dateProblem } from '../language/dates.js';
import { createActionPlanServices, type ActionPlanServices } from './action-plan-services.js';
import { ActionPlanFileSystemProvider } from './file-system.js';
import { ConfigProblemsNotification, ModelChangedNotification, ModelRequest } from './protocol.js';
import type { ActionPlanDocumentUpdateHandler } from './update-handler.js';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): ActionPlanServices {
    const { shared, ActionPlan } = createActionPlanServices({ connection, fileSystemProvider: () => new ActionPlanFileSystemProvider() });
    const models = ActionPlan.server.Models;
    connection.onRequest(ModelRequest, params => models.modelFor(params.uri));
    models.onChange(folders => void connection.sendNotification(ModelChangedNotification, { folders }));
    watchSettings(ActionPlan);
    reportConfigProblems(ActionPlan, connection);
    startLanguageServer(shared);
    return ActionPlan;
}

/** `actionplan.asOf` from the editor's settings: a changed value re-checks every plan. */
function watchSettings(services: ActionPlanServices): void {
    const shared = services.shared;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'actionplan') return;
        const asOf = typeof update.configuration?.asOf === 'string' && update.configuration.asOf.trim() ? update.configuration.asOf.trim() : undefined;
        const valid = asOf && !dateProblem(asOf) ? asOf : undefined;
        const config = services.config.ConfigProvider;
        if (config.settings.asOf === valid) return;
        config.settings = { ...config.settings, asOf: valid };
        void shared.workspace.WorkspaceManager.ready.then(() => {
            const all = shared.workspace.LangiumDocuments.all.toArray();
            return shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(all, { validation: true }, token));
        });
    });
}

/** Config problems go to the client once per distinct set (after start-up and after each config change). */
function reportConfigProblems(services: ActionPlanServices, connection: Connection): void {
    let last = '';
    const report = () => {
        const problems = services.config.ConfigProvider.problems;
        const signature = JSON.stringify(problems);
        if (signature === last) return;
        last = signature;
        void connection.sendNotification(ConfigProblemsNotification, { problems });
        for (const problem of problems) connection.console.warn(`Action Plans: ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.field ? `${problem.field}: ` : ''}${problem.message} (the defaults are used)`);
    };
    services.server.Models.onChange(report);
    (services.shared.lsp.DocumentUpdateHandler as ActionPlanDocumentUpdateHandler).onConfigReload = () => { last = ''; };
}
