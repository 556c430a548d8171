// DocumentApp enums, and their mapping onto the shared model's Docs API values.
import type { Alignment, NamedStyle } from './model';

export const PARAGRAPH_HEADING = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;

export const ELEMENT_TYPE = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
  HORIZONTAL_RULE: 'HORIZONTAL_RULE',
  PAGE_BREAK: 'PAGE_BREAK',
} as const;

export const HORIZONTAL_ALIGNMENT = {
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
} as const;

export const GLYPH_TYPE = {
  BULLET: 'BULLET',
  HOLLOW_BULLET: 'HOLLOW_BULLET',
  SQUARE_BULLET: 'SQUARE_BULLET',
  NUMBER: 'NUMBER',
  LATIN_UPPER: 'LATIN_UPPER',
  LATIN_LOWER: 'LATIN_LOWER',
  ROMAN_UPPER: 'ROMAN_UPPER',
  ROMAN_LOWER: 'ROMAN_LOWER',
} as const;

/** ParagraphHeading -> namedStyleType, e.g. HEADING1 -> HEADING_1. */
export function headingToStyle(heading: string): NamedStyle | undefined {
  if (heading === 'NORMAL') return 'NORMAL_TEXT';
  if (heading === 'TITLE' || heading === 'SUBTITLE') return heading;
  const m = /^HEADING([1-6])$/.exec(heading);
  return m ? (`HEADING_${m[1]}` as NamedStyle) : undefined;
}

export function styleToHeading(style: NamedStyle): string {
  if (style === 'NORMAL_TEXT') return 'NORMAL';
  return style.replace('HEADING_', 'HEADING');
}

const ALIGN: Record<string, Alignment> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

export function alignmentFromApp(value: string): Alignment | undefined {
  return ALIGN[value];
}

export function alignmentToApp(value: Alignment | undefined): string | null {
  if (!value) return null;
  return Object.keys(ALIGN).find((k) => ALIGN[k] === value) ?? null;
}
