import { isPlural, type Catalog } from './catalog';

/**
 * The pseudo-locale: every text bracketed, its letters accented and its length grown by 40%, so a
 * screen in it shows at once any text that was never translated (plain English, no brackets) and any
 * layout that cuts off or overflows when a translation is longer than English (French, Russian and
 * Arabic often are). Placeholders (`{{count}}`) and nested `$t(…)` stay intact.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>|\n)/;

export function pseudoText(text: string): string {
  if (!text.trim()) return text;
  const parts = text.split(PROTECTED);
  const visible = parts.filter((p, i) => i % 2 === 0).join('').length;
  const body = parts.map((p, i) => (i % 2 ? p : [...p].map((ch) => ACCENTS[ch] ?? ch).join(''))).join('');
  // The brackets count towards the 40%; a space then tildes make up the rest.
  const extra = Math.max(1, Math.ceil(visible * 1.4) - visible - 2);
  return `[${body} ${'~'.repeat(extra - 1)}]`;
}

export function pseudoCatalog<T>(catalog: Catalog<T>): Catalog<T> {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return pseudoText(node);
    if (isPlural(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pseudoText(v)]));
    return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, walk(v)]));
  };
  return walk(catalog) as Catalog<T>;
}
