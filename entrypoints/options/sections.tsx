import type { ReactNode } from 'react';
import { CrmSitesSection } from '@/components/crm/CrmSitesSection';
import { MemorySection } from '@/components/memory/options/MemorySection';
import { AboutSection } from '@/components/options/AboutSection';
import { LlmSection } from '@/components/options/LlmSection';
import { PacksSection } from '@/components/packs/PacksSection';
import type { MessageKey } from '@/utils/i18n/catalog';

export interface OptionsSection {
  id: string;
  title: MessageKey;
  render: () => ReactNode;
}

/** The settings page's sections, in order. A feature adds its section here. */
export const optionsSections: OptionsSection[] = [
  { id: 'about', title: 'optionsAbout', render: () => <AboutSection /> },
  { id: 'llm', title: 'llmSectionTitle', render: () => <LlmSection /> },
  { id: 'packs', title: 'packsSectionTitle', render: () => <PacksSection /> },
  { id: 'memory', title: 'memOptionsTitle', render: () => <MemorySection /> },
  { id: 'crm-sites', title: 'crmSitesTitle', render: () => <CrmSitesSection /> },
];
