#!/usr/bin/env bash
# Issue 13 item 8: the IP ASN and the 9-box of a whole year at provincial scale, through the application, next to ONE
# hand-written INSERT … SELECT computing the same figures into a bare table in the same run.
# Seeds the demo regency (default 70,000 ASN + 30,000 honorary staff) and, by plain SQL as bench/professionalism does,
# an ANNUAL SKP predicate of Y and Y−1 for every ASN, technical trainings and seminars, a punishment for one in fifty,
# and a competency assessment for four in five ASN (so the 9-box has potential data); then:
#   1. the first rankings page and the first 9-box page (each computes and stores its year on the first read),
#   2. "Hitung ulang" (POST /professionalism/{Y}/recompute: IP ASN, then the 9-box, each replacing its year atomically,
#      persisted with the inputs behind every figure), three times, with the application's own log lines,
#   3. the hand-written statement (IP ASN total per employee, 9-box and talent pool per employee) three times, timed by
#      psql, its figures checked against the stored ones, and the ratio application / statement,
#   4. p95 of 50 requests each of /ping (no work: the machine's floor), the 9-box page /talent/{Y}, the ranking page
#      /professionalism/{Y} and one box's list.
# Usage: bench/recompute/run.sh [asn] [honorary] [year]     (defaults 70000 30000 2025)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/demo.sh
ASN=${1:-70000}; HON=${2:-30000}; YEAR=${3:-2025}; PREV=$((YEAR - 1))
PORT=${BENCH_PORT:-18097}; DBPORT=${BENCH_DB_PORT:-54397}; DIR=$(mktemp -d /tmp/merit-bench-recompute.XXXX)
JAR=${MERIT_JAR:-target/merit-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) CPUs)"
demo_start 1200
{ records_sql "$YEAR"; cat <<SQL
INSERT INTO performance.evaluation (employee_id, year, period, predicate)
SELECT id, $PREV, 'ANNUAL', (ARRAY['BAIK','SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','BAIK'])[1 + id % 5]
  FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')
ON CONFLICT (employee_id, year, period) DO NOTHING;
INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score)
SELECT id, DATE '$PREV-01-01' + (id % 700)::int, CASE WHEN id % 3 = 0 THEN 'SELECTION' ELSE 'MAPPING' END,
       55 + (id * 7) % 40, 45 + (id * 13) % 50
  FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU') AND id % 5 <> 0
ON CONFLICT DO NOTHING;
ANALYZE;
SQL
} | psql
echo "staff: $(psql -c "SELECT count(*) FROM employee.employee"), measured types: $(psql -c "SELECT count(*) FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')"), assessments: $(psql -c "SELECT count(*) FROM assessment.assessment")"
jar=$DIR/cookies; demo_login "$jar"
t() { curl -s -b "$jar" -c "$jar" -o "$DIR/page.html" -w "%{time_total}" "$@"; }
ms() { printf '%.0f' "$(echo "$1 * 1000" | bc -l)"; }
echo "first rankings page (computes and stores IP ASN $YEAR): $(ms "$(t "http://localhost:$PORT/professionalism/$YEAR")") ms"
token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/page.html" | head -1)
echo "first 9-box page (computes and stores the 9-box of $YEAR and $PREV): $(ms "$(t "http://localhost:$PORT/talent/$YEAR")") ms"
app=()
for i in 1 2 3; do
  s=$(t --data-urlencode "_csrf=$token" "http://localhost:$PORT/professionalism/$YEAR/recompute")
  app+=("$(ms "$s")")
  echo "recompute $i (Hitung ulang: IP ASN + 9-box, POST → redirect): ${app[-1]} ms"
  grep -o "IP ASN $YEAR: .*" "$DIR/app.log" | tail -1 | sed 's/^/    /'
  grep -o "9-box $YEAR: .*" "$DIR/app.log" | tail -1 | sed 's/^/    /'
done
echo "stored: $(psql -c "SELECT count(*) FROM professionalism.index WHERE year = $YEAR") IP ASN rows, $(psql -c "SELECT count(*) || ' placement rows (' || count(*) FILTER (WHERE box > 0) || ' placed, ' || count(*) FILTER (WHERE talent_pool) || ' in the pool)' FROM talent.placement WHERE year = $YEAR")"

