import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { zoneOfPlace } from '../../shared/igf/pageFacts';
import { factsFromPage } from '../../shared/model/factory';
import { sessionStartMs } from '../../shared/model/time';

const page = (name: string) =>
  parseSessionPage(readFileSync(path.resolve('tests/fixtures/igf-pages-zones', `${name}.txt`), 'utf8'));

describe('the session’s time zone is taken from the place the page names', () => {
  it.each([
    ['room-names-riyadh', 'Asia/Riyadh', '2024-12-17', '10:30', '2024-12-17T07:30:00.000Z'],
    ['venue-label-kyoto', 'Asia/Tokyo', '2023-10-11', '14:45', '2023-10-11T05:45:00.000Z'],
    ['time-zone-label-oslo', 'Europe/Oslo', '2025-06-24', '09:00', '2025-06-24T07:00:00.000Z'],
    ['date-line-berlin', 'Europe/Berlin', '2019-11-25', '09:15', '2019-11-25T08:15:00.000Z'],
    ['printed-zone-wins', 'UTC', '2022-11-30', '13:15', '2022-11-30T13:15:00.000Z'],
  ])('%s → %s', (name, zone, date, start, utc) => {
    const parsed = page(name);
    const facts = factsFromPage(parsed);
    expect(facts.timeZone).toBe(zone);
    expect([facts.date, facts.startTime]).toEqual([date, start]);
    // The session's start is read in that zone, whatever this computer's zone is.
    expect(new Date(sessionStartMs({ date, startTime: start, timeZone: zone })!).toISOString()).toBe(utc);
  });

  it('keeps the room line the room, and a labelled venue line out of the description', () => {
    expect(page('room-names-riyadh').room).toBe(
      'Workshop Room 2, King Abdulaziz International Conference Center, Riyadh',
    );
    expect(page('venue-label-kyoto').room).toBe('Annex Hall 1');
  });

  it('leaves the zone empty when the page names no place: a city in the prose says nothing', () => {
    const parsed = page('no-place');
    const text = readFileSync(path.resolve('tests/fixtures/igf-pages-zones/no-place.txt'), 'utf8');
    expect(text).toContain('Paris Call and on the Geneva Declaration');
    expect(factsFromPage(parsed).timeZone).toBeNull();
    expect(factsFromPage(parsed).date).toBe('2022-11-30');
  });

  it('reads zone names, printed zones after a label, and cities of several words; not room words', () => {
    expect(zoneOfPlace('Time zone: America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(zoneOfPlace('Timezone: EAT')).toBe('Africa/Nairobi');
    expect(zoneOfPlace('UN Conference Centre, Addis Ababa, Ethiopia')).toBe('Africa/Addis_Ababa');
    expect(zoneOfPlace('Norges Varemesse, Lillestrøm')).toBe('Europe/Oslo');
    expect(zoneOfPlace('Plenary Hall, Conference Center, Easter wing')).toBeNull();
    expect(zoneOfPlace('Room Davis, Center Building')).toBeNull();
  });
});
