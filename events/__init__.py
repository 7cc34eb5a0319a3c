"""News articles -> dated, sourced, de-duplicated events. No Streamlit here: usable from scripts and notebooks."""
