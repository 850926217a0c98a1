/** A file-name-safe form of a department or organisation name: "Näringsliv och innovation" → "naringsliv-och-innovation". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'fil'
  );
}

export const ASSIGNMENT_FILTERS = [{ name: 'Uppdragsfil', extensions: ['rvuppdrag'] }];
export const CONTRIBUTION_FILTERS = [{ name: 'Bidragsfil', extensions: ['rvbidrag'] }];
