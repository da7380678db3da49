"""The check-in station: a laptop at a door turning scans into a big green, amber or red verdict."""
