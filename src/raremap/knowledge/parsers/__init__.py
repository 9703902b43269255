"""One parser per input file of an HPO release.

Each parser reads text lines and yields plain records; a malformed line raises
:class:`ParseError`, which names the file and the line number.
"""

from raremap.knowledge.parsers.errors import ParseError

__all__ = ["ParseError"]
