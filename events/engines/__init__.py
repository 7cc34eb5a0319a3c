"""Engines schedule extraction and merging; they never reimplement them. `local` runs in this process."""
