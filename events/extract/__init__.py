"""Extraction: one article in, dated mentions out. Pure, no I/O beyond reading the gazetteer once:
reading and segmenting (`corpus`), dates (`dates`), actors and places (`entities`), figures
(`quantities`), and the mentions themselves (`mentions`)."""
