import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';

export function AboutSection() {
  return (
    <>
      <p>{t('optionsIntro')}</p>
      <p>{t('optionsShortcut')}</p>
      <p>{t('optionsPrivacy')}</p>
      <p className="muted small">{t('version', browser.runtime.getManifest().version)}</p>
    </>
  );
}
