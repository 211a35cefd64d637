// Text from a file as the register may hold it: line breaks as \n, no control characters other
// than \n and \t, no lone surrogates, no non-characters U+FFFE/U+FFFF. Not trimmed (the value
// layer does that).

// C0 controls but \t and \n (\r is turned into \n first), DEL and C1 controls, U+FFFE/U+FFFF, lone surrogates.
const DIRTY =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/;

export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(DIRTY, '');
}

// OOXML writes characters that XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** A string from a workbook: its _xHHHH_ escapes decoded, then cleaned. */
export function cleanSheetText(text: string): string {
  const decoded = text.includes('_x') ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
  return cleanText(decoded);
}
