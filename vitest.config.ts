import { configDefaults, defineConfig } from "vitest/config";

/** `npm test`: everything that needs only Node and npm. The LibreOffice checks are vitest.interop.config.ts. */
export const INTEROP_TESTS = "tests/interop/**/*.test.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, INTEROP_TESTS],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
