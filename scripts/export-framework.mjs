// Writes the default framework as JSON to examples/, the starting point for
// a district that adapts the benchmark list (`pace-inventory --framework`).
import { writeFile } from 'node:fs/promises';
import { importSource } from './import-source.mjs';

const OUT = 'examples/career-exploration-framework.json';

const { DEFAULT_FRAMEWORK } = await importSource('./src/framework');
await writeFile(OUT, `${JSON.stringify(DEFAULT_FRAMEWORK, null, 2)}\n`);
console.log(`Wrote ${OUT}`);
