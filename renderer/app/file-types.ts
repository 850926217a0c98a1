import type { FileFilter } from '../../shared/host/workbench-host';

/*
 * File names and file types: the one place the app names them.
 */

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

/** The file types the app opens and saves, as the host's file dialogs take them: the one list. */
export const FILE_TYPES = {
  assignment: [{ name: 'Uppdragsfil', extensions: ['rvuppdrag'] }],
  contribution: [{ name: 'Bidragsfil', extensions: ['rvbidrag'] }],
  report: [{ name: 'Rapportfil', extensions: ['rvrapport'] }],
  backup: [{ name: 'Rapportverkstad-säkerhetskopia', extensions: ['rvbackup'] }],
  word: [{ name: 'Word', extensions: ['docx'] }],
  template: [{ name: 'Mallfil', extensions: ['json'] }],
  key: [{ name: 'Nyckelfil', extensions: ['rvnyckel', 'json'] }],
  signature: [{ name: 'Signaturfil', extensions: ['json'] }],
  signedDocument: [{ name: 'Dokument', extensions: ['docx', 'pdf'] }],
  image: [{ name: 'Bilder', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }],
  logo: [{ name: 'Bilder', extensions: ['png', 'jpg', 'jpeg', 'gif'] }],
} satisfies Record<string, FileFilter[]>;
