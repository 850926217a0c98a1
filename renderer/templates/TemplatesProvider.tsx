import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { findTemplate, templateRef, templateVersion } from '../../shared/template/find-template';
import type { Template } from '../../shared/template/template-schema';
import { useDb } from '../db/DbProvider';
import { listStoredTemplates } from '../db/templates-repo';
import type { LoadedTemplates } from '../../shared/template/bundled-templates';

/*
 * Every template on this computer: the bundled files and those kept in the database
 * (read from a Word file, opened from a template file, carried in by a report file or
 * backup). Screens read them here, so a template saved on the home screen is at once
 * offered for new reports and found by reports written on it.
 */

export interface TemplatesValue extends LoadedTemplates {
  /** The templates shipped with the app. */
  bundled: readonly Template[];
  /** Reads the stored templates again (after one is saved or carried in). */
  reload: () => Promise<void>;
}

const TemplatesContext = createContext<TemplatesValue | null>(null);

/** Newest year first; the newest version of an id before older ones. */
function byYear(a: Template, b: Template): number {
  return b.year - a.year || a.id.localeCompare(b.id) || templateVersion(b) - templateVersion(a);
}

/** Loads the stored templates once the database is open and provides them with the bundled ones. */
export function TemplatesProvider({ bundled, children }: { bundled: LoadedTemplates; children: ReactNode }) {
  const db = useDb();
  const [stored, setStored] = useState<{ templates: Template[]; errors: string[] }>();
  const read = useCallback(
    () =>
      listStoredTemplates(db).catch((error: unknown) => ({
        templates: [],
        errors: [error instanceof Error ? error.message : String(error)],
      })),
    [db],
  );
  const reload = useCallback(async () => setStored(await read()), [read]);
  useEffect(() => {
    let cancelled = false;
    void read().then((next) => !cancelled && setStored(next));
    return () => {
      cancelled = true;
    };
  }, [read]);
  const value = useMemo(
    (): TemplatesValue | undefined =>
      stored && {
        // A stored copy of a bundled template (carried in by a file) is the same text: the bundled one is listed.
        templates: [
          ...bundled.templates,
          ...stored.templates.filter((t) => !findTemplate(bundled.templates, templateRef(t))),
        ].sort(byYear),
        errors: [...bundled.errors, ...stored.errors],
        bundled: bundled.templates,
        reload,
      },
    [bundled, stored, reload],
  );
  // A report written on a stored template must find it on its first render.
  if (!value) return null;
  return <TemplatesContext.Provider value={value}>{children}</TemplatesContext.Provider>;
}

/** The templates on this computer. */
export function useTemplates(): TemplatesValue {
  const value = useContext(TemplatesContext);
  if (!value) throw new Error('useTemplates utanför TemplatesProvider');
  return value;
}
