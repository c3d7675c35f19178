import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderReadingText, textOfMarkup } from '../src/readingText';
import { SLIDES } from '../slides';
it('dump', async () => {
  const text = await renderReadingText();
  const out = SLIDES.map((m, i) => `### ${i} ${m.id} [${m.section}] ${m.title} (steps ${m.steps})\nBODY: ${text[m.id].body.replace(/\n/g, ' | ')}\nNOTES: ${textOfMarkup(text[m.id].notes)}\n`).join('\n');
  writeFileSync('/tmp/story-notes.txt', out);
}, 60000);
