"""Camera-like 1280×720 frames of real badges and phone tickets, for the camera tests and benchmark.

A badge is the project's own PDF rasterised by pdftoppm; a frame puts it (or a phone showing a
ticket) on a cluttered desk at a webcam's distance, then adds what a cheap webcam adds: tilt,
perspective, blur, noise, dim light and JPEG compression. Everything is drawn from a seed, so a
failing frame can be made again and looked at (``frame.save("x.png")``).
"""
from __future__ import annotations

import io
import math
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import qrcode
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from checkin.resources import resource_path

FRAME_SIZE = (1280, 720)
BADGE_HEIGHT_PX = 400  # an A6 badge 30–40 cm from a 720p webcam: QR modules of about 3 px

Quad = tuple[tuple[float, float], ...]


def rasterise(pdf: bytes, height_px: int = 1200) -> Image.Image:
    """The first page of ``pdf`` as an RGB image ``height_px`` tall (pdftoppm, as a printer would see it)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "badge.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-scale-to-y", str(height_px), "-scale-to-x", "-1",
                        str(source), str(Path(folder) / "page")], check=True)
        with Image.open(Path(folder) / "page.png") as page:
            return page.convert("RGB")


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans.ttf")), size)


def desk(rng: random.Random) -> Image.Image:
    """An empty 1280×720 scene: a lit desk and wall with papers, a cable and a mug on them."""
    width, height = FRAME_SIZE
    top = rng.randint(150, 200)
    scene = Image.linear_gradient("L").resize((width, height)).point(lambda v: top - v // 4)
    scene = Image.merge("RGB", (scene.point(lambda v: v + 12), scene, scene.point(lambda v: v - 15)))
    draw = ImageDraw.Draw(scene)
    for _ in range(6):  # sheets of paper with lines of text on them
        x, y = rng.randint(-100, width - 100), rng.randint(-50, height - 80)
        w, h = rng.randint(150, 320), rng.randint(100, 260)
        draw.rectangle((x, y, x + w, y + h), fill=(232, 230, 222))
        for line in range(y + 15, y + h - 10, 14):
            draw.line((x + 12, line, x + rng.randint(w // 3, w - 12), line), fill=(90, 90, 95), width=2)
    draw.line([(rng.randint(0, width), 0), (rng.randint(0, width), height)], fill=(30, 30, 30), width=9)
    cx, cy = rng.randint(900, 1200), rng.randint(80, 600)
    draw.ellipse((cx - 70, cy - 70, cx + 70, cy + 70), fill=(150, 40, 40), outline=(40, 10, 10), width=6)
    return scene


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns: numpy is not a dependency)."""
    size = len(values)
    rows = [row[:] + [value] for row, value in zip(matrix, values)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [rows[r][size] / rows[r][r] for r in range(size)]


def _perspective_coefficients(frame_quad: Quad, item_quad: Quad) -> list[float]:
    """Pillow's PERSPECTIVE coefficients mapping each frame point to the item point it shows."""
    matrix, values = [], []
    for (x, y), (u, v) in zip(frame_quad, item_quad):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return _solve(matrix, values)


@dataclass(frozen=True)
class Pose:
    """Where an item lies in the frame: centre, height in pixels, turn (degrees) and tilt away from the camera."""

    centre: tuple[float, float] = (640, 360)
    height: float = BADGE_HEIGHT_PX
    angle: float = 0.0
    tilt: float = 0.0  # 0.3: the far edge 30 % narrower than the near one

    def quad(self, aspect: float) -> Quad:
        half_h, half_w = self.height / 2, self.height * aspect / 2
        corners = [(-half_w * (1 - self.tilt), -half_h), (half_w * (1 - self.tilt), -half_h), (half_w, half_h), (-half_w, half_h)]
        turn = math.radians(self.angle)
        cos, sin = math.cos(turn), math.sin(turn)
        cx, cy = self.centre
        return tuple((cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in corners)


def place(scene: Image.Image, item: Image.Image, pose: Pose) -> Image.Image:
    """``scene`` with ``item`` (RGB or RGBA) lying on it in ``pose``."""
    aspect = item.width / item.height
    # Shrink with a proper filter first: the perspective warp alone would alias the QR modules.
    scaled = item.convert("RGBA").resize((max(1, round(pose.height * aspect)), round(pose.height)), Image.Resampling.LANCZOS)
    corners = ((0, 0), (scaled.width, 0), (scaled.width, scaled.height), (0, scaled.height))
    coefficients = _perspective_coefficients(pose.quad(aspect), corners)
    warped = scaled.transform(scene.size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    return Image.alpha_composite(scene.convert("RGBA"), warped).convert("RGB")


def webcam(frame: Image.Image, rng: random.Random, blur: float = 0.6, noise: float = 4.0, light: float = 1.0,
           jpeg_quality: int = 85) -> Image.Image:
    """What a cheap webcam makes of ``frame``: soft focus, sensor noise, exposure, MJPEG compression."""
    if blur:
        frame = frame.filter(ImageFilter.GaussianBlur(blur))
    if light != 1.0:
        frame = frame.point(lambda v: min(255, round(v * light)))
    if noise:
        grain = Image.effect_noise(frame.size, noise).convert("RGB")
        frame = ImageChops.add(frame, grain, scale=1.0, offset=-128)
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=jpeg_quality)
    buffer.seek(0)
    with Image.open(buffer) as compressed:
        return compressed.convert("RGB")


def _qr_image(text: str, module_px: int, dark: tuple[int, int, int], light: tuple[int, int, int]) -> Image.Image:
    symbol = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=module_px, border=4)
    symbol.add_data(text)
    symbol.make(fit=True)
    return symbol.make_image(fill_color=dark, back_color=light).get_image().convert("RGB")


def phone(text: str, dark_mode: bool = False) -> Image.Image:
    """A phone showing a ticket QR: black bezel, rounded screen, a title, and light from a window on the glass.

    In dark mode the ticket app shows light modules on a dark screen, an inverted QR.
    """
    width, height, bezel = 720, 1480, 28
    body = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(body)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=90, fill=(18, 18, 20, 255))
    screen_colour, ink = ((24, 24, 28), (235, 235, 235)) if dark_mode else ((250, 250, 250), (20, 20, 20))
    draw.rounded_rectangle((bezel, bezel, width - bezel, height - bezel), radius=70, fill=screen_colour + (255,))
    draw.text((70, 150), "Security, Democracy & Cities", font=_font(34), fill=ink)
    draw.text((70, 205), "Ticket · 20–22 March 2026", font=_font(28), fill=ink)
    code = _qr_image(text, 16, dark=ink, light=screen_colour)
    code = code.resize((560, 560), Image.Resampling.NEAREST)
    body.paste(code, ((width - code.width) // 2, 380))
    draw.text((70, 1000), "Show this code at the entrance", font=_font(28), fill=ink)
    glare = Image.new("L", body.size, 0)
    ImageDraw.Draw(glare).polygon([(0, 700), (width, 300), (width, 420), (0, 820)], fill=45)
    shine = Image.new("RGBA", body.size, (255, 255, 255, 0))
    shine.putalpha(ImageChops.multiply(glare, body.getchannel("A")))
    return Image.alpha_composite(body, shine)


def cropped_top(badge: Image.Image, share: float = 0.55) -> Image.Image:
    """The top of a badge, the name without the QR: a person walking past with their badge half hidden."""
    return badge.crop((0, 0, badge.width, round(badge.height * share)))


# ---- the scenes the tests and the benchmark use ------------------------------------------------

Scene = Callable[[random.Random], Image.Image]


@dataclass(frozen=True)
class Scenario:
    """One kind of frame: its name, how to make it, and which prepared items it shows."""

    name: str
    make: Callable[[dict[str, Image.Image], random.Random], Image.Image]
    shows: tuple[str, ...]  # keys of the items whose codes must be read; () for a frame with no code


def _badge_scene(pose: Pose, **camera) -> Callable[[dict[str, Image.Image], random.Random], Image.Image]:
    def make(items: dict[str, Image.Image], rng: random.Random) -> Image.Image:
        return webcam(place(desk(rng), items["badge"], pose), rng, **camera)
    return make


def _phone_scene(key: str, pose: Pose, **camera) -> Callable[[dict[str, Image.Image], random.Random], Image.Image]:
    def make(items: dict[str, Image.Image], rng: random.Random) -> Image.Image:
        return webcam(place(desk(rng), items[key], pose), rng, **camera)
    return make


def _two_badges(items: dict[str, Image.Image], rng: random.Random) -> Image.Image:
    scene = place(desk(rng), items["badge"], Pose((380, 360), 420, angle=-8))
    scene = place(scene, items["other_badge"], Pose((910, 370), 420, angle=6))
    return webcam(scene, rng)


def _desk_only(items: dict[str, Image.Image], rng: random.Random) -> Image.Image:
    return webcam(desk(rng), rng)


def _badge_without_code(items: dict[str, Image.Image], rng: random.Random) -> Image.Image:
    return webcam(place(desk(rng), cropped_top(items["badge"]), Pose((600, 330), 230, angle=12)), rng)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("badge upright", _badge_scene(Pose()), ("badge",)),
    Scenario("badge turned 20°", _badge_scene(Pose((560, 380), angle=20)), ("badge",)),
    Scenario("badge turned -28°", _badge_scene(Pose((700, 340), angle=-28)), ("badge",)),
    Scenario("badge tilted away", _badge_scene(Pose((640, 380), 420, angle=-6, tilt=0.3)), ("badge",)),
    Scenario("badge tilted and turned", _badge_scene(Pose((620, 360), 440, angle=17, tilt=0.22)), ("badge",)),
    Scenario("badge out of focus", _badge_scene(Pose((660, 360), 440, angle=4), blur=1.6), ("badge",)),
    Scenario("badge in dim light", _badge_scene(Pose((640, 370), angle=-12), light=0.4, noise=10.0, jpeg_quality=70),
             ("badge",)),
    Scenario("badge far away", _badge_scene(Pose((500, 330), 330, angle=9)), ("badge",)),
    Scenario("badge code on a phone", _phone_scene("phone_badge", Pose((640, 360), 600, angle=-15)), ("phone_badge",)),
    Scenario("ticket on a phone", _phone_scene("phone_ticket", Pose((600, 370), 620, angle=23, tilt=0.12)),
             ("phone_ticket",)),
    Scenario("ticket on a phone in dark mode", _phone_scene("phone_ticket_dark", Pose((680, 360), 600, angle=-10)),
             ("phone_ticket_dark",)),
    Scenario("two badges side by side", _two_badges, ("badge", "other_badge")),
    Scenario("empty desk", _desk_only, ()),
    Scenario("badge with its code out of view", _badge_without_code, ()),
)


@dataclass(frozen=True)
class Cast:
    """The prepared items (rendered badges, phones) and the attendee id each one's code belongs to."""

    items: dict[str, Image.Image]
    owners: dict[str, str]

    def frame(self, scenario: Scenario, seed: int = 0) -> Image.Image:
        return scenario.make(self.items, random.Random(f"{scenario.name}/{seed}"))

    def expected_owners(self, scenario: Scenario) -> list[str]:
        return [self.owners[key] for key in scenario.shows]


def cast(db, attendees, render_one, current_code) -> Cast:
    """Badges of two attendees, a third one's badge code on a phone, and two registration tickets on phones.

    ``render_one`` and ``current_code`` are the badge service's functions (passed in so this module
    stays a drawing helper). Ticket holders are attendees with a pretix-style secret (32 letters
    and digits), the plain text a registration system puts in its ticket QR.
    """
    with_ticket = [a for a in attendees if any(len(code) == 32 and code.isalnum() for code in a.ticket_codes)]
    others = [a for a in attendees if a not in with_ticket[:2]]
    badge, other_badge, phone_badge = others[:3]
    ticket, dark_ticket = with_ticket[:2]

    def secret(attendee) -> str:
        return next(code for code in attendee.ticket_codes if len(code) == 32)

    items = {
        "badge": rasterise(render_one(db, badge.id, "classic-a6")),
        "other_badge": rasterise(render_one(db, other_badge.id, "classic-a6")),
        "phone_badge": phone(current_code(db, phone_badge.id)),
        "phone_ticket": phone(secret(ticket)),
        "phone_ticket_dark": phone(secret(dark_ticket), dark_mode=True),
    }
    owners = {"badge": badge.id, "other_badge": other_badge.id, "phone_badge": phone_badge.id,
              "phone_ticket": ticket.id, "phone_ticket_dark": dark_ticket.id}
    return Cast(items, owners)
