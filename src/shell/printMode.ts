/** Print and export mode come from the URL: Spectacle reloads the page when the mode changes. */
export function isPrintModeUrl(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.get('printMode') === 'true' || params.get('exportMode') === 'true';
}
