"""Badge layouts as data: typed elements in millimetres, read from and written to plain JSON.

A layout names its stock and lists the elements of the badge's front (and, for fold-over stock, its
back) in drawing order. Coordinates are millimetres from the badge's top-left corner. Element types:

- ``text``: a box bound to a field (see FIELDS) or to ``"text"`` with ``{placeholders}``; font,
  bold, size range (largest that fits, down to the minimum), colour, alignment, max lines;
  ``overflow`` ``"shrink"`` (names: never cut) or ``"ellipsis"`` (long organisations).
- ``qr``: the badge code as a square QR symbol; ``size`` includes the 4-module quiet zone.
- ``image``: the event logo, scaled to fit its box.
- ``rect``: a filled rectangle; ``fill`` ``"category"`` takes the colour of the attendee's category.

Colours are ``#rrggbb``; ``"category"`` means the layout's colour for the attendee's category.
Validation errors are UserErrors that name the file and the element.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from checkin.badges.stock import Sides, get_stock
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

CATEGORY = "category"

# Fields a text element can show, and the {placeholders} of free text.
FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "full_name",
    "organisation",
    "position",
    "city",
    "country",
    "city_country",
    "category",
    "sessions",
    "event_name",
    "event_dates",
    "code",
)
FREE_TEXT = "text"
# Fields that are the same on every badge of a category: such elements are drawn once per category.
CATEGORY_FIELDS = frozenset({"category", "event_name", "event_dates"})

FONTS: tuple[str, ...] = ("Noto Sans", "DejaVu Sans")
ALIGNMENTS = ("left", "center", "right")
VERTICAL_ALIGNMENTS = ("top", "middle", "bottom")
OVERFLOWS = ("shrink", "ellipsis")
IMAGE_SOURCES = ("event_logo",)

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


@dataclass(frozen=True, slots=True)
class TextElement:
    x: float
    y: float
    width: float
    height: float
    field: str
    text: str = ""  # for field "text": free text with {placeholders}
    font: str = ""  # "" = the layout's font
    bold: bool = False
    size_max: float = 12.0  # points
    size_min: float = 6.0
    colour: str = "#000000"
    align: str = "center"
    valign: str = "middle"
    max_lines: int = 1
    leading: float = 1.15  # baseline to baseline, in multiples of the size
    uppercase: bool = False
    overflow: str = "shrink"
    type: str = field(default="text", init=False)

    @property
    def category_only(self) -> bool:
        """Whether the text depends on nothing but the category (so it can be drawn once per category)."""
        if self.field == FREE_TEXT:
            return set(_PLACEHOLDER.findall(self.text)) <= CATEGORY_FIELDS
        return self.field in CATEGORY_FIELDS


@dataclass(frozen=True, slots=True)
class QrElement:
    x: float
    y: float
    size: float  # the square including its quiet zone
    colour: str = "#000000"
    type: str = field(default="qr", init=False)

    @property
    def width(self) -> float:
        return self.size

    @property
    def height(self) -> float:
        return self.size

    category_only = False


@dataclass(frozen=True, slots=True)
class ImageElement:
    x: float
    y: float
    width: float
    height: float
    source: str = "event_logo"
    align: str = "center"
    type: str = field(default="image", init=False)
    category_only = True


@dataclass(frozen=True, slots=True)
class RectElement:
    x: float
    y: float
    width: float
    height: float
    fill: str = CATEGORY
    radius: float = 0.0
    type: str = field(default="rect", init=False)
    category_only = True


Element = TextElement | QrElement | ImageElement | RectElement
ELEMENT_TYPES: dict[str, type] = {"text": TextElement, "qr": QrElement, "image": ImageElement, "rect": RectElement}


@dataclass(frozen=True, slots=True)
class Layout:
    name: str  # file name without .json: lower-case letters, digits and dashes
    title: str
    stock: str
    front: tuple[Element, ...]
    back: tuple[Element, ...] = ()
    description: str = ""
    font: str = "Noto Sans"
    language: str = ""  # language of country names; "" = the attendee's badge language, else the event's
    default_colour: str = "#1f3a5f"
    category_colours: dict[str, str] = field(default_factory=dict)  # category → #rrggbb

    def colour_for(self, category: str) -> str:
        """The category's colour (matched ignoring case and accents), or the default colour."""
        wanted = fold(category)
        for name, colour in self.category_colours.items():
            if fold(name) == wanted:
                return colour
        return self.default_colour

    def with_changes(self, **changes) -> "Layout":
        return replace(self, **changes)


