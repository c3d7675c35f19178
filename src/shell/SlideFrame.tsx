import type { ReactNode } from 'react';
import { kickerOf, type SlideMeta } from './manifest';

type SlideFrameProps = {
  meta: SlideMeta;
  children?: ReactNode;
  /**
   * The title as a heading (h2) or as plain text: the PDF handout prints every step of a slide as
   * its own page, and only the first page's title is a heading, so the bookmarks list each slide once.
   */
  titleIsHeading?: boolean;
};

/** The one layout of every slide: kicker and title from the manifest, then the body. */
export function SlideFrame({ meta, children, titleIsHeading = true }: SlideFrameProps) {
  const kicker = kickerOf(meta);
  const Title = titleIsHeading ? 'h2' : 'p';
  return (
    <div className="slide-frame" data-slide-title={meta.title}>
      <div className="slide-header">
        {kicker && <p className="slide-kicker">{kicker}</p>}
        <Title className="slide-title">{meta.title}</Title>
      </div>
      <div className={meta.layout === 'roomy' ? 'slide-body slide-body-roomy' : 'slide-body'}>{children}</div>
    </div>
  );
}
