import { readFileSync } from 'node:fs';
import { DEFAULT_FRAMEWORK, frameworkProblems } from '../src/framework';

describe('examples/career-exploration-framework.json', () => {
  const file = 'examples/career-exploration-framework.json';
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));

  it('is the default framework, for districts to adapt', () => {
    // After a change to the framework: node scripts/export-framework.mjs
    expect(json).toEqual(DEFAULT_FRAMEWORK);
    expect(frameworkProblems(json)).toEqual([]);
  });
});
