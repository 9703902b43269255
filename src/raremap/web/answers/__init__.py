"""Short answers on the website: question pages, curated answers with their editorial
workflow and history (Django admin), error reports, and the diagnostic criteria checker.
Medical logic stays in :mod:`raremap.answers` and :mod:`raremap.engine.criteria`."""
