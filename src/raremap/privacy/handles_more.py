"""User names said in more ways: after the word for user name of other languages ("mon pseudo est
papillon.rare", "mi usuario es mariposa.azul", "gebruikersnaam: vlinder88"), after a platform's
name and a colon or "as" ("Snapchat: zebra.girl.22", "find me on Instagram as bluebellbakes",
"add me on snap, it's lulu.rare"), written under on a platform ("I post as wobblyknees on the
forum"), and the name of a profile link said again ("instagram.com/little.warrior.jack ... search
littlewarriorjack"). A plain word there may be a name chosen as a handle, so the cue is strong and
what follows must be one word, not a word of a sentence ("my Instagram is private").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

NAMES = (r"(?:Instagram|Insta|IG|Twitter|TikTok|Reddit|Discord|Telegram|Snapchat|Snap|Threads|Mastodon|"
         r"Bluesky|YouTube|Facebook|FB|Twitch|Pinterest|Tumblr|Kik|Skype|Steam|Xbox|PSN|LinkedIn)")
PLATFORM = rf"(?:{NAMES}|(?i:insta|snap|discord|tiktok|reddit)|(?:the\s+)?forum|(?:the\s+)?group|(?:the\s+)?app)"
HANDLE = r"(?P<h>@?[A-Za-z0-9][\w.]{2,29})(?<![.])"
END = r"(?=\s*(?:[,;.!?)]|$|\n|\s+(?:on|sur|en|no|na|auf|im|in|op|su|there|too|if|and|or|but|x+|lol)\b))"
# The word for "user name" or "nickname" of other languages, then "is" or a colon.
USERNAME_WORDS = re.compile(
    r"\b(?i:pseudo|pseudonyme|nom\s+d['’]utilisateur|identifiant|usuario|nombre\s+de\s+usuario|apodo|"
    r"usuário|nome\s+de\s+usuário|utilizador|nome\s+utente|nick(?:name)?|soprannome|benutzername|nutzername|"
    r"gebruikersnaam|nazwa\s+użytkownika|nick|login|brugernavn|användarnamn|brukernavn|käyttäjänimi|"
    r"korisničko\s+ime|uživatelské\s+jméno|felhasználónév|kullanıcı\s+adı|nume\s+de\s+utilizator|"
    r"user\s?name|screen\s?name|handle|gamertag)"
    r"(?:\s+(?i:on|sur|en|no|na|auf|im|in|op|su|w)\s+\w+)?"
    r"\s*(?:(?i:is|est|es|é|è|ist|is|jest|er|är|on|je|=)\s*:?|:)\s*" + HANDLE + END)
# "Snapchat: zebra.girl.22", "find me on Instagram as bluebellbakes", "add me on snap, it's lulu.rare"
PLATFORM_AS = re.compile(
    rf"(?:(?<![\w.]){NAMES}\s*:\s*"
    rf"|\b(?i:on|at)\s+{PLATFORM}(?:\s+(?i:as|under)|\s*,\s*(?i:it['’]?s|I['’]m|I\s+am|we['’]re))\s+)" + HANDLE + END)
# "I post as wobblyknees on the forum", "we're rarefamily on TikTok"
POSTED_ON = re.compile(
    r"\b(?i:post|posts|posted|write|writes|go|goes|am|known)\s+(?i:as|by|under)\s+" + HANDLE
    + rf"(?=\s+(?i:on|in)\s+(?:(?i:the)\s+)?(?:{PLATFORM}|site)\b)")
NOT_HANDLES = frozenset("""
private public down open closed broken locked dead gone empty full active inactive deleted blocked
banned same different better great fine free linked pinned there here hacked suspended new old
the a an my our his her their and but not yes no none below above please also just well often usual
always never sometimes much many guest anonymous someone everyone parent mum mom dad member members
moderator well before usual normal
""".split())
# A profile link: the platform's address, then the user's name as the first part of the path.
PROFILE_LINK = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|twitter\.com|x\.com|tiktok\.com/@|pinterest\.[a-z.]+|"
    r"twitch\.tv|youtube\.com/@|youtube\.com/c/|facebook\.com|threads\.net/@|reddit\.com/u(?:ser)?/|"
    r"github\.com|tumblr\.com|linkedin\.com/in)/?@?(?P<h>[A-Za-z0-9][\w.]{2,29}[A-Za-z0-9_])", re.IGNORECASE)
NOT_PROFILE = frozenset("p reel reels explore stories watch videos groups pages events share hashtag tv channel".split())


def _single_handle(word: str) -> bool:
    """One word chosen as a handle; a plain capitalised word ("known as Nana on Facebook") is a
    first name, left to the name rules."""
    w = word.lstrip("@")
    plain_name = w.isalpha() and w[0].isupper() and w[1:].islower()
    return len(w) >= 3 and w.lower() not in NOT_HANDLES and not w.isdigit() and not plain_name


def find_more_handles(text: str) -> Iterator[Finding]:
    for rx in (USERNAME_WORDS, PLATFORM_AS, POSTED_ON):
        for m in rx.finditer(text):
            if _single_handle(m.group("h")):
                yield Finding(Kind.USERNAME, *m.span("h"), m.group("h"), "rule:handle")
    links = list(PROFILE_LINK.finditer(text))
    spans = [(m.start(), m.end()) for m in links]
    for m in links:
        name = m.group("h")
        if name.lower() in NOT_PROFILE:
            continue
        # the same name again, with or without its dots ("little.warrior.jack", "littlewarriorjack")
        forms = {re.escape(name), re.escape(name.replace(".", "").replace("_", ""))}
        for again in re.finditer(rf"(?<![\w./@])@?(?:{'|'.join(forms)})(?![\w/@])", text, re.IGNORECASE):
            if not any(s <= again.start() < e for s, e in spans):
                yield Finding(Kind.USERNAME, again.start(), again.end(), again.group(), "rule:handle")
