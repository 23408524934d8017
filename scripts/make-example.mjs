// Writes examples/sample-rated-inventory.xlsx: an inventory of the default
// framework, made by the CLI's own workbook writer, rated the way a school
// team might (a few blanks, one rating that is not 1-5), for `npm start`
// and the README. Run: node scripts/make-example.mjs
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const OUT = 'examples/sample-rated-inventory.xlsx';
const BUNDLE = 'node_modules/.cache/pace-inventory/make-example.cjs';

const SCHOOL = 'Prairie Ridge High School (sample)';
const SCHOOL_YEAR = '2025-2026';
// Blank where nobody rated yet; "3-4" is a team that could not agree.
const RATINGS = {
  'ced-8-s1': 4,
  'ced-8-s2': 3,
  'ced-9-s1': 3,
  'ced-9-s2': 4,
  'ced-9-k1': 2,
  'ced-10-s1': 2,
  'ced-10-s2': 1,
  'ced-10-s3': 3,
  'ced-11-s1': 5,
  'ced-11-s2': 2,
  'ced-11-s3': 4,
  'ced-11-s4': 1,
  'ced-11-k1': '3-4',
  'ced-11-k2': 3,
  'ced-12-s1': 1,
  'ced-12-s3': 2,
  'ced-12-k1': 3,
};
const NOTES = {
  'ced-8-s1': ['Career cluster survey in advisory, fall', 'Ms. Alvarez'],
  'ced-10-s2': ['Only the CTE intro course covers this', 'CTE dept.'],
  'ced-11-s1': ['Everyone retakes the survey in junior seminar', 'Counseling'],
  'ced-12-s1': ['Internships only through the health academy', 'Mr. Okafor'],
};

async function main() {
  await build({
    stdin: {
      contents: [
        "export * from './src/cli/workbook-writer';",
        "export { DEFAULT_FRAMEWORK } from './src/framework';",
        "export { buildLayout, columnOf, FIELDS } from './src/inventory';",
      ].join('\n'),
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'error',
  });
  const cli = createRequire(import.meta.url)(`../${BUNDLE}`);
  const workbook = cli.inventoryWorkbook(cli.DEFAULT_FRAMEWORK);
  const sheet = workbook.getWorksheet(cli.SHEET_NAME);
  fillFields(cli, sheet);
  fillRatings(cli, sheet);
  await mkdir('examples', { recursive: true });
  await writeFile(OUT, await cli.workbookBytes(workbook));
  console.log(`Wrote ${OUT}`);
}

function fillFields(cli, sheet) {
  const layout = cli.buildLayout(cli.DEFAULT_FRAMEWORK);
  const row = layout.rows.findIndex((r) => r.kind === 'fields') + 1;
  const { school, schoolYear } = cli.FIELDS;
  sheet.getCell(row, school.column + school.offset).value = SCHOOL;
  sheet.getCell(row, schoolYear.column + schoolYear.offset).value = SCHOOL_YEAR;
}

function fillRatings(cli, sheet) {
  const column = (key) => cli.columnOf(key);
  sheet.eachRow((row) => {
    const id = row.getCell(column('id')).value;
    if (typeof id !== 'string') return;
    if (id in RATINGS) row.getCell(column('rating')).value = RATINGS[id];
    const [notes, owner] = NOTES[id] ?? [];
    if (notes) row.getCell(column('evidence')).value = notes;
    if (owner) row.getCell(column('owner')).value = owner;
  });
}

main().catch((error) => {
  console.error(`make-example failed: ${error.message}`);
  process.exit(1);
});
