/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/build-once.js',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
