/**
 * Parser for the text of an IGF session page (copied from the web site or a mirror), 2019–2025 layouts.
 *
 * The page is read line by line. Labelled fields ('Organizer 1:', 'Speaker 2:', 'Online Moderator',
 * 'Format', 'Policy Question(s)', 'Expected Outcomes', …) are taken as labelled. Mirrors often drop
 * the labels; then the layout decides: themes are the short lines just before the organizers, an
 * organising entity line precedes the people, organizers come before speakers, and unlabelled name
 * lines around the 'Online Moderator' heading (or after the speakers) are, in order, the onsite
 * moderator, the online moderator and the rapporteur. Nothing is invented: a field the text does not
 * give stays null / empty and is listed in `notFound`.
 *
 * The phases, each in its own module: lines and line kinds (pageLines.ts) → labels (pageLabels.ts) →
 * the labelled-section state machine (the loop in parseUnsafe below) → unlabelled blocks read by
 * scoring their lines (pageBlocks.ts, people.ts, questions.ts) → assembly with normalisation to the
 * app's codes (groups.ts, the helpers below) and a confidence per field.
 *
 * Pure and total: never throws, linear in the input (no backtracking-heavy regexes on long lines).
 */
import { PAGE_EXTRA_FIELDS, PAGE_FIELDS, type PageImport, type PageParse } from './pageParse';
import { normaliseRegion, normaliseStakeholder } from './groups';
import { readHeading } from './heading';
import { readDateLine, zoneFromPlaces, type DateFacts } from './pageFacts';
import {
  isEntityLine,
  isRoleValue,
  isThemeLine,
  orgEntityName,
  proseOrganizers,
  readKeyedOrganizers,
  readSpeakerBlock,
  roleName,
  type Item,
  type Kind,
} from './pageBlocks';
import { parseLabel, type RoleSlot } from './pageLabels';
import { englishPageLines } from './pageLanguages';
import {
  agendaMinutes,
  BARE_FORMAT,
  dateYear,
  formatLine,
  formatLineLoose,
  isPara,
  isSdgLine,
  personStyle,
  ROOM_WORDS,
  type Line,
} from './pageLines';
import { parsePeople, type PersonEntry } from './people';
import { splitPolicyQuestions, type QuestionLine } from './questions';
import { normalisePageText, squash, stripGlyphs } from './text';

const YEAR_ONLY_HEADING = /^IGF\s+((?:19|20)\d\d)\b/;

function emptyImport(): PageImport {
  return {
    title: null,
    code: null,
    year: null,
    fullTitle: null,
    date: null,
    startTime: null,
    endTime: null,
    timeZone: null,
    room: null,
    themes: [],
    organizers: [],
    speakers: [],
    additionalSpeakers: [],
    roleDetails: [],
    onsiteModerator: null,
    onlineModerator: null,
    rapporteur: null,
    format: null,
    durationMinutes: null,
    policyQuestions: [],
    hybrid: null,
    notFound: [],
    confidence: {},
    description: null,
    expectedOutcomes: null,
  };
}

function withNotFound(r: PageImport): PageImport {
  const notFound: string[] = [];
  for (const f of PAGE_FIELDS) {
    const v = r[f];
    if (v === null || (Array.isArray(v) && v.length === 0)) notFound.push(f);
  }
  return { ...r, notFound };
}

/** Assembly: an entry as the page printed it, plus the pick-list values read from it. */
function toOrganizer(e: PersonEntry): PageParse['organizers'][number] {
  return {
    name: e.name,
    affiliation: e.affiliation,
    stakeholder: e.stakeholder,
    region: e.region,
    stakeholderGroup: normaliseStakeholder(e.stakeholder),
    regionalGroup: normaliseRegion(e.region),
    presence: e.presence ?? null,
  };
}

function toSpeaker(e: PersonEntry): PageParse['speakers'][number] | null {
  if (!e.name) return null;
  return { ...toOrganizer(e), name: e.name };
}

/** A confidence for every field the parse found (1 where no lower figure is given). */
function confidenceOf(r: PageImport, given: Partial<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...PAGE_FIELDS, ...PAGE_EXTRA_FIELDS, 'endTime', 'additionalSpeakers'] as const) {
    const v = r[f];
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    out[f] = given[f] || 1;
  }
  return out;
}

