"""Cues and roles: what part a number plays in its statement (observed, previous, national
average, comparator, target, range bound), its qualifier ("at least", "around"), and
whether a lone "one" is a statistic at all.

Each number reads the text between it and its neighbours, at most `window` characters
on each side, so a sentence of any length costs time in proportion to its numbers.
"""

from __future__ import annotations

from .numbers import Metric
from .periods import PeriodNormaliser
from .rules import MetricRules

# The words and links between figures that decide their roles, and the words that place a
# period now or before it, are rules: metrics_rules.json (_role_links_comment,
# _list_comma_comment, _dash_link_comment, _value_end_comment, _period_order_comment,
# _part_quarter_numbers_comment).
# The roles a list's later figures take from the cue before its first (list_comma_between).
LIST_ROLES = ("previous", "national_average", "comparator", "target")
# Roles of a reference group: both figures of a pair after such a cue are the group's
# (a target written "of 50 to 70" stays a range).
GROUP_ROLES = ("national_average", "comparator")
DURATION_UNITS = ("days", "weeks", "months", "years")


def assign_roles(r: MetricRules, text: str, s0: int, s1: int, group: list[Metric]) -> None:
    """The role of each number of one sentence (`group`, in text order)."""
    fixed: set[int] = set()
    for k, m in enumerate(group):
        if r.subset_after.match(text, m.end):
            m.extra["subset"] = True  # read by previous_by_period
        if r.further_before.search(text[max(s0, m.start - 40):m.start]) \
                and not r.further_period_after.match(text[m.end:min(s1, m.end + 60)]):
            m.extra["further"] = True  # "with a further nine cases": read by previous_by_period
        lo = max(s0, group[k - 1].end if k else s0, m.start - r.window)
        before = text[lo:m.start]
        hi = min(s1, group[k + 1].start if k + 1 < len(group) else s1, m.end + r.window)
        after = text[m.end:hi]
        nxt = group[k + 1] if k + 1 < len(group) else None
        if k in fixed:
            continue
        # "statistical neighbours and England at 87% and 85%": each figure its group.
        two = r.two_groups_before.search(before) if nxt is not None and nxt.unit == m.unit \
            and r.pair_and_between.fullmatch(after) else None
        if two:
            pair_roles = before_cue(r, two["a"]), before_cue(r, two["b"])
            if pair_roles[0] != pair_roles[1] and set(pair_roles) <= set(GROUP_ROLES):
                m.role, nxt.role = pair_roles
                fixed.add(k + 1)
                continue
        # "ranging from 4% to 54%", "of 50 to 70": both ends are range bounds.
        pair = nxt is not None and r.pair_link.fullmatch(after) is not None and (
            nxt.unit == m.unit or {m.unit, nxt.unit} <= set(DURATION_UNITS))
        plain_pair = pair and r.pair_plain_link.fullmatch(after) is not None
        if pair and (r.range_before.search(before) or (
                r.range_plain_before.search(before) and not r.from_end.search(before)
                and r.range_plain_link.fullmatch(after)) or (
                # "wait two to three months": a spread of waits, not a change (no "from")
                plain_pair and (m.unit in DURATION_UNITS or r.dash_link_between.fullmatch(after))
                and not r.from_before.search(before) and not r.from_end.search(before))):
            # "national averages of 18% and 15% respectively": two figures of one group.
            cue = "" if r.range_before.search(before) else before_cue(r, before)
            m.role = nxt.role = cue if cue in GROUP_ROLES else "range_bound"
            fixed.add(k + 1)
            continue
        # "(70.5 per 10,000)" or "(or 24.1%)" right after a number shares its role.
        # So does the same figure in another unit, after the counted noun ("from 182
        # children (60 per 10,000 children)").
        between = text[group[k - 1].end:m.start] if k else ""
        if k and (r.same_figure_between.fullmatch(between) or (
                group[k - 1].unit != m.unit and r.same_figure_noun_between.fullmatch(between))):
            m.role = group[k - 1].role
            continue
        role = ""
        for name, rx in r.role_after:
            if name in GROUP_ROLES and (m.unit == "ratio" or r.rank_value_end.search(m.value_text)):
                continue  # "more than double the national average", "16th in the country"
            if rx.match(after):
                role = name
                if name == "observed":  # a comparison after it: "eight fewer than ..."
                    m.extra["difference"] = True
                break
        if not role:
            role = before_cue(r, before)
            if role in GROUP_ROLES and r.rank_value_end.search(m.value_text):
                role = ""  # "in England, the council ranks 98th": its own place
            if role:
                m.extra["cue_role"] = True
        if not role and k and group[k - 1].unit == m.unit \
                and group[k - 1].role in GROUP_ROLES and r.named_group_between.fullmatch(between):
            role = "comparator"
        if not role and k and group[k - 1].unit == m.unit \
                and group[k - 1].role in LIST_ROLES and group[k - 1].extra.get("cue_role") \
                and (r.list_comma_between.fullmatch(between) or (
                    r.list_and_between.fullmatch(between) and group[k - 1].extra.get("listed"))):
            m.role = group[k - 1].role
            m.extra["cue_role"] = m.extra["listed"] = True
            continue
        if role in ("target", *GROUP_ROLES) and r.placed_before.search(before) \
                and not (role in GROUP_ROLES and r.placed_parallel_after.match(after)):
            role = ""  # "above national targets, at 85 days": this authority's figure
        if role == "previous" and r.from_before.search(before) and not (
                r.change_words.search(text, s0, m.start) or r.change_to_after.search(after)
                or r.date_after.match(after)):
            role = ""  # "51 children from 20 families": where from, not an earlier figure
        if not role and r.previous_set_off_before.search(before) \
                and r.previous_set_off_after.match(after):
            role = "previous"  # "less than the previous year, at 22%."
        if not role and r.compared_previous.search(before) and r.date_after.match(after) \
                and not is_change(r, m):
            role = "previous"  # not "more than halved over the last year": the change itself
        # "up to 35 cases each" ends a spread; "no more than 17 per worker" is a level for all.
        each = (r.range_each_before.search(before) or r.range_each_after.match(after)) \
            and not r.range_each_cap_before.search(before)
        if not role and r.range_upto_before.search(before) and (
                m.unit in DURATION_UNITS or r.range_some_before.search(before)
                or r.range_some_after.match(after) or each):
            role = "range_bound"  # "delays of up to five months", "up to 60% in some teams"
        if not role and r.range_over_before.search(before) and (
                r.range_some_before.search(before) or r.range_some_after.match(after) or each):
            role = "range_bound"  # "Some workers had more than 40 cases", "over 30 cases each"
        # "from 52.8% to 57.6% and 61% to 69.3%": X to Y is a change, X and Y a list.
        if not role and pair and m.unit == nxt.unit and not r.pair_list_link.search(after):
            role = "previous"
        m.role = role or "observed"
    # "plans ... by increasing the number of advocates from six to 18", "priority is given
    # to further reducing caseloads to between 15 and 20": the level planned is a target.
    for m in group:
        if m.role not in GROUP_ROLES and r.plan_target_before.search(text, s0, m.start):
            m.role = "target"


