import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appLayout, packagedMainDir } from '../../src/main/packaging/app-layout'

describe('where main finds its files', () => {
  it('in a packaged app, inside app.asar under Electron’s resources folder', () => {
    const layout = appLayout(packagedMainDir(join('/opt', 'Elshi', 'resources')))
    expect(layout.searchWorkerFile).toBe(join('/opt/Elshi/resources/app.asar/out/main/search-worker.js'))
    expect(layout.editionsDir).toBe(join('/opt/Elshi/resources/app.asar/out/editions'))
    expect(layout.noticesFile).toBe(join('/opt/Elshi/resources/app.asar/out/notices/third-party-notices.txt'))
  })
})
