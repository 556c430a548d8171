// The side panel's script: the client functions sent to the browser as their own source, then started.
import { escapeScript } from '../escape';
import * as attention from './client/attention';
import * as core from './client/core';
import * as decision from './client/decision';
import * as issue from './client/issue';
import * as issueActions from './client/issueActions';
import * as meetings from './client/meetings';
import * as start from './client/start';

/**
 * Every exported client function as source text. They are written in TypeScript (checked against the
 * small DOM in client/dom.ts) and the bundle keeps them as JavaScript, so each one's `toString()` is
 * browser code; they call each other by their (bundle) names, which the bundle keeps consistent.
 */
const CLIENT_MODULES: readonly object[] = [core, attention, issue, issueActions, decision, meetings, start];

/** The whole client script, safe to place inside a `<script>` element. */
export function clientScript(): string {
  const functions = CLIENT_MODULES.flatMap((m) => Object.values(m)).filter(
    (f): f is (...args: never[]) => unknown => typeof f === 'function',
  );
  const source = functions.map((f) => Function.prototype.toString.call(f)).join('\n');
  const startName = start.startSurface.name;
  return escapeScript(
    `'use strict';\n${source}\nif (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ${startName});\nelse ${startName}();\n`,
  );
}
