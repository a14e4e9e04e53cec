// Probe: is handing parsed documents between threads cheaper than parsing them? (a design measurement, not a benchmark figure)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createActionPlanCoreServices } from '../language/action-plan-module.js';

const folder = process.argv[2] ?? '/tmp/bench-ws/1000';
const files: string[] = [];
const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.plan')) files.push(p); } };
walk(folder);
const texts = files.map(f => fs.readFileSync(f, 'utf8'));
const { ActionPlan } = createActionPlanCoreServices(EmptyFileSystem);
const parser = ActionPlan.parser.LangiumParser;
const hydrator = ActionPlan.serializer.Hydrator;
const lexer = ActionPlan.parser.Lexer;
for (let round = 0; round < 2; round++) {
    let t = performance.now();
    for (const text of texts) lexer.tokenize(text);
    const lex = performance.now() - t;
    t = performance.now();
    const results = texts.map(text => parser.parse(text));
    const parse = performance.now() - t;
    t = performance.now();
    const dry = results.map(r => hydrator.dehydrate(r));
    const dehydrate = performance.now() - t;
    t = performance.now();
    const cloned = dry.map(d => structuredClone(d));
    const clone = performance.now() - t;
    t = performance.now();
    cloned.forEach(d => hydrator.hydrate(d));
    const hydrate = performance.now() - t;
    console.log({ lex: Math.round(lex), parse: Math.round(parse), dehydrate: Math.round(dehydrate), clone: Math.round(clone), hydrate: Math.round(hydrate) });
}
