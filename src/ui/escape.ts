// Escaping for the little HTML the server builds: every value from the sheet or a volunteer goes through here.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text for HTML content (or card text, which Google reads as a little HTML): `<img>` shows as `<img>`. */
export function escapeText(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** Text for a double-quoted attribute value; the same escapes, and line breaks kept as entities. */
export function escapeAttribute(value: unknown): string {
  return escapeText(value).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

/**
 * Code placed inside a `<script>` element: a `</script` in it would end the element early, so the
 * slash is escaped (`<\/script` means the same inside JavaScript strings, and is never needed elsewhere).
 */
export function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
