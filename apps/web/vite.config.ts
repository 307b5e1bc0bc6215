import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The BFF serves the built app and the API on one origin; in development Vite proxies the API to it.
const bff = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    // ws: the audit log's live feed is a WebSocket under /api.
    proxy: { '/api': { target: bff, ws: true }, '/healthz': bff },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design alone is about 1 MB minified (330 kB gzipped) and cannot be split further.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Icons apart from the components: each alone stays under the size warning.
            { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+)[\\/]/ },
            // The script editor is lazy: only the command pages load it.
            { name: 'codemirror', test: /node_modules[\\/](@codemirror|@lezer|codemirror|crelt|style-mod|w3c-keyname|@marijn)[\\/]/ },
            // The terminal is lazy too: only the Shell tab and the Terminals page load xterm.js.
            { name: 'xterm', test: /node_modules[\\/]@xterm[\\/]/ },
            // The recording player (and the Solid runtime it is built with) loads only on a recording's page.
            { name: 'asciinema-player', test: /node_modules[\\/](asciinema-player|solid-js)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // A dialog flow renders several Ant Design views; on a loaded CI machine that exceeds 5 s.
    testTimeout: 15_000,
  },
});
