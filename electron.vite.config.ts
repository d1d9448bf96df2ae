import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    // approx-string-match is ESM-only: bundle it rather than require() it from CommonJS main.
    build: { externalizeDeps: { exclude: ['approx-string-match'] } }
  },
  preload: {
    // A sandboxed preload cannot require() packages: bundle everything it imports.
    build: { externalizeDeps: false }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [vue()]
  }
})
