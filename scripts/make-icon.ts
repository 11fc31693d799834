import { writeFileSync } from 'node:fs';
import { encodePng, hexRgb } from '../electron/export/png';

/**
 * Draws the app icon (assets/icon.png, 512×512) with the same small PNG encoder the report charts use:
 * a navy rounded square with three bars, the floor-balance motif. Run with `npx tsx scripts/make-icon.ts`.
 */
const size = 512;
const navy = hexRgb('#1f3864');
const bars = [hexRgb('#8fb3ee'), hexRgb('#ffffff'), hexRgb('#56d364')];
const white = hexRgb('#ffffff');
const radius = 96;

const inRoundedSquare = (x: number, y: number): boolean => {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

const png = encodePng(size, size, (x, y) => {
  if (!inRoundedSquare(x, y)) return white;
  const rows = [
    { top: 150, width: 300 },
    { top: 235, width: 210 },
    { top: 320, width: 250 },
  ];
  for (const [i, row] of rows.entries())
    if (y >= row.top && y < row.top + 50 && x >= 106 && x < 106 + row.width) return bars[i]!;
  return navy;
});
writeFileSync('assets/icon.png', png);
console.log('Wrote assets/icon.png');
