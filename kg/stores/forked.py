"""Run a function in a forked child process while the caller goes on.

Writing a million facts as CSV is Python work that holds the GIL: a thread cannot
run beside it, but a forked child can, on the second core, and it shares the
parent's rows without copying or pickling them. Only the (small) result comes
back, pickled through a pipe. Where there is no ``os.fork`` (Windows) the
function runs in the caller when its result is asked for.

Example:
    >>> wait = in_child(lambda: 6 * 7)
    >>> wait()
    42
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

from ontology.errors import StoreError

T = TypeVar("T")


def in_child(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work()`` in a forked child; the returned function waits for its result.

    The caller must call it (it also reaps the child). The child must only compute
    and write files: it shares nothing with the parent after the fork, and it exits
    without running the parent's cleanup (``os._exit``). An exception in the child
    becomes a StoreError in the parent, with the child's message.
    """
    if not hasattr(os, "fork"):
        return work
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        status = 0
        try:
            outcome: tuple[bool, object] = (True, work())
        except BaseException as exc:
            outcome, status = (False, f"{type(exc).__name__}: {exc}"), 1
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(outcome, pipe)
        finally:
            os._exit(status)
    os.close(write_end)

    def wait() -> T:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        if not data:
            raise StoreError("the helper process writing CSV files died; run the load again")
        ok, value = pickle.loads(data)
        if not ok:
            raise StoreError(f"writing the CSV files failed: {value}")
        return value  # type: ignore[no-any-return]

    return wait
