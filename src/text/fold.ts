/**
 * Folding for Vietnamese search and matching: NFC and NFD input, upper and lower case, "ủy" and "uỷ",
 * typed with or without diacritics, all fold to the same key. `đ`/`Đ` is a letter of its own that Unicode
 * does not decompose, so it is mapped to `d` by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** NFC with every run of white space (the article has non-breaking spaces) folded to one space. */
export function normalizeWhitespaceNfc(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
