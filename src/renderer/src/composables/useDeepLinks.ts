/**
 * elshi:// links, as main hands them over: a passage main has checked exists opens at its address
 * (always the chapter route of this app, never anywhere else), and a refused link becomes a notice.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import type { LinkRefusal, OpenPassage } from '../../../shared/shell'
import { bridge } from '../bridge'

export const passageRoute = ({ editionId, chapterId, paragraphId }: OpenPassage) => ({
  name: 'chapter' as const,
  params: { editionId, chapterId },
  query: paragraphId ? { p: paragraphId } : {}
})

/** `notice`: why the last link was refused (put into words where it is shown), or null. */
export function useDeepLinks(): { notice: Ref<LinkRefusal | null> } {
  const router = useRouter()
  const notice = ref<LinkRefusal | null>(null)
  const unsubscribe: (() => void)[] = []
  onMounted(() => {
    unsubscribe.push(
      bridge().onOpenPassage((passage) => {
        notice.value = null
        void router.push(passageRoute(passage))
      }),
      bridge().onShellNotice(({ link }) => (notice.value = link))
    )
  })
  onBeforeUnmount(() => unsubscribe.splice(0).forEach((stop) => stop()))
  return { notice }
}
