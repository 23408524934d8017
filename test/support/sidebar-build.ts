import { readFileSync } from 'node:fs';
import path from 'node:path';

const PAGE_FILE = path.resolve(__dirname, '../../build/Sidebar.html');

let pageHtml: string | null = null;

/** build/Sidebar.html as jest's global setup (or `npm run build`) wrote it. */
export function sidebarHtml(): string {
  pageHtml ??= readFileSync(PAGE_FILE, 'utf8');
  return pageHtml;
}
