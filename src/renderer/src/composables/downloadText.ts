/**
 * Offers text as a file: a Blob behind an <a download>. In Electron this opens the save dialog; in a
 * browser it is a download. Nothing is written by main, which keeps to its data folder.
 */
export function downloadText(file: { fileName: string; mimeType: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken the data once the click is handled; keep the URL a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
