export type RunningServer = { url: string; port: number; close(): Promise<void> };
export function startServer(options?: { dir?: string; port?: number; gzip?: boolean }): Promise<RunningServer>;
