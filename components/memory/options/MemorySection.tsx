import { BackupControls } from './BackupControls';
import { RetentionControls } from './RetentionControls';
import { StorageStatus } from './StorageStatus';
import { WipeControls } from './WipeControls';

/** Settings page: persistent storage, backup and restore, retention, wipe. */
export function MemorySection() {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
      <StorageStatus />
      <BackupControls />
      <RetentionControls />
      <WipeControls />
    </div>
  );
}
