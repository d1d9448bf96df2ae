/**
 * Where main finds its own files. Built, main runs from out/main; packaged, from
 * <resources>/app.asar/out/main, which Electron reads like a folder. One function for both, so
 * npm run package:check can resolve the same paths inside an extracted archive and prove they exist.
 */
import { join } from 'node:path'

export interface AppLayout {
  /** The compiled editions (catalog.json and one folder per edition). */
  readonly editionsDir: string
  /** The search worker thread's script. */
  readonly searchWorkerFile: string
  /** The licences of the packages compiled into the app (out/notices/third-party-notices.txt). */
  readonly noticesFile: string
}

/** The layout around main's own folder (`__dirname` of out/main/index.js). */
export function appLayout(mainDir: string): AppLayout {
  return {
    editionsDir: join(mainDir, '../editions'),
    searchWorkerFile: join(mainDir, 'search-worker.js'),
    noticesFile: join(mainDir, '../notices/third-party-notices.txt')
  }
}

/** Main's folder in a packaged app, from Electron's `process.resourcesPath`. */
export const packagedMainDir = (resourcesPath: string): string =>
  join(resourcesPath, 'app.asar', 'out', 'main')
