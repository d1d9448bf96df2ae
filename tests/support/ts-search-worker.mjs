// Runs the search worker's TypeScript source under tsx, so tests exercise the real worker thread
// without a build (the app runs the built out/main/search-worker.js).
import { createRequire } from 'node:module'
import { register } from 'tsx/cjs/api'

register()
createRequire(import.meta.url)('../../src/main/search/worker/search-worker.ts')
