/**
 * "Elshi is already open with this data folder": who holds it crosses from main as figures (process,
 * computer, since when), and the notice words them in the interface language, its date included.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { readOnlyReason } from '../../../src/main/storage/notices'
import { setInterfaceLocale } from '../../../src/renderer/src/i18n'
import { reasonText } from '../../../src/renderer/src/i18n/reasons'

const since = '2026-12-01T09:30:00.000Z'
const here = readOnlyReason({ cause: 'locked', holder: { pid: '4242', computer: null, since } })
const away = readOnlyReason({ cause: 'locked', holder: { pid: '17', computer: 'study-laptop', since } })
const starting = readOnlyReason({ cause: 'locked', holder: null })
afterEach(() => setInterfaceLocale('en'))

describe('who holds the data folder, in words', () => {
  it('names the process, the computer and the time in English', () => {
    expect(reasonText(here)).toMatch(/\(process 4242 on this computer, since .*2026.*\)/u)
    expect(reasonText(away)).toContain('process 17 on the computer “study-laptop”')
    expect(reasonText(starting)).toContain('(in a window that is just starting)')
  })

  it('says it all in Russian and in Kazakh, with no English left', () => {
    setInterfaceLocale('ru')
    const russian = reasonText(here)
    expect(russian).toMatch(/процесс 4242 на этом компьютере, открыт 1 дек\. 2026 г\./u)
    expect(reasonText(away)).toContain('на компьютере «study-laptop»')
    setInterfaceLocale('kk')
    const kazakh = reasonText(here)
    expect(kazakh).toContain('осы компьютердегі 4242 процесі')
    // The month's name is the ICU's where it has Kazakh ones (Node), the message files' where not (Chromium).
    expect(kazakh).toMatch(/ашылған уақыты: 2026 ж\. /u)
    for (const text of [russian, kazakh, reasonText(starting)])
      expect(text).not.toMatch(/process|computer|since|window/u)
  })
})
