// Reads a Parquet file written by `warta export --format parquet` with DuckDB and checks its shape:
// node check.mjs events.parquet [expected-rows]
// Prints the row count, the columns and the busiest clusters; exits 1 when the file does not read back as expected.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, expectedRows] = process.argv.slice(2);
if (!file) { console.error('usage: node check.mjs FILE.parquet [expected-rows]'); process.exit(2); }
const expectedColumns = ['record_id', 'cluster_id', 'article_id', 'duplicate', 'date', 'date_to', 'precision',
  'source_keys', 'source_codes', 'source_names', 'target_keys', 'target_codes', 'target_names',
  'cameo', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode', 'modality', 'claimed_by', 'denied_by',
  'place', 'place_country', 'lat', 'lon', 'confidence', 'num_mentions', 'num_sources', 'num_articles',
  'url', 'outlet', 'language', 'published', 'sentence', 'evidence_start', 'evidence_end', 'evidence'];

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const lit = "'" + file.replaceAll("'", "''") + "'";
const count = Number((await (await con.run(`SELECT count(*) FROM read_parquet(${lit})`)).getRows())[0][0]);
const cols = (await (await con.run(`DESCRIBE SELECT * FROM read_parquet(${lit})`)).getRows()).map(r => r[0]);
const top = await (await con.run(
  `SELECT cluster_id, min(cameo), string_agg(DISTINCT language, ','), count(*) AS records FROM read_parquet(${lit})
   GROUP BY cluster_id ORDER BY records DESC, cluster_id LIMIT 5`)).getRows();
console.log(`rows: ${count}`);
console.log(`columns (${cols.length}): ${cols.join(', ')}`);
for (const r of top) console.log(`cluster ${r[0]}: cameo ${r[1]}, languages ${r[2]}, ${r[3]} records`);
const lower = cols;
const missing = expectedColumns.filter(c => !lower.includes(c));
let ok = true;
if (missing.length) { console.error(`missing columns: ${missing.join(', ')}`); ok = false; }
if (expectedRows !== undefined && count !== Number(expectedRows)) { console.error(`expected ${expectedRows} rows`); ok = false; }
process.exit(ok ? 0 : 1);
