#!/usr/bin/env bash
# Cold first requests after readiness (issue 17): starts the jar in a temporary folder, waits for readiness UP,
# creates an API token (so bcrypt is not timed), then times the first eligibility check and the first
# recommendation, and the median of the next 50 of each (warm). Not part of the build.
#
#   bash src/test/scripts/measure-first-request.sh <absolute jar> [extra JVM/app args...]
#   e.g. ... -- --ses.warm-up.millis=0   (without the start-up warm-up)
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
jar="$(realpath "$1")"; shift; [[ "${1:-}" == "--" ]] && shift
jvm=(); app=()
for a in "$@"; do if [[ "$a" == --* ]]; then app+=("$a"); else jvm+=("$a"); fi; done
dir="$(mktemp -d /tmp/ses-first.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
(cd "$dir" && SES_ADMIN_PASSWORD=first-request-password exec java "${jvm[@]}" -jar "$jar" --server.port="$port" \
    --ses.rules.dir="$here/rules" "${app[@]}" > "$dir/app.log" 2>&1) &
pid=$!
trap 'kill $(pgrep -P $pid java || echo $pid) 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$port"
until curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/app.log"; exit 1; }; sleep 0.1
done
token=$(curl -fs -u admin:first-request-password -H 'Content-Type: application/json' -d '{"name":"measure"}' \
  "$base/api/tokens" | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
elig='{"ruleSet":"CN-HEBEI-2024","project":{"name":"Demo","ratedPowerMw":100,"ratedEnergyMwh":400,"annualCycles":330}}'
time_call() { curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "$2" "$base$1"; }
first_e=$(time_call /api/eligibility "$elig")
first_r=$(time_call /api/recommendations '{}')
warm_e=$(for i in $(seq 50); do time_call /api/eligibility "$elig"; done | sort -n | sed -n 25p)
warm_r=$(for i in $(seq 50); do time_call /api/recommendations '{}'; done | sort -n | sed -n 25p)
printf 'first eligibility %.1f ms, warm median %.1f ms; first recommendation %.1f ms, warm median %.1f ms (load %s)\n' \
  "$(echo "$first_e*1000" | bc)" "$(echo "$warm_e*1000" | bc)" "$(echo "$first_r*1000" | bc)" "$(echo "$warm_r*1000" | bc)" \
  "$(cut -d' ' -f1 /proc/loadavg)"
grep -o 'startup warm-up.*' "$dir/app.log" || true
