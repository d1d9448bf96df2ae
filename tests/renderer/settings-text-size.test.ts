/**
 * The settings panel's text size: the slider says its value itself (aria-valuetext), so the visible
 * "18 px" beside it, an <output> and so a status region, is hidden from screen readers rather than
 * heard a second time (and it was inserted with its words when the panel opened).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { realBridgeWithData } from '../support/real-bridge'
import { otherLiveRegions } from './support/announcer'
import { mountApp, until, type MountedApp } from './support/mount-app'

let mounted: MountedApp | null = null
afterEach(() => {
  mounted?.app.unmount()
  mounted = null
  vi.unstubAllGlobals()
})

describe('the text size in settings', () => {
  it('is said by the slider alone: the output beside it is no live region', async () => {
    const bridge = realBridgeWithData(mkdtempSync(join(tmpdir(), 'elshi-user-data-')))
    vi.stubGlobal('elshi', bridge.api)
    mounted = await mountApp('/diplomatic-service-at-30', (app) => app.find('h1').exists())
    bridge.push('menuCommand', { command: 'settings' })
    await until(() => document.querySelector('#settings-text-size') !== null, 'the settings panel')
    const slider = document.querySelector('#settings-text-size')!
    const output = document.querySelector('output[for="settings-text-size"]')!
    expect(output.textContent?.trim()).toBe('18 px')
    expect(slider.getAttribute('aria-valuetext')).toBe('18 pixels')
    expect(output.getAttribute('aria-hidden')).toBe('true')
    expect(otherLiveRegions()).toEqual([])
  })
})
