"""The export dialog and its place in the desk window's menu."""
