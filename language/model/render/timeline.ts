/**
 * The timeline of one team: every win at its due date, against the
 * partnership's launch, the team's formation, the 60-90 day first-win window
 * and the as-of date. `timelineOf` computes it (the Markdown lists it);
 * `renderTimelineSvg` draws it as inline SVG for the HTML.
 *
 * The SVG carries no style attribute and no script: colours come from CSS
 * classes of the document (so it follows the theme and prints), shapes tell
 * the status apart without colour, and each win has its title as an SVG
 * <title> and a text label.
 */
import { formatDay, toDay } from '../../dates.js';
import type { ModelTeam, ModelWin } from '../schema.js';
import { escapeHtml as esc } from './escape.js';
import { dueWording, formatDate, monthLabel, statusLabel, token, type ModelIndex } from './words.js';

export interface TimelineWin {
    win: ModelWin;
    day: number;
    /** Where its track starts: the win it follows, else the team's formation. */
    from?: number;
}

export interface Timeline {
    start: number;
    end: number;
    launch?: number;
    formed?: number;
    asOf?: number;
    /** True when the as-of date lies off the chart and is pinned to an edge. */
    asOfOffChart: boolean;
    window?: { from: number; to: number };
    wins: TimelineWin[];
    /** Wins with no (valid) due date: not charted. */
    undated: ModelWin[];
}

/** How far the as-of date may lie from the plan's dates and still widen the chart. */
const AS_OF_REACH = 180;

export function timelineOf(index: ModelIndex, team: ModelTeam): Timeline | undefined {
    const launch = toDay(index.partnershipOf(team)?.launch);
    const formed = toDay(team.formed);
    const window = team.firstWinWindow && toDay(team.firstWinWindow.from) !== undefined && toDay(team.firstWinWindow.to) !== undefined
        ? { from: toDay(team.firstWinWindow.from)!, to: toDay(team.firstWinWindow.to)! }
        : undefined;
    const dueOf = new Map(team.wins.map(w => [w.qualifiedName, toDay(w.due)]));
    const wins: TimelineWin[] = [];
    const undated: ModelWin[] = [];
    for (const win of team.wins) {
        const day = toDay(win.due);
        if (day === undefined) {
            undated.push(win);
            continue;
        }
        const after = win.after?.resolved ? dueOf.get(win.after.name) : undefined;
        const from = after ?? formed;
        wins.push({ win, day, ...(from !== undefined && from <= day ? { from } : {}) });
    }
    wins.sort((a, b) => a.day - b.day);

    const planDays = [launch, formed, window?.from, window?.to, ...wins.map(w => w.day)].filter((d): d is number => d !== undefined);
    const asOf = toDay(index.model.asOf);
    if (planDays.length === 0) return undefined;
    // Not Math.min(...planDays): a team of 100,000 wins would overflow the call stack.
    let min = planDays.reduce((a, b) => Math.min(a, b));
    let max = planDays.reduce((a, b) => Math.max(a, b));
    let asOfOffChart = false;
    if (asOf !== undefined) {
        if (asOf >= min - AS_OF_REACH && asOf <= max + AS_OF_REACH) {
            min = Math.min(min, asOf);
            max = Math.max(max, asOf);
        } else {
            asOfOffChart = true;
        }
    }
    const span = Math.max(max - min, 30);
    const pad = Math.max(7, Math.round(span * 0.04));
    return {
        start: min - pad, end: min + span + pad,
        ...(launch !== undefined ? { launch } : {}),
        ...(formed !== undefined ? { formed } : {}),
        ...(asOf !== undefined ? { asOf } : {}),
        asOfOffChart,
        ...(window ? { window } : {}),
        wins, undated,
    };
}

export interface TimelineSvgOptions {
    /** Unique within the document: the SVG's ids are made from it. */
    id: string;
    /** Put data-source-* on each win's marker. */
    linkSources?: boolean;
}

