/**
 * "Add an action team": the guide's questions for one priority's team, asked
 * through quick picks and input boxes, then written as a new plan file
 * (teams/<team>.plan) beside the workspace's plans, already formatted as `fmt`
 * writes it (the generator writes formatted text; the client does not load the parser for it). The plan text comes from the same generator as `actionplan init
 * --interactive` (language/init/answers.ts); businesses and people the
 * workspace already declares are referred to, not declared again.
 * Escape at any question cancels and writes nothing.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { dateAnswerProblem, teamAnswersSchema, teamParts, TRAITS } from '../language/init/answers.js';
import { ModelRequest } from '../server/protocol.js';
import { activePlan } from './export.js';

export function registerAddTeam(client: BaseLanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand('actionplan.addTeam', () => addTeam(client));
}

class Cancelled extends Error {}

async function ask(prompt: string, options: { value?: string; date?: boolean; optional?: boolean } = {}): Promise<string> {
    const answer = await vscode.window.showInputBox({
        prompt, value: options.value, ignoreFocusOut: true,
        validateInput: raw => {
            const v = raw.trim();
            if (!v) return options.optional ? undefined : 'An answer is needed';
            return options.date ? dateAnswerProblem(v) : undefined;
        },
    });
    if (answer === undefined) throw new Cancelled();
    return answer.trim();
}

async function pick(title: string, items: string[]): Promise<string> {
    const choice = await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true });
    if (choice === undefined) throw new Cancelled();
    return choice;
}

async function addTeam(client: BaseLanguageClient): Promise<vscode.Uri | undefined> {
    const plan = activePlan() ?? (await vscode.workspace.findFiles('**/*.plan', '**/node_modules/**', 1))[0];
    // The team goes beside the plan it was asked about: in a multi-root workspace, that plan's folder, not the first one.
    const folder = (plan && vscode.workspace.getWorkspaceFolder(plan)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder || !plan) {
        void vscode.window.showWarningMessage('Action Plans: open a workspace with a partnership plan first (or run `actionplan init`).');
        return undefined;
    }
    const result = await client.sendRequest(ModelRequest, { uri: plan.toString() });
    const model = result?.model;
    const priorities = model?.partnerships.flatMap(p => p.priorities) ?? [];
    if (!model || priorities.length === 0) {
        void vscode.window.showWarningMessage('Action Plans: the workspace declares no priority yet; add one to the partnership first.');
        return undefined;
    }
    const known = new Map<string, string>([
        ...model.organizations.map(o => [o.title, o.name] as const),
        ...model.people.map(p => [p.fullName, p.name] as const),
    ]);
    const reserved = [...model.teams.map(t => t.name), ...priorities.map(p => p.name), ...model.partnerships.map(p => p.name)];
    try {
        const priorityTitle = await pick('Which priority is the team for?', priorities.map(p => p.title));
        const priority = priorities.find(p => p.title === priorityTitle)!;
        const formed = await ask('The day the team formed (YYYY-MM-DD): the follow-up call', { value: priority.followUp, date: true });
        const success = await ask('What does success look like?');
        const measure = await ask('How will you measure it?');
        const champion = await ask('A champion: full name of a business leader', { value: model.people[0]?.fullName });
        const championOrg = known.has(champion) ? '' : await ask(`${champion}'s business`);
        const responder = await ask('A first responder: full name (leave empty to add one later)', { optional: true });
        const responderOrg = responder && !known.has(responder) ? await ask(`${responder}'s organization`) : '';
        const commits = responder ? await ask(`What ${responder} commits (in kind)`) : '';
        const traits = responder
            ? await vscode.window.showQuickPick([...TRAITS], { title: `Which of the four traits does ${responder} bring?`, canPickMany: true, ignoreFocusOut: true })
            : [];
        if (traits === undefined) throw new Cancelled();
        const firstWin = await ask('The first win: what can the team accomplish in 60-90 days?');
        const firstWinDue = await ask('First win due (YYYY-MM-DD, 60-90 days after formed)', { date: true });
        const earlyWins = [];
        for (const n of [1, 2]) {
            const title = await ask(`Early win ${n} of 2-3 (the next 6-12 months)`);
            const due = await ask(`Early win ${n} due (YYYY-MM-DD)`, { date: true });
            const impact = await pick(`Impact of "${title}"`, ['high', 'medium', 'low']);
            const feasibility = await pick(`Feasibility of "${title}"`, ['high', 'medium', 'low']);
            earlyWins.push({ title, due, impact, feasibility });
        }
        const step = await ask('The first step: who does what next?');
        const stepDue = await ask('First step due (YYYY-MM-DD)', { date: true });
        const involve = await ask('Who else must be involved?');
        const orgOf = (name: string, given: string) => given || model.organizations.find(o => o.name === model.people.find(p => p.fullName === name)?.organization.name)?.title || given;
        const answers = teamAnswersSchema.parse({
            priority: priority.title, formed, success, measure,
            champions: [{ name: champion, organization: orgOf(champion, championOrg) || champion }],
            responders: responder ? [{ name: responder, organization: orgOf(responder, responderOrg) || responder, commits, traits }] : [],
            firstWin: { title: firstWin, due: firstWinDue }, earlyWins,
            firstStep: { what: step, owner: champion, due: stepDue }, involve: [involve],
        });
        const parts = teamParts(answers, { known, reserved, priorityName: priority.name });
        const text = [...parts.declarations, ...(parts.declarations.length ? [''] : []), parts.team].join('\n');
        const fileName = parts.team.match(/^team (\S+)/)?.[1]?.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() ?? 'team';
        let target = vscode.Uri.joinPath(folder.uri, 'teams', `${fileName}.plan`);
        for (let n = 2; await exists(target); n++) target = vscode.Uri.joinPath(folder.uri, 'teams', `${fileName}-${n}.plan`);
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        await vscode.window.showTextDocument(target);
        return target;
    } catch (error) {
        if (error instanceof Cancelled) return undefined;
        throw error;
    }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
