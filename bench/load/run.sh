#!/usr/bin/env bash
# Load test (issue 7): 50 logged-in sessions across the six roles drive a realistic mix of pages with wrk + Lua as a
# closed loop of 50 connections without think time, on the 100,000-staff demo regency with this year's punches.
# Prints per page: requests/s, p50/p95/p99 and errors (median of RUNS runs), the employee page and the do-nothing
# GET /ping each alone at 50 connections (same filter chain and session store), and the pool timeouts in the log.
# The page mix is the table MIX in mix.lua (page, weight, URL per role): later issues add their pages there.
#
# Usage: bench/load/run.sh                 (DURATION=30 SOLO=15 RUNS=3 ASN=70000 HONORARY=30000; KEEP=1 keeps the logs,
#        DUMP=1 adds thread dumps halfway through the first mix and the first employee-page run)
# Data: the regency is seeded once into LOAD_DATA (default /tmp/merit-load/pg, embedded PostgreSQL) and reused.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
DATA=${LOAD_DATA:-/tmp/merit-load}
ASN=${ASN:-70000}
HONORARY=${HONORARY:-30000}
PORT=${PORT:-18081}
DB_PORT=${DB_PORT:-15481}
DURATION=${DURATION:-30}
SOLO=${SOLO:-15}
RUNS=${RUNS:-3}
CONNECTIONS=50
JAVA_OPTS=${JAVA_OPTS:--Xmx7g}
PSQL=${PSQL:-/usr/bin/psql}
ADMIN_PASSWORD='Merit#Demo2026'   # the demo administrator (demo mode only)
LOAD_PASSWORD='Beban#Uji2026'     # the load-test accounts created below
base="http://127.0.0.1:$PORT"

