"""The Dask engine: the local engine's steps, with the per-article ones (extraction, publication-date
inference) mapped over partitions of articles by Dask.

    python -m events build --engine dask                              # local worker processes
    python -m events build --engine dask --scheduler tcp://host:8786  # a dask.distributed cluster

Merging and tabulating run in this process, with the same code as the local engine, so the tables
are the same row for row. Articles are read here and sent to the workers with the gazetteer, so the
workers need the same code and pinned packages, not the data folder. Local worker processes are
spawned, so (as with any multiprocessing) they import the calling script first: a script that
builds with this engine keeps its work under `if __name__ == "__main__":`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import Any, TypeVar

from events.errors import EngineError, InputError

Item = TypeVar("Item")
Shared = TypeVar("Shared")
Result = TypeVar("Result")

BATCHES_PER_WORKER = 4  # a few batches per worker, so that a slow one does not hold up the rest


class DaskScheduler:
    """Maps a step over partitions of items with dask.bag: in local processes, or on the cluster
    whose scheduler is at `address`. Use it as a context manager so that the connection is closed."""

    def __init__(self, address: str | None = None, partitions: int | None = None) -> None:
        if partitions is not None and partitions < 1:
            raise InputError(f"--partitions must be 1 or more, not {partitions}.")
        self.address = address
        self.partitions = partitions
        self._client: Any = None

    def __enter__(self) -> DaskScheduler:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _scheduler(self) -> tuple[Any, int]:
        """What dask's compute() runs on, and how many workers it has."""
        if self.address is None:
            return "processes", os.cpu_count() or 1
        if self._client is None:
            from distributed import Client

            try:
                self._client = Client(self.address, timeout="10s")  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError) as error:
                raise EngineError(f"cannot reach the Dask scheduler at {self.address}: {error}") from error
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        return self._client, workers

    def map(
        self, step: Callable[[Sequence[Item], Shared], list[Result]], items: Sequence[Item], shared: Shared
    ) -> list[Result]:
        if not items:
            return []
        import dask.bag
        from dask.delayed import delayed

        scheduler, workers = self._scheduler()
        partitions = min(len(items), self.partitions or workers * BATCHES_PER_WORKER)
        bag = dask.bag.from_sequence(list(items), npartitions=partitions)  # type: ignore[no-untyped-call]
        # One copy of the shared data in the graph, not one per partition.
        common = delayed(shared, traverse=False)
        results = bag.map_partitions(_run_step, step, common)
        try:
            return list(results.compute(scheduler=scheduler))
        except Exception as error:  # a step never raises for one article: this is the cluster failing
            raise EngineError(
                f"the Dask {'cluster' if self.address else 'worker processes'} could not run the build "
                f"({type(error).__name__}: {error}). The scheduler and every worker need this repository "
                "importable (start them from its folder with PYTHONPATH=.) and the pinned packages."
            ) from error


def _run_step(
    batch: Iterable[Item], step: Callable[[Sequence[Item], Shared], list[Result]], shared: Shared
) -> list[Result]:
    return step(list(batch), shared)
