/**
 * elshi:// links, as main hands them over: a passage main has checked exists opens at its address
 * (always the chapter route of this app, never anywhere else), and a refused link becomes a notice.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import type { OpenPassage } from '../../../shared/shell'
import { bridge } from '../bridge'

export const passageRoute = ({ editionId, chapterId, paragraphId }: OpenPassage) => ({
  name: 'chapter' as const,
  params: { editionId, chapterId },
  query: paragraphId ? { p: paragraphId } : {}
})

export function useDeepLinks(): { notice: Ref<string | null> } {
  const router = useRouter()
  const notice = ref<string | null>(null)
  const unsubscribe: (() => void)[] = []
  onMounted(() => {
    unsubscribe.push(
      bridge().onOpenPassage((passage) => {
        notice.value = null
        void router.push(passageRoute(passage))
      }),
      bridge().onShellNotice(({ message }) => (notice.value = message))
    )
  })
  onBeforeUnmount(() => unsubscribe.splice(0).forEach((stop) => stop()))
  return { notice }
}
