/**
 * Not a test: the felt-latency measurement, run by `npm run bench` through vitest (vitest.felt.mts)
 * because the harness hands functions to the page, which tsx's transform (the bench's runner) breaks.
 * It writes its figures to the file named by FELT_LATENCY_OUT and asserts nothing.
 */
import { writeFile } from 'node:fs/promises'
import { it } from 'vitest'
import { feltLatency } from './felt-latency'

it('measures keystroke → painted latency in Chromium', async () => {
  const out = process.env['FELT_LATENCY_OUT']
  if (!out) throw new Error('FELT_LATENCY_OUT is not set: run this through npm run bench')
  await writeFile(out, JSON.stringify(await feltLatency()))
}, 600_000)
