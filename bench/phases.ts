/**
 * Where the time of a cold check goes, phase by phase, in one process: a tool
 * for working on speed (`npx tsx bench/phases.ts DIR`), not a figure for the docs.
 */
import { DocumentState } from 'langium';
import { createServices } from '../cli/workspace.js';
import { findPlanFiles, isProblem, readPlanFile, type PlanSource } from '../cli/files.js';
import { buildSources } from '../cli/workspace.js';

const folder = process.argv[2] ?? '/tmp/bench-ws/1000';
const t0 = performance.now();
const services = createServices({ cwd: folder }, [folder]);
const files = findPlanFiles([folder], services.config.ConfigProvider, []);
const sources = files.map(readPlanFile).filter((s): s is PlanSource => !isProblem(s));
const marks: Array<[string, number]> = [['read', performance.now()]];
const builder = services.shared.workspace.DocumentBuilder;
for (const [name, state] of Object.entries({ parsed: DocumentState.Parsed, indexed: DocumentState.IndexedContent, scopes: DocumentState.ComputedScopes, linked: DocumentState.Linked, references: DocumentState.IndexedReferences, validated: DocumentState.Validated })) {
    builder.onBuildPhase(state, () => { marks.push([name, performance.now()]); });
}
const cpu = process.cpuUsage();
await buildSources(services, sources);
const used = process.cpuUsage(cpu);
let last = t0;
for (const [name, at] of marks) {
    console.log(`${name.padEnd(12)} ${(at - last).toFixed(0).padStart(6)} ms`);
    last = at;
}
console.log(`total        ${(last - t0).toFixed(0).padStart(6)} ms; build cpu ${((used.user + used.system) / 1000).toFixed(0)} ms; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