# The same figures in one hand-written statement (rules-defaults.md, default parameters), into a bare table.
psql -c "DROP TABLE IF EXISTS public.bench_bare; CREATE UNLOGGED TABLE public.bench_bare (employee_id bigint, total numeric(5,2), box int, pool boolean)"
cat > "$DIR/bare.sql" <<SQL
INSERT INTO public.bench_bare (employee_id, total, box, pool)
WITH e AS (
  SELECT e.id, coalesce(ph.position_kind, e.position_kind) AS kind, e.functional_profession
    FROM employee.employee e
    LEFT JOIN LATERAL (SELECT p.position_kind FROM employee.position_history p
                        WHERE p.employee_id = e.id AND p.start_date <= DATE '$YEAR-12-31' ORDER BY p.start_date DESC LIMIT 1) ph ON true
   WHERE e.employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')),
edu AS (
  SELECT employee_id, max(CASE level WHEN 'S3' THEN 25 WHEN 'S2' THEN 20 WHEN 'S1' THEN 15 WHEN 'D4' THEN 15 WHEN 'D3' THEN 10
                                     WHEN 'D2' THEN 5 WHEN 'D1' THEN 5 WHEN 'SMA' THEN 5 WHEN 'SMP' THEN 1 WHEN 'SD' THEN 1 ELSE 0 END) AS q
    FROM employee.education GROUP BY employee_id),
tr AS (
  SELECT t.employee_id,
         sum(t.hours) FILTER (WHERE t.kind = 'TEKNIS' AND t.end_date >= DATE '$PREV-01-01') AS teknis,
         bool_or(t.kind = 'SEMINAR' AND t.end_date >= DATE '$PREV-01-01') AS seminar,
         bool_or(t.kind = 'FUNGSIONAL') AS fungsional,
         array_agg(CASE WHEN t.kind = 'KEPEMIMPINAN' THEN
           CASE WHEN upper(t.name) ~ '\mPKN\s*(TINGKAT\s*)?(II|2)\M' THEN 'JPT_PRATAMA'
                WHEN upper(t.name) ~ '\mPKN\s*(TINGKAT\s*)?(I|1)\M' THEN 'PELAKSANA'
                WHEN upper(t.name) ~ '\mDIKLAT\s*PIM\s*(TK\.?\s*|TINGKAT\s*)?IV\M' THEN 'PENGAWAS'
                WHEN upper(t.name) ~ '\mDIKLAT\s*PIM\s*(TK\.?\s*|TINGKAT\s*)?III\M' THEN 'ADMINISTRATOR'
                WHEN upper(t.name) ~ '\mDIKLAT\s*PIM\s*(TK\.?\s*|TINGKAT\s*)?II\M' THEN 'JPT_PRATAMA'
                WHEN upper(t.name) ~ '\mDIKLAT\s*PIM\s*(TK\.?\s*|TINGKAT\s*)?I\M' THEN 'PELAKSANA'
                WHEN upper(t.name) ~ '\mPKA\M' THEN 'ADMINISTRATOR'
                WHEN upper(t.name) ~ '\mPKP\M' THEN 'PENGAWAS'
                ELSE 'ANY' END END) FILTER (WHERE t.kind = 'KEPEMIMPINAN') AS leadership,
         sum(t.hours) FILTER (WHERE t.end_date >= DATE '$YEAR-01-01') AS hours_y
    FROM employee.training t WHERE t.end_date <= DATE '$YEAR-12-31' GROUP BY t.employee_id),
ev AS (
  SELECT employee_id, max(predicate) FILTER (WHERE year = $YEAR) AS p, max(predicate) FILTER (WHERE year = $PREV) AS p1
    FROM performance.evaluation WHERE period = 'ANNUAL' AND year IN ($YEAR, $PREV) GROUP BY employee_id),
pu AS (
  SELECT employee_id, max(CASE level WHEN 'BERAT' THEN 3 WHEN 'SEDANG' THEN 2 WHEN 'RINGAN' THEN 1 END) AS worst
    FROM discipline.punishment WHERE decision_date BETWEEN DATE '$PREV-01-01' AND DATE '$YEAR-12-31' AND level IS NOT NULL GROUP BY employee_id),
asm AS (
  SELECT DISTINCT ON (employee_id) employee_id, jpm, potential_score FROM assessment.assessment
   WHERE assessment_date <= DATE '$YEAR-12-31' ORDER BY employee_id, assessment_date DESC, (purpose = 'SELECTION') DESC),
s AS (
  SELECT e.id,
         coalesce(edu.q, 0) AS q,
         least(40, CASE WHEN e.kind IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS') THEN
                          CASE WHEN tr.leadership && ARRAY['ANY', e.kind::text] THEN 15 ELSE 0 END
                          + CASE WHEN coalesce(tr.teknis, 0) >= 20 THEN 15 ELSE 0 END + CASE WHEN tr.seminar THEN 10 ELSE 0 END
                        WHEN e.kind = 'FUNGSIONAL' THEN
                          CASE WHEN tr.fungsional OR e.functional_profession IS NOT NULL THEN 15 ELSE 0 END
                          + CASE WHEN coalesce(tr.teknis, 0) >= 20 THEN 15 ELSE 0 END + CASE WHEN tr.seminar THEN 10 ELSE 0 END
                        ELSE CASE WHEN coalesce(tr.teknis, 0) >= 20 THEN 22.5 ELSE 0 END + CASE WHEN tr.seminar THEN 17.5 ELSE 0 END END) AS c,
         CASE ev.p WHEN 'SANGAT_BAIK' THEN 30 WHEN 'BAIK' THEN 25 WHEN 'BUTUH_PERBAIKAN' THEN 15 WHEN 'KURANG' THEN 5
                   WHEN 'SANGAT_KURANG' THEN 1 ELSE 0 END AS perf,
         CASE pu.worst WHEN 3 THEN 1 WHEN 2 THEN 2 WHEN 1 THEN 3 ELSE 5 END AS d,
         CASE WHEN ev.p IS NULL OR asm.employee_id IS NULL THEN 0
              ELSE ('{{1,3,6},{2,5,8},{4,7,9}}'::int[])[CASE ev.p WHEN 'SANGAT_BAIK' THEN 3 WHEN 'BAIK' THEN 2 ELSE 1 END]
                   [CASE WHEN asm.potential_score >= 80 THEN 3 WHEN asm.potential_score >= 60 THEN 2 ELSE 1 END] END AS box,
         ev.p IN ('SANGAT_BAIK','BAIK') AND ev.p1 IN ('SANGAT_BAIK','BAIK') AND coalesce(tr.hours_y, 0) >= 20 AND asm.jpm >= 68
           AND coalesce(pu.worst, 0) < 2 AS conditions
    FROM e LEFT JOIN edu ON edu.employee_id = e.id LEFT JOIN tr ON tr.employee_id = e.id LEFT JOIN ev ON ev.employee_id = e.id
           LEFT JOIN pu ON pu.employee_id = e.id LEFT JOIN asm ON asm.employee_id = e.id)
SELECT id, round(q + c + perf + d, 2), box, box >= 7 AND coalesce(conditions, false) FROM s;
SQL
bare=()
for i in 1 2 3; do
  psql -c "TRUNCATE public.bench_bare"
  tm=$(command psql -h localhost -p $DBPORT -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c '\timing on' -f "$DIR/bare.sql" | grep -oP 'Time: \K[0-9.]+' | tail -1)
  bare+=("$(printf '%.0f' "$tm")")
  echo "hand-written INSERT … SELECT $i (IP ASN total, box and pool of everyone): ${bare[-1]} ms"
done
echo "check: $(psql -c "SELECT count(*) FROM public.bench_bare") bare rows; IP ASN totals differing from the stored ones: $(psql -c "SELECT count(*) FROM public.bench_bare b FULL JOIN (SELECT * FROM professionalism.index WHERE year = $YEAR) i ON i.employee_id = b.employee_id WHERE b.total IS DISTINCT FROM i.total"); boxes/pool differing: $(psql -c "SELECT count(*) FROM public.bench_bare b FULL JOIN (SELECT * FROM talent.placement WHERE year = $YEAR) p ON p.employee_id = b.employee_id WHERE b.box IS DISTINCT FROM p.box OR b.pool IS DISTINCT FROM p.talent_pool")"
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
am=$(median "${app[@]}"); bm=$(median "${bare[@]}")
echo "median of 3: application recompute (IP ASN + 9-box) $am ms, hand-written statement $bm ms, ratio $(echo "scale=2; $am / $bm" | bc -l) (target ≤ 2, and under 10,000 ms)"

p95() { # url → p95 over 50 requests, in ms (after 3 warm-up requests)
  for _ in 1 2 3; do t "$1" > /dev/null; done
  for _ in $(seq 1 50); do ms "$(t "$1")"; echo; done | sort -n | sed -n 48p
}
echo "do-nothing logged-in /ping (the machine's floor): p95 $(p95 "http://localhost:$PORT/ping") ms over 50"
echo "9-box page /talent/$YEAR: p95 $(p95 "http://localhost:$PORT/talent/$YEAR") ms over 50 (target < 200)"
echo "ranking page /professionalism/$YEAR: p95 $(p95 "http://localhost:$PORT/professionalism/$YEAR") ms over 50 (target < 200)"
echo "9-box drill-down /talent/$YEAR/boxes/5: p95 $(p95 "http://localhost:$PORT/talent/$YEAR/boxes/5") ms over 50"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
