import { FakeSheet, type FakeMetadata } from './sheet';
import { tracked, type CallLog } from './tracked';

const NO_EDIT =
  'You do not have permission to access the requested document or to ' +
  'edit it.';

/** A stateful spreadsheet of fake sheets. */
export class FakeSpreadsheet {
  readonly proxy: this;
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet;
  /** False for a person who may only view the spreadsheet. */
  editable = true;
  timeZone = 'America/Chicago';

  constructor(private readonly log: CallLog) {
    this.proxy = tracked('Spreadsheet', this, log);
    this.activeSheet = new FakeSheet('Sheet1', this, log);
    this.sheets.push(this.activeSheet);
  }

  getSheets() {
    return this.sheets.map((sheet) => sheet.proxy);
  }

  getSheetByName(name: string) {
    return this.sheets.find((s) => sameName(s.getName(), name))?.proxy ?? null;
  }

  getSpreadsheetTimeZone() {
    return this.timeZone;
  }

  getActiveSheet() {
    return this.activeSheet.proxy;
  }

  insertSheet(name: string) {
    this.checkEditable();
    this.checkNameFree(name);
    const sheet = new FakeSheet(name, this, this.log);
    const after = this.sheets.indexOf(this.activeSheet);
    this.sheets.splice(after + 1, 0, sheet);
    this.activeSheet = sheet;
    return sheet.proxy;
  }

  deleteSheet(sheet: FakeSheet) {
    this.checkEditable();
    const index = this.sheets.findIndex((s) => s.proxy === sheet);
    if (index < 0) throw new Error('The fake has no such sheet to delete.');
    this.sheets.splice(index, 1);
    if (this.activeSheet.proxy === sheet) {
      this.activeSheet = this.sheets[0] ?? this.activeSheet;
    }
  }

  createDeveloperMetadataFinder() {
    return this.finder(() => this.sheets.flatMap((s) => s.metadata));
  }

  /** A finder over some metadata; `withKey` narrows it, `find` lists it. */
  finder(source: () => FakeMetadata[]) {
    let key: string | null = null;
    const finder = tracked(
      'DeveloperMetadataFinder',
      {
        withKey: (wanted: string) => {
          key = wanted;
          return finder;
        },
        find: () =>
          source()
            .filter((m) => key === null || m.key === key)
            .map((m) => this.metadataProxy(m)),
      },
      this.log,
    );
    return finder;
  }

  checkNameFree(name: string) {
    if (this.sheets.some((sheet) => sameName(sheet.getName(), name))) {
      throw new Error(
        `A sheet with the name "${name}" already exists. Please enter ` +
          'another name.',
      );
    }
  }

  checkEditable() {
    if (!this.editable) throw new Error(NO_EDIT);
  }

  /** The sheet by name, for tests (not counted as a call). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.getName() === name);
    if (!sheet) throw new Error(`The fake has no sheet "${name}".`);
    return sheet;
  }

  private metadataProxy(metadata: FakeMetadata) {
    const location = tracked(
      'DeveloperMetadataLocation',
      { getSheet: () => metadata.sheet.proxy },
      this.log,
    );
    return tracked(
      'DeveloperMetadata',
      {
        getKey: () => metadata.key,
        getValue: () => metadata.value,
        getLocation: () => location,
      },
      this.log,
    );
  }
}

/** Sheets keeps sheet names unique without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
