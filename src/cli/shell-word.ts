/** How the hints name the tool: the way a school's computer runs it. */
export const COMMAND = 'npx pace-inventory';

/** A file name as a shell command can take it, for the hints we print. */
export function shellWord(file: string): string {
  if (/^[\w./+-]+$/.test(file)) return file;
  return `"${file.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The command that analyzes a file, to copy from a hint. */
export function analyzeCommand(file: string): string {
  // A name that starts with "-" would read as an option.
  const path = file.startsWith('-') ? `./${file}` : file;
  return `${COMMAND} analyze ${shellWord(path)}`;
}
