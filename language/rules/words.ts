/** Shared wording for messages: the plan's own words for its elements. */
import type { Win } from '../generated/ast.js';
import { plural } from '../dates.js';

const WIN_KIND: Record<Win['kind'], string> = { first: 'First win', early: 'Early win', next: 'Next win' };

/** `First win 'Tours'` */
export function winLabel(win: Win): string {
    return `${WIN_KIND[win.kind] ?? 'Win'} '${win.name}'`;
}

export function days(count: number): string {
    return plural(count, 'day');
}

/** `21-28 days` */
export function window(min: number, max: number): string {
    return `${min}-${max} days`;
}