def is_change(r: MetricRules, m: Metric) -> bool:
    """A change rather than a level ("doubled", "halved", "8 percentage points", "eight
    fewer than in 2011-12"): it is never an earlier figure of its measure, and dates no
    other."""
    return m.unit == "ratio" or r.change_value_end.search(m.value_text) is not None \
        or bool(m.extra.get("difference"))


def before_cue(r: MetricRules, before: str) -> str:
    """The role named by the cue nearest the end of `before` ("" for none)."""
    best = None
    for name, rx in r.role_before:
        hit = rx.search(before)
        if hit and (best is None or hit.start() > best[1]):
            best = (name, hit.start())
    return best[0] if best else ""


Key = tuple  # ("date", end, start) with (year, month, day) parts, or ("current",), ("last",)


def period_key(p: str, periods: PeriodNormaliser, r: MetricRules) -> Key | None:
    """When a period is, for ordering the figures of one sentence (None: not known)."""
    if not p:
        return None
    if r.period_current.search(p):
        return ("current",)  # "currently", "at the time of the inspection"
    if r.period_last.search(p):
        return ("last",)  # "last year": before now, but not placed among dated years
    start, end = periods.bounds(p)
    if not (start or end):
        return None
    return ("date", parts(end or start), parts(start or end))


def parts(iso_date: str) -> tuple[int, ...]:
    return tuple(int(x) for x in iso_date.split("-"))


def earlier(a: Key, b: Key) -> bool:
    """Is period a before period b? Dates compare at the precision both have ("2014-03"
    and "2014" are the same year: neither is earlier); "currently" follows every date and
    "last year", which is placed among no dates."""
    if b == ("current",):
        return a != ("current",)
    if a[0] != "date" or b[0] != "date":
        return False
    for x, y in ((a[1], b[1]), (a[2], b[2])):
        n = min(len(x), len(y))
        if x[:n] != y[:n]:
            return x[:n] < y[:n]
    return False


