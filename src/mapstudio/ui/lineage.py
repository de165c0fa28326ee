"""The window's revision store, written off the UI thread.

Every open and every save remembers the project in the `RevisionStore`, so that a copy
that comes back finds its common ancestor. Writing a revision compresses the whole
project (about a third of a second for the benchmark's large map, longer than the save
itself), so a worker thread does it: opening and saving stay as fast as they were.
Projects are immutable values and the store is thread-safe, so the worker only needs a
reference. Anything that reads the store (`find_base`) first waits for the writes
already asked for, so a copy merged right after a save still finds that save.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence

from mapstudio.fileformat.envelope import Lineage
from mapstudio.fileformat.load import LoadResult
from mapstudio.fileformat.revisions import Ancestor, RevisionStore
from mapstudio.model import Project

log = logging.getLogger(__name__)


class BackgroundRevisions:
    """`RevisionStore.remember` on a worker thread; reads wait for pending writes."""

    def __init__(self, store: RevisionStore | None = None) -> None:
        self.store = store if store is not None else RevisionStore()
        self._queue: queue.Queue[tuple[Lineage, Project]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def remember(self, lineage: Lineage, project: Project) -> None:
        """Keep `project` as revision `lineage.revision`, soon."""
        if not lineage.revision:
            return
        self._ensure_worker()
        self._queue.put((lineage, project))

    def remember_loaded(self, result: LoadResult) -> None:
        """Keep a project as it was opened."""
        self.remember(result.lineage, result.project)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every revision asked for is written; False on timeout."""
        if self._thread is None:
            return True
        done = threading.Event()

        def wait() -> None:
            self._queue.join()
            done.set()

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        return done.wait(timeout)

    def find_base(
        self, ours: Lineage | Sequence[str], theirs: Lineage | Sequence[str]
    ) -> Ancestor | None:
        """The common ancestor of two copies (see `RevisionStore.find_base`)."""
        self.flush()
        return self.store.find_base(ours, theirs)

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="mapstudio-revisions", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        while True:
            lineage, project = self._queue.get()
            try:
                self.store.remember(lineage, project)  # logs and swallows its own failures
            except Exception:
                log.exception("could not remember revision %s", lineage.revision)
            finally:
                self._queue.task_done()
