#!/usr/bin/env bash
# Registry at provincial scale: seeds 100,000 staff with the demo generator (the same code as the demo regency),
# then times the registry search page against the plain SQL query it stands on, both on the same database.
# Usage: bench/registry/run.sh [asn] [honorary]     (defaults 70000 30000)
set -euo pipefail
cd "$(dirname "$0")/../.."
ASN=${1:-70000}; HON=${2:-30000}
PORT=18090; DBPORT=54390; DIR=$(mktemp -d /tmp/merit-bench-registry.XXXX)
[ -f target/merit-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
MERIT_EMBEDDED_DB_DIR=$DIR/pg MERIT_EMBEDDED_DB_PORT=$DBPORT PORT=$PORT MERIT_DEMO=true MERIT_DEMO_ACTIVITY=false MERIT_DEMO_ASN=$ASN MERIT_DEMO_HONORARY=$HON \
  java -jar target/merit-0.1.0-SNAPSHOT.jar > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 600); do grep -q "Demo regency seeded" "$DIR/app.log" && break; sleep 1; done
grep -o "Demo regency seeded.*" "$DIR/app.log"
jar=$(mktemp); curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" -o "$DIR/login.html"
token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/login.html")
curl -s -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=Merit#Demo2026" \
  --data-urlencode "_csrf=$token" "http://localhost:$PORT/login" -o /dev/null
page() { curl -s -b "$jar" -o /dev/null -w "%{time_total}" "http://localhost:$PORT$1"; }
sql() { psql -h localhost -p $DBPORT -U postgres -d postgres -Atc "\\timing on" -c "$1" | grep -oP 'Time: \K[0-9.]+'; }
page "/employees?q=siti" >/dev/null   # warm-up
N=20; web=0; raw=0
for i in $(seq 1 $N); do
  web=$(echo "$web + $(page "/employees?q=siti&page=$((i % 5))")" | bc -l)
  raw=$(echo "$raw + $(sql "SELECT e.nip, e.name, o.name FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id WHERE lower(e.name) LIKE '%siti%' OR e.nip LIKE 'siti%' ORDER BY e.name, e.nip LIMIT 25 OFFSET $(( (i % 5) * 25 ))") / 1000" | bc -l)
done
staff=$(psql -h localhost -p $DBPORT -U postgres -d postgres -Atc "SELECT count(*) FROM employee.employee")
printf 'staff: %s\nsearch page (HTML, 25 rows, name contains "siti"): %.1f ms mean over %d\n' "$staff" "$(echo "$web * 1000 / $N" | bc -l)" $N
printf 'plain SQL of the same query via psql: %.1f ms mean\nratio page / SQL: %.1f\n' "$(echo "$raw * 1000 / $N" | bc -l)" "$(echo "$web / $raw" | bc -l)"
