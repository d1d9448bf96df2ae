import { BookmarkService } from '../../src/main/bookmarks/bookmark-service'

/**
 * Child process for the kill-during-write test: adds bookmarks in a loop through the real service
 * and prints "ACK <id>" only after each add resolved (the write is on disk). Writes to a pipe are
 * synchronous on Linux and macOS, so a printed line survives a SIGKILL right after it.
 * Usage: bookmark-writer <data folder>
 */
async function main(dataDir: string): Promise<void> {
  const service = BookmarkService.inFolder(dataDir)
  const notices = await service.load()
  for (const notice of notices) process.stdout.write(`NOTICE ${notice.kind} ${notice.message}\n`)
  process.stdout.write('READY\n')
  for (let i = 0; ; i++) {
    const result = await service.add({
      editionId: 'diplomatic-service-at-30',
      anchor: {
        chapterId: 'founding',
        paragraphId: 'founding-1',
        position: { type: 'TextPositionSelector', start: 3, end: 15 },
        quote: { type: 'TextQuoteSelector', exact: 'July 2, 1992', prefix: 'On ', suffix: ', the President' }
      },
      note: `process ${process.pid}, bookmark ${i}: ${'a longer note to make each write realistic. '.repeat(3)}`,
      label: i % 2 === 0 ? 'yellow' : null
    })
    if (!result.ok) {
      process.stdout.write(`ERROR ${result.error.code} ${result.error.message}\n`)
      process.exit(1)
    }
    process.stdout.write(`ACK ${result.value.id}\n`)
  }
}

const dataDir = process.argv[2]
if (!dataDir) {
  process.stderr.write('usage: bookmark-writer <data folder>\n')
  process.exit(2)
}
void main(dataDir)
