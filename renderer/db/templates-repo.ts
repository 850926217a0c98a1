import { placeTemplate } from '../../shared/template/template-versions';
import { checkTemplate } from '../../shared/template/parse-template';
import { templateVersion } from '../../shared/template/find-template';
import type { Template } from '../../shared/template/template-schema';
import type { WorkbenchDb } from './schema';

/*
 * Templates kept in the database beside the bundled ones (Dexie version 6). Each record is
 * checked with the template schema when read; a damaged one is reported, not used.
 */

/** The stored templates, and a Swedish line for each that no longer passes the schema. */
export async function listStoredTemplates(db: WorkbenchDb): Promise<{ templates: Template[]; errors: string[] }> {
  const templates: Template[] = [];
  const errors: string[] = [];
  for (const record of await db.templates.toArray()) {
    const checked = checkTemplate(record.template);
    if (
      'template' in checked &&
      checked.template.id === record.id &&
      templateVersion(checked.template) === record.version
    )
      templates.push(checked.template);
    else
      errors.push(
        `Mallen ${record.id} (version ${record.version}, från ${record.source}) i databasen är skadad${'problems' in checked ? `: ${checked.problems}` : ''}.`,
      );
  }
  return { templates, errors };
}

/** Saves a template as new, or as the next version of its id when it differs from what is known; says which. */
export async function saveTemplate(
  db: WorkbenchDb,
  candidate: Template,
  source: string,
  bundled: readonly Template[],
  now: Date,
): Promise<{ kind: 'known' | 'new'; template: Template }> {
  return db.transaction('rw', db.templates, async () => {
    const { templates } = await listStoredTemplates(db);
    const placed = placeTemplate(candidate, [...bundled, ...templates]);
    if (placed.kind === 'new') await addTemplateRecord(db, placed.template, source, now);
    return placed;
  });
}

/**
 * Keeps a template a report file or backup carries when the database does not have its id
 * and version (a bundled one kept this way is hidden behind the bundled file by the
 * templates list); call inside the transaction that writes the report.
 */
export async function keepCarriedTemplate(
  db: WorkbenchDb,
  carried: Template,
  source: string,
  now: Date,
): Promise<void> {
  if (await db.templates.get([carried.id, templateVersion(carried)])) return;
  await addTemplateRecord(db, carried, source, now);
}

async function addTemplateRecord(db: WorkbenchDb, template: Template, source: string, now: Date): Promise<void> {
  await db.templates.add({
    id: template.id,
    version: templateVersion(template),
    template,
    source: source.slice(0, 300),
    addedAt: now.toISOString(),
  });
}
