#!/usr/bin/env bash
# Eligibility of every PNS on one day as one set-based run, next to one plain SQL query of the same JPT Pratama rules
# (issue 14 item 6). Starts the jar on a throw-away embedded database with the demo regency (MERIT_DEMO_ASN staff,
# MERIT_DEMO_HONORARY=0), adds by plain SQL what the rules read beyond the registry — an ANNUAL SKP predicate of each
# of the two years before DATE's year for every PNS/PPPK, and punishments (SEDANG decided two years back, BERAT still
# running, RINGAN ones that do not bar) — then prints:
#   (a) the first request of /selection/eligible?date=DATE&kind=JPT_PRATAMA as ADMIN (the set-based run through the
#       app: registry, education, positions, SKP and punishments read once for everyone, the rules in Java) with the
#       app's own log line (run time, count);
#   (b) the time of ONE plain SQL query implementing the same JPT Pratama rules on the same data (psql, best of 3), and
#       its count — the two counts must agree;
#   (c) the ratio (a)/(b);
#   (d) the track-record dossier page /track-records/{id}/dossiers/{official}: an investigation of 50 eligible
#       officials inserted by plain SQL, 5 warm-up requests, then 50 timed ones: p50/p95/max.
# Usage: bench/selection/run.sh [asn] [date]     (defaults 100000 2026-07-01)
set -euo pipefail
cd "$(dirname "$0")/../.."
ASN=${1:-100000}; DATE=${2:-2026-07-01}; Y=${DATE:0:4}
PORT=${BENCH_PORT:-18190}; DBPORT=${BENCH_DB_PORT:-54490}; DIR=$(mktemp -d /tmp/merit-bench-selection.XXXX)
JAR=${BENCH_JAR:-target/merit-0.1.0-SNAPSHOT.jar}   # BENCH_JAR: a copy, so that a build meanwhile does not replace it
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
T0=$(date +%s)
env MERIT_EMBEDDED_DB_DIR=$DIR/pg MERIT_EMBEDDED_DB_PORT=$DBPORT PORT=$PORT MERIT_DEMO=true MERIT_DEMO_ACTIVITY=false \
  MERIT_DEMO_ASN=$ASN MERIT_DEMO_HONORARY=0 LOGGING_LEVEL_ID_MERIT_SELECTION_DOMAIN=DEBUG MERIT_SELECTION_ELIGIBLE_CACHE_SECONDS=0 java -jar "$JAR" > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 1800); do grep -q "Demo regency seeded" "$DIR/app.log" && break; sleep 1; done
# the demo SKP history (DemoPerformance, through the performance import) follows the registry
for _ in $(seq 1 900); do grep -q "Demo data 'performance'" "$DIR/app.log" && break; sleep 1; done
sleep 5
echo "$(grep -o "Demo regency seeded.*" "$DIR/app.log" | head -1); $(grep -o "Demo data 'performance'.*" "$DIR/app.log" | head -1) (jar start to both: $(( $(date +%s) - T0 )) s)"
psql() { command psql -h localhost -p $DBPORT -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
psql <<SQL
INSERT INTO performance.evaluation (employee_id, year, period, predicate)
SELECT id, $Y - 1, 'ANNUAL', (ARRAY['SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG'])[1 + id % 6]
  FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')
ON CONFLICT (employee_id, year, period) DO NOTHING;
INSERT INTO performance.evaluation (employee_id, year, period, predicate)
SELECT id, $Y - 2, 'ANNUAL', (ARRAY['BAIK','SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','BAIK'])[1 + (id / 7) % 7]
  FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU') AND id % 13 <> 0
ON CONFLICT (employee_id, year, period) DO NOTHING;
INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, months, decision_date, effective_date, end_date, source)
SELECT id, opd_id, 'SEDANG', 'PENUNDAAN_KGB', 12, DATE '$DATE' - 730, DATE '$DATE' - 730, DATE '$DATE' - 365, 'IMPORT'
  FROM employee.employee WHERE id % 37 = 0
ON CONFLICT DO NOTHING;
INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, months, decision_date, effective_date, end_date, source)
SELECT id, opd_id, 'BERAT', 'PENURUNAN_JABATAN', 12, DATE '$DATE' - 100, DATE '$DATE' - 100, DATE '$DATE' + 265, 'IMPORT'
  FROM employee.employee WHERE id % 53 = 0
ON CONFLICT DO NOTHING;
INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, decision_date, effective_date, source)
SELECT id, opd_id, 'RINGAN', 'TEGURAN_TERTULIS', DATE '$DATE' - 200, DATE '$DATE' - 200, 'IMPORT'
  FROM employee.employee WHERE id % 29 = 0
