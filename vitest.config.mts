import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{main,preload,shared,scripts}/**/*.test.ts']
        }
      },
      {
        plugins: [vue()],
        resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.ts'],
          // Whole-app mounts (the glossary renders every note) take seconds in happy-dom on a loaded
          // core; the default 5 s fails tests by load, not by behaviour.
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false
        }
      },
      {
        // npm run test:electron only: launches the packaged app, so it needs a real Electron binary.
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { concurrent: false }
        }
      }
    ]
  }
})
