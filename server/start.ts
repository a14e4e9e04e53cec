/**
 * What every Action Plans language server does, whatever carries its
 * messages (Node IPC or stdio in main.ts, a web worker's messages in
 * browser.ts): the services over the host's file system, the custom requests
 * and settings; everything else is Langium's LSP plumbing.
 */
import { DocumentState } from 'langium';
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
    // After the first build (`ready` comes when the files are read, before they are checked): never in its way.
    void shared.workspace.WorkspaceManager.ready
        .then(() => shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated))
        .then(() => setTimeout(() => warmUpParsers(ActionPlan), 50), () => undefined);
    return ActionPlan;
}

/** How many of the workspace's texts Langium's parser reads, unused, after start-up. */
const WARM_UP_TEXTS = 40;

/**
 * Langium's parsers are built on first use (language/parser.ts), and the fast
 * path reads most files of a workspace, so after start-up they have not run:
 * the first edits would run them cold (half again as slow). Once the workspace
 * is loaded, build them and have them read some of its texts, one per tick,
 * while the user reads.
 */
function warmUpParsers(services: ActionPlanServices): void {
    services.parser.CompletionParser.parse('');
    const texts = services.shared.workspace.LangiumDocuments.all
        .map(document => document.parseResult.value.$cstNode?.root.fullText)
        .filter((text): text is string => text !== undefined)
        .limit(WARM_UP_TEXTS)
        .toArray();
    const next = (rest: string[]) => {
        if (rest.length === 0) return;
        services.parser.LangiumParser.parse(rest[0]);
        setTimeout(() => next(rest.slice(1)), 0);
    };
    next(texts);
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
