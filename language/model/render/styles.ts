/**
 * The style sheet of the HTML Action Plan. Colours are custom properties so
 * one sheet serves the light and dark schemes, the VS Code theme and print.
 * No external font, image or import: the document stays self-contained.
 */

const LIGHT = `
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --surface: #f6f8fa; --accent: #0550ae;
  --c-planned: #59636e; --c-in-progress: #0550ae; --c-achieved: #116329; --c-missed: #b42318; --c-dropped: #6e7781;
  --c-error: #b42318; --c-warning: #8a5a00; --c-info: #0550ae; --c-hint: #59636e; --c-asof: #bc4c00; --c-window: #116329; --c-formed: #8250df;`;

const DARK = `
  --bg: #0f1318; --fg: #e6edf3; --muted: #9ea7b3; --border: #343b44; --surface: #171c23; --accent: #79c0ff;
  --c-planned: #a4adb8; --c-in-progress: #79c0ff; --c-achieved: #56d364; --c-missed: #ff7b72; --c-dropped: #8b949e;
  --c-error: #ff7b72; --c-warning: #e3b341; --c-info: #79c0ff; --c-hint: #a4adb8; --c-asof: #ffa657; --c-window: #56d364; --c-formed: #d2a8ff;`;

const VSCODE = `
  --bg: var(--vscode-editor-background, #ffffff);
  --fg: var(--vscode-editor-foreground, #1f2328);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, var(--vscode-editorWidget-border, rgba(128, 128, 128, 0.35)));
  --surface: var(--vscode-textBlockQuote-background, rgba(128, 128, 128, 0.08));
  --accent: var(--vscode-textLink-foreground, #0550ae);
  --c-planned: var(--vscode-descriptionForeground, #59636e);
  --c-in-progress: var(--vscode-charts-blue, #0550ae);
  --c-achieved: var(--vscode-charts-green, #116329);
  --c-missed: var(--vscode-charts-red, #b42318);
  --c-dropped: var(--vscode-disabledForeground, #6e7781);
  --c-error: var(--vscode-editorError-foreground, #b42318);
  --c-warning: var(--vscode-editorWarning-foreground, #8a5a00);
  --c-info: var(--vscode-editorInfo-foreground, #0550ae);
  --c-hint: var(--vscode-descriptionForeground, #59636e);
  --c-asof: var(--vscode-charts-orange, #bc4c00);
  --c-window: var(--vscode-charts-green, #116329);
  --c-formed: var(--vscode-charts-purple, #8250df);`;

const LAYOUT = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 15px; line-height: 1.55; font-feature-settings: "tnum" 1;
}
main { max-width: 62rem; margin: 0 auto; padding: 2.5rem 1.75rem 2rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 700; }
h1 { font-size: 2.05rem; letter-spacing: -0.01em; margin: 0.15rem 0 0.35rem; }
h2 { font-size: 1.55rem; letter-spacing: -0.005em; }
h3 { font-size: 1.05rem; margin: 2rem 0 0.7rem; padding-bottom: 0.35rem; border-bottom: 1px solid var(--border); }
h3 .hint { font-weight: 400; color: var(--muted); font-size: 0.88em; margin-left: 0.4rem; }
h4 { font-size: 0.95rem; margin: 1.1rem 0 0.45rem; }
p { margin: 0.35rem 0; }
code, .code { font-family: ui-monospace, SFMono-Regular, "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.86em; }
a { color: var(--accent); }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.09em; font-size: 0.74rem; font-weight: 700; color: var(--accent); }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }

