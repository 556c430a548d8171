// Data validation rules: SpreadsheetApp.newDataValidation() builders and the immutable rules they build.
import { signatureError } from '../runtime/errors';

/** The criteria Apps Script names (SpreadsheetApp.DataValidationCriteria), the ones the fake supports. */
export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BETWEEN: 'DATE_BETWEEN',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

/** One of the criteria names above. */
export type CriteriaType = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];

/** What a rule holds; `source` keeps a foreign xlsx rule verbatim so saving writes it back unchanged. */
export interface ValidationData {
  readonly criteriaType: CriteriaType;
  readonly criteriaValues: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
  readonly source?: Readonly<Record<string, unknown>>;
}

/** An applied rule (Apps Script DataValidation); immutable, as the real one is. */
export class DataValidation {
  constructor(readonly data: ValidationData) {}

  getCriteriaType(): CriteriaType {
    return this.data.criteriaType;
  }

  /** For VALUE_IN_LIST this is `[values[], showDropdown]`, as in Apps Script. */
  getCriteriaValues(): unknown[] {
    return this.data.criteriaValues.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  /** Default for a new rule is true: invalid input only warns (DataValidationBuilder docs). */
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    return this.data.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder({ ...this.data });
  }
}

/** SpreadsheetApp.newDataValidation(): chainable; `build()` makes a DataValidation. */
export class DataValidationBuilder {
  private data: ValidationData;

  constructor(data?: ValidationData) {
    this.data = data ?? {
      criteriaType: DataValidationCriteria.CUSTOM_FORMULA,
      criteriaValues: [],
      allowInvalid: true,
      helpText: null,
    };
  }

  private criteria(criteriaType: CriteriaType, criteriaValues: unknown[]): DataValidationBuilder {
    const { source: _dropped, ...rest } = this.data;
    this.data = { ...rest, criteriaType, criteriaValues };
    return this;
  }

  requireValueInList(values: unknown, showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) throw signatureError([values], 'DataValidationBuilder.requireValueInList');
    return this.criteria(DataValidationCriteria.VALUE_IN_LIST, [values.map(String), showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }

  requireDate(): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  requireDateBefore(date: Date): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.DATE_BEFORE, [date]);
  }

  requireDateAfter(date: Date): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.DATE_AFTER, [date]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    if (typeof start !== 'number' || typeof end !== 'number') {
      throw signatureError([start, end], 'DataValidationBuilder.requireNumberBetween');
    }
    return this.criteria(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const values =
      checkedValue === undefined ? [] : [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.criteria(DataValidationCriteria.CHECKBOX, values);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.criteria(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }

  withCriteria(criteria: CriteriaType, args: unknown[]): DataValidationBuilder {
    return this.criteria(criteria, [...args]);
  }

  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.data = { ...this.data, allowInvalid: Boolean(allowInvalid) };
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.data = { ...this.data, helpText: String(helpText) };
    return this;
  }

  getCriteriaType(): CriteriaType {
    return this.data.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return [...this.data.criteriaValues];
  }

  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    return this.data.helpText;
  }

  build(): DataValidation {
    return new DataValidation(this.data);
  }
}
