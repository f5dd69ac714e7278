# Sourced by bench scripts (bash): start the demo regency, talk to its database, log in, and seed a year's staff records.
# Each function reads the caller's variables named in its comment.

# Starts the jar ($JAR) in demo mode with $ASN ASN and $HON honorary staff on $PORT, its embedded database in $DIR/pg on
# $DBPORT, logging to $DIR/app.log; stops it and removes $DIR on exit; waits up to $1 s for the demo seed and prints its line.
demo_start() {
  MERIT_EMBEDDED_DB_DIR=$DIR/pg MERIT_EMBEDDED_DB_PORT=$DBPORT PORT=$PORT MERIT_DEMO=true MERIT_DEMO_ACTIVITY=false MERIT_DEMO_ASN=$ASN \
    MERIT_DEMO_HONORARY=$HON java -jar "$JAR" > "$DIR/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
  for _ in $(seq 1 "$1"); do grep -q "Demo regency seeded" "$DIR/app.log" && break; sleep 1; done
  grep -o "Demo regency seeded.*" "$DIR/app.log"
}

# psql on the bench database ($DBPORT), stopping at the first error, unaligned tuples only.
psql() { command psql -h localhost -p $DBPORT -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

# Logs the demo administrator in on $PORT; the session's cookies go to the file $1 ($DIR/login.html is the login page).
demo_login() {
  curl -s -c "$1" -b "$1" "http://localhost:$PORT/login" -o "$DIR/login.html"
  local token; token=$(grep -oP 'name="_csrf" value="\K[^"]+' "$DIR/login.html")
  curl -s -c "$1" -b "$1" --data-urlencode "username=admin" --data-urlencode "password=Merit#Demo2026" \
    --data-urlencode "_csrf=$token" "http://localhost:$PORT/login" -o /dev/null
}

# SQL (on stdout) for the records of year $1 that IP ASN reads: an ANNUAL SKP predicate for every ASN, a technical
# training for every other employee and a seminar for one in three, a light punishment for one in fifty.
records_sql() {
  cat <<SQL
INSERT INTO performance.evaluation (employee_id, year, period, predicate)
SELECT id, $1, 'ANNUAL', (ARRAY['SANGAT_BAIK','BAIK','BAIK','BAIK','BUTUH_PERBAIKAN','KURANG'])[1 + id % 6]
  FROM employee.employee WHERE employee_type IN ('PNS','PPPK','PPPK_PARUH_WAKTU')
ON CONFLICT (employee_id, year, period) DO NOTHING;
INSERT INTO employee.training (employee_id, kind, name, hours, end_date)
SELECT id, 'TEKNIS', 'Bench teknis', 12 + id % 20, DATE '$1-03-01' FROM employee.employee WHERE id % 2 = 0
ON CONFLICT DO NOTHING;
INSERT INTO employee.training (employee_id, kind, name, hours, end_date)
SELECT id, 'SEMINAR', 'Bench seminar', 4, DATE '$1-06-01' - 200 FROM employee.employee WHERE id % 3 = 0
ON CONFLICT DO NOTHING;
INSERT INTO discipline.punishment (employee_id, opd_id, level, kind, decision_date, effective_date, source)
SELECT id, opd_id, 'RINGAN', 'TEGURAN_TERTULIS', DATE '$1-04-01', DATE '$1-04-01', 'IMPORT' FROM employee.employee WHERE id % 50 = 0
ON CONFLICT DO NOTHING;
SQL
}
