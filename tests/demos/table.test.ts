// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseOptions, type NumberOption } from '../../src/demos/options';
import { heading, renderTable, textWidth } from '../../src/demos/table';
import { bar, renderLines, writtenDotProduct } from '../../src/demos/text';

describe('renderTable', () => {
  const table = renderTable({
    title: 'Titel',
    corner: 'Wort',
    rowLabels: ['Frankreich', 'Spanien'],
    columns: ['z', 'p', 'Text'],
    rows: [
      [0.6253, -12.5, 'a'],
      [-0.1, 0.25, 'längerer Text'],
    ],
    digits: [4, 1],
    notes: ['Fußnote'],
  });
  const lines = table.split('\n');

  it('prints the title, a box of equal-width lines and the notes', () => {
    expect(lines[0]).toBe('Titel');
    expect(lines.at(-1)).toBe('Fußnote');
    const box = lines.slice(1, -1);
    expect(box).toHaveLength(6); // top, header, rule, two rows, bottom
    expect(new Set(box.map(textWidth)).size).toBe(1);
  });

  it('formats numbers in German with the same places per column, right-aligned', () => {
    const [first, second] = [lines[4], lines[5]];
    expect(first).toContain('│  0,6253 │');
    expect(second).toContain('│ −0,1000 │');
    expect(first).toContain('│ −12,5 │');
    expect(second).toContain('│   0,3 │'); // 0.25 → one place
    // Decimal commas of a column line up.
    expect(first.indexOf('0,6253') + 1).toBe(second.indexOf('−0,1000') + 2);
  });

  it('left-aligns text columns and row labels', () => {
    expect(lines[4]).toMatch(/^│ Frankreich │/);
    expect(lines[5]).toMatch(/^│ Spanien {4}│/);
    expect(lines[4]).toContain('│ a             │');
  });

  it('rejects rows that do not fit the columns', () => {
    expect(() => renderTable({ columns: ['a', 'b'], rows: [[1]] })).toThrow(/row 0 has 1 cells, expected 2/);
    expect(() => renderTable({ columns: ['a'], rowLabels: ['x', 'y'], rows: [[1]] })).toThrow(/row labels/);
  });

  it('underlines headings to their width', () => {
    expect(heading('Schritt 1: Embeddings')).toBe(`Schritt 1: Embeddings\n${'═'.repeat(21)}`);
  });
});

describe('text helpers', () => {
  it('writes a dot product term by term, negative factors in parentheses', () => {
    expect(writtenDotProduct([0.29, -0.56], [0.45, 0.1])).toBe('0,29·0,45 + (−0,56)·0,10');
  });
  it('aligns the equals signs of equations', () => {
    expect(renderLines([['s_ist', '1'], ['s_Paris', '2']])).toBe('  s_ist   = 1\n  s_Paris = 2');
  });
  it('draws bars in eighths and nothing for zero or less', () => {
    expect(bar(1, 1, 4)).toBe('████');
    expect(bar(0.5, 1, 3)).toBe('█▌');
    expect(bar(0, 1)).toBe('');
    expect(bar(-1, 1)).toBe('');
  });
});

describe('parseOptions', () => {
  const options: NumberOption[] = [
    { name: 'temperature', metavar: 'T', help: '', min: 0, exclusiveMin: true },
    { name: 'steps', metavar: 'N', help: '', integer: true, min: 1, max: 10000 },
  ];

  it('reads --name value, --name=value and the German decimal comma', () => {
    expect(parseOptions(['--temperature', '0.5', '--steps=3'], options)).toEqual({ temperature: 0.5, steps: 3 });
    expect(parseOptions(['--temperature=0,25'], options)).toEqual({ temperature: 0.25 });
    expect(parseOptions([], options)).toEqual({});
  });

  it.each([
    [['--temperature', '0'], /^usage: --temperature muss > 0 sein/],
    [['--temperature', '-1'], /^usage: --temperature muss > 0 sein/],
    [['--temperature', 'abc'], /^usage: --temperature erwartet eine Zahl/],
    [['--temperature', 'Infinity'], /^usage: --temperature erwartet eine Zahl/],
    [['--temperature', ''], /^usage: --temperature erwartet eine Zahl/],
    [['--temperature'], /^usage: --temperature braucht einen Wert/],
    [['--steps', '2.5'], /^usage: --steps erwartet eine ganze Zahl/],
    [['--steps', '10001'], /^usage: --steps muss ≥ 1 und ≤ 10\.000 sein/],
    [['--foo'], /^usage: unbekannte Option „--foo“/],
    [['extra'], /^usage: unerwartetes Argument „extra“/],
  ])('rejects %j with a usage error', (args, message) => {
    expect(() => parseOptions(args, options)).toThrow(message);
  });
});
