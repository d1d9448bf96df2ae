/**
 * Pushes from main to every open page, typed by the contract's events. The preload turns each channel
 * back into a subscribe function, so the page never names a channel.
 */
import { eventChannelOf, type ContractEvent, type EventPayload } from '../../shared/contract'
import type { BookmarkService } from '../bookmarks/bookmark-service'
import type { SettingsService } from '../settings/settings-service'
import type { UpdateStatus } from '../../shared/updates/status'
import type { LocaleService } from '../i18n/locale-service'

/** The part of Electron's webContents this module uses, so tests can pass a fake. */
export interface PushTarget {
  send(channel: string, ...args: unknown[]): void
  isDestroyed(): boolean
}

export function pushEvent<E extends ContractEvent>(
  targets: Iterable<PushTarget>,
  event: E,
  payload: EventPayload<E>
): void {
  for (const target of targets) if (!target.isDestroyed()) target.send(eventChannelOf(event), payload)
}

/** Tells every page when bookmarks changed on disk (in this window or another); returns an unsubscribe. */
export function pushBookmarkChanges(
  bookmarks: Pick<BookmarkService, 'onChange'>,
  targets: () => Iterable<PushTarget>
): () => void {
  return bookmarks.onChange((change) => pushEvent(targets(), 'bookmarksChanged', change))
}

/**
 * Tells every page the whole new settings after any change (from a page, the menu or main), with the
 * revision the page orders them by: this push and the answer to a change travel separately.
 */
export function pushSettingsChanges(
  settings: Pick<SettingsService, 'onChange'>,
  targets: () => Iterable<PushTarget>
): () => void {
  return settings.onChange((next, revision) =>
    pushEvent(targets(), 'settingsChanged', { revision, settings: next })
  )
}

/** Tells every page the update check's new one-line status. */
export function pushUpdateStatus(targets: () => Iterable<PushTarget>): (status: UpdateStatus) => void {
  return (status) => pushEvent(targets(), 'updateStatusChanged', status)
}

/** Tells every page the interface language changed (the reader's choice, or the system's). */
export function pushLocaleChanges(
  locale: Pick<LocaleService, 'onChange'>,
  targets: () => Iterable<PushTarget>
): () => void {
  return locale.onChange((info) => pushEvent(targets(), 'localeChanged', info))
}
