/**
 * Bound UI attributes carry words only through vue-i18n. `@intlify/vue-i18n/no-raw-text` catches text
 * and static attributes (`title="Close"`); this catches the bound ones it does not read:
 * `:aria-label="'Close'"`, `:title="`Next: ${x}`"`, `:placeholder="open ? 'Hide' : 'Show'"`. A string
 * with a letter in it, anywhere in the expression outside a t()/tc() call's arguments, is an error.
 */
const UI_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'save-text'
])
const LETTER = /\p{L}/u
const TRANSLATORS = new Set(['t', 'tc', '$t'])

function literalsWithWords(node, found = []) {
  if (!node || typeof node !== 'object') return found
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    TRANSLATORS.has(node.callee.name)
  )
    return found
  if (node.type === 'Literal' && typeof node.value === 'string' && LETTER.test(node.value)) found.push(node)
  if (node.type === 'TemplateLiteral' && node.quasis.some((q) => LETTER.test(q.value.cooked ?? '')))
    found.push(node)
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue
    if (Array.isArray(value)) value.forEach((child) => literalsWithWords(child, found))
    else if (value && typeof value.type === 'string') literalsWithWords(value, found)
  }
  return found
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'words in bound UI attributes go through vue-i18n' },
    messages: { literal: 'Words in :{{name}} must come from t(): {{text}}' },
    schema: []
  },
  create(context) {
    const parserServices = context.sourceCode.parserServices
    if (!parserServices?.defineTemplateBodyVisitor) return {}
    return parserServices.defineTemplateBodyVisitor({
      'VAttribute[directive=true][key.name.name="bind"]'(node) {
        const name = node.key.argument?.type === 'VIdentifier' ? node.key.argument.rawName : null
        if (!name || !UI_ATTRIBUTES.has(name) || !node.value?.expression) return
        for (const literal of literalsWithWords(node.value.expression))
          context.report({
            node: literal,
            messageId: 'literal',
            data: { name, text: context.sourceCode.getText(literal) }
          })
      }
    })
  }
}
