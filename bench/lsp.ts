/**
 * Language-server figures, over stdio as an editor talks to it: start-up to
 * every file's diagnostics; edit → the edited file's fresh diagnostics, in a
 * leaf file and in a hub file, and → every dependent of the hub republished;
 * completion and hover latency; the server's resident memory after loading and
 * after many edits (read from /proc/<pid>/status: the product reports nothing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { cliPath } from './cli-timing.js';
import { summarize, type Summary } from './stats.js';
import { planFiles } from './yaml-workspace.js';

interface Published { uri: string; at: number; diagnostics: Array<{ code?: string | number; message: string }> }

export interface LspOptions {
    /** Server starts to time (the last one stays up for the rest). */
    starts: number;
    /** Timed edits in the leaf file and in the hub file, each. */
    edits: number;
    /** Completion and hover requests, each. */
    requests: number;
    /** Edits before the second memory reading. */
    memoryEdits: number;
}

export interface LspFigures {
    files: number;
    spawnToAllMs: Summary;
    initializedToAllMs: Summary;
    startupCpuMs: Summary;
    /** Resident memory when every file's diagnostics are out (each start). */
    loadedRssMb: Summary;
    leafEditMs: Summary;
    hubEditMs: Summary;
    hubDependentsMs: Summary;
    /** Files that use a name the hub declares; those that use the renamed person; files republished after each hub edit. */
    dependents: number;
    users: number;
    republished: Summary;
    /** Whether, after every hub edit, each file using the renamed person showed unresolved-reference (renamed) or lost it (renamed back). */
    dependentsSawEdit: boolean;
    completionMs: Summary;
    completionItems: number;
    hoverMs: Summary;
    rssAfterLoadMb: number;
    rssAfterEditsMb: number;
    /** Resident memory sampled every 100 of those edits. */
    rssDuringEditsMb: Summary;
    peakRssMb: number;
    memoryEdits: number;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** VmRSS / VmHWM of a process in MiB, from /proc (Linux). */
function memory(pid: number): { rss: number; hwm: number } {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** User + system CPU time of a process so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
}

class Server {
    readonly published: Published[] = [];
    private waiters: Array<() => void> = [];
    private readonly versions = new Map<string, number>();
    initializedAt = 0;
    stderr = '';

    private constructor(readonly child: ChildProcess, readonly connection: MessageConnection, readonly spawnedAt: number) {}

    static async start(root: string): Promise<Server> {
        const spawnedAt = performance.now();
        const env = { ...process.env };
        delete env.NODE_OPTIONS;
        // BENCH_LSP_NODE_ARGS: Node options for the server, to profile it (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
        const nodeArgs = process.env.BENCH_LSP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        const child = spawn(process.execPath, [...nodeArgs, cliPath(), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const server = new Server(child, connection, spawnedAt);
        child.stderr!.on('data', chunk => { server.stderr += chunk; });
        connection.onNotification('textDocument/publishDiagnostics', (params: Omit<Published, 'at'>) => {
            server.published.push({ ...params, at: performance.now() });
            server.waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onNotification(() => undefined);
        connection.listen();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(root).href,
            workspaceFolders: [{ uri: pathToFileURL(root).href, name: path.basename(root) }],
            capabilities: {
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
                window: { workDoneProgress: true },
                textDocument: { publishDiagnostics: { relatedInformation: true }, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] } },
            },
        });
        server.initializedAt = performance.now();
        await connection.sendNotification('initialized', {});
        return server;
    }

    get pid(): number {
        return this.child.pid!;
    }

    /** Resolves when `done(published since index)` holds; rejects after `timeoutMs`. */
    until(since: number, done: (items: Published[]) => boolean, timeoutMs: number, what: string): Promise<void> {
        return new Promise((resolve, reject) => {
            let over = false;
            const timer = setTimeout(() => {
                over = true;
                reject(new Error(`language server: ${what} not within ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`));
            }, timeoutMs).unref();
            const check = () => {
                if (over) return;
                if (done(this.published.slice(since))) {
                    clearTimeout(timer);
                    resolve();
                } else this.waiters.push(check);
            };
            check();
        });
    }

    /** Resolves once the server has used at most one clock tick (10 ms) of CPU during `windowMs`. */
    async idle(windowMs = 300, timeoutMs = 120_000): Promise<void> {
        const end = performance.now() + timeoutMs;
        let before = cpuMs(this.pid);
        while (performance.now() < end) {
            await sleep(windowMs);
            const after = cpuMs(this.pid);
            if (after - before <= 10) return;
            before = after;
        }
        throw new Error(`language server: still busy after ${timeoutMs} ms`);
    }

