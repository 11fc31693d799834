/**
 * Small text helpers for reading IGF session pages copied from the web: whitespace normalisation,
 * people names (honorifics, decoration glyphs) and the stakeholder / regional group vocabulary.
 * Pure TS: no Node or DOM.
 */

/** Line breaks, U+00A0 and the other Unicode spaces become plain ones; invisible characters go. */
export function normalisePageText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u200B\u200C\u200E\u200F\u2060\uFEFF\uFFFD]/g, '');
}

/** Collapses runs of spaces and trims. */
export function squash(s: string): string {
  return (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s).trim();
}

/** Pictographs, dingbats, geometric shapes and bullets used as decoration (lock icon, check marks, bullets). */
const GLYPHS =
  /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{25A0}-\u{25FF}\u2022\u2023\u2043\u00B7\u2219]|\uFE0E|\uFE0F|\u200D/gu;
const LOCK = /[\u{1F512}\u{1F510}\u{1F511}\u{1F513}]/u;

export function stripGlyphs(s: string): string {
  return squash(s.replace(GLYPHS, ' '));
}

export function hasLock(s: string): boolean {
  return LOCK.test(s);
}

/** A leading list bullet: '-', '–', '—', '*', '•', '·', '▪' … followed by a space. */
export const BULLET = /^[-–—*•·▪►●◦‣⁃]\s+/;

const HONORIFIC =
  /^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Ambassador|Excellency|H\.\s?E\.?|Amb\.|Hon\.)\.?(?:\s+|$))+/;

/**
 * The same titles in the other five languages: M., Mme, Sr., Dra., г-н, д-р, السيد, الدكتورة… before the
 * name; Chinese puts 先生, 女士, 博士, 教授 after it.
 */
const OTHER_HONORIFIC =
  /^(?:(?:M\.|Mme|Mlle|Pr|Dre|Sr\.|Sra\.|Srta\.|Dra\.|Excmo\.|Excma\.|г-н|г-жа|д-р|проф\.|السيد|السيدة|الدكتور|الدكتورة|د\.|الأستاذ|الأستاذة|سعادة|معالي)(?:\s+|$))+/u;
const CHINESE_TITLE = /(?<=\p{Script=Han}{2})(?:先生|女士|博士|教授)$/u;

/** A person's name as printed, without bullets, honorifics (Mr, Ms, Mrs, Dr, Prof, Ambassador…) or glyphs. */
export function cleanName(raw: string): string {
  let s = stripGlyphs(raw).replace(BULLET, '');
  s = s.replace(HONORIFIC, '').replace(OTHER_HONORIFIC, '');
  return squash(s).replace(CHINESE_TITLE, '');
}

export function startsWithHonorific(s: string): boolean {
  return (
    /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Ambassador|Excellency|H\.\s?E\.?|Amb\.|Hon\.)\.?\s+\S/.test(s) ||
    (OTHER_HONORIFIC.test(s) && /\s\S/u.test(s))
  );
}

const STAKEHOLDER_PARTS = new Set([
  'government',
  'governments',
  'civil society',
  'private sector',
  'business',
  'technical community',
  'technical and academic community',
  'academia',
  'academic',
  'academic community',
  'intergovernmental organization',
  'intergovernmental organisation',
  'intergovernmental organizations',
  'international organization',
  'international organisation',
  'youth',
  'parliament',
  'parliamentarian',
  'parliamentarians',
  'ngo',
  'non-governmental organization',
  'non-governmental organisation',
]);

/** True for a stakeholder group as pages print it ('Civil Society', 'Academia/Youth', …). */
export function isStakeholder(field: string): boolean {
  const f = squash(field).toLowerCase();
  if (f.length === 0 || f.length > 80) return false;
  const parts = f.split(/\s*(?:\/|&|\band\b)\s*/);
  return parts.length > 0 && parts.every((p) => STAKEHOLDER_PARTS.has(p));
}

/** Regional groups as pages print them, longest first so that prefixes match the full name. */
const REGIONS = [
  'Latin American and Caribbean Group (GRULAC)',
  'Western European and Others Group (WEOG)',
  'Western European and Other Group (WEOG)',
  'Latin American and Caribbean Group',
  'Latin America and Caribbean Group',
  'Latin America and the Caribbean',
  'Western European and Others Group',
  'Western European and Other Group',
  'Intergovernmental Organization',
  'Intergovernmental Organisation',
  'Eastern European Group',
  'Asia-Pacific Group',
  'Asia Pacific Group',
  'Asia-Pacific',
  'Asia Pacific',
  'African Group',
  'Africa Group',
  'North America',
  'Arab Group',
  'Arab States',
  'GRULAC',
  'WEOG',
  'APAC',
  'EEG',
].sort((a, b) => b.length - a.length);
const REGIONS_LOWER = REGIONS.map((r) => r.toLowerCase());

/** The known regional group a field starts with (and what follows it), or null. */
export function matchRegionPrefix(field: string): { region: string; rest: string } | null {
  const f = field.trim();
  const lower = f.toLowerCase();
  for (let i = 0; i < REGIONS_LOWER.length; i++) {
    const r = REGIONS_LOWER[i] as string;
    if (!lower.startsWith(r)) continue;
    const after = f.slice(r.length);
    if (after.length === 0) return { region: f, rest: '' };
    if (/^\s/.test(after)) return { region: f.slice(0, r.length), rest: after.trim() };
  }
  return null;
}

export function isRegion(field: string): boolean {
  const m = matchRegionPrefix(field);
  return m !== null && m.rest === '';
}

/**
 * Whether a field reads like a person's name (or an organisation used as one): a few words, no digits,
 * no sentence punctuation, starting with a capital letter.
 */
export function looksLikeName(raw: string): boolean {
  const s = cleanName(raw);
  if (s.length < 2 || s.length > 70) return false;
  if (/[0-9?!:;@/|]/.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 7) return false;
  // Capitalised, or in a script without capitals (Arabic, Chinese).
  return /^(?:\p{Lu}|\p{Lo})/u.test(s);
}
