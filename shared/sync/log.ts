/**
 * The sidecar file `<id>.session.yjs` that keeps the engine's state beside the session file: a header,
 * then records of [length u32 LE][crc32 u32 LE][Yjs update]. An update is appended (and fsynced by the
 * caller) as it happens, and the file is rewritten as one merged update now and then. Yjs updates are
 * idempotent and commute, so replaying every record in any order gives the same state. A record cut
 * short at the end was never acknowledged and is ignored; damage before the end is reported, never
 * guessed around.
 */
export const LOG_MAGIC = new Uint8Array([0x53, 0x44, 0x59, 0x31]); // "SDY1"
export const SIDECAR_SUFFIX = '.yjs';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One record to append. */
export function encodeLogRecord(update: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + update.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, update.length, true);
  view.setUint32(4, crc32(update), true);
  out.set(update, 8);
  return out;
}

/** A whole log holding these updates (the compacted form is one merged update). */
export function encodeLog(updates: readonly Uint8Array[]): Uint8Array {
  const parts = [LOG_MAGIC, ...updates.map(encodeLogRecord)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export class DamagedLogError extends Error {}

/** The updates a log holds; `truncated` when its last record was cut short (a crash mid-append). */
export function decodeLog(bytes: Uint8Array): { updates: Uint8Array[]; truncated: boolean } {
  if (bytes.length < LOG_MAGIC.length || LOG_MAGIC.some((b, i) => bytes[i] !== b))
    throw new DamagedLogError('not a Session Desk engine state (its header is missing)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const updates: Uint8Array[] = [];
  let at = LOG_MAGIC.length;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return { updates, truncated: true };
    const length = view.getUint32(at, true);
    const sum = view.getUint32(at + 4, true);
    if (at + 8 + length > bytes.length) return { updates, truncated: true };
    const update = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(update) !== sum) {
      // A bad checksum on the very last record is a torn write; anywhere else it is damage.
      if (at + 8 + length === bytes.length) return { updates, truncated: true };
      throw new DamagedLogError(`record at byte ${at} is damaged`);
    }
    updates.push(update);
    at += 8 + length;
  }
  return { updates, truncated: false };
}
