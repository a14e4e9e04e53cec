/**
 * The web worker server (dist/web/server.js, what VS Code for the Web runs)
 * in a sandbox with only what a browser's dedicated worker offers: no
 * `require`, no `process`, no `Buffer`, so no `fs` or `path`. Its files come
 * through the protocol's fs requests, answered here from an in-memory
 * workspace under a virtual scheme, as the web client answers them from
 * `vscode.workspace.fs`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Diagnostic } from 'vscode-languageserver-protocol';

const BUNDLE = path.resolve('dist/web/server.js');
const ROOT = 'vscode-test://web/plans';

type Message = { id?: number | string; method?: string; params?: any; result?: unknown; error?: { message: string } };

/** A worker sandbox running the bundle, and the client end of its messages. */
class WorkerSession {
    readonly diagnostics = new Map<string, Diagnostic[]>();
    readonly asked: string[] = [];
    private readonly pending = new Map<number, (message: Message) => void>();
    private readonly waiters: Array<() => void> = [];
    private readonly context: vm.Context;
    private nextId = 1;

    constructor(private readonly files: Map<string, string>) {
        const sandbox: Record<string, unknown> = {
            // Only what a dedicated worker's global scope has that the bundle may use.
            console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
            setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
            TextEncoder, TextDecoder, atob, btoa, URL, performance,
            postMessage: (data: unknown) => this.receive(JSON.parse(JSON.stringify(data)) as Message),
            addEventListener() {},
            removeEventListener() {},
        };
        sandbox.self = sandbox;
        this.context = vm.createContext(sandbox);
        vm.runInContext(fs.readFileSync(BUNDLE, 'utf8'), this.context, { filename: BUNDLE });
    }

    /** Whether a global is defined inside the sandbox. */
    has(name: string): boolean {
        return vm.runInContext(`typeof ${name} !== 'undefined'`, this.context) as boolean;
    }

    private send(message: object): void {
        const onmessage = (this.context as { onmessage?: (event: { data: unknown }) => void }).onmessage;
        assert.ok(onmessage, 'the worker bundle did not listen to its messages (self.onmessage)');
        onmessage({ data: JSON.parse(JSON.stringify({ jsonrpc: '2.0', ...message })) });
    }

    request(method: string, params: unknown): Promise<Message> {
        const id = this.nextId++;
        return new Promise(resolve => {
            this.pending.set(id, resolve);
            this.send({ id, method, params });
        });
    }

    notify(method: string, params: unknown): void {
        this.send({ method, params });
    }

    private receive(message: Message): void {
        if (message.method === undefined) {
            this.pending.get(message.id as number)?.(message);
            this.pending.delete(message.id as number);
            return;
        }
        if (message.method === 'textDocument/publishDiagnostics') {
            this.diagnostics.set(message.params.uri, message.params.diagnostics);
            this.waiters.splice(0).forEach(wake => wake());
            return;
        }
        if (message.id === undefined) return;
        if (message.method.startsWith('actionplan/fs/')) this.asked.push(`${message.method} ${message.params.uri}`);
        void this.answer(message).then(result => this.send({ id: message.id, result }));
    }

    /** The client's side: settings, registrations, and the workspace's files. */
    private async answer(message: Message): Promise<unknown> {
        const { uri } = message.params ?? {};
        switch (message.method) {
            case 'workspace/configuration': return message.params.items.map(() => ({}));
            case 'actionplan/fs/readDirectory': {
                const prefix = `${uri}/`;
                const names = new Map<string, 'file' | 'directory'>();
                for (const file of this.files.keys()) {
                    if (!file.startsWith(prefix)) continue;
                    const [name, ...rest] = file.slice(prefix.length).split('/');
                    names.set(name, rest.length ? 'directory' : 'file');
                }
                return uri === ROOT || names.size ? [...names].map(([name, kind]) => ({ name, kind })) : null;
            }
            case 'actionplan/fs/stat':
                return this.files.has(uri) ? { kind: 'file' } : [...this.files.keys()].some(f => f.startsWith(`${uri}/`)) ? { kind: 'directory' } : null;
            case 'actionplan/fs/readFile': {
                const text = this.files.get(uri);
                if (text === undefined) return { refused: 'missing' };
                const bytes = new TextEncoder().encode(text);
                if (bytes.length > message.params.limit) return { refused: 'too-large', size: bytes.length };
                return { base64: btoa(String.fromCharCode(...bytes)) };
            }
            default: return null;
        }
    }

