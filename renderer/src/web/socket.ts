import { useEffect, useRef, useState } from 'react';
import { ServerMessageSchema, type QueueView, type StageView } from '../../../shared/sync/protocol';

/**
 * The one connection a browser page has: a WebSocket to the server that gave it out, the token from
 * the link's #fragment (never sent in a URL, so it is in no request line or log), a device id kept in
 * this browser so the host approves it once. The clock offset to the host comes from pings, so the
 * stage counts from the host's clock, not this device's.
 */
export type Phase = 'connecting' | 'waiting' | 'live' | 'refused' | 'offline';

export interface Link {
  phase: Phase;
  /** What the host said went wrong, in its words (the page words the phases itself). */
  message: string;
  /** The host's code for a refusal or an error, so the page can say it in its own language. */
  code: string | null;
  stage: StageView | null;
  queue: QueueView | null;
  /** Host clock minus this device's clock, in ms. */
  offsetMs: number;
  send(message: unknown): void;
  lastAdded: string | null;
}

function deviceId(): string {
  const key = 'session-desk.device';
  let id = localStorage.getItem(key);
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(key, id);
  }
  return id;
}

export function useLink(): Link {
  const [state, setState] = useState<Omit<Link, 'send'>>({
    phase: 'connecting',
    message: '',
    code: null,
    stage: null,
    queue: null,
    offsetMs: 0,
    lastAdded: null,
  });
  const socket = useRef<WebSocket | null>(null);

  useEffect(() => {
    const token = decodeURIComponent(location.hash.slice(1));
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let ping: ReturnType<typeof setInterval> | null = null;
    const connect = (): void => {
      const ws = new WebSocket(`ws://${location.host}/ws`);
      socket.current = ws;
      ws.onopen = () => {
        ws.send(JSON.stringify({ type: 'hello', token, device: { id: deviceId() } }));
        const sendPing = (): void => {
          if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'ping', t: Date.now() }));
        };
        ping = setInterval(sendPing, 5_000);
      };
      ws.onmessage = (event) => {
        let parsed;
        try {
          parsed = ServerMessageSchema.safeParse(JSON.parse(String(event.data)));
        } catch {
          return;
        }
        if (!parsed.success) return;
        const m = parsed.data;
        setState((s) => {
          switch (m.type) {
            case 'waiting':
              return { ...s, phase: 'waiting', message: '', code: null };
            case 'welcome':
              ws.send(JSON.stringify({ type: 'ping', t: Date.now() }));
              return { ...s, phase: 'live', message: '', code: null };
            case 'view':
              return {
                ...s,
                stage: m.stage,
                queue: m.queue,
                offsetMs: s.phase === 'live' && s.offsetMs ? s.offsetMs : m.serverNow - Date.now(),
              };
            case 'pong': {
              const now = Date.now();
              // The host read its clock about half-way through the round trip.
              return { ...s, offsetMs: m.serverNow - (m.t + now) / 2 };
            }
            case 'added':
              return { ...s, lastAdded: m.name };
            case 'error':
              return ['bad-token', 'revoked', 'refused'].includes(m.code)
                ? { ...s, phase: 'refused', message: m.message, code: m.code }
                : { ...s, message: m.message, code: m.code };
          }
        });
        if (m.type === 'error' && ['bad-token', 'revoked', 'refused'].includes(m.code)) stopped = true;
      };
      ws.onclose = () => {
        if (ping) clearInterval(ping);
        if (stopped) return;
        setState((s) => (s.phase === 'refused' ? s : { ...s, phase: 'offline', message: '', code: null }));
        retry = setTimeout(connect, 1_500);
      };
    };
    connect();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (ping) clearInterval(ping);
      socket.current?.close();
    };
  }, []);

  return { ...state, send: (message) => socket.current?.send(JSON.stringify(message)) };
}

/** Re-renders every animation frame while `on`, for a clock read from (state, now). */
export function useFrame(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    let frame = requestAnimationFrame(function tick() {
      setNow(Date.now());
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [on]);
  return now;
}
