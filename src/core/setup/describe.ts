// The setup plan in plain words, shown to the volunteer before anything is written.
import type { SetupPlan } from './plan';

/** A short, readable account of what setup will do; nothing in it is done yet. */
export function describePlan(plan: SetupPlan): string {
  if (plan.nothingToDo)
    return 'Solidarity Desk is already set up in this spreadsheet. Nothing needs changing.';
  const lines: string[] = [];
  const adopt = plan.tables.filter((t) => t.action === 'adopt');
  const create = plan.tables.filter((t) => t.action === 'create');
  const repair = plan.tables.filter((t) => t.action === 'repair');
  for (const t of adopt) {
    const mapped = [...(t.map?.columns.entries() ?? [])]
      .filter(([header, index]) => t.sheetHeader[index] !== header)
      .map(([header, index]) => `"${t.sheetHeader[index]}" as "${header}"`);
    const matched = mapped.length > 0 ? `, reading ${mapped.join(', ')}` : '';
    lines.push(
      `Use your "${t.sheetName}" sheet (${t.rows} rows) as the ${t.spec.sheetName} table${matched}.`,
    );
    if (t.map && t.map.extras.length > 0) {
      lines.push(
        `  Your own columns stay as they are: ${t.map.extras.map((e) => `"${e.header}"`).join(', ')}.`,
      );
    }
    if (t.addColumns.length > 0)
      lines.push(`  Add at the right: ${t.addColumns.map((c) => `"${c.header}"`).join(', ')}.`);
  }
  if (create.length > 0) lines.push(`Add new sheets: ${create.map((t) => t.spec.sheetName).join(', ')}.`);
  for (const t of repair) {
    lines.push(
      `Add missing columns to "${t.sheetName}": ${t.addColumns.map((c) => `"${c.header}"`).join(', ')}.`,
    );
  }
  if (plan.untouched.length > 0)
    lines.push(`Leave alone: ${plan.untouched.map((n) => `"${n}"`).join(', ')}.`);
  lines.push('Nothing you already have is deleted, moved or reordered.');
  return lines.join('\n');
}
