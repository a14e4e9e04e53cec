/**
 * Calendar dates as the language uses them: `YYYY-MM-DD`, no time zones.
 * A date is carried as a day number (days since 1970-01-01) so that day counts
 * are plain subtraction.
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Plans repeat the same dates many times: each text is judged once (a map as large as the dates written). */
const PROBLEMS = new Map<string, string | undefined>();

/** Why a date text is not a real calendar date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
    if (PROBLEMS.has(text)) return PROBLEMS.get(text);
    const problem = judgeDate(text);
    // A long-running server sees every date ever typed: the memo starts afresh past a bound.
    if (PROBLEMS.size >= 100_000) PROBLEMS.clear();
    PROBLEMS.set(text, problem);
    return problem;
}

function judgeDate(text: string): string | undefined {
    const match = DATE_SHAPE.exec(text);
    if (!match) {
        return `'${text}' is not a date; write it as YYYY-MM-DD`;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12) {
        return `'${text}' is not a real date: there is no month ${month}`;
    }
    const daysInMonth = new Date(utcDay(year, month, 0) * MS_PER_DAY).getUTCDate();
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
        day = utcDay(year, month - 1, date);
    }
    if (DAYS.size > 100_000) DAYS.clear();
    DAYS.set(text, day);
    return day;
}

/** The day of a (0-based) month, counted in full years: Date.UTC reads years 0-99 as 1900-1999. */
function utcDay(year: number, month: number, date: number): DayNumber {
    const day = new Date(0);
    day.setUTCFullYear(year, month, date);
    return day.getTime() / MS_PER_DAY;
}

/**
 * `YYYY-MM-DD` (not toISOString's `+010000-01-01` past the year 9999: a
 * fix must never write what does not lex as a date).
 */
export function formatDay(day: DayNumber): string {
    const date = new Date(day * MS_PER_DAY);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The date text of a day that a fix may write: a real date (years 0000-9999), else undefined. */
export function writableDay(day: DayNumber | undefined): string | undefined {
    if (day === undefined || !Number.isFinite(day)) return undefined;
    const text = formatDay(day);
    return dateProblem(text) === undefined ? text : undefined;
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
