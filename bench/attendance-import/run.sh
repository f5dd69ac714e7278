#!/usr/bin/env bash
# Attendance import benchmark (see README.md): a generated regency of $STAFF staff and one year of ZKTeco punches,
# imported through POST /api/v1/imports/attlog, compared with a raw COPY of the same file into a bare table, then the
# yearly totals of everyone computed through GET /api/v1/attendance/{year}.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
STAFF=${STAFF:-10000}
YEAR=${YEAR:-2025}
DEVICE=${DEVICE:-BENCH-SN-1}
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Bench#Run2026}
JAVA_OPTS=${JAVA_OPTS:--Xmx3g}
PSQL=${PSQL:-/usr/bin/psql}

work=$(mktemp -d /tmp/merit-bench.XXXXXX)
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

# 2. Data: OPDs, staff, holidays, device users and the attlog (deterministic).
echo "== generating $STAFF staff and their $YEAR punches"
lines=$(java "$here/Generate.java" "$work/data" "$STAFF" "$YEAR" "$DEVICE")
size=$(du -m "$work/data/attlog.dat" | cut -f1)
echo "   attlog.dat: $lines punches, $size MB"

# 3. The app on a fresh embedded PostgreSQL, no demo data.
echo "== starting Merit on :$PORT (embedded PostgreSQL on :$DB_PORT, data in $work/pg)"
MERIT_DEMO=false MERIT_ADMIN_USERNAME=admin MERIT_ADMIN_PASSWORD="$ADMIN_PASSWORD" MERIT_EMBEDDED_DB_DIR="$work/pg" \
  MERIT_EMBEDDED_DB_PORT="$DB_PORT" PORT="$PORT" MERIT_MAX_UPLOAD=2GB \
  java $JAVA_OPTS -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app died:"; tail -40 "$work/app.log"; exit 1; fi
  sleep 1
done
curl -sf "http://localhost:$PORT/actuator/health" > /dev/null || { echo "the app did not start"; tail -40 "$work/app.log"; exit 1; }

api() { curl -s -u "admin:$ADMIN_PASSWORD" "$@"; }
import_kind() {
  local kind=$1 file=$2 out="$work/$1.json"
  local code
  code=$(api -o "$out" -w '%{http_code}' -F "file=@$file" "http://localhost:$PORT/api/v1/imports/$kind")
  echo "   $kind: HTTP $code, accepted $(json_num accepted "$out"), duplicates $(json_num duplicates "$out")"
  [ "$code" = 200 ] || { head -c 600 "$out"; echo; exit 1; }
}

# 4. Master data through the real import endpoints.
echo "== master data through POST /api/v1/imports/{kind}"
import_kind opds "$work/data/opds.csv"
import_kind employees "$work/data/employees.csv"
import_kind holidays "$work/data/holidays.csv"
import_kind device-users "$work/data/device-users.csv"

# 5. The attlog through the real endpoint, timed (checkpoint first so both runs start with a clean WAL).
# attlog OUT: POST the file, check HTTP 200, print the counts; prints the seconds taken on stdout.
attlog() {
  local out=$1 t0 t1 code
  t0=$(now)
  code=$(api -o "$out" -w '%{http_code}' -F "file=@$work/data/attlog.dat" "http://localhost:$PORT/api/v1/imports/attlog?device_sn=$DEVICE")
  t1=$(now)
  [ "$code" = 200 ] || { echo "HTTP $code" >&2; head -c 600 "$out" >&2; exit 1; }
  echo "   HTTP $code in $(elapsed "$t0" "$t1") s: accepted $(json_num accepted "$out"), duplicates $(json_num duplicates "$out")," \
    "rejected $( (grep -o '"line":' "$out" || true) | wc -l)" >&2
  elapsed "$t0" "$t1"
}
sql -c "CHECKPOINT"
echo "== POST /api/v1/imports/attlog?device_sn=$DEVICE ($lines punches)"
import_s=$(attlog "$work/attlog.json")
accepted=$(json_num accepted "$work/attlog.json")
duplicates=$(json_num duplicates "$work/attlog.json")
rejected=$( (grep -o '"line":' "$work/attlog.json" || true) | wc -l)

# 6. Raw COPY of the same file into a bare table (no index, no parsing in Java): the ceiling.
sql -c "DROP TABLE IF EXISTS bench_raw" -c "CREATE TABLE bench_raw (pin text, punched_at timestamp, verify text, state text, workcode text, reserved text)"
sql -c "CHECKPOINT"
echo "== raw \\copy of attlog.dat into a bare table"
t0=$(now)
sql -c "\\copy bench_raw FROM '$work/data/attlog.dat'"
t1=$(now)
copy_s=$(elapsed "$t0" "$t1")
copied=$(sql -c "SELECT count(*) FROM bench_raw")
echo "   $copied rows in ${copy_s} s"

# 6b. The same file once more through the endpoint: idempotency (every punch a duplicate) and what a merge costs.
echo "== the same attlog again (every punch already stored)"
reimport_s=$(attlog "$work/attlog2.json")
stored=$(sql -c "SELECT count(*) FROM attendance.punch")
echo "   punches stored (view attendance.punch): $stored"

# 7. Yearly totals of everyone (one batch), twice: right after the import and once more.
echo "== GET /api/v1/attendance/$YEAR?until=$YEAR-12-31 (yearly totals of all staff)"
totals() {
  local out="$work/totals.json" t
  t=$(api -o "$out" -D "$work/totals.headers" -w '%{time_total}' "http://localhost:$PORT/api/v1/attendance/$YEAR?until=$YEAR-12-31")
  local n server
  n=$( (grep -o '"nip"' "$out" || true) | wc -l)
  server=$(grep -i '^server-timing' "$work/totals.headers" | tr -d '\r' | sed 's/.*dur=//')
  echo "   $n employees in ${t} s (compute ${server} ms)" >&2
  echo "$t"
}
totals_1=$(totals)
totals_2=$(totals)

import_rate=$(rate "$lines" "$import_s")
copy_rate=$(rate "$lines" "$copy_s")
ratio=$(awk -v a="$import_rate" -v b="$copy_rate" 'BEGIN { printf "%.0f", 100 * a / b }')
cat <<SUMMARY

== Attendance import benchmark ($STAFF staff, $YEAR, $lines punches, $size MB, $(nproc) CPUs)
   import through the endpoint : ${import_s} s  ${import_rate} punches/s  (accepted $accepted, duplicates $duplicates, rejected $rejected)
   raw COPY into a bare table  : ${copy_s} s  ${copy_rate} punches/s
   ratio                       : ${ratio} %   (target >= 50 %)
   the same file again         : ${reimport_s} s  (accepted $(json_num accepted "$work/attlog2.json"), duplicates $(json_num duplicates "$work/attlog2.json"); stored $stored)
   yearly totals of all staff  : ${totals_1} s first call, ${totals_2} s second call   (target < 10 s)
SUMMARY
