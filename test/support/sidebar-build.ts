import { readFileSync } from 'node:fs';
import path from 'node:path';

// Tests and `npm run bench` run from the project's folder.
const PAGE_FILE = path.resolve('build/Sidebar.html');

let pageHtml: string | null = null;

/** build/Sidebar.html as jest's global setup (or `npm run build`) wrote it. */
export function sidebarHtml(): string {
  pageHtml ??= readFileSync(PAGE_FILE, 'utf8');
  return pageHtml;
}
