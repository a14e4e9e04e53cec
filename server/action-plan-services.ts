/**
 * The language server's services: the language module of language/ plus the
 * LSP providers. The same factory serves the server process, `actionplan lsp`
 * and the LSP tests.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { actionPlanModule, ActionPlanSharedModule, type ActionPlanAddedServices, type ActionPlanContext } from '../language/action-plan-module.js';
import { ActionPlanGeneratedModule, ActionPlanGeneratedSharedModule } from '../language/generated/module.js';

export type ActionPlanServices = LangiumServices & ActionPlanAddedServices;

export type ActionPlanServerContext = DefaultSharedModuleContext & ActionPlanContext;

const ActionPlanLspModule: Module<ActionPlanServices, PartialLangiumServices> = {};

export function createActionPlanServices(context: ActionPlanServerContext): { shared: LangiumSharedServices; ActionPlan: ActionPlanServices } {
    const shared = inject(createDefaultSharedModule(context), ActionPlanGeneratedSharedModule, ActionPlanSharedModule);
    const ActionPlan = inject(
        createDefaultModule({ shared }),
        ActionPlanGeneratedModule,
        actionPlanModule(context) as Module<ActionPlanServices, PartialLangiumServices & ActionPlanAddedServices>,
        ActionPlanLspModule,
    );
    shared.ServiceRegistry.register(ActionPlan);
    return { shared, ActionPlan };
}