.doc-header { padding-bottom: 1.25rem; }
.doc-header + .doc-header { border-top: 1px solid var(--border); padding-top: 1.5rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.9rem 1.5rem; margin: 1.25rem 0 0; padding: 1rem 1.25rem; background: var(--surface); border: 1px solid var(--border); border-radius: 10px; }
.facts div { min-width: 0; }
.facts dt { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.07em; color: var(--muted); font-weight: 600; }
.facts dd { margin: 0.1rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
.facts dd .muted { font-weight: 400; }

.glance { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; margin: 1.25rem 0 0.5rem; font-size: 0.92rem; }
.glance .group { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; }
.glance .label { color: var(--muted); font-weight: 600; margin-right: 0.15rem; }

.toc { margin: 1.5rem 0 0; font-size: 0.92rem; }
.toc ol { margin: 0.3rem 0 0; padding-left: 1.25rem; }
.toc li { margin: 0.15rem 0; }

section.overview { margin-top: 2.25rem; }
section.overview > h2, section.workspace-issues > h2 { font-size: 1.25rem; margin-bottom: 0.7rem; }

table { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
th, td { text-align: left; padding: 0.5rem 0.65rem; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; border-bottom-width: 2px; }
td .sub { display: block; color: var(--muted); font-size: 0.86em; }

section.team { margin-top: 3.25rem; padding-top: 1.6rem; border-top: 3px solid var(--fg); }
.team-head h2 { margin-top: 0.2rem; }
.team-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 0.45rem 1.5rem; margin-top: 0.6rem; color: var(--muted); font-size: 0.92rem; }
.team-meta strong { color: var(--fg); font-weight: 600; }

.badge {
  --tone: var(--muted);
  display: inline-flex; align-items: center; gap: 0.32em; padding: 0.08em 0.6em 0.08em 0.45em; border-radius: 999px;
  font-size: 0.78rem; font-weight: 650; line-height: 1.5; white-space: nowrap; vertical-align: 0.08em;
  color: var(--tone); background: color-mix(in srgb, var(--tone) 11%, var(--bg)); border: 1px solid color-mix(in srgb, var(--tone) 45%, var(--bg));
}
.badge .sym { font-weight: 800; }
.chip { display: inline-block; padding: 0 0.5em; border-radius: 4px; font-size: 0.78rem; font-weight: 600; color: var(--muted); border: 1px solid var(--border); background: var(--surface); white-space: nowrap; }
.chip.issues { --tone: var(--c-warning); color: var(--tone); border-color: color-mix(in srgb, var(--tone) 45%, var(--bg)); background: color-mix(in srgb, var(--tone) 9%, var(--bg)); }
.chip.issues.has-error { --tone: var(--c-error); }

.st-planned { --tone: var(--c-planned); }
.st-in-progress { --tone: var(--c-in-progress); }
.st-achieved { --tone: var(--c-achieved); }
.st-missed { --tone: var(--c-missed); }
.st-dropped { --tone: var(--c-dropped); }
.sev-error { --tone: var(--c-error); }
.sev-warning { --tone: var(--c-warning); }
.sev-info { --tone: var(--c-info); }
.sev-hint { --tone: var(--c-hint); }
.rv-approved { --tone: var(--c-achieved); }
.rv-changes-requested { --tone: var(--c-warning); }
.rv-pending, .rv-none { --tone: var(--c-planned); }

.success { margin: 0.4rem 0 0.9rem; }
.success .result { font-size: 1.08rem; font-weight: 600; padding-left: 0.85rem; border-left: 3px solid var(--c-window); margin: 0.3rem 0 0.6rem; }
.success table { margin-top: 0.3rem; }

.win { --tone: var(--c-planned); border: 1px solid var(--border); border-left: 4px solid var(--tone); border-radius: 8px; padding: 0.75rem 1rem 0.8rem; margin: 0.65rem 0; background: var(--bg); }
.win-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.35rem 0.65rem; }
.win-title { font-weight: 650; font-size: 1.03rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.2rem 1.35rem; color: var(--muted); font-size: 0.9rem; margin-top: 0.35rem; }
.meta strong { color: var(--fg); font-weight: 600; }
.overdue { color: var(--c-missed); font-weight: 700; }
.win .details { margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.92rem; }
.win .details li { margin: 0.2rem 0; padding-left: 1.1rem; position: relative; }
.win .details li::before { content: "›"; position: absolute; left: 0.2rem; color: var(--muted); }
.win .assessment { margin-top: 0.55rem; padding: 0.45rem 0.75rem; background: var(--surface); border-radius: 6px; font-size: 0.92rem; }
.label { font-weight: 650; }

.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 0 2.25rem; }
ul.list { margin: 0.3rem 0; padding-left: 1.2rem; }
ul.list li { margin: 0.25rem 0; }
ul.reviews { list-style: none; margin: 0.3rem 0; padding: 0; }
ul.reviews li { margin: 0.3rem 0; }
.people { list-style: none; margin: 0.3rem 0; padding: 0; }
.people > li { padding: 0.55rem 0; border-bottom: 1px solid var(--border); }
.people > li:last-child { border-bottom: none; }
.person-name { font-weight: 650; }
.traits { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-top: 0.35rem; }
.commits { margin: 0.35rem 0 0; padding: 0; list-style: none; font-size: 0.93rem; }
.commits li { margin: 0.2rem 0; }
.commits .chip { min-width: 4.6rem; text-align: center; margin-right: 0.35rem; }

