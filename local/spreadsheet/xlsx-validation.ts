// Data validation rules <-> exceljs validation models (list, number, date and custom rules travel in
// the .xlsx; the rest in the index sidecar).
import type ExcelJS from 'exceljs';
import { DataValidation, type ValidationData } from './validation';

type XlsxRule = ExcelJS.DataValidation;

function base(data: ValidationData): Partial<XlsxRule> {
  return {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: data.allowInvalid ? 'warning' : 'stop',
    ...(data.helpText ? { showInputMessage: true, prompt: data.helpText } : {}),
  };
}

function rangeRef(value: unknown): string | null {
  const range = value as { sheetModel?: { name: string }; rect?: { row: number } } | null;
  if (!range?.sheetModel || !range.rect) return null;
  const a1 = (value as { getA1Notation(): string }).getA1Notation().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${range.sheetModel.name.replace(/'/g, "''")}'!${a1}`;
}

/** The exceljs model for a rule, or null when .xlsx cannot hold it (then the sidecar keeps it). */
export function toXlsxRule(rule: DataValidation): XlsxRule | null {
  const d = rule.data;
  if (d.source) return d.source as unknown as XlsxRule;
  const v = d.criteriaValues;
  switch (d.criteriaType) {
    case 'VALUE_IN_LIST':
      return { ...base(d), type: 'list', formulae: [`"${(v[0] as string[]).join(',')}"`] } as XlsxRule;
    case 'VALUE_IN_RANGE': {
      const ref = rangeRef(v[0]);
      return ref ? ({ ...base(d), type: 'list', formulae: [ref] } as XlsxRule) : null;
    }
    case 'NUMBER_BETWEEN':
      return { ...base(d), type: 'decimal', operator: 'between', formulae: [v[0], v[1]] } as XlsxRule;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...base(d), type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v[0]] } as XlsxRule;
    case 'CUSTOM_FORMULA':
      return { ...base(d), type: 'custom', formulae: [String(v[0]).replace(/^=/, '')] } as XlsxRule;
    default:
      return null;
  }
}

function criteriaOf(x: XlsxRule): Pick<ValidationData, 'criteriaType' | 'criteriaValues' | 'source'> {
  const f = x.formulae ?? [];
  const raw = { source: x as unknown as Record<string, unknown> };
  if (x.type === 'list' && typeof f[0] === 'string' && f[0].startsWith('"')) {
    return { criteriaType: 'VALUE_IN_LIST', criteriaValues: [f[0].slice(1, -1).split(','), true] };
  }
  if (x.type === 'list')
    return { criteriaType: 'VALUE_IN_RANGE', criteriaValues: [String(f[0]), true], ...raw };
  if ((x.type === 'decimal' || x.type === 'whole') && (x.operator ?? 'between') === 'between') {
    return {
      criteriaType: 'NUMBER_BETWEEN',
      criteriaValues: [Number(f[0]), Number(f[1])],
      ...(x.type === 'whole' ? raw : {}),
    };
  }
  if (x.type === 'decimal' && x.operator === 'greaterThanOrEqual') {
    return { criteriaType: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', criteriaValues: [Number(f[0])] };
  }
  if (x.type === 'custom') return { criteriaType: 'CUSTOM_FORMULA', criteriaValues: [`=${String(f[0])}`] };
  if (x.type === 'date') {
    const type =
      x.operator === 'lessThan'
        ? 'DATE_BEFORE'
        : x.operator === 'greaterThan'
          ? 'DATE_AFTER'
          : 'DATE_BETWEEN';
    return { criteriaType: type, criteriaValues: [...f], ...raw };
  }
  return { criteriaType: 'CUSTOM_FORMULA', criteriaValues: [], ...raw };
}

/** A rule read from a file; foreign rules the fake cannot express keep their model to be written back. */
export function fromXlsxRule(x: XlsxRule): DataValidation {
  const { source, ...criteria } = criteriaOf(x);
  const allowInvalid = x.showErrorMessage !== true || (x.errorStyle !== undefined && x.errorStyle !== 'stop');
  const helpText = x.prompt ?? null;
  return new DataValidation({ ...criteria, allowInvalid, helpText, ...(source ? { source } : {}) });
}
