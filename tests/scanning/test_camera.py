"""The webcam pipeline: video frames to grey, the newest-frame worker, and the camera panel fed real frames."""
from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameInput

from checkin.scanning.decode import Pixels, decode_frame
from checkin.ui.scanning.camera import CameraPanel, CameraState, choose_camera
from checkin.ui.scanning.camera_frames import format_score, frame_pixels
from checkin.ui.scanning.camera_worker import CameraDecodeWorker, LatestOnly
from tests.scanning.frames import SCENARIOS
from tests.scanning.test_decode import owners
from tests.scanning.video import mjpeg_frame, nv12_frame, rgb_frame, yuyv_frame

BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}
HARD = ("badge turned -28°", "badge tilted and turned", "badge in dim light", "ticket on a phone in dark mode",
        "two badges side by side")


@pytest.fixture
def worker(qapp):
    made = CameraDecodeWorker(repeat_window_s=3600)
    yield made
    made.stop()


@pytest.fixture
def panel(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = CameraPanel(settings, repeat_window_s=3600)
    qtbot.addWidget(shown)
    shown.resize(640, 480)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


# ---- frames to grey ---------------------------------------------------------------------------


FORMATS = pytest.mark.parametrize("make", [nv12_frame, yuyv_frame, mjpeg_frame, rgb_frame],
                                  ids=["NV12", "YUYV", "MJPEG", "RGB"])


@FORMATS
@pytest.mark.parametrize("name", HARD)
def test_each_camera_format_decodes_to_the_person_shown(make, name, frames, badges, demo_db):
    scenario = BY_NAME[name]
    pixels = frame_pixels(make(frames(scenario)))
    assert pixels is not None
    assert owners(demo_db, decode_frame(pixels)) == sorted(badges.expected_owners(scenario))


def test_the_grey_copy_outlives_the_frame(frames):
    """The copy is taken before unmapping: it still decodes after the frame (the camera's buffer) is gone."""
    frame = nv12_frame(frames(BY_NAME["badge upright"]))
    pixels = frame_pixels(frame)
    del frame
    assert len(decode_frame(pixels)) == 1


def test_a_frame_with_no_picture_gives_nothing(qapp):
    assert frame_pixels(QVideoFrame()) is None


def test_a_typical_webcam_scans_in_720p_mjpeg_at_30_fps():
    """A common USB webcam: YUYV only up to 10 fps at 720p, MJPEG at 30 fps in every size."""
    formats = {
        "YUYV 640×480 @30": (480, 30.0, False), "YUYV 1280×720 @10": (720, 10.0, False),
        "YUYV 1920×1080 @5": (1080, 5.0, False), "MJPEG 640×480 @30": (480, 30.0, True),
        "MJPEG 1280×720 @30": (720, 30.0, True), "MJPEG 1920×1080 @30": (1080, 30.0, True),
    }
    assert max(formats, key=lambda name: format_score(*formats[name])) == "MJPEG 1280×720 @30"
    formats["YUYV 1280×720 @30"] = (720, 30.0, False)  # a camera that can send it uncompressed
    assert max(formats, key=lambda name: format_score(*formats[name])) == "YUYV 1280×720 @30"


# ---- the newest-frame worker ------------------------------------------------------------------


def test_the_mailbox_keeps_only_the_newest_item():
    box: LatestOnly[int] = LatestOnly()
    assert not box.put(1)  # closed: dropped
    box.open()
    assert not box.put(1)
    assert box.put(2) and box.put(3)  # each replaced one nobody took
    assert box.take() == 3
    box.close()
    assert box.take() is None


def solid(level: int) -> QVideoFrame:
    """A frame whose grey level says which one it is."""
    return nv12_frame(Image.new("L", (64, 48), level))


def stored(level: int) -> int:
    """Grey ``level`` as the camera's limited-range luma stores it."""
    return 16 + level * 219 // 255


def test_a_busy_worker_skips_to_the_newest_frame(qtbot, qapp):
    """Flooded with frames while decoding, the worker decodes the newest next, never the queue of stale ones."""
    decoding, release = threading.Event(), threading.Event()
    decoded: list[int] = []

    def slow_decode(pixels: Pixels) -> list[str]:
        decoded.append(pixels.data[0])
        decoding.set()
        release.wait(timeout=30)
        return [f"frame {pixels.data[0]}"]

    worker = CameraDecodeWorker(repeat_window_s=3600, decode=slow_decode)
    worker.start()
    try:
        worker.submit(solid(20))
        assert decoding.wait(timeout=30)
        for level in range(21, 71):  # 50 frames arrive while the first is decoded
            worker.submit(solid(level))
        with qtbot.waitSignal(worker.code_read, timeout=10_000, check_params_cb=lambda text: text == f"frame {stored(70)}"):
            release.set()
    finally:
        worker.stop()
    assert decoded == [stored(20), stored(70)]
    assert worker.frames_dropped == 49


def test_the_worker_reports_a_code_held_in_view_once(qtbot, worker, frames, badges, demo_db):
    badge, other = BY_NAME["badge upright"], BY_NAME["badge code on a phone"]
    read: list[str] = []
    worker.code_read.connect(read.append)
    worker.start()
    for seed in range(4):  # the same badge, moving a little from frame to frame
        worker.submit(nv12_frame(frames(badge, seed)))
        qtbot.waitUntil(lambda: worker.frames_decoded > seed, timeout=10_000)
    with qtbot.waitSignal(worker.code_read, timeout=10_000):
        worker.submit(nv12_frame(frames(other)))
    assert len(read) == 2
    assert owners(demo_db, read[:1]) == badges.expected_owners(badge)
    assert owners(demo_db, read[1:]) == badges.expected_owners(other)


def test_the_same_code_counts_again_after_it_was_out_of_view(qtbot, frames):
    now = [1000.0]
    worker = CameraDecodeWorker(repeat_window_s=3.0, clock=lambda: now[0])
    read: list[str] = []
    worker.code_read.connect(read.append)
    worker.start()
    try:
        badge = nv12_frame(frames(BY_NAME["badge upright"]))
        with qtbot.waitSignal(worker.code_read, timeout=10_000):
            worker.submit(badge)
        now[0] += 1.0
        worker.submit(badge)
        qtbot.waitUntil(lambda: worker.frames_decoded == 2, timeout=10_000)
        now[0] += 5.0  # the person walked away and came back
        with qtbot.waitSignal(worker.code_read, timeout=10_000):
            worker.submit(badge)
    finally:
        worker.stop()
    assert len(read) == 2 and read[0] == read[1]


def test_a_stopped_worker_ignores_frames_and_its_thread_is_gone(worker, frames):
    worker.start()
    assert worker.is_running
    worker.stop()
    assert not worker.is_running
    worker.submit(nv12_frame(frames(BY_NAME["badge upright"])))
    assert worker.frames_decoded == 0


# ---- the panel --------------------------------------------------------------------------------


def test_without_a_camera_the_panel_says_what_to_do(panel):
    """This machine has no camera: the panel says so instead of showing a black picture."""
    assert panel.camera_combo.count() == 0
    assert panel.state is CameraState.NO_CAMERA
    assert panel.message_label.isVisible() and not panel.preview.isVisible()
    assert "No camera was found" in panel.message_label.text()
    assert "handheld scanner" in panel.message_label.text()
    assert panel.start_button.text() == "Start camera"


def test_the_panel_reads_a_badge_held_in_view_once(qtbot, panel, frames, badges, demo_db):
    """Frames go through the panel's capture session, its preview's video sink and the worker."""
    frame_input = QVideoFrameInput()
    panel.use_frame_input(frame_input)
    assert panel.state is CameraState.FRAME_INPUT and panel.preview.isVisible()
    read: list[str] = []
    panel.code_read.connect(read.append)
    badge = BY_NAME["badge tilted and turned"]
    held = [nv12_frame(frames(badge, seed)) for seed in range(3)]
    for index in range(30):  # a second at 30 frames a second
        assert frame_input.sendVideoFrame(held[index % 3])
        qtbot.waitUntil(lambda: panel.worker.frames_decoded + panel.worker.frames_dropped > index, timeout=10_000)
    next_person = BY_NAME["ticket on a phone"]
    with qtbot.waitSignal(panel.code_read, timeout=10_000):
        assert frame_input.sendVideoFrame(nv12_frame(frames(next_person)))
    assert owners(demo_db, read[:1]) == badges.expected_owners(badge)
    assert owners(demo_db, read[1:]) == badges.expected_owners(next_person)
    panel.use_frame_input(None)
    assert panel.state is CameraState.NO_CAMERA


@FORMATS
def test_the_preview_shows_the_camera_picture_in_colour(qtbot, panel, make):
    frame_input = QVideoFrameInput()
    panel.use_frame_input(frame_input)
    assert panel.preview.picture.isNull()
    picture = Image.new("RGB", (1280, 720), (30, 90, 200))
    picture.paste((200, 30, 30), (0, 0, 640, 720))  # red on the left half, blue on the right
    assert frame_input.sendVideoFrame(make(picture))
    qtbot.waitUntil(lambda: not panel.preview.picture.isNull(), timeout=10_000)
    shown = panel.preview.grab().toImage()
    left = shown.pixelColor(shown.width() // 4, shown.height() // 2)
    right = shown.pixelColor(shown.width() * 3 // 4, shown.height() // 2)
    # YUV with subsampled chroma (and JPEG) does not give the exact RGB back: a few levels off.
    assert all(abs(a - b) <= 8 for a, b in zip((left.red(), left.green(), left.blue()), (200, 30, 30)))
    assert all(abs(a - b) <= 8 for a, b in zip((right.red(), right.green(), right.blue()), (30, 90, 200)))
    panel.use_frame_input(None)
    assert panel.preview.picture.isNull()  # no frozen picture once the source is gone


def test_hiding_the_panel_ends_its_threads(qtbot, panel):
    assert panel.worker.is_running and panel.preview.is_running
    panel.hide()
    assert not panel.worker.is_running and not panel.preview.is_running
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.worker.is_running and panel.preview.is_running


def test_the_camera_chosen_last_time_is_chosen_again():
    cameras = [b"/dev/video0", b"/dev/video2", b"/dev/video4"]
    assert choose_camera(cameras, remembered=b"/dev/video2", default=b"/dev/video0") == 1
    assert choose_camera(cameras, remembered=b"/dev/video9", default=b"/dev/video4") == 2  # unplugged: default
    assert choose_camera(cameras, remembered=None, default=b"") == 0
    assert choose_camera([], remembered=b"/dev/video2", default=b"") is None
