import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n/t';
import { savePackSettings } from '@/utils/packs/packStorage';

/** The operator's name and company name, for `{{operator.name}}` and `{{company.name}}`. */
export function NamesForm({
  operatorName,
  companyName,
  companyFromPolicy,
}: {
  operatorName: string;
  companyName: string;
  companyFromPolicy?: string;
}) {
  const [operator, setOperator] = useState(operatorName);
  const [company, setCompany] = useState(companyName);
  const [saved, setSaved] = useState(false);
  useEffect(() => setOperator(operatorName), [operatorName]);
  useEffect(() => setCompany(companyName), [companyName]);
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        void savePackSettings({ operatorName: operator.trim(), companyName: company.trim() }).then(() =>
          setSaved(true),
        );
      }}
    >
      <label className="tpl-field">
        <span>{t('packOperatorName')}</span>
        <input
          value={operator}
          data-testid="operator-name"
          onChange={(e) => {
            setOperator(e.target.value);
            setSaved(false);
          }}
        />
      </label>
      <label className="tpl-field">
        <span>{t('packCompanyName')}</span>
        <input
          value={companyFromPolicy ?? company}
          disabled={!!companyFromPolicy}
          onChange={(e) => {
            setCompany(e.target.value);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit">{saved ? t('packSaved') : t('saveNote')}</button>
    </form>
  );
}