work=$(mktemp -d /tmp/merit-load-run.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
sql() { "$PSQL" -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

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

# 2. The app on the persistent embedded PostgreSQL; the first start seeds the regency (demo generator: OPDs, staff
#    with histories, this year's punches of everyone, excuses, holidays, discipline history) and takes minutes.
[ -d "$DATA/pg" ] && echo "== reusing the data in $DATA/pg" || echo "== seeding $ASN ASN + $HONORARY honorary staff into $DATA/pg"
mkdir -p "$DATA"
MERIT_DEMO=true MERIT_DEMO_ASN=$ASN MERIT_DEMO_HONORARY=$HONORARY MERIT_DEMO_ACTIVITY=true \
  MERIT_EMBEDDED_DB_DIR="$DATA/pg" MERIT_EMBEDDED_DB_PORT="$DB_PORT" PORT="$PORT" \
  java $JAVA_OPTS -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1800); do
  if curl -sf "$base/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app died:"; tail -40 "$work/app.log"; exit 1; fi
  sleep 1
done
curl -sf "$base/actuator/health/readiness" > /dev/null || { echo "the app did not get ready"; tail -40 "$work/app.log"; exit 1; }
grep -o "Demo regency seeded.*\|Demo activity imported.*" "$work/app.log" | sed 's/^/   /' || true
echo "   staff: $(sql -c "SELECT count(*) FROM employee.employee"), employee-months of punches: $(sql -c "SELECT count(*) FROM attendance.punch_month")"

# 3. Discipline cases for the case pages (the demo history has punishments, not cases): on the first run 10 manual cases
#    in each of the largest OPDs, opened through the case form as the demo administrator.
if [ "$(sql -c "SELECT count(*) FROM discipline.case_file")" -lt 100 ]; then
  echo "== opening discipline cases through POST /discipline/cases/new"
  jar="$work/jar-admin"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/login"
  token=$(curl -s -b "$jar" "$base/" | grep -oP 'name="_csrf" content="\K[^"]+')
  opened=0
  for nip in $(sql -c "SELECT nip FROM (SELECT e.nip, row_number() OVER (PARTITION BY e.opd_id ORDER BY md5(e.nip)) AS n,
      count(*) OVER (PARTITION BY e.opd_id) AS size FROM employee.employee e WHERE e.employee_type = 'PNS') x
      WHERE n <= 10 ORDER BY size DESC, nip LIMIT 200"); do
    code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base/discipline/cases/new" --data-urlencode "_csrf=$token" \
      --data-urlencode "nip=$nip" --data-urlencode "source=MANUAL" --data-urlencode "expectedLevel=RINGAN" \
      --data-urlencode "openedOn=$(date +%F)" --data-urlencode "allegation=Tidak masuk kerja tanpa alasan yang sah (uji beban)" \
      --data-urlencode "violations=Pasal 3 huruf f PP 94/2021 (uji beban)")
    [ "$code" = 302 ] && opened=$((opened + 1))
  done
  echo "   $opened cases opened"
fi

# 4. Fifty accounts across the roles (created once through POST /api/v1/users; a rerun finds them taken) and the data
#    their pages are drawn from: each OPD head gets one of the largest OPDs, each employee their own record.
declare -A COUNT=([ADMIN]=4 [OFFICER]=12 [OPD_HEAD]=14 [REGENT]=4 [ASSESSOR]=2 [EMPLOYEE]=14)
mapfile -t big_opds < <(sql -c "SELECT o.code FROM orgunit.opd o JOIN employee.employee e ON e.opd_id = o.id
    GROUP BY o.code ORDER BY count(*) DESC, o.code LIMIT ${COUNT[OPD_HEAD]}")
mapfile -t own_nips < <(sql -c "SELECT nip FROM employee.employee WHERE employee_type = 'PNS' ORDER BY md5(nip) LIMIT ${COUNT[EMPLOYEE]}")
all_opds=$(sql -c "SELECT string_agg(code, ',') FROM (SELECT code FROM orgunit.opd ORDER BY md5(code) LIMIT 40) x")
all_nips=$(sql -c "SELECT string_agg(nip, ',') FROM (SELECT nip FROM employee.employee ORDER BY md5(nip) LIMIT 400) x")
all_cases=$(sql -c "SELECT coalesce(string_agg(id::text, ','), '') FROM (SELECT id FROM discipline.case_file ORDER BY id DESC LIMIT 200) x")
opd_nips() { sql -c "SELECT string_agg(e.nip, ',') FROM (SELECT e.nip FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id
    WHERE o.code = '$1' ORDER BY md5(e.nip) LIMIT 200) e"; }
opd_cases() { sql -c "SELECT coalesce(string_agg(c.id::text, ','), '') FROM (SELECT c.id FROM discipline.case_file c
    JOIN employee.employee e ON e.id = c.employee_id JOIN orgunit.opd o ON o.id = e.opd_id WHERE o.code = '$1' LIMIT 100) c"; }
own_cases() { sql -c "SELECT coalesce(string_agg(id::text, ','), '') FROM discipline.case_file WHERE nip = '$1'"; }

login() { # login USER → "SESSION<TAB>CSRF" of a fresh session
  local jar="$work/jar-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$LOAD_PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/login"
  token=$(curl -s -b "$jar" "$base/" | grep -oP 'name="_csrf" content="\K[^"]+' || true)
  [ -n "$token" ] || { echo "login of $1 failed" >&2; exit 1; }
  printf '%s\t%s' "$(awk '$6 == "SESSION" { print $7 }' "$jar")" "$token"
}

echo "== 50 sessions: ADMIN ${COUNT[ADMIN]}, OFFICER ${COUNT[OFFICER]}, OPD_HEAD ${COUNT[OPD_HEAD]}, REGENT ${COUNT[REGENT]}, ASSESSOR ${COUNT[ASSESSOR]}, EMPLOYEE ${COUNT[EMPLOYEE]}"
: > "$work/sessions.tsv"
for role in ADMIN OFFICER OPD_HEAD REGENT ASSESSOR EMPLOYEE; do
  for i in $(seq 1 "${COUNT[$role]}"); do
    user="load-${role,,}-$i"; opd=""; nip=""; opds="$all_opds"; nips="$all_nips"; cases="$all_cases"
    case $role in
      OPD_HEAD) opd=${big_opds[$((i - 1))]}; opds=$opd; nips=$(opd_nips "$opd"); cases=$(opd_cases "$opd") ;;
      EMPLOYEE) nip=${own_nips[$((i - 1))]}; opds=""; nips=$nip; cases=$(own_cases "$nip") ;;
      ASSESSOR) opds=""; nips=""; cases="" ;;
    esac
    curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$base/api/v1/users" -d \
      "{\"username\":\"$user\",\"password\":\"$LOAD_PASSWORD\",\"role\":\"$role\",\"opdCode\":\"$opd\",\"nip\":\"$nip\",\"displayName\":\"Uji beban $i\"}"
    printf '%s\t%s\t%s\t%s\t%s\n' "$role" "$(login "$user")" "$opds" "$nips" "$cases" >> "$work/sessions.tsv"
  done
done
# the solo runs: every session whose role may open an employee page, repeated up to 50 connections
grep -v '^ASSESSOR' "$work/sessions.tsv" > "$work/solo.tsv"
while [ "$(wc -l < "$work/solo.tsv")" -lt $CONNECTIONS ]; do grep -v '^ASSESSOR' "$work/sessions.tsv" >> "$work/solo.tsv"; done

# the import in the mix: an unchanged holiday (a real upload and job that stores nothing new), timed to its acceptance
export LOAD_IMPORT_CSV="date,name"$'\r\n'"$(sql -c "SELECT to_char(holiday_date, 'YYYY-MM-DD') || ',' || name FROM attendance.holiday ORDER BY holiday_date LIMIT 1")"
export LOAD_MONTH=$(sql -c "SELECT to_char(max(month), 'YYYY-MM') FROM attendance.punch_month")

# 5. wrk: one thread per connection, so each connection is one session.
drive() { # drive NAME SECONDS SESSIONS [ONLY]
  mkdir -p "$work/$1"
  LOAD_SESSIONS="$2" LOAD_OUT="$work/$1" LOAD_ONLY="${4:-}" \
    wrk -t$CONNECTIONS -c$CONNECTIONS -d"$3"s --timeout 60s -s "$here/mix.lua" "$base" > "$work/$1.wrk" 2>&1
}
echo "== warm-up (${SOLO} s of the mix)"
drive warmup "$work/sessions.tsv" "$SOLO"
for r in $(seq 1 "$RUNS"); do
  echo "== run $r of $RUNS: mix ${DURATION} s, employee page alone ${SOLO} s, ping alone ${SOLO} s"
  if [ "${DUMP:-0}" = 1 ] && [ "$r" = 1 ]; then # thread dumps halfway through the mix and the employee page alone
    (sleep $((DURATION / 2)); jstack "$app_pid" > "$work/threads-mix.txt" 2>/dev/null || true) &
    (sleep $((DURATION + SOLO / 2 + 1)); jstack "$app_pid" > "$work/threads-employee.txt" 2>/dev/null || true) &
  fi
  drive "mix-$r" "$work/sessions.tsv" "$DURATION"
  drive "employee-$r" "$work/solo.tsv" "$SOLO" employee
  drive "ping-$r" "$work/solo.tsv" "$SOLO" ping
done

# 6. Report: medians over the runs.
echo
echo "== The mix: $CONNECTIONS sessions, closed loop, no think time, ${DURATION} s; median of $RUNS runs ($(nproc) CPUs, pool ${MERIT_DB_POOL:-10})"
mix_dirs=$(for r in $(seq 1 "$RUNS"); do printf '%s ' "$work/mix-$r"; done)
java "$here/Report.java" "$DURATION" $mix_dirs
echo
echo "== Alone at $CONNECTIONS connections, ${SOLO} s; median of $RUNS runs"
solo_dirs=$(for r in $(seq 1 "$RUNS"); do printf '%s %s ' "$work/employee-$r" "$work/ping-$r"; done)
java "$here/Report.java" "$SOLO" $solo_dirs | tee "$work/solo.txt"
emp=$(awk '$1 == "employee" { print $3 }' "$work/solo.txt"); ping=$(awk '$1 == "ping" { print $3 }' "$work/solo.txt")
echo "   employee page / ping throughput: $(awk -v a="$emp" -v b="$ping" 'BEGIN { printf "%.2f", a / b }') (target >= 0.33)"
echo "== pool timeouts in the log (\"Connection is not available\"): $(grep -c 'Connection is not available' "$work/app.log" || true)"
echo "== errors logged by the app (ERROR lines): $(grep -c ' ERROR ' "$work/app.log" || true)"
