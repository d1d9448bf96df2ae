// Runs engine-worker.ts under tsx in a worker thread (the benchmark runs from source, like its parent).
import { createRequire } from 'node:module'
import { register } from 'tsx/cjs/api'

register()
createRequire(import.meta.url)('./engine-worker.ts')
