#!/usr/bin/env bash
# Heap per Vaadin session, as docs/deployment.md reports it. Starts the production jar on a scratch H2 database,
# opens N sessions the way a browser does (GET of the sign-in page, which starts the HTTP session, then the
# client's init request ?v-r=init, on which Flow creates the VaadinSession and the sign-in UI's component tree),
# and reads the heap after a full GC before and after. Signed-in screens (workshop, analysis) hold more state.
# Usage: src/test/scripts/measure-session-heap.sh [sessions=100] [jar=target/production/ses-advisor-0.1.0-SNAPSHOT.jar]
set -euo pipefail
N="${1:-100}"
JAR="${2:-target/production/ses-advisor-0.1.0-SNAPSHOT.jar}"
PORT="${PORT:-18480}"
WORK="$(mktemp -d)"
RULES="$(pwd)/rules"
( cd "${WORK}" && SES_ADMIN_PASSWORD=measure-session-heap exec java -Xmx1g -jar "$(cd - >/dev/null; pwd)/${JAR}" \
    --server.port="${PORT}" --ses.rules.dir="${RULES}" >"${WORK}/app.log" 2>&1 ) &
APP=$!
trap 'kill ${APP} 2>/dev/null || true; rm -rf "${WORK}"' EXIT
for _ in $(seq 240); do
  curl -sf -o /dev/null "http://127.0.0.1:${PORT}/actuator/health/readiness" && break
  sleep 0.5
done
JPID="$(pgrep -P ${APP} java || echo ${APP})"
used_kib() { jcmd "${JPID}" GC.run >/dev/null; sleep 1; jcmd "${JPID}" GC.heap_info | awk '/garbage-first heap/ {for(i=1;i<=NF;i++) if($i=="used") {print $(i+1)+0; exit}}'; }
open_session() {
  local jar="${WORK}/cookies-$1"
  curl -s -c "${jar}" -o /dev/null "http://127.0.0.1:${PORT}/login"
  curl -s -b "${jar}" -o /dev/null "http://127.0.0.1:${PORT}/?v-r=init&location=login&query="
}
open_session warmup   # the first UI loads classes
BEFORE="$(used_kib)"
for i in $(seq "${N}"); do open_session "${i}"; done
AFTER="$(used_kib)"
echo "sessions=${N} heapBeforeKiB=${BEFORE} heapAfterKiB=${AFTER} perSessionKiB=$(( (AFTER - BEFORE) / N ))"
echo "rssKiB=$(ps -o rss= -p "${JPID}")"
