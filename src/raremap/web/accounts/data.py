"""Everything stored about a member, for export (as JSON) and for deleting the account."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from raremap.web.accounts import outbox, sessions
from raremap.web.answers.models import CuratedAnswer
from raremap.web.community.models import AuditEntry, Experience, Membership, Report, SymptomReport
from raremap.web.inquiries.models import Inquiry


def export_user(user) -> dict:
    profile = getattr(user, "profile", None)
    experiences = list(Experience.objects.filter(author=user))
    inquiries = list(Inquiry.objects.filter(asker=user) | Inquiry.objects.filter(email__iexact=user.email))
    return _with_names({
        "account": {"email": user.email, "first_name": user.first_name, "last_name": user.last_name,
                    "date_joined": user.date_joined.isoformat(),
                    "last_login": user.last_login.isoformat() if user.last_login else None,
                    "roles": sorted(g.name for g in user.groups.all())},
        "profile": profile.to_export() if profile else None,
        "memberships": [m.to_export() for m in Membership.objects.filter(user=user)],
        "experiences": [e.to_export() for e in experiences],
        "symptom_reports": [s.to_export() for s in SymptomReport.objects.filter(user=user)],
        "reports_made": [r.to_export() for r in Report.objects.filter(reporter=user)],
        "inquiries": [i.to_export() for i in inquiries],
        "moderation_actions": [a.to_export() for a in AuditEntry.objects.filter(actor=user)],
        # What staff decided about the member's posts and inquiries, with their reasons (never who).
        "moderation_of_my_posts_and_inquiries": [a.to_export() for a in AuditEntry.objects.filter(
            target__in=[f"experience:{e.pk}" for e in experiences] + [f"inquiry:{i.pk}" for i in inquiries])],
        # A reviewer's signature as published on answers (kept there after the account goes).
        "answers_signed": [{"disease_id": a.disease_id, "question": a.question, "reviewer_name": a.reviewer_name,
                            "reviewer_qualification": a.reviewer_qualification,
                            "reviewed_at": a.reviewed_at.isoformat() if a.reviewed_at else None}
                           for a in CuratedAnswer.objects.filter(reviewed_by=user)],
        "login_attempts": _login_attempts(user),
    })


def _with_names(data: dict) -> dict:
    """Beside every ``disease_id`` and ``hpo_id`` its name (``disease_name``, ``hpo_name``),
    so the export reads without looking ids up; ids the knowledge base does not know (or
    no knowledge base) keep their id alone."""
    from raremap.knowledge.errors import UnknownIdError
    from raremap.web.knowledge import KnowledgeUnavailable, get_kb

    try:
        kb = get_kb()
    except KnowledgeUnavailable:
        return data
    for rows in data.values():
        for row in rows if isinstance(rows, list) else ():
            try:
                if row.get("disease_id"):
                    row["disease_name"] = kb.disease(row["disease_id"]).name
                if row.get("hpo_id"):
                    row["hpo_name"] = kb.term(row["hpo_id"]).name
            except UnknownIdError:
                continue
    return data


def _login_attempts(user) -> list[dict]:
    from axes.models import AccessAttempt, AccessLog

    rows = [{"kind": "failed", "when": a.attempt_time.isoformat(), "failures": a.failures_since_start}
            for a in AccessAttempt.objects.filter(_under_their_names(user))]
    rows += [{"kind": "login", "when": a.attempt_time.isoformat()}
             for a in AccessLog.objects.filter(_under_their_names(user))]
    return rows


def _under_their_names(user) -> Q:
    """django-axes rows about ``user``: failures are counted under the e-mail as typed at
    log-in, successful log-ins (the confirmation link's too) under the account's username."""
    return Q(username__iexact=user.email) | Q(username=user.get_username())


@transaction.atomic
def delete_user(user, keep_posts_anonymised: bool) -> None:
    """Remove the account and everything personal; posts are deleted or kept without author."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    posts = Experience.objects.filter(author=user)
    if keep_posts_anonymised:
        for post in posts:  # save() each, so signals (page cache) see the change
            post.author = None
            post.save(update_fields=["author"])
    else:
        posts.delete()
    Report.objects.filter(reporter=user).delete()
    Inquiry.objects.filter(email__iexact=user.email).delete()
    Inquiry.objects.filter(asker=user).delete()
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(_under_their_names(user)).delete()
    # Memberships, symptom reports and the profile go with the user (CASCADE); moderation
    # audit entries and inquiries they answered keep their row without the person (SET_NULL).
    email = user.email
    # Other browsers still logged in to it: their sessions go now, not when they expire.
    sessions.end_sessions(user.pk)
    user.delete()
    # Mail already written to the outbox folder (the file backend) goes too, once the rows
    # are gone for good.
    transaction.on_commit(lambda: outbox.forget(email))
