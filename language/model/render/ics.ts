/**
 * The plan's dated promises as an iCalendar file (RFC 5545): one all-day
 * event per follow-up call, first step, win due date and review date, so the
 * dates a plan promises reach the calendars of the people who owe them.
 *
 * - Each event is named in the plan's words (`First win: <title>`), with the
 *   owner (or the reviewers, or the convener of a follow-up call) as attendee.
 * - Each event's UID comes from the element's qualified name, never from its
 *   position or its date: moving a date and importing again updates the event
 *   instead of adding a second one. Unnamed lines (first steps, reviews) are
 *   keyed by their team and their words (the step's text, the reviewers).
 * - The description says where the promise is written: plan file and line.
 *
 * Plans carry no e-mail addresses, and iCalendar requires one per attendee:
 * an attendee's address is `<person>@people.invalid` (a reserved domain that
 * delivers nowhere), so importing never invites anyone by mail.
 *
 * ical-generator writes the file (escaping, line folding, CRLF); the output is
 * deterministic: DTSTAMP is the model's as-of date.
 */
import { ICalCalendar, ICalEventStatus, ICalAttendeeRole, ICalAttendeeStatus } from 'ical-generator';
import type { ActionPlanModel, ModelReference, ModelSource, ModelTeam } from '../schema.js';
import { statusLabel } from './words.js';

/** The domain of every UID (RFC 5545 recommends a domain-like right-hand side). */
export const UID_DOMAIN = 'actionplan';
const PEOPLE_DOMAIN = 'people.invalid';

/** One dated promise of the plan: the calendar's events, also the unit the tests count. */
export interface CalendarPromise {
    uid: string;
    date: string;
    summary: string;
    description: string;
    attendees: Array<{ name: string; key: string }>;
    cancelled: boolean;
    source: ModelSource;
}

const WIN_KIND_LABELS = { first: 'First win', early: 'Early win', next: 'Next win' } as const;

/** Every dated promise of the model, in plan order (partnerships' follow-ups, then each team's). */
export function calendarPromises(model: ActionPlanModel): CalendarPromise[] {
    const promises: CalendarPromise[] = [];
    const people = new Map(model.people.map(p => [p.name, p]));
    const orgs = new Map(model.organizations.map(o => [o.name, o]));
    const attendee = (ref: ModelReference | undefined): CalendarPromise['attendees'] => {
        if (!ref) return [];
        const person = ref.resolved && ref.kind === 'person' ? people.get(ref.name) : undefined;
        const org = ref.resolved && (ref.kind === 'business' || ref.kind === 'partner') ? orgs.get(ref.name) : undefined;
        return [{ name: person?.fullName ?? org?.title ?? ref.label ?? ref.name, key: ref.name }];
    };
    const where = (source: ModelSource) => `Written in ${source.file}, line ${source.line}.`;
    const teamScope = (team: ModelTeam) => (team.partnership ? `${team.partnership}.${team.name}` : team.name);

    for (const partnership of model.partnerships) {
        for (const priority of partnership.priorities) {
            if (!priority.followUp) continue;
            promises.push({
                uid: uid('follow-up', `${partnership.name}.${priority.name}`),
                date: priority.followUp,
                summary: `Follow-up call: ${priority.title}`,
                description: lines(
                    `The follow-up call of the priority "${priority.title}" (${partnership.title}), where its action team forms.`,
                    where(priority.source),
                ),
                attendees: attendee(partnership.convener),
                cancelled: false,
                source: priority.source,
            });
        }
    }
    for (const team of model.teams) {
        const scope = teamScope(team);
        for (const win of team.wins) {
            if (!win.due) continue;
            const owner = win.owner ? attendee(win.owner) : [];
            promises.push({
                uid: uid('win', `${scope}.${win.name}`),
                date: win.due,
                summary: `${WIN_KIND_LABELS[win.kind]}: ${win.title}`,
                description: lines(
                    `${WIN_KIND_LABELS[win.kind]} of ${team.title}, due.`,
                    `Status: ${statusLabel(win.status)}.`,
                    owner.length ? `Owner: ${owner[0].name}.` : '',
                    ...win.supports.map(s => `Support: ${labelOf(s.party)}: ${s.role}`),
                    where(win.source),
                ),
                attendees: owner,
                cancelled: win.status === 'dropped',
                source: win.source,
            });
        }
        const steps = new Occurrences();
        for (const step of team.firstSteps) {
            if (!step.due) continue;
            const owner = attendee(step.owner);
            promises.push({
                uid: uid('first-step', `${scope}.${steps.key(fingerprint(step.what))}`),
                date: step.due,
                summary: `First step: ${step.what}`,
                description: lines(`The first step of ${team.title}, due.`, owner.length ? `Owner: ${owner[0].name}.` : '', where(step.source)),
                attendees: owner,
                cancelled: false,
                source: step.source,
            });
        }
        const reviews = new Occurrences();
        for (const review of team.reviews) {
            if (!review.date) continue;
            const reviewers = review.reviewers.flatMap(attendee);
            const by = review.reviewers.map(r => r.name).sort().join('+') || 'none';
            promises.push({
                uid: uid('review', `${scope}.${reviews.key(by)}`),
                date: review.date,
                summary: `Review: ${team.title}`,
                description: lines(
                    `A review of the plan of ${team.title}${reviewers.length ? ` by ${reviewers.map(r => r.name).join(', ')}` : ''}.`,
                    `Status: ${review.status}.`,
                    where(review.source),
                ),
                attendees: reviewers,
                cancelled: false,
                source: review.source,
            });
        }
    }
    return promises;
}

