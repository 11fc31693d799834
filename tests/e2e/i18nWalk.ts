import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Session } from '../../shared/model/session';

const SEED = path.resolve('tests/fixtures/igf-pages/igf-2023-ws-260.txt');

/**
 * A session made the way a user makes one (the page import, then statements and timed turns through the
 * real handlers), opened from the session list by its row; returns it as stored. The screens may be in
 * any language: nothing here reads a label.
 */
export async function seedAndOpen(
  page: Page,
  extraStatements: string[] = [],
  /** Statements left without a question, for the drafting to suggest one (its ghost chips). */
  untaggedStatements: string[] = [],
): Promise<Session> {
  const session = await page.evaluate(
    async ({ text, extra, untagged }) => {
      const made = await window.desk.importSessionPage({ text });
      if (!made.ok) throw new Error(made.error.message);
      const s = made.value.session;
      const person = (name: string) => s.people.find((p) => p.name === name)!.id;
      const q = [...s.questions].sort((a, b) => a.order - b.order).map((x) => x.id);
      const at = (min: number) => new Date(Date.parse('2023-10-10T09:00:00Z') + min * 60_000).toISOString();
      const statement = (text: string, min: number, speaker: string, questionIds: string[], more = {}) => ({
        type: 'statement.put' as const,
        statement: {
          id: crypto.randomUUID(),
          text,
          at: at(min),
          speakerId: person(speaker),
          questionIds,
          offsetSeconds: min * 60,
          ...more,
        },
      });
      const turn = (speaker: string, from: number, to: number) => ({
        type: 'turn.put' as const,
        turn: {
          id: crypto.randomUUID(),
          personId: person(speaker),
          timer: {
            mode: 'countdown' as const,
            startedAt: at(from),
            allottedSeconds: 300,
            addedSeconds: 0,
            pauses: [],
            endedAt: at(to),
          },
        },
      });
      const r = await window.desk.changeSession({
        id: s.id,
        changes: [
          statement('DPI must be built on open standards and open source.', 5, 'Pramod Varma', [q[0]!], {
            kind: 'key-takeaway-candidate',
          }),
          statement('Fund peer learning on DPI through the G20.', 12, 'Michael O. Odhiambo', [q[1]!], {
            kind: 'recommendation',
            fora: ['G20'],
          }),
          ...extra.map((t, i) => statement(t, 20 + i, 'Maksym Shkilov', [q[0]!])),
          ...untagged.map((t, i) => statement(t, 30 + i, i % 2 ? 'Maksym Shkilov' : 'Pramod Varma', [])),
          turn('Pramod Varma', 4, 9),
          turn('Michael O. Odhiambo', 12, 14),
        ],
      });
      if (!r.ok) throw new Error(r.error.message);
      const got = await window.desk.getSession({ id: s.id });
      if (!got.ok) throw new Error(got.error.message);
      return got.value;
    },
    { text: await readFile(SEED, 'utf8'), extra: extraStatements, untagged: untaggedStatements },
  );
  await page.reload();
  await page.locator('.session-open').first().click();
  await expect(page.locator('#tab-capture')).toHaveAttribute('aria-selected', 'true');
  return session;
}

/**
 * What a person reads (and hears) in `selector` in the screens' language: visible text, and the names
 * and hints of controls. A part marked in another language (the report's preview) is not the screens'.
 */
export function readTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const own = document.documentElement.lang;
    const elsewhere = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || ['TEXTAREA', 'SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
        // Codes and keys (a key's fingerprint, Esc) are not words to translate.
        if (parent.closest('datalist, code, kbd') || elsewhere(parent)) continue;
        const visible = parent.checkVisibility() || parent.closest('.visually-hidden, option') !== null;
        if (visible && node.textContent!.trim()) out.push(node.textContent!.trim());
      }
      for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]'))
        if (!elsewhere(el))
          for (const attr of ['aria-label', 'placeholder', 'title']) {
            const value = el.getAttribute(attr);
            if (value?.trim()) out.push(value.trim());
          }
    }
    return out;
  }, selector);
}

/** Every text a session's data puts on screen: titles, names, questions, statements, fora… */
export function userData(session: Session, more: string[] = []): string[] {
  const f = session.facts;
  return [
    f.title,
    f.fullTitle ?? '',
    f.code ?? '',
    f.format ?? '',
    f.room ?? '',
    f.timeZone ?? '',
    ...f.themes,
    ...session.people.flatMap((p) => [p.name, p.affiliation ?? '']),
    ...session.questions.map((q) => q.text),
    ...session.agenda.map((a) => a.title),
    ...session.statements.flatMap((s) => [s.text, ...s.fora]),
    ...more,
  ].filter((text) => text.trim().length > 1);
}
