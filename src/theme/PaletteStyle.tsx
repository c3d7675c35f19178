import { PRINT_PALETTE, SCREEN_PALETTE, paletteDeclarations } from './palette';

const css = `
:root { ${paletteDeclarations(SCREEN_PALETTE)} }
:root[data-palette='print'] { ${paletteDeclarations(PRINT_PALETTE)} }
@media print { :root { ${paletteDeclarations(PRINT_PALETTE)} } }
`;

/** Declares the palette as CSS variables; the print palette applies in print and export mode. */
export function PaletteStyle() {
  return <style>{css}</style>;
}
