#!/usr/bin/env bash
# The Worker sample's soak (docs/testing.md, "The soak"): builds samples/IncidentPolicy.Samples.Worker and the
# driver next to this script, starts the worker on a fresh database, drop folder and notification log, drops
# SOAK_INCIDENTS incidents (deterministic: SOAK_SEED) over SOAK_DURATION seconds, kills the worker with kill -9
# every SOAK_KILL_EVERY seconds and starts it again, then waits (at most SOAK_SETTLE seconds) until every message
# due at the end is delivered, stops the worker and counts: incidents, expected keys, delivered, lost, duplicates
# (the same key again), wrong keys. Exits non-zero when a key is lost or wrong, a line of the log is malformed, or
# the worker died by itself.
#
#   tests/soak/run.sh                                                   # 1,000 incidents over 60 s, a kill every 10 s
#   SOAK_INCIDENTS=10000 SOAK_DURATION=240 SOAK_KILL_EVERY=20 nice -n 10 tests/soak/run.sh   # the full soak
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${SOAK_INCIDENTS:-1000}
duration=${SOAK_DURATION:-60}
kill_every=${SOAK_KILL_EVERY:-10}
seed=${SOAK_SEED:-1}
settle=${SOAK_SETTLE:-300}
work=${SOAK_DIR:-$(mktemp -d)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_ENVIRONMENT=Production

echo "== soak: $count incidents over ${duration}s, kill -9 every ${kill_every}s, seed $seed, in $work"
echo "   commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
if [ -z "${SOAK_NO_BUILD:-}" ]; then
  dotnet build "$root/samples/IncidentPolicy.Samples.Worker" -c Release -m:1 -v:q -nologo >"$work/build.log" 2>&1 \
    && dotnet build "$root/tests/soak/IncidentPolicy.Soak" -c Release -m:1 -v:q -nologo >>"$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log"; echo "the build failed"; exit 2; }
fi
# Run from copies, so that a build of the repository while the soak runs does not change what it runs.
mkdir -p "$work/bin"
cp -r "$root/samples/IncidentPolicy.Samples.Worker/bin/Release/net10.0" "$work/bin/worker" \
  && cp -r "$root/tests/soak/IncidentPolicy.Soak/bin/Release/net10.0" "$work/bin/driver" \
  || { echo "the worker or the driver is not built"; exit 2; }
worker_dir="$work/bin/worker"
driver="$work/bin/driver/IncidentPolicy.Soak.dll"
log="$work/notifications.log"
start_ms=$(( $(date +%s%3N) + 5000 ))
plan=(--start "$start_ms" --count "$count" --duration "$duration" --seed "$seed")

worker=0
start_worker() {
  dotnet "$worker_dir/IncidentPolicy.Samples.Worker.dll" \
    --Worker:DatabasePath="$work/incidents.db" --Worker:DropFolder="$work/drop" --Worker:NotificationLog="$log" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:IncidentPolicy.Samples.Worker.LoggingNotifier=Error \
    >>"$work/worker.log" 2>&1 &
  worker=$!
}
dropper=0
cleanup() {
  [ "$worker" -ne 0 ] && kill -9 "$worker" 2>/dev/null
  [ "$dropper" -ne 0 ] && kill -9 "$dropper" 2>/dev/null
  [ -z "${SOAK_DIR:-}" ] && [ -z "${SOAK_KEEP:-}" ] && rm -rf "$work"
}
trap cleanup EXIT

start_worker
dotnet "$driver" drop --drop "$work/drop" --staging "$work/staging" "${plan[@]}" >"$work/drop.log" 2>&1 &
dropper=$!

# Each kill comes SOAK_KILL_EVERY seconds (between half and one and a half times that, varied deterministically)
# after the worker says it started, so that it falls in the middle of its work even on a busy machine where
# starting takes seconds.
started() { grep -c 'Application started' "$work/worker.log" 2>/dev/null || true; }
kills=0
crashes=0
while kill -0 "$dropper" 2>/dev/null; do
  for _ in $(seq 1 600); do [ "$(started)" -gt "$((kills + crashes))" ] && break; kill -0 "$worker" 2>/dev/null || break; sleep 0.2; done
  sleep "$(awk -v n="$kill_every" -v k="$kills" 'BEGIN { printf "%.1f", n * (0.5 + ((k * 7919) % 11) / 10) }')"
  kill -0 "$dropper" 2>/dev/null || break
  if ! kill -0 "$worker" 2>/dev/null; then
    crashes=$((crashes + 1)) # it died by itself
    echo "the worker died by itself; its log:"; tail -20 "$work/worker.log"
  else
    kill -9 "$worker"
    kills=$((kills + 1))
  fi
  wait "$worker" 2>/dev/null
  echo "   $(date -u +%H:%M:%S) kill $kills: $(grep -c '' "$log" 2>/dev/null || true) lines delivered, $(tail -n1 "$work/drop.log")"
  start_worker
done
wait "$dropper"
dropper=0
end_ms=$(date +%s%3N)
echo "== dropped everything; $kills kills; waiting for every message due at the end"
dotnet "$driver" settle --log "$log" --settings "$worker_dir/appsettings.json" --end "$end_ms" --timeout "$settle" "${plan[@]}" | tail -n2
kill -0 "$worker" 2>/dev/null || crashes=$((crashes + 1))
kill -9 "$worker" 2>/dev/null
wait "$worker" 2>/dev/null
worker=0
echo "== result ($count incidents, ${duration}s, kill -9 every ${kill_every}s: $kills kills, $crashes crashes)"
dotnet "$driver" report --log "$log" --settings "$worker_dir/appsettings.json" --end "$end_ms" "${plan[@]}"
status=$?
if [ "$crashes" -ne 0 ]; then
  echo "the worker died by itself $crashes times"; status=1
fi
grep -E 'fail|crit|Exception' "$work/worker.log" | sort | uniq -c | sort -rn | head -5
echo "== soak $([ "$status" -eq 0 ] && echo passed || echo FAILED)"
exit "$status"
