// sprintf-like formatting for Utilities.formatString and Logger.log(format, ...values).

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g;

function padTo(text: string, flags: string, width: number | undefined): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width, ' ');
  if (flags.includes('0') && /^[+-]?[\d.]/.test(text)) {
    const sign = /^[+-]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width, ' ');
}

function signed(n: number, text: string, flags: string): string {
  if (n >= 0 && flags.includes('+')) return `+${text}`;
  if (n >= 0 && flags.includes(' ')) return ` ${text}`;
  return text;
}

/** Shows a value as Apps Script's %s does: strings as is, objects as JSON. */
export function show(value: unknown): string {
  if (value === null || typeof value !== 'object' || value instanceof Date) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function convert(conv: string, value: unknown, flags: string, precision: number | undefined): string {
  const n = Number(value);
  switch (conv) {
    case 's': {
      const text = show(value);
      return precision === undefined ? text : text.slice(0, precision);
    }
    case 'd':
    case 'i':
      return signed(n, String(Math.trunc(n)), flags);
    case 'f':
      return signed(n, n.toFixed(precision ?? 6), flags);
    case 'e':
    case 'E': {
      const text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return signed(n, conv === 'E' ? text.toUpperCase() : text, flags);
    }
    case 'x':
      return Math.trunc(n).toString(16);
    case 'X':
      return Math.trunc(n).toString(16).toUpperCase();
    case 'o':
      return Math.trunc(n).toString(8);
    default: // 'c'
      return typeof value === 'number' ? String.fromCharCode(value) : String(value).charAt(0);
  }
}

/** `Utilities.formatString(template, ...args)`: %s %d %i %f %e %x %o %c with flags, width and precision. */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (whole, flags: string, width?: string, precision?: string, conv?: string) => {
      if (conv === '%') return '%';
      if (next >= args.length) return whole;
      const text = convert(
        conv!,
        args[next++],
        flags,
        precision === undefined ? undefined : Number(precision),
      );
      return padTo(text, flags, width === undefined ? undefined : Number(width));
    },
  );
}
