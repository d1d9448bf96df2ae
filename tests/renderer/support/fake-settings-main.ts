/**
 * Main's settings as the page meets them, with a hand on the wire: every answer and every push is held
 * until the test lets it through, so a test can deliver them in any order, as the harness's two
 * connections (or Electron's unordered reply and push) may. Main numbers each state it keeps, as the
 * real settings service does.
 */
import type { ElshiApi } from '../../../src/shared/contract'
import { reason } from '../../../src/shared/i18n/reasons'
import { fail, ok, type Result } from '../../../src/shared/result'
import {
  DEFAULT_SETTINGS,
  applySettingsChange,
  type SettingsChange
} from '../../../src/shared/settings/schema'
import type { SettingsState } from '../../../src/shared/settings/state'

export type SettingsApi = Pick<ElshiApi, 'getSettings' | 'updateSettings' | 'onSettingsChanged'>

export interface FakeSettingsMain {
  readonly api: SettingsApi
  /** What main holds now. */
  kept(): SettingsState
  /** From now on main refuses every change, keeping nothing (a read-only data folder). */
  refuseChanges(): void
  /** A change main makes itself (the menu, another window): kept and pushed, no answer to this page. */
  changeElsewhere(change: SettingsChange): SettingsState
  /** Lets the answer to the page's n-th change (from 0) through. */
  answer(n: number): Promise<void>
  /** Lets the push of the state with this revision through. */
  push(revision: number): Promise<void>
}

/** Lets every promise the delivery settles run its continuations (the store's awaits). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export function fakeSettingsMain(): FakeSettingsMain {
  let current: SettingsState = { revision: 1, settings: structuredClone(DEFAULT_SETTINGS) }
  let refusing = false
  const listeners = new Set<(state: SettingsState) => void>()
  const answers: (() => void)[] = []
  const pushes = new Map<number, SettingsState>()

  const keep = (change: SettingsChange): SettingsState => {
    current = { revision: current.revision + 1, settings: applySettingsChange(current.settings, change) }
    pushes.set(current.revision, current)
    return current
  }
  // Each message is its own copy, as a structured clone over IPC (or JSON over the harness) would be.
  const copy = (state: SettingsState): SettingsState => structuredClone(state)

  const api: SettingsApi = {
    getSettings: async () => ok(copy(current)),
    updateSettings: (change) =>
      new Promise<Result<SettingsState>>((resolve) => {
        if (refusing) {
          const refused = reason('readOnly.folderNotWritable', {})
          answers.push(() => resolve(fail('read-only', refused)))
          return
        }
        const state = keep(change)
        answers.push(() => resolve(ok(copy(state))))
      }),
    onSettingsChanged: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }

  return {
    api,
    kept: () => current,
    refuseChanges: () => void (refusing = true),
    changeElsewhere: keep,
    async answer(n) {
      const deliver = answers[n]
      if (!deliver) throw new Error(`no change ${n} was sent`)
      deliver()
      await settle()
    },
    async push(revision) {
      const state = pushes.get(revision)
      if (!state) throw new Error(`main kept no state ${revision}`)
      for (const listener of listeners) listener(copy(state))
      await settle()
    }
  }
}
