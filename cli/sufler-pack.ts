import { loadEnglishDictionary } from '../utils/verse/loadEnglishDictionary';
import { loadRussianLexicon } from '../utils/verse/loadRussianLexicon';
import { nodeIo } from './io';
import { runCli } from './runCli';

// Verse templates are checked for rhyme: give the checker both dictionaries, as the panel has.
await Promise.all([loadRussianLexicon(), loadEnglishDictionary()]).catch(() => undefined);
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
