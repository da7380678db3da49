"""A TCP proxy on loopback that a test controls: forward, pause (a blackhole), drop (reset), resume.

The fault tests put it between a station and the PostgreSQL server to play the venue Wi-Fi:

- ``pause()``: nothing gets through any more, in either direction, and nothing is closed either:
  open connections hang and new ones are accepted but never answered. This is the nasty case (a
  dead access point), where only the station's own deadline can notice anything is wrong.
- ``drop()``: every open connection is reset and new ones are reset as soon as they arrive, so
  the client learns at once (a cable pulled, the server's host gone).
- ``resume()``: forwarding again. Bytes held back during a pause are delivered (as TCP would
  retransmit them), and connections accepted during the pause are connected to the server then.

One thread runs every socket through a selector, so a command (pause, drop…) is applied between
two reads and has taken effect on every connection by the time the call returns.

    with NetProxy("127.0.0.1", server.port) as proxy:
        db = open_database(proxy.url(server_url))
        proxy.pause()
"""
from __future__ import annotations

import enum
import queue
import selectors
import socket
import struct
import threading
from typing import Callable

from sqlalchemy.engine import make_url

# Bytes read from one side and not yet written to the other, past which we stop reading: the
# sender's kernel buffers then fill and it blocks, as it would on a slow link.
_HELD_LIMIT = 1 << 20
_CONNECT_TIMEOUT_S = 2.0


class Mode(enum.Enum):
    FORWARDING = "forwarding"
    PAUSED = "paused"
    DROPPED = "dropped"


