/**
 * The language's services. `ActionPlanModule` holds what the language adds to
 * Langium; `createActionPlanCoreServices` builds the core set the CLI and the
 * rule tests use. The language server adds its LSP providers on top of the
 * same module (server/action-plan-services.ts).
 */
import {
    createCompletionParser, createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { ConfigProvider, nodeConfigReader, type ConfigReader } from './config/provider.js';
import { ActionPlanDocumentFactory } from './fast/document-factory.js';
import { ActionPlanGeneratedModule, ActionPlanGeneratedSharedModule } from './generated/module.js';
import { ActionPlanLexer, ActionPlanTokenBuilder } from './lexer.js';
import { withLineKeywords, withLineStructure } from './line-structure.js';
import { ActionPlanLinker } from './linker.js';
import { builtOnFirstUse, createActionPlanParser } from './parser.js';
import { ActionPlanDescriptionProvider, ActionPlanNameProvider, ActionPlanScopeComputation, ActionPlanScopeProvider, ActionPlanValueConverter } from './scoping.js';
import { ActionPlanDocumentValidator } from './validation/document-validator.js';
import { ActionPlanIndexManager } from './workspace/index-manager.js';
import { ActionPlanReferenceDescriptionProvider } from './workspace/reference-descriptions.js';

export interface ActionPlanAddedServices {
    config: {
        ConfigProvider: ConfigProvider;
    };
}

export type ActionPlanCoreServices = LangiumCoreServices & ActionPlanAddedServices;

export interface ActionPlanContext extends DefaultSharedCoreModuleContext {
    /** How config files are read; tests pass a map, the CLI and server the file system. */
    configReader?: ConfigReader;
}

export function actionPlanModule(context: ActionPlanContext): Module<ActionPlanCoreServices, PartialLangiumCoreServices & ActionPlanAddedServices> {
    return {
        config: {
            ConfigProvider: () => new ConfigProvider(context.configReader ?? nodeConfigReader),
        },
        parser: {
            ValueConverter: () => new ActionPlanValueConverter(),
            TokenBuilder: () => withLineKeywords(new ActionPlanTokenBuilder()),
            Lexer: services => withLineStructure(new ActionPlanLexer(services)),
            LangiumParser: services => builtOnFirstUse(() => createActionPlanParser(services)),
            CompletionParser: services => builtOnFirstUse(() => createCompletionParser(services)),
        },
        references: {
            Linker: services => new ActionPlanLinker(services),
            NameProvider: () => new ActionPlanNameProvider(),
            ScopeComputation: services => new ActionPlanScopeComputation(services),
            ScopeProvider: services => new ActionPlanScopeProvider(services),
        },
        workspace: {
            AstNodeDescriptionProvider: services => new ActionPlanDescriptionProvider(services),
            ReferenceDescriptionProvider: services => new ActionPlanReferenceDescriptionProvider(services),
        },
        validation: {
            DocumentValidator: services => new ActionPlanDocumentValidator({
                config: services.config.ConfigProvider,
                index: services.shared.workspace.IndexManager as ActionPlanIndexManager,
                reflection: services.shared.AstReflection,
            }),
        },
    };
}

export const ActionPlanSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        IndexManager: services => new ActionPlanIndexManager(services),
        LangiumDocumentFactory: services => new ActionPlanDocumentFactory(services),
    },
};

/** The core services: parse, link, validate. No LSP providers. */
export function createActionPlanCoreServices(context: ActionPlanContext): { shared: LangiumSharedCoreServices; ActionPlan: ActionPlanCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), ActionPlanGeneratedSharedModule, ActionPlanSharedModule);
    const ActionPlan = inject(createDefaultCoreModule({ shared }), ActionPlanGeneratedModule, actionPlanModule(context));
    shared.ServiceRegistry.register(ActionPlan);
    return { shared, ActionPlan };
}
