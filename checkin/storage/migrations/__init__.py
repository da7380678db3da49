"""Schema migrations with Alembic, run from code (no alembic.ini): an older event file opens in a newer app."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

HERE = Path(__file__).resolve().parent


class State(Enum):
    EMPTY = "empty"  # no tables at all
    FOREIGN = "foreign"  # tables, but not ours
    OLDER = "older"
    CURRENT = "current"
    NEWER = "newer"  # made by a newer app


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def state(engine: Engine) -> State:
    script = ScriptDirectory.from_config(config())
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return State.EMPTY
        if "alembic_version" not in tables or "event" not in tables:
            return State.FOREIGN
        current = MigrationContext.configure(conn).get_current_revision()
    if current == script.get_current_head():
        return State.CURRENT
    known = {rev.revision for rev in script.walk_revisions()}
    return State.OLDER if current in known or current is None else State.NEWER


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(config(engine), revision)
