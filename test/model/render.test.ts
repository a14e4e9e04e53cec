/**
 * renderHtml and renderMarkdown on the language reference's example: the
 * content of the Action Plan (header, priorities, wins under their horizon,
 * people, review, diagnostics, attribution), the timeline, and the options
 * of the HTML (theme, nonce, CSP, source links).
 */
import { strict as assert } from 'node:assert';
import { marked } from 'marked';
import { renderHtml } from '../../language/model/render/html.js';
import { renderMarkdown } from '../../language/model/render/markdown.js';
import { ATTRIBUTION } from '../../language/model/render/words.js';
import type { ActionPlanModel } from '../../language/model/schema.js';
import { exampleModel, modelOfFiles } from './example.js';
import { squash, tagsOf, textOf } from './markup.js';

const WIN_TITLES = [
    'Host teacher tours in four plants',
    'Launch a shared apprenticeship pilot with three plants',
    'Publish one regional map of technician career pathways',
    'Make plant tours a fall routine in six plants',
];

/** The text between one heading and the next heading of the same or a higher level. */
function sectionAfter(text: string, heading: string, stops: string[]): string {
    const start = text.indexOf(heading);
    assert.ok(start >= 0, `no '${heading}' in the document`);
    const ends = stops.map(s => text.indexOf(s, start + heading.length)).filter(i => i >= 0);
    return text.slice(start, ends.length ? Math.min(...ends) : undefined);
}

