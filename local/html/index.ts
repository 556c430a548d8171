// HtmlService as a service module.
import type { ServiceModule } from '../runtime/module';
import { HtmlOutput } from './output';

class HtmlService {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }
}

export const htmlModule: ServiceModule<null> = {
  name: 'html',
  createState: () => null,
  globals: () => ({ HtmlService: new HtmlService() }),
};
