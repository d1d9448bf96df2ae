/**
 * What app.asar may hold: the built app and the compiled editions, nothing else. Pure (a list of
 * paths in, problems in plain words out), so the rules are tested without packaging.
 */
export const ASAR_BUDGET_BYTES = 1_500_000

const EDITION_FILES = ['edition.json', 'search.json', 'search-texts.txt', 'search-positions.txt']
const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/search-worker.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/out/editions/catalog.json',
  '/out/notices/third-party-notices.txt'
]
const ALLOWED = [
  /^\/package\.json$/,
  /^\/out\/main\/[\w./-]+\.js$/,
  /^\/out\/main\/chunks\/[\w.-]+\.png$/,
  /^\/out\/preload\/[\w.-]+\.js$/,
  /^\/out\/renderer\/(index\.html|assets\/[\w.-]+\.(js|css|woff2?|ttf|otf|svg|png|jpe?g|webp|ico))$/,
  /^\/out\/editions\/catalog\.json$/,
  /^\/out\/editions\/[a-z0-9-]+\/(edition\.json|search\.json|search-texts\.txt|search-positions\.txt)$/,
  /^\/out\/notices\/third-party-notices\.txt$/
]
/** Things that must never ship, named so the failure says what went wrong. */
const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.ts$|\.vue$/, 'source code'],
  [/\.map$/, 'a source map'],
  [/(^|\/)(tests?|__tests__|fixtures)\//, 'tests'],
  [/^\/(resources|src|scripts)\//, 'sources (edition or app)'],
  [/^\/bench\//, 'the benchmark'],
  [/\/\.generated\//, 'generated benchmark data'],
  [/\/node_modules\//, 'a package folder (main bundles its packages)']
]

/** Problems with an archive's file list (files only, as @electron/asar lists them, with a leading /). */
export function archiveProblems(files: readonly string[], editions: readonly string[]): string[] {
  const problems: string[] = []
  const present = new Set(files)
  const required = [
    ...REQUIRED,
    ...editions.flatMap((id) => EDITION_FILES.map((f) => `/out/editions/${id}/${f}`))
  ]
  for (const file of required) if (!present.has(file)) problems.push(`missing ${file}`)
  for (const file of files) {
    const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(`/${file.replace(/^\//, '')}`))
    if (forbidden) problems.push(`${file} should not ship: ${forbidden[1]}`)
    else if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`${file} is not part of the app`)
  }
  const shipped = new Set(
    files
      .map((f) => /^\/out\/editions\/([^/]+)\//.exec(f)?.[1])
      .filter((id): id is string => id !== undefined)
  )
  for (const id of shipped) if (!editions.includes(id)) problems.push(`edition ${id} ships but has no source`)
  return problems
}

export function sizeProblem(bytes: number, budget = ASAR_BUDGET_BYTES): string | null {
  return bytes <= budget ? null : `app.asar is ${bytes} bytes, over the budget of ${budget}`
}
