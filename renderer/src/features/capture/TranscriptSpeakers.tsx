import type { Person } from '../../../../shared/model/session';
import type { TranscriptSpeaker } from '../../../../shared/capture/transcriptImport';
import { useLanguage, useT } from '../../i18n';

/** What a transcript label becomes: an existing person (by id), a new audience member, or nobody. */
export type LabelChoice = { kind: 'person'; personId: string } | { kind: 'audience' } | { kind: 'none' };

/** A proposal this sure is chosen in advance (and marked for checking); weaker ones are only offered. */
const PRESELECT = 0.6;

/** The choice a label starts with: the sure match, a likely proposal, else a new audience member. */
export function initialChoice(s: TranscriptSpeaker): LabelChoice {
  if (s.personId) return { kind: 'person', personId: s.personId };
  const top = s.candidates[0];
  if (top && top.confidence >= PRESELECT) return { kind: 'person', personId: top.personId };
  return { kind: 'audience' };
}

const encode = (c: LabelChoice): string => (c.kind === 'person' ? `p:${c.personId}` : c.kind);
const decode = (v: string): LabelChoice =>
  v.startsWith('p:')
    ? { kind: 'person', personId: v.slice(2) }
    : v === 'audience'
      ? { kind: 'audience' }
      : { kind: 'none' };

/** The table of transcript labels: who each is in this session, how sure, and a choice to change it. */
export function TranscriptSpeakers({
  speakers,
  people,
  choices,
  onChoose,
}: {
  speakers: TranscriptSpeaker[];
  people: readonly Person[];
  choices: ReadonlyMap<string, LabelChoice>;
  onChoose: (label: string, choice: LabelChoice) => void;
}) {
  const { t } = useT('capture');
  const { format } = useLanguage();
  return (
    <table className="transcript-speakers">
      <thead>
        <tr>
          <th scope="col">{t('transcript.label')}</th>
          <th scope="col">{t('transcript.turnsColumn')}</th>
          <th scope="col">{t('transcript.inSession')}</th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((s) => {
          const choice = choices.get(s.label) ?? initialChoice(s);
          const chosen =
            choice.kind === 'person' ? s.candidates.find((c) => c.personId === choice.personId) : undefined;
          const others = people.filter((p) => !s.candidates.some((c) => c.personId === p.id));
          const selectId = `transcript-who-${s.label}`;
          return (
            <tr key={s.label}>
              <th scope="row">
                <label htmlFor={selectId}>{s.label}</label>
                {s.generic && <span className="muted"> {t('transcript.role')}</span>}
              </th>
              <td>{s.turns}</td>
              <td>
                <select
                  id={selectId}
                  value={encode(choice)}
                  onChange={(e) => onChoose(s.label, decode(e.target.value))}
                >
                  {s.candidates.map((c) => (
                    <option key={c.personId} value={`p:${c.personId}`}>
                      {c.name} — {format.percent(c.confidence)}, {c.reason}
                    </option>
                  ))}
                  <option value="audience">{t('transcript.newAudience', { name: s.suggestedName })}</option>
                  <option value="none">{t('transcript.nobody')}</option>
                  {others.length > 0 && (
                    <optgroup label={t('transcript.someoneElse')}>
                      {others.map((p) => (
                        <option key={p.id} value={`p:${p.id}`}>
                          {p.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
                {chosen && chosen.personId === s.personId && (
                  <span className="match sure"> {t('transcript.matched')}</span>
                )}
                {chosen && chosen.personId !== s.personId && (
                  <span className="match check" role="note">
                    {' '}
                    {t('transcript.check')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
