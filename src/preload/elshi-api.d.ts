import type { ElshiApi } from '../shared/contract'

declare global {
  interface Window {
    readonly elshi: ElshiApi
  }
}
