#!/usr/bin/env bash
# Soak: mixed read load (wrk, 16 connections over the matrix, look-up, search and graph endpoints) for
# SOAK_SECONDS (default 300) while a second client ingests and deletes documents without pause. Samples the
# heap after GC every 30 s. Writes bench/results/soak.md. Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
[ -f graph-api/target/app/policykg.jar ] || mvn -B -q -DskipTests package
SECONDS_TOTAL=${SOAK_SECONDS:-300}
work=$(mktemp -d)
port=18081; key=soak-key
java -Xmx512m -XX:SharedArchiveFile=graph-api/target/app/policykg.jsa -jar graph-api/target/app/policykg.jar --server.port=$port --policykg.neo4j.embedded.bolt-port=0 \
  --policykg.neo4j.embedded.http-port=0 --policykg.neo4j.embedded.data-dir="$work/neo4j" --policykg.api-key=$key \
  > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
region=$(curl -fs "localhost:$port/api/entities/lookup?name=$(urlencode 西部地区)" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cat > "$work/mixed.lua" <<LUA
local paths = {
  "/api/boards/mechanisms?rollup=true",
  "/api/entities/lookup?name=$(urlencode 长江三角洲地区)",
  "/api/search?q=$(urlencode 长三角)",
  "/api/graph?center=$region&depth=1&format=cytoscape",
  "/api/entities?type=Mechanism&size=20"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
# heap in use right after a full collection (jcmd GC.run): what the service keeps, without the garbage in between
heap() {
  jcmd "$service" GC.run >/dev/null 2>&1 || true
  curl -fs "localhost:$port/actuator/metrics/jvm.memory.used?tag=area:heap" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["measurements"][0]["value"]/1048576))'
}

# writer: ingest a paragraph-sized document, read it back, delete it, again and again
(
  n=0; failures=0
  end=$((SECONDS + SECONDS_TOTAL))
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    body="{\"title\":\"soak $n\",\"text\":\"第${n}次：完善区际利益补偿机制，支持中西部地区和东北地区加快发展，推动京津冀协同发展。\"}"
    id=$(curl -s -X POST "localhost:$port/api/documents" -H "X-API-Key: $key" -H 'Content-Type: application/json' -d "$body" \
         | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))' 2>/dev/null || true)
    if [ -z "$id" ]; then failures=$((failures + 1)); continue; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "localhost:$port/api/documents/$id" -H "X-API-Key: $key")
    [ "$code" = 204 ] || failures=$((failures + 1))
  done
  echo "$n $failures" > "$work/writer.result"
) &
writer=$!

samples=()
(
  for _ in $(seq 1 $((SECONDS_TOTAL / 30))); do sleep 30; echo "$(heap)"; done
) > "$work/heap.txt" &
sampler=$!

# a request slower than 10 s counts as an error (wrk's default of 2 s would count latency spikes as failures)
result=$(wrk -t2 -c16 -d"${SECONDS_TOTAL}s" --timeout 10s --latency -s "$work/mixed.lua" "http://127.0.0.1:$port")
wait $writer; wait $sampler || true
read -r writes write_failures < "$work/writer.result"

out=bench/results/soak.md
{
  echo "# Soak"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/soak.sh\` ($(nproc) cores, -Xmx512m): ${SECONDS_TOTAL} s of mixed reads by 16"
  echo "connections while another client ingested and deleted documents without pause."
  echo
  echo "| reads | read requests/s | p50 | p99 | read errors (non-2xx or over 10 s) | documents ingested and deleted | write errors | heap after full GC, MB, every 30 s |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| $(awk '/requests in/ {print $1}' <<<"$result") | $(awk '/Requests\/sec/ {print $2}' <<<"$result") | $(awk '$1=="50%" {print $2}' <<<"$result") | $(awk '$1=="99%" {print $2}' <<<"$result") | $(awk '/Non-2xx|Socket errors/ {e=e $0 "; "} END {print (e=="" ? "0" : e)}' <<<"$result") | $writes | $write_failures | $(paste -sd' ' "$work/heap.txt") |"
} > "$out"
cat "$out"
