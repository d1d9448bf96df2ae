/** What the desktop shell tells the page: the About facts (loaded once) and the third-party notices. */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo, ThirdPartyNotices } from '../../../shared/shell'
import { bridge } from '../bridge'

export const useShellStore = defineStore('shell', () => {
  const info = ref<AppInfo | null>(null)
  const notices = ref<ThirdPartyNotices | null>(null)
  const error = ref<string | null>(null)

  async function loadInfo(): Promise<AppInfo | null> {
    if (info.value) return info.value
    const result = await bridge().getAppInfo()
    if (result.ok) info.value = result.value
    error.value = result.ok ? null : errorText(result.error)
    return info.value
  }

  async function loadNotices(): Promise<void> {
    if (notices.value) return
    const result = await bridge().getThirdPartyNotices()
    if (result.ok) notices.value = result.value
    error.value = result.ok ? null : errorText(result.error)
  }

  return { info, notices, error, loadInfo, loadNotices }
})
