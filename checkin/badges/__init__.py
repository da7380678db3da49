"""Badges: layouts as data, stock and imposition, bundled fonts, vector QR codes and the ReportLab renderer (no Qt)."""
