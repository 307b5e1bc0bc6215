// Lint for the whole workspace. Besides style, it enforces the architecture's import boundaries:
// the browser code never reaches server-only packages, and the shared contract stays DOM- and Node-free.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// bulletproof-react's rule: a feature may import shared code and itself, never another feature.
const featuresDir = 'apps/web/src/features';
const features = (() => {
  try {
    return readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
})();
const featureZones = features.map((name) => ({
  target: `./${featuresDir}/${name}`,
  from: `./${featuresDir}`,
  except: [`./${name}`],
  message: 'Features must not import each other; compose them in src/app/routes.',
}));

const serverOnly = ['@porthole/cloud', '@porthole/localcloud', '@porthole/bff', '@alicloud/*', '@darabonba/*', 'fastify', '@fastify/*'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tools/**', 'test-results/**', 'playwright-report/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: serverOnly, message: 'The web app must not import server-only code: talk to the BFF through @porthole/contract.' },
          { group: ['node:*'], message: 'The web app runs in the browser.' },
          { group: ['**/apps/bff/**', '**/packages/*/src/**'], message: 'Import workspace packages by name, not by path.' },
        ],
      }],
    },
  },
  {
    files: ['packages/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', ...serverOnly, 'react', 'react-dom'], message: 'The contract is shared by browser and BFF: no Node, DOM or server imports.' },
        ],
      }],
    },
  },
  {
    files: ['packages/cloud/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@porthole/localcloud', '@porthole/bff', '@porthole/web'], message: 'The cloud client must not depend on the simulator or the apps (tests may).' }],
      }],
    },
  },
  {
    files: ['packages/localcloud/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@porthole/cloud', '@porthole/bff', '@porthole/web', '@porthole/contract'], message: 'localcloud simulates the cloud; it knows nothing of Porthole.' }],
      }],
    },
  },
  {
    files: ['**/bin.ts', '**/server.ts', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
