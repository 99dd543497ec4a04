#!/usr/bin/env bash
# Ingest throughput: the corpus, and synthetic corpora 10x and 100x its size, end to end into Neo4j, next to
# HanLP segmentation alone. Writes bench/results/ingest.md. About 5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f ingest/target/policykg-ingest-cli.jar ] || mvn -B -q -DskipTests package -pl ingest -am
java -Xmx512m -jar ingest/target/policykg-ingest-cli.jar benchmark --scales "${SCALES:-1,10,100}" --out bench/results/ingest.md
