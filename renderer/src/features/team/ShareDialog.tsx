import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import { ROLE_NAMES, type ShareRole } from '../../../../shared/sync/protocol';
import type { TeamStatus } from '../../../../shared/sync/status';
import { call, messageOf } from '../../desk';
import { QrCode } from './QrCode';
import { useTeam } from './useTeam';
import './team.css';

type Interfaces = Response<'listInterfaces'>['interfaces'];

const ROLE_HELP: Record<ShareRole, string> = {
  stage: 'Read-only stage screen in any browser: a tablet or a borrowed laptop facing the speakers.',
  online: 'The timer, the queue and a form to add someone from online. Nothing else.',
  team: 'Another Session Desk (the rapporteur’s laptop) joins and edits the session with you.',
};

/**
 * "Share on this network": off until the user starts it, on the one address they pick. Shows one link
 * and QR code per role, asks before letting each new device in, lists who is connected with a way to
 * cut each one off, and stops everything at once.
 */
export function ShareDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const status = useTeam();
  const [interfaces, setInterfaces] = useState<Interfaces>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    call('listInterfaces', {}).then(
      ({ interfaces: list }) => {
        setInterfaces(list);
        setAddress(
          (a) => a || (list.find((i) => !i.internal && i.family === 'IPv4') ?? list[0])?.address || '',
        );
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  const share = status?.share && status.share.sessionId === sessionId ? status.share : null;
  const otherShare = status?.share && status.share.sessionId !== sessionId ? status.share : null;
  const act = async (run: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share on this network</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!share && (
        <>
          <p className="muted">
            Other devices on this network can then open the stage view, the online moderator's page, or join
            as a team member. Each device asks you before it gets in. Sharing stops when you stop it or quit.
          </p>
          {otherShare && <p className="muted">Another session is shared now; sharing this one stops it.</p>}
          <label className="field">
            Network
            <select value={address} onChange={(e) => setAddress(e.target.value)}>
              {interfaces.map((i) => (
                <option key={`${i.name}-${i.address}`} value={i.address}>
                  {i.name} · {i.address}
                  {i.internal ? ' (this computer only)' : ''}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button
              type="button"
              disabled={busy || !address}
              onClick={() => void act(() => call('startSharing', { sessionId, address }))}
            >
              Start sharing
            </button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        </>
      )}
      {share && <Sharing share={share} busy={busy} act={act} onClose={() => dialog.current?.close()} />}
    </dialog>
  );
}

function Sharing({
  share,
  busy,
  act,
  onClose,
}: {
  share: NonNullable<TeamStatus['share']>;
  busy: boolean;
  act: (run: () => Promise<unknown>) => Promise<void>;
  onClose: () => void;
}) {
  const pending = share.devices.filter((d) => d.state === 'pending' && d.connected);
  const known = share.devices.filter((d) => d.state !== 'pending');
  return (
    <>
      <p className="muted">
        Sharing on <strong>{share.address}</strong>. Key fingerprint{' '}
        <code>{share.fingerprint.slice(0, 16).replace(/(.{4})/g, '$1 ')}</code>
      </p>
      {pending.length > 0 && (
        <section className="pending" aria-label="Devices waiting">
          {pending.map((d) => (
            <div key={d.id} className="pending-row" role="alert">
              <span>
                <strong>{d.name}</strong> ({d.address}) wants to join as <strong>{ROLE_NAMES[d.role]}</strong>
              </span>
              <button
                type="button"
                onClick={() => void act(() => call('decideDevice', { deviceId: d.id, allow: true }))}
              >
                Allow
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => void act(() => call('decideDevice', { deviceId: d.id, allow: false }))}
              >
                Refuse
              </button>
            </div>
          ))}
        </section>
      )}
      <div className="share-links">
        {(['stage', 'online', 'team'] as const).map((role) => (
          <figure key={role} className="share-link">
            <QrCode text={share.links[role]} label={`QR code of the ${ROLE_NAMES[role]} link`} />
            <figcaption>
              <strong>{ROLE_NAMES[role]}</strong>
              <span className="muted">{ROLE_HELP[role]}</span>
              <input
                readOnly
                value={share.links[role]}
                aria-label={`${ROLE_NAMES[role]} link`}
                onFocus={(e) => e.target.select()}
              />
            </figcaption>
          </figure>
        ))}
      </div>
      <section aria-labelledby="devices-heading">
        <h3 id="devices-heading">Devices</h3>
        {known.length === 0 ? (
          <p className="muted">No device has joined yet.</p>
        ) : (
          <ul className="devices">
            {known.map((d) => (
              <li key={d.id}>
                <span>
                  {d.name} · {ROLE_NAMES[d.role]} ·{' '}
                  {d.state === 'revoked' ? 'revoked' : d.connected ? 'connected' : 'not connected'}
                </span>
                {d.state === 'approved' && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void act(() => call('revokeDevice', { deviceId: d.id }))}
                  >
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void act(() => call('stopSharing', {}))}
        >
          Stop sharing
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            void act(() =>
              call('startSharing', { sessionId: share.sessionId, address: share.address, renew: true }),
            )
          }
        >
          New links
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
