"""What views ask of the tables: filters and facets, figures, labels, marks on source text, view state
in URLs, claims and disputes, and exports. Nothing here knows about Streamlit."""
