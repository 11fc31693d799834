/**
 * Phase 3 of the page parser: the labels a session page uses ('Organizer 1:', 'Online Moderator',
 * 'Moderator and Organizer:', 'Policy Question(s)', 'Duration (minutes): 90', …). A cheap first-word
 * filter runs before the patterns, and a label line longer than a bound is prose, not a label.
 * Pure TS; bounded regexes only.
 */

export type RoleSlot = 0 | 1 | 2;

export type Label =
  | { t: 'organizer'; n: number | null; value: string }
  | { t: 'speaker'; n: number | null; value: string }
  | { t: 'orgHdr' }
  | { t: 'spkHdr' }
  | { t: 'role'; slot: RoleSlot; value: string }
  | { t: 'format'; value: string }
  | { t: 'duration'; minutes: number | null }
  | { t: 'policy'; value: string }
  | { t: 'expected'; value: string }
  | { t: 'description'; value: string }
  | { t: 'theme'; value: string }
  | { t: 'other'; value: string }
  | { t: 'fullTitle'; value: string }
  | { t: 'additional'; value: string }
  | { t: 'hybrid'; value: string }
  | { t: 'orgKeyed'; value: string }
  | { t: 'combined'; slots: RoleSlot[]; organizer: boolean; value: string }
  | { t: 'marker' };

export const MAX_LINE_FOR_LABEL = 400;

// ---------------------------------------------------------------------------------------------
// Line classification

export const ROLE_RE =
  /^(Onsite|On-site|On site|In-person|In person|Online|Remote)?\s*Moderators?(?:\s*\(s\))?\s*(?::\s*(.*))?$/i;
export const RAPPORTEUR_RE = /^Rapporteurs?(?:\s*\(s\))?\s*(?::\s*(.*))?$/i;
export const ORGANIZER_N = /^(?:Co-?)?Organi[sz]er\s*(\d{1,3})\s*:\s*(.*)$/i;
export const SPEAKER_N = /^Speaker\s*(\d{1,3})\s*:\s*(.*)$/i;
export const ORG_HDR =
  /^(?:Co-?)?Organi[sz](?:ers?|ing\s+(?:Entit(?:y|ies)|Organi[sz]ations?|Team))\s*(?::\s*(.*))?$/i;
export const SPK_HDR = /^(?:Speakers?|Panel(?:l)?ists?|Discussants?)\s*(?::\s*(.*))?$/i;
export const FORMAT_RE = /^(?:Session\s+)?Format\s*(?::\s*(.*))?$/i;
export const DURATION_RE = /^Duration\s*(?:\(\s*(?:in\s+)?min(?:ute)?s?\s*\))?\s*:\s*(\d{1,4})?/i;
export const POLICY_RE = /^Policy\s+Questions?(?:\s*\(s\))?\s*(?::\s*(.*))?$/i;
export const EXPECTED_RE = /^Expected\s+Outcomes?\s*(?::\s*(.*))?$/i;
export const DESCRIPTION_RE = /^(?:Session\s+)?Description(?:\s+of\s+the\s+Session)?\s*(?::\s*(.*))?$/i;
export const THEME_RE = /^(?:Main\s+)?(?:Sub-?\s*)?Themes?(?:\s*\(s\))?\s*(?::\s*(.*))?$/i;
export const GAIN_RE = /^What will participants gain from attending this session\s*\?\s*(.*)$/i;
export const OTHER_RE =
  /^(Relevance to (?:the )?(?:Theme|Internet Governance)|Connection with previous Messages|Targets|Hybrid Format|Format description|Online Participation|Onsite Participation|Discussion Facilitation|Additional Speakers|Interventions|Diversity|Issues|Background|Agenda|Key Takeaways|Call to Action|(?:Session )?Objectives|Rationale|Content|Proposed Additional Tools|Online Tools|Transcript|Session Report|Reports?|Resources|Links|Session Outcomes|Relevance)\s*(?::\s*(.*))?$/i;
export const MARKER_RE =
  /^(?:Session|SDGs?|Sustainable Development Goals|Event|Schedule|Session Time|Date|Time|Room|Venue|Key Messages|Themes & Tags|Tags|Programme|Program)\s*:?$/i;

/** First words a label can start with: a cheap filter before the label patterns. */
export const LABEL_FIRST_WORDS = new Set(
  (
    'organizer organiser organizers organisers organizing organising co speaker speakers panelist panelists ' +
    'panellist panellists discussant discussants onsite on in online remote moderator moderators rapporteur ' +
    'rapporteurs session format duration policy expected description main sub subtheme subthemes theme themes ' +
    'what relevance connection targets hybrid discussion additional interventions diversity issues background ' +
    'agenda key call objectives rationale content proposed transcript report reports resources links sdg sdgs ' +
    'sustainable event schedule date time room venue tags programme program'
  ).split(' '),
);

