/**
 * One symbol, one meaning: every letter the deck's formulas use, with what it means, its shape and
 * where it appears. tests/tex/notation.test.ts checks that no symbol has two entries and that every
 * formula exported from src/tex uses only symbols from this table; the „Schreibweise“ slide shows
 * the entries with a `box` text (slides/NotationSlide.tsx).
 *
 * Convention (said once on that slide, used everywhere): vectors are row vectors and multiply a
 * matrix from the left, x W: a token's vector is 1 × d, a weight matrix d_in × d_out, and a matrix
 * with one row per token (E, Q, K, V) is n × d. Subscripts in words (h_von, W_out, n_Block) name;
 * they are not symbols.
 */

export type NotationEntry = {
  /** The symbol as TeX, exactly as the formulas write it ('h', '\\eta', '\\mathcal{M}'). */
  readonly symbol: string;
  /** The symbol as plain text, for slide texts and speaker notes (h, η, 𝓜). */
  readonly plain: string;
  /** Its one meaning, German. */
  readonly meaning: string;
  /** Its shape or kind, e.g. „1 × d“, „Skalar“, „Index“. */
  readonly shape: string;
  /** Where the deck uses it (sections). */
  readonly where: string;
  /** A few words for the „Schreibweise“ box; entries without it are not in the box. */
  readonly box?: string;
  /**
   * What a number in the symbol's index means (w_0, h_1, r_{t-1}), one meaning per symbol: a
   * component of the vector, a time step, a token (its position or its number in a list), or which
   * matrix of the MLP. A symbol without it is never written with a number in its index.
   */
  readonly numericIndex?: NumericIndex;
};

/** The meanings a number in an index may have (tests/tex/numericIndex.test.ts). */
export type NumericIndex = 'Komponente' | 'Zeitschritt' | 'Token' | 'Schicht des MLP';

