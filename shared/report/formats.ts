import type { TFunction } from 'i18next';

/**
 * The one list of export formats. The contract's `exportReport` enum, the save dialog's file types,
 * the Report tab's buttons and the CLI's `export` options are all read from here, so a format cannot be
 * offered in one place and missing in another.
 */
export const EXPORT_FORMATS = {
  docx: {
    button: 'Export DOCX…',
    saved: 'Report saved to',
    extension: 'docx',
    suffix: ' report.docx',
    primary: true,
  },
  md: {
    button: 'Export Markdown…',
    saved: 'Markdown saved to',
    extension: 'md',
    suffix: ' report.md',
    primary: false,
  },
  json: {
    button: 'Export session JSON…',
    saved: 'Session file saved to',
    extension: 'json',
    suffix: '.session.json',
    primary: false,
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** A save dialog's file type, as Electron's `showSaveDialog` takes it, named in the catalog's `fileType.*`. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

export const saveFilter = (format: ExportFormat, t: TFunction): SaveFilter => ({
  name: t(`fileType.${format}`),
  extensions: [EXPORT_FORMATS[format].extension],
});

/** A file name made from the session's title: letters, digits and a few safe marks, at most 80. */
export function baseFileName(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 80) || 'session'
  );
}

export const exportFileName = (title: string, format: ExportFormat): string =>
  baseFileName(title) + EXPORT_FORMATS[format].suffix;

/** The organizer's brief: as a document, or every call to action as a spreadsheet. */
export const BRIEF_FORMATS = {
  docx: { extension: 'docx' },
  md: { extension: 'md' },
  csv: { extension: 'csv' },
} as const;

export type BriefFormat = keyof typeof BRIEF_FORMATS;
export const BRIEF_FORMAT_IDS = Object.keys(BRIEF_FORMATS) as [BriefFormat, ...BriefFormat[]];

export const briefSaveFilter = (format: BriefFormat, t: TFunction): SaveFilter => ({
  name: t(`fileType.${format}`),
  extensions: [BRIEF_FORMATS[format].extension],
});
