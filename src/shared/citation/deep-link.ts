/** The passage's address outside the app: elshi://<edition>/<chapter>?p=<paragraph> (opened by main). */
export function deepLink(editionId: string, chapterId: string, paragraphId?: string | null): string {
  const base = `elshi://${encodeURIComponent(editionId)}/${encodeURIComponent(chapterId)}`
  return paragraphId ? `${base}?p=${encodeURIComponent(paragraphId)}` : base
}
