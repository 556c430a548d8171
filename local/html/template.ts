// Fake HtmlTemplate: compiles scriptlets to code shaped like Apps Script's getCode(), then runs it.
import vm from 'node:vm';
import type { Execution } from '../runtime/execution';
import { ContextTracker } from './context';
import { escapeFor } from './escape';
import { HtmlOutput } from './output';

/** A piece of template source: literal HTML, or one of the three scriptlet kinds. */
type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'print'; code: string }
  | { kind: 'force'; code: string };

/** Splits source into HTML and `<? ?>`, `<?= ?>`, `<?!= ?>` scriptlets. */
export function parseScriptlets(source: string): Segment[] {
  const segments: Segment[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) segments.push({ kind: 'text', text: source.slice(last, m.index) });
    const code = m[2]!;
    segments.push(
      m[1] === '='
        ? { kind: 'print', code }
        : m[1] === '!='
          ? { kind: 'force', code }
          : { kind: 'code', code },
    );
    last = re.lastIndex;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

function quote(text: string): string {
  return `'${text.replace(/[\\'"\r\n\u2028\u2029]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\r': '\\r', '\n': '\\n' })[c] ?? `\\u${c.charCodeAt(0).toString(16)}`)}'`;
}

/**
 * A text run as one `output._ =  'line\n';` statement per source line, so line numbers match the template.
 * A newline right after `?>` only ends the code line: Apps Script's documented getCode() output drops it
 * (`<?= x ?>\n    <? ...` compiles to `output._$ = x ;\n  output._ =  '    ';`) [M:guides/html/templated-html.md].
 */
function textStatements(text: string, afterScriptlet: boolean): string {
  const swallowed = afterScriptlet && text.startsWith('\n');
  const rest = swallowed ? text.slice(1) : text;
  const statements = rest === '' ? [] : rest.split(/(?<=\n)/).map((line) => `output._ =  ${quote(line)};`);
  return (swallowed ? '\n ' : '') + (statements.length ? ` ${statements.join('\n  ')}` : '');
}

/** The statements for a template; a printing scriptlet prints only its first statement, as documented. */
export function compileBody(source: string): string {
  return parseScriptlets(source)
    .map((s, i) => {
      if (s.kind === 'text') return textStatements(s.text, i > 0);
      if (s.kind === 'print') return ` output._$ = ${s.code};`;
      if (s.kind === 'force') return ` output._ = ${s.code};`;
      return ` ${s.code};`;
    })
    .join('');
}

/** The `output` object compiled code writes to: `_` appends as is, `_$` appends with contextual escaping. */
export interface TemplateOutput {
  _: unknown;
  _$: unknown;
  readonly $out: HtmlOutput;
  append(content: unknown): TemplateOutput;
  appendUntrusted(content: unknown): TemplateOutput;
}

function templateOutput(out: HtmlOutput): TemplateOutput {
  const tracker = new ContextTracker();
  const write = (text: string) => {
    tracker.feed(text);
    out.append(text);
  };
  const output: TemplateOutput = {
    set _(content: unknown) {
      write(String(content));
    },
    set _$(content: unknown) {
      write(escapeFor(tracker.context, content));
    },
    $out: out,
    append(content: unknown) {
      output._ = content;
      return output;
    },
    appendUntrusted(content: unknown) {
      output._$ = content;
      return output;
    },
  };
  return output;
}

/** Internals kept off the instance: the bundle's own properties on a template are its variables. */
const internals = new WeakMap<HtmlTemplate, { source: string; execution: Execution | undefined }>();

/** Runs compiled code with the template's properties in scope, in the bundle's realm when there is one. */
function run(body: string, scope: object, output: TemplateOutput, execution: Execution | undefined): void {
  const context = execution?.scriptGlobal;
  if (context && vm.isContext(context)) {
    // Scriptlets can call the script's own functions and services, as in Apps Script.
    const fn = vm.compileFunction(body, ['output'], { parsingContext: context, contextExtensions: [scope] });
    fn(output);
    return;
  }
  // Local runtime only: no execution (e.g. a unit test of the fake), so run in Node's realm.
  const fn = new Function('output', '__scope', `with (__scope) {\n${body}\n}`);
  fn(output, scope);
}

/** HtmlService.HtmlTemplate: "Any properties set on this HtmlTemplate object will be in scope when evaluating". */
export class HtmlTemplate {
  [variable: string]: unknown;

  constructor(source: string, execution?: Execution) {
    internals.set(this, { source, execution });
  }

  evaluate(): HtmlOutput {
    const { source, execution } = internals.get(this)!;
    const out = new HtmlOutput('', execution);
    const scope: Record<string, unknown> = Object.assign(Object.create(null), this);
    run(compileBody(source), scope, templateOutput(out), execution);
    return out;
  }

  /** The code Apps Script would run, in the shape its getCode() shows. */
  getCode(): string {
    const body = compileBody(internals.get(this)!.source);
    return `(function() { var output = HtmlService.initTemplate();${body}\n  /* End of user code */\n  return output.$out.append('');\n})();`;
  }

  getCodeWithComments(): string {
    return this.getCode();
  }

  getRawContent(): string {
    return internals.get(this)!.source;
  }
}
