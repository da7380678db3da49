"""Layouts as data: the shipped ones load and keep QR codes scannable; broken files say what is wrong and where."""
from __future__ import annotations

import json

import pytest

from checkin.badges import layout_store
from checkin.badges.layout import QrElement, TextElement, layout_from_dict, layout_to_dict, validate
from checkin.badges.qr import MIN_MODULE_MM, QUIET_ZONE, module_size
from checkin.badges.stock import STOCKS, Sides, get_stock
from checkin.i18n import UserError

SHIPPED = sorted(path.stem for path in layout_store.builtin_dir().glob("*.json"))
BADGE_CODE_MODULES = 25  # version-2 QR of a 29-letter badge code (test_codes checks it)


def test_a_handful_of_layouts_ship_each_naming_its_stock():
    infos = layout_store.list_layouts()
    assert len(SHIPPED) >= 5
    assert all(info.problem is None and info.builtin for info in infos)
    stocks = {info.stock for info in infos}
    assert {"a6-4up-a4", "card-86x55-8up-a4", "ql-62x100", "label-57x102", "a6-foldover-a4"} <= stocks


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_layout_keeps_qr_modules_of_at_least_1_2_mm_with_a_clear_quiet_zone(name):
    layout = layout_store.load_layout(name)
    stock = get_stock(layout.stock)
    for side in (layout.front, layout.back):
        codes = [e for e in side if isinstance(e, QrElement)]
        for qr in codes:
            assert module_size(qr.size, BADGE_CODE_MODULES) >= MIN_MODULE_MM
            assert qr.x >= 0 and qr.y >= 0
            assert qr.x + qr.size <= stock.badge_width + 1e-9 and qr.y + qr.size <= stock.badge_height + 1e-9
            for other in side:
                if isinstance(other, TextElement):
                    apart = (other.x + other.width <= qr.x or qr.x + qr.size <= other.x
                             or other.y + other.height <= qr.y or qr.y + qr.size <= other.y)
                    assert apart, f"{name}: {other.field} inside the QR's {QUIET_ZONE}-module quiet zone"
    assert any(isinstance(e, QrElement) for e in layout.front)
    if stock.sides is Sides.FOLDOVER:
        assert layout.back, "a fold-over badge needs a back"


def test_stock_table_covers_the_common_badge_stock():
    ids = {stock.id for stock in STOCKS}
    assert {"a6", "a6-4up-a4", "card-86x55-8up-a4", "card-90x54-10up-a4", "cr80", "ql-62x100", "label-57x102",
            "letter-4x3-6up", "a6-foldover-a4"} <= ids
    for stock in STOCKS:
        for slot in stock.slots():
            for face in (slot.front, slot.back):
                if face is not None:
                    assert 0 <= face.x and face.x + stock.badge_width <= stock.page_width + 1e-6
                    assert 0 <= face.y and face.y + stock.badge_height <= stock.page_height + 1e-6
    assert get_stock("card-86x55-8up-a4").per_sheet == 8
    assert get_stock("letter-4x3-6up").per_sheet == 6


def test_an_organiser_copies_adjusts_and_reloads_a_layout(isolated_user_folders):
    copy = layout_store.copy_layout("classic-a6-4up", "forum-2026", "Forum 2026")
    adjusted = copy.with_changes(category_colours={**copy.category_colours, "Mayor": "#aa0000"})
    path = layout_store.save_layout(adjusted)
    assert path.parent == layout_store.user_dir()
    again = layout_store.load_layout("forum-2026")
    assert again.colour_for("mayor") == "#aa0000" and again.front == copy.front
    assert any(info.name == "forum-2026" and not info.builtin for info in layout_store.list_layouts())
    layout_store.delete_layout("forum-2026")
    assert "forum-2026" not in {info.name for info in layout_store.list_layouts()}


def test_bundled_layouts_cannot_be_overwritten():
    layout = layout_store.load_layout("classic-a6-4up")
    with pytest.raises(UserError, match="bundled"):
        layout_store.save_layout(layout)


def _write(name: str, text: str):
    folder = layout_store.user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_json_names_the_file_and_the_place():
    path = _write("broken", '{"title": "Broken", "stock": "a6",\n "front": [}')
    with pytest.raises(UserError) as raised:
        layout_store.load_layout("broken")
    assert str(path) in str(raised.value) and "line 2" in str(raised.value)
    listed = {info.name: info for info in layout_store.list_layouts()}
    assert listed["broken"].problem is not None  # listed with its problem, not hidden, not fatal


def _classic() -> dict:
    return layout_to_dict(layout_store.load_layout("classic-a6"))


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d.update(stock="a7"), "There is no badge stock called “a7”"),
        (lambda d: d["front"].append({"type": "circle", "x": 1, "y": 1}), "front[13] has type “circle”"),
        (lambda d: d["front"][4].update(field="nickname"), "front[4] shows “nickname”"),
        (lambda d: d["front"][4].update(size_min=50), "front[4]: the smallest size"),
        (lambda d: d["front"][4].update(width=200), "front[4] reaches outside the 105 × 148 mm badge"),
        (lambda d: d["front"][0].update(fill="blue"), "front[0]: “blue” is not a colour"),
        (lambda d: d["front"][4].pop("x"), "front[4] lacks x"),
        (lambda d: d["front"][4].update(x="left"), "front[4]: x must be a number"),
        (lambda d: d["front"][4].update(colour_name="red"), "front[4] has unknown settings: colour_name"),
        (lambda d: d["front"][4].update(y=105), "overlaps the QR code"),
        (lambda d: d.update(back=d["front"]), "it has a back, but the stock “a6” is single-sided"),
        (lambda d: d.pop("front"), "it lacks “front”"),
    ],
)
def test_invalid_layouts_say_what_is_wrong(change, expected):
    data = _classic()
    change(data)
    path = _write("custom", json.dumps(data))
    with pytest.raises(UserError) as raised:
        layout_store.load_layout("custom")
    message = str(raised.value)
    assert expected in message and str(path) in message


def test_a_layout_edited_in_memory_is_validated_like_a_file():
    layout = layout_store.load_layout("classic-a6")
    moved = layout.with_changes(front=tuple(e if not isinstance(e, QrElement) else QrElement(x=80, y=100, size=41) for e in layout.front))
    with pytest.raises(UserError, match="reaches outside"):
        validate(moved)
    assert validate(layout) == layout
    assert layout_from_dict("classic-a6", layout_to_dict(layout), "x") == layout
