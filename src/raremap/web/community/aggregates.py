"""Community counts that cannot be differenced: members, symptom reporters, people per
symptom and per country.

Every count is read from a per-community snapshot, never from the live tables. A snapshot is
recomputed at most once per ``RAREMAP_AGGREGATE_PERIOD`` seconds, and only when at least
``RAREMAP_AGGREGATE_BATCH`` contributors joined, left or changed what they recorded since the
last one: two snapshots therefore never differ by one person. A count is shown only when it
holds at least ``RAREMAP_MAP_MIN_COUNT`` (11) contributors other than any one viewer (so from
12), and then rounded to ``RAREMAP_AGGREGATE_ROUNDING`` (5); shares are computed from rounded
counts. Everyone sees the same figures. Each snapshot adds bounded noise of its own to every
count and to the minimum it must reach (``noise``), so an attacker who supplies all but one
of a batch's changes cannot read that one person's change from two snapshots.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from raremap.web.community import noise
from raremap.web.community.models import CommunitySnapshot, Membership, SymptomReport


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def minimum() -> int:
    return _setting("RAREMAP_MAP_MIN_COUNT", 11)


def hidden_below() -> int:
    """A count is hidden only while it holds fewer than this many people besides the viewer:
    the minimum plus the largest lift the noise may add (``noise``), so "fewer than" this stays
    true of every hidden count."""
    return minimum() + 3 * max(0, _setting("RAREMAP_AGGREGATE_NOISE", 3))


def _fingerprint(salt: str, value: str) -> str:
    """A keyed hash (the site's secret key): what a contributor recorded (a country and a
    few symptoms) could be recovered from a plain hash by trying every combination."""
    return salted_hmac(f"raremap.aggregate-{salt}", value, algorithm="sha256").hexdigest()[:16]


def _live(disease_id: str) -> tuple[dict, dict]:
    """(contributors, counts) as the tables hold them now. ``contributors`` maps a keyed hash
    of each contributor's id to a keyed hash of what they contributed: the snapshot keeps no
    id and nothing anyone recorded, only what tells whether a batch is due."""
    countries: dict[int, str] = {}
    # Demo accounts (seed_demo) are not people: they never count.
    for uid, country, share in (Membership.objects.filter(disease_id=disease_id)
                                .exclude(user__profile__is_demo=True)
                                .values_list("user_id", "country", "share_country")):
        countries[uid] = country if share else ""
    symptoms: dict[int, list[str]] = {}
    for uid, hpo in (SymptomReport.objects.filter(disease_id=disease_id).exclude(user__profile__is_demo=True)
                     .values_list("user_id", "hpo_id")):
        symptoms.setdefault(uid, []).append(hpo)
    contributors = {}
    for uid in countries.keys() | symptoms.keys():
        state = f"{uid}|{countries.get(uid)}|{','.join(sorted(symptoms.get(uid, [])))}"
        contributors[_fingerprint("contributor", str(uid))] = _fingerprint("state", state)
    per_symptom: dict[str, int] = {}
    for hpos in symptoms.values():
        for h in set(hpos):
            per_symptom[h] = per_symptom.get(h, 0) + 1
    per_country: dict[str, int] = {}
    for code in countries.values():
        if code:
            per_country[code] = per_country.get(code, 0) + 1
    return contributors, {"members": len(countries), "reporters": len(symptoms),
                          "symptoms": per_symptom, "countries": per_country}


def _changed(old: dict, new: dict) -> int:
    return sum(1 for uid in old.keys() | new.keys() if old.get(uid) != new.get(uid))


def refresh(disease_id: str, force: bool = False) -> tuple[CommunitySnapshot, bool]:
    """The community's snapshot, recomputed when the period has passed (or ``force``) and a
    batch of contributors changed. Returns (snapshot, whether it was recomputed)."""
    now = timezone.now()
    with transaction.atomic():
        snap = CommunitySnapshot.objects.select_for_update().filter(disease_id=disease_id).first()
        if snap is not None and not force:
            period = timedelta(seconds=_setting("RAREMAP_AGGREGATE_PERIOD", 7 * 86400))
            if now - snap.computed < period:
                return snap, False
        contributors, counts = _live(disease_id)
        if snap is None:
            try:
                with transaction.atomic():  # a savepoint: the outer transaction stays usable
                    snap = CommunitySnapshot.objects.create(disease_id=disease_id, computed=now,
                                                            contributors=contributors, counts=counts)
            except IntegrityError:
                # Another request made the community's first snapshot at the same moment
                # (several first readers at once): theirs is as good as ours.
                return CommunitySnapshot.objects.get(disease_id=disease_id), False
            return snap, True
        if _changed(snap.contributors, contributors) < _setting("RAREMAP_AGGREGATE_BATCH", 5):
            return snap, False
        snap.computed, snap.contributors, snap.counts = now, contributors, counts
        snap.save()
        return snap, True


def _shown(n: int, draw: noise.Draw = noise.NONE) -> int | None:
    """``n`` with the snapshot's noise, rounded; or None unless it holds the minimum people
    (raised by the draw's lift) besides any one viewer.

    Every viewer is treated as if they were one of the ``n`` (a member can always look
    logged out too): the page is the same for everyone, so comparing one's logged-in and
    logged-out views tells nothing, and the 11 are always others."""
    if n - 1 < minimum() + draw.lift:
        return None
    step = max(1, _setting("RAREMAP_AGGREGATE_ROUNDING", 5))
    # The smallest figure ever shown is the minimum's own rounding (10 for 12 people), so
    # noise never shows a figure smaller than a count without noise could.
    floor = max(step, step * round((minimum() + 1) / step))
    return max(floor, step * round((n + draw.offset) / step))


def present(disease_id: str, viewer=None) -> dict:
    """The community's counts as anyone may see them (``viewer`` changes nothing: see
    ``_shown``; it is accepted so callers need not know that)."""
    snap, _ = refresh(disease_id)
    c = snap.counts
    k = _setting("RAREMAP_AGGREGATE_NOISE", 3)

    def shown(name: str, n: int) -> int | None:
        return _shown(n, noise.draw(disease_id, snap.computed.isoformat(), name, k))

    reporters = shown("reporters", c.get("reporters", 0))
    symptoms = {h: shown(f"symptom:{h}", n) for h, n in c.get("symptoms", {}).items()}
    if reporters is not None:  # no more people with a symptom than people who reported any
        symptoms = {h: min(n, reporters) if n is not None else None for h, n in symptoms.items()}
    countries = {code: shown(f"country:{code}", n) for code, n in c.get("countries", {}).items()}
    pooled = sum(n for code, n in c.get("countries", {}).items() if countries[code] is None)
    return {
        "members": shown("members", c.get("members", 0)),
        "reporters": reporters,
        "symptoms": symptoms,
        "countries": {code: n for code, n in countries.items() if n is not None},
        "elsewhere": shown("elsewhere", pooled) if pooled else None,
        "minimum": minimum(),
        "hidden_below": hidden_below(),
        "rounded_to": _setting("RAREMAP_AGGREGATE_ROUNDING", 5),
        "as_of": snap.computed.isoformat(),
    }
