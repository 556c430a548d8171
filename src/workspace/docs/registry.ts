// What Solidarity Desk remembers about its Docs in the spreadsheet's document properties: templates, folders, agendas.
import type { MeetingMemory } from '../../app/documents/ports';
import { headerKey } from '../../core/headerKey';
import type { TemplateKind } from '../../core/templates/defaults';
import { documentProperties, setDocumentProperties } from '../documentProperties';

/**
 * Ids kept per spreadsheet (document properties), so each branch team's copy has its own templates and folders
 * and nothing is looked up by name in Drive (which the drive.file scope could not see anyway).
 */
export class DocumentRegistry implements MeetingMemory {
  private get(key: string): string | null {
    const value = documentProperties()[key];
    return value && value.trim() !== '' ? value : null;
  }

  private set(key: string, value: string): void {
    setDocumentProperties({ [key]: value });
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
