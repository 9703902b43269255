from __future__ import annotations


class ParseError(ValueError):
    """A line of a release file that cannot be read. The message names file and line."""

    def __init__(self, source: str, line_no: int, problem: str) -> None:
        self.source = source
        self.line_no = line_no
        self.problem = problem
        super().__init__(f"{source}, line {line_no}: {problem}")
