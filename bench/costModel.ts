// The per-call cost model: which counted calls reach Google's servers, what each class costs, and the projection.
//
// Figures and their sources are in docs/performance.md (keep the two tables identical). They are deliberately
// on the slow side of what is reported, so a projection under budget means something.

/** A class of service call with one cost. `handle` is local proxy work that never leaves the script. */
export type CallClass =
  | 'handle'
  | 'sheetRead'
  | 'sheetMeta'
  | 'sheetWrite'
  | 'sheetStructure'
  | 'flush'
  | 'lock'
  | 'cacheGet'
  | 'cachePut'
  | 'propertiesGet'
  | 'propertiesSet'
  | 'mail'
  | 'formsRead'
  | 'formsWrite'
  | 'docsRead'
  | 'docsWrite'
  | 'driveCopy'
  | 'driveOther'
  | 'trigger'
  | 'ui'
  | 'unclassified';

/** What one call of a class costs: a fixed round trip plus, for value reads and writes, a cost per cell. */
export interface CallCost {
  readonly ms: number;
  readonly perCellMs?: number;
  /** Why this figure: a measurement or a stated assumption (details in docs/performance.md). */
  readonly basis: string;
}

/** The cost table. Round trips are everything but `handle`. */
export const COSTS: Readonly<Record<CallClass, CallCost>> = {
  handle: { ms: 0, basis: 'proxy object or builder step; no server round trip' },
  sheetRead: { ms: 100, perCellMs: 0.002, basis: '50-300 ms reported per read; ~2 s per million cells' },
  sheetMeta: { ms: 30, basis: 'sheet size, frozen rows, rules: small reads, assumption' },
  sheetWrite: { ms: 100, perCellMs: 0.01, basis: '4,000-cell setValues under 50 ms measured; 100 ms floor' },
  sheetStructure: { ms: 150, basis: 'insert/delete rows or sheets, formats, validation, protection' },
  flush: { ms: 100, basis: 'commits the write cache; 610 ms measured after a 4,000-cell write' },
  lock: { ms: 50, basis: 'uncontended waitLock/releaseLock' },
  cacheGet: { ms: 5, basis: 'CacheService get measured 3-4 ms average' },
  cachePut: { ms: 90, basis: 'CacheService put measured 93 ms average' },
  propertiesGet: { ms: 30, basis: 'PropertiesService getProperty measured 30 ms average' },
  propertiesSet: { ms: 60, basis: 'PropertiesService setProperty measured 62 ms average' },
  mail: { ms: 200, basis: 'MailApp send: assumption' },
  formsRead: { ms: 100, basis: 'assumption, like a sheet read' },
  formsWrite: { ms: 150, basis: 'assumption, like a structural sheet change' },
  docsRead: { ms: 150, basis: 'assumption' },
  docsWrite: { ms: 400, basis: 'Docs batchUpdate/edits and saveAndClose: assumption' },
  driveCopy: { ms: 600, basis: 'makeCopy of a template: assumption' },
  driveOther: { ms: 200, basis: 'Drive lookups and moves: assumption' },
  trigger: { ms: 300, basis: 'create/delete/list project triggers: assumption' },
  ui: { ms: 100, basis: 'alert, toast, dialog: one round trip to the browser' },
  unclassified: {
    ms: 100,
    basis: 'not yet in the model: charged as a read; classify it in bench/costModel.ts',
  },
};

/** Google's own best-practice figure: 10,000 single-cell calls take ~70 s, so no round trip is under ~7 ms. */
export const ROUND_TRIP_FLOOR_MS = 7;

type Rule = readonly [RegExp, CallClass];

