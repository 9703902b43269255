"""Ranking methods, registered by name. Each scores every disease at once for a query.

To add a method: write a module here with a class that has ``name``, ``unit``, a docstring
citing its paper and formula, and ``score(matrices, query) -> Scores``; decorate it with
:func:`register`; import the module at the bottom of this file; add it to
``bench/rank_bench.py``'s comparison by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: The method used when none is named.
DEFAULT_METHOD = "likelihood"

_methods: dict[str, Callable[..., object]] = {}


@dataclass
class Scores:
    """Per-disease scores of one query.

    ``total`` float64 (n_d,): higher is better. ``present`` float64 (k, n_d) and
    ``excluded`` float64 (e, n_d): each patient feature's contribution, in ``unit``;
    ``context`` float64 (n_d,): the contribution of onset and sex (0 when not used).
    """

    total: np.ndarray
    present: np.ndarray
    excluded: np.ndarray
    context: np.ndarray
    unit: str


def register(cls):
    """Class decorator: make a method available by its ``name``."""
    _methods[cls.name] = cls
    return cls


def method_names() -> list[str]:
    return sorted(_methods)


def get_method(name: str | None = None, **params):
    """An instance of the method called ``name`` (default :data:`DEFAULT_METHOD`);
    ``params`` override its tunable parameters. Raises ValueError for an unknown name."""
    name = name or DEFAULT_METHOD
    try:
        cls = _methods[name]
    except KeyError:
        raise ValueError(f"unknown ranking method {name!r} (choose from {', '.join(method_names())})") from None
    return cls(**params)


def weighted_column_max(matrix, columns: np.ndarray, weights: np.ndarray, out: np.ndarray,
                        use_values: bool = True) -> np.ndarray:
    """``out[d] = max(out[d], max_c weights[c] * matrix[d, columns[c]])`` over stored cells.

    ``matrix`` is a CSC matrix (n_d, n_t); ``columns`` int (c,); ``weights`` float (c,);
    ``out`` float64 (n_d,), updated in place and returned. With ``use_values=False`` the
    stored cells count as 1 (an indicator). One vectorised pass over the cells of the
    chosen columns, no loop over diseases.
    """
    if len(columns) == 0:
        return out
    indptr = matrix.indptr
    starts, ends = indptr[columns], indptr[columns + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return out
    # Positions of all chosen cells, built without a Python loop over columns.
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    cells = np.arange(total) + offsets
    w = np.repeat(weights.astype(np.float64), lengths)
    values = matrix.data[cells] * w if use_values else w
    np.maximum.at(out, matrix.indices[cells], values)
    return out


def column_any(matrix, columns: np.ndarray, n_rows: int) -> np.ndarray:
    """bool (n_rows,): rows with a stored cell in any of ``columns`` of a CSC matrix."""
    hit = np.zeros(n_rows, dtype=bool)
    indptr = matrix.indptr
    for c in columns:
        hit[matrix.indices[indptr[c]:indptr[c + 1]]] = True
    return hit


from raremap.engine.ranking import likelihood, phenomizer  # noqa: E402,F401  (registers them)
