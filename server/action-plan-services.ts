/**
 * The language server's services: the language module of language/ plus the
 * LSP providers and the server's workspace handling. The same factory serves
 * the server process, `actionplan lsp` and the LSP tests.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { actionPlanModule, ActionPlanSharedModule, type ActionPlanAddedServices, type ActionPlanContext } from '../language/action-plan-module.js';
import { ActionPlanGeneratedModule, ActionPlanGeneratedSharedModule } from '../language/generated/module.js';
import { ActionPlanCodeActionProvider } from './code-actions.js';
import { ActionPlanCodeLensProvider } from './code-lens.js';
import { ActionPlanCompletionProvider } from './completion.js';
import { ActionPlanDocumentBuilder } from './document-builder.js';
import { ActionPlanDocumentSymbolProvider } from './document-symbols.js';
import { ActionPlanFormatter } from './formatter.js';
import { ActionPlanHoverProvider } from './hover.js';
import { ActionPlanInlayHintProvider } from './inlay-hints.js';
import { ModelService } from './model-service.js';
import { ActionPlanRenameProvider } from './rename.js';
import { ActionPlanSemanticTokenProvider } from './semantic-tokens.js';
import { ActionPlanDocumentUpdateHandler } from './update-handler.js';
import { ActionPlanWorkspaceManager } from './workspace-manager.js';
import { ActionPlanWorkspaceSymbolProvider } from './workspace-symbols.js';
import { limitDocumentSize, SizeLimitedDocumentFactory } from './size-limit.js';

export interface ActionPlanServerAddedServices {
    server: {
        Models: ModelService;
    };
}

export type ActionPlanServices = LangiumServices & ActionPlanAddedServices & ActionPlanServerAddedServices;

export type ActionPlanServerContext = DefaultSharedModuleContext & ActionPlanContext;

const ActionPlanLspModule: Module<ActionPlanServices, PartialLangiumServices & ActionPlanServerAddedServices> = {
    lsp: {
        CodeActionProvider: services => new ActionPlanCodeActionProvider(services.shared.workspace.FileSystemProvider),
        CompletionProvider: services => new ActionPlanCompletionProvider(services),
        HoverProvider: services => new ActionPlanHoverProvider(services),
        RenameProvider: services => new ActionPlanRenameProvider(services),
        DocumentSymbolProvider: () => new ActionPlanDocumentSymbolProvider(),
        SemanticTokenProvider: services => new ActionPlanSemanticTokenProvider(services),
        CodeLensProvider: services => new ActionPlanCodeLensProvider(services),
        InlayHintProvider: () => new ActionPlanInlayHintProvider(),
        Formatter: services => new ActionPlanFormatter(services),
    },
    server: {
        Models: services => new ModelService(services),
    },
};

const ActionPlanSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new ActionPlanDocumentBuilder(services),
        WorkspaceManager: services => new ActionPlanWorkspaceManager(services),
        LangiumDocumentFactory: services => new SizeLimitedDocumentFactory(services),
    },
    lsp: {
        DocumentUpdateHandler: services => new ActionPlanDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new ActionPlanWorkspaceSymbolProvider(services),
    },
};

export function createActionPlanServices(context: ActionPlanServerContext): { shared: LangiumSharedServices; ActionPlan: ActionPlanServices } {
    const shared = inject(createDefaultSharedModule(context), ActionPlanGeneratedSharedModule, ActionPlanSharedModule, ActionPlanSharedLspModule);
    const ActionPlan = inject(
        createDefaultModule({ shared }),
        ActionPlanGeneratedModule,
        actionPlanModule(context) as Module<ActionPlanServices, PartialLangiumServices & ActionPlanAddedServices>,
        ActionPlanLspModule,
    );
    shared.ServiceRegistry.register(ActionPlan);
    limitDocumentSize(ActionPlan);
    const config = ActionPlan.config.ConfigProvider;
    (shared.workspace.WorkspaceManager as ActionPlanWorkspaceManager).config = config;
    (shared.lsp.DocumentUpdateHandler as ActionPlanDocumentUpdateHandler).config = config;
    return { shared, ActionPlan };
}
