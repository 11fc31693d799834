import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/model/changes';
import { newSession, sessionFromPage } from '../../shared/model/factory';
import { migrate } from '../../shared/model/migrate';
import { audienceMember } from '../../shared/model/people';
import { SCHEMA_VERSION, SessionSchema, type Session } from '../../shared/model/session';
import { matchPeople, speakerList, speakerNumbers } from '../../shared/capture/speakers';
import { parseSessionPage } from '../../shared/igf/sessionPage';

const V3 = 'tests/fixtures/sessions/v3-numbered-people.session.json';
const T = '2026-12-02T10:00:00.000Z';
const readV3 = async () => JSON.parse(await readFile(V3, 'utf8')) as Record<string, unknown>;
const numberOf = (s: Session, name: string) => s.people.find((p) => p.name === name)?.speakerNumber;

describe('format 3 → 4: stable speaker numbers', () => {
  it('numbers people as the strip showed them (speakers, moderators, audience, the rest; removed last)', async () => {
    const raw = await readV3();
    const session = SessionSchema.parse(migrate(structuredClone(raw), 'v3.session.json'));
    expect(session.schemaVersion).toBe(SCHEMA_VERSION);
    expect(
      session.people.map((p) => [p.name, p.speakerNumber]).sort((a, b) => Number(a[1]) - Number(b[1])),
    ).toEqual([
      ['Heiko Wildner', 1],
      ['Pramod Varma', 2],
      ['Maksym Shkilov', 3],
      ['Michael O. Odhiambo', 4],
      ['Aishwarya Salvi', 5],
      ['Luiza Ferreira', 6],
      ['Ana Lima', 7],
      ['Torge Wolters', 8],
      ['Removed Speaker', 9],
    ]);
    // Nothing else changed.
    const drop = (s: Record<string, unknown>) => ({
      ...s,
      schemaVersion: 0,
      people: (s.people as Array<Record<string, unknown>>).map(({ speakerNumber: _n, ...rest }) => rest),
    });
    expect(drop(SessionSchema.parse(migrate(structuredClone(raw), 'v3')) as never)).toEqual(
      drop(SessionSchema.parse({ ...raw, schemaVersion: SCHEMA_VERSION }) as never),
    );
  });
});

describe('speaker numbers never move', () => {
  const seed = async (): Promise<Session> =>
    sessionFromPage(
      parseSessionPage(await readFile('tests/fixtures/igf-pages/igf-2023-ws-260.txt', 'utf8')),
      T,
    );

  it('a session from a page numbers its people in speaker-list order', async () => {
    const s = await seed();
    expect(speakerList(s.people).map((p) => p.speakerNumber)).toEqual(s.people.map((_, i) => i + 1));
    expect(numberOf(s, 'Torge Wolters')).toBe(7);
  });

  it('audience members are appended: Torge Wolters stays 7 after three of them', async () => {
    let s = await seed();
    for (const name of ['Ana Lima', 'Bo Chen', '']) {
      const person = audienceMember(s.people, { name });
      s = applyChanges(s, [{ type: 'person.put', person }], T);
    }
    expect(numberOf(s, 'Torge Wolters')).toBe(7);
    expect(numberOf(s, 'Ana Lima')).toBe(8);
    expect(numberOf(s, 'Bo Chen')).toBe(9);
    expect(numberOf(s, 'Audience member 3')).toBe(10);
    expect(speakerNumbers(s.people).get(s.people.find((p) => p.name === 'Torge Wolters')!.id)).toBe(7);
  });

  it('a put without a number keeps the person’s number, or gives the next free one to someone new', async () => {
    let s = await seed();
    const torge = s.people.find((p) => p.name === 'Torge Wolters')!;
    const { updatedAt: _u, deletedAt: _d, speakerNumber: _n, ...draft } = torge;
    s = applyChanges(s, [{ type: 'person.put', person: { ...draft, name: 'Torge W.' } }], T);
    expect(numberOf(s, 'Torge W.')).toBe(7);
    // A removed person's number is not given again.
    s = applyChanges(s, [{ type: 'person.delete', id: torge.id }], T);
    s = applyChanges(
      s,
      [{ type: 'person.put', person: { id: globalThis.crypto.randomUUID(), name: 'New', order: 99 } }],
      T,
    );
    expect(numberOf(s, 'New')).toBe(8);
    expect(speakerNumbers(s.people).has(torge.id)).toBe(false);
  });

  it('typing a number in the speaker search finds that speaker', () => {
    let s = newSession(T);
    for (let i = 0; i < 12; i++)
      s = applyChanges(
        s,
        [{ type: 'person.put', person: audienceMember(s.people, { name: `P${i + 1}` }) }],
        T,
      );
    expect(matchPeople(s.people, '12').map((p) => p.name)).toEqual(['P12']);
    expect(matchPeople(s.people, 'p1').map((p) => p.name)[0]).toBe('P1');
  });
});
