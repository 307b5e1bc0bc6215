import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Load CommonJS packages as Node does (default import = module.exports), so the
    // `Pkg.default` class access the cloud SDKs need under native ESM also holds in tests.
    deps: { interopDefault: false },
  },
});
