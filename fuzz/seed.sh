#!/usr/bin/env bash
# Builds each fuzz target's seed corpus from the repository's fixtures (fuzz/corpus/, not committed).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/clean corpus/single_pass corpus/jsonl
i=0
for f in ../fixtures/*.txt; do
  i=$((i + 1))
  # The first byte is each target's selector (mode / pass / reader options).
  { printf "\\x$(printf %02x $((i % 256)))"; cat "$f"; } > "corpus/clean/$(basename "$f")"
  { printf "\\x$(printf %02x $((i % 256)))"; cat "$f"; } > "corpus/single_pass/$(basename "$f")"
  { printf "\\x$(printf %02x $((i % 4)))"
    python3 -c 'import json,sys; t=open(sys.argv[1]).read(); print(json.dumps({"id": 1, "title": t.split("\n")[0], "text": t})); print("{bad"); print(json.dumps({"text": 3}))' "$f"
  } > "corpus/jsonl/$(basename "$f" .txt).jsonl"
done
echo "seeded $i fixtures into fuzz/corpus/{clean,single_pass,jsonl}"
