/**
 * Names that look alike but are not the same text (Unicode Technical Standard #39, "Unicode Security
 * Mechanisms"): "Lại Thanh Sơn" typed with a Cyrillic "а" looks like the real name, folds to another key, and
 * would escape the namesake check. Two defences, as UTS #39 recommends: a name whose letters come from more than
 * one script is refused (its mixed-script detection), and names are compared by a skeleton in which the letters
 * of Cyrillic and Greek that look like Latin ones are mapped to them (a subset of its confusables table: the
 * letters that can pass for those of Vietnamese names).
 */
import { foldText } from './fold.js';

/** Cyrillic and Greek letters drawn like a Latin letter, and that letter. */
const LOOKALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // Cyrillic
    'аa',
    'вb',
    'еe',
    'ёe',
    'һh',
    'іi',
    'їi',
    'јj',
    'кk',
    'мm',
    'нh',
    'оo',
    'рp',
    'сc',
    'тt',
    'уy',
    'хx',
    'ѕs',
    'ԁd',
    'ԛq',
    'ԝw',
    'ӏl',
    'АA',
    'ВB',
    'ЕE',
    'ЁE',
    'НH',
    'ІI',
    'ЈJ',
    'КK',
    'МM',
    'ОO',
    'РP',
    'СC',
    'ТT',
    'УY',
    'ХX',
    'ЅS',
    // Greek
    'αa',
    'βb',
    'εe',
    'ιi',
    'κk',
    'νv',
    'οo',
    'ρp',
    'τt',
    'υu',
    'χx',
    'ΑA',
    'ΒB',
    'ΕE',
    'ΖZ',
    'ΗH',
    'ΙI',
    'ΚK',
    'ΜM',
    'ΝN',
    'ΟO',
    'ΡP',
    'ΤT',
    'ΥY',
    'ΧX',
  ].map((pair) => [pair[0]!, pair[1]!]),
);

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Lao', 'Thai', 'Khmer', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Arabic'] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The scripts the letters of `text` belong to (marks and punctuation belong to none). */
export function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const char of text.normalize('NFD')) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
  }
  return [...found];
}

/** The key two names share when they look alike: lookalike letters mapped to Latin, then folded. */
export function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += LOOKALIKES[char] ?? char;
  return foldText(mapped);
}