export const NOTATION: readonly NotationEntry[] = [
  // Vectors of one token (row vectors) and the matrices they make.
  { symbol: 'x', plain: 'x', meaning: 'Eingabe eines Blocks oder einer Funktion; x_t = e_t + pos_t die des ersten Blocks', shape: '1 × d (oder Skalar)', where: '2, 7, 8', box: 'Eingabe' },
  { symbol: 'e', plain: 'e', meaning: 'Embedding eines Tokens', shape: '1 × d', where: '2, 4', box: 'Embedding' },
  { symbol: 'E', plain: 'E', meaning: 'Embeddings aller Tokens, eine Zeile pro Token', shape: 'n × d', where: '4, 7' },
  { symbol: 'q', plain: 'q', meaning: 'Query eines Tokens: wonach es sucht', shape: '1 × d_k', where: '4, 8', box: 'Query', numericIndex: 'Komponente' },
  { symbol: 'k', plain: 'k', meaning: 'Key eines Tokens: was es anbietet', shape: '1 × d_k', where: '4, 8', box: 'Key', numericIndex: 'Token' },
  { symbol: 'v', plain: 'v', meaning: 'Value eines Tokens: was es weitergibt', shape: '1 × d_k', where: '4, 8', box: 'Value', numericIndex: 'Token' },
  { symbol: 'Q', plain: 'Q', meaning: 'Queries aller Tokens', shape: 'n × d_k', where: '4' },
  { symbol: 'K', plain: 'K', meaning: 'Keys aller Tokens', shape: 'n × d_k', where: '4' },
  { symbol: 'V', plain: 'V', meaning: 'Values aller Tokens', shape: 'n × d_k', where: '4' },
  { symbol: 's', plain: 's', meaning: 'Score, skaliert: q · k / √d_k', shape: 'Skalar', where: '4', box: 'Score (skaliert)' },
  { symbol: 'a', plain: 'a', meaning: 'Attention-Gewicht, softmax der Scores', shape: 'Skalar', where: '4', box: 'Attention-Gewicht' },
  { symbol: 'A', plain: 'A', meaning: 'Attention-Matrix, eine Zeile pro Query', shape: 'n × n', where: '4' },
  { symbol: 'M', plain: 'M', meaning: 'kausale Maske (−∞ über der Diagonale)', shape: 'n × n', where: '4' },
  { symbol: 'h', plain: 'h', meaning: 'Kontextvektor: gewichtete Summe der Values', shape: '1 × d', where: '4–6', box: 'Kontextvektor', numericIndex: 'Komponente' },
  { symbol: 'o', plain: 'o', meaning: 'Ausgabe eines Kopfes oder Moduls', shape: '1 × d', where: '7, 8' },
  { symbol: 'O', plain: 'O', meaning: 'Ausgabe, nur als Index: W_O bildet die verketteten Köpfe ab', shape: 'Index', where: '7' },
  { symbol: 'W', plain: 'W', meaning: 'Gewichtsmatrix (W_Q, W_K, W_V, W_O, W_out, W_1, W_2)', shape: 'd_ein × d_aus', where: '3–7', box: 'Gewichtsmatrix', numericIndex: 'Schicht des MLP' },
  { symbol: 'w', plain: 'w', meaning: 'ein einzelnes Gewicht (w* sein bester Wert)', shape: 'Skalar', where: '3, 5', numericIndex: 'Zeitschritt' },
  { symbol: 'u', plain: 'u', meaning: 'Zwischengröße der Kettenregel: L hängt über u von w ab', shape: 'Skalar', where: '3' },
  { symbol: 'b', plain: 'b', meaning: 'Bias', shape: '1 × d_aus', where: '5–7', numericIndex: 'Schicht des MLP' },
  { symbol: 'z', plain: 'z', meaning: 'Logits, ein Wert pro Wort des Vokabulars', shape: '1 × n_vocab', where: '5, 6', box: 'Logits' },
  { symbol: 'p', plain: 'p', meaning: 'Wahrscheinlichkeiten, p_i die des i-ten Wortes', shape: '1 × n_vocab', where: '5, 6, 9', box: 'Wahrscheinlichkeiten' },
  { symbol: 'P', plain: 'P', meaning: 'Wahrscheinlichkeit eines Wortes, P(Frankreich)', shape: 'Skalar', where: '6, 9' },
  { symbol: 'y', plain: 'y', meaning: 'Ziel als One-Hot-Vektor', shape: '1 × n_vocab', where: '5' },
  { symbol: '\\hat{y}', plain: 'ŷ', meaning: 'Vorhersage des Modells (Argmax)', shape: 'Wort', where: '6' },
  { symbol: 'L', plain: 'L', meaning: 'Loss (Cross-Entropy oder Beispiel-Loss)', shape: 'Skalar', where: '3, 5', box: 'Loss' },
  { symbol: 'c', plain: 'c', meaning: 'Vorfaktor des Beispiel-Loss L(w) = c (w − w*)² (Krümmung 2c)', shape: 'Skalar', where: '3, 5' },
  { symbol: 'T', plain: 'T', meaning: 'Temperatur der Softmax', shape: 'Skalar', where: '6, 9' },
  // Sizes, indices.
  { symbol: 'd', plain: 'd', meaning: 'Dimension: d Breite des Modells, d_k der Keys', shape: 'Zahl', where: '4, 7', box: 'Dimension' },
  { symbol: 'n', plain: 'n', meaning: 'Anzahl: n Tokens im Kontext; n_ctx, n_Block, n_head, n_vocab', shape: 'Zahl', where: '4, 7–9', box: 'Anzahl (n_Block, …)' },
  { symbol: 'N', plain: 'N', meaning: 'Zahl der Parameter (N_Block eines Blocks)', shape: 'Zahl', where: '7' },
  { symbol: 'i', plain: 'i', meaning: 'Index: Wort, Zeile, Position der Query', shape: 'Index', where: '3–8' },
  { symbol: 'j', plain: 'j', meaning: 'Index: Token, Spalte, Position des Keys', shape: 'Index', where: '3–8' },
  { symbol: 'm', plain: 'm', meaning: 'Laufindex (einer Summe; bei RoPE die Nummer des Zahlenpaars)', shape: 'Index', where: '4, 8' },
  { symbol: 't', plain: 't', meaning: 'Zeitschritt: das t-te Token eines Stroms oder der t-te Lernschritt', shape: 'Index', where: '2, 5, 8' },
  // Learning.
  { symbol: '\\eta', plain: 'η', meaning: 'Lernrate (auch Titans’ η_t; im Paper θ_t)', shape: 'Skalar', where: '3, 5, 8', box: 'Lernrate' },
  { symbol: '\\nabla', plain: '∇', meaning: 'Gradient', shape: 'wie das Abgeleitete', where: '3, 8' },
  // Architecture.
  { symbol: '\\mu', plain: 'μ', meaning: 'Mittelwert der d Einträge eines Vektors (LayerNorm)', shape: 'Skalar', where: '7' },
  { symbol: '\\sigma', plain: 'σ', meaning: 'Standardabweichung der d Einträge (σ² ihre Varianz, LayerNorm)', shape: 'Skalar', where: '7' },
  { symbol: '\\varepsilon', plain: 'ε', meaning: 'kleine Konstante gegen Teilen durch null (LayerNorm)', shape: 'Skalar', where: '7' },
  { symbol: '\\gamma', plain: 'γ', meaning: 'gelernte Skalierung der LayerNorm', shape: '1 × d', where: '5, 7' },
  { symbol: '\\beta', plain: 'β', meaning: 'gelernte Verschiebung der LayerNorm', shape: '1 × d', where: '5, 7' },
  { symbol: '\\Phi', plain: 'Φ', meaning: 'Verteilungsfunktion der Standardnormalverteilung', shape: 'Funktion', where: '7' },
  { symbol: '\\odot', plain: '⊙', meaning: 'eintragsweises Produkt zweier gleich großer Vektoren', shape: 'Operator', where: '7, 8' },
  // Titans, RoPE, state-space models.
  { symbol: '\\mathcal{M}', plain: '𝓜', meaning: 'Langzeitgedächtnis von Titans (im Sandkasten eine Matrix)', shape: 'Netz oder d × d', where: '8', numericIndex: 'Zeitschritt' },
  { symbol: '\\ell', plain: 'ℓ', meaning: 'Fehler des Gedächtnisses (quadratisch)', shape: 'Skalar', where: '8' },
  { symbol: 'S', plain: 'S', meaning: 'Überraschung (Titans): Gradient mit Momentum', shape: 'wie 𝓜', where: '8', numericIndex: 'Zeitschritt' },
  { symbol: '\\rho', plain: 'ρ', meaning: 'Nachklang der Überraschung (Titans; im Paper η_t)', shape: 'Skalar', where: '8' },
  { symbol: '\\alpha', plain: 'α', meaning: 'Vergessen (Titans)', shape: 'Skalar', where: '8' },
  { symbol: '\\theta', plain: 'θ', meaning: 'Frequenz der Drehung (RoPE)', shape: 'Skalar', where: '8' },
  { symbol: '\\Delta', plain: 'Δ', meaning: 'Verschiebung beider Positionen (RoPE)', shape: 'Zahl', where: '8' },
  { symbol: 'R', plain: 'R', meaning: 'Drehung um i · θ (RoPE)', shape: '2 × 2 je Paar', where: '8', numericIndex: 'Token' },
  { symbol: 'r', plain: 'r', meaning: 'Zustand eines State-Space-Modells', shape: '1 × d', where: '8', numericIndex: 'Zeitschritt' },
  { symbol: '\\bar{A}', plain: 'Ā', meaning: 'Übergangsmatrix eines State-Space-Modells', shape: 'd × d', where: '8' },
  { symbol: '\\bar{B}', plain: 'B̄', meaning: 'Eingangsmatrix eines State-Space-Modells', shape: 'd × d', where: '8' },
  { symbol: 'C', plain: 'C', meaning: 'Ausgangsmatrix eines State-Space-Modells', shape: 'd × d', where: '8' },
  // Number sets and constants.
  { symbol: '\\mathbb{R}', plain: 'ℝ', meaning: 'reelle Zahlen (ℝ⁴: Vektoren mit 4 Einträgen)', shape: 'Menge', where: '4, 7' },
  { symbol: '\\mathrm{e}', plain: 'e', meaning: 'eulersche Zahl (aufrecht gesetzt, e^x = exp(x))', shape: 'Konstante', where: '4, 6' },
];

/** The entries by symbol; building it throws if a symbol has two entries. */
export function notationBySymbol(entries: readonly NotationEntry[] = NOTATION): ReadonlyMap<string, NotationEntry> {
  const bySymbol = new Map<string, NotationEntry>();
  for (const entry of entries) {
    const other = bySymbol.get(entry.symbol);
    if (other) {
      throw new Error(`Notation: „${entry.symbol}“ hat zwei Bedeutungen: „${other.meaning}“ und „${entry.meaning}“`);
    }
    bySymbol.set(entry.symbol, entry);
  }
  return bySymbol;
}

/** The convention, in one sentence for the „Schreibweise“ box. */
export const ROW_VECTOR_CONVENTION =
  'Vektoren sind Zeilenvektoren und stehen vor der Matrix: x W. Matrizen mit einer Zeile pro Token haben n Zeilen: E ist n × d, Q, K und V sind n × d_k.';

