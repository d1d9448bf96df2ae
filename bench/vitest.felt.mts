/** The benchmark's felt-latency run (see bench/felt-latency.measure.ts); never part of npm test. */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['bench/felt-latency.measure.ts'], testTimeout: 600_000, hookTimeout: 60_000 }
})
