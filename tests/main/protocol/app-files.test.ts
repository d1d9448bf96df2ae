import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppFile } from '../../../src/main/protocol/app-files'
import { appRequestPath } from '../../../src/main/protocol/app-scheme'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()

/** dir/renderer is what is served; dir/secret.txt sits beside it and must stay out of reach. */
async function renderer(): Promise<string> {
  const root = join(dir(), 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(root, 'assets', 'font.woff2'), '')
  await writeFile(join(root, 'assets', 'icon.svg'), '<svg/>')
  await writeFile(join(root, 'assets', 'data.bin'), '')
  await writeFile(join(root, 'assets', 'with space.json'), '{}')
  await writeFile(join(dir(), 'secret.txt'), 'not for the page')
  return root
}

/** What the app:// handler answers for a URL: the file's path relative to the root and its type. */
async function serve(root: string, url: string) {
  const path = appRequestPath(url)
  const file = path === null ? { found: false as const } : await resolveAppFile(root, path)
  return file.found ? { path: file.path.slice(root.length + 1), mimeType: file.mimeType } : 404
}

describe('the app:// handler', () => {
  it('serves the built renderer, index.html for the root, with the right content types', async () => {
    const root = await renderer()
    expect(await serve(root, 'app://elshi/')).toEqual({
      path: 'index.html',
      mimeType: 'text/html; charset=utf-8'
    })
    expect(await serve(root, 'app://elshi')).toMatchObject({ path: 'index.html' })
    expect(await serve(root, 'app://elshi/index.html?x=1#/edition/chapter')).toMatchObject({
      path: 'index.html'
    })
    expect(await serve(root, 'app://elshi/assets/index-abc.js')).toEqual({
      path: join('assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8'
    })
    expect(await serve(root, 'app://elshi/assets/index-abc.css')).toMatchObject({
      mimeType: 'text/css; charset=utf-8'
    })
    expect(await serve(root, 'app://elshi/assets/font.woff2')).toMatchObject({ mimeType: 'font/woff2' })
    expect(await serve(root, 'app://elshi/assets/icon.svg')).toMatchObject({ mimeType: 'image/svg+xml' })
    expect(await serve(root, 'app://elshi/assets/data.bin')).toMatchObject({
      mimeType: 'application/octet-stream'
    })
    expect(await serve(root, 'app://elshi/assets/with%20space.json')).toMatchObject({
      path: join('assets', 'with space.json'),
      mimeType: 'application/json; charset=utf-8'
    })
  })

  it('answers 404 for a missing file, a folder, or another host', async () => {
    const root = await renderer()
    expect(await serve(root, 'app://elshi/nope.js')).toBe(404)
    expect(await serve(root, 'app://elshi/assets')).toBe(404)
    expect(await serve(root, 'app://elshi/assets/')).toBe(404)
    expect(await serve(root, 'app://other/index.html')).toBe(404)
    expect(await serve(root, 'app://elshi.evil/index.html')).toBe(404)
    expect(await serve(root, 'app://elshi:8080/index.html')).toBe(404)
    expect(await serve(root, 'file:///etc/passwd')).toBe(404)
  })

  it('refuses every way of climbing out of the folder', async () => {
    const root = await renderer()
    for (const url of [
      'app://elshi/../secret.txt',
      'app://elshi/assets/../../secret.txt',
      'app://elshi/%2e%2e/secret.txt',
      'app://elshi/%2E%2E/secret.txt',
      'app://elshi/.%2e/secret.txt',
      'app://elshi/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://elshi/..%5csecret.txt',
      'app://elshi/assets\\..\\..\\secret.txt',
      'app://elshi/assets/%5c..%5c..%5csecret.txt',
      'app://elshi/./index.html',
      'app://elshi/index.html%00.js',
      'app://elshi/%E0%A4%A',
      `app://elshi/${join(dir(), 'secret.txt')}`
    ])
      expect(await serve(root, url), url).toBe(404)
  })

  it('refuses a symlink that leads out of the folder, and follows one that stays inside', async () => {
    const root = await renderer()
    await symlink(join(dir(), 'secret.txt'), join(root, 'assets', 'leak.js'))
    await symlink(dir(), join(root, 'up'))
    await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'))
    expect(await serve(root, 'app://elshi/assets/leak.js')).toBe(404)
    expect(await serve(root, 'app://elshi/up/secret.txt')).toBe(404)
    expect(await serve(root, 'app://elshi/alias.js')).toMatchObject({ path: join('assets', 'index-abc.js') })
  })

  it('serves nothing when the renderer folder itself is missing', async () => {
    expect(await serve(join(dir(), 'not-built'), 'app://elshi/index.html')).toBe(404)
  })
})
