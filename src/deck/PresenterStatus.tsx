import { useContext, useEffect, useState } from 'react';
import { DeckContext } from 'spectacle';

function clockText(date: Date): string {
  return date.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
}

/** Shown above the notes in presenter view: slide n of N, step and the wall clock. */
export function PresenterStatus() {
  const deck = useContext(DeckContext);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const { slideIndex, stepIndex } = deck.activeView;
  return (
    <p className="presenter-status" data-testid="presenter-status">
      <strong>
        Folie {slideIndex + 1} von {deck.slideCount}
      </strong>
      {stepIndex > 0 && <> · Schritt {stepIndex + 1}</>} · Uhrzeit {clockText(now)}
    </p>
  );
}
