import { t } from '@/utils/i18n/t';
import type { AcceptRejection } from '@/utils/packs/acceptPack';
import { formatPackIssue } from '@/utils/templates/packIssue';

/** Why a pack was not installed, in the operator's words (pack problems listed separately). */
export function describeRejection(reason: AcceptRejection): string {
  switch (reason.code) {
    case 'invalid':
      return t('packRejectedInvalid', reason.issues.filter((i) => i.severity === 'error').length);
    case 'unsigned':
      return t('packRejectedUnsigned');
    case 'untrusted_key':
      return t('packRejectedUntrusted', reason.keyId ?? '?');
    case 'bad_signature':
      return t('packRejectedTampered');
    case 'older_version':
      return t('packRejectedOlder', reason.installedVersion ?? '?');
    case 'same_version_changed':
      return t('packRejectedSameVersion', reason.installedVersion ?? '?');
    case 'managed':
      return t('packRejectedManaged');
    default:
      return t('packRejectedOther');
  }
}

/** The lines under a rejection: each problem with where it is. */
export function rejectionDetails(reason: AcceptRejection): string[] {
  return reason.code === 'invalid' ? reason.issues.slice(0, 20).map(formatPackIssue) : [];
}
