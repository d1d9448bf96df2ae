import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { bundledPackages } from './scripts/package/bundled-packages'

export default defineConfig({
  main: {
    // Each bundle records the npm packages inside it, for the third-party notices.
    plugins: [bundledPackages('main')],
    build: {
      // Bundle every package main and the worker use (lunr, lunr-languages, valibot, electron-updater,
      // approx-string-match): the archive then ships only the code main runs, not each package's other
      // builds, types and languages (valibot's four builds, lunr-languages' 30 languages). Electron and
      // Node's built-ins stay external.
      externalizeDeps: false,
      // electron-updater and its helpers are half a megabyte as written; minified, the archive keeps
      // within its 1.5 MB budget (npm run package:check). The readable source is the repository.
      minify: true,
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
    plugins: [bundledPackages('preload')],
    build: { externalizeDeps: false }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [vue(), bundledPackages('renderer')],
    // vue-i18n's build flags: Composition API only (no legacy API in the bundle), no devtools hooks.
    define: {
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false
    },
    // Fonts stay files: the CSP's font-src 'self' refuses data: URLs, and nothing else needs inlining.
    // Minified like main: the renderer ships inside app.asar, which has a size budget (npm run package:check).
    build: { assetsInlineLimit: 0, minify: true }
  }
})
