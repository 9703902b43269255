"""Ranking methods, registered by name. Each scores every disease at once for a query.

To add a method: write a module here with a class that has ``name``, ``unit``, a docstring
citing its paper and formula, and ``score(matrices, query) -> Scores``; decorate it with
:func:`raremap.engine.ranking.base.register` (import ``Scores`` and ``register`` from
``ranking.base``, never from this package); import the module below; add it to
``bench/rank_bench.py``'s comparison by name.
"""

from raremap.engine.published import ranking as _published  # noqa: F401  (registers it)
from raremap.engine.ranking import likelihood, phenomizer  # noqa: F401  (registers them)
from raremap.engine.ranking.base import DEFAULT_METHOD, Scores, get_method, method_names, register

__all__ = ["DEFAULT_METHOD", "Scores", "get_method", "method_names", "register"]
