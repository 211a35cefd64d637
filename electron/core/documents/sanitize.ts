// Text that goes into a document (DOCX XML or HTML) must only hold characters XML allows:
// no C0 control characters except tab and newline (carriage returns become newlines),
// no U+FFFE/U+FFFF and no lone surrogate halves. Everything else (emoji, RTL text…) is kept.

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 forbids removed, and CR/CRLF turned into LF. */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** True when the text holds a character that `sanitizeText` would remove. */
export function hasForbiddenCharacters(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/** Escapes text for HTML element content and attribute values (after sanitising it). */
export function escapeHtml(text: string): string {
  return sanitizeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
