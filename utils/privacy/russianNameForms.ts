import { escapeRegExp } from './escapeRegExp';

// Case endings by how the nominative ends. The stem drops the ending that declines.
// Иван → Ивана, Ивану, Иваном, Иване; Анна → Анны, Анне, Анну, Анной; Мария → Марии, Марию, Марией;
// Андрей → Андрея, Андрею, Андреем; Игорь → Игоря; Петров → Петрова, Петрову, Петровым;
// Петрова → Петровой, Петрову; Дмитрий → Дмитрия; Сергеевич → Сергеевича.
const RULES: ReadonlyArray<[RegExp, number, string]> = [
  [/(?:ов|ев|ёв|ин|ын)$/, 0, '|а|у|ым|е|ых'],
  // Surnames (Петрова → Петровой) and first names of the same ending (Алина → Алины, Алине).
  [/(?:ова|ева|ёва|ина|ына)$/, 1, 'а|ой|у|ою|ы|е'],
  [/(?:ский|цкий)$/, 2, 'ий|ого|ому|им|ом'],
  [/(?:ская|цкая)$/, 2, 'ая|ой|ую|ою'],
  [/ий$/, 2, 'ий|ия|ию|ием|ии|ье|ья|ью|ьем'],
  [/ия$/, 2, 'ия|ии|ию|ией|ье|ья'],
  [/[аеёиоуыэюя]я$/, 1, 'я|и|е|ю|ей|ею'],
  [/[гкхжшщч]а$/, 1, 'а|и|е|у|ой|ою'],
  [/а$/, 1, 'а|ы|е|у|ой|ою|ей'],
  [/я$/, 1, 'я|и|е|ю|ей|ею'],
  [/[йь]$/, 1, 'й|ь|я|ю|ем|ём|е'],
  [/[бвгджзклмнпрстфхцчшщ]$/, 0, '|а|у|ом|ем|е|ым'],
];

/** "ё" is often written "е"; either spelling matches. */
const yo = (s: string) => s.replace(/[её]/g, '[её]');

/**
 * A regex source matching a Russian name word in its case forms, for case-insensitive use
 * (`i` + `u` flags). Non-Cyrillic words and indeclinable ones (Бойко, Дюма) match as written.
 */
export function russianNameForms(word: string): string {
  const plain = word.toLowerCase();
  if (!/^[а-яё-]+$/.test(plain)) return escapeRegExp(word);
  const rule = RULES.find(([pattern]) => pattern.test(plain));
  if (!rule) return yo(plain);
  const [, cut, endings] = rule;
  return `${yo(plain.slice(0, plain.length - cut))}(?:${endings})`;
}
