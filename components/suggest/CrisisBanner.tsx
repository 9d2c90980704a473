import type { CrisisResult } from '@/utils/analysis/detectCrisis';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { Playbook } from '@/utils/templates/packParts';

const STEPS: MessageKey[] = ['crisisStepSafety', 'crisisStep112', 'crisisStepPayment', 'crisisStepLine'];

/**
 * Shown above everything else when the customer is in real trouble: the team's playbook for this
 * kind of crisis when a pack has one, else the safety-first steps every operator should follow.
 */
export function CrisisBanner({ crisis, playbook }: { crisis: CrisisResult; playbook?: Playbook }) {
  if (!crisis.isCrisis) return null;
  const kind = crisis.kind ? (`crisis_${crisis.kind}` as MessageKey) : null;
  return (
    <section className="card crisis" role="alert" data-testid="crisis-banner" data-kind={crisis.kind}>
      <h2>{t('crisisTitle')}</h2>
      {kind && <p className="crisis-kind">{t(kind)}</p>}
      {playbook ? (
        <>
          <p className="crisis-playbook" data-testid="crisis-playbook">
            <strong>{playbook.title}</strong>
          </p>
          <ol>
            {playbook.steps.map((step) => (
              <li key={step.text}>{step.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
      )}
      {crisis.cues.length > 0 && <p className="muted small">{t('crisisCues', crisis.cues.join(', '))}</p>}
    </section>
  );
}
