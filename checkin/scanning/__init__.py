"""Scanning without Qt: keyboard-wedge text recovery, QR decoding, repeat filtering."""
