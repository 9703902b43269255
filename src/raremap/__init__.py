"""RareMap: an open rare-disease information center.

The core packages (``knowledge``, ``engine``, ``answers``) never import Django; the CLI
(``raremap.cli``) and the website (``raremap.web``) are thin shells around them.
"""

__version__ = "0.1.0"
