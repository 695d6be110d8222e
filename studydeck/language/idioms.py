"""Set phrases: lower-cased token sequences whose words never make a phrase (or a blank) of their own."""

from __future__ import annotations

from collections.abc import Sequence

_IDIOMS = """
take advantage of | takes advantage of | took advantage of | taking advantage of | in fact | at least | at most |
of course | as well as | as well | in order to | such as | rather than | in addition to | in addition |
on the other hand | on the one hand | in other words | for example | for instance | by the way | at all | at first |
at last | in general | in particular | in short | in turn | in terms of | as a result | as a whole | due to |
according to | because of | instead of | kind of | sort of | a lot of | a lot | a bit | make sense | makes sense |
take place | takes place | took place | take into account | pay attention | paid attention | keep in mind |
bear in mind | so far | so that | even though | even if | as long as | as soon as | no longer | at the same time |
more or less | by and large | over time | all the time | make sure | at the end of the day | come up with |
figure out | point out | turn out | turns out | turned out | give up | in the long run | at once | once again |
after all | above all | each other | one another | in place | in mind | in charge of | on purpose | by heart |
rule of thumb | in the first place | for good | at random | in common | as opposed to | in spite of | on average
"""
IDIOMS: tuple[tuple[str, ...], ...] = tuple(
    sorted({tuple(p.split()) for p in _IDIOMS.replace("\n", " ").split("|") if p.strip()}, key=len, reverse=True)
)
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _idiom in IDIOMS:
    _BY_FIRST.setdefault(_idiom[0], []).append(_idiom)


def find(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges [i, j) of the idioms in a token list, longest first at each place, never overlapping."""
    lower = [w.lower() for w in words]
    found = []
    i = 0
    while i < len(lower):
        candidates = _BY_FIRST.get(lower[i], ())
        match = next((idiom for idiom in candidates if tuple(lower[i : i + len(idiom)]) == idiom), None)
        if match:
            found.append((i, i + len(match)))
            i += len(match)
        else:
            i += 1
    return found
