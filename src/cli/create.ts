import { listBenchmarks } from '../framework';
import { RATING_RANGE } from '../inventory';
import { loadFramework } from './framework-file';
import { writeOutput } from './output-file';
import { analyzeCommand } from './shell-word';
import { inventoryWorkbook, workbookBytes } from './workbook-writer';

/** The options of `pace-inventory create`. */
export interface CreateOptions {
  out: string;
  force?: boolean;
  framework?: string;
}

/** `pace-inventory create`: writes a fresh inventory workbook. */
export async function create(options: CreateOptions): Promise<void> {
  const framework = await loadFramework(options.framework);
  const bytes = await workbookBytes(inventoryWorkbook(framework));
  await writeOutput(options.out, bytes, {
    overwrite: options.force === true,
    existsHint:
      'Add --force to replace it, or choose another name: --out FILE.',
    option: '--out',
  });
  const count = listBenchmarks(framework).length;
  console.log(
    `Created ${options.out}: ${count} benchmarks of ${framework.name}. ` +
      `Rate each one ${RATING_RANGE}, then run: ${analyzeCommand(options.out)}`,
  );
}
