import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import { parseTemplate } from '../../../shared/template/parse-template';
import { WorkbenchDb } from '../../../renderer/db/schema';

/** A fresh, empty database of its own for one test. */
export function freshDb(): WorkbenchDb {
  return new WorkbenchDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const template = parseTemplate(template2025, 'resultatredovisning-2025.json');
