/**
 * Calendar dates as the language uses them: `YYYY-MM-DD`, no time zones.
 * A date is carried as a day number (days since 1970-01-01) so that day counts
 * are plain subtraction.
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a date text is not a real calendar date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
    const match = DATE_SHAPE.exec(text);
    if (!match) {
        return `'${text}' is not a date; write it as YYYY-MM-DD`;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12) {
        return `'${text}' is not a real date: there is no month ${month}`;
    }
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
        return `'${text}' is not a real date: ${monthName(month)} ${year} has ${daysInMonth} days`;
    }
    return undefined;
}

/** Plans repeat the same dates many times: each text is read once. */
const DAYS = new Map<string, DayNumber | undefined>();

/** The day number of a valid date text; undefined for anything else (absent or invalid). */
export function toDay(text: string | undefined): DayNumber | undefined {
    if (text === undefined) return undefined;
    if (DAYS.has(text)) return DAYS.get(text);
    let day: DayNumber | undefined;
    if (dateProblem(text) === undefined) {
        const [year, month, date] = text.split('-').map(Number);
        day = Date.UTC(year, month - 1, date) / MS_PER_DAY;
    }
    if (DAYS.size > 100_000) DAYS.clear();
    DAYS.set(text, day);
    return day;
}

export function formatDay(day: DayNumber): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's date in the local time zone, as the as-of default. */
export function today(now: Date = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day in [min, max] nearest to `day`. */
export function clampDay(day: DayNumber, min: DayNumber, max: DayNumber): DayNumber {
    return Math.min(Math.max(day, min), max);
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${Math.abs(count) === 1 ? one : many}`;
}

function monthName(month: number): string {
    return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
}
