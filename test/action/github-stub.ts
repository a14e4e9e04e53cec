/**
 * A stand-in for the part of GitHub's REST API the action's comment step uses (issue comments:
 * list, create, update), on 127.0.0.1. It keeps its comments between requests and records every
 * request, so a test sees what would have been sent.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubComment {
    id: number;
    issue: number;
    body: string;
    user: { login: string; type: string };
    html_url: string;
}

export interface StubRequest {
    method: string;
    path: string;
    authorization?: string;
    body?: { body?: string };
}

export interface GithubStub {
    url: string;
    comments: StubComment[];
    requests: StubRequest[];
    /** The login that posts through the stub (the workflow token's user). */
    login: string;
    close(): Promise<void>;
}

export async function startGithubStub(repository: string): Promise<GithubStub> {
    const comments: StubComment[] = [];
    const requests: StubRequest[] = [];
    let nextId = 1000;
    const stub = { comments, requests, login: 'github-actions[bot]' } as GithubStub;
    const server = http.createServer((req, res) => {
        let text = '';
        req.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; });
        req.on('end', () => {
            const url = new URL(req.url ?? '/', 'http://stub');
            const body = text ? JSON.parse(text) as { body?: string } : undefined;
            requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization, body });
            const send = (status: number, data: unknown) => {
                res.writeHead(status, { 'Content-Type': 'application/json' });
                res.end(JSON.stringify(data));
            };
            const list = new RegExp(`^/repos/${repository}/issues/(\\d+)/comments$`).exec(url.pathname);
            const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(url.pathname);
            if (list && req.method === 'GET') {
                const perPage = Number(url.searchParams.get('per_page') ?? 30);
                const page = Number(url.searchParams.get('page') ?? 1);
                send(200, comments.filter(c => c.issue === Number(list[1])).slice((page - 1) * perPage, page * perPage));
            } else if (list && req.method === 'POST' && typeof body?.body === 'string') {
                const comment: StubComment = {
                    id: nextId++, issue: Number(list[1]), body: body.body, user: { login: stub.login, type: 'Bot' },
                    html_url: `https://github.com/${repository}/pull/${list[1]}#issuecomment-${nextId - 1}`,
                };
                comments.push(comment);
                send(201, comment);
            } else if (one && req.method === 'PATCH' && typeof body?.body === 'string') {
                const comment = comments.find(c => c.id === Number(one[1]));
                if (!comment) return send(404, { message: 'Not Found' });
                comment.body = body.body;
                send(200, comment);
            } else {
                send(404, { message: 'Not Found' });
            }
        });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stub.close = () => new Promise(resolve => server.close(() => resolve()));
    return stub;
}