def _reset(sock: socket.socket) -> None:
    """Close with an RST instead of a FIN: the peer's next read or write fails at once."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


class _End:
    """One socket of a proxied connection and the bytes waiting to be written to it."""

    __slots__ = ("sock", "peer", "out", "events")

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.peer: _End | None = None
        self.out = bytearray()
        self.events = 0


class NetProxy:
    """Forwards ``listen_host:port`` (a free port, see ``.port``) to ``target_host:target_port``."""

    def __init__(self, target_host: str, target_port: int, listen_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self._listener = socket.create_server((listen_host, 0), backlog=64)
        self._listener.setblocking(False)
        self.host, self.port = self._listener.getsockname()[:2]
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._commands: queue.Queue = queue.Queue()
        self._ends: list[_End] = []
        self._parked: list[socket.socket] = []  # accepted while paused, connected on resume
        self._mode = Mode.FORWARDING
        self._stopping = False
        self.accepted = 0  # connections accepted so far (the tests count reconnections with it)
        self._selector.register(self._listener, selectors.EVENT_READ, "listener")
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._thread = threading.Thread(target=self._loop, name=f"netproxy:{self.port}", daemon=True)
        self._thread.start()

    # ---- what the test calls -----------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self._mode

    def url(self, database_url: str) -> str:
        """``database_url`` pointed at this proxy instead of the server."""
        return make_url(database_url).set(host=self.host, port=self.port).render_as_string(hide_password=False)

    def pause(self) -> None:
        self._call(lambda: self._set_mode(Mode.PAUSED))

    def drop(self) -> None:
        self._call(self._drop_all)

    def resume(self) -> None:
        self._call(self._resume)

    def open_connections(self) -> int:
        return self._call(lambda: sum(1 for end in self._ends if end.peer is not None) // 2 + len(self._parked))

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        self._call(self._stop)
        self._thread.join()
        self._wake_r.close()
        self._wake_w.close()
        self._selector.close()

    def __enter__(self) -> "NetProxy":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, command: Callable):
        """Run ``command`` on the proxy's thread, between two reads, and return its value."""
        answer: queue.Queue = queue.Queue(maxsize=1)
        self._commands.put((command, answer))
        self._wake_w.send(b"!")
        ok, value = answer.get(timeout=10)
        if not ok:
            raise value
        return value

    # ---- commands, run on the proxy's thread ---------------------------------------------------

    def _set_mode(self, mode: Mode) -> None:
        self._mode = mode

    def _drop_all(self) -> None:
        self._mode = Mode.DROPPED
        for end in list(self._ends):
            self._forget(end, reset=True)
        for sock in self._parked:
            _reset(sock)
        self._parked.clear()

    def _resume(self) -> None:
        self._mode = Mode.FORWARDING
        parked, self._parked = self._parked, []
        for sock in parked:
            self._connect(sock)

    def _stop(self) -> None:
        self._stopping = True
        for end in list(self._ends):
            self._forget(end, reset=False)
        for sock in self._parked:
            sock.close()
        self._parked.clear()
        self._selector.unregister(self._listener)
        self._listener.close()

    # ---- the loop ------------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stopping:
            for key, mask in self._selector.select():
                if key.data == "wake":
                    self._run_commands()
                elif key.data == "listener":
                    self._accept()
                elif key.data.peer is not None:  # not forgotten earlier in this round
                    self._serve(key.data, mask)
            if not self._stopping:
                self._update_interest()

    def _run_commands(self) -> None:
        try:
            self._wake_r.recv(4096)
        except BlockingIOError:
            pass
        while True:
            try:
                command, answer = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                answer.put((True, command()))
            except Exception as exc:  # handed back to the caller, who raises it
                answer.put((False, exc))

    def _accept(self) -> None:
        try:
            client, _address = self._listener.accept()
        except (BlockingIOError, ConnectionAbortedError):
            return
        self.accepted += 1
        if self._mode is Mode.DROPPED:
            _reset(client)
        elif self._mode is Mode.PAUSED:
            self._parked.append(client)
        else:
            self._connect(client)

    def _connect(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=_CONNECT_TIMEOUT_S)
        except OSError:
            _reset(client)  # the server is down: the client is refused at once, as it would be without us
            return
        upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        a, b = _End(client), _End(upstream)
        a.peer, b.peer = b, a
        for end in (a, b):
            end.sock.setblocking(False)
            self._ends.append(end)

    def _serve(self, end: _End, mask: int) -> None:
        if mask & selectors.EVENT_READ:
            try:
                data = end.sock.recv(65536)
            except BlockingIOError:
                data = None
            except OSError:
                self._forget(end, reset=True)  # reset on one side: reset the other
                return
            if data == b"":
                self._flush_then_close(end.peer)
                self._forget(end, reset=False)
                return
            if data:
                end.peer.out += data
        if mask & selectors.EVENT_WRITE and end.out:
            try:
                sent = end.sock.send(end.out)
            except BlockingIOError:
                sent = 0
            except OSError:
                self._forget(end, reset=True)
                return
            del end.out[:sent]

    def _flush_then_close(self, end: _End) -> None:
        if end.out:
            try:
                end.sock.send(end.out)
            except OSError:
                pass
            end.out.clear()

    def _forget(self, end: _End, reset: bool) -> None:
        """Close both sockets of ``end``'s connection."""
        for side in (end, end.peer):
            if side is None or side not in self._ends:
                continue
            if side.events:
                self._selector.unregister(side.sock)
                side.events = 0
            self._ends.remove(side)
            side.peer = None
            if reset:
                _reset(side.sock)
            else:
                side.sock.close()

    def _update_interest(self) -> None:
        flowing = self._mode is Mode.FORWARDING
        for end in self._ends:
            wanted = 0
            if flowing:
                if len(end.peer.out) < _HELD_LIMIT:
                    wanted |= selectors.EVENT_READ
                if end.out:
                    wanted |= selectors.EVENT_WRITE
            if wanted == end.events:
                continue
            if end.events == 0:
                self._selector.register(end.sock, wanted, end)
            elif wanted == 0:
                self._selector.unregister(end.sock)
            else:
                self._selector.modify(end.sock, wanted, end)
            end.events = wanted
