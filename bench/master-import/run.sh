#!/usr/bin/env bash
# Employees import benchmark (issue 10 item 2): $STAFF employees (default 100,000) through
# POST /api/v1/imports/employees — first import (all created), the same file again (all duplicates), then the file
# with 10 % of the rows changed — next to a raw psql \copy of the same file into a bare table with the same columns,
# on the same embedded PostgreSQL in the same run. Target: >= 20 % of the raw COPY throughput, under 10 s.
# Usage: bench/master-import/run.sh            STAFF=20000 bench/master-import/run.sh   KEEP=1 keeps the temp dir
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
STAFF=${STAFF:-100000}
PORT=${PORT:-18088}
DB_PORT=${DB_PORT:-15488}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Bench#Run2026}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
PSQL=${PSQL:-/usr/bin/psql}

work=$(mktemp -d /tmp/merit-bench-master.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
json_num() { grep -o "\"$1\":[0-9]*" "$2" | head -1 | cut -d: -f2; }
sql() { "$PSQL" -h localhost -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# 1. The application jar (MERIT_JAR wins; otherwise built when missing or older than the sources).
jar=${MERIT_JAR:-}
if [ -z "$jar" ]; then
  jar=$(ls "$root"/target/merit-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    echo "== building the jar"
    (cd "$root" && { ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package; })
    jar=$(ls "$root"/target/merit-*.jar | grep -v '\.original$' | head -1)
  fi
fi
echo "== jar: $jar"

echo "== generating $STAFF employees (and the same file with 10 % changed)"
java "$here/Generate.java" "$work/data" "$STAFF" > /dev/null
size=$(du -k "$work/data/employees.csv" | cut -f1)
echo "   employees.csv: $STAFF rows, $size KB"

echo "== starting Merit on :$PORT (embedded PostgreSQL on :$DB_PORT, data in $work/pg)"
MERIT_DEMO=false MERIT_ADMIN_USERNAME=admin MERIT_ADMIN_PASSWORD="$ADMIN_PASSWORD" MERIT_EMBEDDED_DB_DIR="$work/pg" \
  MERIT_EMBEDDED_DB_PORT="$DB_PORT" PORT="$PORT" MERIT_MAX_UPLOAD=2GB LOGGING_LEVEL_ID_MERIT_SHARED_IMPORTS=DEBUG \
  java $JAVA_OPTS -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app died:"; tail -40 "$work/app.log"; exit 1; fi
  sleep 1
done
curl -sf "http://localhost:$PORT/actuator/health" > /dev/null || { echo "the app did not start"; tail -40 "$work/app.log"; exit 1; }

api() { curl -s -u "admin:$ADMIN_PASSWORD" "$@"; }
# import KIND FILE OUT: POST the file, check HTTP 200, print the counts on stderr and the seconds on stdout.
import() {
  local kind=$1 file=$2 out=$3 t0 t1 code
  t0=$(now)
  code=$(api -o "$out" -w '%{http_code}' -F "file=@$file" "http://localhost:$PORT/api/v1/imports/$kind")
  t1=$(now)
  [ "$code" = 200 ] || { echo "HTTP $code" >&2; head -c 600 "$out" >&2; exit 1; }
  echo "   $kind $(basename "$file"): HTTP $code in $(elapsed "$t0" "$t1") s, accepted $(json_num accepted "$out")," \
    "duplicates $(json_num duplicates "$out")" >&2
  elapsed "$t0" "$t1"
}

echo "== OPDs first (the employees' opd_code must exist)"
import opds "$work/data/opds.csv" "$work/opds.json" > /dev/null

sql -c "CHECKPOINT"
echo "== POST /api/v1/imports/employees: first import (creates)"
first_s=$(import employees "$work/data/employees.csv" "$work/first.json")
echo "== the same file again (every row a duplicate)"
again_s=$(import employees "$work/data/employees.csv" "$work/again.json")
echo "== the file with 10 % of the rows changed"
changed_s=$(import employees "$work/data/employees-changed.csv" "$work/changed.json")
audits=$(sql -c "SELECT action || ' ' || count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' GROUP BY action ORDER BY action" | paste -sd, -)
summaries=$(sql -c "SELECT count(*) FROM audit.audit_event WHERE action = 'IMPORT' AND entity_key = 'employees'")
registry=$(sql -c "SELECT version FROM discipline.registry_version WHERE id = 1")

echo "== raw \\copy of employees.csv into a bare table with the same columns"
sql -c "DROP TABLE IF EXISTS bench_raw" -c "CREATE TABLE bench_raw (nip varchar(32), name varchar(200), gender varchar(1),
  birth_date date, employee_type varchar(24), opd_code varchar(32), rank varchar(6), position_name varchar(200),
  position_kind varchar(16), position_level varchar(16), functional_profession varchar(16), home_lat numeric(9,6),
  home_lon numeric(9,6))"
sql -c "CHECKPOINT"
t0=$(now)
sql -c "\\copy bench_raw FROM '$work/data/employees.csv' WITH (FORMAT csv, HEADER true)"
t1=$(now)
copy_s=$(elapsed "$t0" "$t1")
echo "   $(sql -c "SELECT count(*) FROM bench_raw") rows in $copy_s s"

echo "== raw \\copy into the same table with the registry's indexes (unique NIP, NIP prefix, name, trigram name, OPD, type)"
sql -c "DROP TABLE IF EXISTS bench_indexed" -c "CREATE TABLE bench_indexed (LIKE bench_raw)" \
    -c "CREATE UNIQUE INDEX ON bench_indexed (nip)" -c "CREATE INDEX ON bench_indexed (nip text_pattern_ops)" \
    -c "CREATE INDEX ON bench_indexed (lower(name))" -c "CREATE INDEX ON bench_indexed USING gin (lower(name) gin_trgm_ops)" \
    -c "CREATE INDEX ON bench_indexed (opd_code)" -c "CREATE INDEX ON bench_indexed (employee_type)"
sql -c "CHECKPOINT"
t0=$(now)
sql -c "\\copy bench_indexed FROM '$work/data/employees.csv' WITH (FORMAT csv, HEADER true)"
t1=$(now)
indexed_s=$(elapsed "$t0" "$t1")
echo "   $(sql -c "SELECT count(*) FROM bench_indexed") rows in $indexed_s s"

copy_rate=$(rate "$STAFF" "$copy_s")
line() { # label seconds
  local r; r=$(rate "$STAFF" "$2")
  printf '   %-36s: %6s s  %7s rows/s  %4s %% of raw COPY\n' "$1" "$2" "$r" "$(awk -v a="$r" -v b="$copy_rate" 'BEGIN { printf "%.0f", 100 * a / b }')"
}
load=$(cut -d' ' -f1-3 /proc/loadavg)
cat <<SUMMARY

== Employees import benchmark ($STAFF rows, $size KB, $(nproc) CPUs, load average $load)
$(line "first import (all created)" "$first_s")
$(line "same file again (all duplicates)" "$again_s")
$(line "10 % changed" "$changed_s")
   raw \\copy into a bare table          : ${copy_s} s  $copy_rate rows/s
   raw \\copy into an indexed table       : ${indexed_s} s  $(rate "$STAFF" "$indexed_s") rows/s (first import = $(awk -v a="$indexed_s" -v b="$first_s" 'BEGIN { printf "%.0f", 100 * a / b }') % of its throughput)
   counts: first $(json_num accepted "$work/first.json")/$(json_num duplicates "$work/first.json"), again $(json_num accepted "$work/again.json")/$(json_num duplicates "$work/again.json"), changed $(json_num accepted "$work/changed.json")/$(json_num duplicates "$work/changed.json") (accepted/duplicates)
   audit: $audits; $summaries IMPORT summaries; discipline registry version $registry
   target: >= 20 % of raw COPY throughput and < 10 s for 100,000 rows
   from the app log (read + validate = pass 1; the rest of each import is the set-based write):
$(grep -oE "Import of employees: .*|Import employees '.*" "$work/app.log" | sed 's/^/     /')
SUMMARY
