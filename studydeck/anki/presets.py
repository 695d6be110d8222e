"""A deck's schedule settings -> the Anki deck options preset its package carries.

Anki applies a package's presets only when the learner ticks "Import any deck presets", adds a
preset only when its id is new, and never updates one it has. So a preset's id (and its name, which
is all a learner sees of it) comes from its values: changed values make a new preset, which the
deck moves to on the next import, and the learner's own preset edits are never overwritten.
"""

from __future__ import annotations

import copy
import hashlib
import json

from genanki.apkg_col import APKG_COL

from ..deck.models import Schedule

# studydeck's defaults, from the episodes' own advice (see the README, "Spacing in Anki"): a few new
# cards every day rather than many at once; the second step a day later, after a night's sleep
# has consolidated what was learned; forgotten cards seen again within the session; FSRS's usual
# 90% retention.
DEFAULT = Schedule(
    preset="studydeck",
    new_per_day=10,
    learning_steps=("10m", "1d"),
    relearning_steps=("10m",),
    max_reviews_per_day=200,
    desired_retention=0.9,
)
_MINUTES = {"s": 1 / 60, "m": 1, "h": 60, "d": 24 * 60}


def _anki_default() -> dict:
    """The preset genanki's empty collection holds: every key Anki requires, so it is the starting point."""
    # The collection row is SQL with its JSON columns as quoted texts; the presets are the one with maxTaken.
    presets = next(json.loads(text) for text in APKG_COL.split("'") if '"maxTaken"' in text)
    return presets["1"]


_BASE = _anki_default()


def minutes(step: str) -> float:
    """'10m' -> 10.0, '1d' -> 1440.0: Anki keeps steps in minutes."""
    return float(step[:-1]) * _MINUTES[step[-1]]


def resolved(deck_schedule: Schedule, library: Schedule) -> Schedule:
    """The deck's settings, else its folder's, else studydeck's."""
    return deck_schedule.over(library).over(DEFAULT)


def preset(schedule: Schedule) -> dict:
    """The preset JSON for a fully resolved schedule; the same values always give the same id."""
    values = {
        "new": schedule.new_per_day,
        "learn": [minutes(s) for s in schedule.learning_steps or ()],
        "relearn": [minutes(s) for s in schedule.relearning_steps or ()],
        "reviews": schedule.max_reviews_per_day,
        "retention": schedule.desired_retention,
    }
    digest = hashlib.sha256(json.dumps([schedule.preset, values], sort_keys=True).encode()).digest()
    data = copy.deepcopy(_BASE)
    data["id"] = (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)
    data["name"] = f"{schedule.preset} ({summary(schedule)})"
    data["new"]["perDay"] = values["new"]
    data["new"]["delays"] = values["learn"]
    data["lapse"]["delays"] = values["relearn"]
    data["rev"]["perDay"] = values["reviews"]
    data["desiredRetention"] = values["retention"]
    return data


def summary(schedule: Schedule) -> str:
    """What a learner reads in the preset's name: its values, so that two versions are told apart."""
    learn = " ".join(schedule.learning_steps or ()) or "no steps"
    return (
        f"{schedule.new_per_day} new/day, steps {learn}, {schedule.max_reviews_per_day} reviews/day, "
        f"retention {100 * (schedule.desired_retention or 0):g}%"
    )
