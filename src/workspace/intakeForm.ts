// The new-issue form in Google Forms: created with the intake questions and linked to the spreadsheet.
import { FORM_DESCRIPTION, FORM_TITLE, QUESTIONS, type Question } from '../core/intake/questions';

const FORM_ID_KEY = 'intakeFormId';

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
