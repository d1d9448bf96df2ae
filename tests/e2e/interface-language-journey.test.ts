/**
 * The interface in Russian and in Kazakh, as a browser set to ru-RU or kk-KZ opens it: every view says
 * everything in that language (no English interface string is left outside the edition's own text,
 * which keeps lang="en"), dates are the language's, and at 420 and 1180 px nothing runs out of the
 * window or is cut short. Screenshots of every view, per language and width. Then the language is
 * switched in the settings panel: at once, kept across a reload, and back to the system's.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Locale } from '../../src/shared/i18n/locales'
import { englishFragments, englishLeft, interfaceText, layoutFaults } from './support/interface-language'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const WIDTHS = [
  { width: 1180, height: 820 },
  { width: 420, height: 800 }
] as const
const BROWSER_LOCALE: Record<Exclude<Locale, 'en'>, string> = { ru: 'ru-RU', kk: 'kk-KZ' }
/** A full calendar date as each language writes it (Chromium's ICU): "16 декабря 1991 г.", "1991 ж. 16 желтоқсан". */
const FULL_DATE: Record<Exclude<Locale, 'en'>, RegExp> = {
  ru: /^[1-9]\d? \p{L}+ \d{4} г\.$/u,
  kk: /^\d{4} ж\. [1-9]\d? \p{L}+$/u
}

let reader: Reader | null = null
afterEach(async () => {
  await reader?.close()
  reader = null
})

interface View {
  readonly name: string
  open(reader: Reader): Promise<void>
}

const settle = (reader: Reader): Promise<void> => reader.page.waitForTimeout(350)
const go = async (reader: Reader, path: string, ready: string): Promise<void> => {
  await reader.page.goto(`${reader.url}#/${EDITION}${path}`)
  await reader.page.locator(ready).first().waitFor()
}
const command = async (
  reader: Reader,
  name: 'settings' | 'print' | 'keyboard-shortcuts' | 'about',
  ready: string
) => {
  reader.push('menuCommand', { command: name })
  await reader.page.locator(ready).first().waitFor()
}

function viewsAt(width: number): View[] {
  const views: View[] = [
    { name: 'title-page', open: (r) => go(r, '', '.title-page') },
    { name: 'chapter', open: (r) => go(r, '/security', '.chapter .paragraph') },
    {
      name: 'note',
      async open(r) {
        await r.page.locator('.annotation-mark').first().click()
        await r.page.locator('.annotation-note').waitFor()
      }
    },
    {
      name: 'bookmark-composer',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await r.page.locator('.chapter').focus()
        await r.page.keyboard.press('Control+d')
        await r.page.locator('.bookmark-composer').waitFor()
      }
    },
    {
      name: 'search-results',
      async open(r) {
        await r.page.locator('.bookmark-composer button[type="submit"]').click()
        await r.page.locator('.bookmark-composer').waitFor({ state: 'detached' })
        await r.page.locator('#search-input').fill('Kazakhstan')
        await r.page.locator('.search-results .result-group').first().waitFor()
      }
    },
    {
      name: 'search-nothing',
      async open(r) {
        await r.page.locator('#search-input').fill('"zzqy nuclear" -treaty')
        await r.page.locator('.search-results .notice ul').waitFor()
      }
    },
    {
      name: 'glossary',
      async open(r) {
        await r.page.locator('#search-input').fill('')
        await go(r, '/glossary', '.glossary-entry')
      }
    },
    { name: 'timeline', open: (r) => go(r, '/timeline', '.timeline-entry') },
    { name: 'bookmarks', open: (r) => go(r, '/bookmarks', '.bookmark-item') },
    { name: 'restore', open: (r) => go(r, '/bookmarks/restore', '.restore-item') },
    {
      name: 'settings',
      async open(r) {
        await go(r, '/security', '.chapter .paragraph')
        await command(r, 'settings', '.settings-panel')
      }
    },
    {
      name: 'print',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await command(r, 'print', '.print-panel')
      }
    },
    {
      name: 'shortcuts',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await command(r, 'keyboard-shortcuts', 'dialog.shortcuts-dialog[open]')
      }
    },
    {
      name: 'about',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await command(r, 'about', 'dialog.about-dialog[open]')
      }
    }
  ]
  if (width < 1100)
    views.push({
      name: 'menu',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await r.page.locator('.top-bar-menu > button').click()
        await r.page.locator('#top-bar-menu-panel').waitFor()
      }
    })
  if (width < 1360)
    views.push({
      name: 'contents-drawer',
      async open(r) {
        await r.page.keyboard.press('Escape')
        await r.page.locator('.top-bar .drawer-only').click()
        await r.page.locator('.side-panel .toc').waitFor()
      }
    })
  return views
}