ON CONFLICT DO NOTHING;
ANALYZE;
SQL
echo "staff: $(psql -c "SELECT count(*) FROM employee.employee"), PNS: $(psql -c "SELECT count(*) FROM employee.employee WHERE employee_type = 'PNS'"), positions: $(psql -c "SELECT count(*) FROM employee.position_history"), ANNUAL SKP $((Y-2))/$((Y-1)): $(psql -c "SELECT count(*) FROM performance.evaluation WHERE period = 'ANNUAL' AND year IN ($Y - 2, $Y - 1)"), punishments: $(psql -c "SELECT count(*) FROM discipline.punishment")"

# The JPT Pratama rules of rules-defaults.md in one query (JptPratamaEligibility with JptPratamaParameters.DEFAULTS).
PLAIN=$(cat <<SQL
WITH d AS (SELECT DATE '$DATE' AS d),
spans AS (
  SELECT p.employee_id, daterange(p.start_date, LEAST(COALESCE(p.end_date + 1, d.d), d.d)) AS r,
         (p.position_kind = 'ADMINISTRATOR' OR (p.position_kind = 'FUNGSIONAL' AND p.position_level = 'AHLI_MADYA')) AS prior
    FROM employee.position_history p, d WHERE p.start_date < d.d),
agg AS (SELECT employee_id, range_agg(r) AS all_r, range_agg(r) FILTER (WHERE prior) AS prior_r FROM spans GROUP BY employee_id),
tenure AS (SELECT a.employee_id,
                  (SELECT COALESCE(sum(upper(u) - lower(u)), 0) FROM unnest(a.all_r) u) AS all_days,
                  (SELECT COALESCE(sum(upper(u) - lower(u)), 0) FROM unnest(a.prior_r) u) AS prior_days
             FROM agg a)
SELECT count(*)
  FROM employee.employee e CROSS JOIN d
  JOIN tenure t ON t.employee_id = e.id
 WHERE e.employee_type = 'PNS'                                                                        -- EMPLOYEE_TYPE
   AND e.birth_date IS NOT NULL AND e.birth_date + interval '57 years' > d.d                          -- AGE
   AND t.all_days >= d.d - (d.d - interval '5 years')::date                                           -- EXPERIENCE
   AND t.prior_days >= d.d - (d.d - interval '2 years')::date                                         -- POSITION
   AND EXISTS (SELECT 1 FROM employee.education x WHERE x.employee_id = e.id                          -- EDUCATION
                 AND x.level IN ('D4','S1','S2','S3') AND (x.graduation_date IS NULL OR x.graduation_date <= d.d))
   AND (SELECT count(*) FROM performance.evaluation v WHERE v.employee_id = e.id AND v.period = 'ANNUAL'  -- PERFORMANCE
          AND v.year IN (extract(year FROM d.d)::int - 2, extract(year FROM d.d)::int - 1)
          AND v.predicate IN ('BAIK','SANGAT_BAIK')) = 2
   AND NOT EXISTS (SELECT 1 FROM discipline.punishment p WHERE p.employee_id = e.id AND p.decision_date <= d.d  -- DISCIPLINE
          AND ((p.end_date IS NULL AND p.kind = 'PEMBERHENTIAN') OR p.end_date > d.d
               OR (p.level IN ('SEDANG','BERAT') AND p.decision_date >= (d.d - interval '5 years')::date)))
SQL
)

jar=$(mktemp); curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" -o "$DIR/login.html"
token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/login.html")
curl -s -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=Merit#Demo2026" \
  --data-urlencode "_csrf=$token" "http://localhost:$PORT/login" -o /dev/null
t() { curl -s -b "$jar" -c "$jar" -o "$DIR/page.html" -w "%{http_code} %{time_total}" "$@"; }
ms() { echo "$1 * 1000" | bc -l; }

