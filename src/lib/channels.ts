// How contact-channel facts read on a page.
import type { Channel } from './schemas.ts';
import { dateFormat } from './i18n.ts';

const dayOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
// 2024-01-01 was a Monday: a fixed week to name weekdays in any locale.
const weekdayName = (day: (typeof dayOrder)[number], locale: string) =>
  dateFormat(locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + dayOrder.indexOf(day))));

/** "Mon–Fri 08:00–20:00 (America/New_York)"; consecutive days are joined into a range. */
export function formatHours(hours: NonNullable<Channel['hours']>, locale: string): string {
  const sorted = [...hours.days].sort((a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b));
  const runs: string[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && dayOrder.indexOf(day) === dayOrder.indexOf(last.at(-1) as (typeof dayOrder)[number]) + 1)
      last.push(day);
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

// Country calling codes of one and two digits (ITU-T E.164 list); every other code has three.
const shortCallingCodes = new Set([
  '1',
  '7',
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

/**
 * An E.164 number in international format, the same in every locale (it is dialled as written):
 * "+1 888-280-4331" for North America, else "+<country code>" and the national number in groups
 * of four from the end ("+62 21 5080 8888", "+44 20 7123 4567"). Digits stay ASCII; pages wrap
 * the number in <bdi dir="ltr"> so it reads left to right inside right-to-left text.
 */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  const digits = e164.replace(/^\+/, '');
  const codeLength = shortCallingCodes.has(digits.slice(0, 1)) ? 1 : shortCallingCodes.has(digits.slice(0, 2)) ? 2 : 3;
  const national = digits.slice(codeLength);
  const groups: string[] = [];
  for (let end = national.length; end > 0; end -= 4) groups.unshift(national.slice(Math.max(0, end - 4), end));
  return [`+${digits.slice(0, codeLength)}`, ...groups].join(' ');
}
