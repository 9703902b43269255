"""The RareMap website: a Django 5.2 project inside the package, one app per site section.

Apps reach the knowledge base through :func:`raremap.web.knowledge.get_kb` (loaded once per
process; the server refuses to start when the compiled artifact is missing or stale).
Page templates extend ``base.html`` and fill ``{% block content %}``; see
``templates/base.html`` for the other blocks (``title``, ``head``, ``scripts``).
"""
