// How contact-channel facts read on a page.
import type { Channel } from './schemas.ts';

const dayOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
// 2024-01-01 was a Monday: a fixed week to name weekdays in any locale.
const weekdayName = (day: (typeof dayOrder)[number], locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + dayOrder.indexOf(day))));

/** "Mon–Fri 08:00–20:00 (America/New_York)"; consecutive days are joined into a range. */
export function formatHours(hours: NonNullable<Channel['hours']>, locale: string): string {
  const sorted = [...hours.days].sort((a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b));
  const runs: string[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && dayOrder.indexOf(day) === dayOrder.indexOf(last.at(-1) as (typeof dayOrder)[number]) + 1) last.push(day);
    else runs.push([day]);
  }
  const days = runs
    .map((run) => {
      const first = weekdayName(run[0] as (typeof dayOrder)[number], locale);
      return run.length > 1 ? `${first}–${weekdayName(run.at(-1) as (typeof dayOrder)[number], locale)}` : first;
    })
    .join(', ');
  return `${days} ${hours.from}–${hours.to} (${hours.timeZone})`;
}

/** "+1 888 280 4331" for North American numbers; other numbers as written (E.164). */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}` : e164;
}
