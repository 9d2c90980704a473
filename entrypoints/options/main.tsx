import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/panel.css';
import { getLocale, t } from '@/utils/i18n/t';
import { optionsSections } from './sections';

function Options() {
  return (
    <main className="panel options">
      <h1>{t('optionsTitle')}</h1>
      {optionsSections.map((section) => (
        <section key={section.id} className="card" id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
          {section.render()}
        </section>
      ))}
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
