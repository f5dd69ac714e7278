#!/usr/bin/env bash
# The regent's dashboard on the demo regency: starts the jar on a throw-away embedded database, logs in as the regent
# (bupati) and times with curl
#   1. the first request of /dashboard/YEAR (it computes and stores the year's IP ASN if absent, and waits for the
#      year's attendance recommendations if discipline's cache is not warm yet),
#   2. the page once everything is stored (mean of 20), and the .xlsx export (mean of 5).
# Usage: bench/reporting/run.sh [asn honorary] [year]
#   without asn/honorary: the default demo regency (4,500 staff with this year's activity); with them: MERIT_DEMO_ASN/
#   MERIT_DEMO_HONORARY staff without activity, plus an ANNUAL SKP of YEAR for every PNS/PPPK (plain SQL).
set -euo pipefail
cd "$(dirname "$0")/../.."
ASN=${1:-}; HON=${2:-}; YEAR=${3:-2025}
PORT=${BENCH_PORT:-18092}; DBPORT=${BENCH_DB_PORT:-54392}; DIR=$(mktemp -d /tmp/merit-bench-dashboard.XXXX)
[ -f target/merit-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
if [ -n "$ASN" ]; then EXTRA="MERIT_DEMO_ACTIVITY=false MERIT_DEMO_ASN=$ASN MERIT_DEMO_HONORARY=$HON"; else EXTRA=""; fi
env MERIT_EMBEDDED_DB_DIR=$DIR/pg MERIT_EMBEDDED_DB_PORT=$DBPORT PORT=$PORT MERIT_DEMO=true $EXTRA \
  java -jar target/merit-0.1.0-SNAPSHOT.jar > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 900); do grep -q "Started MeritApplication" "$DIR/app.log" && break; sleep 1; done
if [ -n "$ASN" ]; then WAIT="Demo regency seeded"; else WAIT="Demo activity imported"; fi
for _ in $(seq 1 600); do grep -q "$WAIT" "$DIR/app.log" && break; sleep 1; done
sleep 5
grep -o "Demo regency seeded.*\|Demo activity imported.*" "$DIR/app.log" || true
psql() { command psql -h localhost -p $DBPORT -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
if [ -n "$ASN" ]; then
  psql -c "INSERT INTO performance.evaluation (employee_id, year, period, predicate)
           SELECT id, $YEAR, 'ANNUAL', (ARRAY['SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG'])[1 + id % 6]
             FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')
           ON CONFLICT (employee_id, year, period) DO NOTHING"
fi
echo "staff: $(psql -c "SELECT count(*) FROM employee.employee"); annual SKP $YEAR: $(psql -c "SELECT count(*) FROM performance.evaluation WHERE year = $YEAR AND period = 'ANNUAL'"); posts: $(psql -c "SELECT count(*) FROM orgunit.post WHERE retired_on IS NULL")"
jar=$(mktemp); curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" -o "$DIR/login.html"
token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/login.html")
curl -s -c "$jar" -b "$jar" --data-urlencode "username=bupati" --data-urlencode "password=Merit#Demo2026" \
  --data-urlencode "_csrf=$token" "http://localhost:$PORT/login" -o /dev/null
t() { curl -s -b "$jar" -c "$jar" -o "$DIR/page.out" -w "%{http_code} %{time_total}" "$@"; }
read -r code secs <<<"$(t "http://localhost:$PORT/dashboard/$YEAR")"
printf 'first dashboard %s (HTTP %s): %.0f ms\n' "$YEAR" "$code" "$(echo "$secs * 1000" | bc -l)"
N=20; sum=0; max=0
for i in $(seq 1 $N); do
  read -r code secs <<<"$(t "http://localhost:$PORT/dashboard/$YEAR")"
  [ "$code" = 200 ] || { echo "HTTP $code"; exit 1; }
  sum=$(echo "$sum + $secs" | bc -l); max=$(echo "if ($secs > $max) $secs else $max" | bc -l)
done
printf 'dashboard page: %.1f ms mean over %d, max %.1f ms\n' "$(echo "$sum * 1000 / $N" | bc -l)" $N "$(echo "$max * 1000" | bc -l)"
N=5; sum=0
for i in $(seq 1 $N); do read -r code secs <<<"$(t "http://localhost:$PORT/dashboard/$YEAR?format=xlsx")"; sum=$(echo "$sum + $secs" | bc -l); done
printf 'dashboard .xlsx: %.1f ms mean over %d (HTTP %s, %s bytes)\n' "$(echo "$sum * 1000 / $N" | bc -l)" $N "$code" "$(stat -c %s "$DIR/page.out")"
CUR=$(date +%Y)
read -r code secs <<<"$(t "http://localhost:$PORT/dashboard/$CUR")"
printf 'first dashboard %s (HTTP %s): %.0f ms\n' "$CUR" "$code" "$(echo "$secs * 1000" | bc -l)"
read -r code secs <<<"$(t "http://localhost:$PORT/dashboard/$CUR")"
printf 'second dashboard %s (HTTP %s): %.0f ms\n' "$CUR" "$code" "$(echo "$secs * 1000" | bc -l)"
