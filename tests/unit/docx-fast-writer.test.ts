import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportToDocxObjects } from '../../electron/export/docx';
import { reportToDocxXml } from '../../electron/export/docxXml';
import { LANGUAGES } from '../../shared/i18n/languages';
import { newSession, newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { buildReport, type ReportDocument } from '../../shared/report/reportModel';
import { generateSession, withWrittenReport } from '../fixtures/generate-session';
import { HOSTILE_STATEMENTS } from '../support/hostile';
import { reportSession, statement } from './report-fixture';

/**
 * The app writes a report's sections as text (docxXml.ts) and only the package with docx's object
 * model; `reportToDocxObjects` lays out the same document with docx's objects throughout. The two
 * files must hold the same parts with the same bytes, but for what differs between any two exports:
 * the links' random relationship ids, docx's process-wide image counter and the time of export.
 */
function parts(file: Uint8Array): Record<string, string> {
  const links = new Map<string, string>();
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(file)))
    out[name] = /\.(xml|rels)$/.test(name)
      ? strFromU8(data)
          .replace(/rId[A-Za-z0-9_-]{15,}/g, (id) => {
            if (!links.has(id)) links.set(id, `rIdLink${links.size + 1}`);
            return links.get(id)!;
          })
          .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="?"')
          .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME')
      : Buffer.from(data).toString('base64');
  return out;
}

async function expectSameDocx(doc: ReportDocument): Promise<void> {
  const reference = parts(await reportToDocxObjects(doc));
  const fast = parts(reportToDocxXml(doc));
  expect(Object.keys(fast)).toEqual(Object.keys(reference));
  for (const name of Object.keys(reference)) expect(fast[name], name).toBe(reference[name]);
}

/** Every Markdown construct the layout knows, in statements of the annex, in both directions. */
function everything(): Session {
  const session = reportSession();
  const [amina, ken] = session.people;
  const [q1, q2] = session.questions.map((q) => q.id) as [string, string];
  session.report.includeAnnex = true;
  session.statements.push(
    statement(
      'LIST\n\n- first **bold** point\n- second *italic* ~~gone~~ `code`\n  - nested\n    1. deep',
      9,
      ken!.id,
      [q1],
    ),
    statement('ORDERED\n\n3. three\n4. four\n\n1. again\n2. two', 10, amina!.id, [q2]),
    statement('> quoted [a link](https://example.org/a?b=1&c="2")\n>\n> - in a list', 11, null, [q1]),
    statement('```\ncode & <tags>\n\tindented\n```\n\nafter\tthe tab\nand a line break', 12, ken!.id, []),
    statement('- \n- ```\n  code first\n  ```', 13, null, [q2]),
    statement('مرحبا بالعالم **غامق** and English', 14, amina!.id, [q1]),
    statement(`LONG ${'A sentence that goes on. '.repeat(400)}`, 15, ken!.id, [q1]),
    statement('quotes \' " < > & and a bell \u0007 here', 16, null, []),
  );
  return session;
}

function hostile(): Session {
  const now = new Date().toISOString();
  const session = newSession(now, 'Hostile text');
  const statements = HOSTILE_STATEMENTS.map((h, i) => ({
    ...newStatement(h.text, new Date(Date.UTC(2026, 5, 23, 9, 0, i)).toISOString()),
    updatedAt: now,
    deletedAt: null,
  }));
  return { ...session, statements, report: { ...session.report, includeAnnex: true } };
}

describe('the DOCX written as text is the DOCX docx writes', () => {
  it('for the report fixture in every language, with its chart and links', async () => {
    for (const language of LANGUAGES) await expectSameDocx(buildReport(reportSession(), { language }));
  });

  it('for every Markdown construct in the annex, left to right and right to left', async () => {
    await expectSameDocx(buildReport(everything(), {}));
    await expectSameDocx(buildReport(everything(), { language: 'ar' }));
  });

  it('for hostile statements, an empty session and 300 generated statements', async () => {
    await expectSameDocx(buildReport(hostile(), {}));
    await expectSameDocx(buildReport(newSession('2026-06-23T09:00:00.000Z', 'Empty'), {}));
    await expectSameDocx(buildReport(withWrittenReport(generateSession(300)), {}));
    await expectSameDocx(
      buildReport(
        { ...generateSession(300), report: { ...generateSession(300).report, includeAnnex: true } },
        {},
      ),
    );
  });
});
