"""Merging: mentions from many articles in, events out (`clusters`)."""
