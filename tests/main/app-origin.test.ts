import { describe, expect, it } from 'vitest'
import { isAllowedRequest, isAppUrl, type AppOrigin } from '../../src/main/security/app-origin'

const built: AppOrigin = { devServerOrigin: null }
const dev: AppOrigin = { devServerOrigin: 'http://localhost:5173' }

describe('what counts as the app', () => {
  it('accepts the app:// origin and its assets, and no file on disk', () => {
    expect(isAppUrl('app://elshi/index.html#/x/y', built)).toBe(true)
    expect(isAllowedRequest('app://elshi/assets/index.js', built)).toBe(true)
    // An export being saved: data the page made, not a request to anywhere.
    expect(isAllowedRequest('blob:app://elshi/6f1c9a52-1d2e-4c7b-9a51-0e0b1b1f0a11', built)).toBe(true)
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Elshi/resources/app.asar/out/renderer/index.html',
      'app://elshi.evil/index.html',
      'app://evil/index.html',
      'app://elshi:8080/index.html',
      'app://user@elshi/index.html'
    ]) {
      expect(isAppUrl(url, built), url).toBe(false)
      expect(isAllowedRequest(url, built), url).toBe(false)
    }
  })

  it('blocks the network: web pages, even the dev server when the app is built', () => {
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'ws://localhost:5173/', 'not a url'])
      expect(isAllowedRequest(url, built), url).toBe(false)
  })

  it('allows only the dev server (and its websocket) in development', () => {
    expect(isAppUrl('http://localhost:5173/#/a', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('https://fonts.example/font.woff2', dev)).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd', dev)).toBe(false)
  })
})
