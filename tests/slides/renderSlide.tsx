/** Renders one slide body at a step, outside Spectacle, as the PDF handout does. */
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { SlideMeta } from '../../src/shell/manifest';
import { StaticSlide } from '../../src/shell/StaticSlide';

/** A frame for bodies rendered by component: the tests check bodies, not titles. */
const TEST_META: SlideMeta = { id: 'test', title: 'Testfolie', steps: 99, load: () => Promise.reject(new Error('not loaded')) };

export function renderSlideBody(Body: ComponentType, step = 0, meta: SlideMeta = TEST_META) {
  const view = render(<StaticSlide meta={meta} Body={Body} step={step} />);
  const frame = view.container.querySelector<HTMLElement>('.slide-frame');
  if (!frame) throw new Error('no slide frame rendered');
  return { ...view, frame };
}
