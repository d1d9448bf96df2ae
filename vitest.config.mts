import { defineConfig } from 'vitest/config'

// Only the plain-module project lives here for now; the lead's config adds the
// component and e2e projects, so this stays minimal to keep the merge trivial.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/main/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/scripts/**/*.test.ts']
        }
      }
    ]
  }
})
