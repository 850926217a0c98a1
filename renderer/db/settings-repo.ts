import type { WorkbenchDb } from './schema';

/** A saved string setting, or the fallback. */
export async function getTextSetting(db: WorkbenchDb, key: string, fallback = ''): Promise<string> {
  const record = await db.settings.get(key);
  return typeof record?.value === 'string' ? record.value : fallback;
}

/** Saves a string setting. */
export async function setTextSetting(db: WorkbenchDb, key: string, value: string): Promise<void> {
  await db.settings.put({ key, value: value.slice(0, 1_000) });
}
