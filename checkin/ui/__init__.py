"""The Qt layer: windows, panels, dialogs, item models and workers over the core services."""
