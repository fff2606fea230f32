// Jest configuration: TypeScript through ts-jest (transpile only; `tsc` type-checks separately).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/support/another-day.ts', '<rootDir>/test/support/fast-check-seed.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          jsxImportSource: 'preact',
          isolatedModules: true,
          module: 'commonjs',
          moduleResolution: 'node10',
          esModuleInterop: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: { '^zod/mini$': '<rootDir>/node_modules/zod/mini/index.cjs' },
};
