// Wall-clock parts of a moment in a time zone, through Utilities.formatDate: Apps Script's Intl
// time-zone support is not relied on.
import type { LocalParts } from '../core/i18n';

export function localParts(date: Date, timeZone: string): LocalParts {
  const [year, month, day, hour, minute] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm')
    .split('-')
    .map(Number);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
}

/** Epoch seconds of the local midnight that starts the given moment's day. */
export function startOfLocalDay(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  const sinceMidnightMs =
    (p.hour * 60 + p.minute) * 60_000 + date.getSeconds() * 1000 + date.getMilliseconds();
  return Math.floor((date.getTime() - sinceMidnightMs) / 1000);
}
