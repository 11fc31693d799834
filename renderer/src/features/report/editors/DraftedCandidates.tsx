import type { Candidate } from '../../../../../shared/drafting/types';
import type { Person, ReportItem } from '../../../../../shared/model/session';
import { speakerLabel } from '../../../../../shared/report/drafting';
import { snippet } from './EditorCard';

/**
 * Candidates the drafting found in the statements' words (recommendations with their addressee,
 * findings), best first. Each is one button: focus it and press Enter (or click) to move it into the
 * section; the new item keeps the link to its statement.
 */
export function DraftedCandidates({
  candidates,
  items,
  label,
  people,
  speakerOf,
  add,
}: {
  candidates: readonly Candidate[];
  items: readonly ReportItem[];
  label: string;
  people: ReadonlyMap<string, Person>;
  speakerOf: (statementId: string) => string | null;
  add: (markdown: string, sourceStatementIds: string[]) => void;
}) {
  const used = new Set(items.map((i) => `${i.sourceStatementIds.join(',')}|${i.markdown.trim()}`));
  const open = candidates.filter((c) => !used.has(`${c.statementId}|${c.text.trim()}`)).slice(0, 12);
  if (!open.length) return null;
  return (
    <>
      <h4 className="candidates-heading">Found in what was said</h4>
      <ul className="candidates drafted" aria-label={`Suggested ${label} candidates`}>
        {open.map((c) => {
          const speaker = speakerOf(c.statementId);
          const who = speakerLabel(speaker ? people.get(speaker) : undefined);
          const to = [c.addressee ? `to ${c.addressee}` : '', ...c.fora].filter(Boolean).join(' · ');
          return (
            <li key={`${c.statementId}-${c.text}`}>
              <button
                type="button"
                className="candidate-move"
                onClick={() => add(c.text, [c.statementId])}
                aria-label={`Move into the report as ${label}: ${snippet(c.text, 80)}`}
                title="Enter moves it into the report, linked to its statement"
              >
                <span className="candidate-text">{snippet(c.text, 400)}</span>
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
