#!/usr/bin/env bash
# Latency of GET /api/ask under concurrent load: wrk against the running service (started here on fixed ports with a
# fresh database and the corpus), cycling through the questions of graph-api/src/test/resources/ask/questions.yaml
# (239 questions of every intent, refusals included), at 1 and 16 connections; once with the answer cache (a
# question asked again costs no database round trip) and once with it off (spring.cache.type=none: every question is
# read, linked and run against Neo4j). Writes bench/results/ask.md. Needs wrk (Debian: apt-get install wrk). About
# 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk"; exit 1; }
[ -f graph-api/target/app/policykg.jar ] || mvn -B -q -DskipTests package
DURATION=${DURATION:-15s}
work=$(mktemp -d)
port=18090; bolt=17697; neo_http=17494
trap 'kill ${service:-} 2>/dev/null; wait ${service:-} 2>/dev/null; rm -rf "$work"' EXIT

# one request per question, cycled through by every connection
python3 - graph-api/src/test/resources/ask/questions.yaml "$work/questions.lua" <<'PY'
import re, sys, urllib.parse
questions = [m.group(1).strip().strip("'\"") for m in re.finditer(r"^- q: (.+)$", open(sys.argv[1], encoding="utf-8").read(), re.M)]
with open(sys.argv[2], "w", encoding="utf-8") as lua:
    lua.write("local paths = {\n")
    for q in questions:
        lua.write('  "/api/ask?q=%s",\n' % urllib.parse.quote(q))
    lua.write("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n")
print(len(questions), "questions")
PY
questions=$(grep -c '^  "/api/ask' "$work/questions.lua")

out=bench/results/ask.md
{
  echo "# GET /api/ask under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/ask.sh\` ($(nproc) cores, wrk ${DURATION} per row, corpus of 5 articles, $questions questions cycled through, service and load generator on the same machine)."
  echo
  echo "| answer cache | connections | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|"
} > "$out"

for cache in on off; do
  extra=()
  [ "$cache" = off ] && extra=(--spring.cache.type=none)
  rm -rf "$work/neo4j"
  java -Xmx1g -XX:SharedArchiveFile=graph-api/target/app/policykg.jsa -jar graph-api/target/app/policykg.jar --server.port=$port \
    --policykg.neo4j.embedded.bolt-port=$bolt --policykg.neo4j.embedded.http-port=$neo_http \
    --policykg.neo4j.embedded.data-dir="$work/neo4j" "${extra[@]}" > "$work/service-$cache.log" 2>&1 &
  service=$!
  for _ in $(seq 1 120); do curl -fs "localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
  # warm up: JIT, Neo4j's query plans and (cache on) the answers; 15 s, as a first minute of use would
  wrk -t2 -c4 -d15s -s "$work/questions.lua" "http://127.0.0.1:$port" >/dev/null
  for c in 1 16; do
    threads=$(( c < 2 ? 1 : 2 ))
    result=$(wrk -t"$threads" -c"$c" -d"$DURATION" --latency -s "$work/questions.lua" "http://127.0.0.1:$port")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    errors=$(awk '/Non-2xx|Socket errors/ {e=e $0 "; "} END {print (e=="" ? "0" : e)}' <<<"$result")
    echo "| $cache | $c | $rps | $p50 | $p99 | $errors |" | tee -a "$out"
  done
  kill $service; wait $service 2>/dev/null || true
done
echo "results written to $out"
