// The spreadsheet's document properties, read with one getProperties per run and shared by all that keep state there.

type Properties = GoogleAppsScript.Properties.Properties;

let store: Properties | null = null;
let known: Record<string, string> | null = null;

function properties(): Properties {
  store ??= PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
  return store;
}

/** Every document property, read once per execution (config, document ids, agendas share the one call). */
export function documentProperties(): Readonly<Record<string, string>> {
  known ??= { ...properties().getProperties() };
  return known;
}

/** Sets several properties in one call (and in this run's copy). */
export function setDocumentProperties(values: Readonly<Record<string, string>>): void {
  properties().setProperties({ ...values });
  if (known) Object.assign(known, values);
}

/** Deletes properties one by one (there is no batch delete); absent keys cost nothing. */
export function deleteDocumentProperties(keys: readonly string[]): void {
  const all = documentProperties();
  for (const key of keys) {
    if (!(key in all)) continue;
    properties().deleteProperty(key);
    if (known) delete known[key];
  }
}

/** Forgets this run's copy, e.g. after waiting for the lock (another run may have changed them). */
export function rereadDocumentProperties(): void {
  known = null;
}
