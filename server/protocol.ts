/**
 * The custom messages between the VS Code client and the language server,
 * declared once and imported by both sides.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ActionPlanModel } from '../language/model/schema.js';

export interface ModelParams {
    /** A plan file: the model is that of the workspace folder holding it. */
    uri: string;
}

export interface ModelResult {
    model: ActionPlanModel;
    /** The workspace folder the model covers. */
    folder: string;
}

/** The resolved model for the preview and the exports. */
export const ModelRequest = new RequestType<ModelParams, ModelResult | null, void>('actionplan/model');

export interface ModelChangedParams {
    /** Workspace folders whose model changed. */
    folders: string[];
}

/** Sent after a build changed any document's diagnostics or content. */
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('actionplan/modelChanged');

/** Config problems, one message each, shown once per change of the config. */
export interface ConfigProblemsParams {
    problems: Array<{ file: string; line?: number; field: string; message: string }>;
}
export const ConfigProblemsNotification = new NotificationType<ConfigProblemsParams>('actionplan/configProblems');

/** A client command, not a message: the code action "Show documentation for RULE" runs it with the rule id as its argument. */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'actionplan.showRuleDocumentation';
