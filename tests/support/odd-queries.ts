/** Inputs that make Lunr's own query parser throw or hang (design notes §3): search must answer them all. */
export const LUNR_SYNTAX_QUERIES: readonly string[] = [
  'title:',
  '~',
  'foo~',
  'foo^',
  '+',
  '-',
  ':',
  'http://x',
  '10:30',
  '*',
  'c*',
  '*tion',
  '"',
  '""',
  '\\',
  '-foo'
]
