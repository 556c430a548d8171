// Where a long retention run stopped, kept in script properties between daily runs.
import type { RetentionCursor } from '../../app/privacy/retention';

const KEY = 'solidarity-desk-retention-cursor';

/** A row number of Issues in the script's properties; absent means start at the top. */
export class PropertiesCursor implements RetentionCursor {
  constructor(private readonly properties = PropertiesService.getScriptProperties()) {}

  get(): number {
    const n = Number(this.properties.getProperty(KEY) ?? '0');
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  set(row: number): void {
    this.properties.setProperty(KEY, String(row));
  }

  clear(): void {
    this.properties.deleteProperty(KEY);
  }
}
