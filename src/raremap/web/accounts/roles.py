"""The site's roles: one set of Django groups, named here and created with their
permissions by one data migration (``accounts/migrations/0004_one_set_of_roles.py``).
Views check permissions (``user.has_perm``), never group names; give someone a role in the
admin (Users → groups). ``docs/community.md`` says what each role may do.
"""

from __future__ import annotations

MEMBER = "member"  # joins communities, posts, records symptoms, reports posts
MODERATOR = "moderator"  # the moderation queue and audit log
SPECIALIST = "information specialist"  # answers inquiries
EDITOR = "editor"  # curated answers and error reports; approves de-identified inquiries
REVIEWER = "reviewer"  # an editor who also marks answers medically reviewed and publishes them
ADMIN = "admin"  # all of the above

ROLES = (MEMBER, MODERATOR, SPECIALIST, EDITOR, REVIEWER, ADMIN)
