/** Every slide's notes (HTML rendered at build time from the slide's own notes) and body text, by slide id. */
export type ReadingText = Readonly<Record<string, { readonly notes: string; readonly body: string }>>;
