import { loadEnv } from '@powergroups/config';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// In development Vite serves the client with hot reload and forwards API calls to the server,
// on the port the server reads from the same settings.
const apiTarget = `http://127.0.0.1:${loadEnv().PORT}`;

// Paths the server answers itself: a service worker never caches them nor answers them with the shell.
const SERVER_PATHS = /^\/(graphql|ready|health|invitation)(\/|$)/;

export default defineConfig({
  plugins: [
    react(),
    // The shell (html, js, css) comes from a service worker's cache, so a reload while the server
    // is down still shows the explorer and its "cannot reach the server" message with Retry. Data
    // is never cached: GraphQL is a POST (workbox routes match GETs only), the server's own paths
    // are left to the network, and nothing is cached at run time. Only a build registers it.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Power Groups',
        short_name: 'Power Groups',
        description: 'Who can refer whom in your business networking group.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
      },
      workbox: {
        // The manifest is added by the plugin itself.
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [SERVER_PATHS],
        // autoUpdate: a new build takes over at once (injectRegister other than 'auto' does not set these).
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': apiTarget, '/ready': apiTarget, '/health': apiTarget },
  },
  // cytoscape and its layout are most of the bundle; one chunk keeps the first render to one request.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
});
