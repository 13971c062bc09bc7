#!/usr/bin/env bash
# Runs the Spark job both ways in local mode on a generated dataset and checks every record
# against the CLI's own output; prints the throughput of each next to the CLI's.
#   examples/spark/run_local.sh [MEGABYTES]      (needs: pip install pyspark pandas pyarrow ./python; Java 17)
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet --bin newsclean --example gen_corpus
nc=$(pwd)/target/release/newsclean
target/release/examples/gen_corpus jsonl "$work/in.jsonl" "$mb"
records=$(wc -l < "$work/in.jsonl")
echo "dataset: $records records, $mb MB"

secs() { local s=$(date +%s.%N); "$@" > /dev/null 2>&1; awk -v a="$s" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

t_cli=$(secs "$nc" --jsonl -q -j 2 "$work/in.jsonl" -o "$work/cli.jsonl")
t_pipe=$(secs python3 examples/spark/clean_job.py "$work/in.jsonl" "$work/pipe" --method pipe --newsclean "$nc")
t_pandas=$(secs python3 examples/spark/clean_job.py "$work/in.jsonl" "$work/pandas" --method pandas)

python3 - "$work" <<'PY'
import glob, json, sys
work = sys.argv[1]
cli = {}
for line in open(f"{work}/cli.jsonl", encoding="utf-8"):
    r = json.loads(line)
    cli[r["id"]] = r
def load(d):
    out = {}
    for path in glob.glob(f"{d}/part-*"):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            out[r["id"]] = r
    return out
pipe, pandas = load(f"{work}/pipe"), load(f"{work}/pandas")
assert len(pipe) == len(cli) == len(pandas), (len(cli), len(pipe), len(pandas))
bad = 0
for i, c in cli.items():
    if pipe[i] != c:  # the CLI inside Spark: identical records
        bad += 1
    p = pandas[i]
    if (p["text"], p["newsclean"]["title"], p["newsclean"]["agency"], p["newsclean"]["removed"]) != (
        c["text"], c["newsclean"]["title"], c["newsclean"]["agency"], c["newsclean"]["removed"]):
        bad += 1
print(f"compared {len(cli)} records: pipe identical to the CLI, pandas same text/title/agency/removals: {'OK' if bad == 0 else f'{bad} MISMATCHES'}")
sys.exit(1 if bad else 0)
PY

awk -v mb="$mb" -v n="$records" -v a="$t_cli" -v b="$t_pipe" -v c="$t_pandas" 'BEGIN {
  printf "| way | wall s | MB/s | records/s |\n|---|---|---|---|\n"
  printf "| CLI --jsonl -j 2 | %s | %.1f | %.0f |\n", a, mb / a, n / a
  printf "| Spark local[2], rdd.pipe(newsclean --jsonl) | %s | %.1f | %.0f |\n", b, mb / b, n / b
  printf "| Spark local[2], mapInPandas + Python package | %s | %.1f | %.0f |\n", c, mb / c, n / c
}'
