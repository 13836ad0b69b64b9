"""The one value every rule produces and every front end prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional


@dataclass(frozen=True)
class Diagnostic:
    """A finding. ``line`` is 1-based, ``col`` 0-based (converted once per output format)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    code: str
    message: str
    fix: Optional[Any] = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)

    def with_message(self, message: str) -> Diagnostic:
        return Diagnostic(
            self.path, self.line, self.col, self.end_line, self.end_col, self.code, message,
            self.fix,
        )
