import pluginVue from 'eslint-plugin-vue'
import vueI18n from '@intlify/eslint-plugin-vue-i18n'
import * as jsoncParser from 'jsonc-eslint-parser'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'
import noLiteralUiAttribute from './eslint/no-literal-ui-attribute.mjs'

/** The renderer's own message areas (src/shared/i18n/areas/renderer.ts): checked for unused keys. */
const RENDERER_AREAS =
  'aboutPanel,bookmarks,citation,common,dates,frame,keys,notes,print,reader,restore,search,selection,settings,shortcuts,transfer'

/** Every message file, for missing keys: the renderer also shows main's areas (errors). */
const i18nSettings = {
  'vue-i18n': {
    localeDir: {
      pattern: './src/shared/i18n/messages/*/*.json',
      localeKey: 'path',
      localePattern: '^.*/(?<locale>[a-z]{2})/[^/]+\\.json$'
    },
    messageSyntaxVersion: '^11.0.0'
  }
}

export default defineConfigWithVueTs(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.generated/**', 'bench/results/**']
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error'
    }
  },
  // Issue 12: no words in the renderer's templates or UI attributes except through vue-i18n, and every
  // key used exists. Symbols, digits and proper names (Elshi, Electron…) are not words to translate.
  {
    files: ['src/renderer/**/*.vue', 'src/renderer/**/*.ts'],
    plugins: {
      '@intlify/vue-i18n': vueI18n,
      elshi: { rules: { 'no-literal-ui-attribute': noLiteralUiAttribute } }
    },
    settings: i18nSettings,
    rules: {
      '@intlify/vue-i18n/no-raw-text': [
        'error',
        {
          attributes: {
            '/.+/': [
              'title',
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'aria-roledescription',
              'placeholder',
              'alt',
              'label',
              'legend',
              'save-text'
            ]
          },
          ignorePattern: '^[\\s\\d×←→↑↓☰✓·…—–|:;,.()+#%]+$',
          ignoreText: ['Elshi', 'Aa', 'Electron', 'Chromium', 'Node']
        }
      ],
      '@intlify/vue-i18n/no-missing-keys': 'error',
      'elshi/no-literal-ui-attribute': 'error'
    }
  },
  {
    files: [`src/shared/i18n/messages/*/{${RENDERER_AREAS}}.json`],
    plugins: { '@intlify/vue-i18n': vueI18n },
    languageOptions: { parser: jsoncParser },
    settings: i18nSettings,
    rules: {
      '@intlify/vue-i18n/no-missing-keys-in-other-locales': 'error',
      '@intlify/vue-i18n/no-unused-keys': [
        'error',
        { src: './src/renderer/src', extensions: ['.ts', '.vue'], enableFix: false }
      ]
    }
  },
  skipFormatting
)
