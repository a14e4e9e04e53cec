/**
 * Where in the rendered Action Plan a place in a plan file shows: the id of
 * the anchor the preview scrolls to when the cursor moves in the editor.
 * A team's section is `team-N`, in the order the document lists teams
 * (words.ts `indexModel`); the partnership and its priorities are the
 * Priorities table. The HTML renderer takes its ids from here, so both
 * always agree.
 */
import type { ActionPlanModel, ModelSource } from '../schema.js';
import { indexModel } from './words.js';

export const PRIORITIES_ANCHOR = 'priorities-heading';

/** The id of the section of the `i`-th team (from 0) of the document. */
export function teamAnchor(i: number): string {
    return `team-${i + 1}`;
}

/**
 * The anchor of what is written at `line` (from 1) of `file` (named as the
 * model names files), or undefined when the line is in nothing the document
 * has a section for (a person, a blank line between blocks).
 */
export function anchorAt(model: ActionPlanModel, file: string, line: number): string | undefined {
    const inside = (source: ModelSource) => source.file === file && source.line <= line && line <= source.endLine;
    const teams = indexModel(model).teams;
    const team = teams.findIndex(t => inside(t.source));
    if (team >= 0) return teamAnchor(team);
    if (model.partnerships.some(p => inside(p.source))) return PRIORITIES_ANCHOR;
    return undefined;
}
