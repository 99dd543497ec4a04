#!/usr/bin/env bash
# Query latency under concurrent load: wrk against the running service (started here on fixed ports with a fresh
# database), at 1, 16 and 64 connections, for the matrix, alias look-up, search and graph endpoints; beside them,
# the same matrix question (cypher/queries/01_mechanisms_per_board.cypher, the file the API runs) asked of Neo4j directly through its HTTP
# Query API and over Bolt with the Java driver, and through the API's /api/cypher. Writes bench/results/load.md.
# Needs wrk (Debian: apt-get install wrk). About 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
[ -f graph-api/target/app/policykg.jar ] && [ -f ingest/target/policykg-ingest-cli.jar ] || mvn -B -q -DskipTests package
DURATION=${DURATION:-8s}
work=$(mktemp -d)
port=18080; bolt=17687; neo_http=17474
java -Xmx1g -XX:SharedArchiveFile=graph-api/target/app/policykg.jsa -jar graph-api/target/app/policykg.jar --server.port=$port --policykg.neo4j.embedded.bolt-port=$bolt \
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
# the matrix question as the API asks it, for Neo4j's HTTP Query API and for the API's /api/cypher
python3 - cypher/queries/01_mechanisms_per_board.cypher "$work" <<'PY'
import json, re, sys
params, lines = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^:param\s+(\w+)\s*=>\s*(.+)$", line.strip())
    if m:
        params[m.group(1)] = json.loads(m.group(2))  # the file's literals are JSON literals too
    elif not line.strip().startswith("//"):
        lines.append(line)
cypher = "".join(lines).strip().rstrip(";")
for name, body in (("query-api", {"statement": cypher, "parameters": params}), ("api-cypher", {"query": cypher, "params": params})):
    with open(f"{sys.argv[2]}/{name}.lua", "w", encoding="utf-8") as lua:
        lua.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        lua.write("wrk.body = [==[" + json.dumps(body, ensure_ascii=False) + "]==]\n")
PY
# warm up every endpoint and Neo4j's query cache
for name in "${!endpoints[@]}"; do wrk -t1 -c1 -d2s "http://127.0.0.1:$port${endpoints[$name]}" >/dev/null; done
wrk -t1 -c1 -d2s -s "$work/query-api.lua" "http://127.0.0.1:$neo_http/db/neo4j/query/v2" >/dev/null
wrk -t1 -c1 -d2s -s "$work/api-cypher.lua" "http://127.0.0.1:$port/api/cypher" >/dev/null

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
  run "API /api/cypher, matrix Cypher" "http://127.0.0.1:$port/api/cypher" $c "$work/api-cypher.lua"
  run "Neo4j HTTP Query API, matrix Cypher" "http://127.0.0.1:$neo_http/db/neo4j/query/v2" $c "$work/query-api.lua"
  java -jar ingest/target/policykg-ingest-cli.jar query-benchmark --uri "bolt://127.0.0.1:$bolt" --query cypher/queries/01_mechanisms_per_board.cypher \
    --clients $c --seconds "${DURATION%s}" --label "Neo4j over Bolt (Java driver), matrix Cypher" | tee -a "$out"
done
python3 - "$out" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 6 and cells[1].isdigit():
        ms = float(re.sub("[^0-9.]", "", cells[3])) * (0.001 if cells[3].endswith("us") else 1000 if cells[3].endswith("s") and not cells[3].endswith("ms") else 1)
        rows[(cells[0], int(cells[1]))] = (float(cells[2]), ms)
with open(sys.argv[1], "a", encoding="utf-8") as out:
    out.write("\n## The API's overhead, as a ratio to Neo4j answering the same Cypher over Bolt\n\n")
    out.write("Above 1 the API is slower than the database alone; below 1 it is faster (its answer is cached between ingests).\n\n")
    out.write("| clients | matrix endpoint p50 / Bolt p50 | /api/cypher p50 / Bolt p50 | HTTP Query API p50 / Bolt p50 |\n|---|---|---|---|\n")
    for c in (1, 16, 64):
        bolt = rows.get(("Neo4j over Bolt (Java driver), matrix Cypher", c))
        if not bolt:
            continue
        ratio = lambda name: "%.2f" % (rows[(name, c)][1] / bolt[1]) if (name, c) in rows else "-"
        out.write(f"| {c} | {ratio('API matrix')} | {ratio('API /api/cypher, matrix Cypher')} | {ratio('Neo4j HTTP Query API, matrix Cypher')} |\n")
PY
echo "results written to $out"
