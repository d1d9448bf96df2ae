/**
 * Where the user's bookmarks and reading positions live: Electron's per-user app data folder, or the
 * folder in ELSHI_USER_DATA, so tests and portable installs can point a run at a folder of their own.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, electronUserData: () => string): string {
  const override = env['ELSHI_USER_DATA']?.trim()
  return override ? override : electronUserData()
}
