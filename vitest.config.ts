import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // PROPERTY_SEED pins fast-check's seed (CI does); unset, every run draws its own.
    setupFiles: ["tests/property-seed.ts"],
    // End-to-end tests spawn the built CLI; give slow CI machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
