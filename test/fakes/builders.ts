import { tracked } from './tracked';

/** A data validation rule as the fake stores it. */
export class FakeDataValidation {
  constructor(
    readonly values: string[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType() {
    return 'VALUE_IN_LIST';
  }

  getCriteriaValues() {
    return [this.values, true];
  }

  getAllowInvalid() {
    return this.allowInvalid;
  }

  getHelpText() {
    return this.helpText;
  }

  /** Whether a person could type this value into the cell. */
  accepts(value: unknown): boolean {
    return this.allowInvalid || this.values.includes(String(value).trim());
  }
}

class DataValidationBuilder {
  private values: string[] = [];
  private allowInvalid = true;
  private helpText = '';

  requireValueInList(values: string[]) {
    this.values = [...values];
    return this.self;
  }

  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this.self;
  }

  setHelpText(text: string) {
    this.helpText = text;
    return this.self;
  }

  build() {
    const rule = new FakeDataValidation(
      this.values,
      this.allowInvalid,
      this.helpText,
    );
    return tracked('DataValidation', rule, null);
  }

  self: this = tracked('DataValidationBuilder', this, null);
}

/** A conditional format rule: a formula, a background, its ranges. */
export interface FakeConditionalRule {
  formula: string;
  background: string;
  ranges: { getA1Notation(): string }[];
  getRanges(): { getA1Notation(): string }[];
}

class ConditionalFormatRuleBuilder {
  private formula = '';
  private background = '';
  private ranges: { getA1Notation(): string }[] = [];

  whenFormulaSatisfied(formula: string) {
    this.formula = formula;
    return this.self;
  }

  setBackground(color: string) {
    this.background = color;
    return this.self;
  }

  setRanges(ranges: { getA1Notation(): string }[]) {
    this.ranges = [...ranges];
    return this.self;
  }

  build(): FakeConditionalRule {
    const { formula, background, ranges } = this;
    return { formula, background, ranges, getRanges: () => ranges };
  }

  self: this = tracked('ConditionalFormatRuleBuilder', this, null);
}

/** Bold, italic, size and colour of a cell's text. */
export class FakeTextStyle {
  constructor(
    readonly bold: boolean,
    readonly italic: boolean,
    readonly fontSize: number,
    readonly color: string,
  ) {}

  isBold() {
    return this.bold;
  }

  isItalic() {
    return this.italic;
  }

  getFontSize() {
    return this.fontSize;
  }
}

class TextStyleBuilder {
  private style = { bold: false, italic: false, size: 10, color: '#000000' };

  setBold(bold: boolean) {
    this.style.bold = bold;
    return this.self;
  }

  setItalic(italic: boolean) {
    this.style.italic = italic;
    return this.self;
  }

  setFontSize(size: number) {
    this.style.size = size;
    return this.self;
  }

  setForegroundColor(color: string) {
    this.style.color = color;
    return this.self;
  }

  build() {
    const { bold, italic, size, color } = this.style;
    return new FakeTextStyle(bold, italic, size, color);
  }

  self: this = tracked('TextStyleBuilder', this, null);
}

export const newDataValidation = () => new DataValidationBuilder().self;
export const newConditionalFormatRule = () =>
  new ConditionalFormatRuleBuilder().self;
export const newTextStyle = () => new TextStyleBuilder().self;
