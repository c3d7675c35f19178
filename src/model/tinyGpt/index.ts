/** Public API of the tiny GPT (a separate entry from src/model/index.ts, whose names it would clash with). */
export * from './corpus';
export * from './vocabulary';
export * from './model';
export * from './trainer';
export * from './generate';
export * from './shipped';
export * from './slides';
export * from './contract';
export * from './trainingSession';
export * from './views';
export * from './evidence';
export * from './representation';
export * from './teach';
