"""What every ranking method shares: the :class:`Scores` a method returns and the registry
of methods by name (:func:`register`, :func:`get_method`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: The method used when none is named.
DEFAULT_METHOD = "published"

_methods: dict[str, Callable[..., object]] = {}


@dataclass
class Scores:
    """Per-disease scores of one query.

    ``total`` float64 (n_d,): higher is better. ``present`` float64 (k, n_d) and
    ``excluded`` float64 (e, n_d): each patient feature's contribution, in ``unit``;
    ``context`` float64 (n_d,): the contribution of onset and sex (0 when not used);
    ``unreported`` float64 (n_d,) or None: the contribution of the disease's hallmarks that
    the query does not mention (methods that weigh them); ``neighbours`` float64 (n_d,) or
    None: the contribution of how close the disease's published patients are to the query
    (methods that read published patients; 0 for a disease without any); ``similar``
    float64 (n_d,) or None: what the present features the disease's closest diseases show
    add beyond its own annotations (methods that read them).
    """

    total: np.ndarray
    present: np.ndarray
    excluded: np.ndarray
    context: np.ndarray
    unit: str
    unreported: np.ndarray | None = None
    neighbours: np.ndarray | None = None
    similar: np.ndarray | None = None


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
