"""Runs NewscleanStep with datatrove's LocalPipelineExecutor on a small JSON Lines input and
checks the result against the CLI, document by document.

    python3 examples/datatrove/run_local.py      (needs: pip install datatrove ./python)
"""

import gzip
import json
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newsclean_step import NewscleanStep  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]


def main() -> int:
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "newsclean",
                    "--example", "gen_corpus"], cwd=REPO, check=True)
    work = pathlib.Path(tempfile.mkdtemp())
    (work / "in").mkdir()
    src = work / "in" / "news.jsonl"
    subprocess.run([str(REPO / "target/release/examples/gen_corpus"), "jsonl", str(src), "20"], check=True)
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    records = [json.loads(line) for line in lines]
    # Two files, so both tasks have work (datatrove splits work by file).
    src.unlink()
    for k in range(2):
        (work / "in" / f"news-{k}.jsonl").write_text("".join(lines[k::2]), encoding="utf-8")
    src = work / "all.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    # datatrove keeps non-text fields as metadata; the title is the hint.
    start = time.time()
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(work / "in"), text_key="text", id_key="id"),
            NewscleanStep(),
            JsonlWriter(str(work / "out"), compression="gzip"),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(work / "logs"),
    ).run()
    took = time.time() - start
    out = {}
    for path in (work / "out").glob("*.jsonl.gz"):
        for line in gzip.open(path, "rt", encoding="utf-8"):
            d = json.loads(line)
            out[d["metadata"]["url"]] = d  # the url is unique per generated record
    cli = {}
    for line in subprocess.run([str(REPO / "target/release/newsclean"), "--jsonl", "-q", str(src)],
                               capture_output=True, check=True, text=True).stdout.splitlines():
        r = json.loads(line)
        cli[r["url"]] = r
    bad = 0
    for i, c in cli.items():
        d = out.get(i)
        if d is None:
            bad += c["text"] != ""  # empty results are dropped on purpose
            continue
        m = d["metadata"]
        if (d["text"], m["newsclean_title"], m["newsclean_agency"], m["newsclean_removed"]) != (
                c["text"], c["newsclean"]["title"], c["newsclean"]["agency"], c["newsclean"]["removed"]):
            bad += 1
    mb = src.stat().st_size / 1e6
    print(f"datatrove LocalPipelineExecutor (2 tasks): {len(records)} documents, {mb:.0f} MB in "
          f"{took:.1f} s ({mb / took:.1f} MB/s, {len(records) / took:.0f} docs/s, reader and gzip writer included)")
    print(f"compared {len(cli)} documents with the CLI: {'OK' if bad == 0 else f'{bad} MISMATCHES'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
