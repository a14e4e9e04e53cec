#!/usr/bin/env node
/**
 * The comment step of action.yml: post the Markdown of `actionplan diff` on the pull request as one
 * comment, edited in place on each push. The comment is found again by a hidden marker at the start
 * of its body and by its author (so a comment someone else wrote with the marker is never taken
 * over: that would let them edit what reviewers read as the diff). Node 20's fetch, no dependencies.
 *
 * Environment: AP_DIFF_FILE (the Markdown), AP_TOKEN, AP_COMMENT_AUTHOR (the login the token posts
 * as; github-actions[bot] for the workflow's token), GITHUB_API_URL, GITHUB_REPOSITORY,
 * GITHUB_EVENT_PATH (the pull request's number).
 *
 * A comment that cannot be posted (a pull request from a fork gets a read-only token; a workflow
 * without `pull-requests: write`) is a warning, not a failure: the job summary has the diff.
 */
import * as fs from 'node:fs';

const MARKER = '<!-- actionplan-diff -->';
/** GitHub refuses a comment body longer than this. */
const MAX_BODY = 65_536;
/** Pages of 100 comments read at most when looking for ours. */
const MAX_PAGES = 50;

function env(name) {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
}

function pullRequestNumber(eventPath) {
    const event = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
    const number = event?.pull_request?.number ?? (event?.issue?.pull_request ? event.issue.number : undefined);
    return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

function commentBody(markdown) {
    const body = `${MARKER}\n${markdown}`;
    if (body.length <= MAX_BODY) return body;
    const note = '\n\n*The diff is too long for a comment; the job summary has all of it.*\n';
    return body.slice(0, MAX_BODY - note.length) + note;
}

async function main() {
    const number = pullRequestNumber(env('GITHUB_EVENT_PATH'));
    if (number === undefined) {
        console.log('::notice title=actionplan::Not a pull request: the diff is in the job summary only.');
        return;
    }
    const api = env('GITHUB_API_URL').replace(/\/+$/, '');
    const repository = env('GITHUB_REPOSITORY');
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new Error(`GITHUB_REPOSITORY '${repository}' is not owner/name`);
    const author = process.env.AP_COMMENT_AUTHOR || 'github-actions[bot]';
    const body = commentBody(fs.readFileSync(env('AP_DIFF_FILE'), 'utf8'));
    const headers = {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${env('AP_TOKEN')}`,
        'Content-Type': 'application/json',
        'User-Agent': 'actionplan-action',
        'X-GitHub-Api-Version': '2022-11-28',
    };
    const request = async (method, url, payload) => {
        const response = await fetch(url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
        const text = await response.text();
        if (!response.ok) {
            let message = text.slice(0, 200);
            try {
                message = JSON.parse(text).message ?? message;
            } catch {
                // not JSON: the start of the text
            }
            throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${message}`);
        }
        return text ? JSON.parse(text) : undefined;
    };

    let ours;
    for (let page = 1; page <= MAX_PAGES && !ours; page++) {
        const comments = await request('GET', `${api}/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
        if (!Array.isArray(comments)) break;
        ours = comments.find(c => typeof c?.body === 'string' && c.body.startsWith(MARKER) && c.user?.login === author);
        if (comments.length < 100) break;
    }
    if (ours) {
        const updated = await request('PATCH', `${api}/repos/${repository}/issues/comments/${encodeURIComponent(ours.id)}`, { body });
        console.log(`Updated the Action Plan changes comment: ${updated?.html_url ?? ours.html_url ?? ours.id}`);
    } else {
        const created = await request('POST', `${api}/repos/${repository}/issues/${number}/comments`, { body });
        console.log(`Posted the Action Plan changes comment: ${created?.html_url ?? ''}`);
    }
}

main().catch(error => {
    const cause = error?.cause?.message ? ` (${error.cause.message})` : '';
    const message = `${error?.message ?? error}${cause}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    console.log(`::warning title=actionplan::Could not comment the diff on the pull request: ${message}`);
});
