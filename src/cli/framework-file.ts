import {
  DEFAULT_FRAMEWORK,
  FrameworkError,
  validateFramework,
  type Framework,
} from '../framework';
import { CliError } from './errors';
import { readInput } from './input-file';

/** The framework of `--framework FILE` (JSON), or the default one. */
export async function loadFramework(file?: string): Promise<Framework> {
  if (file === undefined) return DEFAULT_FRAMEWORK;
  const bytes = await readInput(file, { label: `The framework file ${file}` });
  const data = parseJson(file, bytes.toString('utf8'));
  try {
    return validateFramework(data);
  } catch (error) {
    if (error instanceof FrameworkError) {
      throw new CliError(`${file}: ${error.message}`);
    }
    throw error;
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `The framework file ${file} is not valid JSON ` +
        `(${(error as Error).message}). Fix it, or leave out --framework.`,
    );
  }
}
