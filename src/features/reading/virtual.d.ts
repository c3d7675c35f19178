declare module 'virtual:reading-text' {
  import type { ReadingText } from './readingText';
  const text: ReadingText;
  export default text;
}
