import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { KnownVariable } from '@/utils/templates/variables';

const LABELS: Record<KnownVariable, MessageKey> = {
  'customer.name': 'tplVarCustomerName',
  'customer.firstName': 'tplVarCustomerFirstName',
  'customer.lastName': 'tplVarCustomerLastName',
  'customer.patronymic': 'tplVarCustomerPatronymic',
  'customer.nameAndPatronymic': 'tplVarCustomerNameAndPatronymic',
  'customer.phone': 'tplVarCustomerPhone',
  'customer.email': 'tplVarCustomerEmail',
  'customer.crmId': 'tplVarCustomerCrmId',
  'operator.name': 'tplVarOperatorName',
  'operator.firstName': 'tplVarOperatorFirstName',
  'company.name': 'tplVarCompanyName',
  'date.today': 'tplVarToday',
  'date.tomorrow': 'tplVarTomorrow',
  'time.now': 'tplVarNow',
};

/** What a variable means, in the operator's language (`{{name}}` itself for pack constants). */
export function variableLabel(name: string): string {
  const key = LABELS[name as KnownVariable];
  return key ? t(key) : `{{${name}}}`;
}