/** First match wins; patterns see `Service Class.method`, e.g. `SpreadsheetApp Range.getValues`. */
const RULES: readonly Rule[] = [
  [/^(Logger|console|Utilities|Session) /, 'handle'],
  [/^SpreadsheetApp \w*Builder\./, 'handle'],
  [
    /^SpreadsheetApp .*\.(getValues|getDisplayValues|getFormulas|getRichTextValues|getValue|getDisplayValue|getFormula|getNotes|getNote|getBackgrounds|getNumberFormats|getDataValidations?|findAll|findNext)$/,
    'sheetRead',
  ],
  [
    /^SpreadsheetApp .*\.(getLastRow|getLastColumn|getMaxRows|getMaxColumns|getFrozenRows|getFrozenColumns|getProtections|getNamedRanges|getConditionalFormatRules|getColumnWidth|getEditors|getFilter)$/,
    'sheetMeta',
  ],
  [
    /^SpreadsheetApp .*\.(setValues|setValue|appendRow|setFormulas?|clearContent|setNote|setNotes)$/,
    'sheetWrite',
  ],
  [/^SpreadsheetApp SpreadsheetApp\.flush$/, 'flush'],
  [/^SpreadsheetApp Spreadsheet\.(toast)$/, 'ui'],
  [/^SpreadsheetApp (Ui|Menu)\.(createMenu|createAddonMenu|addItem|addSeparator|addSubMenu)$/, 'handle'],
  [/^SpreadsheetApp (Ui|Menu)\./, 'ui'],
  [/^SpreadsheetApp .*\.(get|is|has|new|with|require|build|copy(?!To))\w*$/, 'handle'],
  [/^SpreadsheetApp /, 'sheetStructure'],
  [/^LockService Lock\.(waitLock|tryLock|releaseLock)$/, 'lock'],
  [/^LockService /, 'handle'],
  [/^CacheService Cache\.(get|getAll)$/, 'cacheGet'],
  [/^CacheService Cache\.(put|putAll|remove|removeAll)$/, 'cachePut'],
  [/^CacheService /, 'handle'],
  [/^PropertiesService Properties\.(getProperty|getProperties|getKeys)$/, 'propertiesGet'],
  [/^PropertiesService Properties\./, 'propertiesSet'],
  [/^PropertiesService /, 'handle'],
  [/^(MailApp|GmailApp) \w+\.(sendEmail|send)$/, 'mail'],
  [/^MailApp MailApp\.getRemainingDailyQuota$/, 'propertiesGet'],
  [/^FormApp (ItemResponse|Item|\w+Item)\.(get|as)\w*$/, 'handle'],
  [
    /^FormApp (FormApp\.(openById|openByUrl|getActiveForm)|Form\.(getResponses?|getItems|getPublishedUrl|getDestinationId)|FormResponse\.getItemResponses)$/,
    'formsRead',
  ],
  [/^FormApp \w+\.(get|is|has)\w*$/, 'handle'],
  [/^FormApp /, 'formsWrite'],
  [/^ScriptApp ScriptApp\.(newTrigger|getService|getScriptId|getOAuthToken)$/, 'handle'],
  [
    /^ScriptApp (TriggerBuilder|ClockTriggerBuilder|FormTriggerBuilder|SpreadsheetTriggerBuilder)\.(?!create)/,
    'handle',
  ],
  [/^ScriptApp Trigger\.get\w*$/, 'handle'],
  [/^ScriptApp /, 'trigger'],
  [/^DriveApp File\.makeCopy$/, 'driveCopy'],
  [/^DriveApp /, 'driveOther'],
  [/^DocumentApp (DocumentApp\.(openById|openByUrl)|Document\.getBody)$/, 'docsRead'],
  [/^DocumentApp \w+\.(get|is|find|has)\w*$/, 'handle'],
  [/^(DocumentApp|Docs) /, 'docsWrite'],
  [/^(HtmlService|CardService) /, 'handle'],
];

/** The class of a counted call key like `SpreadsheetApp Range.getValues`. */
export function classify(key: string): CallClass {
  for (const [pattern, callClass] of RULES) if (pattern.test(key)) return callClass;
  return key.includes(' Ui.') ? 'ui' : 'unclassified';
}

/** An execution's cost, split so the report can show where the time goes. */
export interface Projection {
  readonly roundTrips: number;
  readonly allCalls: number;
  /** Milliseconds charged for round trips and cells. */
  readonly serviceMs: number;
  /** The bundle's own JavaScript time, measured. */
  readonly jsMs: number;
  readonly projectedMs: number;
  readonly byClass: Readonly<Partial<Record<CallClass, number>>>;
  readonly unclassified: readonly string[];
}

/** Projects Apps Script time: sum over calls of their class cost, plus cells, plus measured JS time. */
export function project(
  callCounts: Readonly<Record<string, number>>,
  cells: { readonly cellsRead: number; readonly cellsWritten: number },
  jsMs: number,
): Projection {
  const byClass: Partial<Record<CallClass, number>> = {};
  const unclassified: string[] = [];
  let roundTrips = 0;
  let allCalls = 0;
  let serviceMs = 0;
  for (const [key, n] of Object.entries(callCounts)) {
    const callClass = classify(key);
    if (callClass === 'unclassified') unclassified.push(key);
    byClass[callClass] = (byClass[callClass] ?? 0) + n;
    allCalls += n;
    if (callClass === 'handle') continue;
    roundTrips += n;
    serviceMs += n * Math.max(ROUND_TRIP_FLOOR_MS, COSTS[callClass].ms);
  }
  serviceMs += cells.cellsRead * (COSTS.sheetRead.perCellMs ?? 0);
  serviceMs += cells.cellsWritten * (COSTS.sheetWrite.perCellMs ?? 0);
  return { roundTrips, allCalls, serviceMs, jsMs, projectedMs: serviceMs + jsMs, byClass, unclassified };
}

/** Write round trips (values and structure), for budgets like "at most 5 writes". */
export function writeCount(byClass: Readonly<Partial<Record<CallClass, number>>>): number {
  return (byClass.sheetWrite ?? 0) + (byClass.sheetStructure ?? 0);
}
