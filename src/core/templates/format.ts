// Turns a field's value into the text printed in the document, by its type and the template's formats.
import { formatDate, formatTime, isCalendarDay, parseDateText } from './dates';
import type { FieldType } from './shape';
import type { Format } from './tags';

/** True when a value counts as filled in: non-blank text, non-zero number, true, a non-empty list, a date. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return true;
}

/** Prints a value: empty values print as the fallback (or nothing); formats apply in the order written. */
export function formatValue(
  value: unknown,
  type: FieldType,
  formats: readonly Format[],
  timeZone: string,
  fallback = '',
): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return fallback;
  let current: unknown = value;
  for (const format of formats) current = applyFormat(current, format, timeZone);
  if (formats.length === 0) current = byType(current, type, timeZone);
  return plain(current, timeZone);
}

function applyFormat(value: unknown, format: Format, zone: string): unknown {
  // A calendar day typed as text has no time of day to move across midnight.
  const timeZone = typeof value === 'string' && isCalendarDay(value) ? 'UTC' : zone;
  switch (format.name) {
    case 'date': {
      const date = asDate(value);
      if (!date) return value;
      const style = format.option === 'short' ? 'short' : format.option === 'weekday' ? 'weekday' : 'long';
      return formatDate(date, timeZone, style);
    }
    case 'datetime': {
      const date = asDate(value);
      return date ? `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}` : value;
    }
    case 'time': {
      const date = asDate(value);
      return date ? formatTime(date, timeZone) : value;
    }
    case 'gbp': {
      const amount = asNumber(value);
      return amount === undefined ? value : formatPounds(amount, format.option === 'pence');
    }
    case 'number': {
      const amount = asNumber(value);
      return amount === undefined ? value : groupThousands(amount);
    }
    case 'upper':
      return plain(value, timeZone).toUpperCase();
    case 'lower':
      return plain(value, timeZone).toLowerCase();
  }
}

/** What a value looks like when the template names no format. */
function byType(value: unknown, type: FieldType, timeZone: string): unknown {
  if (type === 'money') return applyFormat(value, { name: 'gbp' }, timeZone);
  if (type === 'date') return applyFormat(value, { name: 'date' }, timeZone);
  if (type === 'dateTime') return applyFormat(value, { name: 'datetime' }, timeZone);
  return value;
}

/** Text for any value: dates in long form, true/false as Yes/No. */
function plain(value: unknown, timeZone: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value, timeZone);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return '';
}

function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return typeof value === 'string' ? parseDateText(value) : undefined;
}

/** Numbers, or text such as "£2,400.50" or "2400". */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[£,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** "£2,400" for whole pounds, "£2,400.50" otherwise; `pence` always shows pence ("£2,400.00"). */
export function formatPounds(amount: number, alwaysPence = false): string {
  const pence = Math.round(Math.abs(amount) * 100);
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  const sign = amount < 0 && pence > 0 ? '-' : '';
  const tail = rest === 0 && !alwaysPence ? '' : `.${String(rest).padStart(2, '0')}`;
  return `${sign}£${groupThousands(pounds)}${tail}`;
}

/** "12,345" or "12,345.5": thousands separated by commas, as in the UK. */
function groupThousands(amount: number): string {
  const [whole = '0', fraction] = String(Math.abs(amount)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
