/**
 * Property: whatever symbolic links a workspace holds (to folders and plans
 * outside it, back to its own root, to each other, dangling), `actionplan
 * check` ends, reads nothing outside the workspace, and reports only plans
 * inside it. The plan outside declares a name no plan inside has, so a read
 * through a link would show in the report.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { runCheck } from '../../cli/check.js';
import { capturingStderr, fuzz, runsOf } from './harness.js';

type Target = 'outside-folder' | 'outside-plan' | 'root' | 'inside-folder' | 'inside-plan' | 'dangling' | 'other-link';

interface Link {
    /** Folder depth inside the workspace: 0 is its root. */
    at: string[];
    name: string;
    target: Target;
}

const segment = fc.constantFrom('a', 'b', 'teams');
const link: fc.Arbitrary<Link> = fc.record({
    at: fc.array(segment, { maxLength: 3 }),
    name: fc.constantFrom('l1', 'l2.plan', 'up', 'x.plan', 'deep'),
    target: fc.constantFrom<Target>('outside-folder', 'outside-plan', 'root', 'inside-folder', 'inside-plan', 'dangling', 'other-link'),
});

const INSIDE = 'business InsideCo "Inside"\n';
const OUTSIDE = 'business OutsideSecret "Outside"\nperson spy "S" of Nobody\n';

let root: string;
let count = 0;

async function checkCase(links: Link[]): Promise<void> {
    const base = path.join(root, String(++count));
    const ws = path.join(base, 'ws');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(ws, 'teams'), { recursive: true });
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(ws, 'teams', 'inside.plan'), INSIDE);
    fs.writeFileSync(path.join(outside, 'secret.plan'), OUTSIDE);
    const made: string[] = [];
    for (const l of links) {
        const folder = path.join(ws, ...l.at);
        fs.mkdirSync(folder, { recursive: true });
        const at = path.join(folder, l.name);
        if (fs.existsSync(at) || made.includes(at)) continue;
        const target = {
            'outside-folder': outside,
            'outside-plan': path.join(outside, 'secret.plan'),
            root: ws,
            'inside-folder': path.join(ws, 'teams'),
            'inside-plan': path.join(ws, 'teams', 'inside.plan'),
            dangling: path.join(base, 'nowhere'),
            'other-link': made[0] ?? path.join(base, 'nowhere'),
        }[l.target];
        fs.symlinkSync(target, at);
        made.push(at);
    }
    const output = path.join(base, 'report.json');
    const { value: status, stderr } = await capturingStderr(() => runCheck([], { format: 'json', output, asOf: '2026-05-01' }, ws, '0.0.0-fuzz'));
    const text = fs.readFileSync(output, 'utf8');
    assert.ok(status === 0 || status === 1 || status === 2, `exit ${status}: ${stderr}`);
    assert.doesNotMatch(text, /OutsideSecret|Nobody|spy/, 'a plan outside the workspace was read through a link');
    assert.doesNotMatch(stderr, /OutsideSecret|Nobody/, 'a plan outside the workspace was read through a link');
    const report = JSON.parse(text) as { files: number; diagnostics: Array<{ file: string }> };
    for (const d of report.diagnostics) assert.ok(!d.file.startsWith('..'), `a diagnostic outside the workspace: ${d.file}`);
    assert.ok(report.files >= 1, 'the plan inside is checked');
    fs.rmSync(base, { recursive: true, force: true });
}

describe('fuzz: symbolic links in a workspace', () => {
    before(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-fuzz-links-'));
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));

    fuzz('check ends, reads nothing outside, reports only plans inside', fc.array(link, { minLength: 1, maxLength: 6 }), checkCase, {
        runs: runsOf(25, 0.02),
        examples: [
            [{ at: [], name: 'up', target: 'outside-folder' }],
            [{ at: ['a'], name: 'x.plan', target: 'outside-plan' }],
            [{ at: ['a', 'b'], name: 'up', target: 'root' }, { at: [], name: 'l1', target: 'other-link' }],
        ],
    });
});
