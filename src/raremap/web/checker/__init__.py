"""The symptom checker: rank rare diseases from the features a person has and has not,
explain each result, and the same as JSON. The ranking itself is the engine's
(:mod:`raremap.engine`); these views validate input, call it and shape the output."""
