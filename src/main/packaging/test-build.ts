/**
 * The smoke-test build (electron-builder.test.yml) marks its package.json with `elshiTestBuild`. Only
 * there does main publish its request filter's counts, on `globalThis.elshiRequestAudit`, where
 * Playwright's electronApp.evaluate reads them to prove no request left the machine. A release build
 * has no such mark, so it exposes nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequestAudit, type RequestAudit } from '../security/harden-session'

export const REQUEST_AUDIT_GLOBAL = 'elshiRequestAudit'

export function isTestBuild(appPath: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8'))
    return (
      typeof manifest === 'object' && manifest !== null && Reflect.get(manifest, 'elshiTestBuild') === true
    )
  } catch {
    return false
  }
}

/** A live audit, published on globalThis in the test build; undefined (no counting) otherwise. */
export function requestAuditForTestBuild(
  appPath: string,
  global: object = globalThis
): RequestAudit | undefined {
  if (!isTestBuild(appPath)) return undefined
  const audit = createRequestAudit()
  Reflect.set(global, REQUEST_AUDIT_GLOBAL, audit)
  return audit
}
