"""User names and handles by what announces them (a login, an account, "posted as", "post by"),
and e-mails written out to dodge spam ("jane at gmail dot com"): a hit and a case that must
stay for each rule."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


@pytest.mark.parametrize(("text", "handle"), [
    ("The portal login is mbeaumont77 and it will not let me in.", "mbeaumont77"),
    ("Hospital app account s.okafor, locked since Monday.", "s.okafor"),
    ("user ingrid.v.h keeps getting logged out of the app", "ingrid.v.h"),
    ("My username: pebble_and_rose on the charity site.", "pebble_and_rose"),
    ("I posted on the parents group as SleeplessInLeeds last year.", "SleeplessInLeeds"),
    ("I posted in the forum as GreyWolf77 about my scans.", "GreyWolf77"),
    ("Thread started by hypermobile_hannah: what helps your knees?", "hypermobile_hannah"),
    ("Reply posted by LupusLarry2: try a cooling vest.", "LupusLarry2"),
    ("I comment under the name tinytumbles99 on the blog.", "tinytumbles99"),
    ("Discord handle: marfan_matt#0912, say hi!", "marfan_matt#0912"),
    ("You can find me as u/zebra_strong on the subreddit.", "u/zebra_strong"),
    ("dm @wobbly.knees on insta", "@wobbly.knees"),
])
def test_a_handle_after_what_announces_it(rules_only, text, handle):
    assert (Kind.USERNAME, handle) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "My account is locked again and nobody answers.",           # a plain word
    "The account number is 40718822 at the bank.",             # an id, not a handle
    "Please log in as usual and post by Friday.",               # no handle-like word
    "It was posted by Royal Mail on the 3rd.",                  # capitalised words: a company
    "user experience of the app is poor",                       # a plain word after "user"
    "I posted as Anna on the forum, my real name.",             # a first name: left to the name rules
    "Our login details were sent on Monday.",
    "My account: the charity pays, not me.",
    "The user-friendly app helped.",
    "The enzyme is known as HMG-CoA reductase.",                # a chemical name's capitals
])
def test_no_handle_without_a_handle_like_word(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.USERNAME] == []


def test_an_email_after_account_stays_an_email(rules_only):
    assert kinds(rules_only, "My account is jo.kim@example.org, not the old one.") == [
        (Kind.EMAIL, "jo.kim@example.org")]


@pytest.mark.parametrize(("text", "email"), [
    ("Write to jane at gmail dot com please.", "jane at gmail dot com"),
    ("Reach me: piet dot jansen at ziggo dot nl.", "piet dot jansen at ziggo dot nl"),
    ("It's JANE AT GMAIL DOT COM, all capitals.", "JANE AT GMAIL DOT COM"),
    ("email me: sara {at} yahoo {dot} fr", "sara {at} yahoo {dot} fr"),
    ("sara @ yahoo . fr is my address", "sara @ yahoo . fr"),
    ("tom.b at proton dot me is best", "tom.b at proton dot me"),
    ("contact mark.b at outlook.com for the forms", "mark.b at outlook.com"),
    ("My e-mail is lena at posteo.de if you need it.", "lena at posteo.de"),
])
def test_an_email_written_out(rules_only, text, email):
    assert (Kind.EMAIL, email) in kinds(rules_only, text)


@pytest.mark.parametrize("text", [
    "The leaflet is at raredisease dot org dot uk for everyone.",  # a web site, "is" is no mailbox
    "She works at example.com now.",                                # a workplace
    "Meet me at noon @ the clinic.",
])
def test_no_email_from_a_plain_at(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.EMAIL] == []
