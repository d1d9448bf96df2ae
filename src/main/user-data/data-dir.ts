/**
 * Where the user's bookmarks, reading positions and settings live: Electron's per-user app data folder,
 * or, when running from source (npm run dev, npm start, the tests, the harness), the folder in
 * ELSHI_USER_DATA, so a run can use a folder of its own. A packaged build ignores the variable: one left
 * set in a shell must never make an installed Elshi open another, empty folder and hide the reader's
 * bookmarks. A portable mode would be a decision of its own (a folder beside the executable).
 */
export interface DataDirOptions {
  /** `app.isPackaged`. */
  readonly packaged?: boolean
  /** Told when a packaged build ignores ELSHI_USER_DATA, so the reason can be found in the log. */
  readonly warn?: (message: string) => void
}

export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  electronUserData: () => string,
  options: DataDirOptions = {}
): string {
  const override = env['ELSHI_USER_DATA']?.trim()
  if (!override) return electronUserData()
  if (!options.packaged) return override
  const dir = electronUserData()
  options.warn?.(`ELSHI_USER_DATA is ignored by the installed app; its data stays in ${dir}`)
  return dir
}
