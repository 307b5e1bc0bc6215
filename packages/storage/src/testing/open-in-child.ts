// Opens (and so migrates) the SQLite database in the directory given as argument, in its own
// process: how a test starts several "processes" against one file at the same moment.
import { openDatabase } from '../open-database.ts';

const db = await openDatabase({ dataDir: process.argv[2] });
await db.destroy();
