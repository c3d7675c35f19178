import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code as an SVG drawn from the code's modules (qrcode, bundled: nothing from the internet),
 * dark on white with the quiet zone the standard asks for, so a phone reads it on any palette.
 */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const { path, count } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
      }
    }
    return { path: d, count: modules.size + 8 };
  }, [text]);
  return (
    <svg className="hall-qr" role="img" aria-label={label} viewBox={`0 0 ${count} ${count}`} width={size} height={size} shapeRendering="crispEdges">
      <rect width={count} height={count} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
