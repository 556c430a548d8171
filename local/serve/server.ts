// The local `serve` command: the side panel and dialogs on localhost, their google.script.run calls run by the bundle.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalWorkspace } from '../index';
import { withBridge } from './bridge';
import { holdsUnsendable, parseRunRequest } from './rules';

/** A running server. */
export interface Served {
  /** e.g. http://127.0.0.1:5173 */
  readonly url: string;
  close(): Promise<void>;
}

/** Paths that open a surface, and the bundle entry point that opens it. */
export const SURFACES: Readonly<Record<string, string>> = {
  '/sidebar': 'showSidebar',
  '/issue': 'showIssue',
  '/decision': 'showDecisionForm',
  '/plan-meeting': 'showPlanMeetingDialog',
  '/write-up': 'showWriteUpDialog',
};

// Nothing may be fetched from elsewhere: the product's pages must work without any CDN.
const POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'";

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'content-security-policy': POLICY,
  });
  res.end(body);
}

/** Selects the row of an issue in Issues, as a volunteer clicking it would, so "selected issue" entries find it. */
function selectIssue(local: LocalWorkspace, issueId: string): void {
  const sheet = local.boundSpreadsheet().sheetByName('Issues');
  const row = sheet?.values().findIndex((r, i) => i > 0 && String(r[0]).trim() === issueId) ?? -1;
  if (row < 1) throw new Error(`No issue ${issueId} in the Issues sheet.`);
  local.boundSpreadsheet().setActiveRange('Issues', `A${row + 1}`);
}

/** Runs the entry point that opens a surface and returns the HTML it showed, with the bridge added. */
export function surfaceHtml(local: LocalWorkspace, path: string, issueId: string | null): string {
  const entry = SURFACES[path];
  if (!entry) throw new Error(`No page at ${path}.`);
  if (issueId) selectIssue(local, issueId);
  const before = local.ui.surfaces.length;
  local.run(entry);
  const shown = local.ui.surfaces.at(-1);
  if (!shown || local.ui.surfaces.length === before) throw new Error(`${entry} showed nothing.`);
  return withBridge(shown.html);
}

/** Runs a /run call: `{ ok, value }`, or `{ ok: false, message }` with the script's own error message. */
export async function runCall(local: LocalWorkspace, body: string): Promise<Record<string, unknown>> {
  try {
    const { fn, args } = parseRunRequest(JSON.parse(body));
    const value = local.run(fn, ...args);
    await local.save();
    // Apps Script hands the page null when the answer holds a Date or a function.
    return { ok: true, value: holdsUnsendable(value) ? null : (value ?? null) };
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, message: typeof message === 'string' ? message : String(error) };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function index(): string {
  const links = Object.keys(SURFACES)
    .map((p) => `<li><a href="${p}">${p.slice(1)}</a></li>`)
    .join('');
  return `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Solidarity Desk (local)</title><h1>Solidarity Desk, local</h1><ul>${links}</ul><p>Add <code>?issue=ISS-0001</code> to /issue or /decision to select that issue's row first.</p></html>`;
}

async function handle(local: LocalWorkspace, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/run') {
    send(res, 200, 'application/json', JSON.stringify(await runCall(local, await readBody(req))));
  } else if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
  } else if (req.method === 'GET' && url.pathname === '/') {
    send(res, 200, 'text/html', index());
  } else if (req.method === 'GET' && SURFACES[url.pathname]) {
    send(res, 200, 'text/html', surfaceHtml(local, url.pathname, url.searchParams.get('issue')));
    await local.save();
  } else send(res, 404, 'text/plain', `Nothing at ${url.pathname}. Try /sidebar.`);
}

/** Serves the surfaces on 127.0.0.1 (port 0 picks a free one). */
export function startServer(local: LocalWorkspace, port = 0): Promise<Served> {
  const server = createServer((req, res) => {
    handle(local, req, res).catch((error: unknown) => {
      const message = (error as { message?: unknown } | null)?.message;
      if (!res.headersSent)
        send(res, 500, 'text/plain', typeof message === 'string' ? message : String(error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // The browser keeps connections open; closing them lets the server stop at once.
            server.closeAllConnections();
          }),
      });
    });
  });
}
