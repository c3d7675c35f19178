/** The five steps of section 4 (outline), short names for the step trail on the self-attention slides. */
export const SELF_ATTENTION_STEPS = ['Embeddings', 'Q, K, V', 'Scores', 'Softmax', 'Kontextvektor'] as const;
