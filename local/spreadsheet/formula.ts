// A tiny formula reader: computes constant arithmetic, flags what Sheets cannot parse as `#ERROR!`.
import type { CellValue } from './cell';

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string };

/** Thrown for text Sheets would refuse to parse (shown as `#ERROR!`, "Formula parse error"). */
class ParseError extends Error {}
/** The formula refers to cells, names or functions: the fake does not compute it. */
class Unknown extends Error {}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|('(?:[^']|'')*'![\w$:.]+|[A-Za-z_$][\w.$!:]*)|(<=|>=|<>|[-+*/^&=<>(),%;{}]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new ParseError();
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', value: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: 'name', value: m[3].trim() });
    else tokens.push({ kind: 'op', value: m[4]! });
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): CellValue {
    const value = this.comparison();
    if (this.at < this.tokens.length) throw new ParseError();
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private takeOp(...ops: string[]): string | null {
    const t = this.peek();
    if (t?.kind === 'op' && ops.includes(t.value)) {
      this.at += 1;
      return t.value;
    }
    return null;
  }

  private comparison(): CellValue {
    const left = this.concat();
    const op = this.takeOp('=', '<>', '<', '>', '<=', '>=');
    if (!op) return left;
    const right = this.concat();
    const [a, b] = [left, right] as [CellValue, CellValue];
    const cmp = a < b ? -1 : a > b ? 1 : 0;
    return { '=': cmp === 0, '<>': cmp !== 0, '<': cmp < 0, '>': cmp > 0, '<=': cmp <= 0, '>=': cmp >= 0 }[
      op
    ]!;
  }

  private concat(): CellValue {
    let value = this.additive();
    while (this.takeOp('&')) value = `${text(value)}${text(this.additive())}`;
    return value;
  }

  private additive(): CellValue {
    let value = this.multiplicative();
    for (let op = this.takeOp('+', '-'); op; op = this.takeOp('+', '-')) {
      const right = number(this.multiplicative());
      value = op === '+' ? number(value) + right : number(value) - right;
    }
    return value;
  }

  private multiplicative(): CellValue {
    let value = this.power();
    for (let op = this.takeOp('*', '/'); op; op = this.takeOp('*', '/')) {
      const right = number(this.power());
      if (op === '/' && right === 0) throw new DivByZero();
      value = op === '*' ? number(value) * right : number(value) / right;
    }
    return value;
  }

  private power(): CellValue {
    const base = this.unary();
    if (this.takeOp('^')) return number(base) ** number(this.power());
    return base;
  }

  private unary(): CellValue {
    const op = this.takeOp('+', '-');
    if (op) {
      const v = number(this.unary());
      return op === '-' ? -v : v;
    }
    const value = this.primary();
    return this.takeOp('%') ? number(value) / 100 : value;
  }

  private primary(): CellValue {
    const t = this.peek();
    if (!t) throw new ParseError();
    this.at += 1;
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'name') return this.name(t.value);
    if (t.value !== '(') throw new ParseError();
    const value = this.comparison();
    if (!this.takeOp(')')) throw new ParseError();
    return value;
  }

  private name(name: string): CellValue {
    const upper = name.toUpperCase();
    if (this.takeOp('(')) {
      this.skipArguments();
      throw new Unknown();
    }
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
    throw new Unknown();
  }

  private skipArguments(): void {
    let depth = 1;
    while (depth > 0) {
      const t = this.peek();
      if (!t) throw new ParseError();
      this.at += 1;
      if (t.kind === 'op' && t.value === '(') depth += 1;
      if (t.kind === 'op' && t.value === ')') depth -= 1;
    }
  }
}

class DivByZero extends Error {}
class NotANumber extends Error {}

function number(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) throw new Unknown();
  if (v === '') return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new NotANumber();
  return n;
}

function text(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * The value Sheets would show for a formula, when it can be known without other cells: constant
 * arithmetic is computed, unparseable text is `#ERROR!` (e.g. `=+44 7700 900123`), anything that
 * reads cells, names or functions is `''` (not computed by the fake).
 */
export function evaluateFormula(formula: string): CellValue {
  try {
    return new Parser(tokenize(formula.replace(/^=/, ''))).parse();
  } catch (e) {
    if (e instanceof ParseError) return '#ERROR!';
    if (e instanceof DivByZero) return '#DIV/0!';
    if (e instanceof NotANumber) return '#VALUE!';
    return '';
  }
}
