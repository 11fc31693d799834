import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';
import { useTeam } from './useTeam';
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
      <h2 id="join-heading">Join a shared session</h2>
      <p className="muted">Paste the team member link from the moderator's "Share on this network".</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="found-heading">
        <h3 id="found-heading">Shared on this network</h3>
        <button type="button" className="secondary" onClick={look}>
          Look for shared sessions
        </button>
        {found && found.length === 0 && <p className="muted">None found. Ask the moderator for the link.</p>}
        {found && found.length > 0 && (
          <ul className="devices">
            {found.map((f) => (
              <li key={`${f.host}:${f.port}`}>
                {f.name} · {f.host} — ask its moderator for the team member link to join.
              </li>
            ))}
          </ul>
        )}
      </section>
      <label className="field">
        Team member link
        <input
          value={link}
          onChange={(e) => setLink(e.target.value)}
          placeholder="sessiondesk://…"
          spellCheck={false}
        />
      </label>
      {join && (
        <p role="status" className={join.state === 'refused' ? 'error' : 'muted'}>
          {join.state === 'connecting' ? `Connecting to ${join.host}…` : join.message || join.state}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={!link.trim()} onClick={() => void submit()}>
          Join
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** Shown in a joined session's header: whether changes are flowing to the host right now. */
export function TeamIndicator({ sessionId }: { sessionId: string }) {
  const status = useTeam();
  const join = status?.joins.find((j) => j.sessionId === sessionId);
  const shared = status?.share?.sessionId === sessionId;
  if (!join && !shared) return null;
  if (shared) {
    const connected = status!.share!.devices.filter((d) => d.connected && d.state === 'approved').length;
    const waiting = status!.share!.devices.filter((d) => d.connected && d.state === 'pending').length;
    return (
      <span className="team-indicator live" role="status">
        Shared · {connected} connected{waiting ? ` · ${waiting} waiting` : ''}
      </span>
    );
  }
  return (
    <span className={`team-indicator ${join!.state}`} role="status" title={join!.message}>
      {join!.state === 'live'
        ? 'Joined · live'
        : join!.state === 'offline'
          ? 'Joined · offline, saved here'
          : `Joined · ${join!.state}`}
    </span>
  );
}
