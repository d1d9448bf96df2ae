import { join } from 'node:path'

export const ROOT = join(__dirname, '../..')
export const COMPILED_EDITIONS = join(ROOT, 'out/editions')
export const BUNDLED_EDITION = join(ROOT, 'resources/editions/diplomatic-service-at-30')
export const BUNDLED_ID = 'diplomatic-service-at-30'
