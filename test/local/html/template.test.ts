// Contract tests for HtmlService templates: scriptlets, scope, getCode, and contextual escaping.
import { registerHtmlFile } from '../../../local/html';
import type { HtmlTemplate } from '../../../local/html/template';
import { newWorkspace, runIn } from '../base/harness';

interface HtmlServiceLike {
  createTemplate(html: string): HtmlTemplate;
  createTemplateFromFile(name: string): HtmlTemplate;
  createHtmlOutputFromFile(name: string): { getContent(): string };
  createHtmlOutput(html: string): { setWidth(n: number): { setHeight(n: number): { getHeight(): number } } };
}

/** Evaluates `html` with `vars` assigned on the template, inside an execution of the fixture bundle. */
function render(html: string, vars: Record<string, unknown> = {}): string {
  const ws = newWorkspace();
  return runIn(ws, (g) => {
    const template = (g.HtmlService as HtmlServiceLike).createTemplate(html);
    Object.assign(template, vars);
    return template.evaluate().getContent();
  });
}

const hostile = {
  img: '<img src=x onerror=alert(1)>',
  breakout: '"><script>alert(1)</script>',
  js: 'javascript:alert(1)',
  endScript: '</script><script>alert(1)</script>',
};

describe('HtmlTemplate scriptlets', () => {
  it('runs code, prints, force-prints, and sees template properties', () => {
    const html = '<? for (var i = 0; i < items.length; i++) { ?><b><?= items[i] ?></b><? } ?><?!= raw ?>';
    expect(render(html, { items: ['a', '<b>'], raw: '<i>x</i>' })).toBe('<b>a</b><b>&lt;b&gt;</b><i>x</i>');
  });

  it('prints only the first statement of a printing scriptlet', () => {
    expect(render("<?= 'Hello, world!'; 'abc' ?>")).toBe('Hello, world!');
  });

  it('lets a // comment in a scriptlet swallow the rest of its line, as documented', () => {
    expect(render('<? var x; // a comment ?> hidden\nshown')).toBe('shown');
  });

  it('compiles the documented example to the documented code, dropping the newline after ?>', () => {
    const ws = newWorkspace();
    const source =
      "<body>\n  <?= 'Hi' ?>\n  <? var d = ['a'];\n  for (var i = 0; i < d.length; i++) { ?>\n    <b><?= d[i] ?></b>\n  <? } ?>\n</body>";
    const t = runIn(ws, (g) => (g.HtmlService as HtmlServiceLike).createTemplate(source));
    expect(t.getCode().split('\n').slice(0, 6)).toEqual([
      "(function() { var output = HtmlService.initTemplate(); output._ =  '<body>\\n';",
      "  output._ =  '  '; output._$ =  'Hi' ;",
      "  output._ =  '  ';  var d = ['a'];",
      '  for (var i = 0; i < d.length; i++) { ;',
      "  output._ =  '    <b>'; output._$ =  d[i] ; output._ =  '</b>\\n';",
      "  output._ =  '  ';  } ;",
    ]);
    expect(runIn(ws, () => t.evaluate().getContent())).toBe('<body>\n  Hi      <b>a</b>\n  </body>');
  });

  it('shows compiled code in the documented shape', () => {
    const ws = newWorkspace();
    const code = runIn(ws, (g) =>
      (g.HtmlService as HtmlServiceLike).createTemplate('<b><?= name ?></b>').getCode(),
    );
    expect(code).toBe(
      "(function() { var output = HtmlService.initTemplate(); output._ =  '<b>'; output._$ =  name ; output._ =  '</b>';\n" +
        "  /* End of user code */\n  return output.$out.append('');\n})();",
    );
  });

  it('reads registered files, raw or as templates, and reports a missing one', () => {
    const ws = newWorkspace();
    registerHtmlFile(ws, 'Help', '<h1><?= title ?></h1>');
    const got = runIn(ws, (g) => {
      const service = g.HtmlService as HtmlServiceLike;
      const t = service.createTemplateFromFile('Help');
      t.title = 'Fair rent & you';
      return [
        t.evaluate().getContent(),
        service.createHtmlOutputFromFile('Help.html').getContent(),
        t.getRawContent(),
      ];
    });
    expect(got).toEqual(['<h1>Fair rent &amp; you</h1>', '<h1><?= title ?></h1>', '<h1><?= title ?></h1>']);
    expect(() => runIn(ws, (g) => (g.HtmlService as HtmlServiceLike).createTemplateFromFile('Nope'))).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('lets scriptlets call the script’s own global functions', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const t = (g.HtmlService as HtmlServiceLike).createTemplate('<?!= typeof invoke ?>');
      return t.evaluate().getContent();
    });
    expect(got).toBe('function');
  });

  it('keeps createHtmlOutput chaining for dialogs', () => {
    const ws = newWorkspace();
    const h = runIn(ws, (g) =>
      (g.HtmlService as HtmlServiceLike)
        .createHtmlOutput('<p>x</p>')
        .setWidth(400)
        .setHeight(300)
        .getHeight(),
    );
    expect(h).toBe(300);
  });
});

