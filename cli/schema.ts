/** `actionplan schema [model|config]`: the JSON Schema, drawn from the zod schemas in the code. */
import { z } from 'zod';
import { configSchema } from '../language/config/schema.js';
import { modelJsonSchema } from '../language/model/schema.js';

export const SCHEMA_KINDS = ['model', 'config'] as const;

export function configJsonSchema(): object {
    return {
        $id: 'https://github.com/action-plans/actionplan/schemas/actionplan.config.schema.json',
        ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
        // VS Code's JSON editor: the config is JSON with comments, and a trailing comma is read too (language/config/parse.ts).
        allowComments: true,
        allowTrailingCommas: true,
    };
}

export function runSchema(kind: (typeof SCHEMA_KINDS)[number]): void {
    const schema = { model: modelJsonSchema, config: configJsonSchema }[kind]();
    process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
}
