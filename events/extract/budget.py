"""A time budget for reading one article, so that no single article can hold up a build.

Extraction is linear in the text, but a 2 MB article still takes seconds, and the data lock is held
meanwhile. The extractor checks `spent()` between sentences and stops early; the build notes that
the rest of the article was not read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

# Far above what a news article needs (a few milliseconds), well below what makes a writer give up.
ARTICLE_SECONDS = 20.0


@dataclass
class Budget:
    """Seconds one article may take; `exhausted` stays True once `spent()` has said so."""

    seconds: float = ARTICLE_SECONDS
    started: float = field(default_factory=time.monotonic)
    exhausted: bool = False

    def spent(self) -> bool:
        if not self.exhausted and time.monotonic() - self.started > self.seconds:
            self.exhausted = True
        return self.exhausted
