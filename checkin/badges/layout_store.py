"""Where layouts live: the bundled ones in resources/layouts, the organiser's own in the user data folder."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from checkin.badges.layout import Layout, layout_from_dict, layout_to_dict, validate
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.resources import resource_path

APP_DIR_NAME = "checkin-desk"


@dataclass(frozen=True, slots=True)
class LayoutInfo:
    """One layout file as the layout list shows it; ``problem`` says why a broken file cannot be used."""

    name: str
    title: str
    stock: str
    builtin: bool
    path: Path
    problem: Message | None = None


def builtin_dir() -> Path:
    return resource_path("layouts")


def user_dir() -> Path:
    """The organiser's own layouts (platformdirs' user data folder)."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "layouts"


def _read(path: Path) -> Layout:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(
            Message("Layouts", QT_TRANSLATE_NOOP("Layouts", "Could not read the badge layout {path}: {reason}."), {"path": str(path), "reason": exc.strerror or str(exc)})
        ) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise UserError(
            Message(
                "Layouts",
                QT_TRANSLATE_NOOP("Layouts", "The badge layout {path} is not valid JSON ({where}). Fix the file or pick another layout."),
                {"path": str(path), "where": where},
            )
        ) from exc
    return layout_from_dict(path.stem, data, str(path))


def _files() -> dict[str, tuple[Path, bool]]:
    """Layout name → (file, bundled?); a user layout never hides a bundled one of the same name."""
    found: dict[str, tuple[Path, bool]] = {}
    folder = user_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            found[path.stem] = (path, False)
    for path in sorted(builtin_dir().glob("*.json")):
        found[path.stem] = (path, True)
    return found


def list_layouts() -> list[LayoutInfo]:
    """Every layout, bundled first, then the user's; broken files are listed with their problem."""
    infos = []
    for name, (path, builtin) in _files().items():
        try:
            layout = _read(path)
        except UserError as error:
            infos.append(LayoutInfo(name, name, "", builtin, path, error.message))
            continue
        infos.append(LayoutInfo(name, layout.title, layout.stock, builtin, path))
    return sorted(infos, key=lambda info: (not info.builtin, info.title.casefold()))


def load_layout(name: str) -> Layout:
    files = _files()
    if name not in files:
        raise UserError(
            Message(
                "Layouts",
                QT_TRANSLATE_NOOP("Layouts", "There is no badge layout called “{name}”. Known layouts: {known}."),
                {"name": name, "known": ", ".join(sorted(files))},
            )
        )
    return _read(files[name][0])


def is_builtin(name: str) -> bool:
    return (builtin_dir() / f"{name}.json").is_file()


def save_layout(layout: Layout) -> Path:
    """Validate and write ``layout`` to the user folder (atomically); bundled layouts cannot be overwritten."""
    if is_builtin(layout.name):
        raise UserError(
            Message(
                "Layouts",
                QT_TRANSLATE_NOOP("Layouts", "“{name}” is a bundled layout and cannot be changed. Save your version under another name."),
                {"name": layout.name},
            )
        )
    validate(layout)
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{layout.name}.json"
    text = json.dumps(layout_to_dict(layout), ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{layout.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(
            Message("Layouts", QT_TRANSLATE_NOOP("Layouts", "Could not save the badge layout to {path}: {reason}."), {"path": str(target), "reason": exc.strerror or str(exc)})
        ) from exc
    return target


def copy_layout(name: str, new_name: str, title: str) -> Layout:
    """A user copy of layout ``name`` under ``new_name``, saved, ready to adjust."""
    copy = load_layout(name).with_changes(name=new_name, title=title)
    if new_name in _files():
        raise UserError(
            Message("Layouts", QT_TRANSLATE_NOOP("Layouts", "A layout called “{name}” already exists. Choose another name."), {"name": new_name})
        )
    save_layout(copy)
    return copy


def delete_layout(name: str) -> None:
    """Remove one of the user's layouts (bundled ones stay)."""
    if is_builtin(name):
        raise UserError(
            Message("Layouts", QT_TRANSLATE_NOOP("Layouts", "“{name}” is a bundled layout and cannot be deleted."), {"name": name})
        )
    (user_dir() / f"{name}.json").unlink(missing_ok=True)
