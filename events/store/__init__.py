"""Storage: generations of tables behind an atomic manifest (`generations`), the persisted build
(`build`), analysts' corrections (`curation`) and adding articles (`ingest`).

Writers import the submodule they need; readers use the small face re-exported here.
"""

from events.store.generations import (
    DEFAULT_DATA,
    load_tables,
    locked,
    tables_version,
    transaction,
    write_tables,
)

__all__ = ["DEFAULT_DATA", "load_tables", "locked", "tables_version", "transaction", "write_tables"]
