"""The account named in a server log line: "POST /reply?user=mps_mum_mandy", "login as jdoe",
"Failed password for invalid user admin", "22 attempts on root" (fail2ban, sshd).

The first three forms name a user wherever they stand; "attempts on/for <word>" only in a log line,
that is in text that also shows an IP address, and only for a login-shaped word in small letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.handles_more import NOT_HANDLES
from raremap.privacy.kinds import Kind

ACCOUNT = r"(?P<h>[a-z_][a-z0-9_.-]{1,31}(?<![.-]))(?![\w@/-]|\.\w)"
USER_FIELD = re.compile(r"(?<![\w-])(?i:user|username|login|uid|account|acct)=" + ACCOUNT)
LOGIN_AS = re.compile(r"\b(?i:log(?:ged|ging)?\s+in\s+as|login\s+as|"
                      r"(?:failed\s+password\s+for\s+)?(?:invalid|unknown)\s+user|failed\s+password\s+for)\s+" + ACCOUNT)
ATTEMPTS_ON = re.compile(r"\b(?i:attempts?|tries|failures?)\s+(?i:on|for|as)\s+" + ACCOUNT)
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
NOT_ACCOUNTS = frozenset("""
the a an my our his her their your its this that these those it them him me us each every both all
any some no one two three several many few account accounts user users login logins
""".split())


def find_log_users(text: str) -> Iterator[Finding]:
    logged = IPV4.search(text) is not None
    for rx in (USER_FIELD, LOGIN_AS, ATTEMPTS_ON):
        if rx is ATTEMPTS_ON and not logged:
            continue
        for m in rx.finditer(text):
            if m.group("h") in NOT_ACCOUNTS or m.group("h") in NOT_HANDLES:  # "log in as usual"
                continue
            s, e = m.span("h")
            yield Finding(Kind.USERNAME, s, e, text[s:e], "rule:log-user")
