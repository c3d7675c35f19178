/**
 * `npm run demo -- notation`: the deck's notation table (src/tex/notation.ts), every symbol with
 * its one meaning, shape and sections, and the row-vector convention. The „Schreibweise“ slide
 * shows only the core entries and points here for the rest.
 */
import { NOTATION, ROW_VECTOR_CONVENTION } from '../tex/notation';
import { parseOptions } from './options';
import { joinBlocks, renderTable } from './table';
import type { Demo } from './types';

export const notationDemo: Demo = (args) => {
  parseOptions(args, []);
  const text = joinBlocks([
    'Schreibweise: ein Zeichen, eine Bedeutung',
    ROW_VECTOR_CONVENTION,
    renderTable({
      title: `Alle ${NOTATION.length} Zeichen der Formeln`,
      corner: 'Zeichen',
      rowLabels: NOTATION.map((e) => e.plain),
      columns: ['Bedeutung', 'Form', 'Abschnitte'],
      rows: NOTATION.map((e) => [e.meaning, e.shape, e.where]),
    }),
  ]);
  const json = { convention: ROW_VECTOR_CONVENTION, notation: NOTATION };
  return { text, json };
};
