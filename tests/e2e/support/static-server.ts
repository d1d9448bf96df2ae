/**
 * A folder over HTTP on 127.0.0.1, contained and typed exactly as the app's app:// handler serves the
 * built renderer (src/main/protocol). Journeys normally use the harness, which adds window.elshi.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { resolveAppFile } from '../../../src/main/protocol/app-files'

export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void resolveAppFile(root, request.url ?? '/')
      .then(async (file) => {
        if (!file.found) return void response.writeHead(404).end()
        response.writeHead(200, { 'content-type': file.mimeType }).end(await readFile(file.path))
      })
      .catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
