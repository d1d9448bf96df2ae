import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    build: {
      // approx-string-match is ESM-only: bundle it rather than require() it from CommonJS main.
      externalizeDeps: { exclude: ['approx-string-match'] },
      // The search worker thread is its own entry: main starts it from out/main/search-worker.js.
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'search-worker': resolve('src/main/search/worker/search-worker.ts')
        }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot require() packages: bundle everything it imports.
    build: { externalizeDeps: false }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [vue()],
    // Fonts stay files: the CSP's font-src 'self' refuses data: URLs, and nothing else needs inlining.
    build: { assetsInlineLimit: 0 }
  }
})