read -r code secs <<<"$(t "http://localhost:$PORT/selection/eligible?date=$DATE&kind=JPT_PRATAMA")"
[ "$code" = 200 ] || { echo "eligible page: HTTP $code"; grep -E "Exception|Caused by|ERROR" "$DIR/app.log" | cut -c1-400 | head -20; exit 1; }
APP_MS=$(ms "$secs")
LINE=$(grep -o "Eligibility JPT_PRATAMA on $DATE: .*" "$DIR/app.log" | tail -1)
APP_COUNT=$(echo "$LINE" | grep -oP ': \K[0-9]+(?= of)')
RUN_MS=$(echo "$LINE" | grep -oP 'run \K[0-9]+(?= ms)')
printf '(a) set-based run through the app: first page request %.0f ms (HTTP %s); service log: %s\n' "$APP_MS" "$code" "$LINE"
echo "    its stages (debug log): $(grep -o "eligibleOn JPT_PRATAMA $DATE: .*" "$DIR/app.log" | tail -1)"
# the app keeps no run here (MERIT_SELECTION_ELIGIBLE_CACHE_SECONDS=0): each request repeats the whole run, now warm
WARM=""
for i in 1 2 3; do
  read -r code secs <<<"$(t "http://localhost:$PORT/selection/eligible?date=$DATE&kind=JPT_PRATAMA&page=$i")"
  W=$(grep -o "Eligibility JPT_PRATAMA on $DATE: .*" "$DIR/app.log" | tail -1 | grep -oP 'run \K[0-9]+(?= ms)')
  printf '    request %d again (the whole run repeated, warm): %.0f ms (HTTP %s); service run %s ms; %s\n' "$i" "$(ms "$secs")" "$code" "$W" \
    "$(grep -o "eligibleOn JPT_PRATAMA $DATE: .*" "$DIR/app.log" | tail -1)"
  [ -z "$WARM" ] || [ "$W" -lt "$WARM" ] && WARM=$W
done

best=""
for i in 1 2 3; do
  s=$(date +%s%N); SQL_COUNT=$(psql -c "$PLAIN"); e=$(date +%s%N)
  m=$(( (e - s) / 1000000 )); [ -z "$best" ] || [ "$m" -lt "$best" ] && best=$m
  echo "    plain SQL run $i: $m ms (count $SQL_COUNT)"
done
printf '(b) plain SQL of the same JPT Pratama rules (one query, psql, best of 3): %s ms, count %s\n' "$best" "$SQL_COUNT"
printf '    counts: app %s, plain SQL %s — %s\n' "$APP_COUNT" "$SQL_COUNT" "$([ "$APP_COUNT" = "$SQL_COUNT" ] && echo agree || echo DIFFER)"
printf '(c) ratio: first page request / plain SQL = %.2f; first service run / plain SQL = %.2f; best warm service run / plain SQL = %.2f (target <= 2)\n' \
  "$(echo "$APP_MS / $best" | bc -l)" "$(echo "$RUN_MS / $best" | bc -l)" "$(echo "$WARM / $best" | bc -l)"

# (d) the dossier page: an investigation of 50 eligible officials (plain SQL), their dossiers timed as ADMIN.
INV=$(psql -c "INSERT INTO trackrecord.investigation (title, purpose, deadline, created_by)
               VALUES ('Bench rekam jejak', 'bench/selection', DATE '$DATE' + 30, 'bench') RETURNING id" | head -1)
psql -c "INSERT INTO trackrecord.official (investigation_id, employee_id, nip, name, opd_id, category, created_by)
         SELECT $INV, e.id, e.nip, e.name, e.opd_id, 'JPT_PRATAMA', 'bench' FROM employee.employee e
          WHERE e.employee_type = 'PNS' AND e.position_kind = 'ADMINISTRATOR' ORDER BY e.id LIMIT 50" > /dev/null
mapfile -t OFF < <(psql -c "SELECT id FROM trackrecord.official WHERE investigation_id = $INV ORDER BY id")
for i in 0 1 2 3 4; do t "http://localhost:$PORT/track-records/$INV/dossiers/${OFF[$i]}" > /dev/null; done
: > "$DIR/dossier.txt"
for i in $(seq 0 49); do
  read -r code secs <<<"$(t "http://localhost:$PORT/track-records/$INV/dossiers/${OFF[$((i % ${#OFF[@]}))]}")"
  [ "$code" = 200 ] || { echo "dossier: HTTP $code"; exit 1; }
  ms "$secs" >> "$DIR/dossier.txt"
done
sort -n "$DIR/dossier.txt" > "$DIR/sorted.txt"; N=$(wc -l < "$DIR/sorted.txt")
p() { sed -n "$(( ($1 * N + 99) / 100 ))p" "$DIR/sorted.txt"; }
printf '(d) dossier page over %d requests (%d officials): p50 %.0f ms, p95 %.0f ms, max %.0f ms (target p95 < 300 ms)\n' \
  "$N" "${#OFF[@]}" "$(p 50)" "$(p 95)" "$(tail -1 "$DIR/sorted.txt")"