describe('contextual escaping of <?= ?>', () => {
  it('escapes HTML text', () => {
    expect(render('<p><?= v ?></p>', { v: hostile.img })).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(render('<p><?= v ?></p>', { v: `a & 'b'` })).toBe('<p>a &amp; &#39;b&#39;</p>');
  });

  it('escapes quoted and unquoted attribute values', () => {
    expect(render('<input value="<?= v ?>">', { v: hostile.breakout })).toBe(
      '<input value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(render('<input value=<?= v ?>>', { v: 'a b onfocus=x' })).toBe(
      '<input value=a&#32;b&#32;onfocus&#61;x>',
    );
  });

  it('neutralises javascript: URLs in href and src, and percent-encodes later URL parts', () => {
    expect(render('<a href="<?= v ?>">go</a>', { v: hostile.js })).toBe('<a href="#zSoyz">go</a>');
    expect(render("<img src='<?= v ?>'>", { v: ' JavaScript:alert(1)' })).toBe("<img src='#zSoyz'>");
    expect(render('<a href="<?= v ?>">go</a>', { v: 'https://x.org/?a=1&b=2' })).toBe(
      '<a href="https://x.org/?a=1&amp;b=2">go</a>',
    );
    expect(render('<a href="/find?q=<?= v ?>">go</a>', { v: 'a b&c"' })).toBe(
      '<a href="/find?q=a%20b%26c%22">go</a>',
    );
  });

  it('prints JavaScript-safe literals inside <script>', () => {
    expect(render('<script>var s = <?= v ?>;</script>', { v: hostile.endScript })).toBe(
      '<script>var s = "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e";</script>',
    );
    expect(render('<script>var d = <?= v ?>;</script>', { v: { n: 1, list: ['a'] } })).toBe(
      '<script>var d = {"n":1,"list":["a"]};</script>',
    );
  });

  it('escapes inside a JavaScript string without adding quotes', () => {
    expect(render("<script>var s = '<?= v ?>';</script>", { v: "O'Brien</script>" })).toBe(
      "<script>var s = 'O\\u0027Brien\\u003c\\u002fscript\\u003e';</script>",
    );
  });

  it('treats event handler attributes as JavaScript inside an attribute', () => {
    expect(render('<button onclick="go(<?= v ?>)">', { v: hostile.breakout })).toBe(
      '<button onclick="go(&quot;\\&quot;\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e&quot;)">',
    );
    expect(render(`<button onclick="go('<?= v ?>')">`, { v: "');alert(1);('" })).toBe(
      `<button onclick="go('\\u0027);alert(1);(\\u0027')">`,
    );
  });

  it('returns to text escaping after the script ends', () => {
    expect(render('<script>1</script><p><?= v ?></p>', { v: '<b>' })).toBe(
      '<script>1</script><p>&lt;b&gt;</p>',
    );
  });
});
