#!/usr/bin/env bash
# Times the recommendations pages (issue 9 item 4: any page under 300 ms) on a running app with the demo data:
#   MERIT_DEMO=true MERIT_EMBEDDED_DB_DIR=/tmp/merit-bench ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=8085
#   bench/recommendations/run.sh [base-url] [runs]
# Logs in as admin and as the OPD head kadinkes (cookie jars), warms each URL up, then prints the median and the
# maximum of curl's time_total over the runs for every URL.
set -euo pipefail
BASE=${1:-http://localhost:8085}
RUNS=${2:-20}
PASSWORD=${MERIT_DEMO_PASSWORD:-Merit#Demo2026}
YEAR=$(date +%Y)
JARS=$(mktemp -d)
trap 'rm -rf "$JARS"' EXIT

login() { # user -> cookie jar
  local jar="$JARS/$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
       --data-urlencode "_csrf=$token" "$BASE/login"
  echo "$jar"
}

measure() { # jar label path
  local jar=$1 label=$2 path=$3 status
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE$path")
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$BASE$path"; done
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$BASE$path")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v p="$path" -v s="$status" \
    '{t[NR]=$1} END {printf "%-9s %-3s %-62s median %4.0f ms  max %4.0f ms\n", l, s, p, t[int((NR+1)/2)]*1000, t[NR]*1000}'
}

ADMIN=$(login admin)
HEAD=$(login kadinkes)
measure "$ADMIN" admin "/discipline/recommendations?year=$YEAR"
measure "$ADMIN" admin "/discipline/recommendations?year=$YEAR&page=1"
measure "$ADMIN" admin "/discipline/recommendations?year=$YEAR&page=5"
measure "$ADMIN" admin "/discipline/recommendations?year=$YEAR&sort=NAME&changed=true"
measure "$ADMIN" admin "/discipline/recommendations?year=$YEAR&opd=DINKES"
measure "$ADMIN" admin "/discipline/recommendations/relief?year=$YEAR"
measure "$ADMIN" admin "/discipline/recommendations?year=$((YEAR - 1))"
measure "$HEAD" kadinkes "/discipline/recommendations?year=$YEAR"
measure "$HEAD" kadinkes "/discipline/recommendations?year=$YEAR&page=1"
measure "$HEAD" kadinkes "/discipline/recommendations/relief?year=$YEAR"