/** The model's dated promises as the text of an .ics file. */
export function renderIcs(model: ActionPlanModel): string {
    const titles = model.partnerships.map(p => clean(p.title));
    const calendar = new ICalCalendar({
        prodId: { company: 'Action Plans', product: 'actionplan', language: 'EN' },
        name: titles.length ? titles.join(', ') : 'Action Plan',
    });
    const stamp = dateOf(model.asOf);
    for (const promise of calendarPromises(model)) {
        const start = dateOf(promise.date);
        calendar.createEvent({
            id: promise.uid,
            start,
            allDay: true,
            stamp,
            summary: clean(promise.summary),
            description: clean(promise.description),
            status: promise.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
            attendees: promise.attendees.map(a => ({
                name: clean(a.name),
                email: `${mailbox(a.key)}@${PEOPLE_DOMAIN}`,
                role: ICalAttendeeRole.REQ,
                status: ICalAttendeeStatus.NEEDSACTION,
                rsvp: false,
            })),
        });
    }
    return calendar.toString();
}

/** A UID from an element's kind and qualified name: letters, digits, `.`, `-`, `_`, `+`; anything else percent-encoded. */
function uid(kind: string, qualifiedName: string): string {
    return `${kind}.${qualifiedName.replace(/[^A-Za-z0-9._+-]/g, ch => encodeURIComponent(ch).replace(/[!'()*~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))}@${UID_DOMAIN}`;
}

/** Unnamed lines with the same words in one team: the second is KEY~2, the third KEY~3, as the model's own ids do. */
class Occurrences {
    private readonly seen = new Map<string, number>();
    key(base: string): string {
        const n = (this.seen.get(base) ?? 0) + 1;
        this.seen.set(base, n);
        return n === 1 ? base : `${base}~${n}`;
    }
}

/** A short, stable key for a line's words (FNV-1a, 2 × 32 bits): the same text always gives the same key. */
function fingerprint(text: string): string {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
    }
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function labelOf(ref: ModelReference): string {
    return ref.label ?? ref.name;
}

function lines(...parts: string[]): string {
    return parts.filter(Boolean).join('\n');
}

/** The local part of an attendee's placeholder address: the plan name, ASCII-safe. */
function mailbox(name: string): string {
    return name.replace(/[^A-Za-z0-9._-]/g, '_') || '_';
}

/** YYYY-MM-DD as midnight UTC: ical-generator writes all-day dates from the UTC fields, so the day never shifts. */
function dateOf(day: string): Date {
    return new Date(`${day}T00:00:00Z`);
}

/**
 * Plan text for a calendar: line breaks kept (the library writes them as \n),
 * other control characters and lone surrogates shown as U+FFFD, never acted on.
 */
function clean(text: string): string {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
