import { checkTemplate, findMarkup } from './checkTemplate';
import { compareVersions } from './compareVersions';
import type { Lang } from './ids';
import type { PackIssueCode } from './packIssue';
import { packIssueMessage } from './packIssueMessages';
import type { Pack } from './packSchema';

export interface RawIssue {
  severity: 'error' | 'warning';
  code: Exclude<PackIssueCode, 'schema'>;
  segments: (string | number)[];
  message: string;
}

/**
 * The checks a schema cannot express: ids unique per kind, templates in declared languages,
 * placeholders that resolve, playbooks that point at existing templates, a changelog that runs
 * newest-first and starts at the pack's version. `knownIntents` are the built-in intent ids.
 */
export function checkPackReferences(pack: Pack, lang: Lang, knownIntents: Iterable<string> = []): RawIssue[] {
  const issues: RawIssue[] = [];
  const add = (
    severity: RawIssue['severity'],
    code: RawIssue['code'],
    segments: (string | number)[],
    ...args: (string | number)[]
  ) => issues.push({ severity, code, segments, message: packIssueMessage(lang, code, ...args) });

  const unique = (list: readonly { id: string }[], key: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add('error', 'duplicate_id', [key, i, 'id'], item.id, `${key}[${first}]`);
    });
  };
  unique(pack.templates, 'templates');
  unique(pack.playbooks, 'playbooks');
  unique(pack.authority, 'authority');
  unique(pack.intents, 'intents');
  unique(pack.siteProfiles, 'siteProfiles');

  const languages = new Set<string>(pack.languages);
  const constants = Object.keys(pack.constants);
  const intents = new Set([...knownIntents, ...pack.intents.map((r) => r.id)]);
  const shortcuts = new Map<string, string>();
  pack.templates.forEach((template, i) => {
    if (!languages.has(template.lang))
      add('error', 'language_not_declared', ['templates', i, 'lang'], template.lang);
    for (const issue of checkTemplate(template, constants)) {
      const where =
        issue.code === 'unused_field' || issue.code === 'duplicate_field'
          ? 'fields'
          : issue.code === 'markup' && findMarkup(template.title)
            ? 'title'
            : 'body';
      add(issue.severity, issue.code, ['templates', i, where], issue.subject);
    }
    template.intents.forEach((id, j) => {
      if (!intents.has(id)) add('warning', 'unknown_intent', ['templates', i, 'intents', j], id);
    });
    if (template.shortcut) {
      const other = shortcuts.get(template.shortcut);
      if (other) add('warning', 'duplicate_shortcut', ['templates', i, 'shortcut'], template.shortcut, other);
      else shortcuts.set(template.shortcut, template.id);
    }
  });

  const templateIds = new Set(pack.templates.map((t) => t.id));
  pack.playbooks.forEach((playbook, i) => {
    if (!languages.has(playbook.lang))
      add('error', 'language_not_declared', ['playbooks', i, 'lang'], playbook.lang);
    playbook.templates.forEach((id, j) => {
      if (!templateIds.has(id)) add('error', 'unknown_template_ref', ['playbooks', i, 'templates', j], id);
    });
  });
  pack.voiceGuide.forEach((guide, i) => {
    if (!languages.has(guide.lang))
      add('error', 'language_not_declared', ['voiceGuide', i, 'lang'], guide.lang);
  });
  pack.authority.forEach((option, i) => {
    if (!languages.has(option.lang))
      add('error', 'language_not_declared', ['authority', i, 'lang'], option.lang);
  });

  const [first] = pack.changelog;
  if (first && first.version !== pack.version)
    add('error', 'changelog_version', ['changelog', 0, 'version'], first.version, pack.version);
  for (let i = 1; i < pack.changelog.length; i++) {
    const newer = pack.changelog[i - 1]!.version;
    const older = pack.changelog[i]!.version;
    if (compareVersions(newer, older) <= 0)
      add('error', 'changelog_order', ['changelog', i, 'version'], older, newer);
  }
  return issues;
}
