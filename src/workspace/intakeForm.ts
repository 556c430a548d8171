// The new-issue form in Google Forms: created with the intake questions, linked, and where checking its responses resumes.
import { FORM_DESCRIPTION, FORM_TITLE, QUESTIONS, type Question } from '../core/intake/questions';

const FORM_ID_KEY = 'intakeFormId';
const VERIFIED_KEY = 'intakeAnswersVerifiedFrom';

type Form = GoogleAppsScript.Forms.Form;

function addQuestion(form: Form, q: Question): void {
  switch (q.kind) {
    case 'section': {
      const item = form.addSectionHeaderItem().setTitle(q.title);
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'text':
      form
        .addTextItem()
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(Boolean(q.required));
      return;
    case 'paragraph':
      form
        .addParagraphTextItem()
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(Boolean(q.required));
      return;
    case 'date':
      form
        .addDateItem()
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setRequired(Boolean(q.required));
      return;
    case 'choice':
      form
        .addMultipleChoiceItem()
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(Boolean(q.required));
      return;
    case 'checkbox':
      form
        .addCheckboxItem()
        .setTitle(q.title)
        .setHelpText(q.help ?? '')
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(Boolean(q.required));
      return;
  }
}

/** The intake form recorded for this spreadsheet, if it still exists. */
export function recordedIntakeForm(): Form | null {
  const id = PropertiesService.getDocumentProperties()?.getProperty(FORM_ID_KEY) ?? null;
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

/** Remembers which form is the intake form (ours or the team's own). */
export function recordIntakeForm(form: Form): void {
  PropertiesService.getDocumentProperties()?.setProperty(FORM_ID_KEY, form.getId());
}

/** Creates the new-issue form, linked so responses also land in a "Form responses" sheet. */
export function createIntakeForm(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Form {
  const form = FormApp.create(FORM_TITLE)
    .setDescription(FORM_DESCRIPTION)
    .setConfirmationMessage(
      'Thank you. Someone from the union will be in touch soon. You are not on your own.',
    )
    .setAllowResponseEdits(false)
    .setCollectEmail(false);
  for (const q of QUESTIONS) addQuestion(form, q);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  recordIntakeForm(form);
  return form;
}

/** The spreadsheet a form sends responses to, or null (getDestinationId throws when there is none). */
export function destinationOf(form: Form): string | null {
  try {
    return form.getDestinationId();
  } catch {
    return null;
  }
}

/** Where the spreadsheet's own settings live; script properties where a document has none (a standalone run). */
function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

/**
 * Where the hourly check of answers against the form's own responses resumes, for this form: kept per
 * spreadsheet (as the form id is, since an add-on's script properties are shared by every spreadsheet),
 * and forgotten when another form becomes the intake form. Null: from the form's first response.
 */
export function answersVerifiedFrom(form: Form): Date | null {
  const saved = properties().getProperty(VERIFIED_KEY);
  if (!saved) return null;
  const [formId, at] = saved.split('@');
  const time = Number(at);
  return formId === form.getId() && Number.isFinite(time) ? new Date(time) : null;
}

/** Remembers where the next check of the form's responses starts. */
export function recordAnswersVerifiedFrom(form: Form, from: Date): void {
  properties().setProperty(VERIFIED_KEY, `${form.getId()}@${from.getTime()}`);
}
