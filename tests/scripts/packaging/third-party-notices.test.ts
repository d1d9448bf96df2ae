import { describe, expect, it } from 'vitest'
import { packageOf } from '../../../scripts/package/bundled-packages'
import {
  formatNotices,
  missingLicences,
  type PackageLicence
} from '../../../scripts/package/third-party-notices'

const lunr: PackageLicence = {
  id: 'lunr@2.3.9',
  licences: 'MIT',
  repository: 'https://github.com/olivernn/lunr.js',
  text: 'Copyright (C) 2013 by Oliver Nightingale\n\nPermission is hereby granted…\n'
}
const scoped: PackageLicence = {
  id: '@vue/shared@3.5.45',
  licences: 'MIT',
  repository: null,
  text: 'MIT text'
}

describe('which package a bundled module comes from', () => {
  it('names the innermost package, scoped or not, and ignores the app’s own files', () => {
    expect(packageOf('/p/node_modules/lunr/lunr.js')).toEqual({ dir: '/p/node_modules/lunr', name: 'lunr' })
    expect(packageOf('/p/node_modules/@vue/shared/dist/shared.cjs.js')?.name).toBe('@vue/shared')
    expect(packageOf('/p/node_modules/electron-updater/node_modules/semver/index.js')).toEqual({
      dir: '/p/node_modules/electron-updater/node_modules/semver',
      name: 'semver'
    })
    expect(packageOf('C:\\p\\node_modules\\valibot\\dist\\index.js?commonjs-es-import')?.name).toBe('valibot')
    expect(packageOf('/p/src/main/index.ts')).toBeNull()
  })
})

describe('third-party notices text', () => {
  it('lists each package with its version, licence, source and its own licence text, in name order', () => {
    const text = formatNotices([lunr, scoped])
    expect(text).toContain('Electron and Chromium are under their own licences')
    expect(text.indexOf('@vue/shared 3.5.45')).toBeLessThan(text.indexOf('lunr 2.3.9'))
    expect(text).toContain(
      'lunr 2.3.9\nLicence: MIT\nSource: https://github.com/olivernn/lunr.js\n\nCopyright (C) 2013'
    )
    expect(text).toContain('@vue/shared 3.5.45\nLicence: MIT\n\nMIT text')
  })

  it('names every recorded package that has no licence text, so the build can stop', () => {
    expect(
      missingLicences(['lunr@2.3.9', 'valibot@1.5.0'], [lunr, { ...scoped, id: 'valibot@1.5.0', text: ' ' }])
    ).toEqual(['valibot@1.5.0'])
    expect(missingLicences(['lunr@2.3.9'], [lunr])).toEqual([])
  })
})
