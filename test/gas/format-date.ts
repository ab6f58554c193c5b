import { isValidTimeZone, zoneOffsetMs, zonedParts } from './tz';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  const minutes = Math.round(offsetMs / 60000);
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function shortZoneName(epochMs: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'GMT';
}

/** java.text.SimpleDateFormat subset, as used by Utilities.formatDate. An unknown zone falls back to GMT, as in Java. */
export function formatDateSimple(date: Date, timeZone: string, pattern: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const ms = date.getTime();
  const p = zonedParts(ms, zone);
  const offset = zoneOffsetMs(ms, zone);
  const millis = ((ms % 1000) + 1000) % 1000;
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const end = close < 0 ? pattern.length : close;
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    out += field(ch, n);
  }
  return out;

  function field(ch: string, n: number): string {
    switch (ch) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M':
        if (n >= 4) return MONTHS[p.month - 1] ?? '';
        if (n === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
        return pad(p.month, n);
      case 'd':
        return pad(p.day, n);
      case 'H':
        return pad(p.hour, n);
      case 'k':
        return pad(p.hour === 0 ? 24 : p.hour, n);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(millis, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'E':
        return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
      case 'u':
        return String(p.weekday === 0 ? 7 : p.weekday);
      case 'Z':
        return offsetText(offset, 'Z');
      case 'X':
        return offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
      case 'z':
        return shortZoneName(ms, zone);
    }
    throw new Error(`Illegal pattern character '${ch}'`);
  }
}

/** Sheets number formats use m for both months and minutes; Java patterns use M for months. */
export function sheetsToJavaPattern(format: string): string {
  const tokens = format.match(/"[^"]*"|([a-zA-Z])\1*|[^a-zA-Z"]+/g) ?? [];
  const ampm = /am\/pm|a\/p/i.test(format);
  return tokens
    .map((token, index) => {
      if (token.startsWith('"')) return `'${token.slice(1, -1)}'`;
      const lower = token.toLowerCase();
      if (lower[0] === 'm' && lower.length <= 2) {
        const prev =
          tokens
            .slice(0, index)
            .reverse()
            .find((t) => /^[a-z]/i.test(t))
            ?.toLowerCase() ?? '';
        const next =
          tokens
            .slice(index + 1)
            .find((t) => /^[a-z]/i.test(t))
            ?.toLowerCase() ?? '';
        return prev.startsWith('h') || next.startsWith('s') ? lower : lower.toUpperCase();
      }
      if (lower[0] === 'm') return lower.length === 3 ? 'MMM' : 'MMMM';
      if (lower[0] === 'h') return ampm ? lower : lower.toUpperCase();
      if (lower[0] === 'y' || lower[0] === 'd' || lower[0] === 's') return lower;
      return token;
    })
    .join('');
}
