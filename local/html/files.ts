// The project's HTML files (as in the Apps Script editor), for createTemplateFromFile and friends.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GasException } from '../runtime/errors';

/** Where the build copies the product's `.html` files, next to build/Code.js. */
const DEFAULT_FOLDER = join(__dirname, '..', '..', 'build');

/** HTML files by name (without `.html`); unknown names are looked up in `folder` on demand. */
export class HtmlFiles {
  private readonly files = new Map<string, string>();

  constructor(public folder: string | null = DEFAULT_FOLDER) {}

  register(name: string, html: string): void {
    this.files.set(stripExtension(name), html);
  }

  /** Registers every `*.html` file of a folder and makes it the folder for later lookups. */
  registerFolder(dir: string): void {
    this.folder = dir;
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.html')) this.register(file, readFileSync(join(dir, file), 'utf8'));
    }
  }

  /** The file's content; Apps Script's error when there is none. */
  read(name: string): string {
    const key = stripExtension(String(name));
    const known = this.files.get(key);
    if (known !== undefined) return known;
    const path = this.folder ? join(this.folder, `${basename(key)}.html`) : null;
    if (path && existsSync(path)) return readFileSync(path, 'utf8');
    // Wording as users report it on Stack Overflow ("No HTML file named index was found.").
    throw new GasException(`No HTML file named ${key} was found.`);
  }
}

function stripExtension(name: string): string {
  return name.endsWith('.html') ? name.slice(0, -5) : name;
}
