"""The Qt side of scanning: keyboard-wedge capture, camera pipeline, the check-in station."""
