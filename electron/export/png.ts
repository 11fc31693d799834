import { crc32, deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder (8-bit RGB, no interlace) for the report's bar charts, so charts are real
 * images in the DOCX without a rasterizer dependency: Node's zlib does the compression and the checksums.
 */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export type Rgb = [number, number, number];

export const hexRgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
};

/** Encodes `width × height` pixels given by `pixel(x, y)` as a PNG file. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let at = 0;
  for (let y = 0; y < height; y++) {
    raw[at++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[at++] = r;
      raw[at++] = g;
      raw[at++] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * One horizontal bar: `share` (0–1) of the width filled, the rest a light track, with rounded-looking
 * ends left square for crispness at any zoom. White margin above and below so rows breathe. Right to
 * left (an Arabic report) the bar grows from the right.
 */
export function barPng(
  share: number,
  width: number,
  height: number,
  fill: string,
  track: string,
  fromRight = false,
): Buffer {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  const f = hexRgb(fill);
  const t = hexRgb(track);
  const white: Rgb = [255, 255, 255];
  const pad = Math.round(height * 0.2);
  return encodePng(width, height, (x, y) => {
    if (y < pad || y >= height - pad) return white;
    return (fromRight ? width - 1 - x : x) < filled ? f : t;
  });
}
