// What Solidarity Desk remembers about its Docs in the spreadsheet's document properties: templates, folders, agendas.
import type { MeetingMemory } from '../../app/documents/ports';
import { headerKey } from '../../core/headerKey';
import type { TemplateKind } from '../../core/templates/defaults';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * Ids kept per spreadsheet (document properties), so each branch team's copy has its own templates and folders
 * and nothing is looked up by name in Drive (which the drive.file scope could not see anyway).
 */
export class DocumentRegistry implements MeetingMemory {
  private store: Properties | null = null;
  /** Every property, read once per run: documents look up several ids (templates, folders, agendas). */
  private known: Record<string, string> | null = null;

  constructor(
    private readonly properties: () => Properties | null = () => PropertiesService.getDocumentProperties(),
  ) {}

  private props(): Properties {
    this.store ??= this.properties() ?? PropertiesService.getScriptProperties();
    return this.store;
  }

  private get(key: string): string | null {
    this.known ??= this.props().getProperties();
    const value = this.known[key];
    return value && value.trim() !== '' ? value : null;
  }

  private set(key: string, value: string): void {
    this.props().setProperty(key, value);
    if (this.known) this.known[key] = value;
  }

  templateId(kind: TemplateKind): string | null {
    return this.get(`template:${kind}`);
  }

  recordTemplate(kind: TemplateKind, docId: string): void {
    this.set(`template:${kind}`, docId);
  }

  /** A folder id by role: 'root', 'templates', or 'branch:<name>' (names compared forgivingly). */
  folderId(role: string): string | null {
    return this.get(`folder:${folderKey(role)}`);
  }

  recordFolder(role: string, folderId: string): void {
    this.set(`folder:${folderKey(role)}`, folderId);
  }

  rememberAgenda(meetingId: string, issueIds: readonly string[]): void {
    this.set(`agenda:${meetingId}`, JSON.stringify(issueIds));
  }

  agendaOf(meetingId: string): readonly string[] | null {
    const saved = this.get(`agenda:${meetingId}`);
    if (!saved) return null;
    try {
      const ids: unknown = JSON.parse(saved);
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null;
    } catch {
      // A hand-edited property: behave as if no agenda was recorded (the write-up then lists open issues).
      return null;
    }
  }
}

function folderKey(role: string): string {
  const [kind, ...rest] = role.split(':');
  return rest.length > 0 ? `${kind}:${headerKey(rest.join(':'))}` : role;
}
