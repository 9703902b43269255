"""One set of roles, created with their permissions by one data migration."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from raremap.web.accounts import roles


def _can(role: str, codename: str) -> bool:
    return Group.objects.get(name=role).permissions.filter(codename=codename).exists()


def test_the_roles_are_the_documented_set(db):
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ROLES)


@pytest.mark.parametrize(("role", "may", "may_not"), [
    (roles.MEMBER, ["add_experience", "add_report"], ["moderate_experience", "change_curatedanswer"]),
    (roles.MODERATOR, ["moderate_experience", "view_auditentry"], ["answer_inquiry", "change_curatedanswer"]),
    (roles.SPECIALIST, ["answer_inquiry"], ["publish_inquiry", "moderate_experience"]),
    (roles.EDITOR, ["change_curatedanswer", "change_errorreport", "publish_inquiry"],
     ["review_curatedanswer", "publish_curatedanswer", "moderate_experience"]),
    (roles.REVIEWER, ["change_curatedanswer", "review_curatedanswer", "publish_curatedanswer"], ["moderate_experience"]),
    (roles.ADMIN, ["moderate_experience", "answer_inquiry", "review_curatedanswer", "change_errorreport"], []),
])  # fmt: skip
def test_each_role_holds_what_docs_community_md_says(db, role, may, may_not):
    assert all(_can(role, p) for p in may), role
    assert not any(_can(role, p) for p in may_not), role


def _migrate(target: list[tuple[str, str]]) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(target)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_members_of_the_former_answers_groups_keep_their_role():
    _migrate([("accounts", "0003_profile_pending_password")])
    eddie = User.objects.create_user("eddie-old")
    rita = User.objects.create_user("rita-old")
    eddie.groups.add(Group.objects.create(name="Answer editors"))
    rita.groups.add(Group.objects.create(name="Medical reviewers"))
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ROLES)
    assert list(eddie.groups.values_list("name", flat=True)) == [roles.EDITOR]
    assert list(rita.groups.values_list("name", flat=True)) == [roles.REVIEWER]
    assert User.objects.get(pk=rita.pk).has_perm("answers.review_curatedanswer")
