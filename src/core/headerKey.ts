// Header matching: "E-mail", "email " and "EMAIL" are the same column to a volunteer, so to us.

/**
 * Reduces a column header or question title to a key that ignores case, spacing, punctuation and
 * accents: "Post code" -> "postcode", "Your e-mail:" -> "youremail".
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
