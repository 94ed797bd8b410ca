#!/usr/bin/env bash
# Throughput with 1 and 2 workers, side by side with bare spaCy, and the scaling between them.
# Usage: bench/run.sh [DOCS] [OUT_DIR]   (DOCS default 1000: the 121 pages cycled; OUT_DIR bench/results)
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-1000}"
out="${2:-bench/results}"
mkdir -p "$out"
for workers in 1 2; do
  factwire bench --workers "$workers" --docs "$docs" --json "$out/workers-$workers.json"
done
python bench/scaling.py "$out/workers-1.json" "$out/workers-2.json"
