/**
 * What a string must not hold to be text this service stores or searches: a control character (but tab, line
 * feed and carriage return) or a lone surrogate (half of a UTF-16 pair, which becomes U+FFFD once encoded).
 * Both are refused wherever input arrives, never altered.
 */

// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string's characters, as a phrase ("holds a control character (U+0000)"), if anything. */
export function characterProblem(text: string): string | undefined {
  const control = CONTROL.exec(text);
  if (control) return `holds a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  if (LONE_SURROGATE.test(text)) return 'holds a lone surrogate (a half of a UTF-16 pair): it is not text';
  return undefined;
}
