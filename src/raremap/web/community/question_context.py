"""What a question's experiences panel shows, for the page and the template tag alike."""

from __future__ import annotations

from django.forms import Form
from django.http import HttpRequest

from raremap.web.community.forms import ReasonForm
from raremap.web.community.models import Experience, Membership


def question_context(request: HttpRequest, context: dict, form: Form) -> dict:
    """The template context of a question's experiences (published ones, the viewer's
    pending ones, the form): shared by the community's question page and the panel that
    the answers' question page includes."""
    disease, slug = context["disease"], context["slug"]
    published = Experience.objects.published().for_question(disease.id, slug).select_related("author__profile")
    mine = (Experience.objects.pending().for_question(disease.id, slug).filter(author=request.user)
            if request.user.is_authenticated else Experience.objects.none())
    is_member = request.user.is_authenticated and Membership.objects.filter(
        user=request.user, disease_id=disease.id).exists()
    return {**context, "form": form, "experiences": published, "my_pending": mine,
            "sharers": published.sharers(), "is_member": is_member,
            # Demo posts are shown but not counted: the count then says why it misses them.
            "demo_shown": published.filter(is_demo=True).exists(),
            "report_form": ReasonForm()}
