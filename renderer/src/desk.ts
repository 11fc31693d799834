import type { CallName, DeskApi, Envelope, Request, Response } from '../../shared/contract';
import { DeskError } from '../../shared/errors';

declare global {
  interface Window {
    desk: DeskApi;
  }
}

/** Calls the main process and turns an error envelope back into a DeskError the UI can show. */
export async function call<K extends CallName>(name: K, request: Request<K>): Promise<Response<K>> {
  const fn = window.desk[name] as unknown as (r: Request<K>) => Promise<Envelope<Response<K>>>;
  const envelope = await fn(request);
  if (!envelope.ok) throw new DeskError(envelope.error.code, envelope.error.message);
  return envelope.value as Response<K>;
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.';
