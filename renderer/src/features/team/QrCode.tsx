import { useMemo } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn as SVG squares from the qrcode library's matrix: no image data, no canvas, nothing
 * the page's CSP has to allow.
 */
export function QrCode({ text, label, size = 176 }: { text: string; label: string; size?: number }) {
  const { count, cells } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const out: Array<[number, number]> = [];
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) out.push([x, y]);
    return { count: modules.size, cells: out };
  }, [text]);
  const quiet = 4;
  const view = count + quiet * 2;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${view} ${view}`}
      shapeRendering="crispEdges"
    >
      <rect width={view} height={view} fill="#ffffff" />
      <path fill="#000000" d={cells.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} />
    </svg>
  );
}
