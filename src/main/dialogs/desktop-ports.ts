/**
 * What the reading-comfort features need from the desktop, as plain interfaces: the OS save and open
 * dialogs, printing and printing to PDF. The Electron adapter (electron-desktop.ts) is thin; the logic
 * that uses them (desktop-handlers.ts) is tested with fakes.
 */
export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

export interface DesktopPorts {
  /** The OS save dialog; the chosen path, or null when the reader cancels. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: readonly FileFilter[]
  }): Promise<string | null>
  /** The OS open dialog for one file; the chosen path, or null when cancelled. */
  chooseOpenPath(options: { title: string; filters: readonly FileFilter[] }): Promise<string | null>
  /** The OS print dialog for the page (which has already laid out what to print); false if cancelled. */
  print(): Promise<boolean>
  /** The page, laid out for print, as PDF bytes. */
  printToPdf(): Promise<Uint8Array>
  /** The system clipboard, as plain text. */
  copyText(text: string): Promise<void>
}
