"""Work off the GUI thread: one database lane for every database operation, a pool for the rest.

Following Anki's ``aqt.operations``: a piece of database work is an :class:`Operation` with success
and failure callbacks. The :class:`DatabaseLane` runs operations one after the other on a single
QThread (so writes never race each other and SQLite sees one writer), and hands each result back
to the GUI thread through a queued signal, where the callbacks run. The GUI thread never touches
the database. Work that does not need the database (reading an import file, building a search
index) goes to the Qt thread pool with :func:`run_in_pool`.
"""
from __future__ import annotations

import logging
import queue
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal

from checkin.i18n import UserError
from checkin.storage import failures

log = logging.getLogger(__name__)


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "DatabaseLane",
        "Something went wrong and nothing was saved. Please try again; if it happens again, "
        "the details are in the log file (Help › About).",
    )


def _connection_lost(exc: Exception) -> UserError | None:
    """A UserError for a database that failed in a way people can act on (the network dropped, the
    disk is full, the file is read-only or damaged), so they read what happened and what to do
    instead of "something went wrong" (checkin.storage.failures judges it)."""
    message = failures.explain(exc)
    return UserError(message) if message is not None else None


class Operation:
    """One unit of work for the lane, with what to do on the GUI thread when it is over.

    ``work`` is a plain callable over the core services. If ``parent`` (a widget) has been deleted
    by the time the work is done, the callbacks are skipped: the result has nowhere to go.
    """

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None):
        self.work = work
        self.parent = parent
        self._success: Callable[[Any], None] | None = None
        self._user_error: Callable[[UserError], None] | None = None
        self._finished: Callable[[], None] | None = None

    def on_success(self, callback: Callable[[Any], None]) -> "Operation":
        self._success = callback
        return self

    def on_user_error(self, callback: Callable[[UserError], None]) -> "Operation":
        """Handle a UserError here (e.g. inline in a dialog) instead of in a message box."""
        self._user_error = callback
        return self

    def on_finished(self, callback: Callable[[], None]) -> "Operation":
        """Called after success or failure alike, e.g. to re-enable a button."""
        self._finished = callback
        return self

    def run_on(self, lane: "DatabaseLane") -> None:
        lane.submit(self)

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _deliver(self, result: Any, error: BaseException | None, report: Callable[[str], None]) -> None:
        if not self._parent_alive():
            return
        try:
            if error is None:
                if self._success is not None:
                    self._success(result)
            elif isinstance(error, UserError):
                if self._user_error is not None:
                    self._user_error(error)
                else:
                    report(str(error))
            else:
                report(unexpected_error_text())
        finally:
            if self._finished is not None:
                self._finished()


class _LaneThread(QThread):
    """Takes operations from a queue and runs them in order until it receives None."""

    done = Signal(object, object, object)  # operation, result, exception or None

    def __init__(self, jobs: queue.SimpleQueue):
        super().__init__()
        self.setObjectName("DatabaseLane")
        self._jobs = jobs

    def run(self) -> None:
        while True:
            operation = self._jobs.get()
            if operation is None:
                return
            try:
                result = operation.work()
            except UserError as exc:
                self.done.emit(operation, None, exc)
            except Exception as exc:  # the lane must survive any failure and keep serving
                log.exception("Database operation failed")
                self.done.emit(operation, None, _connection_lost(exc) or exc)
            else:
                self.done.emit(operation, result, None)


class DatabaseLane(QObject):
    """The one thread that talks to the event database; operations run in submission order."""

    busy_changed = Signal(bool)
    error_reported = Signal(str)  # a message for the user: a UserError's text or the generic one

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._pending = 0
        self._thread = _LaneThread(self._jobs)
        # Emitted on the lane thread, received here on the GUI thread: a queued connection.
        self._thread.done.connect(self._on_thread_done)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, operation: Operation) -> None:
        if not self._thread.isRunning():
            raise RuntimeError("the database lane has been stopped")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(operation)

    def stop(self) -> None:
        """Finish the operations already submitted (their writes complete), then end the thread."""
        if self._thread.isRunning():
            self._jobs.put(None)
            self._thread.wait()

    def _on_thread_done(self, operation: Operation, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            operation._deliver(result, error, self.error_reported.emit)
        except Exception:
            log.exception("Handling the result of a database operation failed")
            self.error_reported.emit(unexpected_error_text())
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)


class _PoolRelay(QObject):
    """Carries a pool task's outcome back to the GUI thread (it lives there)."""

    done = Signal(object, object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        receiver: QObject | None,
    ):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._receiver = receiver
        self.done.connect(self._deliver)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _live_relays.discard(self)
        if self._receiver is not None and not shiboken6.isValid(self._receiver):
            return  # the widget or model that wanted the result is gone
        if error is None:
            self._on_done(result)
        elif self._on_error is not None:
            self._on_error(error)


_live_relays: set[_PoolRelay] = set()


def run_in_pool(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    receiver: QObject | None = None,
) -> None:
    """Run ``work`` (which must not touch the database or any widget) on the Qt thread pool.

    ``on_done(result)`` or ``on_error(exception)`` then runs on the GUI thread, unless
    ``receiver`` has been deleted by then. Unexpected errors are logged; ``on_error`` decides what
    the user sees.
    """
    relay = _PoolRelay(on_done, on_error, receiver)
    _live_relays.add(relay)

    def task() -> None:
        try:
            result = work()
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.exception("Background task failed")
            relay.done.emit(None, exc)
        else:
            relay.done.emit(result, None)

    QThreadPool.globalInstance().start(task)
