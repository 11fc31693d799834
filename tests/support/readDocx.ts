import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Reads an exported DOCX as its readers would: LibreOffice must open and convert it, and pandoc gives
 * the text back. Each conversion uses its own LibreOffice profile so runs never share a lock.
 */
export function convertDocxToPdf(docx: string, outDir = path.dirname(docx)): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    const result = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docx,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/i, '.pdf'));
    if (result.status !== 0 || !existsSync(pdf))
      throw new Error(
        `LibreOffice could not convert ${docx}: ${result.stderr || result.stdout || result.error}`,
      );
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function pdfText(pdf: string): string {
  const result = spawnSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${result.stderr}`);
  return result.stdout;
}

export function docxPlainText(docx: string): string {
  const result = spawnSync('pandoc', ['-t', 'plain', '--wrap=none', docx], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pandoc could not read ${docx}: ${result.stderr}`);
  return result.stdout;
}
