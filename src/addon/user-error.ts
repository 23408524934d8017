/** An error whose message is written for the person using the add-on. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

const PERMISSION = /permission|not allowed|access denied|protected/i;

/** A message a person can act on, whatever went wrong. */
export function messageFor(error: unknown, doing: string): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  if (PERMISSION.test(detail)) {
    return (
      `Could not ${doing}: you may not edit this spreadsheet. Ask its owner ` +
      'for edit access, then try again.'
    );
  }
  return `Could not ${doing}: ${detail}`;
}
