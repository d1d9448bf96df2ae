/**
 * Page source that selects a phrase of a paragraph as a reader dragging over it would, whatever marks it
 * crosses. Source text, because the test projects are typed without the DOM; shared by the browser
 * journeys and the packaged-app smoke test. The paragraph is found by its namespaced DOM id.
 */
import { paragraphElementId } from '../../src/renderer/src/composables/domIds'

export const selectPhraseScript = (paragraphId: string, phrase: string): string => `(([id, wanted]) => {
  const paragraph = document.getElementById(id)
  const start = paragraph.textContent.indexOf(wanted)
  if (start < 0) throw new Error(wanted + ' is not in ' + id)
  const end = start + wanted.length
  const range = document.createRange()
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let at = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length
    if (start >= at && start < at + length) range.setStart(node, start - at)
    if (end > at && end <= at + length) range.setEnd(node, end - at)
    at += length
  }
  document.getSelection().removeAllRanges()
  document.getSelection().addRange(range)
})(${JSON.stringify([paragraphElementId(paragraphId), phrase])})`
