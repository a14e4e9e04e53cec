/** Shared wording for messages: the plan's own words for its elements. */
import type { Win } from '../generated/ast.js';
import { plural } from '../dates.js';

const WIN_KIND: Record<Win['kind'], string> = { first: 'First win', early: 'Early win', next: 'Next win' };

/** `First win 'Tours'`, or `first win 'Tours'` in the middle of a sentence. */
export function winLabel(win: Win, position: 'start' | 'inside' = 'start'): string {
    const label = `${WIN_KIND[win.kind] ?? 'Win'} '${win.name}'`;
    return position === 'start' ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export function days(count: number): string {
    return plural(count, 'day');
}

/** `21-28 days` */
export function window(min: number, max: number): string {
    return `${min}-${max} days`;
}

/**
 * Who asks for a window or count: the guide (with its reason, when given), or
 * the partnership's config when it sets other values, crediting the config
 * and giving the guide's value after it:
 * `this partnership's config asks for 10-20 days (the guide: 21-28)`.
 */
export function asksFor(value: string, guideValue: string, configured: boolean, guideReason = ''): string {
    return configured ? `this partnership's config asks for ${value} (the guide: ${guideValue})` : `the guide asks for ${value}${guideReason}`;
}
