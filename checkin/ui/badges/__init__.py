"""Badge design and printing in the window: the designer with its live preview, the print dialogs."""
