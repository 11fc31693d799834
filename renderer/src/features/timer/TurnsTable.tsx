import { useState } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { ordered, type Session, type Turn } from '../../../../shared/model/session';
import {
  correctTurn,
  type TurnCorrectionError,
  draftOfTurn,
  putTurn,
  startedTurns,
  type TurnCorrection,
} from '../../../../shared/timer/floor';
import { readTimer, type TimerThresholds } from '../../../../shared/timer/timer';
import { parseTimeOfDay, timeOfDay } from '../../../../shared/model/time';
import { minutesClock, personLabel } from './format';
import { ZoneNote } from './ZoneNote';
import { useNow } from '../../common/clock';
import { useLanguage, useT } from '../../i18n';

/** A text field that commits on Enter or when it loses focus, and shows why a value was refused. */
function CommitField({
  label,
  value,
  onCommit,
  width = 7,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => string | null;
  width?: number;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === value) return setDraft(null);
    const problem = onCommit(draft);
    setError(problem);
    if (!problem) setDraft(null);
  };
  return (
    <>
      <input
        aria-label={label}
        size={width}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && <span className="field-error">{error}</span>}
    </>
  );
}

/** Every recorded turn, correctable afterwards: speaker, segment, start, end, allotment; or deleted. */
const ERRORS = {
  'allotted-range': 'turns.errors.allottedRange',
  'start-invalid': 'turns.errors.startInvalid',
  'start-future': 'turns.errors.startFuture',
  'end-before-start': 'turns.errors.endBeforeStart',
  'end-invalid': 'turns.errors.endInvalid',
  'end-future': 'turns.errors.endFuture',
  'never-started': 'turns.errors.neverStarted',
} as const satisfies Record<TurnCorrectionError, string>;

