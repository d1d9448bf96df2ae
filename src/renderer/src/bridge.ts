/** The preload's typed object. Only stores and composables import this module. */
import type { ElshiApi } from '../../shared/contract'

export function bridge(): ElshiApi {
  return window.elshi
}
