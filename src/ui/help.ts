// The Help dialog: what Solidarity Desk does, in plain words, as static HTML.

/** The help page shown from the menu; static text, so there is nothing to escape. */
export function helpPage(): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<style>body{font:15px/1.5 system-ui,sans-serif;margin:12px;color:#1a1a1a}h2{font-size:17px}</style>',
    '</head><body>',
    '<h2>Solidarity Desk</h2>',
    '<p>Solidarity Desk keeps your branch\u2019s member solidarity casework in this spreadsheet:',
    'members, issues, next steps, disputes and meetings.</p>',
    '<p>Use the <strong>Solidarity Desk</strong> menu to do the work. You should rarely need to edit',
    'the sheets by hand; when you do, the menu\u2019s checks will tell you if something no longer adds up.</p>',
    '<p>Members\u2019 details are sensitive. Keep this spreadsheet shared only with your member solidarity team.</p>',
    '</body></html>',
  ].join('\n');
}