const WIDTH = 960;
const PAD_LEFT = 24;
const PAD_RIGHT = 24;
const LABEL_ROW = 17;
const WIN_ROW = 30;
/** Average advance of a character of the labels (12.5px) and of the event labels (11.5px, bold), in user units. */
const CHAR_WIDTH = 6.6;
const EVENT_CHAR_WIDTH = 7.1;

export function renderTimelineSvg(index: ModelIndex, team: ModelTeam, options: TimelineSvgOptions): string {
    const timeline = timelineOf(index, team);
    if (!timeline) return '';
    const { start, end } = timeline;
    const x = (day: number) => round(PAD_LEFT + ((day - start) / (end - start)) * (WIDTH - PAD_LEFT - PAD_RIGHT));
    const clampX = (day: number) => x(Math.min(Math.max(day, start), end));

    // The labels of the dated events along the top, in as few rows as they fit.
    type TopLabel = { x: number; text: string; cls: string; anchor: 'start' | 'end' };
    const top: TopLabel[] = [];
    const place = (px: number, text: string, cls: string) => {
        const widthOf = text.length * EVENT_CHAR_WIDTH + 8;
        const anchor = px + widthOf > WIDTH - 4 ? 'end' : 'start';
        top.push({ x: px, text, cls, anchor });
    };
    if (timeline.launch !== undefined) place(x(timeline.launch), `Launch ${formatDate(formatDay(timeline.launch))}`, 'tl-ev-launch');
    if (timeline.formed !== undefined) place(x(timeline.formed), `Formed ${formatDate(formatDay(timeline.formed))}`, 'tl-ev-formed');
    if (timeline.window) {
        const w = timeline.window;
        const range = timeline.formed !== undefined ? ` (${w.from - timeline.formed}-${w.to - timeline.formed} days)` : '';
        place(x(w.from), `First-win window${range}`, 'tl-ev-window');
    }
    if (timeline.asOf !== undefined) {
        const label = `As of ${formatDate(formatDay(timeline.asOf))}`;
        place(clampX(timeline.asOf), timeline.asOfOffChart ? (timeline.asOf > end ? `${label} →` : `← ${label}`) : label, 'tl-ev-asof');
    }
    const rows: Array<Array<[number, number]>> = [];
    const rowOf = new Map<TopLabel, number>();
    for (const label of [...top].sort((a, b) => a.x - b.x)) {
        const w = label.text.length * EVENT_CHAR_WIDTH + 12;
        const span: [number, number] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
        let row = rows.findIndex(r => r.every(([a, b]) => span[1] < a || span[0] > b));
        if (row < 0) row = rows.push([]) - 1;
        rows[row].push(span);
        rowOf.set(label, row);
    }
    const topHeight = Math.max(1, rows.length) * LABEL_ROW + 10;
    const plotTop = topHeight;
    const firstRow = plotTop + 18;
    const plotBottom = firstRow + Math.max(1, timeline.wins.length) * WIN_ROW - 6;
    const axisY = plotBottom + 4;
    const height = axisY + 26;

    const parts: string[] = [];
    const titleId = `${options.id}-title`;
    const descId = `${options.id}-desc`;
    parts.push(`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${esc(titleId)} ${esc(descId)}" data-wins="${timeline.wins.length}">`);
    parts.push(`<title id="${esc(titleId)}">Timeline of ${esc(team.title)}</title>`);
    parts.push(`<desc id="${esc(descId)}">${esc(describe(timeline))}</desc>`);

    // First-win window, shaded across the plot.
    if (timeline.window) {
        const x1 = clampX(timeline.window.from);
        const x2 = clampX(timeline.window.to);
        parts.push(`<rect class="tl-window" x="${x1}" y="${plotTop}" width="${Math.max(1, round(x2 - x1))}" height="${round(axisY - plotTop)}"/>`);
    }

    // Month grid and axis.
    const ticks = monthTicks(start, end);
    for (const [i, tick] of ticks.entries()) {
        const tx = x(tick);
        const withYear = i === 0 || formatDay(tick).slice(5, 7) === '01';
        parts.push(`<line class="tl-grid" x1="${tx}" y1="${plotTop}" x2="${tx}" y2="${axisY}"/>`);
        parts.push(`<text class="tl-tick" x="${tx}" y="${axisY + 17}" text-anchor="middle">${esc(monthLabel(tick, withYear))}</text>`);
    }
    parts.push(`<line class="tl-axis" x1="${PAD_LEFT}" y1="${axisY}" x2="${WIDTH - PAD_RIGHT}" y2="${axisY}"/>`);

    // Event lines: launch, formation, as-of.
    const eventLine = (day: number, cls: string) =>
        parts.push(`<line class="${cls}" x1="${clampX(day)}" y1="${plotTop - 4}" x2="${clampX(day)}" y2="${axisY}"/>`);
    if (timeline.launch !== undefined) eventLine(timeline.launch, 'tl-line tl-launch');
    if (timeline.formed !== undefined) eventLine(timeline.formed, 'tl-line tl-formed');
    if (timeline.asOf !== undefined) eventLine(timeline.asOf, 'tl-line tl-asof');
    for (const label of top) {
        const row = rowOf.get(label) ?? 0;
        const ty = 13 + row * LABEL_ROW;
        const tx = label.anchor === 'start' ? label.x + 4 : label.x - 4;
        parts.push(`<text class="tl-ev ${label.cls}" x="${round(tx)}" y="${ty}" text-anchor="${label.anchor}">${esc(label.text)}</text>`);
    }

    // One row per win: a track from where it starts, the marker at its due date, the label.
    for (const [i, entry] of timeline.wins.entries()) {
        const cy = firstRow + i * WIN_ROW;
        const cx = x(entry.day);
        const win = entry.win;
        const status = token(win.status);
        const due = dueWording(win.daysLeft, win.status);
        const source = options.linkSources ? sourceAttributes(win.source) : '';
        const tooltip = [
            win.title, `${statusLabel(win.status)}${win.overdue ? ', overdue' : ''}`,
            `due ${formatDate(win.due)}${due.text ? ` (${due.text})` : ''}`,
            win.owner ? `owner ${win.owner.resolved ? win.owner.label ?? win.owner.name : win.owner.name}` : '',
        ].filter(Boolean).join(' — ');
        parts.push(`<g class="tl-win st-${status}${win.overdue ? ' tl-overdue' : ''}" data-win="${esc(win.qualifiedName)}"${source}>`);
        parts.push(`<title>${esc(tooltip)}</title>`);
        // The label goes where it fits whole, the right side first; else where there is more room.
        const dateText = ` · ${formatDate(win.due).replace(/, \d{4}$/, '')}`;
        const needed = ([...String(win.title)].length + dateText.length) * CHAR_WIDTH;
        const right = WIDTH - PAD_RIGHT - (cx + 14);
        const left = cx - 14 - PAD_LEFT;
        const onRight = needed <= right || (needed > left && right >= left);
        const room = Math.max(8, Math.floor((onRight ? right : left) / CHAR_WIDTH));
        const title = truncate(win.title, Math.max(6, room - dateText.length));
        const tx = onRight ? cx + 14 : cx - 14;
        // The track runs from where the win starts to its marker, stopping short of a label on its left.
        if (entry.from !== undefined && entry.from < entry.day) {
            const labelStart = onRight ? cx : tx - ([...title].length + dateText.length) * CHAR_WIDTH - 6;
            const x1 = x(entry.from);
            const x2 = round(Math.min(cx, labelStart));
            if (x2 - x1 > 3) parts.push(`<line class="tl-track" x1="${x1}" y1="${cy}" x2="${x2}" y2="${cy}"/>`);
        }
        parts.push(marker(win.status, cx, cy, win.overdue));
        parts.push(`<text class="tl-label" x="${tx}" y="${cy + 4}" text-anchor="${onRight ? 'start' : 'end'}">${esc(title)}<tspan class="tl-date">${esc(dateText)}</tspan></text>`);
        parts.push('</g>');
    }
    if (timeline.wins.length === 0) {
        parts.push(`<text class="tl-empty" x="${WIDTH / 2}" y="${firstRow + 4}" text-anchor="middle">No win has a due date yet</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

/** The marker of a status: its shape alone tells the status, colour only adds to it. */
export function marker(status: string, cx: number, cy: number, overdue = false, radius = 7): string {
    const r = radius;
    const ring = overdue ? `<circle class="tl-overdue-ring" cx="${cx}" cy="${cy}" r="${r + 4}"/>` : '';
    const k = r * 0.5;
    switch (status) {
        case 'achieved':
            return `${ring}<circle class="mk-fill" cx="${cx}" cy="${cy}" r="${r}"/>`
                + `<path class="mk-glyph" d="M${round(cx - k)} ${round(cy + 0.2)} l${round(k * 0.7)} ${round(k * 0.8)} l${round(k * 1.3)} ${round(-k * 1.6)}"/>`;
        case 'in-progress':
            return `${ring}<circle class="mk-ring" cx="${cx}" cy="${cy}" r="${r}"/>`
                + `<path class="mk-fill" d="M${cx} ${round(cy - r)} A${r} ${r} 0 0 1 ${cx} ${round(cy + r)} Z"/>`;
        case 'missed':
            return `${ring}<circle class="mk-fill" cx="${cx}" cy="${cy}" r="${r}"/>`
                + `<path class="mk-glyph" d="M${round(cx - k)} ${round(cy - k)} L${round(cx + k)} ${round(cy + k)} M${round(cx + k)} ${round(cy - k)} L${round(cx - k)} ${round(cy + k)}"/>`;
        case 'dropped':
            return `${ring}<circle class="mk-ring" cx="${cx}" cy="${cy}" r="${r}"/>`
                + `<path class="mk-dash" d="M${round(cx - k)} ${cy} L${round(cx + k)} ${cy}"/>`;
        default:
            return `${ring}<circle class="mk-ring" cx="${cx}" cy="${cy}" r="${r}"/>`;
    }
}

/** A small standalone marker, for badges and the legend. */
export function markerIcon(status: string): string {
    return `<svg class="mk-icon st-${token(status)}" viewBox="0 0 18 18" width="14" height="14" aria-hidden="true">${marker(status, 9, 9, false, 6.5)}</svg>`;
}

function describe(t: Timeline): string {
    const bits = [
        t.launch !== undefined ? `launch ${formatDate(formatDay(t.launch))}` : '',
        t.formed !== undefined ? `formed ${formatDate(formatDay(t.formed))}` : '',
        t.window ? `first-win window ${formatDate(formatDay(t.window.from))} to ${formatDate(formatDay(t.window.to))}` : '',
        t.asOf !== undefined ? `as of ${formatDate(formatDay(t.asOf))}` : '',
        `${t.wins.length} dated ${t.wins.length === 1 ? 'win' : 'wins'}`,
        t.undated.length ? `${t.undated.length} without a due date` : '',
    ];
    return bits.filter(Boolean).join('; ');
}

function monthTicks(start: number, end: number): number[] {
    const span = end - start;
    const step = span <= 550 ? 1 : span <= 1100 ? 3 : span <= 2200 ? 6 : 12;
    const [y, m] = formatDay(start).split('-').map(Number);
    let year = y;
    let month = m; // the month after start's month, 1-based, advanced below
    const ticks: number[] = [];
    for (;;) {
        month += 1;
        if (month > 12) { month = 1; year += 1; }
        const day = Date.UTC(year, month - 1, 1) / 86_400_000;
        if (day > end) break;
        if ((month - 1) % step === 0) ticks.push(day);
        if (ticks.length > 60) break;
    }
    return ticks;
}

export function sourceAttributes(source: { file: string; line: number; column: number } | undefined): string {
    if (!source) return '';
    return ` data-source-file="${esc(source.file)}" data-source-line="${esc(source.line)}" data-source-column="${esc(source.column)}"`;
}

function truncate(text: string, max: number): string {
    const chars = [...String(text)];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

function round(n: number): number {
    return Math.round(n * 10) / 10;
}
