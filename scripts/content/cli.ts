/**
 * The editors' tool:
 *   npm run content -- check                      validate every edition, write nothing
 *   npm run content -- build                      compile every changed edition into out/editions
 *   npm run content -- search "<query>" [--json] [--edition <id>] [--dir <compiled editions>]
 * `search` answers from the same modules the app uses, on the compiled files the app loads.
 */
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import type { SearchHit, SearchResults } from '../../src/shared/search'
import { buildEditions, EDITIONS_OUT, listEditionDirs } from './build-editions'
import { compileEdition } from './compile-edition'
import { ContentError } from './content-error'

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

const highlighted = (hit: SearchHit): string => {
  let text = hit.snippet.text
  for (const range of [...hit.snippet.highlights].reverse())
    text = `${text.slice(0, range.start)}[${text.slice(range.start, range.end)}]${text.slice(range.end)}`
  return `${hit.snippet.leadingEllipsis ? '…' : ''}${text}${hit.snippet.trailingEllipsis ? '…' : ''}`
}

function printResults(results: SearchResults): void {
  if (results.notice && results.notice.kind !== 'no-results')
    console.log(`(${JSON.stringify(results.notice)})`)
  console.log(`${results.totalHits} passage(s) for "${results.query}"`)
  for (const group of results.groups) {
    console.log(`\n${group.chapterTitle} [${group.chapterId}], ${group.hitCount} hit(s)`)
    for (const hit of group.hits) console.log(`  #${hit.paragraphId}: ${highlighted(hit)}`)
  }
  const notes = results.noteHits ?? []
  if (notes.length > 0) console.log(`\nIn the editors' notes, ${notes.length} hit(s)`)
  for (const hit of notes)
    console.log(`  note ${hit.annotationId} (at #${hit.paragraphId}): ${highlighted(hit)}`)
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args
  if (command === 'check') {
    for (const dir of await listEditionDirs()) await compileEdition(dir)
    console.log('All editions are valid.')
  } else if (command === 'build') {
    const report = await buildEditions()
    console.log(
      `Editions built: ${report.built.join(', ') || 'none'}; unchanged: ${report.unchanged.join(', ') || 'none'}`
    )
  } else if (command === 'search') {
    const query = rest.find(
      (arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--edition' && rest[i - 1] !== '--dir'
    )
    if (query === undefined)
      throw new Error('usage: npm run content -- search "<query>" [--json] [--edition <id>]')
    const dir = option(rest, '--dir')
    if (dir === undefined) await buildEditions()
    const library = createEditionLibrary(dir ?? EDITIONS_OUT)
    const editionId = option(rest, '--edition') ?? (await library.listEditions())[0]?.id
    if (!editionId) throw new Error('There is no edition to search.')
    const results = await (await library.getSearch(editionId)).search(query)
    if (rest.includes('--json')) console.log(JSON.stringify(results, null, 2))
    else printResults(results)
  } else {
    throw new Error('usage: npm run content -- check | build | search "<query>" [--json] [--edition <id>]')
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(
    error instanceof ContentError
      ? `Edition error in ${error.message}`
      : error instanceof Error
        ? error.message
        : error
  )
  process.exitCode = 1
})
