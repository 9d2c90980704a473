import type { ReactNode } from 'react';
import { AboutSection } from '@/components/options/AboutSection';
import type { MessageKey } from '@/utils/i18n/catalog';

export interface OptionsSection {
  id: string;
  title: MessageKey;
  render: () => ReactNode;
}

/** The settings page's sections, in order. A feature adds its section here. */
export const optionsSections: OptionsSection[] = [
  { id: 'about', title: 'optionsAbout', render: () => <AboutSection /> },
];
