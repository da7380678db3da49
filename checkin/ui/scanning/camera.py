"""The webcam panel of a door station: camera chooser, live preview, start/stop, and the codes it reads.

The capture session delivers frames to a QVideoSink, which hands each one, from whatever thread
the camera delivers it on, to two newest-frame-only threads: the :class:`CameraDecodeWorker` and
the :class:`CameraPreview`'s converter. The GUI thread never waits on a camera, a conversion or a
decode; it paints a ready-made picture and receives decoded codes as queued signals. Starting a
camera is asynchronous: the panel says "Starting…" and changes when the camera reports it is
active or failed.

Frames can also come from a ``QVideoFrameInput`` instead of a camera (``use_frame_input``): a
recording, a generated stream, or the tests and benchmark, through the same session, preview and
decoder as a camera's frames.
"""
from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QByteArray, QCameraPermission, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QMediaDevices, QVideoFrameInput, QVideoSink
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from checkin.scanning.decode import DEFAULT_REPEAT_WINDOW_S
from checkin.ui.scanning.camera_frames import preferred_format
from checkin.ui.scanning.camera_preview import CameraPreview
from checkin.ui.scanning.camera_worker import CameraDecodeWorker

SETTINGS_KEY = "scanning/camera"


class CameraState(Enum):
    NO_CAMERA = auto()
    STOPPED = auto()  # the user pressed Stop
    STARTING = auto()
    ACTIVE = auto()
    FAILED = auto()  # the camera reported an error
    DISCONNECTED = auto()  # the running camera was unplugged
    NOT_ALLOWED = auto()  # the system refused camera access
    FRAME_INPUT = auto()  # frames come from a QVideoFrameInput, not a camera


_SHOWS_PREVIEW = {CameraState.STARTING, CameraState.ACTIVE, CameraState.FRAME_INPUT}


def choose_camera(ids: list[bytes], remembered: bytes | None, default: bytes | None) -> int | None:
    """Index of the camera to use: the one chosen last time if still there, else the system's default,
    else the first; None when there is none."""
    for wanted in (remembered, default):
        if wanted and wanted in ids:
            return ids.index(wanted)
    return 0 if ids else None


