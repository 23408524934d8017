/** A file name as a shell command can take it, for the hints we print. */
export function shellWord(file: string): string {
  if (/^[\w./+-]+$/.test(file)) return file;
  return `"${file.replace(/(["\\$`])/g, '\\$1')}"`;
}
