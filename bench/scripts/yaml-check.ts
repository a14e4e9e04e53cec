/**
 * The YAML + ajv baseline, run as its own process (bundled by baseline.ts):
 * read every `.yaml` under a folder, parse it with `yaml`, validate it with
 * an ajv-compiled JSON Schema, then resolve every reference by name across
 * the workspace, as the plan checker does (global names; a win is `TEAM.WIN`
 * elsewhere and its own name inside its team; duplicate names), and print a
 * JSON report.
 *
 * Usage: node yaml-check.cjs FOLDER
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import schema from '../plan-yaml.schema.json' with { type: 'json' };

interface Diagnostic { file: string; path: string; code: string; message: string }
type Kind = 'Partnership' | 'Priority' | 'Business' | 'Partner' | 'Person' | 'Team' | 'Win';
interface Declared { kind: Kind; file: string }
type Node = Record<string, any>;

const ORG: Kind[] = ['Business', 'Partner'];
const PARTY: Kind[] = ['Business', 'Partner', 'Person'];

function yamlFiles(root: string): string[] {
    const files: string[] = [];
    const walk = (folder: string) => {
        const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of entries) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && entry.name !== '.git') walk(full);
            } else if (entry.name.endsWith('.yaml')) files.push(full);
        }
    };
    walk(root);
    return files;
}

function main(): void {
    const root = path.resolve(process.argv[2] ?? '.');
    // `.default`: the CommonJS packages seen from an ES module (both also set `.default` on themselves).
    const ajv = new Ajv.default({ allErrors: true });
    addFormats.default(ajv, ['date']);
    const validate = ajv.compile(schema);
    const diagnostics: Diagnostic[] = [];
    const documents: Array<{ file: string; data: Node }> = [];

    const files = yamlFiles(root);
    for (const file of files) {
        const relative = path.relative(root, file);
        const document = parseDocument(fs.readFileSync(file, 'utf8'));
        for (const error of document.errors) diagnostics.push({ file: relative, path: '', code: 'syntax', message: error.message });
        const data = document.toJS() as Node;
        if (!validate(data)) {
            for (const error of validate.errors ?? []) diagnostics.push({ file: relative, path: error.instancePath, code: 'schema', message: error.message ?? 'invalid' });
            continue;
        }
        documents.push({ file: relative, data: data ?? {} });
    }

    // Names: global, except wins (TEAM.WIN globally, WIN inside the team).
    const names = new Map<string, Declared>();
    const declare = (name: string, kind: Kind, file: string, at: string) => {
        const before = names.get(name);
        if (before) diagnostics.push({ file, path: at, code: 'duplicate-name', message: `${name} is also declared in ${before.file}` });
        else names.set(name, { kind, file });
    };
    for (const { file, data } of documents) {
        data.partnerships?.forEach((p: Node, i: number) => {
            declare(p.name, 'Partnership', file, `/partnerships/${i}`);
            p.priorities?.forEach((q: Node, j: number) => declare(q.name, 'Priority', file, `/partnerships/${i}/priorities/${j}`));
        });
        data.businesses?.forEach((b: Node, i: number) => declare(b.name, 'Business', file, `/businesses/${i}`));
        data.partners?.forEach((b: Node, i: number) => declare(b.name, 'Partner', file, `/partners/${i}`));
        data.people?.forEach((b: Node, i: number) => declare(b.name, 'Person', file, `/people/${i}`));
        data.teams?.forEach((t: Node, i: number) => {
            declare(t.name, 'Team', file, `/teams/${i}`);
            t.wins?.forEach((w: Node, j: number) => declare(`${t.name}.${w.name}`, 'Win', file, `/teams/${i}/wins/${j}`));
        });
    }

    for (const { file, data } of documents) {
        const ref = (name: string | undefined, kinds: Kind[], at: string, local?: Set<string>) => {
            if (name === undefined || local?.has(name)) return;
            const found = names.get(name);
            if (!found) diagnostics.push({ file, path: at, code: 'unresolved-reference', message: `${kinds.join(' or ')} '${name}' not found` });
            else if (!kinds.includes(found.kind)) diagnostics.push({ file, path: at, code: 'unresolved-reference', message: `'${name}' is a ${found.kind}, not a ${kinds.join(' or ')}` });
        };
        data.partnerships?.forEach((p: Node, i: number) => ref(p.convener, ORG, `/partnerships/${i}/convener`));
        data.people?.forEach((p: Node, i: number) => ref(p.org, ORG, `/people/${i}/org`));
        data.teams?.forEach((t: Node, i: number) => {
            const at = `/teams/${i}`;
            const wins = new Set<string>((t.wins ?? []).map((w: Node) => w.name));
            ref(t.priority, ['Priority'], `${at}/priority`);
            t.champions?.forEach((c: Node, j: number) => ref(c.person, ['Person'], `${at}/champions/${j}`));
            t.responders?.forEach((r: Node, j: number) => ref(r.person, ['Person'], `${at}/responders/${j}`));
            t.wins?.forEach((w: Node, j: number) => {
                ref(w.after, ['Win'], `${at}/wins/${j}/after`, wins);
                ref(w.owner, ['Person'], `${at}/wins/${j}/owner`);
                w.supports?.forEach((s: Node, k: number) => ref(s.party, PARTY, `${at}/wins/${j}/supports/${k}`));
            });
            t.firstSteps?.forEach((s: Node, j: number) => ref(s.owner, ['Person'], `${at}/firstSteps/${j}/owner`));
            t.involves?.forEach((v: Node, j: number) => v.parties?.forEach((p: string, k: number) => ref(p, PARTY, `${at}/involves/${j}/parties/${k}`)));
            t.reviews?.forEach((v: Node, j: number) => v.reviewers?.forEach((p: string, k: number) => ref(p, ['Person'], `${at}/reviews/${j}/reviewers/${k}`)));
        });
    }

    const errors = diagnostics.length;
    process.stdout.write(`${JSON.stringify({ schemaVersion: 1, files: files.length, diagnostics, summary: { errors, warnings: 0, infos: 0, hints: 0 } }, null, 2)}\n`);
    process.exitCode = errors ? 1 : 0;
}

main();
