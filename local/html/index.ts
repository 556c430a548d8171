// HtmlService as a service module: outputs, templates with contextual escaping, and project HTML files.
import type { Execution } from '../runtime/execution';
import type { ServiceModule } from '../runtime/module';
import type { Workspace } from '../runtime/workspace';
import { HtmlFiles } from './files';
import { HtmlOutput } from './output';
import { HtmlTemplate } from './template';

export { HtmlOutput } from './output';
export { HtmlTemplate } from './template';

/** Content given as a string or a blob (anything with getDataAsString). */
function contentOf(source: unknown): string {
  const blob = source as { getDataAsString?: () => string } | null;
  if (blob && typeof blob === 'object' && typeof blob.getDataAsString === 'function')
    return blob.getDataAsString();
  return source === undefined ? '' : String(source);
}

class HtmlService {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(
    private readonly files: HtmlFiles,
    private readonly execution: Execution,
  ) {}

  createHtmlOutput(html: unknown = ''): HtmlOutput {
    return new HtmlOutput(contentOf(html), this.execution);
  }

  /** The file as is: scriptlets in it are not evaluated. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.files.read(filename), this.execution);
  }

  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(contentOf(html), this.execution);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.files.read(filename), this.execution);
  }
}

export const htmlModule: ServiceModule<HtmlFiles> = {
  name: 'html',
  createState: () => new HtmlFiles(),
  globals: (files, execution) => ({ HtmlService: new HtmlService(files, execution) }),
};

/** Registers an HTML file by name (e.g. 'Sidebar' for Sidebar.html) for createTemplateFromFile. */
export function registerHtmlFile(workspace: Workspace, name: string, html: string): void {
  workspace.state(htmlModule).register(name, html);
}

/** Registers every `*.html` file in a folder (default lookups use build/, next to Code.js). */
export function registerHtmlFolder(workspace: Workspace, dir: string): void {
  workspace.state(htmlModule).registerFolder(dir);
}
