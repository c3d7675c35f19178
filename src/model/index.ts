/** Public API of the worked example. */
export * from './workedExample';
export * from './trainer';
