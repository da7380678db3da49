"""Decoding camera frames off the GUI thread, always the newest frame, each code reported once.

A camera sends 30 frames a second whatever the decoder is doing. Frames go into a one-slot
mailbox: a new frame replaces the one waiting, so when decoding falls behind (a slow machine, a
frame that takes longer) stale frames are dropped instead of queueing up, and what is decoded is
what the camera sees now. Frames can be submitted from any thread (camera backends deliver them
on their own), decoding runs on one Python thread of its own (zxing-cpp releases the interpreter
lock while it works), and the codes come back to the GUI thread as a queued signal.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from typing import Callable, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QVideoFrame

from checkin.scanning.decode import DEFAULT_REPEAT_WINDOW_S, Pixels, RepeatFilter, decode_frame
from checkin.ui.scanning.camera_frames import frame_pixels

log = logging.getLogger(__name__)

T = TypeVar("T")


class LatestOnly(Generic[T]):
    """A mailbox with one slot: ``put`` replaces what is waiting, ``take`` waits for something or for ``close``."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._item: T | None = None
        self._open = False

    def open(self) -> None:
        with self._changed:
            self._open = True

    def put(self, item: T) -> bool:
        """Leave ``item`` for the taker (dropped while closed); True when it replaced one nobody took."""
        with self._changed:
            if not self._open:
                return False
            replaced = self._item is not None
            self._item = item
            self._changed.notify()
            return replaced

    def take(self) -> T | None:
        """The newest item, waiting for one; None once the mailbox is closed."""
        with self._changed:
            while self._open and self._item is None:
                self._changed.wait()
            if not self._open:
                return None
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        """Drop what is waiting and wake the taker, who gets None."""
        with self._changed:
            self._open = False
            self._item = None
            self._changed.notify_all()


class NewestOnlyLoop(Generic[T]):
    """A thread that passes each item it takes from a :class:`LatestOnly` mailbox to ``handle``.

    ``submit`` may be called from any thread; ``stop`` waits for the item being handled, if any.
    An exception from ``handle`` is logged and the loop goes on with the next item.
    """

    def __init__(self, name: str, handle: Callable[[T], None]):
        self._name = name
        self._handle = handle
        self._items: LatestOnly[T] = LatestOnly()
        self._thread: threading.Thread | None = None
        self._counts_lock = threading.Lock()
        self.handled = 0
        self.dropped = 0  # replaced while waiting: the thread was busy with an older one

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running:
            return
        self._items.open()
        self._thread = threading.Thread(target=self._run, name=self._name)
        self._thread.start()

    def stop(self) -> None:
        self._items.close()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Make the thread end soon without waiting for it (for when its owner is being deleted)."""
        self._items.close()

    def submit(self, item: T) -> None:
        """Hand over an item; it replaces the one still waiting, if any. Ignored while stopped."""
        if self._items.put(item):
            with self._counts_lock:
                self.dropped += 1

    def _run(self) -> None:
        _yield_to_the_gui()
        while (item := self._items.take()) is not None:
            try:
                self._handle(item)
            except Exception:  # one bad frame must not end the camera
                log.exception("%s could not handle a frame", self._name)
            del item  # the frame's buffer goes back to the camera while the thread waits for the next
            with self._counts_lock:
                self.handled += 1


def _yield_to_the_gui() -> None:
    """Lower this thread's CPU priority (Linux lets a thread be niced on its own): when the machine
    is busy, the GUI thread gets a core before a preview or a decode does."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            log.debug("Could not lower the priority of %s", threading.current_thread().name)


class CameraDecodeWorker(QObject):
    """Decodes the newest camera frame on a thread of its own and emits each newly seen code.

    ``submit`` is safe to call from any thread, so it can be connected straight to
    ``QVideoSink.videoFrameChanged`` with a direct connection and the GUI thread never touches a
    frame. A code held in view is reported once; again only after it was out of view for
    ``repeat_window_s`` seconds (see :class:`checkin.scanning.decode.RepeatFilter`).
    """

    code_read = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        repeat_window_s: float = DEFAULT_REPEAT_WINDOW_S,
        decode: Callable[[Pixels], list[str]] = decode_frame,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self._decode = decode
        self._clock = clock
        self._repeats = RepeatFilter(repeat_window_s)
        self._repeats_lock = threading.Lock()
        self._loop: NewestOnlyLoop[QVideoFrame] = NewestOnlyLoop("CameraDecodeWorker", self._decode_one)
        # If the widget that owns the worker is deleted without stopping it, the thread still ends.
        self.destroyed.connect(self._loop.close)

    @property
    def is_running(self) -> bool:
        return self._loop.is_running

    @property
    def frames_decoded(self) -> int:
        return self._loop.handled

    @property
    def frames_dropped(self) -> int:
        """Frames replaced by a newer one before the decoder got to them."""
        return self._loop.dropped

    def start(self) -> None:
        """Start taking frames (a no-op when already running)."""
        self._loop.start()

    def stop(self) -> None:
        """Drop the waiting frame and end the thread; waits for at most the one decode under way."""
        self._loop.stop()

    def submit(self, frame: QVideoFrame) -> None:
        """Hand over a frame from any thread; it replaces the one still waiting. Ignored while stopped."""
        self._loop.submit(frame)

    def forget_codes(self) -> None:
        """The next read of any code counts, even one seen a moment ago (e.g. after a camera switch)."""
        with self._repeats_lock:
            self._repeats.reset()

    def _decode_one(self, frame: QVideoFrame) -> None:
        pixels = frame_pixels(frame)
        texts = self._decode(pixels) if pixels is not None else []
        now = self._clock()
        with self._repeats_lock:
            new = [text for text in texts if self._repeats.accept(text, now)]
        try:
            for text in new:
                self.code_read.emit(text)
        except RuntimeError:  # deleted under us (its owner went away): the loop is closing anyway
            pass
