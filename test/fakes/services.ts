import {
  newConditionalFormatRule,
  newDataValidation,
  newTextStyle,
} from './builders';
import { FakeSpreadsheet } from './spreadsheet';
import { CallLog, tracked } from './tracked';

/** What the person saw: alerts, sidebars and menus. */
export class FakeUi {
  readonly alerts: { title: string; message: string }[] = [];
  readonly sidebars: { title: string; file: string }[] = [];
  readonly menus: { caption: string; functionName: string }[][] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL' };

  createAddonMenu() {
    const items: { caption: string; functionName: string }[] = [];
    const menu = tracked(
      'Menu',
      {
        addItem: (caption: string, functionName: string) => {
          items.push({ caption, functionName });
          return menu;
        },
        addSeparator: () => menu,
        addToUi: () => {
          this.menus.push(items);
        },
      },
      null,
    );
    return menu;
  }

  alert(title: string, message = '') {
    this.alerts.push({ title, message });
    return 'OK';
  }

  showSidebar(page: { title: string; file: string }) {
    this.sidebars.push({ title: page.title, file: page.file });
  }
}

/** The document lock; `heldElsewhere` plays another person's click. */
export class FakeLock {
  heldElsewhere = false;
  held = false;
  acquired = 0;

  tryLock() {
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    this.acquired++;
    return true;
  }

  hasLock() {
    return this.held;
  }

  releaseLock() {
    this.held = false;
  }
}

/** Everything the add-on may touch, faked, with what it recorded. */
export interface FakeWorld {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  lock: FakeLock;
  /** HTML files the project ships, by name without ".html". */
  htmlFiles: Set<string>;
  globals: Record<string, unknown>;
}

export interface WorldOptions {
  /** AuthMode.NONE: only the UI may be used; other services throw. */
  authMode?: 'NONE' | 'FULL';
  htmlFiles?: string[];
}

/** A fresh fake world; `globals` holds what Apps Script would provide. */
export function createWorld(options: WorldOptions = {}): FakeWorld {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log);
  const ui = new FakeUi();
  const lock = new FakeLock();
  const htmlFiles = new Set(options.htmlFiles ?? ['Sidebar']);
  const authorized = options.authMode !== 'NONE';
  const needAuth =
    <T>(service: string, value: () => T) =>
    () => {
      if (!authorized) {
        throw new Error(`${service} needs authorization (AuthMode.NONE).`);
      }
      return value();
    };
  const app = {
    getUi: () => tracked('Ui', ui, null),
    getActiveSpreadsheet: needAuth('SpreadsheetApp', () => spreadsheet.proxy),
    getActive: needAuth('SpreadsheetApp', () => spreadsheet.proxy),
    newDataValidation,
    newConditionalFormatRule,
    newTextStyle,
  };
  const lockService = {
    getDocumentLock: needAuth('LockService', () => tracked('Lock', lock, null)),
  };
  const htmlService = {
    createHtmlOutputFromFile: (file: string) => {
      if (!authorized) throw new Error('HtmlService needs authorization.');
      return htmlOutput(file, htmlFiles);
    },
  };
  return {
    log,
    spreadsheet,
    ui,
    lock,
    htmlFiles,
    globals: {
      Utilities: tracked('Utilities', { formatDate }, null),
      SpreadsheetApp: tracked('SpreadsheetApp', app, null),
      LockService: tracked('LockService', lockService, null),
      HtmlService: tracked('HtmlService', htmlService, null),
    },
  };
}

/** Utilities.formatDate for the one pattern the add-on uses. */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (pattern !== 'yyyy-MM-dd') {
    throw new Error(`The fake formats only yyyy-MM-dd, not ${pattern}.`);
  }
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

function htmlOutput(file: string, files: Set<string>) {
  if (!files.has(file)) {
    throw new Error(`No HTML file named ${file} was found.`);
  }
  const page = {
    title: '',
    file,
    setTitle(title: string) {
      page.title = title;
      return output;
    },
  };
  const output = tracked('HtmlOutput', page, null);
  return output;
}

/** Puts the fake services where the add-on's code looks for them. */
export function installWorld(world: FakeWorld): void {
  Object.assign(globalThis, world.globals);
}
