/**
 * Counts the calls the add-on makes on fake Spreadsheet, Sheet, Range and
 * related objects: each one is a round trip to Google's servers in real
 * Sheets. Builders are not counted (they run locally).
 */
export class CallLog {
  readonly calls: string[] = [];

  record(kind: string, method: string): void {
    this.calls.push(`${kind}.${method}`);
  }

  get count(): number {
    return this.calls.length;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

// Properties that test tooling probes on any object it prints or awaits.
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

/**
 * Wraps a fake so that anything it does not implement throws, as the add-on
 * must use only what the fake models; with a log, method calls are counted.
 */
export function tracked<T extends object>(
  kind: string,
  target: T,
  log: CallLog | null,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || PROBES.has(property)) {
        return Reflect.get(object, property, receiver);
      }
      if (!(property in object)) {
        throw new Error(`The fake ${kind} does not implement "${property}".`);
      }
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        log?.record(kind, property);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}
