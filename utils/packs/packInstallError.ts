export type PackInstallFailure =
  /** The installed version is newer: updates only go forward (use rollback to go back). */
  | 'older_version'
  /** Same version number, different content: a pack must be re-versioned when it changes. */
  | 'same_version_changed'
  /** The pack is pinned by managed policy: only its policy URL may update it. */
  | 'managed'
  | 'no_previous'
  | 'not_installed';

export class PackInstallError extends Error {
  constructor(
    readonly failure: PackInstallFailure,
    readonly installedVersion?: string,
  ) {
    super(`pack install refused: ${failure}`);
    this.name = 'PackInstallError';
  }
}