    /** Resolves once diagnostics are published for every one of `uris`. */
    async published(uris: string[], timeoutMs = 15_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (!uris.every(uri => this.diagnostics.has(uri))) {
            if (Date.now() > deadline) assert.fail(`no diagnostics for ${uris.filter(u => !this.diagnostics.has(u)).join(', ')}; the server asked for: ${this.asked.join('; ') || 'nothing'}`);
            await new Promise<void>(resolve => {
                this.waiters.push(resolve);
                setTimeout(resolve, 200);
            });
        }
    }
}

describe('the web worker server (dist/web/server.js)', function () {
    this.timeout(30_000);

    const people = `${ROOT}/people.plan`;
    const team = `${ROOT}/teams/talent.plan`;
    const config = `${ROOT}/actionplan.config.json`;
    const files = new Map([
        [people, 'business Acme "Acme Tools"\nperson ana "Ana Diaz" of Acme title "Owner"\n'],
        // `ana` is declared in the other file; `Talent` nowhere.
        [team, 'team TalentTeam "Talent action team" for Talent {\n    formed 2026-03-27\n    champion ana\n}\n'],
        [config, '{\n    // read through the protocol too\n    "asOf": "2026-06-30",\n    "rules": { "success-defined": "off" }\n}\n'],
    ]);
    let session: WorkerSession;

    before(async () => {
        assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`);
        session = new WorkerSession(files);
        const initialized = await session.request('initialize', {
            processId: null, rootUri: null,
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
            workspaceFolders: [{ uri: ROOT, name: 'plans' }],
        });
        assert.equal(initialized.error, undefined, `initialize failed: ${initialized.error?.message}`);
        session.notify('initialized', {});
        await session.published([people, team]);
    });

    after(() => {
        session?.notify('exit', undefined);
    });

    it('runs without any Node API in its sandbox', () => {
        for (const name of ['require', 'process', 'Buffer', 'module', '__filename', 'setImmediate']) assert.equal(session.has(name), false, `${name} is defined in the sandbox`);
    });

    it('reads the workspace through the fs requests, not a disk', () => {
        assert.ok(session.asked.includes(`actionplan/fs/readDirectory ${ROOT}`), session.asked.join('; '));
        for (const file of [people, team, config]) assert.ok(session.asked.includes(`actionplan/fs/readFile ${file}`), `the server never asked for ${file}: ${session.asked.join('; ')}`);
    });

    it('resolves a name declared in the other file, and reports the one declared nowhere', () => {
        const diagnostics = session.diagnostics.get(team)!;
        const unresolved = diagnostics.filter(d => d.code === 'unresolved-reference');
        assert.equal(unresolved.length, 1, JSON.stringify(diagnostics, null, 1));
        assert.match(unresolved[0].message, /Talent/);
        assert.equal(unresolved[0].range.start.line, 0);
        assert.ok(!diagnostics.some(d => /\bana\b/.test(d.message) && d.code === 'unresolved-reference'), 'the champion ana (declared in people.plan) is unresolved');
    });

    it('applies the workspace config it read through the protocol', () => {
        const rules = new Set(session.diagnostics.get(team)!.map(d => d.code));
        assert.ok(rules.has('first-win-window') || rules.has('first-step'), `the team's other rules do not run: ${[...rules].join(', ')}`);
        assert.ok(!rules.has('success-defined'), 'success-defined fires although the config turns it off');
    });
});