def element_to_dict(element: Element) -> dict[str, Any]:
    data = asdict(element)
    ordered = {"type": data.pop("type")}
    ordered.update(data)
    return ordered


def layout_to_dict(layout: Layout) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": layout.title,
        "description": layout.description,
        "stock": layout.stock,
        "font": layout.font,
        "language": layout.language,
        "colours": {"default": layout.default_colour, "categories": dict(layout.category_colours)},
        "front": [element_to_dict(e) for e in layout.front],
    }
    if layout.back:
        data["back"] = [element_to_dict(e) for e in layout.back]
    return data


class _Problem(Exception):
    """A validation problem, in words; turned into a UserError naming the file."""

    def __init__(self, text: str, **params):
        super().__init__(text)
        self.text = text
        self.params = params


def _invalid(source: str, problem: _Problem) -> UserError:
    detail = Message("Layouts", problem.text, problem.params)
    return UserError(
        Message(
            "Layouts",
            QT_TRANSLATE_NOOP("Layouts", "The badge layout {source} is not valid: {problem} Fix the file or pick another layout."),
            {"source": source, "problem": detail},
        )
    )


def _colour(value: Any, where: str, allow_category: bool) -> str:
    if allow_category and value == CATEGORY:
        return value
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where}: “{value}” is not a colour; write it as #rrggbb."), where=where, value=value)
    return value.lower()


def _element(data: Any, where: str, badge: tuple[float, float]) -> Element:
    if not isinstance(data, dict):
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} is not an object."), where=where)
    kind = data.get("type")
    cls = ELEMENT_TYPES.get(kind)
    if cls is None:
        raise _Problem(
            QT_TRANSLATE_NOOP("Layouts", "{where} has type “{kind}”; use one of {known}."),
            where=where, kind=kind, known=", ".join(ELEMENT_TYPES),
        )
    allowed = {f.name for f in fields(cls) if f.init}
    unknown = set(data) - allowed - {"type"}
    if unknown:
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} has unknown settings: {names}."), where=where, names=", ".join(sorted(unknown)))
    missing = _REQUIRED[kind] - set(data)
    if missing:
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} lacks {names}."), where=where, names=", ".join(sorted(missing)))
    values = {key: value for key, value in data.items() if key != "type"}
    for key in ("x", "y", "width", "height", "size", "size_max", "size_min", "radius", "leading"):
        if key in values and (isinstance(values[key], bool) or not isinstance(values[key], (int, float))):
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where}: {name} must be a number."), where=where, name=key)
    element = cls(**values)
    _check_element(element, where, badge)
    return element


_REQUIRED = {
    "text": {"x", "y", "width", "height", "field"},
    "qr": {"x", "y", "size"},
    "image": {"x", "y", "width", "height"},
    "rect": {"x", "y", "width", "height"},
}


def _check_element(e: Element, where: str, badge: tuple[float, float]) -> None:
    width, height = badge
    if e.width <= 0 or e.height <= 0:
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} has no area."), where=where)
    slack = 0.01
    if e.x < -slack or e.y < -slack or e.x + e.width > width + slack or e.y + e.height > height + slack:
        raise _Problem(
            QT_TRANSLATE_NOOP("Layouts", "{where} reaches outside the {width} × {height} mm badge."),
            where=where, width=f"{width:g}", height=f"{height:g}",
        )
    if isinstance(e, TextElement):
        if e.field != FREE_TEXT and e.field not in FIELDS:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} shows “{field}”; use one of {known}."),
                           where=where, field=e.field, known=", ".join(FIELDS + (FREE_TEXT,)))
        bad = set(_PLACEHOLDER.findall(e.text)) - set(FIELDS)
        if bad:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} uses unknown placeholders: {names}."), where=where, names=", ".join(sorted(bad)))
        if e.font and e.font not in FONTS:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} uses the font “{font}”; bundled fonts: {known}."),
                           where=where, font=e.font, known=", ".join(FONTS))
        if not 0 < e.size_min <= e.size_max:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where}: the smallest size must be above zero and at most the largest."), where=where)
        if not isinstance(e.max_lines, int) or not 1 <= e.max_lines <= 12:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where}: max_lines must be a whole number from 1 to 12."), where=where)
        for name, value, choices in (("align", e.align, ALIGNMENTS), ("valign", e.valign, VERTICAL_ALIGNMENTS), ("overflow", e.overflow, OVERFLOWS)):
            if value not in choices:
                raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where}: {name} “{value}”; use one of {known}."),
                               where=where, name=name, value=value, known=", ".join(choices))
        _colour(e.colour, where, allow_category=True)
    elif isinstance(e, QrElement):
        _colour(e.colour, where, allow_category=True)
    elif isinstance(e, ImageElement):
        if e.source not in IMAGE_SOURCES:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "{where} shows the image “{source}”; use one of {known}."),
                           where=where, source=e.source, known=", ".join(IMAGE_SOURCES))
    elif isinstance(e, RectElement):
        _colour(e.fill, where, allow_category=True)


