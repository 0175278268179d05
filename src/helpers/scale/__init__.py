"""Heavy stages on Dask: loading, entities and dates by partition, in-process, on every core or on a cluster."""

from helpers.scale.aggregate import aggregate
from helpers.scale.engine import connect, run_tasks
from helpers.scale.load import load_parallel
from helpers.scale.pipeline import parts_of
from helpers.scale.process import process_corpus

__all__ = ["aggregate", "connect", "load_parallel", "parts_of", "process_corpus", "run_tasks"]
