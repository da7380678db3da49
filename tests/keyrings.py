"""Keyrings for the tests: a real keyring backend kept in memory, and none at all (keyring's fail backend)."""
from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from checkin.services import machine


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that forgets everything when the test ends, so no test touches the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring(monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(machine, "_session_passwords", {})
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    """A computer without a keychain (a headless Linux without Secret Service)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(machine, "_session_passwords", {})
    yield
    keyring.set_keyring(previous)


def new_run(monkeypatch) -> None:
    """Forget the passwords typed in this run, as when the program is started again."""
    monkeypatch.setattr(machine, "_session_passwords", {})
