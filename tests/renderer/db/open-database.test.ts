import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/db/open-database';
import { WorkbenchDb } from '../../../renderer/db/schema';

/** An IndexedDB whose every open fails as Chromium's does when its backing store is damaged. */
class BrokenFactory extends IDBFactory {
  override open(): IDBOpenDBRequest {
    throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
  }
}

describe('openDatabase', () => {
  it('opens a healthy database', async () => {
    const db = new WorkbenchDb('frisk', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await openDatabase(db)).toBeNull();
    db.close();
  });

  it('offers a restore when the backing store cannot be opened, naming the error', async () => {
    const factory = new BrokenFactory();
    const problem = await openDatabase(new WorkbenchDb('trasig', { indexedDB: factory, IDBKeyRange }), {
      indexedDB: factory,
      IDBKeyRange,
    });
    expect(problem).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('backing store') });
    expect(problem!.message).toMatch(/återställa den senaste säkerhetskopian/);
  });
});