/** 'Moderator and Organizer: A', 'Online Moderator & Rapporteur: B': one value, several roles. */
export const COMBINED_PART =
  /^(?:(onsite|on-site|on site|in-person|online|remote)\s+)?(moderators?|rapporteurs?|organi[sz]ers?)$/i;
export function parseCombined(text: string): Label | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 80) return null;
  const parts = text.slice(0, colon).split(/\s*(?:\band\b|&|\/)\s*/i);
  if (parts.length < 2) return null;
  const slots: RoleSlot[] = [];
  let organizer = false;
  for (const p of parts) {
    const m = COMBINED_PART.exec(p.trim());
    if (!m) return null;
    const word = (m[2] ?? '').toLowerCase();
    if (word.startsWith('organi')) organizer = true;
    else if (word.startsWith('rapporteur')) slots.push(2);
    else slots.push(/^(?:online|remote)/i.test(m[1] ?? '') ? 1 : 0);
  }
  return { t: 'combined', slots, organizer, value: text.slice(colon + 1) };
}

export function parseLabel(text: string): Label | null {
  const w = /^[A-Za-z]+/.exec(text);
  if (!w) return null;
  const first = w[0].toLowerCase();
  if (first === 'full' || first === 'organizational' || first === 'organisational') {
    const ft = /^Full\s+Title\s*:\s*(.*)$/i.exec(text);
    if (ft) return { t: 'fullTitle', value: ft[1] ?? '' };
    if (/^Organi[sz]ational\s+Affiliation\s*:/i.test(text) && /Organi[sz]ers?\s*(?:\(s\))?\s*:/i.test(text))
      return { t: 'orgKeyed', value: text };
    return null;
  }
  if (!LABEL_FIRST_WORDS.has(first)) return null;
  if (/^Additional\s+Speakers?\s*(?::|$)/i.test(text))
    return { t: 'additional', value: text.replace(/^Additional\s+Speakers?\s*:?\s*/i, '') };
  if (/^Hybrid\s+Format\s*(?::|$)/i.test(text))
    return { t: 'hybrid', value: text.replace(/^Hybrid\s+Format\s*:?\s*/i, '') };
  const combined = parseCombined(text);
  if (combined) return combined;
  if (
    text.length > MAX_LINE_FOR_LABEL &&
    !/^(?:Policy|Expected|Targets|Relevance|What will|Organi|Co-?Organi|Speaker|Hybrid|Format|Description|Connection)/i.test(
      text,
    )
  )
    return null;
  let m: RegExpExecArray | null;
  if ((m = ORGANIZER_N.exec(text))) return { t: 'organizer', n: Number(m[1]), value: m[2] ?? '' };
  if ((m = SPEAKER_N.exec(text))) return { t: 'speaker', n: Number(m[1]), value: m[2] ?? '' };
  if ((m = ROLE_RE.exec(text))) {
    const online = /^(?:Online|Remote)/i.test(m[1] ?? '');
    return { t: 'role', slot: online ? 1 : 0, value: m[2] ?? '' };
  }
  if ((m = RAPPORTEUR_RE.exec(text))) return { t: 'role', slot: 2, value: m[1] ?? '' };
  if ((m = ORG_HDR.exec(text))) return m[1] ? { t: 'organizer', n: null, value: m[1] } : { t: 'orgHdr' };
  if ((m = SPK_HDR.exec(text))) return m[1] ? { t: 'speaker', n: null, value: m[1] } : { t: 'spkHdr' };
  if ((m = FORMAT_RE.exec(text))) return { t: 'format', value: m[1] ?? '' };
  if ((m = DURATION_RE.exec(text))) return { t: 'duration', minutes: m[1] ? Number(m[1]) : null };
  if ((m = POLICY_RE.exec(text))) return { t: 'policy', value: m[1] ?? '' };
  if ((m = EXPECTED_RE.exec(text))) return { t: 'expected', value: m[1] ?? '' };
  if ((m = DESCRIPTION_RE.exec(text))) return { t: 'description', value: m[1] ?? '' };
  if ((m = THEME_RE.exec(text))) return { t: 'theme', value: m[1] ?? '' };
  if ((m = GAIN_RE.exec(text))) return { t: 'other', value: m[1] ?? '' };
  if ((m = OTHER_RE.exec(text))) return { t: 'other', value: m[2] ?? '' };
  if (MARKER_RE.test(text)) return { t: 'marker' };
  return null;
}
