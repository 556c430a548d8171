// Settings volunteers can change in the Settings sheet, with safe defaults and plain descriptions.
import { headerKey } from './headerKey';
import { TABLES, type TableName } from './schema';

/** One setting as it appears in the Settings sheet. */
export interface SettingSpec {
  readonly key: string;
  readonly value: string | number;
  readonly note: string;
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'Urgent window (days)',
    value: 28,
    note: 'A court or bailiff date this close makes an issue urgent.',
  },
  {
    key: 'No activity after (days)',
    value: 21,
    note: 'Issues with nothing recorded for this long are flagged.',
  },
  { key: 'Call back within (days)', value: 3, note: 'New contacts not called back within this are flagged.' },
  {
    key: 'Default dispute limit',
    value: 4,
    note: 'Public disputes a branch can carry, unless its row says otherwise.',
  },
  { key: 'Online response team email', value: '', note: 'Gets a short notice of every new contact.' },
  { key: 'Working group email', value: '', note: 'Gets urgent evictions at once.' },
  {
    key: 'Acknowledge new contacts',
    value: 'Yes',
    note: 'Email people who gave an email and agreed to contact.',
  },
  { key: 'Digest day', value: 'Monday', note: 'Day the weekly digest goes to each branch team.' },
  { key: 'Keep closed issues for (years)', value: 2, note: 'After this, closed issues are anonymised.' },
  {
    key: 'Team editors',
    value: '',
    note: 'Google emails of the member solidarity team, separated by commas: only they can change the database sheets.',
  },
  { key: 'Schema version', value: '', note: 'Set by Solidarity Desk. Do not edit.' },
];

/** The settings the product reads, typed. */
export interface Settings {
  readonly urgentWindowDays: number;
  readonly staleAfterDays: number;
  readonly callBackWithinDays: number;
  readonly defaultDisputeLimit: number;
  readonly onlineTeamEmail: string;
  readonly workingGroupEmail: string;
  readonly acknowledge: boolean;
  readonly digestDay: string;
  readonly retentionYears: number;
  readonly schemaVersion: number;
  /** Tables kept in a team's own sheet after adoption ("Sheet for Issues" = "Cases"). */
  readonly sheetNames: Partial<Record<TableName, string>>;
  /** Extra mappings from the team's form question titles to intake fields ("Question: Flat number" = "Address"). */
  readonly questionMap: Readonly<Record<string, string>>;
  /** A team's own templates: "Template: Meeting write-up" = a Doc link, keyed by the kind's words ("meeting write-up"). */
  readonly templates: Readonly<Record<string, string>>;
}

function numberOr(raw: unknown, fallback: number, min: number, max: number): number {
  const n = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
  return Number.isFinite(n) && n >= min && n <= max && String(raw ?? '').trim() !== '' ? n : fallback;
}

/** Reads Settings rows (Setting, Value) into typed settings; unknown or broken values fall back to defaults. */
export function parseSettings(rows: ReadonlyArray<readonly [unknown, unknown]>): Settings {
  const byKey = new Map<string, unknown>();
  for (const [k, v] of rows) if (String(k ?? '').trim() !== '') byKey.set(headerKey(String(k)), v);
  const get = (key: string): unknown => byKey.get(headerKey(key));
  const text = (key: string): string => String(get(key) ?? '').trim();
  const sheetNames: Partial<Record<TableName, string>> = {};
  for (const t of TABLES) {
    const name = text(`Sheet for ${t.sheetName}`);
    if (name) sheetNames[t.name] = name;
  }
  const questionMap: Record<string, string> = {};
  const templates: Record<string, string> = {};
  for (const [k, v] of rows) {
    const key = String(k ?? '').trim();
    const value = String(v ?? '').trim();
    const question = /^question:\s*(.+)$/i.exec(key);
    if (question && value) questionMap[question[1]!.trim()] = value;
    const template = /^template:\s*(.+)$/i.exec(key);
    if (template && value) templates[headerKey(template[1]!)] = value;
  }
  return {
    urgentWindowDays: numberOr(get('Urgent window (days)'), 28, 1, 365),
    staleAfterDays: numberOr(get('No activity after (days)'), 21, 1, 365),
    callBackWithinDays: numberOr(get('Call back within (days)'), 3, 0, 60),
    defaultDisputeLimit: numberOr(get('Default dispute limit'), 4, 0, 50),
    onlineTeamEmail: text('Online response team email'),
    workingGroupEmail: text('Working group email'),
    acknowledge: !/^(no|n|false)$/i.test(text('Acknowledge new contacts')),
    digestDay: text('Digest day') || 'Monday',
    retentionYears: numberOr(get('Keep closed issues for (years)'), 2, 1, 50),
    schemaVersion: numberOr(get('Schema version'), 0, 0, 1000),
    sheetNames,
    questionMap,
    templates,
  };
}
