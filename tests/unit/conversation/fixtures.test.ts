import { describe, expect, it } from 'vitest';
import { readConversation } from '@/utils/conversation/readConversation';
import { fixtures } from '../../fixtures/crm/expected';
import { loadFixture } from './loadFixture';

describe.each(fixtures)('reading $file', (expected) => {
  it('reads the exact messages, roles and order, the subscriber and the reply box', async () => {
    const doc = await loadFixture(expected.file);
    const snapshot = readConversation(doc);
    expect(snapshot).not.toBeNull();
    expect(snapshot!.source).toBe(expected.source);
    expect(snapshot!.messages).toEqual(expected.messages);
    expect(snapshot!.subscriber).toEqual(expected.subscriber);
    expect(snapshot!.composer?.id).toBe(expected.composerId);
    expect(snapshot!.partial).toBe(expected.partial ?? false);
  });
});
