/** Empty stand-in for react-syntax-highlighter's Prism themes (see syntaxHighlighter.tsx). */
const noTheme = {};
export default noTheme;
