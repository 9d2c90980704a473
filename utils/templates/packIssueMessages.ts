import type { Lang } from './ids';
import type { PackIssueCode } from './packIssue';

type Messages = Record<Exclude<PackIssueCode, 'schema'>, string>;

/*
 * Validation messages for operators (options page, Russian or English) and team leads (CLI).
 * They live with the validator rather than in the UI catalogue because the CLI prints them too.
 * `{0}`, `{1}` are substitutions.
 */
const ru: Messages = {
  too_large: 'Файл слишком большой: {0} МБ, допускается не больше {1} МБ.',
  not_json: 'Это не JSON: {0}.',
  too_deep: 'Слишком глубокая вложенность (больше {0} уровней) — так пакеты не устроены.',
  duplicate_key: 'Ключ «{0}» повторяется в одном объекте.',
  not_object: 'Пакет должен быть JSON-объектом.',
  unsupported_format:
    'Пакет сделан для формата {0}, а эта версия Суфлёра читает формат {1}. Обновите расширение.',
  duplicate_id: 'Идентификатор «{0}» уже встречается в {1}.',
  language_not_declared: 'Язык «{0}» не указан в languages пакета.',
  changelog_order: 'Журнал изменений должен идти от новой версии к старой, а {0} идёт после {1}.',
  changelog_version: 'Первая запись журнала изменений ({0}) не совпадает с версией пакета ({1}).',
  unknown_template_ref: 'Ссылка на шаблон «{0}», которого нет в пакете.',
  unknown_intent: 'Намерение «{0}» не описано ни в пакете, ни во встроенных правилах.',
  duplicate_shortcut: 'Сокращение «{0}» уже есть у шаблона «{1}».',
  malformed_placeholder: 'Непонятная подстановка {0}: ожидалось {{имя}} или {{имя|запасной текст}}.',
  unclosed_placeholder: 'Подстановка не закрыта: {0}',
  unknown_variable: 'Неизвестная переменная {{{0}}}.',
  undeclared_field: 'Поле {{field.{0}}} используется, но не описано в fields.',
  unused_field: 'Поле «{0}» описано, но в тексте не используется.',
  duplicate_field: 'Поле «{0}» описано дважды.',
  markup: 'Шаблоны — это простой текст, HTML и скрипты в них недопустимы: {0}',
  verse_not_rhymed: 'Шаблон-стих не складывается в рифмованные строки: {0}',
  verse_variable_in_rhyme:
    'Переменная {{{0}}} стоит в конце строки, на месте рифмы: подставленное имя рифму сломает.',
};

const en: Messages = {
  too_large: 'The file is too large: {0} MB, at most {1} MB is accepted.',
  not_json: 'This is not JSON: {0}.',
  too_deep: 'Nested too deeply (more than {0} levels); packs are not shaped like that.',
  duplicate_key: 'The key "{0}" is repeated in one object.',
  not_object: 'A pack must be a JSON object.',
  unsupported_format:
    'The pack is written for format {0}; this version of Sufler reads format {1}. Update the extension.',
  duplicate_id: 'The id "{0}" is already used in {1}.',
  language_not_declared: 'The language "{0}" is not listed in the pack\'s languages.',
  changelog_order: 'The changelog must go from the newest version to the oldest, but {0} comes after {1}.',
  changelog_version: 'The first changelog entry ({0}) does not match the pack version ({1}).',
  unknown_template_ref: 'Refers to the template "{0}", which is not in the pack.',
  unknown_intent: 'The intent "{0}" is defined neither in the pack nor in the built-in rules.',
  duplicate_shortcut: 'The shortcut "{0}" is already used by the template "{1}".',
  malformed_placeholder: 'Unclear placeholder {0}: expected {{name}} or {{name|fallback}}.',
  unclosed_placeholder: 'Placeholder not closed: {0}',
  unknown_variable: 'Unknown variable {{{0}}}.',
  undeclared_field: 'The field {{field.{0}}} is used but not declared in fields.',
  unused_field: 'The field "{0}" is declared but not used in the body.',
  duplicate_field: 'The field "{0}" is declared twice.',
  markup: 'Templates are plain text; HTML and scripts are not allowed in them: {0}',
  verse_not_rhymed: 'This verse template does not read as rhymed lines: {0}',
  verse_variable_in_rhyme:
    'The variable {{{0}}} ends a line, where the rhyme is: a filled-in name would break it.',
};

const tables: Record<Lang, Messages> = { ru, en };

export function packIssueMessage(
  lang: Lang,
  code: Exclude<PackIssueCode, 'schema'>,
  ...args: (string | number)[]
): string {
  return tables[lang][code].replace(/\{(\d)\}/g, (m, i: string) => {
    const arg = args[Number(i)];
    return arg === undefined ? m : String(arg);
  });
}

/*
 * The schema's own hints (zod `message`s) are written in English, for the CLI and the JSON
 * Schema's readers; operators get them in Russian. Anything not listed stays as zod wrote it.
 */
const SCHEMA_RU: Record<string, string> = {
  'use lower-case letters, digits, ".", "_" and "-"':
    'допустимы строчные латинские буквы, цифры, «.», «_» и «-»',
  'use a semantic version such as 1.2.0': 'нужен номер версии вида 1.2.0',
  'a field id is a word of Latin letters, digits and "_"':
    'идентификатор поля — слово из латинских букв, цифр и «_»',
  'a choice field needs at least 2 options': 'у поля с выбором должно быть хотя бы 2 варианта',
  'only a choice field has options': 'варианты бывают только у поля с выбором',
  'the default must be one of the options': 'значение по умолчанию должно быть одним из вариантов',
  'the default of a number field must be a number': 'значение по умолчанию числового поля должно быть числом',
  'a date default is "today", "tomorrow", "+N" days or YYYY-MM-DD':
    'дата по умолчанию: «today», «tomorrow», «+N» дней или ГГГГ-ММ-ДД',
  'a tag cannot contain a comma': 'в теге не может быть запятой',
  'a shortcut is one word, optionally starting with ; or /':
    'сокращение — одно слово, можно начать с «;» или «/»',
  'use YYYY-MM-DD': 'нужна дата вида ГГГГ-ММ-ДД',
  'a key id is 16 hex digits': 'идентификатор ключа — 16 шестнадцатеричных цифр',
  'a signature is 64 bytes in base64': 'подпись — 64 байта в base64',
  'a constant name is a word': 'имя константы — одно слово латиницей',
};

export function translateSchemaMessage(lang: Lang, message: string): string {
  return lang === 'ru' ? (SCHEMA_RU[message] ?? message) : message;
}
