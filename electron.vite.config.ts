import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    build: { externalizeDeps: true }
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
