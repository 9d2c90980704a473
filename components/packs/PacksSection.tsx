import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/db';
import { t } from '@/utils/i18n/t';
import { policyKeys } from '@/utils/packs/packPolicy';
import { ImportPackForm } from './ImportPackForm';
import { NamesForm } from './NamesForm';
import { PackCard } from './PackCard';
import { SubscribeForm } from './SubscribeForm';
import { SubscriptionList } from './SubscriptionList';
import { TrustedKeysEditor } from './TrustedKeysEditor';
import { UsageExport } from './UsageExport';
import { usePackStorage } from './usePackStorage';

/** Settings → Templates and packs: installed packs, import, subscriptions, keys, names, usage export. */
export function PacksSection() {
  const packs = useLiveQuery(() => db.packs.toArray(), []);
  const { settings, policy, subscriptions } = usePackStorage();
  const keysFromPolicy = policyKeys(policy);
  return (
    <div className="packs" data-testid="packs-section">
      <h3>{t('packNames')}</h3>
      <NamesForm
        operatorName={settings.operatorName}
        companyName={settings.companyName}
        companyFromPolicy={policy.defaults.companyName}
      />
      <h3>{t('packInstalledTitle')}</h3>
      <ul className="note-list" data-testid="installed-packs">
        {packs?.map((pack) => (
          <PackCard key={pack.id} pack={pack} />
        ))}
      </ul>
      {policy.allowOperatorPacks ? (
        <>
          <h3>{t('packImportTitle')}</h3>
          <ImportPackForm />
          <h3>{t('packSubscribeTitle')}</h3>
          <SubscribeForm hasTrustedKeys={settings.trustedKeys.length + keysFromPolicy.length > 0} />
        </>
      ) : (
        <p className="muted">{t('packOperatorPacksOff')}</p>
      )}
      <SubscriptionList subscriptions={subscriptions} />
      <h3>{t('packKeysTitle')}</h3>
      <TrustedKeysEditor own={settings.trustedKeys} policy={keysFromPolicy} />
      <h3>{t('packUsageTitle')}</h3>
      <UsageExport />
    </div>
  );
}
