/** `npm run sotu`: generate and compile the SOTU edition used by the benchmark and the large-edition tests. */
import { buildSotu } from './build-sotu'

const started = performance.now()
buildSotu()
  .then(({ compiledDir, built }) =>
    console.log(
      `SOTU edition ${built ? 'built' : 'unchanged'} in ${compiledDir} (${Math.round(performance.now() - started)} ms)`
    )
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
