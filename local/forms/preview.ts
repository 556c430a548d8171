// A readable HTML page of a form's questions, saved next to its JSON so people can see the form.
import { isQuestion } from './items';
import type { FormData, ItemData } from './model';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function itemHtml(item: ItemData, index: number): string {
  const title = escapeHtml(item.title || '(untitled)');
  const help = item.helpText ? `<p class="help">${escapeHtml(item.helpText)}</p>` : '';
  if (!isQuestion(item)) {
    const tag = item.type === 'PAGE_BREAK' ? 'h2' : 'h3';
    return `<section class="layout"><${tag}>${title}</${tag}>${help}</section>`;
  }
  const required = item.required ? ' <span class="required">*</span>' : '';
  const choices = item.choices.map((c) => `<li>${escapeHtml(c)}</li>`).join('');
  const other = item.hasOtherOption ? '<li><em>Other…</em></li>' : '';
  const answer =
    choices || other ? `<ul>${choices}${other}</ul>` : `<p class="answer">[${item.type.toLowerCase()}]</p>`;
  return `<section class="question" data-type="${item.type}"><h3>${index}. ${title}${required}</h3>${help}${answer}</section>`;
}

/** The form as a static page: title, description, then every item in order with its choices. */
export function formPreviewHtml(form: FormData): string {
  let n = 0;
  const items = form.items.map((item) => itemHtml(item, isQuestion(item) ? ++n : n)).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${escapeHtml(form.title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}.required{color:#c00}.help{color:#555}</style>
</head>
<body>
<h1>${escapeHtml(form.title)}</h1>
${form.description ? `<p>${escapeHtml(form.description)}</p>` : ''}
${items}
<p><small>${form.responses.length} response(s). ${form.acceptingResponses ? 'Accepting responses.' : 'Not accepting responses.'}</small></p>
</body>
</html>
`;
}
