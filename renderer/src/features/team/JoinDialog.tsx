import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';
import { useTeam } from './useTeam';
import { useT } from '../../i18n';
import './team.css';

/**
 * Joins a session another Session Desk shares: paste the team link (or scan its QR code into the
 * clipboard). The session then lives here too, with a full copy on this disk, and keeps working when
 * the network drops.
 */
export function JoinDialog({
  onClose,
  onJoined,
}: {
  onClose: () => void;
  onJoined: (sessionId: string) => void;
}) {
  const { t } = useT('team');
  const dialog = useRef<HTMLDialogElement>(null);
  const status = useTeam();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [joining, setJoining] = useState<string | null>(null);
  const [found, setFound] = useState<Response<'discoverSessions'>['found'] | null>(null);
  const look = (): void => {
    setFound(null);
    call('discoverSessions', {}).then(
      (r) => setFound(r.found),
      (e: unknown) => setError(messageOf(e)),
    );
  };

  useEffect(() => dialog.current?.showModal(), []);
  const join = status?.joins.find((j) => j.sessionId === joining) ?? null;
  useEffect(() => {
    if (join?.state === 'live' && joining) onJoined(joining);
  }, [join?.state, joining, onJoined]);

  const submit = async (): Promise<void> => {
    setError(null);
    try {
      const next = await call('joinSession', { link });
      setJoining(next.joins.at(-1)?.sessionId ?? null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="join-heading" onClose={onClose}>
      <h2 id="join-heading">{t('join.heading')}</h2>
      <p className="muted">{t('join.intro')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="found-heading">
        <h3 id="found-heading">{t('join.found')}</h3>
        <button type="button" className="secondary" onClick={look}>
          {t('join.look')}
        </button>
        {found && found.length === 0 && <p className="muted">{t('join.none')}</p>}
        {found && found.length > 0 && (
          <ul className="devices">
            {found.map((f) => (
              <li key={`${f.host}:${f.port}`}>{t('join.foundItem', { name: f.name, host: f.host })}</li>
            ))}
          </ul>
        )}
      </section>
      <label className="field">
        {t('join.link')}
        <input
          value={link}
          dir="ltr"
          onChange={(e) => setLink(e.target.value)}
          placeholder="sessiondesk://…"
          spellCheck={false}
        />
      </label>
      {join && (
        <p role="status" className={join.state === 'refused' ? 'error' : 'muted'} title={join.message}>
          {t(`join.state.${join.state}`, { host: join.host })}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={!link.trim()} onClick={() => void submit()}>
          {t('join.join')}
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

const INDICATOR = {
  connecting: 'indicator.connecting',
  waiting: 'indicator.waitingHost',
  live: 'indicator.live',
  offline: 'indicator.offline',
  refused: 'indicator.refused',
} as const;

/** Shown in a joined session's header: whether changes are flowing to the host right now. */
export function TeamIndicator({ sessionId }: { sessionId: string }) {
  const { t } = useT('team');
  const status = useTeam();
  const join = status?.joins.find((j) => j.sessionId === sessionId);
  const shared = status?.share?.sessionId === sessionId;
  if (!join && !shared) return null;
  if (shared) {
    const connected = status!.share!.devices.filter((d) => d.connected && d.state === 'approved').length;
    const waiting = status!.share!.devices.filter((d) => d.connected && d.state === 'pending').length;
    return (
      <span className="team-indicator live" role="status">
        {t('indicator.shared', { count: connected })}
        {waiting ? ` · ${t('indicator.waiting', { count: waiting })}` : ''}
      </span>
    );
  }
  return (
    <span className={`team-indicator ${join!.state}`} role="status" title={join!.message}>
      {t(INDICATOR[join!.state])}
    </span>
  );
}
