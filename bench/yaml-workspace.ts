/**
 * The same content as YAML: every generated `.plan` is parsed once with the
 * language's own parser and written next to it as `.yaml` (same teams, wins,
 * people…; references become the names written in the plan). The YAML
 * workspace is what the YAML + ajv baseline checks against plan-yaml.schema.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, isAstNode, isReference, type AstNode } from 'langium';
import { stringify } from 'yaml';
import { createActionPlanCoreServices } from '../language/action-plan-module.js';
import { single } from '../language/single.js';

/** Top-level elements, grouped by kind under these keys. */
const TOP: Record<string, string> = { Partnership: 'partnerships', Business: 'businesses', Partner: 'partners', Person: 'people', Team: 'teams' };

export function planFiles(root: string, extension = '.plan'): string[] {
    const files: string[] = [];
    const walk = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
            } else if (entry.name.endsWith(extension)) files.push(full);
        }
    };
    walk(root);
    return files;
}

/**
 * Lines that are written once (`due`, `owner`, `launch`…) are lists in the
 * syntax tree, so that a repeated line can be reported; in YAML they are
 * the one value in force (language/single.ts).
 */
const SINGLE_VALUED = new Set(['industry', 'region', 'convener', 'launch', 'followUp', 'formed', 'joined', 'selectedBy', 'due', 'owner', 'impact', 'feasibility', 'status', 'assessment']);

function plain(value: unknown): unknown {
    if (isReference(value)) return value.$refText;
    if (Array.isArray(value)) return value.map(plain);
    if (isAstNode(value)) {
        const out: Record<string, unknown> = {};
        for (const [key, property] of Object.entries(value)) {
            if (key.startsWith('$')) continue;
            const converted = SINGLE_VALUED.has(key) && Array.isArray(property) ? plain(single(property)) : plain(property);
            if (converted === undefined || (Array.isArray(converted) && !converted.length)) continue;
            out[key] = converted;
        }
        return out;
    }
    return value;
}

/** The YAML document for one parsed plan. */
export function planToYaml(model: AstNode & { elements: AstNode[] }): string {
    const document: Record<string, unknown[]> = {};
    for (const element of model.elements) (document[TOP[element.$type]] ??= []).push(plain(element));
    return stringify(document, { lineWidth: 0 });
}

/** Write `X.yaml` next to every `X.plan` under `root`; returns the number of files written. */
export function writeYamlWorkspace(root: string): number {
    const parser = createActionPlanCoreServices(EmptyFileSystem).ActionPlan.parser.LangiumParser;
    const files = planFiles(root);
    for (const file of files) {
        const result = parser.parse(fs.readFileSync(file, 'utf8'));
        if (result.lexerErrors.length || result.parserErrors.length) {
            throw new Error(`${file} does not parse: ${[...result.lexerErrors, ...result.parserErrors].map(e => e.message).join('; ')}`);
        }
        fs.writeFileSync(file.replace(/\.plan$/, '.yaml'), planToYaml(result.value as AstNode & { elements: AstNode[] }));
    }
    return files.length;
}
