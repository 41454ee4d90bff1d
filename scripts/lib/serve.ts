// Serves a built folder with Vite's preview server on a free local port.
import { preview, type PreviewServer } from 'vite';

export async function serve(outDir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port, strictPort: port !== 0, host: '127.0.0.1', open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
