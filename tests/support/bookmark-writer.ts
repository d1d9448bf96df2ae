import { openUserData } from '../../src/main/user-data/user-data'

/**
 * Child process for the kill-during-write and two-writers tests: opens the data folder as the app does
 * (folder lock included) and adds bookmarks in a loop, printing "ACK <id>" only after each add resolved
 * (the write is on disk). Writes to a pipe are synchronous on Linux and macOS, so a printed line
 * survives a SIGKILL right after it.
 * Usage: bookmark-writer <data folder> [seconds]. Without seconds it stops at the first refused add;
 * with them it prints "REFUSED <code>" for each refused add and stops after that long.
 */
async function main(dataDir: string, seconds: number | null): Promise<void> {
  const userData = openUserData(dataDir)
  const notices = await userData.loaded
  for (const notice of notices)
    process.stdout.write(`NOTICE ${notice.kind} ${JSON.stringify(notice.message)}\n`)
  process.stdout.write('READY\n')
  const until = seconds === null ? Infinity : Date.now() + seconds * 1000
  for (let i = 0; Date.now() < until; i++) {
    const result = await userData.bookmarks.add({
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
    if (result.ok) process.stdout.write(`ACK ${result.value.id}\n`)
    else if (seconds === null) {
      process.stdout.write(`ERROR ${result.error.code} ${result.error.reason.code}\n`)
      process.exit(1)
    } else {
      process.stdout.write(`REFUSED ${result.error.code}\n`)
      // A refused add is instant: pace the loop so the output stays small.
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  await userData.close()
  process.exit(0)
}

const [dataDir, seconds] = process.argv.slice(2)
if (!dataDir) {
  process.stderr.write('usage: bookmark-writer <data folder> [seconds]\n')
  process.exit(2)
}
void main(dataDir, seconds === undefined ? null : Number(seconds))
