import { loadEnv } from '@powergroups/config';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development Vite serves the client with hot reload and forwards API calls to the server,
// on the port the server reads from the same settings.
const apiTarget = `http://127.0.0.1:${loadEnv().PORT}`;

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': apiTarget, '/ready': apiTarget, '/health': apiTarget },
  },
  // cytoscape and its layout are most of the bundle; one chunk keeps the first render to one request.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
});
