import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../../../shared/contract';
import type { TeamStatus } from '../../../../shared/sync/status';
import { call, messageOf } from '../../desk';
import { Marked } from './Marked';
import { QrCode } from './QrCode';
import { useTeam } from './useTeam';
import { useT } from '../../i18n';
import './team.css';

type Interfaces = Response<'listInterfaces'>['interfaces'];

/**
 * "Share on this network": off until the user starts it, on the one address they pick. Shows one link
 * and QR code per role, asks before letting each new device in, lists who is connected with a way to
 * cut each one off, and stops everything at once.
 */
export function ShareDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useT('team');
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
      <h2 id="share-heading">{t('share.heading')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!share && (
        <>
          <p className="muted">{t('share.intro')}</p>
          {otherShare && <p className="muted">{t('share.otherShared')}</p>}
          <label className="field">
            {t('share.network')}
            <select value={address} onChange={(e) => setAddress(e.target.value)}>
              {interfaces.map((i) => (
                <option key={`${i.name}-${i.address}`} value={i.address}>
                  {i.name} · {i.address}
                  {i.internal ? ` ${t('share.thisComputerOnly')}` : ''}
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
              {t('share.start')}
            </button>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t('close')}
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
  const { t } = useT('team');
  const pending = share.devices.filter((d) => d.state === 'pending' && d.connected);
  const known = share.devices.filter((d) => d.state !== 'pending');
  return (
    <>
      <p className="muted">
        <Marked
          text={t('share.sharingOn', { address: share.address })}
          wrap={[(inner) => <strong dir="ltr">{inner}</strong>]}
        />{' '}
        <code dir="ltr">{share.fingerprint.slice(0, 16).replace(/(.{4})/g, '$1 ')}</code>
      </p>
      {pending.length > 0 && (
        <section className="pending" aria-label={t('share.waiting')}>
          {pending.map((d) => (
            <div key={d.id} className="pending-row" role="alert">
              <span>
                <Marked
                  text={t('share.wantsToJoin', {
                    name: d.name,
                    address: d.address,
                    role: t(`roles.${d.role}`),
                  })}
                  wrap={[(inner) => <strong dir="auto">{inner}</strong>, (inner) => <strong>{inner}</strong>]}
                />
              </span>
              <button
                type="button"
                onClick={() => void act(() => call('decideDevice', { deviceId: d.id, allow: true }))}
              >
                {t('share.allow')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => void act(() => call('decideDevice', { deviceId: d.id, allow: false }))}
              >
                {t('share.refuse')}
              </button>
            </div>
          ))}
        </section>
      )}
      <div className="share-links">
        {(['stage', 'online', 'team'] as const).map((role) => (
          <figure key={role} className="share-link">
            <QrCode text={share.links[role]} label={t('share.qr', { role: t(`roles.${role}`) })} />
            <figcaption>
              <strong>{t(`roles.${role}`)}</strong>
              <span className="muted">{t(`roleHelp.${role}`)}</span>
              <input
                readOnly
                dir="ltr"
                value={share.links[role]}
                aria-label={t('share.link', { role: t(`roles.${role}`) })}
                onFocus={(e) => e.target.select()}
              />
            </figcaption>
          </figure>
        ))}
      </div>
      <section aria-labelledby="devices-heading">
        <h3 id="devices-heading">{t('share.devices')}</h3>
        {known.length === 0 ? (
          <p className="muted">{t('share.noDevices')}</p>
        ) : (
          <ul className="devices">
            {known.map((d) => (
              <li key={d.id}>
                <span>
                  <bdi>{d.name}</bdi> · {t(`roles.${d.role}`)} ·{' '}
                  {t(
                    d.state === 'revoked'
                      ? 'share.revoked'
                      : d.connected
                        ? 'share.connected'
                        : 'share.notConnected',
                  )}
                </span>
                {d.state === 'approved' && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void act(() => call('revokeDevice', { deviceId: d.id }))}
                  >
                    {t('share.revoke')}
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
          {t('share.stop')}
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
          {t('share.renew')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </>
  );
}
