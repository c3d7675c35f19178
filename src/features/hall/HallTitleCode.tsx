import { useEffect, useState } from 'react';
import type { DeckCompanionProps } from '../../shell/deckFeatures';
import { LazyQrCode } from './LazyQrCode';
import './hall.css';

/** The presenter view tells the other windows of its browser (the projector) the hall's address. */
export const HALL_CHANNEL = 'vom-token-zur-antwort-hall';

type HallNotice = { type: 'hello' } | { type: 'address'; followUrl: string };

const ADDRESS = /^https?:\/\/[^\s"<>]{1,300}$/;

/** Announces the follow address to the other windows of this browser, and again to each that says hello. */
export function announceHallAddress(followUrl: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(HALL_CHANNEL);
  const post = () => channel.postMessage({ type: 'address', followUrl } satisfies HallNotice);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'object' && event.data !== null && (event.data as { type?: unknown }).type === 'hello') post();
  };
  post();
  return () => channel.close();
}

/**
 * On the projector, while the hall runs: the title slide shows the code to follow along („Auf dem
 * Handy mitlesen“), with the address the presenter view announced. Nothing without the hall.
 */
export function HallTitleCode({ deck }: Pick<DeckCompanionProps, 'deck'>) {
  const [followUrl, setFollowUrl] = useState<string | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(HALL_CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown; followUrl?: unknown } | null;
      if (data?.type === 'address' && typeof data.followUrl === 'string' && ADDRESS.test(data.followUrl)) setFollowUrl(data.followUrl);
    };
    channel.postMessage({ type: 'hello' } satisfies HallNotice);
    return () => channel.close();
  }, []);
  if (!followUrl || !deck.initialized || deck.view.slideIndex !== 0 || deck.inPrintMode || deck.inOverviewMode) return null;
  return (
    <aside className="hall-title-code" aria-label="Auf dem Handy mitlesen" data-testid="hall-title-code">
      <LazyQrCode text={followUrl} label={`QR-Code zum Mitlesen: ${followUrl}`} size={180} />
      <p>Auf dem Handy mitlesen</p>
    </aside>
  );
}
