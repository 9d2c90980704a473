import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/panel.css';
import { getLocale, t } from '@/utils/i18n/t';
import { App } from './App';

document.documentElement.lang = getLocale();
document.title = t('appName');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