def previous_by_period(group: list[Metric], periods: PeriodNormaliser,
                       r: MetricRules, text: str | None = None) -> None:
    """An observed value whose own period is earlier than that of another of this
    authority's figures of the same unit in the sentence (a national or comparator
    figure dates nothing here)."""
    own = [period_key(m.extra.get("own_period", ""), periods, r) for m in group]
    # A part of a figure just given ("Five SCRs ..., three of which are now completed")
    # counts a subset, not a later value of the same measure: it dates nothing.
    # So does a figure added to one just given ("six orders were made in 2014-15, with a
    # further nine cases in process at the time of the inspection"), and it is no earlier
    # value either: more of the same kind, not the same measure at another time.
    ours = [(m.unit, k) for m, k in zip(group, own, strict=True)
            if k is not None and m.role in ("observed", "previous")
            and not m.extra.get("subset") and not m.extra.get("further") and not is_change(r, m)]
    for m, k in zip(group, own, strict=True):
        if m.role == "observed" and k is not None and not is_change(r, m) \
                and not m.extra.get("further") and any(
                u == m.unit and earlier(k, other) for u, other in ours):
            m.role = "previous"
    if text is not None:
        previous_by_part(r, text, group, own)


def part_of_year(r: MetricRules, text: str, m: Metric, hi: int) -> tuple[str, int] | None:
    """The quarter or the month (without its year) a figure is given for, as its own
    period says ("in quarter 3 of 2014-15", "in quarter four") or the words right after it
    ("42% in July"): its kind and number."""
    own = m.extra.get("own_period", "")
    q = r.part_quarter.search(own) if own else None
    if q is None and not own:
        q = r.part_after.match(text[m.end:min(hi, m.end + 40)])
    if q is None:
        return None
    g = q.groupdict()
    if g.get("month"):
        return ("month", r.month_number(g["month"]))
    n = next(v for k, v in g.items() if k.startswith("q") and v)
    return ("quarter", r.quarter_numbers[n.lower()])


def previous_by_part(r: MetricRules, text: str, group: list[Metric],
                     own: list[Key | None]) -> None:
    """A run of quarters or months of one year, told in their order ("57% in quarter 3 of
    2014-15 and 61% in quarter 4", "27% in June, rising to 42% in July and 41% in August"):
    each figure but the last of its unit is an earlier one. The year a part leaves out is
    the one the figure before it has; parts told out of order date nothing."""
    hi = [group[i + 1].start if i + 1 < len(group) else len(text) for i in range(len(group))]
    parts_ = [part_of_year(r, text, m, h) for m, h in zip(group, hi, strict=True)]
    year: Key | None = None
    years: list[Key | None] = []
    for k, p in zip(own, parts_, strict=True):
        year = k if k is not None else (year if p is not None else None)
        years.append(year)
    for i, m in enumerate(group):
        if m.role != "observed" or parts_[i] is None or is_change(r, m) or m.extra.get("further") \
                or m.extra.get("subset"):
            continue
        for j in range(i + 1, len(group)):
            n = group[j]
            if n.unit == m.unit and parts_[j] is not None and parts_[j][0] == parts_[i][0] \
                    and years[j] == years[i] and n.role in ("observed", "previous") \
                    and not n.extra.get("subset") and not n.extra.get("further") \
                    and parts_[j][1] > parts_[i][1]:
                m.role = "previous"
                break


def qualifier(r: MetricRules, text: str, s0: int, m: Metric) -> str:
    before = text[max(s0, m.start - 40):m.start]
    if m.unit == "gbp" and before.endswith("£"):
        before = before[:-1]
    for name, rx in r.qualifiers:
        if rx.search(before):
            return name
    return ""


def generic_one(r: MetricRules, text: str, m: Metric, line_start: int,
                sentence_has_period: bool, sentence_has_figure: bool) -> bool:
    """Is this a lone 'one' outside any statistic ("In one case", "One adopter said")?

    `sentence_has_period`: a period of its own in the sentence, not inherited;
    `sentence_has_figure`: another number of the sentence that is not "one".
    """
    if m.value != "1" or m.value_text.lower() != "one":
        return False
    before = text[max(0, m.start - r.window):m.start]
    after = text[m.end:m.end + r.window]
    if r.one_anecdote_after.match(after):
        return True
    return not (
        r.one_statistic_before.search(before)
        or r.one_statistic_after.match(after)
        or r.one_figure_before.search(before)
        or r.one_figure_after.match(after)
        or sentence_has_period
        or text.startswith("- ", line_start)
        or sentence_has_figure
    )
