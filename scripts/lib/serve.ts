// Serves a built folder on a free local port with the atlas's own server
// (the one `npm start` runs: same headers, same limits).
import { serveDir } from '../serve.ts';

export const serve = (outDir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> => serveDir(outDir, port);