describe('rendering the example', () => {
    let model: ActionPlanModel;
    before(async () => {
        model = await exampleModel();
    });

    describe('renderHtml', () => {
        let html: string;
        let text: string;
        before(() => {
            html = renderHtml(model);
            text = squash(textOf(html));
        });

        it('is one self-contained document: inline style, no script, no external reference', () => {
            assert.match(html, /^<!DOCTYPE html>\n<html lang="en" class="theme-auto">/);
            const tags = tagsOf(html);
            assert.deepEqual(tags.filter(t => ['script', 'img', 'link', 'iframe', 'object', 'embed', 'base'].includes(t.name)), []);
            for (const tag of tags) {
                for (const [name, value] of tag.attributes) {
                    assert.ok(!/^on/i.test(name), `event handler in ${tag.raw}`);
                    if (name === 'href') assert.match(value ?? '', /^#[\w-]+$/, `a link out of the page: ${tag.raw}`);
                    assert.ok(!['src', 'srcset', 'action', 'formaction', 'style'].includes(name), `${name} in ${tag.raw}`);
                }
            }
            assert.doesNotMatch(html, /url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
        });

        it('lets nothing load or run in a saved file (CSP)', () => {
            assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
            assert.match(html, /<style>\n/);
            assert.ok(!html.includes('<!-- script -->'));
        });

        it('has the partnership header', () => {
            assert.ok(text.includes('Northern Colorado Manufacturing Partnership'));
            for (const fact of ['Industry Advanced manufacturing', 'Region Larimer and Weld counties, Colorado', 'Convener Larimer Workforce Center', 'Launch Mar 4, 2026', 'As of May 1, 2026']) {
                assert.ok(text.includes(fact), `header lacks '${fact}'`);
            }
            assert.match(html, /<h1>Northern Colorado Manufacturing Partnership<\/h1>/);
        });

        it('has each priority with its follow-up date and its days after launch', () => {
            assert.ok(text.includes('Build the technician talent pipeline Mar 27, 2026 23 days after launch Talent action team'));
            assert.ok(text.includes('Buy more from regional suppliers 1 issue Mar 30, 2026 26 days after launch No action team yet'));
        });

        it('has the team: priority, formation, success and measures, first step, people, review', () => {
            for (const part of [
                'Priority: Build the technician talent pipeline', 'Talent action team',
                'Formed Mar 27, 2026, 23 days after launch · recorded by the team', 'Approved',
                'Regional employers fill most technician openings from local programs',
                'Share of technician hires from regional programs 60% Jun 30, 2027',
                'Ana convenes HR leads to list the five hardest-to-fill roles Owner Ana Ruiz Due Apr 10, 2026 · 21 days ago',
                'HR leads from six plants', 'Larimer Workforce Center, Front Range Community College',
                'Ana Ruiz CEO, Ruiz Precision Machining', 'Ben Okafor Plant manager, Vestas Blades America',
                'Li Chen · Front Range Community College', 'Selected by the convener', 'joined Apr 15, 2026 (19 days after formation)',
                'in-kind Instructor time for plant tours', 'policy Credit for prior learning for apprentices',
                'Commits resources', 'Business-centered', 'Toolkit thinking', 'Collaborative',
                'Monthly team call Meeting', 'Approved Apr 20, 2026 by Ana Ruiz, Ben Okafor',
            ]) {
                assert.ok(text.includes(part), `no '${part}' in:\n${text}`);
            }
        });

        it('has every win under its horizon, with status, owner, due date and days left, support and assessment', () => {
            const first = sectionAfter(text, 'First win what the team', ['12-month wins', 'Next wins']);
            const twelve = sectionAfter(text, '12-month wins', ['Next wins']);
            const next = sectionAfter(text, 'Next wins', ['First step']);
            assert.ok(first.includes('Achieved Host teacher tours in four plants Owner Ben Okafor (champion) Due Jun 10, 2026 75 days after formation, inside the 60-90 day window'), first);
            assert.ok(first.includes('Larimer Workforce Center — Recruits teachers from three districts'));
            assert.ok(first.includes('Assessment: Four tours, 38 teachers; two schools asked for repeat visits'));
            assert.ok(first.includes('Next: Make plant tours a fall routine in six plants'));
            assert.ok(twelve.includes('In progress Launch a shared apprenticeship pilot with three plants Owner Ana Ruiz (champion) Due Sep 30, 2026 · 152 days left'), twelve);
            assert.ok(twelve.includes('Planned Publish one regional map of technician career pathways Owner Ben Okafor (champion) Due Feb 28, 2027 · 303 days left'), twelve);
            assert.ok(twelve.includes('Li Chen — Adapts the machining curriculum in-kind'));
            assert.ok(next.includes('Planned Make plant tours a fall routine in six plants Owner Ben Okafor (champion) Due Nov 15, 2026 · 198 days left'), next);
            assert.ok(next.includes('Builds on Host teacher tours in four plants'));
            assert.ok(!text.includes('6-month wins'), 'an empty group is left out');
        });

        it('draws the timeline: one marker per dated win, launch, formation, window and as-of', () => {
            const svgs = html.match(/<svg class="timeline"[\s\S]*?<\/svg>/g) ?? [];
            assert.equal(svgs.length, 1);
            const svg = svgs[0];
            assert.equal((svg.match(/<g class="tl-win /g) ?? []).length, 4);
            for (const title of WIN_TITLES) {
                assert.ok(svg.includes(`<title>${title} — `), `no <title> for '${title}'`);
                assert.ok(svg.includes(`>${title}<tspan`), `no label for '${title}'`);
            }
            for (const status of ['achieved', 'in-progress', 'planned']) assert.match(svg, new RegExp(`<g class="tl-win st-${status}"`));
            assert.match(svg, /<rect class="tl-window" /);
            assert.match(svg, /class="tl-line tl-launch"/);
            assert.match(svg, /class="tl-line tl-formed"/);
            assert.match(svg, /class="tl-line tl-asof"/);
            for (const label of ['Launch Mar 4, 2026', 'Formed Mar 27, 2026', 'First-win window (60-90 days)', 'As of May 1, 2026']) {
                assert.ok(svg.includes(`>${label}</text>`), `no '${label}' on the timeline`);
            }
            // The window lies between the formation line and the first win's marker, in date order.
            const x = (re: RegExp) => Number(re.exec(svg)![1]);
            const formed = x(/class="tl-line tl-formed" x1="([\d.]+)"/);
            const windowFrom = x(/class="tl-window" x="([\d.]+)"/);
            const asOf = x(/class="tl-line tl-asof" x1="([\d.]+)"/);
            const tours = x(/data-win="TalentTeam.Tours">[\s\S]*?<circle class="mk-fill" cx="([\d.]+)"/);
            assert.ok(formed < asOf && asOf < windowFrom && windowFrom < tours, `${formed} < ${asOf} < ${windowFrom} < ${tours}`);
        });

        it('lists the diagnostics not tied to a team as plan-wide issues, and none for the team', () => {
            const wide = sectionAfter(text, 'Plan-wide issues', ['Rules derived from']);
            assert.ok(wide.includes("Warning Priority 'Supply' has no action team;"));
            assert.ok(wide.includes('priority-has-team · partnership.plan:11 · Priority "Buy more from regional suppliers"'));
            assert.ok(text.includes('Open issues None: this team’s plan meets every check.'));
        });

        it('ends with the attribution sentence of the guide', () => {
            assert.ok(text.includes(ATTRIBUTION));
            assert.equal(ATTRIBUTION, 'Rules derived from Guidance on Building and Sustaining Action Teams, Next Generation Sector Partnership toolkit, Institute for Networked Communities.');
            assert.match(html, /<footer>\n<p class="attribution">Rules derived from <cite>Guidance on Building and Sustaining Action Teams<\/cite>, Next Generation Sector Partnership toolkit, Institute for Networked Communities\.<\/p>/);
        });

        it('has light and dark colours, and prints on white with a page per team', () => {
            assert.match(html, /@media \(prefers-color-scheme: dark\)/);
            assert.match(html, /@media print \{[\s\S]*section\.team \{ break-before: page;/);
            assert.match(html, /@media print \{\s*:root, :root\.theme-vscode, :root\.theme-auto \{\s*--bg: #ffffff;/);
            assert.ok(!html.includes('var(--vscode-'));
        });
    });

    describe('renderHtml options', () => {
        it('theme vscode follows the editor theme through its CSS variables', () => {
            const html = renderHtml(model, { theme: 'vscode' });
            assert.match(html, /<html lang="en" class="theme-vscode">/);
            for (const variable of ['--vscode-editor-foreground', '--vscode-editor-background', '--vscode-font-family', '--vscode-charts-green', '--vscode-editorWarning-foreground']) {
                assert.ok(html.includes(`var(${variable}`), `no ${variable}`);
            }
            assert.doesNotMatch(html, /prefers-color-scheme/);
        });

        it('in the webview: a nonce on the style and on the given script, and a CSP that allows only them', () => {
            const html = renderHtml(model, { theme: 'vscode', nonce: 'abc123', script: 'const x = "</script>"; acquireVsCodeApi();' });
            assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; img-src data:; script-src 'nonce-abc123';">`));
            assert.match(html, /<style nonce="abc123">/);
            const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [];
            assert.deepEqual(scripts, ['<script nonce="abc123">\nconst x = "<\\/script>"; acquireVsCodeApi();\n</script>']);
        });

        it('in the webview without a script: a slot for it', () => {
            const html = renderHtml(model, { nonce: 'n0nce', cspSource: 'vscode-webview://x' });
            assert.ok(html.includes(`content="default-src 'none'; style-src vscode-webview://x 'nonce-n0nce'; img-src vscode-webview://x data:; script-src 'nonce-n0nce';"`));
            assert.ok(html.includes('<!-- script -->'));
            assert.doesNotMatch(html, /<script/);
        });

        it('with a CSP source and no nonce: the style stays inline, still no script', () => {
            const html = renderHtml(model, { cspSource: 'vscode-webview://x' });
            assert.ok(html.includes(`content="default-src 'none'; style-src vscode-webview://x 'unsafe-inline'; img-src vscode-webview://x data:"`));
            assert.doesNotMatch(html, /<script|<!-- script -->/);
        });

        it('linkSources: every element carries its file, line and column', () => {
            const html = renderHtml(model, { linkSources: true });
            const linked = tagsOf(html).filter(t => t.attributes.some(([n]) => n === 'data-source-line'))
                .map(t => Object.fromEntries(t.attributes) as Record<string, string>);
            const at = (file: string, line: number) => linked.filter(a => a['data-source-file'] === file && a['data-source-line'] === String(line));
            const team = model.teams[0];
            const expected: Array<[string, number, string]> = [
                ['teams/talent.plan', 2, 'team'], ['teams/talent.plan', 7, 'responder'], ['teams/talent.plan', 15, 'success'],
                ...team.wins.map(w => [w.source.file, w.source.line, `win ${w.name}`] as [string, number, string]),
                ['teams/talent.plan', 49, 'first step'], ['teams/talent.plan', 53, 'involve'], ['teams/talent.plan', 56, 'review'],
                ['teams/talent.plan', 58, 'organize'], ['partnership.plan', 2, 'partnership'], ['partnership.plan', 11, 'priority / diagnostic'],
                ['partnership.plan', 21, 'champion ana'],
            ];
            for (const [file, line, what] of expected) assert.ok(at(file, line).length > 0, `no source link for the ${what} (${file}:${line})`);
            // A win is linked from its card and from its timeline marker, with its column.
            assert.equal(at('teams/talent.plan', 19).filter(a => a['data-source-column'] === '5').length, 2);
            // The diagnostic points at its own position.
            assert.ok(linked.some(a => a['data-source-file'] === 'partnership.plan' && a['data-source-line'] === '11' && a['data-source-column'] === '14'));
            assert.ok(!renderHtml(model).includes('data-source-'), 'no source links unless asked');
        });
    });

    describe('renderMarkdown', () => {
        let markdown: string;
        let rendered: string;
        before(async () => {
            markdown = renderMarkdown(model);
            rendered = await marked.parse(markdown, { gfm: true });
        });

        it('has the header, the priorities and the attribution', () => {
            assert.match(markdown, /^# Action Plan: Northern Colorado Manufacturing Partnership\n/);
            for (const line of ['- **Industry:** Advanced manufacturing', '- **Region:** Larimer and Weld counties, Colorado',
                '- **Convener:** Larimer Workforce Center', '- **Launch:** Mar 4, 2026', '- **As of:** May 1, 2026']) {
                assert.ok(markdown.includes(`\n${line}\n`), `no '${line}'`);
            }
            assert.ok(markdown.includes('| Build the technician talent pipeline | Mar 27, 2026, 23 days after launch | Talent action team |'));
            assert.ok(markdown.includes('\n---\n\nRules derived from *Guidance on Building and Sustaining Action Teams*, Next Generation Sector Partnership toolkit, Institute for Networked Communities.\n'));
            assert.ok(squash(textOf(rendered)).includes(ATTRIBUTION));
        });

        it('has a wins table under each horizon heading', () => {
            const first = sectionAfter(markdown, '### First win', ['### 12-month wins']);
            const twelve = sectionAfter(markdown, '### 12-month wins', ['### Next wins']);
            const next = sectionAfter(markdown, '### Next wins', ['### First step']);
            assert.ok(first.includes('| Status | Win | Owner | Due | Days left |\n| --- | --- | --- | --- | --- |\n| ✓ Achieved | **Host teacher tours in four plants** | Ben Okafor | Jun 10, 2026 | — |'), first);
            assert.ok(twelve.includes('| ◐ In progress | **Launch a shared apprenticeship pilot with three plants** | Ana Ruiz | Sep 30, 2026 | 152 days left |'), twelve);
            assert.ok(twelve.includes('| ○ Planned | **Publish one regional map of technician career pathways** | Ben Okafor | Feb 28, 2027 | 303 days left |'), twelve);
            assert.ok(next.includes('| ○ Planned | **Make plant tours a fall routine in six plants** | Ben Okafor | Nov 15, 2026 | 198 days left |'), next);
            assert.ok(first.includes('  - Assessment: Four tours, 38 teachers; two schools asked for repeat visits'));
            assert.ok(next.includes('  - Builds on: Host teacher tours in four plants'));
            for (const title of WIN_TITLES) assert.ok(textOf(rendered).includes(title));
        });

        it('has the timeline as a table of dates, in date order', () => {
            const timeline = sectionAfter(markdown, '### Timeline', ['### First win']);
            const dates = [...timeline.matchAll(/^\| (\w{3} \d+, \d{4}) \|/gm)].map(m => m[1]);
            assert.deepEqual(dates, ['Mar 4, 2026', 'Mar 27, 2026', 'May 1, 2026', 'May 26, 2026', 'Jun 10, 2026', 'Jun 25, 2026', 'Sep 30, 2026', 'Nov 15, 2026', 'Feb 28, 2027']);
            assert.ok(timeline.includes('| Jun 10, 2026 | +98 days | ✓ Achieved: **Host teacher tours in four plants** |'));
        });

        it('lists the diagnostics', () => {
            assert.ok(markdown.includes("| ⚠️ Warning | Priority 'Supply' has no action team; the guide asks the businesses who signed up for each priority to form a team that owns it. | priority-has-team | partnership.plan:11 (Priority \"Buy more from regional suppliers\") |"));
        });

        it('renders to tables, lists and headings only', () => {
            const names = new Set(tagsOf(rendered).map(t => t.name));
            assert.deepEqual([...names].filter(n => !['h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br'].includes(n)), []);
            // priorities, success measures, timeline, first win, 12-month wins, next wins, plan-wide issues
            assert.equal((rendered.match(/<table>/g) ?? []).length, 7);
        });
    });

    it('renders a plan with no partnership and a team whose dates are missing', async () => {
        const bare = await modelOfFiles({ 'a.plan': 'team T "Loose team" for Nowhere {\n    early win W "Undated win" { owner nobody }\n}\n' });
        const html = renderHtml(bare);
        const text = squash(textOf(html));
        assert.ok(text.includes('No partnership is declared in these plan files yet.'));
        assert.ok(text.includes('Loose team'));
        assert.ok(text.includes('Unscheduled'));
        assert.ok(text.includes('Undated win'));
        assert.ok(text.includes('No dates to chart yet.'));
        assert.ok(text.includes('nobody (unresolved)'));
        const markdown = renderMarkdown(bare);
        assert.ok(markdown.includes('### Unscheduled'));
        assert.ok(markdown.includes('_No dates to chart yet._'));
        tagsOf(html);
    });
});
