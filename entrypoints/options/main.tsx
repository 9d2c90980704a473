import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/panel.css';
import { browser } from 'wxt/browser';
import { getLocale, t } from '@/utils/i18n/t';

function Options() {
  return (
    <main className="panel options">
      <h1>{t('optionsTitle')}</h1>
      <section className="card">
        <p>{t('optionsIntro')}</p>
        <p>{t('optionsShortcut')}</p>
        <p>{t('optionsPrivacy')}</p>
        <p className="muted small">{t('version', browser.runtime.getManifest().version)}</p>
      </section>
    </main>
  );
}

document.documentElement.lang = getLocale();
document.title = t('optionsTitle');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Options />
    </StrictMode>,
  );
}