class CameraPanel(QWidget):
    """Reads badge and ticket QR codes with a webcam; emits ``code_read(text)`` once per code shown.

    The camera runs while the panel is visible, unless the user stopped it; hiding the panel (the
    station window closing, another tab) releases the camera and ends the decoding thread.
    """

    code_read = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None,
                 repeat_window_s: float = DEFAULT_REPEAT_WINDOW_S):
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._media_devices = QMediaDevices(self)
        self._devices: list[QCameraDevice] = []
        self._camera: QCamera | None = None
        self._frame_input: QVideoFrameInput | None = None
        self._wanted = True  # until the user presses Stop, the camera runs whenever the panel is shown
        self.state = CameraState.NO_CAMERA
        self._failure = ""
        self._camera_name = ""

        self.camera_label = QLabel()
        self.camera_combo = QComboBox()
        self.camera_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_combo.setMinimumContentsLength(16)
        self.camera_label.setBuddy(self.camera_combo)
        self.start_button = QPushButton()
        self.preview = CameraPreview()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setMargin(16)
        self._screen = QStackedWidget()
        self._screen.addWidget(self.preview)
        self._screen.addWidget(self.message_label)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        chooser = QHBoxLayout()
        chooser.addWidget(self.camera_label)
        chooser.addWidget(self.camera_combo, 1)
        chooser.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self._screen, 1)
        layout.addWidget(self.status_label)

        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self.worker = CameraDecodeWorker(self, repeat_window_s)
        # Direct: the camera's thread drops the frame into the two mailboxes without a trip
        # through the GUI thread's event queue.
        self._sink.videoFrameChanged.connect(self.worker.submit, Qt.ConnectionType.DirectConnection)
        self._sink.videoFrameChanged.connect(self.preview.show_frame, Qt.ConnectionType.DirectConnection)
        self.worker.code_read.connect(self._on_worker_code_read)
        self._media_devices.videoInputsChanged.connect(self._on_devices_videoInputsChanged)
        self.camera_combo.currentIndexChanged.connect(self._on_camera_combo_currentIndexChanged)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        QCoreApplication.instance().aboutToQuit.connect(self._release)

        self._fill_cameras()
        self._retranslate()

    # ---- what the station window calls ---------------------------------------------------------

    def start(self) -> None:
        """Start the chosen camera (it reports back asynchronously) and keep it on while the panel shows."""
        self._wanted = True
        if self._frame_input is None and self.isVisible():
            self._start_camera()

    def stop(self) -> None:
        """Turn the camera off until the user (or ``start``) turns it on again."""
        self._wanted = False
        self._close_camera()
        if self._frame_input is None:
            self._set_state(CameraState.STOPPED if self._devices else CameraState.NO_CAMERA)

    def use_frame_input(self, frame_input: QVideoFrameInput | None) -> None:
        """Show and decode the frames ``frame_input`` sends instead of a camera's; None goes back to the camera."""
        self._close_camera()
        self.preview.clear()
        self._frame_input = frame_input
        self._session.setVideoFrameInput(frame_input)
        self.camera_combo.setEnabled(frame_input is None)
        self.start_button.setEnabled(frame_input is None)
        if frame_input is not None:
            self._set_state(CameraState.FRAME_INPUT)
        elif self._wanted and self.isVisible():
            self._start_camera()
        else:
            self._set_state(CameraState.STOPPED if self._devices else CameraState.NO_CAMERA)

    def forget_codes(self) -> None:
        """Let the next read of a code through even if it was just read (e.g. after undoing a check-in)."""
        self.worker.forget_codes()

    # ---- the camera ----------------------------------------------------------------------------

    def _current_device(self) -> QCameraDevice | None:
        index = self.camera_combo.currentIndex()
        return self._devices[index] if 0 <= index < len(self._devices) else None

    def _start_camera(self) -> None:
        device = self._current_device()
        if device is None:
            self._close_camera()
            self._set_state(CameraState.NO_CAMERA)
            return
        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            # The system asks the user (macOS); the answer comes back later on the GUI thread.
            app.requestPermission(permission, self, self._on_permission_answered)
            return
        if status == Qt.PermissionStatus.Denied:
            self._set_state(CameraState.NOT_ALLOWED)
            return
        self._open_camera(device)

    def _on_permission_answered(self, permission: QCameraPermission) -> None:
        if permission.status() == Qt.PermissionStatus.Granted:
            if self._wanted and self.isVisible() and self._frame_input is None:
                self._start_camera()
        else:
            self._set_state(CameraState.NOT_ALLOWED)

    def _open_camera(self, device: QCameraDevice) -> None:
        self._close_camera()
        camera = QCamera(device, self)
        wanted_format = preferred_format(list(device.videoFormats()))
        if wanted_format is not None:
            camera.setCameraFormat(wanted_format)
        camera.errorOccurred.connect(self._on_camera_errorOccurred)
        camera.activeChanged.connect(self._on_camera_activeChanged)
        self._camera = camera
        self._camera_name = device.description()
        self._session.setCamera(camera)
        self.worker.forget_codes()
        self._set_state(CameraState.STARTING)
        camera.start()  # returns at once; activeChanged or errorOccurred tells how it went

    def _close_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is None:
            return
        camera.errorOccurred.disconnect(self._on_camera_errorOccurred)
        camera.activeChanged.disconnect(self._on_camera_activeChanged)
        camera.stop()
        self._session.setCamera(None)
        camera.deleteLater()
        self.preview.clear()

    def _on_camera_activeChanged(self, active: bool) -> None:
        if active:
            self._set_state(CameraState.ACTIVE)

    def _on_camera_errorOccurred(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        self._failure = text.strip()
        self._close_camera()
        self._set_state(CameraState.FAILED)

    # ---- the camera list -----------------------------------------------------------------------

    def _fill_cameras(self) -> None:
        self._devices = list(QMediaDevices.videoInputs())
        remembered = self._settings.value(SETTINGS_KEY)
        if isinstance(remembered, QByteArray):
            remembered = remembered.data()
        current = self._current_device()
        keep = current.id().data() if current is not None else None
        index = choose_camera(
            [device.id().data() for device in self._devices],
            keep or (remembered if isinstance(remembered, bytes) else None),
            QMediaDevices.defaultVideoInput().id().data(),
        )
        self.camera_combo.blockSignals(True)
        self.camera_combo.clear()
        for device in self._devices:
            self.camera_combo.addItem(device.description())
        self.camera_combo.setCurrentIndex(-1 if index is None else index)
        self.camera_combo.blockSignals(False)

    def _on_devices_videoInputsChanged(self) -> None:
        running = self._camera.cameraDevice().id().data() if self._camera is not None else None
        self._fill_cameras()
        if self._frame_input is not None:
            return
        ids = [device.id().data() for device in self._devices]
        if running is not None and running not in ids:
            self._close_camera()
            self._set_state(CameraState.DISCONNECTED)
        elif not self._devices:
            if self.state is not CameraState.DISCONNECTED:
                self._set_state(CameraState.NO_CAMERA)
        elif self._camera is None and self._wanted and self.isVisible() and self.state in (
            CameraState.NO_CAMERA, CameraState.DISCONNECTED
        ):
            self._start_camera()  # a camera was plugged in while the panel waited for one

    def _on_camera_combo_currentIndexChanged(self, index: int) -> None:
        device = self._current_device()
        if device is None:
            return
        self._settings.setValue(SETTINGS_KEY, device.id())
        if self._wanted and self.isVisible() and self._frame_input is None:
            self._start_camera()

    def _on_start_button_clicked(self) -> None:
        if self._camera is not None:
            self.stop()
        else:
            self.start()

    def _on_worker_code_read(self, text: str) -> None:
        self.code_read.emit(text)

    # ---- showing and hiding --------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.worker.start()
        self.preview.start()
        if self._frame_input is None:
            if self._wanted:
                self._start_camera()
            else:
                self._set_state(CameraState.STOPPED if self._devices else CameraState.NO_CAMERA)

    def hideEvent(self, event) -> None:
        # Hidden (another tab, the window closed or minimised): nobody sees what the camera reads,
        # so it is released (its light goes off) and the decoding thread ends.
        super().hideEvent(event)
        self._release()

    def _release(self) -> None:
        self._close_camera()
        self.worker.stop()
        self.preview.stop()

    # ---- what the user reads -------------------------------------------------------------------

    def _set_state(self, state: CameraState) -> None:
        self.state = state
        self._show_state()

    def _show_state(self) -> None:
        state, name = self.state, self._camera_name
        running = self._camera is not None
        self.start_button.setText(self.tr("Stop camera") if running else self.tr("Start camera"))
        self._screen.setCurrentWidget(self.preview if state in _SHOWS_PREVIEW else self.message_label)
        message = {
            CameraState.NO_CAMERA: self.tr(
                "No camera was found. Connect a webcam (it appears here by itself), or scan with a handheld scanner."),
            CameraState.STOPPED: self.tr("The camera is off. Press “Start camera” to scan with it."),
            CameraState.FAILED: self.tr(
                "The camera “{name}” is not working ({details}). Check that no other program is using it, "
                "then press “Start camera”.").format(name=name, details=self._failure.rstrip("."))
            if self._failure else self.tr(
                "The camera “{name}” is not working. Check that no other program is using it, "
                "then press “Start camera”.").format(name=name),
            CameraState.DISCONNECTED: self.tr(
                "The camera “{name}” was disconnected. Connect it again, or choose another camera.").format(name=name),
            CameraState.NOT_ALLOWED: self.tr(
                "Check-in Desk is not allowed to use the camera. Allow it in the system’s privacy settings, "
                "then press “Start camera”."),
        }.get(state, "")
        self.message_label.setText(message)
        status = {
            CameraState.STARTING: self.tr("Starting the camera “{name}”…").format(name=name),
            CameraState.ACTIVE: self.tr("Hold the QR code of a badge or ticket in front of the camera."),
            CameraState.FRAME_INPUT: self.tr("Showing pictures from a video source other than a camera."),
        }.get(state, "")
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))

    def _retranslate(self) -> None:
        self.camera_label.setText(self.tr("Camera:"))
        self._show_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
