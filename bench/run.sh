#!/usr/bin/env bash
# Whole-process benchmark: generates a corpus (deterministic), then measures newsclean end to end
# and prints MB/s of input, wall time and peak RSS for each case, with `cat` on the same input as
# the ceiling.
#
#   bench/run.sh            # 500 MB JSON Lines, 20,000 files, a 50 MB article (~3 minutes)
#   BIG=1 bench/run.sh      # also a 1 GB JSON Lines stream (peak RSS must not grow)
#   CORPUS=/path bench/run.sh   # where the corpus goes (default target/bench-corpus; reused)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-target/bench-corpus}
mkdir -p "$corpus"
export LC_ALL=C

echo "building (release)..." >&2
cargo build --release --quiet --bin newsclean --example gen_corpus
nc=${NC:-target/release/newsclean}   # NC=path/to/other/newsclean compares another build
gen=target/release/examples/gen_corpus

[ -f "$corpus/c500.jsonl" ] || { echo "generating 500 MB of JSON Lines..." >&2; $gen jsonl "$corpus/c500.jsonl" 500; }
[ -d "$corpus/files" ] || { echo "generating 20,000 files..." >&2; $gen dir "$corpus/files" 20000; }
[ -f "$corpus/big50.txt" ] || { echo "generating one 50 MB article..." >&2; $gen big "$corpus/big50.txt" 50; }
if [ "${BIG:-0}" = 1 ] && [ ! -f "$corpus/c1000.jsonl" ]; then
  echo "generating 1 GB of JSON Lines..." >&2; $gen jsonl "$corpus/c1000.jsonl" 1000
fi

mb() { du -sbL "$1" | awk '{printf "%.1f", $1 / 1e6}'; }