def _check_qr_clear(elements: tuple[Element, ...], side: str) -> None:
    """The QR's quiet zone (inside its box) must stay free of text and images, or it will not scan."""
    for qr in (e for e in elements if isinstance(e, QrElement)):
        for index, other in enumerate(elements):
            if isinstance(other, (TextElement, ImageElement)) and _overlap(qr, other) > 0.05:
                raise _Problem(
                    QT_TRANSLATE_NOOP("Layouts", "{where} overlaps the QR code and its quiet zone; move one of them."),
                    where=f"{side}[{index}]",
                )


def _overlap(a: Element, b: Element) -> float:
    dx = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    dy = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    return min(dx, dy)


def layout_from_dict(name: str, data: Any, source: str) -> Layout:
    """Build and check a layout; ``source`` (a file name) is named in any error."""
    try:
        return _layout(name, data)
    except _Problem as problem:
        raise _invalid(source, problem) from None
    except UserError as error:  # an unknown stock
        raise _invalid(source, _Problem("{detail}", detail=error.message)) from None


def _layout(name: str, data: Any) -> Layout:
    if not _NAME.match(name):
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "the name “{name}” must be lower-case letters, digits and dashes."), name=name)
    if not isinstance(data, dict):
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "the file does not hold a JSON object."))
    for key in ("title", "stock", "front"):
        if key not in data:
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "it lacks “{key}”."), key=key)
    stock = get_stock(str(data["stock"]))
    badge = (stock.badge_width, stock.badge_height)
    colours = data.get("colours", {})
    if not isinstance(colours, dict) or not isinstance(colours.get("categories", {}), dict):
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "“colours” must be an object with “default” and “categories”."))
    sides = {}
    for side in ("front", "back"):
        items = data.get(side, [])
        if not isinstance(items, list):
            raise _Problem(QT_TRANSLATE_NOOP("Layouts", "“{side}” must be a list of elements."), side=side)
        sides[side] = tuple(_element(item, f"{side}[{i}]", badge) for i, item in enumerate(items))
        _check_qr_clear(sides[side], side)
    if sides["back"] and stock.sides is not Sides.FOLDOVER:
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "it has a back, but the stock “{stock}” is single-sided."), stock=stock.id)
    font = data.get("font", "Noto Sans")
    if font not in FONTS:
        raise _Problem(QT_TRANSLATE_NOOP("Layouts", "the font “{font}” is not bundled; use one of {known}."), font=font, known=", ".join(FONTS))
    return Layout(
        name=name,
        title=str(data["title"]),
        description=str(data.get("description", "")),
        stock=stock.id,
        font=font,
        language=str(data.get("language", "")),
        default_colour=_colour(colours.get("default", "#1f3a5f"), "colours.default", allow_category=False),
        category_colours={
            str(category): _colour(colour, f"colours.categories.{category}", allow_category=False)
            for category, colour in colours.get("categories", {}).items()
        },
        front=sides["front"],
        back=sides["back"],
    )


def validate(layout: Layout) -> Layout:
    """Check a layout edited in memory (the designer) with the same rules as a file."""
    return layout_from_dict(layout.name, layout_to_dict(layout), layout.title or layout.name)
