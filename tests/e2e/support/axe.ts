/**
 * axe-core inside a journey: `expectNoAxeViolations(page, label)` injects axe (from the npm package,
 * evaluated in the page, so the app's CSP does not stand in the way), runs every rule axe enables by
 * default plus every rule tagged for WCAG 2.0–2.2 A and AA (among them `target-size`, which axe leaves
 * off by default), and fails on any violation of any impact, naming each node. Each run is recorded, so
 * a journey can print what it checked.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The WCAG levels the bar covers: everything up to 2.2 AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

export interface AxeCheck {
  readonly label: string
  readonly rules: number
  /** Elements axe judged (passed or failed) over all rules. */
  readonly nodes: number
  /** Elements axe could not decide (e.g. text over a gradient): listed, not a failure. */
  readonly incomplete: number
  readonly violations: readonly string[]
}

export const axeChecks: AxeCheck[] = []

interface AxeRunSummary {
  rules: number
  nodes: number
  incomplete: number
  violations: string[]
}

/** Runs in the page: picks the rules, runs them on the whole document, summarises. */
const RUN_AXE = `(async (wcagTags) => {
  const audit = window.axe._audit
  const ids = audit.rules
    .filter((rule) => rule.enabled !== false || rule.tags.some((tag) => wcagTags.includes(tag)))
    .map((rule) => rule.id)
  const result = await window.axe.run(document, {
    runOnly: { type: 'rule', values: ids },
    resultTypes: ['violations', 'incomplete', 'passes']
  })
  const count = (groups) => groups.reduce((sum, group) => sum + group.nodes.length, 0)
  return {
    rules: ids.length,
    nodes: count(result.passes) + count(result.violations),
    incomplete: count(result.incomplete),
    violations: result.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\\s+/g, ' '))
    )
  }
})`

export async function runAxe(page: Page, label: string): Promise<AxeCheck> {
  const injected = await page.evaluate('typeof window.axe !== "undefined"')
  if (!injected) await page.evaluate(axe.source)
  const summary = await page.evaluate<AxeRunSummary>(`${RUN_AXE}(${JSON.stringify(WCAG_TAGS)})`)
  const check: AxeCheck = { label, ...summary }
  axeChecks.push(check)
  return check
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<AxeCheck> {
  const check = await runAxe(page, label)
  console.log(
    `axe ${label}: ${check.rules} rules, ${check.nodes} nodes checked, ${check.incomplete} to review, ${check.violations.length} violations`
  )
  if (check.violations.length > 0)
    throw new Error(
      `axe found ${check.violations.length} violations in ${label}:\n${check.violations.join('\n')}`
    )
  return check
}

/** One line per run and a total, for the end of a journey. */
export function axeReport(checks: readonly AxeCheck[] = axeChecks): string {
  const nodes = checks.reduce((sum, check) => sum + check.nodes, 0)
  const violations = checks.reduce((sum, check) => sum + check.violations.length, 0)
  const rules = Math.max(0, ...checks.map((check) => check.rules))
  return `axe: ${checks.length} states checked, ${rules} rules each, ${nodes} nodes, ${violations} violations`
}
