// Response time in business minutes: the overlap of [start, end] with the pharmacy's opening hours,
// day by day in its time zone. The zone is injected (Utilities.formatDate in Apps Script) so the
// arithmetic stays testable without services.
import type { BusinessHours } from '../core/config/settings';

export interface ZoneClock {
  /** The calendar date, in the zone, of a moment. */
  dateOf(ms: number): { year: number; month: number; day: number };
  /** Minutes east of UTC at a moment. */
  offsetMinutes(ms: number): number;
}

const DAY = 86_400_000;
const MAX_DAYS = 400;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function businessMinutes(
  startMs: number,
  endMs: number,
  hours: BusinessHours,
  zone: ZoneClock,
): number {
  if (!(endMs > startMs)) return 0;
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  const first = zone.dateOf(startMs);
  let total = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    const midnightUtc = Date.UTC(first.year, first.month - 1, first.day + i);
    if (midnightUtc - 14 * 3_600_000 > endMs) break;
    const isoDay = ((new Date(midnightUtc).getUTCDay() + 6) % 7) + 1;
    if (!hours.days.includes(isoDay)) continue;
    // The offset at local midday: opening hours never straddle a daylight-saving switch (at night).
    const offsetMs = zone.offsetMinutes(midnightUtc + DAY / 2) * 60_000;
    const from = Math.max(startMs, midnightUtc + open * 60_000 - offsetMs);
    const to = Math.min(endMs, midnightUtc + close * 60_000 - offsetMs);
    if (to > from) total += to - from;
  }
  return Math.floor(total / 60_000);
}

export function gasZoneClock(timeZone: string): ZoneClock {
  return {
    dateOf: (ms) => {
      const [year, month, day] = Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd')
        .split('-')
        .map(Number);
      return { year: year!, month: month!, day: day! };
    },
    offsetMinutes: (ms) => {
      const z = Utilities.formatDate(new Date(ms), timeZone, 'Z');
      const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    },
  };
}
