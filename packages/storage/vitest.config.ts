import { defineConfig } from 'vitest/config';

// Said once per run, not per file: the PostgreSQL half of every suite is skipped without a server.
if (!process.env.PORTHOLE_TEST_DATABASE_URL) {
  console.warn(
    '@porthole/storage: PostgreSQL cases SKIPPED because PORTHOLE_TEST_DATABASE_URL is not set ' +
      '(`npm test` starts a server; by hand: eval "$(bash scripts/postgres.sh start)").',
  );
}

export default defineConfig({});
