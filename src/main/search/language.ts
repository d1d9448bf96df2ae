/**
 * What "the same word" means in an edition's language: which words are too common to index and how a
 * word is reduced to its stem. English uses Lunr's own stemmer, Russian the one from lunr-languages;
 * any other language (Kazakh has no Lunr stemmer) keeps whole words, so its text is still found by
 * words and prefixes instead of vanishing from the index.
 */
import lunr from 'lunr'
import russian from 'lunr-languages/lunr.ru'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support'

export interface Language {
  /** A stop word is never indexed: it says nothing about which passage is meant. */
  isStopWord(word: string): boolean
  stem(word: string): string
}

type TokenFunction = (token: lunr.Token) => lunr.Token | undefined | null | void

const isTokenFunction = (value: unknown): value is TokenFunction => typeof value === 'function'

function fromPipeline(stopWordFilter: TokenFunction, stemmer: TokenFunction): Language {
  return {
    isStopWord: (word) => !stopWordFilter(new lunr.Token(word, {})),
    stem: (word) => stemmer(new lunr.Token(word, {}))?.toString() ?? word
  }
}

/** lunr-languages registers itself on the lunr object; read it back through a type guard, not a cast. */
function russianLanguage(): Language | null {
  stemmerSupport(lunr)
  russian(lunr)
  const ru: unknown = Reflect.get(lunr, 'ru')
  const filter: unknown = ru && Reflect.get(ru, 'stopWordFilter')
  const stemmer: unknown = ru && Reflect.get(ru, 'stemmer')
  return isTokenFunction(filter) && isTokenFunction(stemmer) ? fromPipeline(filter, stemmer) : null
}

const wholeWords: Language = { isStopWord: () => false, stem: (word) => word }

const loaders: Record<string, () => Language | null> = {
  en: () => fromPipeline(lunr.stopWordFilter, lunr.stemmer),
  ru: russianLanguage
}
const loaded = new Map<string, Language>()

export function languageOf(code: string): Language {
  let language = loaded.get(code)
  if (!language) {
    language = loaders[code]?.() ?? wholeWords
    loaded.set(code, language)
  }
  return language
}
