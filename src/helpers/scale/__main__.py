"""`python -m helpers.scale`: run the heavy stages on $CORPUS and write partitioned tables to $OUT.

Paths come from the environment (PROCESS_CORPUS, PROCESS_OUT, optional MODEL, ENTITY_CACHE, PARTITION_SIZE,
DASK_SCHEDULER, DASK_WORKERS) or from the command line, so `make process` never puts them in shell code.
"""

from __future__ import annotations

import argparse
import json
import os

from helpers.scale.process import process_corpus


def main(argv: list[str] | None = None) -> None:
    """Parse arguments (defaults from the environment), process the corpus, print the summary."""
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m helpers.scale", description=__doc__)
    parser.add_argument("--corpus", default=env("PROCESS_CORPUS") or "data/raw")
    parser.add_argument("--out", default=env("PROCESS_OUT") or "data/processed/partitioned")
    parser.add_argument("--scheduler", default=env("DASK_SCHEDULER") or None,
                        help="'local' (every core), tcp://host:port, or empty for in-process")
    parser.add_argument("--workers", type=int, default=int(env("DASK_WORKERS") or 0) or None)
    parser.add_argument("--model", default=env("MODEL") or None)
    parser.add_argument("--cache-dir", default=env("ENTITY_CACHE") or None)
    parser.add_argument("--partition-size", type=int, default=int(env("PARTITION_SIZE") or 500))
    args = parser.parse_args(argv)
    summary = process_corpus(args.corpus, args.out, scheduler=args.scheduler, workers=args.workers, model=args.model,
                             cache_dir=args.cache_dir, partition_size=args.partition_size)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
