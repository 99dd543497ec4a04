#!/usr/bin/env bash
# Query latency under concurrent load: wrk against the running service (started here on free ports with a fresh
# database), at 1, 16 and 64 connections, for the matrix, alias look-up, search and graph endpoints; beside them,
# the same matrix question asked of Neo4j directly through its HTTP Query API. Writes bench/results/load.md.
# Needs wrk (Debian: apt-get install wrk). About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
[ -f graph-api/target/policykg.jar ] || mvn -B -q -DskipTests package
DURATION=${DURATION:-8s}
work=$(mktemp -d)
port=18080; bolt=17687; neo_http=17474
java -Xmx1g -jar graph-api/target/policykg.jar --server.port=$port --policykg.neo4j.embedded.bolt-port=$bolt \
  --policykg.neo4j.embedded.http-port=$neo_http --policykg.neo4j.embedded.data-dir="$work/neo4j" > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
region=$(curl -fs "localhost:$port/api/entities/lookup?name=$(urlencode 西部地区)" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
declare -A endpoints=(
  [matrix]="/api/boards/mechanisms?rollup=true"
  [lookup]="/api/entities/lookup?name=$(urlencode 长江三角洲地区)"
  [search]="/api/search?q=$(urlencode 长三角)"
  [graph]="/api/graph?center=$region&depth=1&format=cytoscape"
)
# the matrix question as plain Cypher, for Neo4j's own HTTP Query API
cat > "$work/query.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"statement": "MATCH (b:Region {kind: 'Board'}) OPTIONAL MATCH p = (m:Mechanism)-[r:SERVES]->(x:Region)-[:PART_OF*0..3]->(b) WITH b, m, r, x = b AS direct, [n IN nodes(p)[1..] | n.name] AS path UNWIND coalesce(r.evidence[..3], [null]) AS sid OPTIONAL MATCH (s:Sentence {id: sid}) RETURN b.name, m.name, direct, path, collect(s.text)"}]]
LUA
# warm up every endpoint and Neo4j's query cache
for name in "${!endpoints[@]}"; do wrk -t1 -c1 -d2s "http://127.0.0.1:$port${endpoints[$name]}" >/dev/null; done
wrk -t1 -c1 -d2s -s "$work/query.lua" "http://127.0.0.1:$neo_http/db/neo4j/query/v2" >/dev/null

out=bench/results/load.md
{
  echo "# Query latency under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/load.sh\` ($(nproc) cores, wrk ${DURATION} per row, corpus of 5 articles, service and load generator on the same machine)."
  echo
  echo "| target | connections | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|"
} > "$out"
run() { # name url connections [script]
  local script=()
  [ -n "${4:-}" ] && script=(-s "$4")
  local threads=$(( $3 < 2 ? 1 : 2 ))
  local result
  result=$(wrk -t"$threads" -c"$3" -d"$DURATION" --latency "${script[@]}" "$2")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/ {e=e $0 "; "} END {print (e=="" ? "0" : e)}' <<<"$result")
  echo "| $1 | $3 | $rps | $p50 | $p99 | $errors |" | tee -a "$out"
}
for c in 1 16 64; do
  for name in matrix lookup search graph; do run "API $name" "http://127.0.0.1:$port${endpoints[$name]}" $c; done
  run "Neo4j Query API, matrix Cypher" "http://127.0.0.1:$neo_http/db/neo4j/query/v2" $c "$work/query.lua"
done
echo "results written to $out"
