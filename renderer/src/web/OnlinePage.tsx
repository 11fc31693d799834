import { useState, type FormEvent } from 'react';
import { CODES, labelOrEmpty } from '../../../shared/i18n/codeLabels';
import { readTimer } from '../../../shared/timer/timer';
import { linkStatus, usePageLanguage } from './language';
import { useFrame, useLink } from './socket';

type Choice = string;

/**
 * The online moderator's page, for a phone or a second laptop beside the meeting platform's chat: the
 * speaker's clock, the queue, and one form to put someone from online in the queue. Nothing else can be
 * changed from here (the host refuses anything else this link sends).
 */
export function OnlinePage() {
  const link = useLink();
  const view = link.stage;
  const turn = view?.turn ?? null;
  const now = useFrame(turn !== null) + link.offsetMs;
  const [name, setName] = useState('');
  const [stakeholder, setStakeholder] = useState<Choice>('');
  const [region, setRegion] = useState<Choice>('');
  const [gender, setGender] = useState<Choice>('');
  const tr = usePageLanguage(link, (t) => `Session Desk · ${t('web.online.title')}`);
  const { t } = tr;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!name.trim()) return;
    link.send({
      type: 'request',
      name: name.trim(),
      stakeholder: stakeholder || null,
      region: region || null,
      gender: gender || null,
    });
    setName('');
    setStakeholder('');
    setRegion('');
    setGender('');
  };

  if (link.phase !== 'live' || !view)
    return (
      <main className="online">
        <h1>{t('web.online.title')}</h1>
        <p role="status" className="note">
          {linkStatus(link, t)}
        </p>
      </main>
    );

  const reading = turn
    ? readTimer(
        turn.timer,
        now,
        { warningSeconds: view.warningSeconds, dangerSeconds: view.dangerSeconds },
        tr,
      )
    : null;
  const phase = reading?.phase ?? 'idle';
  const select = (
    label: string,
    list: 'stakeholder' | 'region' | 'gender',
    value: Choice,
    set: (v: Choice) => void,
  ) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('web.online.notKnown')}</option>
        {CODES[list].map((code) => (
          <option key={code} value={code}>
            {labelOrEmpty(list, code, tr)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="online">
      <header>
        <h1 dir="auto">{view.title || t('web.online.session')}</h1>
        <p className="sub">{t('web.online.title')}</p>
      </header>
      <section className={`clock phase-${phase}`} aria-label={t('web.online.clock')} data-phase={phase}>
        <div className="who" dir="auto">
          {turn ? (turn.name ?? t('web.speaker')) : t('stage.noTurn')}
        </div>
        <div className="digits" role="timer" aria-live="off" dir="ltr">
          {reading?.display ?? '–:––'}
        </div>
        <div className="label">{reading?.label ?? t('stage.reading.notStarted')}</div>
      </section>
      <section aria-labelledby="queue-h">
        <h2 id="queue-h">{t('web.online.queue', { count: link.queue?.length ?? 0 })}</h2>
        {link.queue?.length ? (
          <ol className="queue">
            {link.queue.map((entry) => (
              <li key={entry.id}>
                <span className="name" dir="auto">
                  {entry.name}
                </span>
                <span className="meta">
                  {[
                    entry.presence === 'online'
                      ? t('codes.presence.online')
                      : entry.presence === 'onsite'
                        ? t('web.online.inRoom')
                        : '',
                    labelOrEmpty('stakeholder', entry.stakeholder, tr),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="note">{t('web.online.nobodyWaiting')}</p>
        )}
      </section>
      <form onSubmit={submit} aria-labelledby="add-h">
        <h2 id="add-h">{t('web.online.ask')}</h2>
        <label>
          {t('web.online.name')}
          <input
            dir="auto"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            required
            autoComplete="off"
          />
        </label>
        {select(t('balance.dimension.stakeholder'), 'stakeholder', stakeholder, setStakeholder)}
        {select(t('report.people.region'), 'region', region, setRegion)}
        {select(t('balance.dimension.gender'), 'gender', gender, setGender)}
        <button type="submit">{t('web.online.add')}</button>
        <p role="status" className="note">
          {link.lastAdded ? t('web.online.added', { name: link.lastAdded }) : linkStatus(link, t)}
        </p>
      </form>
    </main>
  );
}
