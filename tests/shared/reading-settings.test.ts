/** The reading-comfort fields of the settings: chapters read, kept per edition, and files without them. */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  SettingsChangeSchema,
  SettingsSchema
} from '../../src/shared/settings/schema'

describe('chapters read', () => {
  it('loads a settings file written before the field existed, with nothing read', () => {
    const { readChapters: _unused, ...older } = DEFAULT_SETTINGS
    const parsed = v.parse(SettingsSchema, older)
    expect(parsed.readChapters).toEqual({})
  })

  it('replaces one edition’s list and keeps the others', () => {
    const before = { ...DEFAULT_SETTINGS, readChapters: { a: ['one'], b: ['x'] } }
    const change = v.parse(SettingsChangeSchema, { readChapters: { a: ['one', 'two'] } })
    expect(applySettingsChange(before, change).readChapters).toEqual({ a: ['one', 'two'], b: ['x'] })
    expect(applySettingsChange(before, {}).readChapters).toEqual({ a: ['one'], b: ['x'] })
  })

  it('refuses ids that are not an edition’s or a chapter’s', () => {
    expect(v.safeParse(SettingsChangeSchema, { readChapters: { '../x': ['one'] } }).success).toBe(false)
    expect(v.safeParse(SettingsChangeSchema, { readChapters: { a: ['One Two'] } }).success).toBe(false)
  })
})
