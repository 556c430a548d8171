// ScriptApp (installable triggers) and Session as a service module, persisted in triggers.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { advanceClockFor } from './advance';
import { ScriptApp } from './app';
import type { TriggerRun } from './fire';
import { Session } from './session';
import { ScriptState, type TriggerRecord } from './triggers';

export { type ClockEvent, clockEvent } from './advance';
export { fireTrigger, type TriggerRun } from './fire';
export { ScriptState, TRIGGERS_PER_USER, type TriggerRecord } from './triggers';

interface TriggersFile {
  scriptId: string;
  scriptTimeZone: string;
  triggers: TriggerRecord[];
}

/** ScriptApp and Session; installable triggers persisted in `triggers.json`. */
export const scriptModule: ServiceModule<ScriptState> = {
  name: 'script',
  createState: (workspace) => new ScriptState(workspace),
  globals: (state, execution) => ({
    ScriptApp: new ScriptApp(state, execution),
    Session: new Session(state, execution),
  }),
  async load(state, dir) {
    const file = join(dir, 'triggers.json');
    if (!existsSync(file)) return;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<TriggersFile>;
    if (saved.scriptId) state.scriptId = saved.scriptId;
    if (saved.scriptTimeZone) state.scriptTimeZone = saved.scriptTimeZone;
    state.triggers = saved.triggers ?? [];
  },
  async save(state, dir) {
    const file: TriggersFile = {
      scriptId: state.scriptId,
      scriptTimeZone: state.scriptTimeZone,
      triggers: state.triggers,
    };
    writeFileSync(join(dir, 'triggers.json'), `${JSON.stringify(file, null, 2)}\n`);
  },
};

/** The workspace's script project state (triggers, script id, time zone). */
export function scriptState(workspace: Workspace): ScriptState {
  return workspace.state(scriptModule);
}

/**
 * Moves the workspace clock forward by `ms`, running each time-driven trigger at the moment it falls
 * due (clock advanced to that moment first), in time order. Returns the runs, failed ones included.
 */
export function advanceClock(workspace: Workspace, ms: number): TriggerRun[] {
  return advanceClockFor(workspace, scriptState(workspace), ms);
}