/** Drops repeated entries (copy artefacts); entries without a name (anonymised) are all kept. */
function dedupe<T>(xs: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of xs) {
    const k = JSON.stringify(x);
    if (typeof x === 'object' && x !== null && (x as { name?: unknown }).name === null) {
      out.push(x);
      continue;
    }
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

function paragraphs(lines: Line[]): string | null {
  const paras: string[][] = [];
  for (const l of lines) {
    if (paras.length === 0 || l.gap > 0) paras.push([]);
    (paras[paras.length - 1] as string[]).push(l.text);
  }
  const text = paras
    .map((p) => p.join('\n'))
    .filter((p) => p.length > 0)
    .join('\n\n');
  return text.length > 0 ? text : null;
}

// ---------------------------------------------------------------------------------------------
// The parser

function parseUnsafe(input: string): PageImport {
  // A page in French, Spanish, Arabic, Russian or Chinese is read through the English labels.
  const text = englishPageLines(normalisePageText(input));
  const rawLines = text.split('\n');
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1)) && text.charAt(end - 1) !== '\n') end--;
  const endsCut = end > 0 && text.charAt(end - 1) !== '\n';

  // non-blank lines with the number of blank lines before them
  const lines: Line[] = [];
  let gap = 0;
  for (const raw of rawLines) {
    const t = raw.length === 0 ? raw : squash(raw);
    if (t.length === 0) {
      gap++;
      continue;
    }
    lines.push({ text: t, gap, cut: false });
    gap = 0;
  }
  const lastLine = lines[lines.length - 1];
  if (lastLine && endsCut && !/[.!?)\]"”’]$/.test(lastLine.text)) lastLine.cut = true;

  const r = emptyImport();

  // --- heading: 'IGF 2023 WS #260 Title' (banners before it are skipped; the title may be on the next line)
  let start = 0;
  let headingText: string | null = null;
  const searchTo = Math.min(lines.length, 12);
  for (let i = 0; i < searchTo; i++) {
    const t = (lines[i] as Line).text;
    if (!/^IGF\s/.test(t)) continue;
    const h = readHeading(t);
    if (!h || h.code === null) continue;
    headingText = t;
    r.year = h.year;
    r.code = h.code;
    const rest = h.title;
    start = i + 1;
    while (start < lines.length && (lines[start] as Line).text === t) start++; // duplicated heading
    if (rest.length > 0) r.title = rest;
    else {
      const next = lines[start];
      if (next && next.text.length <= 300 && parseLabel(next.text) === null && dateYear(next.text) === null) {
        if (!personStyle(next.text) && !formatLine(next.text) && !isSdgLine(next.text)) {
          r.title = next.text;
          start++;
        }
      }
    }
    // a duplicated title line is a copy artefact, not a theme
    while (
      start < lines.length &&
      ((lines[start] as Line).text === t || (lines[start] as Line).text === r.title)
    )
      start++;
    break;
  }
  if (headingText === null) {
    for (let i = 0; i < searchTo; i++) {
      const m = YEAR_ONLY_HEADING.exec((lines[i] as Line).text);
      if (m) {
        r.year = Number(m[1]);
        start = i + 1;
        break;
      }
    }
  }

  // --- walk the lines: labelled sections are collected, everything else goes to the stream
  const stream: Item[] = [];
  const labelledOrganizers = new Map<string, PersonEntry[]>();
  const labelledSpeakers = new Map<string, PersonEntry[]>();
  const policyLines: QuestionLine[] = [];
  let policySeen = false;
  const expectedLines: Line[] = [];
  const descriptionLines: Line[] = [];
  const themeValues: string[] = [];
  let formatValue: string | null = null;
  let durationValue: number | null = null;
  let lineFormat: { format: string; minutes: number } | null = null;
  let igfSignal = headingText !== null;
  let dateFacts: DateFacts | null = null;
  let dateLine: string | null = null;
  const additionalLines: Line[] = [];
  let hybridSeen = false;
  const keyedOrganizers: PersonEntry[] = [];
  /** Roles given by a label that also names them organizers, or by 'Moderator and Organizer: A (main)'. */
  const labelRoles: { slot: RoleSlot; name: string }[] = [];
  const combinedOrganizers: PersonEntry[] = [];
  const roleDetails = new Map<string, PersonEntry>();

  type State =
    'none' | 'policy' | 'expected' | 'description' | 'other' | 'theme' | 'format' | 'additional' | 'hybrid';
  let state = 'none' as State;
  let sectionHasContent = false;
  let para = 0;
  let prevText: string | null = null;
  let prevKind: Kind | null = null;

  const enter = (s: State, inline: string, line: Line): void => {
    state = s;
    sectionHasContent = false;
    para = 0;
    const v = squash(inline);
    if (v.length === 0) return;
    sectionHasContent = true;
    const l: Line = { text: v, gap: 0, cut: line.cut };
    if (s === 'policy') policyLines.push({ text: v, para });
    else if (s === 'expected') expectedLines.push(l);
    else if (s === 'description') descriptionLines.push(l);
    else if (s === 'additional') additionalLines.push(l);
    else if (s === 'hybrid') hybridSeen = true;
    else if (s === 'theme') {
      themeValues.push(v);
      state = 'none';
    }
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as Line;
    const t = line.text;
    if (t === headingText) continue;
    const label = parseLabel(t);
    // a label repeated on the next line is a copy artefact
    if (label && prevText === t && line.gap === 0) continue;
    prevText = t;

    const fl = label === null ? formatLine(t) : null;
    const dy = label === null ? dateYear(t) : null;
    if (label === null && state === 'format') {
      state = 'none';
      if (!isPara(t) && !isSdgLine(t) && dy === null) {
        const f = fl ?? formatLineLoose(t);
        formatValue = f ? f.format : squash(stripGlyphs(t));
        if (f && durationValue === null) durationValue = f.minutes;
        continue;
      }
    }
    if (label === null && state !== 'none') {
      const endsOnGap = line.gap >= 2 && (sectionHasContent || state === 'other');
      const breaks =
        endsOnGap ||
        isSdgLine(t) ||
        fl !== null ||
        dy !== null ||
        ((state === 'other' || state === 'hybrid') && personStyle(t) !== null) ||
        (state === 'additional' && line.gap >= 1 && sectionHasContent) ||
        (state === 'theme' && (line.gap >= 1 || isPara(t)));
      if (!breaks) {
        if (line.gap > 0) para++;
        if (state === 'policy') policyLines.push({ text: t, para });
        else if (state === 'expected') expectedLines.push(line);
        else if (state === 'description') descriptionLines.push(line);
        else if (state === 'additional') additionalLines.push(line);
        else if (state === 'hybrid') hybridSeen = true;
        else if (state === 'theme') themeValues.push(t);
        sectionHasContent = true;
        continue;
      }
      state = 'none';
    }

    if (label) {
      state = 'none';
      const item: Item = { kind: 'label', line, label };
      switch (label.t) {
        case 'organizer':
        case 'speaker': {
          igfSignal = true;
          const map = label.t === 'organizer' ? labelledOrganizers : labelledSpeakers;
          const key = label.n === null ? `x${i}` : String(label.n);
          if (!map.has(key)) map.set(key, parsePeople(label.value, line.cut));
          break;
        }
        case 'role':
          igfSignal = true;
          break;
        case 'orgHdr':
        case 'spkHdr':
          break;
        case 'format':
          igfSignal = true;
          if (label.value) {
            const f = formatLine(label.value) ?? formatLineLoose(label.value);
            formatValue = f ? f.format : squash(stripGlyphs(label.value));
            if (f && durationValue === null) durationValue = f.minutes;
          } else state = 'format';
          break;
        case 'duration':
          igfSignal = true;
          if (label.minutes !== null) durationValue = label.minutes;
          break;
        case 'policy':
          igfSignal = true;
          policySeen = true;
          enter('policy', label.value, line);
          break;
        case 'expected':
          igfSignal = true;
          enter('expected', label.value, line);
          break;
        case 'description':
          enter('description', label.value, line);
          break;
        case 'theme':
          enter('theme', label.value, line);
          break;
        case 'other':
          enter('other', label.value, line);
          break;
        case 'fullTitle':
          if (r.fullTitle === null && squash(label.value)) r.fullTitle = squash(stripGlyphs(label.value));
          break;
        case 'additional':
          enter('additional', label.value, line);
          break;
        case 'hybrid':
          igfSignal = true;
          enter('hybrid', label.value, line);
          break;
        case 'orgKeyed': {
          igfSignal = true;
          const k = readKeyedOrganizers(label.value);
          keyedOrganizers.push(...k.entries);
          if (k.main) labelRoles.push({ slot: 0, name: k.main });
          // the organising entity printed just above repeats the affiliation
          const prev = stream[stream.length - 1];
          if (prev && prev.kind !== 'label' && k.entries[0]?.affiliation === prev.line.text)
            prev.consumed = true;
          break;
        }
        case 'combined': {
          igfSignal = true;
          const name = roleName({ text: squash(label.value), gap: 0, cut: line.cut }, roleDetails);
          if (name) {
            for (const slot of label.slots) labelRoles.push({ slot, name });
            if (label.organizer)
              combinedOrganizers.push({ name, affiliation: null, stakeholder: null, region: null });
          }
          break;
        }
        case 'marker':
          break;
      }
      stream.push(item);
      prevKind = 'label';
      continue;
    }

    if (formatValue === null && BARE_FORMAT.test(t)) {
      formatValue = t;
      prevKind = 'formatLine';
      continue;
    }

    // an unlabelled line
    let kind: Kind;
    if (dy !== null) kind = 'date';
    else if (
      prevKind === 'date' &&
      line.gap <= 1 &&
      t.length <= 80 &&
      ROOM_WORDS.test(t) &&
      !/[.!?]$/.test(t)
    )
      kind = 'room';
    else if (fl) {
      kind = 'formatLine';
      if (!lineFormat) lineFormat = fl;
    } else if (isSdgLine(t)) kind = 'sdg';
    else if (personStyle(t)) kind = 'person';
    else if (isPara(t)) kind = 'para';
    else kind = 'short';
    if (kind === 'date' && r.year === null) r.year = dy;
    if (kind === 'date' && dateFacts === null) {
      dateFacts = readDateLine(t);
      dateLine = t;
      // the room is the short line right after the date
      const next = lines[i + 1];
      if (
        next &&
        next.gap === 0 &&
        next.text.length <= 80 &&
        parseLabel(next.text) === null &&
        !/[.!?:;]$/.test(next.text) &&
        !personStyle(next.text) &&
        !formatLine(next.text) &&
        dateYear(next.text) === null
      ) {
        r.room = stripGlyphs(next.text);
        stream.push({ kind, line });
        stream.push({ kind: 'room', line: next, consumed: true });
        prevKind = 'room';
        i++;
        continue;
      }
    }
    stream.push({ kind, line });
    prevKind = kind;
  }

  // --- organizers / speakers introduced by a bare 'Organizers' / 'Speakers' heading
  const hdrOrganizers: PersonEntry[] = [];
  const hdrOrgEntities: string[] = [];
  const hdrSpeakers: PersonEntry[] = [];
  const speakerItems = new Set<Item>(); // stream items read as speakers
  for (let i = 0; i < stream.length; i++) {
    const it = stream[i] as Item;
    if (it.kind !== 'label' || (it.label?.t !== 'orgHdr' && it.label?.t !== 'spkHdr')) continue;
    const isOrg = it.label.t === 'orgHdr';
    if (!isOrg) {
      const block = readSpeakerBlock(stream, i + 1);
      hdrSpeakers.push(...block.entries);
      for (const n of block.items) speakerItems.add(n);
      continue;
    }
    for (let j = i + 1; j < stream.length; j++) {
      const n = stream[j] as Item;
      if (n.kind === 'person') {
        n.consumed = true;
        hdrOrganizers.push(...parsePeople(n.line.text, n.line.cut));
      } else if (n.kind === 'short' && !n.line.cut) {
        n.consumed = true;
        const name = orgEntityName(n.line.text);
        if (name) hdrOrgEntities.push(name);
      } else break;
    }
  }

  // --- roles: labels, and unlabelled lines around them by position
  const roles: (string | null)[] = [null, null, null];
  /** How each role was read: 1 labelled, lower when inferred from position or a tag. */
  const roleConf: number[] = [0, 0, 0];
  const firstRole = stream.findIndex((it) => it.kind === 'label' && it.label?.t === 'role');
  const roleLabelSeen = firstRole >= 0 || labelRoles.length > 0;
  if (firstRole >= 0) {
    const first = stream[firstRole] as Item;
    const prev = stream[firstRole - 1];
    if (
      first.label?.t === 'role' &&
      first.label.slot === 1 &&
      !first.label.value &&
      prev &&
      !prev.consumed &&
      isRoleValue(prev)
    ) {
      // 2023 layout: the onsite moderator's line stands just before the 'Online Moderator' heading
      const name = roleName(prev.line, roleDetails);
      if (name) {
        roles[0] = name;
        roleConf[0] = 0.75;
        prev.consumed = true;
      }
    }
    let ptr: number | null = null;
    for (let i = firstRole; i < stream.length; i++) {
      const it = stream[i] as Item;
      if (it.kind === 'label' && it.label?.t === 'role') {
        const slot = it.label.slot;
        const inline = squash(it.label.value);
        if (inline) {
          const name = roleName({ text: inline, gap: 0, cut: it.line.cut }, roleDetails);
          if (name && roles[slot] === null) {
            roles[slot] = name;
            roleConf[slot] = 1;
          }
          ptr = slot + 1;
        } else ptr = slot;
        continue;
      }
      if (ptr !== null && ptr <= 2 && !it.consumed && isRoleValue(it)) {
        const name = roleName(it.line, roleDetails);
        if (name === null) break;
        if (roles[ptr] === null) {
          roles[ptr] = name;
          roleConf[ptr] = it.line.gap <= 1 && stream[i - 1]?.kind === 'label' ? 1 : 0.75;
        }
        it.consumed = true;
        ptr++;
        continue;
      }
      break;
    }
  }

  // --- unlabelled organizers / speakers (mirrors without labels)
  const orgEntities: string[] = [];
  const groups: { style: string; items: Item[] }[] = [];
  let orgStart: number | null = null; // stream index where the organizers begin
  let roleLinesByPosition: Item[] | null = null;
  const p0 = stream.findIndex(
    (it, i) => it.kind === 'person' && !it.consumed && (firstRole < 0 || i < firstRole),
  );
  if (p0 >= 0 && (labelledOrganizers.size === 0 || labelledSpeakers.size === 0)) {
    // organising entity lines just above the first people line
    const entity: Item[] = [];
    const startItem = stream[p0] as Item;
    let j = p0 - 1;
    if (startItem.line.gap === 0) {
      while (j >= 0) {
        const it = stream[j] as Item;
        if (!isEntityLine(it)) break;
        entity.unshift(it);
        if (it.line.gap > 0) break;
        j--;
      }
    } else {
      const block: Item[] = [];
      while (j >= 0) {
        const it = stream[j] as Item;
        if (!isEntityLine(it)) {
          block.length = 0;
          break;
        }
        block.unshift(it);
        if (it.line.gap > 0) break;
        j--;
      }
      if (block.length > 0 && block.length <= 4) entity.push(...block);
    }
    for (const it of entity) {
      const name = orgEntityName(it.line.text);
      if (name) orgEntities.push(name);
    }
    orgStart = entity.length > 0 ? p0 - entity.length : p0;

    // groups of people lines: a new group on a change of style or after two blank lines
    for (let i = p0; i < stream.length; i++) {
      const it = stream[i] as Item;
      if (it.kind !== 'person' || it.consumed || (firstRole >= 0 && i >= firstRole)) break;
      const style = personStyle(it.line.text) ?? 'plain';
      const g = groups[groups.length - 1];
      if (g && g.style === style && it.line.gap < 2) g.items.push(it);
      else groups.push({ style, items: [it] });
    }
    // without any role labels, a last group of up to three one-person lines after the speakers holds the roles
    if (!roleLabelSeen) {
      const last = groups[groups.length - 1];
      if (groups.length >= 2 && last && last.items.length <= 3 && last.items.every(isRoleValue)) {
        groups.pop();
        roleLinesByPosition = last.items;
      }
    }
  }

  const entriesOf = (items: Item[], speakers = false): PersonEntry[] => {
    const out: PersonEntry[] = [];
    if (speakers) items.forEach((it) => speakerItems.add(it));
    const seen = new Set<string>();
    for (const it of items) {
      if (seen.has(it.line.text)) continue;
      seen.add(it.line.text);
      it.consumed = true;
      out.push(...parsePeople(it.line.text, it.line.cut));
    }
    return out;
  };

  let organizerEntries: PersonEntry[] = [...labelledOrganizers.values()].flat();
  if (organizerEntries.length === 0) organizerEntries = keyedOrganizers;
  let speakerEntries: PersonEntry[] = [...labelledSpeakers.values()].flat();
  if (organizerEntries.length === 0) organizerEntries = hdrOrganizers;
  if (speakerEntries.length === 0) speakerEntries = hdrSpeakers;
  const g1 = groups[0];
  const g2 = groups[1];
  if (organizerEntries.length === 0 && speakerEntries.length === 0) {
    if (g1 && g2) {
      organizerEntries = entriesOf(g1.items);
      speakerEntries = entriesOf(
        groups.slice(1).flatMap((g) => g.items),
        true,
      );
    } else if (g1) {
      speakerEntries = entriesOf(g1.items, true);
    }
  } else if (organizerEntries.length === 0) {
    if (g1) organizerEntries = entriesOf(g1.items);
  } else if (speakerEntries.length === 0) {
    if (g1)
      speakerEntries = entriesOf(
        groups.flatMap((g) => g.items),
        true,
      );
  }
  // Without any role labels: up to three one-person lines right after the speakers are, in order,
  // the onsite moderator, the online moderator and the rapporteur.
  if (!roleLabelSeen) {
    let lines3 = roleLinesByPosition;
    if (lines3 === null) {
      let after = -1;
      stream.forEach((it, i) => {
        if ((it.kind === 'label' && it.label?.t === 'speaker') || (it.consumed && speakerItems.has(it)))
          after = i;
      });
      const found: Item[] = [];
      for (let i = after + 1; after >= 0 && i < stream.length && found.length < 4; i++) {
        const it = stream[i] as Item;
        if (it.consumed || !isRoleValue(it) || (it.kind === 'short' && it.line.text.includes(','))) break;
        found.push(it);
      }
      if (found.length > 0 && found.length <= 3) lines3 = found;
    }
    (lines3 ?? []).forEach((it, k) => {
      const name = roleName(it.line, roleDetails);
      if (name && k < 3) {
        roles[k] = name;
        roleConf[k] = 0.6;
        it.consumed = true;
      }
    });
  }

  if (organizerEntries.length === 0) {
    let names = hdrOrgEntities.length > 0 ? hdrOrgEntities : orgEntities;
    if (names.length === 0) names = proseOrganizers(stream);
    organizerEntries = names.map((name) => ({ name, affiliation: null, stakeholder: null, region: null }));
  }
  for (const c of combinedOrganizers)
    if (!organizerEntries.some((o) => o.name === c.name)) organizerEntries.push(c);
  for (const { slot, name } of labelRoles)
    if (roles[slot] === null) {
      roles[slot] = name;
      roleConf[slot] = 0.95;
    }
  // '[online, moderator]' after a speaker: the role, when no label gives it
  for (const e of speakerEntries)
    for (const role of e.tagRoles ?? []) {
      const slot = role === 'onsiteModerator' ? 0 : role === 'onlineModerator' ? 1 : 2;
      if (roles[slot] === null && e.name) {
        roles[slot] = e.name;
        roleConf[slot] = 0.8;
      }
    }
  r.organizers = dedupe(organizerEntries.map(toOrganizer));
  r.speakers = dedupe(
    speakerEntries.map(toSpeaker).filter((s): s is PageParse['speakers'][number] => s !== null),
  );
  r.roleDetails = roles.flatMap((name) => {
    const e = name === null ? undefined : roleDetails.get(name);
    const sp = e ? toSpeaker(e) : null;
    return sp ? [sp] : [];
  });
  [r.onsiteModerator, r.onlineModerator, r.rapporteur] = roles as [
    string | null,
    string | null,
    string | null,
  ];

  // --- themes: labelled, or the block of short lines just before the organizers
  if (themeValues.length > 0)
    r.themes = dedupe(themeValues.map((v) => squash(stripGlyphs(v))).filter(Boolean));
  else {
    let at = stream.findIndex(
      (it) => it.kind === 'label' && (it.label?.t === 'organizer' || it.label?.t === 'orgHdr'),
    );
    if (orgStart !== null && (at < 0 || orgStart < at)) at = orgStart;
    const themes: string[] = [];
    for (let j = at - 1; at > 0 && j >= 0; j--) {
      const it = stream[j] as Item;
      if (!isThemeLine(it) || it.consumed) break;
      themes.unshift(it.line.text);
      if (it.line.gap > 0) break;
    }
    if (themes.length <= 8) r.themes = dedupe(themes.map((v) => squash(stripGlyphs(v))).filter(Boolean));
  }

  // --- format and duration
  if (formatValue) r.format = formatValue;
  else if (lineFormat) r.format = lineFormat.format;
  if (durationValue !== null) r.durationMinutes = durationValue;
  else if (lineFormat) r.durationMinutes = lineFormat.minutes;
  else if (r.format) r.durationMinutes = agendaMinutes(r.format);

  // --- policy questions, description, expected outcomes
  if (policySeen) r.policyQuestions = splitPolicyQuestions(policyLines);
  r.expectedOutcomes = paragraphs(expectedLines);
  r.description = paragraphs(descriptionLines);
  if (r.description === null) {
    const run: Line[] = [];
    for (const it of stream) {
      if (it.kind === 'para' && !it.consumed) run.push(it.line);
      else if (run.length > 0) break;
    }
    if (run.length > 0) {
      run[0] = { ...(run[0] as Line), gap: 0 };
      r.description = paragraphs(run.map((l, k) => (k === 0 ? l : { ...l, gap: Math.max(1, l.gap) })));
    }
  }

  // --- the facts the page gives beside the programme
  if (dateFacts) {
    r.date = dateFacts.date;
    r.startTime = dateFacts.startTime;
    r.endTime = dateFacts.endTime;
    r.timeZone = dateFacts.timeZone;
  }
  // Times printed without a zone: the place the page names says where the session is held.
  if (r.timeZone === null)
    r.timeZone = zoneFromPlaces(
      lines.map((l) => l.text),
      dateLine,
      r.room,
    );
  if (hybridSeen) r.hybrid = true;
  r.additionalSpeakers = dedupe(
    additionalLines
      .flatMap((l) => parsePeople(l.text, l.cut))
      .map(toSpeaker)
      .filter((sp): sp is PageParse['speakers'][number] => sp !== null),
  );

  const peopleSignal = [...organizerEntries, ...speakerEntries].some((e) => e.stakeholder !== null);
  if (!igfSignal && !peopleSignal) {
    // Not an IGF session page: report nothing rather than guess.
    return emptyImport();
  }
  const organizerConf =
    labelledOrganizers.size > 0
      ? 1
      : keyedOrganizers.length > 0 || hdrOrganizers.length > 0
        ? 0.9
        : organizerEntries.some((e) => e.stakeholder !== null || e.region !== null)
          ? 0.75
          : 0.6;
  r.confidence = confidenceOf(r, {
    title: headingText !== null ? 1 : 0,
    code: headingText !== null ? 1 : 0,
    year: headingText !== null ? 1 : 0.8,
    room: 0.8,
    themes: themeValues.length > 0 ? 1 : 0.7,
    organizers: organizerConf,
    speakers: labelledSpeakers.size > 0 ? 1 : hdrSpeakers.length > 0 ? 0.85 : 0.7,
    additionalSpeakers: 0.9,
    onsiteModerator: roleConf[0] ?? 0,
    onlineModerator: roleConf[1] ?? 0,
    rapporteur: roleConf[2] ?? 0,
    format: formatValue !== null ? 1 : 0.9,
    durationMinutes: durationValue !== null ? 1 : lineFormat ? 0.9 : 0.7,
    policyQuestions: r.policyQuestions.length > 1 ? 0.95 : 0.8,
  });
  return r;
}

/**
 * Reads the text of an IGF session page. Never throws: on any failure the fields it could not read
 * are null / empty and listed in `notFound`.
 */
export function parseSessionPage(text: string): PageImport {
  let r: PageImport;
  try {
    r = parseUnsafe(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    r = emptyImport();
  }
  return withNotFound(r);
}
