#!/usr/bin/env bash
# Starts the demo app on a throw-away database and captures the main pages into docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18095; DIR=$(mktemp -d /tmp/merit-shots.XXXX)
./mvnw -q -B -DskipTests package test-compile
MERIT_EMBEDDED_DB_DIR=$DIR/pg PORT=$PORT MERIT_DEMO=true java -jar target/merit-0.1.0-SNAPSHOT.jar > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 1 300); do grep -q "Demo activity imported" "$DIR/app.log" && break; sleep 1; done
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" -Dmdep.includeScope=test
mkdir -p docs/screenshots
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/test-classes:target/classes:$(cat "$DIR/cp.txt")" id.merit.support.ScreenshotTour \
  "http://localhost:$PORT" docs/screenshots
