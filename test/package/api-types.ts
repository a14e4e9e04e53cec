/**
 * The published types of the Node API (api/actionplan.d.ts, written by hand so they stand alone) are the
 * implementation's types: a field added, dropped or changed on either side fails `npm run typecheck` here.
 * scripts/package/test-package.mjs also compiles this file on its own.
 */
import type * as published from '../../api/actionplan.js';
import type * as api from '../../api/index.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import type { CheckReport, FileDiagnostic } from '../../cli/report.js';

/** true when A and B are the same type, property by property, optional or not. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
/** Also compares the members of nested objects and arrays, where Equal could be fooled by how a type is spelt. */
type DeepEqual<A, B> = Equal<Normal<A>, Normal<B>>;
type Normal<T> = T extends readonly (infer E)[] ? Normal<E>[] : T extends object ? { [K in keyof T]: Normal<T[K]> } : T;

function same<A, B>(verdict: DeepEqual<A, B>): DeepEqual<A, B> {
    return verdict;
}

export const verdicts = [
    same<published.CheckReport, CheckReport>(true),
    same<published.FileDiagnostic, FileDiagnostic>(true),
    same<published.ActionPlanModel, ActionPlanModel>(true),
    same<published.CheckOptions, api.CheckOptions>(true),
    same<published.RenderOptions, api.RenderOptions>(true),
    same<typeof published.check, typeof api.check>(true),
    same<typeof published.render, typeof api.render>(true),
    same<typeof published.version, typeof api.version>(true),
    same<InstanceType<typeof published.ActionPlanError>, InstanceType<typeof api.ActionPlanError>>(true),
    same<ConstructorParameters<typeof published.ActionPlanError>, ConstructorParameters<typeof api.ActionPlanError>>(true),
];
