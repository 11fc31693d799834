import type { Candidate } from '../../../../../shared/drafting/types';
import type { Person, ReportItem } from '../../../../../shared/model/session';
import { speakerLabel, type ItemSection } from '../../../../../shared/report/drafting';
import { snippet } from './EditorCard';
import { useLanguage, useT } from '../../../i18n';

/**
 * Candidates the drafting found in the statements' words (recommendations with their addressee,
 * findings), best first. Each is one button: focus it and press Enter (or click) to move it into the
 * section; the new item keeps the link to its statement.
 */
export function DraftedCandidates({
  candidates,
  items,
  section,
  people,
  speakerOf,
  add,
}: {
  candidates: readonly Candidate[];
  items: readonly ReportItem[];
  section: ItemSection;
  people: ReadonlyMap<string, Person>;
  speakerOf: (statementId: string) => string | null;
  add: (markdown: string, sourceStatementIds: string[]) => void;
}) {
  const { t } = useT('report');
  const tr = useLanguage();
  const used = new Set(items.map((i) => `${i.sourceStatementIds.join(',')}|${i.markdown.trim()}`));
  const open = candidates.filter((c) => !used.has(`${c.statementId}|${c.text.trim()}`)).slice(0, 12);
  if (!open.length) return null;
  return (
    <>
      <h4 className="candidates-heading">{t('items.found')}</h4>
      <ul className="candidates drafted" aria-label={t(`items.${section}.suggested`)}>
        {open.map((c) => {
          const speaker = speakerOf(c.statementId);
          const who = speakerLabel(speaker ? people.get(speaker) : undefined, tr);
          const to = [c.addressee ? t('items.to', { addressee: c.addressee }) : '', ...c.fora]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={`${c.statementId}-${c.text}`}>
              <button
                type="button"
                className="candidate-move"
                onClick={() => add(c.text, [c.statementId])}
                aria-label={t(`items.${section}.moveInto`, { text: snippet(c.text, 80) })}
                title={t('items.moveTitle')}
              >
                <span className="candidate-text" dir="auto">
                  {snippet(c.text, 400)}
                </span>
                <span className="muted candidate-meta">
                  {who}
                  {to ? ` · ${to}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
