"""Certificates of attendance: one page per person who came, with the sessions they attended."""
from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image

from checkin.cli import main
from checkin.domain.model import Attendee, new_id
from checkin.i18n import UserError
from checkin.services.documents import certificates
from checkin.storage import event_repository as event_repo
from checkin.storage import repositories as repo
from tests.reports.morning import PLENARY, VISIT, WORKSHOP, build_event, play_morning, scripted_morning


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _logo() -> bytes:
    image = Image.new("RGB", (300, 120), "#2c6e9b")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def morning(tmp_path_factory):
    m = scripted_morning(tmp_path_factory.mktemp("certificates") / "event.checkin")
    with m.db.unit() as s:
        event_repo.update_event(s, logo=_logo())
    yield m
    m.db.dispose()


def test_one_pdf_has_a_page_for_each_person_who_came(morning, tmp_path):
    path = tmp_path / "certificates.pdf"
    written = certificates(morning.db, path)
    assert written.count == 22 and written.paths == [path]
    pages = _pages(path)
    assert len(pages) == 22  # 21 people checked in at the entrance and the walk-in
    helene = next(page for page in pages if "Hélène Lefèvre" in page)
    for expected in ("Certificate of attendance", "This is to certify that", "City of Lyon · Lyon, France", "Urban Safety Forum",
                     "Mar 20 – 21, 2026 · Hôtel de Ville, Bruxelles", "Sessions attended", PLENARY, WORKSHOP, VISIT,
                     "Mar 20, 2026, 09:30", "For the organisers"):
        assert expected in helene, expected
    eva = next(page for page in pages if "Eva Horváth" in page)
    assert "Checked in on March 20, 2026." in eva and PLENARY not in eva
    assert not any("Chloé Bernard" in page for page in pages)  # her only scan was annulled
    assert any("Zoé Walker" in page for page in pages)
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) - 2 >= 22  # the logo on every page


def test_a_folder_gets_one_pdf_per_person_named_after_them(morning, tmp_path):
    folder = tmp_path / "certificates"
    written = certificates(morning.db, folder)
    assert written.count == 22 and len(written.paths) == 22
    names = sorted(p.name for p in folder.iterdir())
    assert "Certificate – Lefèvre Hélène.pdf" in names
    assert "Certificate – Παπαδόπουλος Γιώργος.pdf" in names
    assert all(len(_pages(folder / name)) == 1 for name in names[:3])


def test_namesakes_do_not_overwrite_each_other(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    twin = Attendee(id=new_id(), first_name="Hélène", last_name="Lefèvre", organisation="Ville de Lille")
    with m.db.unit() as s:
        repo.insert_attendees(s, [twin])
    play_morning(m)
    from checkin.services.scanning import Station

    Station(m.db, station="Desk").admit(twin.id)
    folder = tmp_path / "out"
    certificates(m.db, folder)
    assert (folder / "Certificate – Lefèvre Hélène.pdf").exists()
    assert (folder / "Certificate – Lefèvre Hélène (2).pdf").exists()
    m.db.dispose()


def test_a_french_event_writes_dates_and_countries_in_french(tmp_path):
    m = scripted_morning(tmp_path / "event.checkin", languages=("fr", "en"))
    path = tmp_path / "attestations.pdf"
    certificates(m.db, path)
    emma = next(page for page in _pages(path) if "Emma de Vries" in page)
    assert "Rotterdam, Pays-Bas" in emma and "20–21 mars 2026" in emma and "20 mars 2026, 09:30" in emma
    m.db.dispose()


def test_nobody_checked_in_yet(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    with pytest.raises(UserError, match="Nobody has checked in yet"):
        certificates(m.db, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    m.db.dispose()


def test_cli_export_certificates(morning, tmp_path, capsys):
    db_path = morning.db.engine.url.database
    assert main(["--db", db_path, "export", "certificates", "--out", str(tmp_path / "all.pdf")]) == 0
    assert "Wrote 22 certificates" in capsys.readouterr().err
    assert main(["--db", db_path, "export", "certificates", "--out", str(tmp_path / "missing" / "folder")]) == 1
    assert "the folder does not exist" in capsys.readouterr().err
