"""Clean a JSON Lines dataset with Spark, two ways, and write one JSON object per record.

    spark-submit clean_job.py INPUT.jsonl OUTPUT_DIR --method pipe --newsclean /path/to/newsclean
    spark-submit clean_job.py INPUT.jsonl OUTPUT_DIR --method pandas

pipe:   rdd.pipe("newsclean --jsonl"): each partition streams through one newsclean process;
        records come back exactly as the CLI writes them (all fields, cleaned text, `newsclean`).
pandas: mapInPandas over the Python package (newsclean.clean_many, GIL released), writing the
        same record shape: every input field, the cleaned text, and a `newsclean` object with
        title, agency and removal counts.
"""

import argparse
import json

from pyspark.sql import SparkSession


def clean_partition_pandas(batches):
    import newsclean
    import pandas as pd

    for batch in batches:
        records = [json.loads(line) for line in batch["value"]]
        results = newsclean.clean_many(
            [r["text"] for r in records],
            threads=1,  # Spark already runs one task per core
            titles=[r.get("title") if isinstance(r.get("title"), str) else None for r in records],
        )
        out = []
        for record, result in zip(records, results):
            record["text"] = result["text"]
            record["newsclean"] = {
                "title": result["title"],
                "agency": result["wire"]["agency"],
                "removed": result["stats"]["removed_by_pass"],
            }
            out.append(json.dumps(record, ensure_ascii=False))
        yield pd.DataFrame({"value": out})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--method", choices=["pipe", "pandas"], required=True)
    ap.add_argument("--newsclean", default="newsclean", help="the CLI binary, for --method pipe")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args()

    spark = (
        SparkSession.builder.master(args.master)
        .appName(f"newsclean-{args.method}")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    lines = spark.read.text(args.input).repartition(args.partitions)
    if args.method == "pipe":
        cleaned = lines.rdd.map(lambda row: row.value).pipe(f"{args.newsclean} --jsonl -q -j 1")
        cleaned.saveAsTextFile(args.output)
    else:
        cleaned = lines.mapInPandas(clean_partition_pandas, schema="value string")
        cleaned.write.text(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
