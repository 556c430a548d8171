// The local `serve` command's API: start a server for a workspace (the CLI wires `npm run local -- serve`).
export { BRIDGE_SCRIPT, withBridge } from './bridge';
export { holdsUnsendable, parseRunRequest, type RunRequest } from './rules';
export { runCall, type Served, SURFACES, startServer, surfaceHtml } from './server';
