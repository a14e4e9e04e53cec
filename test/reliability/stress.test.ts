/**
 * The language server under stress, over stdio, in the 1,000-file workspace
 * of the benchmark (bench/generate.ts): edits of one file typed at keyboard
 * speed and faster (bursts with no pause at all), with completion, hover and
 * semantic-token requests in between, many of them cancelled. Every request
 * must be answered or cancelled (no other error), no unhandled rejection may
 * be logged, the final diagnostics must equal a fresh `actionplan check` of
 * the final text, and the heap after all edits must be within 1.5× the heap
 * after the first checkpoint.
 *
 * `npm test` types 300 edits (heap compared at 100 and 300); `npm run fuzz`
 * (or STRESS_EDITS=2000) types 2,000 (heap compared at 200 and 2,000).
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationTokenSource, createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateWorkspace, random } from '../../bench/generate.js';
import { parseJsonReport, runCli } from '../cli/helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist/cli/actionplan.cjs');
const PROBE = path.join(REPO, 'test/reliability/server-probe.cjs');

const EDITS = Number(process.env.STRESS_EDITS ?? (process.env.FUZZ_RUNS ? 2000 : 300));
const CHECKPOINT = EDITS >= 2000 ? 200 : Math.max(1, Math.round(EDITS / 3));
/** Error codes of a request that was cancelled: by us, because the document changed, or by the server. */
const CANCELLED = new Set([-32800, -32801, -32802]);

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface Server {
    connection: MessageConnection;
    child: ChildProcess;
    stderr(): string;
    logs: Array<{ type: number; message: string }>;
    diagnostics: Map<string, Diagnostic[]>;
    heap(): Promise<number>;
}

async function startServer(root: string, heapFile: string): Promise<Server> {
    const child = spawn(process.execPath, ['--expose-gc', '-r', PROBE, CLI, 'lsp', '--stdio'], {
        stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ACTIONPLAN_HEAP_FILE: heapFile, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr!.on('data', chunk => { stderr += chunk; });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const logs: Server['logs'] = [];
    const diagnostics = new Map<string, Diagnostic[]>();
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => diagnostics.set(p.uri, p.diagnostics));
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => logs.push(p));
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => logs.push(p));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', () => undefined);
    connection.onNotification('actionplan/modelChanged', () => undefined);
    connection.onNotification('actionplan/configProblems', () => undefined);
    connection.listen();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: pathToFileURL(root).href,
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'stress' }],
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
            textDocument: { publishDiagnostics: { dataSupport: true }, completion: { completionItem: { snippetSupport: true } }, semanticTokens: { requests: { full: true } } },
        },
    });
    await connection.sendNotification('initialized', {});
    return {
        connection, child, logs, diagnostics, stderr: () => stderr,
        async heap() {
            fs.rmSync(heapFile, { force: true });
            child.kill('SIGUSR2');
            for (let i = 0; i < 200 && !fs.existsSync(heapFile); i++) await sleep(50);
            await sleep(50);
            return Number(fs.readFileSync(heapFile, 'utf8'));
        },
    };
}

async function waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!condition()) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await sleep(100);
    }
}

/** What a person types into the team: a new early win, a character at a time (then it is taken back, and typed again). */
const TYPED = '\n    early win Typed "Typed at keyboard speed, and faster" {\n        due 2026-06-01\n        owner nobody\n        status achieved\n    }\n';

/** A diagnostic as `line:col-line:col severity rule message`, 1-based, for comparing the server with the CLI. */
const key = (line: number, column: number, endLine: number, endColumn: number, severity: string, rule: string, message: string) =>
    `${line}:${column}-${endLine}:${endColumn} ${severity} ${rule} ${message}`;
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

