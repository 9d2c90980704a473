import { Dexie, type EntityTable } from 'dexie';

interface Secret {
  name: string;
  value: string;
}

/*
 * API keys live in their own IndexedDB database in the extension's origin. chrome.storage.local
 * would be readable by content scripts (which run on CRM pages); IndexedDB of the extension
 * origin is not. Kept apart from the main database so a backup or wipe of notes never touches it.
 */
class SecretsDb extends Dexie {
  secrets!: EntityTable<Secret, 'name'>;
  constructor() {
    super('sufler-secrets');
    this.version(1).stores({ secrets: 'name' });
  }
}

let instance: SecretsDb | null = null;
const secretsDb = () => {
  instance ??= new SecretsDb();
  return instance;
};

export async function readSecret(name: string): Promise<string | undefined> {
  return (await secretsDb().secrets.get(name))?.value;
}

export async function writeSecret(name: string, value: string): Promise<void> {
  if (value) await secretsDb().secrets.put({ name, value });
  else await secretsDb().secrets.delete(name);
}

export const LLM_API_KEY = 'llm.apiKey';
