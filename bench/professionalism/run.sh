#!/usr/bin/env bash
# IP ASN for a whole year at provincial scale: seeds the demo regency (default 70,000 ASN + 30,000 honorary staff),
# adds an ANNUAL SKP predicate of the year for every ASN, a technical training and a seminar for every other one
# and a punishment for one in fifty (plain SQL), then times through the application:
#   1. the first request of the rankings page (computes and stores the year: one pass from bulk reads + COPY),
#   2. "Hitung ulang" (the same computation, replacing the year atomically),
#   3. the rankings page and the two rankings API calls once the year is stored,
# and prints the application's own log line with the split into reads / calculation / write.
# Usage: bench/professionalism/run.sh [asn] [honorary] [year]     (defaults 70000 30000 2025)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/demo.sh
ASN=${1:-70000}; HON=${2:-30000}; YEAR=${3:-2025}
PORT=${BENCH_PORT:-18093}; DBPORT=${BENCH_DB_PORT:-54393}; DIR=$(mktemp -d /tmp/merit-bench-ipasn.XXXX)
JAR=target/merit-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
demo_start 900
records_sql "$YEAR" | psql
echo "staff: $(psql -c "SELECT count(*) FROM employee.employee"), measured types: $(psql -c "SELECT count(*) FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')")"
jar=$(mktemp); demo_login "$jar"
t() { curl -s -b "$jar" -c "$jar" -o "$DIR/page.html" -w "%{time_total}" "$@"; }
printf 'first rankings page (computes and stores %s): %.0f ms\n' "$YEAR" "$(echo "$(t "http://localhost:$PORT/professionalism/$YEAR") * 1000" | bc -l)"
grep -o "IP ASN $YEAR: .*" "$DIR/app.log" | tail -1
token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/page.html" | head -1)
printf 'recompute (Hitung ulang, POST → redirect): %.0f ms\n' "$(echo "$(t --data-urlencode "_csrf=$token" "http://localhost:$PORT/professionalism/$YEAR/recompute") * 1000" | bc -l)"
grep -o "IP ASN $YEAR: .*" "$DIR/app.log" | tail -1
N=20; page=0; api=0; opds=0
for i in $(seq 1 $N); do
  page=$(echo "$page + $(t "http://localhost:$PORT/professionalism/$YEAR?page=$((i % 5))")" | bc -l)
  api=$(echo "$api + $(curl -s -u admin:Merit#Demo2026 -o /dev/null -w "%{time_total}" "http://localhost:$PORT/api/v1/rankings/professionalism-index/$YEAR?limit=100")" | bc -l)
  opds=$(echo "$opds + $(curl -s -u admin:Merit#Demo2026 -o /dev/null -w "%{time_total}" "http://localhost:$PORT/api/v1/rankings/opds/$YEAR")" | bc -l)
done
printf 'rankings page: %.1f ms mean over %d; API employees (limit 100): %.1f ms; API opds: %.1f ms\n' \
  "$(echo "$page * 1000 / $N" | bc -l)" $N "$(echo "$api * 1000 / $N" | bc -l)" "$(echo "$opds * 1000 / $N" | bc -l)"
