/** A problem in an edition's source, always naming the file, so an editor knows where to look. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${file}: ${problem}`)
    this.name = 'ContentError'
  }
}