    open(uri: string, text: string): void {
        this.versions.set(uri, 1);
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'actionplan', version: 1, text } });
    }

    change(uri: string, text: string): void {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), sleep(3000)]);
            await this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        await Promise.race([new Promise(resolve => this.child.once('exit', resolve)), sleep(3000)]);
        this.connection.dispose();
        if (this.child.exitCode === null) this.child.kill();
    }
}

/** The names a people file declares. */
function declaredPeople(text: string): string[] {
    return [...text.matchAll(/^person (\S+)/gm)].map(m => m[1]);
}

/** The files under `root` that use any of `names` (as a whole word). */
function filesUsing(files: string[], names: Set<string>, except: string): string[] {
    return files.filter(file => file !== except && fs.readFileSync(file, 'utf8').split(/[^A-Za-z0-9_.]+/).some(word => names.has(word.split('.')[0])));
}

interface EditTiming {
    /** Change → the edited file's diagnostics. */
    own: number;
    /** Change → the last diagnostics the edit caused (any file), once the server is idle again. */
    all: number;
    /** Other files whose diagnostics were published again. */
    republished: number;
    /** Whether every file in `expect` was published in the expected state. */
    saw: boolean;
}

/**
 * Time one edit. The server says nothing when it is done with an edit, and it
 * need not republish a dependent whose diagnostics cannot change: the edit is
 * over when the files it must change (`expect`) are published in the expected
 * state and the server's CPU is idle again; its end is the last diagnostics it
 * published.
 */
async function timedEdit(server: Server, uri: string, text: string, expect?: { uris: Set<string>; ok: (published: Published) => boolean }): Promise<EditTiming> {
    const since = server.published.length;
    const sent = performance.now();
    server.change(uri, text);
    await server.until(since, items => items.some(p => p.uri === uri), 30_000, `diagnostics of ${uri} after an edit`);
    const own = server.published.slice(since).find(p => p.uri === uri)!.at - sent;
    let saw = true;
    if (expect) {
        const good = (items: Published[]) => {
            const latest = new Map(items.filter(p => expect.uris.has(p.uri)).map(p => [p.uri, p]));
            return latest.size === expect.uris.size && [...latest.values()].every(expect.ok);
        };
        await server.until(since, good, 120_000, 'the files using the renamed person').catch(() => { saw = false; });
    }
    await server.idle();
    const items = server.published.slice(since);
    return { own, all: Math.max(...items.map(p => p.at)) - sent, republished: new Set(items.filter(p => p.uri !== uri).map(p => p.uri)).size, saw };
}

