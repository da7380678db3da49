"""A lane: one daemon thread running calls in submission order, each answered through a Future."""
from __future__ import annotations

import threading
from concurrent.futures import Future
from queue import SimpleQueue
from typing import Callable

# Not a ThreadPoolExecutor(max_workers=1): its worker is joined when the interpreter exits, so a
# call stuck on a vanished server would keep the app from closing. A daemon thread does not.


class Lane:
    """One daemon thread running calls in order. A lane stuck in a call to a dead server is simply
    abandoned (the call ends when the connection's timeouts fire) and a new one made."""

    def __init__(self, name: str):
        self._calls: SimpleQueue = SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, work: Callable) -> Future:
        future: Future = Future()
        self._calls.put((work, future))
        return future

    def stop(self) -> None:
        self._calls.put(None)

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        while (call := self._calls.get()) is not None:
            work, future = call
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(work())
                except BaseException as exc:  # handed to the waiting caller
                    future.set_exception(exc)
