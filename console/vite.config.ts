import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies /graphql to the indexer (the indexer sends no CORS headers, so the
// console always reaches it on its own origin: serve.mjs does the same in production).
const indexer = process.env.CONSOLE_INDEXER_URL ?? 'http://127.0.0.1:8088/graphql';

export default defineConfig({
  plugins: [react()],
  build: {
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    rollupOptions: {
      // @polkadot/x-global's /*#__PURE__*/ comments sit where Rollup cannot use them: harmless
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': { target: new URL(indexer).origin, changeOrigin: true } } },
  test: { include: ['src/**/*.test.ts'] },
});
