import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { applyReadingSettings } from './composables/readingAppearance'
import { i18n } from './i18n'
import { followInterfaceLocale } from './i18n/followLocale'
import { createElshiRouter } from './router'
import { useHistoryStore } from './stores/history'
import { useSettingsStore } from './stores/settings'
import './assets/styles/fonts.css'
import './assets/styles/tokens.css'
import './assets/styles/base.css'
import './assets/styles/shell.css'
import './assets/styles/top-bar.css'
import './assets/styles/search.css'
import './assets/styles/toc.css'
import './assets/styles/reading.css'
import './assets/styles/chapter-nav.css'
import './assets/styles/annotations.css'
import './assets/styles/glossary-timeline.css'
import './assets/styles/bookmarks.css'
import './assets/styles/bookmark-composer.css'
import './assets/styles/bookmarks-view.css'
import './assets/styles/settings.css'
import './assets/styles/desktop-shell.css'
import './assets/styles/keyboard.css'
import './assets/styles/choice-controls.css'
import './assets/styles/accessibility.css'
import './assets/styles/print.css'

/** Settings first, then the app: the first paint has the reader's theme, face and size. */
async function start(): Promise<void> {
  const pinia = createPinia()
  const settings = useSettingsStore(pinia)
  await settings.load()
  await followInterfaceLocale(settings)
  watch(
    () => settings.settings.reading,
    (reading) => applyReadingSettings(document.documentElement, reading),
    { immediate: true }
  )
  const router = createElshiRouter()
  useHistoryStore(pinia).install(router)
  createApp(App).use(pinia).use(router).use(i18n).mount('#app')
}

void start()
