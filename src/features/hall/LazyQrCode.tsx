import { lazy, Suspense, type ComponentProps } from 'react';

// The QR library loads only when a code is shown (the hall runs), never with the deck itself.
const QrCodeNow = lazy(() => import('./QrCode').then((module) => ({ default: module.QrCode })));

export function LazyQrCode(props: ComponentProps<typeof QrCodeNow>) {
  return (
    <Suspense fallback={null}>
      <QrCodeNow {...props} />
    </Suspense>
  );
}
