/**
 * What every Action Plans language server does, whatever carries its
 * messages (Node IPC or stdio in main.ts, a web worker's messages in
 * browser.ts): the services over the host's file system, the custom requests
 * and settings; everything else is Langium's LSP plumbing.
 */
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { dateProblem } from '../language/dates.js';
import { createActionPlanServices, type ActionPlanServerContext, type ActionPlanServices } from './action-plan-services.js';
import { ConfigProblemsNotification, ModelChangedNotification, ModelRequest } from './protocol.js';
import type { ActionPlanDocumentUpdateHandler } from './update-handler.js';

/** How the server reads files and configs: the disk (main.ts), or through the client (browser.ts). */
export type ServerHost = Pick<ActionPlanServerContext, 'fileSystemProvider' | 'configReader'>;

export function startActionPlanServer(connection: Connection, host: ServerHost): ActionPlanServices {
    const { shared, ActionPlan } = createActionPlanServices({ connection, ...host });
    const models = ActionPlan.server.Models;
    connection.onRequest(ModelRequest, params => models.modelFor(params.uri));
    models.onChange(folders => void connection.sendNotification(ModelChangedNotification, { folders }));
    watchSettings(ActionPlan);
    reportConfigProblems(ActionPlan, connection);
    startLanguageServer(shared);
    // Langium's parsers are built on first use (language/parser.ts): once the workspace is loaded, build them
    // while the user reads, so the first file opened or completed does not wait for them.
    void shared.workspace.WorkspaceManager.ready.then(() => setTimeout(() => {
        ActionPlan.parser.LangiumParser.parse('');
        ActionPlan.parser.CompletionParser.parse('');
    }, 50));
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
