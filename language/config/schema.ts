/**
 * `actionplan.config.json`: its schema, built from the rules' own metadata,
 * so a rule's options cannot exist without being validated and documented.
 */
import { z } from 'zod';
import { dateProblem } from '../dates.js';
import { RULES } from '../rules/index.js';
import { compileGlob } from './glob.js';
import { SEVERITY_SETTINGS, type Rule } from '../rules/rule.js';

export { CONFIG_FILE_NAME } from './file-name.js';

const severity = z.enum(SEVERITY_SETTINGS).describe('error, warning, info, hint or off');

export const dateSchema = z.string().superRefine((text, context) => {
    const problem = dateProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
}).describe('A date, YYYY-MM-DD');

export const globSchema = z.string().superRefine((glob, context) => {
    const problem = globProblem(glob);
    if (problem) context.addIssue({ code: 'custom', message: problem });
}).describe('A glob relative to the config file, e.g. "archive/**"');

function ruleSetting(rule: Rule<any>) {
    return z.union([severity, z.tuple([severity]), z.tuple([severity, rule.meta.options])])
        .describe(`${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`);
}

/** Structural rules are not in the schema: they are always errors. */
export const SETTABLE_RULES = RULES.filter(rule => !rule.meta.structural);

export const configSchema = z.strictObject({
    $schema: z.string().optional(),
    asOf: dateSchema.optional().describe('The as-of date for checks about the present (overdue wins).'),
    rules: z.strictObject(Object.fromEntries(SETTABLE_RULES.map(rule => [rule.meta.id, ruleSetting(rule).optional()])))
        .optional().describe('Severity, or [severity, options], per rule id.'),
    ignore: z.array(globSchema).optional().describe('Plan files to leave out, as globs relative to this file.'),
}).describe('Action Plans configuration');

export type ConfigFile = z.infer<typeof configSchema>;

export function globProblem(glob: string): string | undefined {
    if (glob.trim() === '') return 'a glob must not be empty';
    if (glob.includes('\0')) return 'a glob must not contain a NUL character';
    if (/^([a-zA-Z]:)?[\\/]/.test(glob)) return `'${glob}' is absolute; globs are relative to the config file`;
    if (glob.split('/').includes('..')) return `'${glob}' leaves the config file's folder; globs may not use '..'`;
    const compiled = compileGlob(glob);
    return 'problem' in compiled ? compiled.problem : undefined;
}
