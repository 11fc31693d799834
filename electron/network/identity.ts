import { X509Certificate } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomicJsonFile';

/**
 * This computer's TLS identity for the team connection: a self-signed certificate whose SHA-256
 * fingerprint travels in the team link, so a joining app trusts exactly this key and nothing else on
 * the network. Kept in the app's data folder (owner-only) so links survive a restart of the app.
 */
export interface Identity {
  key: string;
  cert: string;
  /** Lower-case hex, no separators. */
  fingerprint: string;
}

const Stored = z.object({ key: z.string().min(100), cert: z.string().min(100) });

export const fingerprintOf = (certPem: string): string =>
  new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase();

export async function loadIdentity(dir: string): Promise<Identity> {
  const file = path.join(dir, 'team-identity.json');
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw) {
    const parsed = Stored.safeParse(JSON.parse(raw));
    if (parsed.success) {
      try {
        return { ...parsed.data, fingerprint: fingerprintOf(parsed.data.cert) };
      } catch {
        // An unreadable certificate is replaced by a new one below (links made with it stop working).
      }
    }
  }
  const { generate } = await import('selfsigned');
  const made = await generate([{ name: 'commonName', value: 'Session Desk' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000),
  });
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ key: made.private, cert: made.cert }));
  const { chmod } = await import('node:fs/promises');
  await chmod(file, 0o600).catch(() => undefined);
  return { key: made.private, cert: made.cert, fingerprint: fingerprintOf(made.cert) };
}
