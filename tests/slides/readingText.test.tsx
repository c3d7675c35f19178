import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaticSlide } from '../../src/shell/StaticSlide';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import { SLIDES } from '../../slides';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text without any white space: paragraphs run together in textContent. */
const compact = (text: string) => text.replace(/\s+/g, '');

describe('the reading view\'s text, rendered at build time', () => {
  it('has every slide\'s own notes, as the handout prints them, and the words of its body at the last step', async () => {
    const text = await renderReadingText();
    expect(Object.keys(text)).toEqual(SLIDES.map((meta) => meta.id));
    for (const meta of SLIDES) {
      const Body = await meta.load();
      const notesBox = document.createElement('div');
      document.body.append(notesBox);
      const view = render(<StaticSlide meta={meta} Body={Body} step={meta.steps} notesTarget={notesBox} />);
      const handoutNotes = words(notesBox.textContent ?? '');
      expect(handoutNotes.length, meta.id).toBeGreaterThan(80);
      expect(compact(textOfMarkup(text[meta.id].notes)), meta.id).toBe(compact(handoutNotes));
      // The notes are not part of the body's words, and the body's words are on the slide.
      const bodyText = text[meta.id].body;
      expect(bodyText.length, meta.id).toBeGreaterThan(0);
      const slide = words(view.container.querySelector('[data-slide-body]')?.textContent ?? '');
      for (const line of bodyText.split('\n').slice(0, 3)) expect(slide, `${meta.id}: ${line}`).toContain(words(line).split(' ')[0]);
      view.unmount();
      notesBox.remove();
    }
  }, 60_000);

  it('turns markup into lines of text: no tags, entities decoded, formulas (TeX source) left out', () => {
    expect(textOfMarkup('<p>Ein &amp; zwei &lt;3&gt; &quot;x&quot; &#x27;y&#x27;</p><ul><li>a</li><li>b  c</li></ul>')).toBe('Ein & zwei <3> "x" \'y\'\na\nb c');
    expect(textOfMarkup('<p>Score <span class="tex tex-inline tex-pending" aria-busy="true">\\frac{q}{2}</span> ist klein</p>')).toBe('Score ist klein');
    expect(textOfMarkup('<svg><title>t</title><text>Loss</text></svg>')).toBe('Loss');
  });
});
