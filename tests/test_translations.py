"""The French translation is complete, keeps every placeholder, and the compiled file is current."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import translations as tr_tool  # noqa: E402  (packaging/translations.py)

TS = tr_tool.ts_path("fr")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def test_every_string_in_the_code_has_a_french_translation(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    tr_tool.update_ts(fresh)
    missing = tr_tool.unfinished(fresh)
    assert not missing, "untranslated (run packaging/dev.py tr, then translate):\n" + "\n".join(
        f"[{c}] {s}" for c, s in missing
    )


def test_translations_keep_their_placeholders():
    wrong = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                    wrong.append((source, form))
    assert not wrong


def test_compiled_translation_is_current(tmp_path):
    qm = tmp_path / "fresh.qm"
    tr_tool.release(TS, qm)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run packaging/dev.py tr to rebuild the .qm"


def test_core_messages_come_out_in_french():
    from checkin.i18n import UserError, install_translator
    from checkin.storage.database import open_database
    from checkin.translations import load_translator

    translator = load_translator("fr")
    assert translator is not None
    install_translator(lambda context, text: translator.translate(context, text) or text)
    try:
        with pytest.raises(UserError) as caught:
            open_database("/nonexistent/event.checkin")
        assert "Aucun" in str(caught.value) or "aucun" in str(caught.value)
        assert "/nonexistent/event.checkin" in str(caught.value)
    finally:
        install_translator(None)


def test_cli_speaks_french(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "checkin", "--lang", "fr", "--db", str(tmp_path / "absent.checkin"), "sessions"],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 1
    assert out.stdout == ""
    assert "aucun" in out.stderr.lower()


def test_every_marked_string_names_its_context_literally():
    """lupdate only extracts QT_TRANSLATE_NOOP("Context", "text") and self.tr("text"): a context or
    text given as a variable is never offered for translation, and shows in English in French."""
    call = re.compile(r"\b(QT_TRANSLATE_NOOP|self\.tr)\(\s*([^\s\"')])")
    hidden = []
    for path in sorted((ROOT / "checkin").rglob("*.py")):
        if path.name == "i18n.py":  # where QT_TRANSLATE_NOOP itself is defined
            continue
        for match in call.finditer(path.read_text(encoding="utf-8")):
            hidden.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert not hidden