export async function measureLsp(root: string, leafFile: string, hubFile: string, options: LspOptions, log: (line: string) => void): Promise<LspFigures> {
    const files = planFiles(root);
    const uris = new Set(files.map(f => pathToFileURL(f).href));
    const spawnToAll: number[] = [];
    const initializedToAll: number[] = [];
    const startupCpu: number[] = [];
    const loadedRss: number[] = [];
    let server: Server | undefined;
    for (let run = 0; run < options.starts; run++) {
        if (server) await server.stop();
        server = await Server.start(root);
        const s = server;
        const pending = new Set(uris);
        let scanned = 0;
        await s.until(0, items => {
            for (; scanned < items.length; scanned++) pending.delete(items[scanned].uri);
            return pending.size === 0;
        }, 300_000, 'diagnostics for every file at start-up');
        const last = s.published.filter(p => uris.has(p.uri)).reduce((a, p) => Math.max(a, p.at), 0);
        startupCpu.push(cpuMs(s.pid));
        loadedRss.push(memory(s.pid).rss);
        spawnToAll.push(last - s.spawnedAt);
        initializedToAll.push(last - s.initializedAt);
        log(`  lsp start ${run + 1}/${options.starts}: ${(last - s.spawnedAt).toFixed(0)} ms to all ${uris.size} files' diagnostics`);
    }
    const s = server!;
    const dirty = s.published.filter(p => p.diagnostics.length);
    if (dirty.length) log(`  note: ${dirty.length} files have diagnostics at start-up (first: ${dirty[0].uri}: ${dirty[0].diagnostics[0]?.message})`);

    const leafUri = pathToFileURL(leafFile).href;
    const hubUri = pathToFileURL(hubFile).href;
    const leafText = fs.readFileSync(leafFile, 'utf8');
    const hubText = fs.readFileSync(hubFile, 'utf8');
    const people = declaredPeople(hubText);
    const dependentFiles = filesUsing(files, new Set(people), hubFile);
    // Opening a file may rebuild it and its dependents: let that finish before timing anything.
    for (const [uri, text] of [[leafUri, leafText], [hubUri, hubText]]) {
        const since = s.published.length;
        s.open(uri, text);
        await s.until(since, items => items.some(p => p.uri === uri), 60_000, `diagnostics of ${uri} after opening it`);
        await s.idle();
    }
    const rssAfterLoad = memory(s.pid).rss;

    // Leaf: move a due date back and forth.
    const due = /due (\d{4}-\d{2}-\d{2})/.exec(leafText)!;
    const leafVariant = (i: number) => leafText.replace(due[0], `due ${due[1].slice(0, 8)}${String(1 + (i % 28)).padStart(2, '0')}`);
    const leafTimes: number[] = [];
    for (let i = 0; i < options.edits; i++) leafTimes.push((await timedEdit(s, leafUri, leafVariant(i + 1))).own);

    // Hub: rename its most used person and back: the files using that person must show, then lose, unresolved-reference.
    const usage = new Map(people.map(p => [p, 0]));
    for (const file of dependentFiles) for (const word of fs.readFileSync(file, 'utf8').split(/[^A-Za-z0-9_]+/)) if (usage.has(word)) usage.set(word, usage.get(word)! + 1);
    const person = [...usage.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const users = new Set(filesUsing(dependentFiles, new Set([person]), hubFile).map(f => pathToFileURL(f).href));
    const renamed = hubText.replace(`person ${person} `, `person ${person}x `);
    const unresolved = (p: Published) => p.diagnostics.some(d => d.code === 'unresolved-reference');
    const hubTimes: number[] = [];
    const allTimes: number[] = [];
    const republished: number[] = [];
    let sawEdit = true;
    for (let i = 0; i < options.edits + (options.edits % 2); i++) {
        const broken = i % 2 === 0;
        const timing = await timedEdit(s, hubUri, broken ? renamed : hubText, { uris: users, ok: p => unresolved(p) === broken });
        if (i >= options.edits) break; // the last rename back, untimed
        hubTimes.push(timing.own);
        allTimes.push(timing.all);
        republished.push(timing.republished);
        sawEdit &&= timing.saw;
    }

    // Completion after `champion ` (every person of a business in the workspace) and hover on that champion.
    const lines = leafText.split('\n');
    const line = lines.findIndex(l => /^\s+champion \S+/.test(l));
    const column = lines[line].indexOf('champion ') + 'champion '.length;
    const completion: number[] = [];
    const hover: number[] = [];
    let completionItems = 0;
    for (let i = 0; i < options.requests; i++) {
        let t = performance.now();
        const result = await s.connection.sendRequest<{ items: unknown[] } | unknown[] | null>('textDocument/completion', { textDocument: { uri: leafUri }, position: { line, character: column } });
        completion.push(performance.now() - t);
        completionItems = Array.isArray(result) ? result.length : result?.items.length ?? 0;
        t = performance.now();
        await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: leafUri }, position: { line, character: column + 2 } });
        hover.push(performance.now() - t);
    }

    // Memory after many edits of the leaf file, each one waited for (sampled every 100 edits: the resident size follows the garbage collector).
    const rssSamples: number[] = [];
    for (let i = 0; i < options.memoryEdits; i++) {
        const since = s.published.length;
        s.change(leafUri, leafVariant(i + 3));
        await s.until(since, items => items.some(p => p.uri === leafUri), 30_000, 'diagnostics during the memory edits');
        if ((i + 1) % 100 === 0 || i + 1 === options.memoryEdits) rssSamples.push(memory(s.pid).rss);
        if ((i + 1) % 250 === 0) log(`  after ${i + 1} edits: server resident memory ${rssSamples.at(-1)!.toFixed(0)} MiB`);
    }
    await s.idle();
    const after = memory(s.pid);
    await s.stop();
    return {
        files: uris.size,
        spawnToAllMs: summarize(spawnToAll), initializedToAllMs: summarize(initializedToAll),
        startupCpuMs: summarize(startupCpu), loadedRssMb: summarize(loadedRss),
        leafEditMs: summarize(leafTimes), hubEditMs: summarize(hubTimes), hubDependentsMs: summarize(allTimes),
        dependents: dependentFiles.length, users: users.size, republished: summarize(republished), dependentsSawEdit: sawEdit,
        completionMs: summarize(completion), completionItems, hoverMs: summarize(hover),
        rssAfterLoadMb: rssAfterLoad, rssAfterEditsMb: after.rss, rssDuringEditsMb: summarize(rssSamples), peakRssMb: after.hwm, memoryEdits: options.memoryEdits,
    };
}