figure.timeline-figure { margin: 0.5rem 0 0.5rem; padding: 0.6rem 0.6rem 0.3rem; border: 1px solid var(--border); border-radius: 10px; background: var(--bg); }
figure.timeline-figure figcaption { font-size: 0.85rem; color: var(--muted); padding: 0.25rem 0.4rem 0.2rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 0.84rem; color: var(--muted); margin: 0.35rem 0.4rem 0.2rem; }
.legend span { display: inline-flex; align-items: center; gap: 0.3rem; }
.legend .swatch { display: inline-block; width: 1.4rem; height: 0.7rem; border-radius: 2px; }
.legend .swatch.window { background: color-mix(in srgb, var(--c-window) 16%, var(--bg)); border: 1px solid color-mix(in srgb, var(--c-window) 45%, var(--bg)); }
.legend .swatch.asof { height: 0; border-top: 2px dashed var(--c-asof); }
.mk-icon { vertical-align: -0.15em; overflow: visible; }

.timeline { display: block; width: 100%; height: auto; font-size: 12px; overflow: visible; }
.timeline text { fill: var(--fg); font-family: inherit; }
.tl-tick { fill: var(--muted); font-size: 11.5px; }
.tl-grid { stroke: var(--border); stroke-width: 1; }
.tl-axis { stroke: var(--muted); stroke-width: 1; }
.tl-window { fill: color-mix(in srgb, var(--c-window) 13%, transparent); stroke: color-mix(in srgb, var(--c-window) 45%, transparent); stroke-width: 1; }
.tl-line { stroke-width: 1.5; }
.tl-launch { stroke: var(--fg); }
.tl-formed { stroke: var(--c-formed); }
.tl-asof { stroke: var(--c-asof); stroke-dasharray: 5 4; stroke-width: 2; }
.timeline .tl-ev { font-weight: 650; font-size: 11.5px; }
.timeline .tl-ev-formed { fill: var(--c-formed); }
.timeline .tl-ev-window { fill: var(--c-window); }
.timeline .tl-ev-asof { fill: var(--c-asof); }
.tl-track { stroke: var(--tone); stroke-opacity: 0.4; stroke-width: 2.5; stroke-linecap: round; }
.mk-fill { fill: var(--tone); }
.mk-ring { fill: var(--bg); stroke: var(--tone); stroke-width: 2; }
.mk-glyph { fill: none; stroke: var(--bg); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.mk-dash { stroke: var(--tone); stroke-width: 2; stroke-linecap: round; }
.tl-overdue-ring { fill: none; stroke: var(--c-missed); stroke-width: 1.5; stroke-dasharray: 3 2; }
.timeline .tl-label { font-size: 12.5px; }
.timeline .tl-date { fill: var(--muted); }
.timeline .tl-empty { fill: var(--muted); font-style: italic; }

.diagnostics { list-style: none; margin: 0.3rem 0; padding: 0; }
.diagnostics li { display: grid; grid-template-columns: 6.6rem 1fr; gap: 0.15rem 0.75rem; padding: 0.55rem 0; border-bottom: 1px solid var(--border); }
.diagnostics li:last-child { border-bottom: none; }
.diagnostics .badge { justify-self: start; align-self: start; margin-top: 0.15rem; }
.diag-msg { margin: 0; }
.diag-where { margin: 0.1rem 0 0; }
.diag-where { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.all-clear { color: var(--muted); }
section.workspace-issues { margin-top: 3rem; padding-top: 1.25rem; border-top: 3px solid var(--fg); }

footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; }
footer p { margin: 0.25rem 0; }
`;

const LINKED = `
[data-source-line] { cursor: pointer; }
.win[data-source-line]:hover, .people > li[data-source-line]:hover, .diagnostics li[data-source-line]:hover, tr[data-source-line]:hover {
  background: color-mix(in srgb, var(--accent) 6%, var(--bg));
}
.tl-win[data-source-line]:hover .tl-label { text-decoration: underline; }
`;

const PRINT = `
@page { margin: 15mm 14mm; }
@media print {
  :root, :root.theme-vscode, :root.theme-auto {${LIGHT}
    color-scheme: light;
  }
  body { font-size: 10.5pt; background: #ffffff; color: #1f2328; }
  main { max-width: none; padding: 0; }
  .toc { display: none; }
  section.team { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  section.workspace-issues { break-before: page; border-top: none; }
  .win, figure, tr, .diagnostics li, .people > li, .success, .facts { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .badge, .chip, .win, .facts, .legend .swatch, .timeline { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

export function styleSheet(theme: 'auto' | 'vscode', linkSources: boolean): string {
    const colours = theme === 'vscode'
        ? `:root.theme-vscode {${VSCODE}\n}\n.theme-vscode body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 14px; padding: 0; }\n`
        : `:root {${LIGHT}\n  color-scheme: light dark;\n}\n@media (prefers-color-scheme: dark) {\n  :root {${DARK}\n  }\n}\n`;
    return colours + LAYOUT + (linkSources ? LINKED : '') + PRINT;
}