export function TurnsTable({
  session,
  change,
  thresholds,
}: {
  session: Session;
  change: (changes: Change[]) => void;
  thresholds: TimerThresholds;
}) {
  const { t } = useT('timer');
  const { tr } = useLanguage();
  const now = useNow(1000);
  const turns = startedTurns(session);
  const people = ordered(session.people);
  const peopleById = new Map(session.people.map((p) => [p.id, p]));
  const segments = ordered(session.agenda);
  // Shown and read in the session's zone, as the stage shows the time of day.
  const zone = session.facts.timeZone;
  const localTime = (ms: number) => timeOfDay(ms, zone);
  const parseLocalTime = (text: string, dayOfMs: number) => parseTimeOfDay(text, dayOfMs, zone);

  const correct = (turn: Turn, correction: TurnCorrection): string | null => {
    const result = correctTurn(turn.timer, correction, Date.now());
    if ('error' in result) return t(ERRORS[result.error]);
    change([putTurn(turn, result.timer)]);
    return null;
  };

  return (
    <section className="card timer-turns" aria-labelledby="turns-heading">
      <h3 id="turns-heading">{t('turns.heading')}</h3>
      {turns.length > 0 && (
        <p className="turns-zone">
          <ZoneNote timeZone={zone} />
        </p>
      )}
      {turns.length === 0 ? (
        <p className="muted">{t('turns.none')}</p>
      ) : (
        // Focusable, so the keyboard can scroll it when the window is narrow.
        <div className="turns-scroll" tabIndex={0} role="region" aria-label={t('turns.table')}>
          <table className="turns-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('turns.speaker')}</th>
                <th scope="col">{t('turns.segment')}</th>
                <th scope="col">{t('turns.start')}</th>
                <th scope="col">{t('turns.end')}</th>
                <th scope="col">{t('turns.allotted')}</th>
                <th scope="col" className="num">
                  {t('turns.used')}
                </th>
                <th scope="col" className="num">
                  {t('turns.over')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('turns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {turns.map((turn, i) => {
                const n = i + 1;
                const r = readTimer(turn.timer, now, thresholds);
                const start = Date.parse(turn.timer.startedAt!);
                const running = turn.timer.endedAt === null;
                const total = turn.timer.allottedSeconds + turn.timer.addedSeconds;
                return (
                  <tr key={turn.id} className={running ? 'turn-open' : ''} data-testid="turn-row">
                    <td>{n}</td>
                    <td>
                      <select
                        aria-label={t('turns.speakerOf', { n })}
                        value={turn.personId ?? ''}
                        onChange={(e) =>
                          change([
                            {
                              type: 'turn.put',
                              turn: { ...draftOfTurn(turn), personId: e.target.value || null },
                            },
                          ])
                        }
                      >
                        <option value="">{t('unnamed')}</option>
                        {people.map((p) => (
                          <option key={p.id} value={p.id}>
                            {personLabel(p, t, tr)}
                          </option>
                        ))}
                        {turn.personId && !peopleById.has(turn.personId) && (
                          <option value={turn.personId}>{t('turns.unknown')}</option>
                        )}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('turns.segmentOf', { n })}
                        value={turn.segmentId ?? ''}
                        onChange={(e) =>
                          change([
                            {
                              type: 'turn.put',
                              turn: { ...draftOfTurn(turn), segmentId: e.target.value || null },
                            },
                          ])
                        }
                      >
                        <option value="">{t('turns.noSegment')}</option>
                        {segments.map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.title || t('turns.untitled')}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <CommitField
                        label={t('turns.startOf', { n })}
                        value={localTime(start)}
                        onCommit={(text) => {
                          const at = parseLocalTime(text, start);
                          return at === null ? t('turns.useTime') : correct(turn, { startedAtMs: at });
                        }}
                      />
                    </td>
                    <td>
                      {running ? (
                        <span className="turn-running">
                          <span className="badge">{r.paused ? t('turns.paused') : t('turns.running')}</span>{' '}
                          <CommitField
                            label={t('turns.endOf', { n })}
                            value=""
                            onCommit={(text) => {
                              const at = parseLocalTime(text, start);
                              return at === null ? t('turns.useTime') : correct(turn, { endedAtMs: at });
                            }}
                          />
                        </span>
                      ) : (
                        <CommitField
                          label={t('turns.endOf', { n })}
                          value={localTime(Date.parse(turn.timer.endedAt!))}
                          onCommit={(text) => {
                            const at = parseLocalTime(text, start);
                            return at === null ? t('turns.useTime') : correct(turn, { endedAtMs: at });
                          }}
                        />
                      )}
                    </td>
                    <td>
                      {turn.timer.mode === 'countup' ? (
                        <span className="muted">{t('turns.countUp')}</span>
                      ) : (
                        <>
                          <CommitField
                            label={t('turns.allottedOf', { n })}
                            width={4}
                            value={String(Math.round((turn.timer.allottedSeconds / 60) * 100) / 100)}
                            onCommit={(text) => {
                              const m = Number(text.replace(',', '.'));
                              return Number.isFinite(m) && text.trim() !== ''
                                ? correct(turn, { allottedSeconds: m * 60 })
                                : t('turns.enterMinutes');
                            }}
                          />
                          {turn.timer.addedSeconds !== 0 && (
                            <span className="muted small-text">
                              {' '}
                              {turn.timer.addedSeconds > 0 ? '+' : '−'}
                              {minutesClock(Math.abs(turn.timer.addedSeconds) * 1000)} ={' '}
                              {minutesClock(total * 1000)}
                            </span>
                          )}
                        </>
                      )}
                    </td>
                    <td className="num" data-testid="turn-used">
                      {minutesClock(r.elapsedMs)}
                    </td>
                    <td className="num">{r.overtimeMs > 0 ? minutesClock(r.overtimeMs) : '—'}</td>
                    <td className="row-actions">
                      {running && (
                        <button
                          type="button"
                          className="small secondary"
                          onClick={() => correct(turn, { endedAtMs: Date.now() })}
                        >
                          {t('turns.endNow')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={t('turns.deleteLabel', { n })}
                        onClick={() => {
                          if (window.confirm(t('turns.confirmDelete', { n })))
                            change([{ type: 'turn.delete', id: turn.id }]);
                        }}
                      >
                        {t('turns.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
