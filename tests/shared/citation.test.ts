/** Citations checked by hand against the Chicago (17th ed.) and APA (7th ed.) patterns. */
import { describe, expect, it } from 'vitest'
import { apa, chicago, type CitedPassage } from '../../src/shared/citation/citation'
import { deepLink } from '../../src/shared/citation/deep-link'

const passage: CitedPassage = {
  author: 'Mukhtar Tileuberdi',
  title: '30th anniversary of diplomatic service of independent Kazakhstan',
  chapterTitle: 'Nuclear disarmament',
  paragraph: { first: 2 },
  edition: 'Annotated edition (Elshi)',
  link: 'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2',
  accessed: new Date('2026-12-01T21:30:00Z')
}

describe('the deep link', () => {
  it('names the edition, the chapter and the paragraph', () => {
    expect(deepLink('diplomatic-service-at-30', 'nuclear', 'nuclear-2')).toBe(
      'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2'
    )
    expect(deepLink('diplomatic-service-at-30', 'nuclear')).toBe('elshi://diplomatic-service-at-30/nuclear')
  })
})

describe('Chicago', () => {
  it('cites one paragraph: family name first, chapter in quotes, paragraph, edition, access date, link', () => {
    expect(chicago(passage)).toBe(
      'Tileuberdi, Mukhtar. “Nuclear disarmament.” In 30th anniversary of diplomatic service of independent ' +
        'Kazakhstan, para. 2. Annotated edition (Elshi). Accessed December 1, 2026. ' +
        'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2.'
    )
  })

  it('cites a passage that runs over paragraphs, and keeps a title’s own question mark', () => {
    expect(chicago({ ...passage, chapterTitle: 'What comes next?', paragraph: { first: 3, last: 4 } })).toBe(
      'Tileuberdi, Mukhtar. “What comes next?” In 30th anniversary of diplomatic service of independent ' +
        'Kazakhstan, paras. 3–4. Annotated edition (Elshi). Accessed December 1, 2026. ' +
        'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2.'
    )
  })
})

describe('APA', () => {
  it('cites one paragraph: initials, no date, chapter, paragraph in brackets, edition, retrieval date', () => {
    expect(apa(passage)).toBe(
      'Tileuberdi, M. (n.d.). Nuclear disarmament. In 30th anniversary of diplomatic service of independent ' +
        'Kazakhstan (para. 2). Annotated edition (Elshi). Retrieved December 1, 2026, from ' +
        'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2'
    )
  })

  it('gives every given name its initial, and a range of paragraphs', () => {
    expect(
      apa({ ...passage, author: 'Kassym-Jomart Kemeluly Tokayev', paragraph: { first: 1, last: 2 } })
    ).toBe(
      'Tokayev, K. K. (n.d.). Nuclear disarmament. In 30th anniversary of diplomatic service of independent ' +
        'Kazakhstan (paras. 1–2). Annotated edition (Elshi). Retrieved December 1, 2026, from ' +
        'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2'
    )
  })
})
