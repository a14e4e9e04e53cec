/**
 * Runs the composite action in action.yml the way the GitHub runner does, for the tests: inputs
 * with their defaults, `${{ … }}` expressions evaluated in `if:`, `env:`, `with:` and
 * `working-directory:`, each `run:` step executed with `bash --noprofile --norc -eo pipefail`
 * (the runner's `shell: bash`) in the GITHUB_* environment, a fresh GITHUB_OUTPUT file per step
 * read back into `steps.<id>.outputs`. `uses:` steps are not run: they are recorded with their
 * evaluated `if:` and `with:`.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export interface ActionStep {
    id?: string;
    name?: string;
    if?: string;
    uses?: string;
    with?: Record<string, string>;
    shell?: string;
    run?: string;
    env?: Record<string, string>;
    'working-directory'?: string;
}

export interface ActionFile {
    inputs: Record<string, { default?: string; required?: boolean }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: ActionStep[] };
}

export function readAction(file: string): { action: ActionFile; text: string } {
    const text = fs.readFileSync(file, 'utf8');
    return { action: parse(text) as ActionFile, text };
}

// ---- Expressions: the part of GitHub's expression language the action uses ----

type Value = string | number | boolean | null | { [key: string]: Value };

export interface Contexts {
    inputs: Record<string, string>;
    github: Record<string, Value>;
    steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
    /** The job's status so far, for success() / failure(). */
    failed: boolean;
}

const TOKEN = /\s*(?:('(?:[^']|'')*')|(==|!=|&&|\|\||!|\(|\)|,)|([A-Za-z_][\w.-]*)|(\d+(?:\.\d+)?))/y;

function tokenize(expression: string): string[] {
    const tokens: string[] = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < expression.length) {
        if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
        const start = TOKEN.lastIndex;
        const match = TOKEN.exec(expression);
        if (!match) throw new Error(`cannot read the expression '${expression}' at ${start}`);
        tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4]);
    }
    return tokens;
}

function truthy(value: Value | undefined): boolean {
    return !(value === undefined || value === null || value === false || value === '' || value === 0);
}

/** GitHub's loose equality: a missing property is null; strings compare ignoring case; values of different types compare as numbers. */
function equal(a: Value | undefined, b: Value | undefined): boolean {
    const x = a ?? null;
    const y = b ?? null;
    if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
    if (typeof x === typeof y || typeof x === 'object' && x !== null || typeof y === 'object' && y !== null) return x === y;
    const number = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? (v.trim() === '' ? 0 : Number(v)) : Number(v));
    return number(x) === number(y);
}

export function evaluate(expression: string, contexts: Contexts): Value | undefined {
    const tokens = tokenize(expression);
    let at = 0;
    const peek = () => tokens[at];
    const take = (expected?: string) => {
        const token = tokens[at++];
        if (expected !== undefined && token !== expected) throw new Error(`expected '${expected}' in '${expression}', got '${token}'`);
        return token;
    };
    const or = (): Value | undefined => {
        let left = and();
        while (peek() === '||') {
            take();
            const right = and();
            left = truthy(left) ? left : right;
        }
        return left;
    };
    const and = (): Value | undefined => {
        let left = comparison();
        while (peek() === '&&') {
            take();
            const right = comparison();
            left = truthy(left) ? right : left;
        }
        return left;
    };
    const comparison = (): Value | undefined => {
        let left = unary();
        while (peek() === '==' || peek() === '!=') {
            const op = take();
            const right = unary();
            left = op === '==' ? equal(left, right) : !equal(left, right);
        }
        return left;
    };
    const unary = (): Value | undefined => {
        if (peek() === '!') {
            take();
            return !truthy(unary());
        }
        return primary();
    };
    const primary = (): Value | undefined => {
        const token = take();
        if (token === undefined) throw new Error(`unexpected end of '${expression}'`);
        if (token === '(') {
            const value = or();
            take(')');
            return value;
        }
        if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
        if (/^\d/.test(token)) return Number(token);
        if (token === 'true' || token === 'false') return token === 'true';
        if (token === 'null') return null;
        if (peek() === '(') {
            take('(');
            take(')');
            const functions: Record<string, () => boolean> = {
                always: () => true, cancelled: () => false, success: () => !contexts.failed, failure: () => contexts.failed,
            };
            if (!(token in functions)) throw new Error(`unknown function ${token}() in '${expression}'`);
            return functions[token]();
        }
        const [root, ...rest] = token.split('.');
        if (!(root in contexts) || root === 'failed') throw new Error(`unknown context '${root}' in '${expression}'`);
        let value: unknown = (contexts as unknown as Record<string, unknown>)[root];
        for (const key of rest) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
        return value as Value | undefined;
    };
    const value = or();
    if (at !== tokens.length) throw new Error(`unexpected '${tokens[at]}' in '${expression}'`);
    return value;
}

