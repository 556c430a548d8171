// A team's own form, with its own question titles, connected as the intake form.
import { submitResponse } from '../../local/forms';
import { readyWorkspace, setSetting } from './intakeHelpers';

interface FormLike {
  getId(): string;
  addTextItem(): { setTitle(t: string): unknown };
  addParagraphTextItem(): { setTitle(t: string): unknown };
}

describe('an existing form with different question titles', () => {
  it('is matched by title and aliases, a Settings mapping covers the rest, and unmapped answers are kept', async () => {
    const local = await readyWorkspace();
    const formId = local.workspace.withServices((g) => {
      const form = (g.FormApp as { create(t: string): FormLike }).create('Hackney renters: get help');
      for (const title of ['Full name', 'Your e-mail:', 'Mobile number', 'Post code', 'Flat / building'])
        form.addTextItem().setTitle(title);
      form.addParagraphTextItem().setTitle('Describe the problem');
      form.addParagraphTextItem().setTitle('Anything else?');
      return form.getId();
    });
    setSetting(local, 'Question: Flat / building', 'Address');
    local.run('useExistingIntakeForm', formId);
    submitResponse(local.workspace, formId, {
      'Full name': 'Amira Haddad',
      'Your e-mail:': 'Amira@Example.org',
      'Mobile number': '07700 900456',
      'Post code': 'E9 5LN',
      'Flat / building': 'Flat 4, Clarence House',
      'Describe the problem': 'Deposit not returned.',
      'Anything else?': 'Neighbours have the same agent.',
    });
    const [member] = local.records('Members');
    expect(member).toMatchObject({
      Name: 'Amira Haddad',
      Email: 'amira@example.org',
      Phone: '+44 7700 900456',
      Postcode: 'E9 5LN',
      Address: 'Flat 4, Clarence House',
      Branch: 'Hackney',
    });
    const [issue] = local.records('Issues');
    expect(issue!.Description).toBe(
      'Deposit not returned.\n\nAnything else?: Neighbours have the same agent.',
    );
    expect(issue!.Category).toBe('Other');
  });
});