describe('the language server under stress (1,000 files, stdio)', function () {
    this.timeout(0);
    let root: string;
    let server: Server | undefined;

    before(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'actionplan-stress-'));
        generateWorkspace(root, 1000);
    });
    after(async () => {
        if (server) {
            await Promise.race([server.connection.sendRequest('shutdown').catch(() => undefined), sleep(3000)]);
            server.connection.dispose();
            server.child.kill();
        }
        fs.rmSync(root, { recursive: true, force: true });
    });

    it(`${EDITS} edits with requests in between: every request answered or cancelled, final diagnostics equal check, heap bounded`, async () => {
        server = await startServer(root, path.join(root, '.heap'));
        const leafFile = path.join(root, 'teams/team-00000.plan');
        const uri = pathToFileURL(leafFile).href;
        await waitFor('the workspace to be checked', () => server!.diagnostics.size >= 1000, 300_000);

        let document = TextDocument.create(uri, 'actionplan', 1, fs.readFileSync(leafFile, 'utf8'));
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'actionplan', version: 1, text: document.getText() } });
        const anchor = document.getText().indexOf('\n    first step');
        const next = random(2026);
        const requests: Array<Promise<'answered' | 'cancelled'>> = [];
        const failures: string[] = [];
        let typed = 0; // characters of TYPED in the text now
        let direction = 1;
        let heapAtCheckpoint = 0;

        const request = (method: string, params: object) => {
            const source = new CancellationTokenSource();
            const pending = server!.connection.sendRequest(method, params, source.token).then(
                () => 'answered' as const,
                (error: unknown) => {
                    if (error instanceof ResponseError && CANCELLED.has(error.code)) return 'cancelled' as const;
                    failures.push(`${method}: ${error instanceof Error ? error.message : String(error)}`);
                    return 'cancelled' as const;
                },
            );
            requests.push(pending);
            if (next() < 0.5) setTimeout(() => source.cancel(), Math.floor(next() * 5));
        };

        for (let edit = 1; edit <= EDITS; edit++) {
            // Type forward to the end of the snippet, then take it back, and so on.
            if (typed === TYPED.length) direction = -1;
            if (typed === 0) direction = 1;
            const at = document.positionAt(anchor + typed + (direction < 0 ? -1 : 0));
            const change = direction > 0
                ? { range: { start: at, end: at }, text: TYPED[typed] }
                : { range: { start: at, end: document.positionAt(anchor + typed) }, text: '' };
            typed += direction;
            document = TextDocument.update(document, [change], document.version + 1);
            void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });

            const cursor = document.positionAt(anchor + typed);
            const roll = next();
            if (roll < 0.35) request('textDocument/completion', { textDocument: { uri }, position: cursor });
            else if (roll < 0.6) request('textDocument/hover', { textDocument: { uri }, position: document.positionAt(anchor - 5) });
            else if (roll < 0.7) request('textDocument/semanticTokens/full', { textDocument: { uri } });

            // Keyboard speed and faster: no pause at all, a few milliseconds, a fast typist, a slow one.
            const pause = next();
            await sleep(pause < 0.4 ? 0 : pause < 0.7 ? 4 : pause < 0.9 ? 20 : 60);
            if (edit === CHECKPOINT) {
                await Promise.all(requests);
                await sleep(2000);
                heapAtCheckpoint = await server.heap();
            }
        }

        const outcomes = await Promise.race([Promise.all(requests), sleep(120_000).then(() => undefined)]);
        assert.ok(outcomes, 'a request was neither answered nor cancelled within 2 minutes of the last edit');
        assert.deepEqual(failures, [], 'requests that failed with an error other than a cancellation');
        assert.ok(outcomes.includes('answered'), 'no request was answered at all');

        // A fresh check of the final text, as the CLI sees it on disk.
        fs.writeFileSync(leafFile, document.getText());
        const run = runCli(['check', '--format', 'json'], { cwd: root });
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        const expected = parseJsonReport(run.stdout).diagnostics
            .filter(d => d.file === 'teams/team-00000.plan')
            .map(d => key(d.line, d.column, d.endLine, d.endColumn, d.severity, d.rule, d.message)).sort();
        const published = () => (server!.diagnostics.get(uri) ?? [])
            .map(d => key(d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, SEVERITY[d.severity ?? 1], String(d.code), d.message)).sort();
        await waitFor('the final diagnostics to equal a fresh check', () => JSON.stringify(published()) === JSON.stringify(expected), 60_000)
            .catch(() => assert.deepEqual(published(), expected, 'the published diagnostics of the final text'));

        await sleep(2000);
        const heapAtEnd = await server.heap();
        const unhandled = [...server.logs.map(l => l.message), server.stderr()].filter(text => /unhandled|rejection/i.test(text));
        assert.deepEqual(unhandled, [], 'an unhandled rejection was logged');
        assert.deepEqual(server.logs.filter(l => l.type === 1).map(l => l.message), [], 'errors in the server log');
        assert.ok(heapAtEnd <= heapAtCheckpoint * 1.5,
            `heap after ${EDITS} edits ${(heapAtEnd / 2 ** 20).toFixed(1)} MiB, more than 1.5× the ${(heapAtCheckpoint / 2 ** 20).toFixed(1)} MiB after ${CHECKPOINT}`);
        const answered = outcomes.filter(o => o === 'answered').length;
        console.log(`      ${EDITS} edits, ${outcomes.length} requests (${answered} answered, ${outcomes.length - answered} cancelled); heap ${(heapAtCheckpoint / 2 ** 20).toFixed(1)} MiB after ${CHECKPOINT} edits, ${(heapAtEnd / 2 ** 20).toFixed(1)} MiB after ${EDITS}`);
    });
});