describe.each(['ru', 'kk'] as const)('the interface in %s', (locale) => {
  const fragments = englishFragments(locale)

  it.each(WIDTHS)(
    'speaks it on every view, with nothing cut or outside the window, at $width px',
    async (size) => {
      expect(fragments.length).toBeGreaterThan(100)
      reader = await launchReader(size, 'light', { locale: BROWSER_LOCALE[locale] })
      const problems: string[] = []
      for (const [index, view] of viewsAt(size.width).entries()) {
        await view.open(reader)
        await settle(reader)
        await reader.screenshot(
          `i18n-${locale}-${size.width}-${String(index + 1).padStart(2, '0')}-${view.name}`
        )
        const found = await interfaceText(reader.page)
        if (found.htmlLang !== locale) problems.push(`${view.name}: <html lang="${found.htmlLang}">`)
        for (const leak of englishLeft(found, fragments)) problems.push(`${view.name}: English ${leak}`)
        for (const fault of await layoutFaults(reader.page)) problems.push(`${view.name}: ${fault}`)
        if (view.name === 'chapter') {
          expect(await reader.page.locator('.chapter h1').getAttribute('lang')).toBe('en')
          expect(await reader.page.locator('.chapter .paragraph').first().getAttribute('lang')).toBe('en')
        }
        if (view.name === 'timeline') {
          // Every full date (a bare year stays a year) is written the language's way.
          const dates = (await reader.page.locator('.timeline-meta time').allTextContents())
            .map((date) => date.trim())
            .filter((date) => !/^\d{4}$/u.test(date))
          expect(dates.length).toBeGreaterThan(10)
          expect(dates.filter((date) => !FULL_DATE[locale].test(date))).toEqual([])
        }
      }
      expect(problems.join('\n')).toBe('')
    }
  )
})

describe('switching the language in the settings panel', () => {
  it('applies at once, is kept across a reload, and follows the system again', async () => {
    reader = await launchReader({ width: 1180, height: 820 }, 'light', { locale: 'en-US' })
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/security`)
    await page.locator('.chapter .paragraph').first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page.getByRole('radio', { name: 'Русский' }).check()
    await page.getByRole('dialog', { name: 'Настройки чтения' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await page.getByRole('link', { name: 'Закладки' }).first().isVisible()).toBe(true)
    expect(await page.locator('.chapter .eyebrow').textContent()).toMatch(
      /^Глава \d+ из \d+ · \d+ мин чтения$/u
    )
    await reader.screenshot('i18n-switch-01-russian')

    await page.getByRole('radio', { name: 'Қазақша' }).check()
    await page.getByRole('dialog', { name: 'Оқу баптаулары' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('kk')
    await reader.screenshot('i18n-switch-02-kazakh')

    await page.reload()
    await page.locator('.chapter .paragraph').first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('kk')
    expect(await page.getByRole('link', { name: 'Бетбелгілер' }).first().isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Оқу баптаулары' }).click()
    await page.getByRole('radio', { name: 'Жүйедегідей' }).first().waitFor()
    await page.locator('input[name="language"][value="system"]').check()
    await page.getByRole('dialog', { name: 'Reading settings' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await reader.screenshot('i18n-switch-03-system-english')
  })
})
