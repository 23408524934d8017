/*
 * Sheet text printed to a terminal must stay text: an escape sequence in a
 * cell (ESC [2J clears the screen) would otherwise act, and a line break
 * would start a line the report did not write.
 */

const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Control characters are what it finds:
// eslint-disable-next-line no-control-regex -- see above
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const PLACEHOLDER = '\ufffd';

/** Text on one line as a terminal shows it: tabs and line breaks as
 *  spaces, any other control character as "�". */
export function terminalText(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, PLACEHOLDER);
}
