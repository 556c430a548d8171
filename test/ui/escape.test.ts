// Escaping helpers and the static pages: hostile text stays text, and no page interpolates data.

import { openWorkspace } from '../../local';
import { escapeAttribute, escapeScript, escapeText } from '../../src/ui/escape';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('escaping', () => {
  it('turns markup into text', () => {
    expect(escapeText(HOSTILE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeText(`"'&\``)).toBe('&quot;&#39;&amp;&#96;');
    expect(escapeText(null)).toBe('');
  });

  it('keeps attribute values inside their quotes, line breaks included', () => {
    expect(escapeAttribute('a" onmouseover="x\nb')).toBe('a&quot; onmouseover=&quot;x&#10;b');
  });

  it('never lets code end its script element', () => {
    expect(escapeScript('"</script><script>alert(1)</script>"')).not.toMatch(/<\/script/i);
  });
});

// Pages come from the bundle: the client functions are sent as their bundled source, which only esbuild's
// output keeps self-contained (ts-jest's CommonJS would rewrite their calls to each other).
const ENTRIES = {
  attention: 'showSidebar',
  issue: 'showIssue',
  decision: 'showDecisionForm',
  plan: 'showPlanMeetingDialog',
  writeup: 'showWriteUpDialog',
} as const;

async function pageOf(entry: string): Promise<string> {
  const local = await openWorkspace();
  local.boundSpreadsheet();
  local.run(entry);
  return local.ui.surfaces.at(-1)!.html;
}

describe('the side panel page', () => {
  it.each(Object.entries(ENTRIES))(
    'is static for %s: labels for every control, one script, nothing fetched, no innerHTML',
    async (surface, entry) => {
      const html = await pageOf(entry);
      expect(html).toContain(`data-start="${surface}"`);
      expect(html.match(/<script>/g)).toHaveLength(1);
      expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
      expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\/|url\(|@import/);
      for (const [, id] of html.matchAll(/<(?:input|select|textarea)[^>]*id="([^"]+)"/g))
        expect(html).toContain(`for="${id}"`);
    },
  );

  it('holds a script that parses and builds elements, never HTML strings', async () => {
    const html = await pageOf('showSidebar');
    const script = html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));
    expect(script).toContain('document.createElement');
    expect(script).not.toMatch(/require\(|exports\.|_1\./);
    expect(() => new Function(script)).not.toThrow();
  });
});
