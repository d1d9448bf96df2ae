export type {
  AnchorInput,
  AnchorMatch,
  AnchorMethod,
  PassageAnchor,
  PassageSelectors,
  TextPositionSelector,
  TextQuoteSelector
} from './types'
export { describePassage, DEFAULT_CONTEXT_LENGTH } from './describe-passage'
export { anchorPassage } from './anchor-passage'
