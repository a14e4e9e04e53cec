/**
 * The read-and-tokenize lower bound, run as its own process (bundled by
 * baseline.ts): find every `.plan` under a folder, read it and tokenize it
 * with the language's own lexer (no parsing, linking or validation). No check
 * of these files can take less than this.
 *
 * Usage: node tokenize.cjs FOLDER
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createActionPlanCoreServices } from '../../language/action-plan-module.js';

const root = path.resolve(process.argv[2] ?? '.');
const lexer = createActionPlanCoreServices(EmptyFileSystem).ActionPlan.parser.Lexer;
let files = 0;
let tokens = 0;
let errors = 0;
const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'node_modules' && entry.name !== '.git') walk(full);
        } else if (entry.name.endsWith('.plan')) {
            const result = lexer.tokenize(fs.readFileSync(full, 'utf8'));
            files++;
            tokens += result.tokens.length;
            errors += result.errors.length;
        }
    }
};
walk(root);
process.stdout.write(`${JSON.stringify({ files, tokens, errors })}\n`);
