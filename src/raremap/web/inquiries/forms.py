from __future__ import annotations

from django import forms

from raremap.web.inquiries.models import ANSWER_MAX_CHARS, QUESTION_MAX_CHARS


class AskForm(forms.Form):
    email = forms.EmailField(label="Your e-mail, for the reply", max_length=254,
                             help_text="Only the information specialists answering you see it.")
    question = forms.CharField(label="Your question", min_length=15, max_length=QUESTION_MAX_CHARS,
                               widget=forms.Textarea(attrs={"rows": 6, "maxlength": QUESTION_MAX_CHARS}))
    may_publish = forms.BooleanField(
        required=False, label="You may publish my question and its answer on the disease page, de-identified",
        help_text="Leave this unticked and your question stays between you and the information center.")

    def __init__(self, *args, member: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if member:  # the answer goes to "My RareMap"; e-mail follows the member's own choice
            del self.fields["email"]


class AnswerForm(forms.Form):
    answer = forms.CharField(label="Answer", min_length=15, max_length=ANSWER_MAX_CHARS,
                             widget=forms.Textarea(attrs={"rows": 10, "maxlength": ANSWER_MAX_CHARS}))


class PublishForm(forms.Form):
    published_question = forms.CharField(label="Question as published (de-identified)",
                                         max_length=QUESTION_MAX_CHARS, widget=forms.Textarea(attrs={"rows": 4}))
    published_answer = forms.CharField(label="Answer as published (de-identified)",
                                       max_length=ANSWER_MAX_CHARS, widget=forms.Textarea(attrs={"rows": 8}))