# measure NAME INPUT_MB CMD...: runs CMD under /usr/bin/time, prints a table row.
measure() {
  local name=$1 input_mb=$2; shift 2
  local out t
  out=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$out" "$@" > /dev/null 2> /dev/null || true
  t=$(tail -1 "$out"); rm -f "$out"
  local wall=${t% *} rss_kb=${t#* }
  last_wall=$wall
  printf "| %-34s | %8s | %7.2f | %8.1f | %7.1f |\n" "$name" "$input_mb" "$wall" \
    "$(awk -v m="$input_mb" -v w="$wall" 'BEGIN { print (w > 0 ? m / w : 0) }')" \
    "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')"
}

# /usr/bin/time cannot wrap a redirect: small wrappers.
run_stdin() { "$nc" < "$1"; }
run_jsonl() { "$nc" --jsonl -q -j "$2" "$1"; }
# Each directory run writes into a directory of its own, made before the timing and removed only
# at the end of the script: ext4 skips recently freed inodes when it makes a file (its
# `recently_deleted` check, for up to five minutes after a delete), and creating 20,000 files
# right after removing the last run's 20,000 spent 7 s in the kernel instead of 0.5 s (perf:
# find_inode_bit / recently_deleted). The old script also timed that `rm -rf` itself.
outdirs=()
fresh_out() { mktemp -d -p "$1" out.XXXXXX; }   # (a subshell: the caller records it)
trap 'rm -rf "${outdirs[@]}"' EXIT
run_dir() { "$nc" "$corpus/files" -o "$2" -q -j "$1"; }
cat_file() { cat "$1"; }
cat_dir() { find "$corpus/files" -name '*.txt' -print0 | xargs -0 cat; }
export -f run_stdin run_jsonl run_dir cat_file cat_dir
export nc corpus

jsonl_mb=$(mb "$corpus/c500.jsonl")
dir_mb=$(mb "$corpus/files")
big_mb=$(mb "$corpus/big50.txt")
files=$(find "$corpus/files" -name '*.txt' | wc -l)

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "binary: $nc ($($nc --version)); repository at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| case                               | input MB |  wall s |     MB/s | RSS MB |"
echo "|------------------------------------|----------|---------|----------|--------|"
measure "cat, JSON Lines (ceiling)"            "$jsonl_mb" bash -c 'cat_file "$corpus/c500.jsonl"'
measure "JSON Lines, -j 1"                     "$jsonl_mb" bash -c 'run_jsonl "$corpus/c500.jsonl" 1'
measure "JSON Lines, -j 2"                     "$jsonl_mb" bash -c 'run_jsonl "$corpus/c500.jsonl" 2'
if [ -f "$corpus/c1000.jsonl" ]; then
  big_jsonl_mb=$(mb "$corpus/c1000.jsonl")
  measure "JSON Lines 1 GB, -j 2"              "$big_jsonl_mb" bash -c 'run_jsonl "$corpus/c1000.jsonl" 2'
fi
measure "cat, $files files (ceiling)"          "$dir_mb" bash -c 'cat_dir'
o1=$(fresh_out "$corpus"); o2=$(fresh_out "$corpus"); outdirs+=("$o1" "$o2")
measure "directory, $files files, -j 1"        "$dir_mb" bash -c 'run_dir 1 "$0"' "$o1/out"
measure "directory, $files files, -j 2"        "$dir_mb" bash -c 'run_dir 2 "$0"' "$o2/out"
dir2_wall=$last_wall
# The same with the output on tmpfs: what newsclean costs without the disk's file creation.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  o3=$(fresh_out /dev/shm); outdirs+=("$o3")
  measure "directory, -j 2, output on tmpfs"  "$dir_mb" bash -c 'run_dir 2 "$0"' "$o3/out"
  tmpfs_wall=$last_wall
fi
measure "cat, one 50 MB article (ceiling)"     "$big_mb" bash -c 'cat_file "$corpus/big50.txt"'
measure "one 50 MB article, stdin to stdout"   "$big_mb" bash -c 'run_stdin "$corpus/big50.txt"'

# Linear cost: one article of 25, 50 and 100 MB; each doubling should at most double the time.
[ -f "$corpus/big25.txt" ] || $gen big "$corpus/big25.txt" 25 11
[ -f "$corpus/big100.txt" ] || $gen big "$corpus/big100.txt" 100 11
echo
prev=""
for size in 25 50 100; do
  f="$corpus/big$size.txt"
  out=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$out" "$nc" "$f" > /dev/null
  read -r wall rss < "$out"; rm -f "$out"
  ratio=""
  [ -n "$prev" ] && ratio=$(awk -v a="$wall" -v b="$prev" 'BEGIN { printf "  (x%.2f for twice the input)", a / b }')
  printf "one %3s MB article: %6.2f s, %6.0f MB peak RSS%s\n" "$size" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$ratio"
  prev=$wall
done

# Memory of one huge article against the target (4 x the input + 16 MB): text and JSON output,
# and the worst shape for line records, 2.34 M lines of 8 bytes (a tenth blank).
[ -f "$corpus/short-lines.txt" ] ||
  awk 'BEGIN { for (i = 0; i < 2340000; i++) print (i % 10 == 9) ? "" : "word wor" }' > "$corpus/short-lines.txt"
echo
for args in "text big100.txt" "json big100.txt" "text short-lines.txt" "json short-lines.txt"; do
  set -- $args
  f="$corpus/$2"
  out=$(mktemp)
  /usr/bin/time -f "%M" -o "$out" "$nc" --format "$1" "$f" > /dev/null
  rss=$(cat "$out"); rm -f "$out"
  awk -v k="$rss" -v b="$(wc -c < "$f")" -v name="$2" -v fmt="$1" 'BEGIN {
    mb = b / 1e6; peak = k * 1024 / 1e6; bound = 4 * mb + 16
    printf "%-16s %-4s %6.1f MB in: %6.1f MB peak RSS (bound %6.1f MB, %s)\n", name, fmt, mb, peak, bound, peak <= bound ? "under" : "OVER"
  }'
done

# Start-up: 200 runs on empty input.
start=$(date +%s%N)
for _ in $(seq 200); do "$nc" < /dev/null > /dev/null; done
end=$(date +%s%N)
echo
awk -v ns=$((end - start)) 'BEGIN { printf "start-up on empty input: %.2f ms per run (200 runs)\n", ns / 200 / 1e6 }'
# The first ~3 KB of a corpus file, cut at a line end (a byte cut can split a UTF-8 character,
# and newsclean rightly refuses that input).
one=$(mktemp); awk '{ n += length($0) + 1; if (n > 3000) exit; print }' "$corpus/files/000/0000000.txt" > "$one"
start=$(date +%s%N)
for _ in $(seq 200); do "$nc" "$one" > /dev/null; done
end=$(date +%s%N)
awk -v ns=$((end - start)) 'BEGIN { printf "one short article per process: %.2f ms per run (200 runs)\n", ns / 200 / 1e6 }'
rm -f "$one"
awk -v n="$files" -v w="$dir2_wall" 'BEGIN { printf "directory batch at -j 2: %.0f files/s\n", n / w }'
[ -n "${tmpfs_wall:-}" ] && awk -v n="$files" -v w="$tmpfs_wall" 'BEGIN { printf "directory batch at -j 2, output on tmpfs: %.0f files/s\n", n / w }'
true
