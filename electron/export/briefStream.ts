import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Session } from '../../shared/model/session';
import {
  briefCsvRows,
  briefHead,
  briefSections,
  BriefTotals,
  contributionOf,
  CSV_BOM,
  csvHeader,
  csvLine,
  type BriefEntry,
  type BriefOptions,
} from '../../shared/report/brief';
import { translator } from '../../shared/i18n/index';
import { markdownHead, markdownSection } from '../../shared/report/markdown';
import { AtomicStreamFile, DocxStream } from './docxStream';

export interface BriefTargets {
  docx?: string;
  md?: string;
  /** Every call to action, recommendation and commitment as a spreadsheet (CSV, UTF-8). */
  csv?: string;
}

/**
 * The parts of each session the brief lists later (takeaways, calls to action, follow-up lines, CSV
 * rows) put aside in a temporary file as each session is read, and read back one session at a time
 * while the document is written: memory holds the totals and an index of offsets, never the sessions.
 */
class PartSpool {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'desk-brief-'));
  private readonly fd = openSync(path.join(this.dir, 'parts'), 'w+');
  private readonly index = new Map<string, [offset: number, length: number]>();
  private size = 0;
  private flushed = 0;
  /** Parts not yet on disk: written in blocks of about 1 MB rather than one small write each. */
  private pending: Buffer[] = [];

  put(id: string, key: string, items: string[]): void {
    const bytes = Buffer.from(JSON.stringify(items));
    this.index.set(`${id}\u0000${key}`, [this.size, bytes.length]);
    this.size += bytes.length;
    this.pending.push(bytes);
    if (this.size - this.flushed > 1 << 20) this.flush();
  }

  private flush(): void {
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    let done = 0;
    while (done < bytes.length)
      done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    this.flushed += bytes.length;
  }

  read = (entry: BriefEntry, key: string): string[] | undefined => {
    const at = this.index.get(`${entry.id}\u0000${key}`);
    if (!at) return undefined;
    if (this.pending.length) this.flush();
    const bytes = Buffer.alloc(at[1]);
    let done = 0;
    while (done < at[1]) {
      const n = readSync(this.fd, bytes, done, at[1] - done, at[0] + done);
      if (n === 0) break;
      done += n;
    }
    return JSON.parse(bytes.toString('utf8')) as string[];
  };

  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The organizer's brief over any number of sessions, streamed: each session is read, reduced to its
 * contribution and released; then the DOCX, Markdown and CSV are written section by section. Each
 * target is replaced whole or not at all. Returns how many distinct sessions went in.
 */
export async function streamBrief(
  sessions: Iterable<Session> | AsyncIterable<Session>,
  targets: BriefTargets,
  options: BriefOptions = {},
): Promise<{ sessions: number }> {
  const spool = new PartSpool();
  const outputs: AtomicStreamFile[] = [];
  let docx: DocxStream | null = null;
  try {
    const totals = new BriefTotals();
    for await (const session of sessions) {
      const c = contributionOf(session, options);
      if (!totals.add(c)) continue;
      for (const [key, items] of c.parts) spool.put(c.entry.id, key, items);
    }
    const head = briefHead(totals, options);
    if (targets.docx) docx = await DocxStream.open(targets.docx, head);
    const md = targets.md ? new AtomicStreamFile(targets.md) : null;
    if (md) {
      outputs.push(md);
      md.write(markdownHead(head));
    }
    for (const section of briefSections(totals, spool.read, { ...options, partItems: 500 })) {
      docx?.section(section);
      md?.write(`\n\n${markdownSection(section, head.labels)}`);
    }
    md?.write('\n');
    if (targets.csv) {
      const csv = new AtomicStreamFile(targets.csv);
      outputs.push(csv);
      csv.write(CSV_BOM + csvLine(csvHeader(translator(head.language))));
      for (const row of briefCsvRows(totals, spool.read)) csv.write(csvLine(row));
    }
    docx?.close();
    docx = null;
    for (const out of outputs.splice(0)) out.commit();
    return { sessions: totals.entries.length };
  } finally {
    docx?.abort();
    for (const out of outputs) out.abort();
    spool.dispose();
  }
}
