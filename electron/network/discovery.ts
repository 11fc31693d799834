import { Bonjour } from 'bonjour-service';

/** The mDNS service type a shared session is announced under (`_sessiondesk._tcp`). */
export const SERVICE_TYPE = 'sessiondesk';

/**
 * Announces a share on the local network so other Session Desks can list it. Only the title, the
 * team port and the session id are announced: joining still needs the link (its token and key).
 * Bound to the interface the user chose; stopped with the share.
 */
export function announce(info: {
  name: string;
  port: number;
  sessionId: string;
  address: string;
}): () => void {
  // multicast-dns takes the interface; bonjour-service's types do not list it.
  const bonjour = new Bonjour(
    { interface: info.address } as unknown as ConstructorParameters<typeof Bonjour>[0],
    () => undefined,
  );
  const service = bonjour.publish({
    name: `Session Desk · ${info.name}`.slice(0, 63),
    type: SERVICE_TYPE,
    port: info.port,
    txt: { s: info.sessionId, v: '1' },
  });
  service.on('error', () => undefined);
  return () => {
    bonjour.unpublishAll(() => bonjour.destroy());
  };
}

export interface Found {
  name: string;
  host: string;
  port: number;
  sessionId: string;
}

/** Lists shared sessions announced on the local network during `ms` milliseconds. */
export function discover(ms = 2_000): Promise<Found[]> {
  return new Promise((resolve) => {
    const bonjour = new Bonjour({}, () => undefined);
    const found = new Map<string, Found>();
    const browser = bonjour.find({ type: SERVICE_TYPE }, (service) => {
      const sessionId = String(service.txt?.s ?? '');
      const host =
        service.addresses?.find((a) => !a.includes(':')) ?? service.referer?.address ?? service.host;
      if (!sessionId || !host) return;
      found.set(`${host}:${service.port}`, { name: service.name, host, port: service.port, sessionId });
    });
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve([...found.values()]);
    }, ms).unref?.();
  });
}