function show(value: Value | undefined): string {
    if (value === undefined || value === null) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A string with `${{ … }}` parts replaced by their values. */
export function interpolate(text: string, contexts: Contexts): string {
    return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => show(evaluate(expression, contexts)));
}

/** The value of an `if:` (an expression with or without `${{ }}`; none means success()). */
export function condition(text: string | undefined, contexts: Contexts): boolean {
    if (text === undefined) return !contexts.failed;
    const match = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(text);
    return truthy(evaluate(match ? match[1] : text, contexts));
}

// ---- Running the steps ----

export interface StepRecord {
    step: ActionStep;
    /** The step ran (for a `uses:` step: its `if:` held, so the runner would run it). */
    ran: boolean;
    /** For `uses:` steps: the evaluated `with:` (the step itself is not run). */
    with?: Record<string, string>;
    exitCode?: number;
    stdout?: string;
    stderr?: string;
    outputs: Record<string, string>;
}

export interface RunResult {
    steps: StepRecord[];
    outputs: Record<string, string>;
    failed: boolean;
}

export interface RunActionOptions {
    actionFile: string;
    inputs: Record<string, string>;
    /** The `github` context (action_path, token, workspace, event_name, event…). */
    github: Record<string, Value>;
    /** The whole environment of the run steps (GITHUB_*, RUNNER_TEMP, PATH…). */
    env: NodeJS.ProcessEnv;
    /** Stop before the step with this id (its `if:` and later steps are not looked at). */
    stopBefore?: string;
}

export async function runAction(options: RunActionOptions): Promise<RunResult> {
    const { action } = readAction(options.actionFile);
    const inputs: Record<string, string> = {};
    for (const name of Object.keys(options.inputs)) {
        if (!(name in action.inputs)) throw new Error(`the action has no input '${name}'`);
    }
    const contexts: Contexts = { inputs, github: options.github, steps: {}, failed: false };
    // Defaults may themselves be expressions (`${{ github.token }}`).
    for (const [name, input] of Object.entries(action.inputs)) {
        inputs[name] = options.inputs[name] ?? interpolate(String(input.default ?? ''), contexts);
    }
    const records: StepRecord[] = [];
    const runnerTemp = options.env.RUNNER_TEMP;
    if (!runnerTemp) throw new Error('RUNNER_TEMP is not set');
    let n = 0;
    for (const step of action.runs.steps) {
        n++;
        if (options.stopBefore !== undefined && step.id === options.stopBefore) break;
        const record: StepRecord = { step, ran: false, outputs: {} };
        records.push(record);
        if (!condition(step.if, contexts)) continue;
        if (step.uses !== undefined) {
            record.ran = true;
            record.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), contexts)]));
            continue;
        }
        if (step.run === undefined || step.shell !== 'bash') throw new Error(`step ${n} is neither uses: nor a bash run:`);
        const outputFile = path.join(runnerTemp, `_runner_output_${n}_${Date.now()}`);
        fs.writeFileSync(outputFile, '');
        const scriptFile = path.join(runnerTemp, `_runner_script_${n}_${Date.now()}.sh`);
        fs.writeFileSync(scriptFile, interpolate(step.run, contexts));
        const stepEnv: NodeJS.ProcessEnv = { ...options.env, GITHUB_OUTPUT: outputFile };
        for (const [name, value] of Object.entries(step.env ?? {})) stepEnv[name] = interpolate(String(value), contexts);
        const workspace = String(options.github.workspace);
        const cwd = path.resolve(workspace, interpolate(step['working-directory'] ?? '.', contexts));
        const result = await spawnBash(scriptFile, cwd, stepEnv);
        Object.assign(record, { ran: true, exitCode: result.code, stdout: result.stdout, stderr: result.stderr, outputs: readOutputs(outputFile) });
        const outcome = result.code === 0 ? 'success' : 'failure';
        if (step.id) contexts.steps[step.id] = { outputs: record.outputs, outcome };
        if (result.code !== 0) contexts.failed = true;
    }
    const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, interpolate(o.value, contexts)]));
    return { steps: records, outputs, failed: contexts.failed };
}

function spawnBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }));
    });
}

/** GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function readOutputs(file: string): Record<string, string> {
    const outputs: Record<string, string> = {};
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const body: string[] = [];
            while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
            outputs[heredoc[1]] = body.join('\n');
            continue;
        }
        const at = line.indexOf('=');
        if (at < 0) throw new Error(`GITHUB_OUTPUT line without '=': ${line}`);
        outputs[line.slice(0, at)] = line.slice(at + 1);
    }
    return outputs;
}
