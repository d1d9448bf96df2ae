/**
 * The one exception to "no request leaves the machine": while an update check or download runs, the
 * request filter lets through HTTPS requests to the release host, for this repository's releases only,
 * and to the hosts GitHub redirects release downloads to. At any other time it lets nothing through.
 */
export interface ReleaseRepository {
  readonly owner: string
  readonly repo: string
}

/** Where GitHub serves release files after the redirect from github.com/<owner>/<repo>/releases/download. */
export const RELEASE_ASSET_HOSTS = ['objects.githubusercontent.com', 'release-assets.githubusercontent.com']

export interface UpdateNetwork {
  /** Opens the exception for one operation; the returned function closes it (once). */
  open(): () => void
  readonly isOpen: boolean
  allows(url: string): boolean
}

export function isReleaseUrl(url: string, repository: ReleaseRepository): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false
  if (RELEASE_ASSET_HOSTS.includes(parsed.hostname)) return true
  const releases = `/${repository.owner}/${repository.repo}/releases`
  return (
    parsed.hostname === 'github.com' &&
    (parsed.pathname === releases ||
      parsed.pathname === `${releases}.atom` ||
      parsed.pathname.startsWith(`${releases}/`))
  )
}

export function createUpdateNetwork(repository: ReleaseRepository): UpdateNetwork {
  let open = 0
  return {
    open() {
      open++
      let closed = false
      return () => {
        if (!closed) open--
        closed = true
      }
    },
    get isOpen() {
      return open > 0
    },
    allows: (url) => open > 0 && isReleaseUrl(url, repository)
  }
}

/** owner/repo from package.json's `repository` (git+https://github.com/<owner>/<repo>.git). */
export function repositoryOf(url: string): ReleaseRepository | null {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(\.git)?$/.exec(url)
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : null
}
