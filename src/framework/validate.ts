import { SECTION_LETTERS } from './labels';
import { SECTION_KEYS, type Framework, type SectionKey } from './types';

const DOMAIN_ID = /^[a-z][a-z0-9]*$/;

/** Thrown when a framework object cannot be used; lists every problem. */
export class FrameworkError extends Error {
  constructor(readonly problems: string[]) {
    super(`The framework is not valid: ${problems.join('; ')}.`);
    this.name = 'FrameworkError';
  }
}

/** Every problem of a framework object, in words; [] when it is usable. */
export function frameworkProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['it is not an object'];
  const problems: string[] = [];
  for (const field of ['id', 'name', 'version', 'title', 'instructions']) {
    if (!isText(value[field])) problems.push(`"${field}" is empty`);
  }
  problems.push(...scaleProblems(value.scale));
  problems.push(...listProblems(value.key, 'key', keyEntryProblems));
  const keys = new Set(
    Array.isArray(value.key)
      ? value.key.filter(isRecord).map((entry) => entry.abbreviation)
      : [],
  );
  const ids = new Map<string, number>();
  problems.push(
    ...listProblems(value.domains, 'domains', (domain, where) =>
      domainProblems(domain, where, keys, ids),
    ),
  );
  for (const [id, count] of ids) {
    if (count > 1) problems.push(`duplicate id "${id}" (${count} times)`);
  }
  if (ids.size === 0) problems.push('it has no benchmarks');
  return problems;
}

/** Returns the framework when valid; otherwise throws a FrameworkError. */
export function validateFramework(value: unknown): Framework {
  const problems = frameworkProblems(value);
  if (problems.length > 0) throw new FrameworkError(problems);
  return value as Framework;
}

function scaleProblems(scale: unknown): string[] {
  if (!Array.isArray(scale) || scale.length !== 5) {
    return ['"scale" must list the five levels 1-5'];
  }
  return scale.flatMap((level: unknown, index) => {
    if (isRecord(level) && level.rating === index + 1 && isText(level.label)) {
      return [];
    }
    return [`scale level ${index + 1} needs rating ${index + 1} and a label`];
  });
}

function keyEntryProblems(entry: unknown, where: string): string[] {
  if (isRecord(entry) && isText(entry.abbreviation) && isText(entry.meaning)) {
    return [];
  }
  return [`${where} needs an abbreviation and a meaning`];
}

function domainProblems(
  domain: unknown,
  where: string,
  keys: Set<unknown>,
  ids: Map<string, number>,
): string[] {
  if (!isRecord(domain)) return [`${where} is not an object`];
  const problems: string[] = [];
  if (typeof domain.id !== 'string' || !DOMAIN_ID.test(domain.id)) {
    problems.push(`${where} needs an id of lower-case letters and digits`);
  }
  if (!isText(domain.name)) problems.push(`${where} has an empty name`);
  const grades = Array.isArray(domain.grades) ? domain.grades : [];
  const seen = new Set<unknown>();
  for (const grade of grades) {
    if (isRecord(grade) && seen.has(grade.grade)) {
      problems.push(`${where} lists grade ${String(grade.grade)} twice`);
    }
    if (isRecord(grade)) seen.add(grade.grade);
  }
  const context = { domainId: String(domain.id), keys, ids };
  return problems.concat(
    listProblems(domain.grades, `${where}.grades`, (grade, at) =>
      gradeProblems(grade, at, context),
    ),
  );
}

interface Context {
  domainId: string;
  keys: Set<unknown>;
  ids: Map<string, number>;
}

function gradeProblems(grade: unknown, where: string, context: Context) {
  if (!isRecord(grade)) return [`${where} is not an object`];
  const number = grade.grade;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
    return [`${where} has grade ${JSON.stringify(number)}, not a whole number`];
  }
  return listProblems(grade.sections, `grade ${number} sections`, (s, at) =>
    sectionProblems(s, at, number, context),
  );
}

function sectionProblems(
  section: unknown,
  where: string,
  grade: number,
  context: Context,
): string[] {
  if (!isRecord(section)) return [`${where} is not an object`];
  const key = section.section;
  if (!SECTION_KEYS.includes(key as SectionKey)) {
    return [`${where} has unknown section ${JSON.stringify(key)}`];
  }
  if (!Array.isArray(section.benchmarks)) {
    return [`${where} has no list of benchmarks`];
  }
  const letter = SECTION_LETTERS[key as SectionKey];
  return section.benchmarks.flatMap((benchmark: unknown, index) =>
    benchmarkProblems(
      benchmark,
      `grade ${grade} ${String(key)} #${index + 1}`,
      {
        ...context,
        prefix: `${context.domainId}-${grade}-${letter}`,
      },
    ),
  );
}

function benchmarkProblems(
  benchmark: unknown,
  where: string,
  context: Context & { prefix: string },
): string[] {
  if (!isRecord(benchmark)) return [`${where} is not an object`];
  const problems: string[] = [];
  const id = benchmark.id;
  if (!isIdOf(id, context.prefix)) {
    problems.push(
      `${where} has id ${JSON.stringify(id)}, not ${context.prefix}N`,
    );
  }
  if (typeof id === 'string') {
    context.ids.set(id, (context.ids.get(id) ?? 0) + 1);
  }
  if (!isText(benchmark.text)) problems.push(`${where} has empty text`);
  if (!Array.isArray(benchmark.keys)) {
    return [...problems, `${where} has no list of keys ([] for none)`];
  }
  for (const key of benchmark.keys) {
    if (!context.keys.has(key)) {
      problems.push(`${where} uses key ${JSON.stringify(key)}, not in "key"`);
    }
  }
  return problems;
}

/** True for `<prefix><n>`. Compared as text: a bad domain id may hold
 *  characters a regular expression would choke on. */
function isIdOf(id: unknown, prefix: string): boolean {
  if (typeof id !== 'string' || !id.startsWith(prefix)) return false;
  return /^\d+$/.test(id.slice(prefix.length));
}

function listProblems(
  list: unknown,
  name: string,
  check: (item: unknown, where: string) => string[],
): string[] {
  if (!Array.isArray(list)) return [`"${name}" is not a list`];
  return list.flatMap((item, index) => check(item, `${name}[${index}]`));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
