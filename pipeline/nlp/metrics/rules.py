"""The metric rules as data: resources/metrics_rules.json and resources/categories.json,
compiled once. Every other module of this package reads them through `MetricRules`."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from typing import Any

from ..resources import fill, load_json
from ..textscan import sre_parse  # the parser re compiles with, imported once there

RULES_FILE = "metrics_rules.json"
CATEGORIES_FILE = "categories.json"
# The rules periods.py's PeriodNormaliser reads (given it by the extractor).
PERIOD_BOUNDS_KEYS = ("period_year", "period_year_dash", "ordinal_suffixes",
                      "period_length_words", "period_year_kinds", "period_length",
                      "period_opens", "period_closes")


def _c(pattern: str, months: str, flags: int = re.I, tail: bool = False) -> re.Pattern:
    """Compile a rule; `tail` rules look at the text before a number, so their '$' becomes
    '\\Z' (a '$' would also match before a final newline and let a rule see across lines)."""
    pattern = fill(pattern, {"MONTHS": months})
    if tail:
        pattern = pattern.replace("$", r"\Z")
    return re.compile(pattern, flags)


def _any_of(patterns: list[str], months: str, tail: bool = False) -> re.Pattern:
    """The rules as one alternation, for asking only whether any of them matches.

    Those whose every match starts at a word boundary ('\\bsections?...') sit in a
    group behind one test of it: a search tries each position of the text in turn,
    and most positions fail that one test instead of each rule's own. The rules keep
    their own '\\b', so each still matches exactly what it matched alone.
    """
    at_word, rest = [], []
    for p in patterns:
        parsed = sre_parse.parse(fill(p, {"MONTHS": months}), re.I)
        starts = parsed.data[:1] == [(sre_parse.AT, sre_parse.AT_BOUNDARY)]
        (at_word if starts else rest).append(f"(?:{p})")
    grouped = [r"\b(?:" + "|".join(at_word) + ")"] if at_word else []
    return _c("|".join(grouped + rest), months, tail=tail)


# Defaults of the metrics component's settings (its factory's config, saved in config.cfg).
WINDOW = 90  # characters looked at either side of a number for cues
CATEGORY_WINDOW = 300  # a category keyword further from the number is not its topic
CATEGORY_DECAY = 25.0  # characters of distance that cost one point of category priority


def keyword_pattern(keywords: list[str]) -> re.Pattern | None:
    """One category's keywords as one pattern on word boundaries (an apostrophe matches
    either form); None when it has none. A keyword ending in a letter may be followed by
    a footnote's figure glued to it ("English as an additional language7 :")."""
    kws = sorted((k.replace("'", "['\u2019]") if "'" in k else re.escape(k)
                  for k in keywords), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(kws) + r")(?:\b|(?<=[a-z])(?=\d))", re.I) \
        if kws else None


def _in_order(patterns: list[str], months: str, flags: int = re.I) -> re.Pattern:
    """The rules as one alternation that finds what "|".join of them finds, in the same
    order (for finditer, sub and fullmatch, where the first rule to match decides).

    Each run of neighbouring rules whose every match starts at a word boundary sits in a
    group behind one test of it (as in _any_of, but no rule moves): at a position inside
    a word that test fails once for the run instead of once per rule, and where it holds
    the run's rules are tried in their own order, keeping their own '\\b'.
    """
    parts: list[str] = []
    run: list[str] = []
    for p in patterns:
        filled = fill(p, {"MONTHS": months})
        if sre_parse.parse(filled, flags).data[:1] == [(sre_parse.AT, sre_parse.AT_BOUNDARY)]:
            run.append(f"(?:{filled})")
            continue
        if run:
            parts.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        parts.append(f"(?:{filled})")
    if run:
        parts.append(r"\b(?:" + "|".join(run) + ")")
    return re.compile("|".join(parts), flags)


def _fewest_pieces(pieces: list[str]) -> tuple[str, ...]:
    """Of pieces of which one is looked for (`any(p in text ...)`): those holding no other
    piece, once each, in their order. A piece that holds another ("care leavers" holds
    "care") is in a text only where that one is too, so the answer is the same with
    fewer looks."""
    kept = dict.fromkeys(pieces)
    return tuple(p for p in kept if not any(q != p and q in p for q in kept))


class MetricRules:
    """The compiled rules of metrics_rules.json and categories.json (their data as read;
    the package's files when not given), with the component's window settings."""

    def __init__(self, rules: dict[str, Any] | None = None,
                 categories: dict[str, Any] | None = None, *, window: int = WINDOW,
                 category_window: int = CATEGORY_WINDOW,
                 category_decay: float = CATEGORY_DECAY) -> None:
        self.window = window
        self.category_window = category_window
        self.category_decay = category_decay
        self.compile(rules if rules is not None else load_json(RULES_FILE),
                     categories if categories is not None else load_json(CATEGORIES_FILE))

    @classmethod
    def from_data(cls, rules: dict, categories: dict, **settings: Any) -> MetricRules:
        """Rules from dicts already read (the same shape as the two files)."""
        return cls(rules, categories, **settings)

    def month_number(self, name: str) -> int:
        """1 to 12 for a month's name or its short form as month_names writes them."""
        low = name.lower()[:3]
        return next(i for i, full in enumerate(calendar.month_name) if full
                    and full.lower().startswith(low))

    def compile(self, r: dict, cats: dict) -> None:
        months = r["month_names"]
        self.month_names = months
        self.words: dict[str, int] = r["number_words"]
        self.scales: dict[str, int] = r["scale_words"]
        units = "|".join(sorted(self.words, key=len, reverse=True))
        # The tens and the ones of number_words, in its order, make up "twenty-five".
        tens = "|".join(w for w, v in self.words.items() if v in range(20, 100, 10))
        ones = "|".join(w for w, v in self.words.items() if 1 <= v <= 9)
        small = rf"(?:(?:{tens})[-\s](?:{ones})|{units})"
        # A number in words of any size is one number: "Two hundred and sixty",
        # "three thousand four hundred".
        word = rf"{small}(?:[-\s]+(?:hundred|thousand)(?:(?:\s+and)?[-\s]+{small}\b)?)*"
        scale = "|".join(sorted(self.scales, key=len, reverse=True))
        # One scan finds every candidate; the groups say which kind it is.
        # Figures in digits (and money) are found by one scan; the lookaheads on the
        # first character change no match but let the engine pass most positions fast;
        # the one on both (every match starts with £ or a digit) lets it skip to them,
        # twice as fast as the two alone.
        self.number_re = re.compile(
            r"(?=[£\d])"
            rf"(?:(?=£)(?P<money>£\s?(?P<mnum>\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s?(?P<scale>{scale})\b)?)"
            r"|(?=\d)(?<![\d.,£/])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"(?!\d|,\d{3}))",
            re.I,
        )
        self.count_scale_after = _c(r["count_scale_after"], months)
        # Number words are looked for only where one of them is written (str.find is far
        # quicker than trying a long alternation at every character of a report).
        self.word_re = re.compile(rf"\b(?P<word>{word})\b", re.I)
        self.word_keys = sorted(self.words)
        self.percent_after = _c(r["percent_after"], months)
        self.percent_range_after = _c(r["percent_range_after"], months)
        self.rate_after = _c(r["rate_after"], months)
        self.rate_inherit_before = _c(r["rate_inherit_before"], months, tail=True)
        self.rate_given = _c(r["rate_given"], months)
        self.duration_inherit_before = _c(r["duration_inherit_before"], months, tail=True)
        self.percent_threshold_before = _c(r["percent_threshold_before"], months, tail=True)
        self.duration_band_before = _c(r["duration_band_before"], months, tail=True)
        self.duration_band_after = _c(r["duration_band_after"], months)
        self.schedule_before = _c(r["schedule_before"], months, tail=True)
        self.schedule_after = _c(r["schedule_after"], months)
        self.wait_over_before = _c(r["wait_over_before"], months, tail=True)
        self.duration_limit_before = _c(r["duration_limit_before"], months, tail=True)
        self.one_after_reject = _c(r["one_after_reject"], months)
        self.money_exclude_before = _c(r["money_exclude_before"], months, tail=True)
        self.frequency_after = _c(r["frequency_after"], months)
        self.frequency_before = _c(r["frequency_before"], months, tail=True)
        self.frequency_per_after = _c(r["frequency_per_after"], months)
        self.frequency_volume_before = _c(r["frequency_volume_before"], months, tail=True)
        self.further_before = _c(r["further_before"], months, tail=True)
        self.further_period_after = _c(r["further_period_after"], months)
        self.part_quarter = _c(r["part_quarter"], months)
        self.part_after = _c(r["part_after"], months)
        self.age_again_before = _c(r["age_again_before"], months, tail=True)
        self.inspection_sample_before = _c(r["inspection_sample_before"], months, tail=True)
        self.inspection_sample_part_after = _c(r["inspection_sample_part_after"], months)
        self.approval_before = _c(r["approval_before"], months, tail=True)
        self.approval_max: int = r["approval_max"]
        self.caseload_threshold_before = _c(r["caseload_threshold_before"], months, tail=True)
        self.duration_given = _c(r["duration_given"], months)
        self.fraction_words: dict[str, int] = r["fraction_words"]
        self.fraction_numerators: dict[str, int] = r["fraction_numerators"]
        nums = "|".join(sorted(self.fraction_numerators, key=len, reverse=True))
        dens = "|".join(sorted(self.fraction_words, key=len, reverse=True))
        self.fraction_re = re.compile(
            rf"\b(?:(?P<fnum>{nums})[-\s]+)?(?P<fden>{dens})\b", re.I)
        self.fraction_reject_before = _c(r["fraction_reject_before"], months, tail=True)
        self.fraction_reject_after = _c(r["fraction_reject_after"], months)
        self.fraction_accept_before = _c(r["fraction_accept_before"], months, tail=True)
        self.fraction_accept_after = _c(r["fraction_accept_after"], months)
        self.one_in_after = _c(r["one_in_after"], months)
        self.restated_after = _c(r["restated_after"], months)
        self.restated_before = _c(r["restated_before"], months, tail=True)
        self.multiple_words: dict[str, float] = r["multiple_words"]
        self.multiple_verbs = frozenset(w.lower() for w in r["multiple_verbs"])
        mults = "|".join(sorted(self.multiple_words, key=len, reverse=True))
        self.multiple_re = re.compile(rf"\b(?P<mult>{mults})\b", re.I)
        self.times_after = _c(r["times_after"], months)
        self.multiple_accept_after = _c(r["multiple_accept_after"], months)
        self.multiple_reject_after = _c(r["multiple_reject_after"], months)
        self.duration_hyphen_after = _c(r["duration_hyphen_after"], months)
        self.duration_range_unit_after = _c(r["duration_range_unit_after"], months)
        self.duration_half_after = _c(r["duration_half_after"], months)
        self.age_limit_before = _c(r["age_limit_before"], months, tail=True)
        self.age_limit_max: int = r["age_limit_max"]
        self.multiple_reject_before = _c(r["multiple_reject_before"], months, tail=True)
        self.duration_at_before = _c(r["duration_at_before"], months, tail=True)
        self.rank_after = _c(r["rank_after"], months)
        self.rank_before = _c(r["rank_before"], months, tail=True)
        self.duration_at_after = _c(r["duration_at_after"], months)
        self.structure_after = _c(r["structure_after"], months)
        self.structure_max: int = r["structure_max"]
        self.authority_count_after = _c(r["authority_count_after"], months)
        self.works_after = _c(r["works_after"], months)
        self.procedure_before = _c(r["procedure_before"], months, tail=True)
        self.procedure_after = _c(r["procedure_after"], months)
        self.assessed_by_before = _c(r["assessed_by_before"], months, tail=True)
        self.assessed_by_after = _c(r["assessed_by_after"], months)
        self.panel_size_before = _c(r["panel_size_before"], months, tail=True)
        self.inspection_occasion_before = _c(r["inspection_occasion_before"], months, tail=True)
        self.inspection_occasion_after = _c(r["inspection_occasion_after"], months)
        self.excluding_before = _c(r["excluding_before"], months, tail=True)
        self.existence_before = _c(r["existence_before"], months, tail=True)
        self.condition_before = _c(r["condition_before"], months, tail=True)
        self.pilot_before = _c(r["pilot_before"], months, tail=True)
        self.scale_before = _c(r["scale_before"], months, tail=True)
        self.rating_out_of_before = _c(r["rating_out_of_before"], months, tail=True)
        self.rating_out_of_after = _c(r["rating_out_of_after"], months)
        self.personal_had_before = _c(r["personal_had_before"], months, tail=True)
        self.personal_had_after = _c(r["personal_had_after"], months)
        self.inspection_passive_after = _c(r["inspection_passive_after"], months)
        self.schedule_at_before = _c(r["schedule_at_before"], months, tail=True)
        self.schedule_at_after = _c(r["schedule_at_after"], months)
        self.area_compound_after = _c(r["area_compound_after"], months)
        self.sample_before = _c(r["sample_before"], months, tail=True)
        self.sample_after = _c(r["sample_after"], months)
        self.case_example_before = _c(r["case_example_before"], months, tail=True)
        self.case_example_window = int(r["case_example_window"])
        self.example_count_before = _c(r["example_count_before"], months, tail=True)
        self.sample_size_before = _c(r["sample_size_before"], months, tail=True)
        self.sample_bracket_before = _c(r["sample_bracket_before"], months, tail=True)
        self.sample_bracket_after = _c(r["sample_bracket_after"], months)
        self.threshold_before = _c(r["threshold_before"], months, tail=True)
        self.last_before = _c(r["last_before"], months, tail=True)
        self.stage_count_after = _c(r["stage_count_after"], months)
        self.one_of_after = _c(r["one_of_after"], months)
        self.one_of_before = _c(r["one_of_before"], months, tail=True)
        self.threshold_after = _c(r["threshold_after"], months)
        self.structure_definite_before = _c(r["structure_definite_before"], months, tail=True)
        self.structure_units_after = _c(r["structure_units_after"], months)
        self.setup_units_after = _c(r["setup_units_after"], months)
        self.setup_whole_before = _c(r["setup_whole_before"], months, tail=True)
        self.setup_change_before = _c(r["setup_change_before"], months, tail=True)
        self.setup_prep_before = _c(r["setup_prep_before"], months, tail=True)
        self.setup_prep_after = _c(r["setup_prep_after"], months)
        self.setup_bracket_before = _c(r["setup_bracket_before"], months, tail=True)
        self.name_before = _c(r["name_before_cs"], months, 0, tail=True)
        self.name_after = _c(r["name_after"], months, 0)
        self.name_quote_before = _c(r["name_quote_before"], months, tail=True)
        self.rank_band_before = _c(r["rank_band_before"], months, tail=True)
        self.rank_band_after = _c(r["rank_band_after"], months)
        self.rank_band_percent_before = _c(r["rank_band_percent_before"], months, tail=True)
        self.age_point_before = _c(r["age_point_before"], months, tail=True)
        self.age_point_after = _c(r["age_point_after"], months)
        self.age_pair_before = _c(r["age_pair_before"], months, tail=True)
        self.age_point_guard_before = _c(r["age_point_guard_before"], months, tail=True)
        self.age_open_after = _c(r["age_open_after"], months)
        self.age_open_min: int = r["age_open_min"]
        self.age_range_young_after = _c(r["age_range_young_after"], months)
        self.age_range_young_before = _c(r["age_range_young_before"], months, tail=True)
        self.anecdote_people_after = _c(r["anecdote_people_after"], months)
        self.mask_res = [_c(p, months, 0) for p in r["mask"]]
        self.mask_anchors: list[tuple[str, ...]] = [
            tuple(a) for a in r.get("mask_anchors", [[]] * len(self.mask_res))]
        # Only "does any rule exclude it?" is asked of these, so each list is one
        # alternation: a single search instead of one per rule, the same answer.
        self.exclude_before = _any_of(r["exclude_before"], months, tail=True)
        self.exclude_after = _c("|".join(f"(?:{p})" for p in r["exclude_after"]), months)
        self.duration_after = _c(r["duration_after"], months)
        self.duration_measured_before = _c(r["duration_measured_before"], months, tail=True)
        self.duration_measured_after = _c(r["duration_measured_after"], months)
        self.duration_defining_before = _c(r["duration_defining_before"], months, tail=True)
        self.word_after_reject = _c(r["word_after_reject"], months)
        self.one_before_reject = _c(r["one_before_reject"], months, tail=True)
        self.one_count_nouns = _c(r["one_count_nouns"], months)
        self.role_before = [(role, _c(p, months, tail=True)) for role, p in r["role_before"]]
        self.role_after = [(role, _c(p, months)) for role, p in r["role_after"]]
        self.placed_before = _c(r["placed_before"], months, tail=True)
        self.placed_parallel_after = _c(r["placed_parallel_after"], months)
        self.two_groups_before = _c(r["two_groups_before"], months, tail=True)
        self.compared_previous = _c(r["compared_previous"], months, tail=True)
        self.date_after = _c(r["date_after"], months)
        self.from_before = _c(r["from_before"], months, tail=True)
        self.change_words = _c(r["change_words"], months)
        self.change_to_after = _c(r["change_to_after"], months)
        self.range_before = _c(r["range_regex"], months, tail=True)
        self.range_plain_before = _c(r["range_plain_before"], months, tail=True)
        self.range_upto_before = _c(r["range_upto_before"], months, tail=True)
        self.range_some_before = _c(r["range_some_before"], months, tail=True)
        self.range_over_before = _c(r["range_over_before"], months, tail=True)
        self.range_some_after = _c(r["range_some_after"], months)
        self.range_each_before = _c(r["range_each_before"], months, tail=True)
        self.range_each_after = _c(r["range_each_after"], months)
        self.range_each_cap_before = _c(r["range_each_cap_before"], months, tail=True)
        self.previous_set_off_before = _c(r["previous_set_off_before"], months, tail=True)
        self.previous_set_off_after = _c(r["previous_set_off_after"], months)
        self.plan_target_before = _c(r["plan_target_before"], months, tail=True)
        self.qualifiers = [(q, _c(p, months, tail=True)) for q, p in r["qualifiers"]]
        self.one_after_pair = _c(r["one_after_pair"], months, tail=True)
        self.reference_after = _c(r["reference_after"], months)
        self.footnote_after = _c(r["footnote_after"], months, 0)
        self.one_statistic_before = _c(r["one_statistic_before"], months, tail=True)
        self.one_statistic_after = _c(r["one_statistic_after"], months)
        self.one_figure_before = _c(r["one_figure_before"], months, tail=True)
        self.one_figure_after = _c(r["one_figure_after"], months)
        self.times_count_before = _c(r["times_count_before"], months, tail=True)
        self.one_anecdote_after = _c(r["one_anecdote_after"], months)
        self.word_near = _c(r["word_near"], months, 0)
        self.age_range = _c(r["age_range"], months)
        self.age_range_before = _c(r["age_range_before"], months, tail=True)
        self.age_range_guard = _c(r["age_range_guard"], months, tail=True)
        self.age_range_count_before = _c(r["age_range_count_before_cs"], months, 0, tail=True)
        # The layouts of numbers that are no counts: list and paragraph numbers, page
        # numbers of a table of contents, a sentence's opening.
        self.line_number_after = _c(r["line_number_after_cs"], months, 0)
        self.contents_entry_max = int(r["contents_entry_max"])
        self.contents_entry_punctuation = _c(r["contents_entry_punctuation"], months)
        self.contents_entry_reject_before = _c(r["contents_entry_reject_before_cs"], months, 0,
                                               tail=True)
        self.contents_line = _c(r["contents_line_cs"], months, 0)
        self.contents_max = int(r["contents_max"])
        self.contents_run_after = _c(r["contents_run_after_cs"], months, 0)
        self.contents_run_end = _c(r["contents_run_end"], months)
        self.contents_run_punctuation = _c(r["contents_run_punctuation"], months)
        self.contents_run_reject_before = _c(r["contents_run_reject_before"], months, tail=True)
        self.sentence_open_before = _c(r["sentence_open_before"], months, tail=True)
        # The links and words roles.py and description.py read (their comments in the file).
        self.subset_after = _c(r["subset_after"], months)
        self.pair_and_between = _c(r["pair_and_between"], months)
        self.pair_link = _c(r["pair_link_cs"], months, 0)
        self.pair_plain_link = _c(r["pair_plain_link_cs"], months, 0)
        self.range_plain_link = _c(r["range_plain_link_cs"], months, 0)
        self.from_end = _c(r["from_end_cs"], months, 0)
        self.same_figure_between = _c(r["same_figure_between"], months)
        self.same_figure_noun_between = _c(r["same_figure_noun_between"], months)
        self.named_group_between = _c(r["named_group_between_cs"], months, 0)
        self.list_and_between = _c(r["list_and_between"], months)
        self.list_comma_between = _c(r["list_comma_between_cs"], months, 0)
        self.dash_link_between = _c(r["dash_link_between_cs"], months, 0)
        # Matched against a figure's own text (its value as written), not its context.
        self.change_value_end = _c(r["change_value_end"], months)
        self.rank_value_end = _c(r["rank_value_end"], months)
        self.quarter_numbers: dict[str, int] = dict(r["part_quarter_numbers"])
        self.pair_list_link = _c(r["pair_list_link"], months)
        self.period_current = _c(r["period_current"], months)
        self.period_last = _c(r["period_last"], months)
        # The words a period's start and end are read from: PeriodNormaliser compiles them.
        self.period_bounds: dict[str, Any] = {k: r[k] for k in PERIOD_BOUNDS_KEYS}
        # A figure that is a year is no count (numbers.py); a rank's figure ends in an ordinal's
        # letters ("45th").
        self.year = _c(r["period_year"], months, 0)
        self.ordinal_suffixes: tuple[str, ...] = tuple(r["ordinal_suffixes"])
        self.clause_break = _c(r["clause_break"], months)
        self.measure_stop_lead = _c(r["measure_stop_lead"], months)
        self.weak_after = _c(r["weak_after"], months)
        self.trailing_words = _c(r["trailing_words"], months)
        self.measure_article = _c(r["measure_article"], months)
        self.from_tail = _c(r["from_tail"], months)
        self.from_to_subject = _c(r["from_to_subject"], months)
        self.change_verbs_end = _c(r["change_verbs_end"], months)
        self.reporting_cut = _c(r["reporting_cut"], months)
        self.weak_measure = _c(r["weak_measure"], months)
        self.lead_in_head = _c(r["lead_in_head"], months)
        self.to_link_between = _c(r["to_link_between"], months)
        self.period_lead = _c(r["period_lead"], months)
        self.period_opens_span = _c(r["period_opens_span"], months)
        self.next_clause = _c(r["next_clause"], months)
        self.continues_opening = _c(r["continues_opening_cs"], months, 0)
        self.period_re = _in_order(r["period"], months)
        # The periods a number may take: the above and the loose ones ("now").
        self.number_period_re = _in_order(r["period"] + r["period_loose"], months)
        pops = sorted(r["population"], key=len, reverse=True)
        self.population_re = re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in pops) + r")\b", re.I)
        # Categories: one alternation per category, matched on word boundaries.
        self.categories: list[tuple[str, int, re.Pattern]] = []
        # Lower-case literal pieces, one of which any match of the category contains:
        # a cheap `in` test tells which of the patterns are worth running on a sentence.
        self.category_anchors: dict[str, tuple[str, ...]] = {}
        # A keyword may carry a priority of its own (`keyword_priority`): a generic group
        # ("care leavers") names the topic only when nothing more specific stands near,
        # a measure's own word ("caseloads") outranks the team or group it is of.
        for c in cats["categories"]:
            prio = int(c.get("priority", 1))
            own = c.get("keyword_priority", {})
            by_prio: dict[int, list[str]] = {prio: list(c["keywords"])}
            for k, p in own.items():
                by_prio.setdefault(int(p), []).append(k)
            for p, kws in by_prio.items():
                pat = keyword_pattern(kws)
                if pat is not None:
                    self.categories.append((c["key"], p, pat))
            words = [*c["keywords"], *own]
            if words:
                self.category_anchors[c["key"]] = _fewest_pieces(
                    [k.lower().split("'")[0] for k in words])
        self.category_keys = [c["key"] for c in cats["categories"]]
        self.category_priority = {c["key"]: int(c.get("priority", 1)) for c in cats["categories"]}
        # What a count counts: the noun a count stands before ("two play therapists",
        # "the two Children in Care Councils"), a few describing words between, names its
        # category whatever else the sentence or its section says.
        counted = cats.get("counted", {})
        self._check_categories(counted.get("nouns", {}), "counted nouns name")
        self.counted: list[tuple[str, re.Pattern]] = []
        if counted.get("nouns"):
            # Up to `between` words (none of `not_between`, which end a noun phrase or
            # start another: "two of the workers", "two children and their carers").
            stop = "|".join(re.escape(w) for w in counted.get("not_between", []))
            word = (rf"(?!(?:{stop})\s)" if stop else "") + r"[\w'\u2019-]+\s+"
            between = f"(?:{word}){{0,{int(counted.get('between', 0))}}}?"
            for key, nouns in counted["nouns"].items():
                pat = keyword_pattern(nouns)
                if pat is not None:
                    self.counted.append(
                        (key, re.compile(r"\s+" + between + pat.pattern, re.I)))
        # Whom a generic act is for: (its category, the acts' categories it replaces, its names).
        self.acts_for: list[tuple[str, frozenset[str], re.Pattern]] = []
        for t in cats.get("acts_for", []):
            self._check_categories({t["category"], *t["replaces"]}, "acts_for names")
            pat = keyword_pattern(t["names"])
            if pat is not None:
                self.acts_for.append((t["category"], frozenset(t["replaces"]), pat))
        # Where a sentence's clauses part: whom an act is for is read in the number's own.
        brk = cats.get("acts_for_clause_break")
        self.acts_for_clause_break = re.compile(brk, re.I) if brk else None
        # A keyword raised above its category (`keyword_priority`: "caseloads") is raised
        # only in the number's own clause; past such a break it has its category's.
        kb = cats.get("keyword_priority_break")
        self.keyword_priority_break = re.compile(kb, re.I) if kb else None
        # A figure opening its own item of a list of figures reads its topic there first:
        # (what ends the text before such a figure, where the next such item starts).
        fi = cats.get("figure_items")
        self.figure_items: tuple[re.Pattern, ...] | None = (
            tuple(re.compile(fi[k], re.I) for k in ("before", "next", "not_range", "figure"))
            if fi else None)
        # The words framing a count name what it counts: `before` read from the sentence's
        # start up to the number, `after` from the number on ("Bristol has 461 care
        # leavers.", "In four cases, plans had not been progressed").
        # `units`: the units of number a frame applies to (a count, unless it says).
        self.count_frames: list[tuple[str, re.Pattern, re.Pattern, frozenset[str]]] = []
        for g in cats.get("count_frames", []):
            self._check_categories({g["category"]}, "count_frames name")
            self.count_frames.append((g["category"], _c(g["before"], months, tail=True),
                                     _c(g["after"], months),
                                     frozenset(g.get("units", ["count"]))))
        # The whole a sentence takes its parts of ("Of 480 young people in care, 287 ..."):
        # `before` read up to the number, `end` the first mark ending the whole's words.
        w = cats.get("whole_of_parts")
        self.whole_of_parts: tuple[re.Pattern, re.Pattern, re.Pattern | None] | None = (
            _c(w["before"], months, tail=True), _c(w["end"], months),
            _c(w["parts"], months) if w.get("parts") else None) if w else None
        # People counted as trained or attending are what the training reached ("the board
        # trained 640 practitioners", "90 practitioners attended"), not the staff employed.
        self.counted_not_before = keyword_pattern(counted.get("not_before", []))
        self.counted_not_after = keyword_pattern(counted.get("not_after", []))
        # What a campaign or training reached takes its subject's topic: (the subject's
        # category, the words of training or awareness-raising in the number's sentence,
        # the categories whose keyword in the sentence keeps the sentence's own topic).
        self.reach_topics: list[tuple[str, re.Pattern, frozenset[str]]] = []
        for t in cats.get("reach_topics", []):
            keeps = frozenset(t.get("keeps_own", []))
            self._check_categories({t["category"], *keeps}, "reach_topics name")
            self.reach_topics.append((t["category"], re.compile(t["reach"], re.I), keeps))
        # A generic act named bare goes on with the kind of it the sentence before names:
        # the generic category -> its kinds, in order.
        self.generic_kinds: dict[str, tuple[str, ...]] = {}
        for t in cats.get("generic_kinds", []):
            self._check_categories({t["generic"], *t["kinds"]}, "generic_kinds name")
            self.generic_kinds[t["generic"]] = tuple(t["kinds"])
        # Per section (by its judgement area or its heading): the topic of a number whose
        # sentence names none, and the category each keyword's category becomes there.
        self.section_topics: list[tuple[str | None, re.Pattern | None, str, dict[str, str],
                                        re.Pattern | None]] = []
        for t in cats.get("section_topics", []):
            topic = t.get("topic", "")
            repl = t.get("replaces", {})
            over = dict(repl) if isinstance(repl, dict) else dict.fromkeys(repl, topic)
            where = t.get("area") or t.get("heading", "")
            self._check_categories({topic, *over, *over.values()} - {""},
                                   f"section_topics of '{where}' name")
            heading = re.compile(t["heading"], re.I) if "heading" in t else None
            # A sentence naming one of `not_with` keeps its keywords' categories there.
            self.section_topics.append((t.get("area"), heading, topic, over,
                                        keyword_pattern(t.get("not_with", []))))

    def _check_categories(self, keys: Iterable[str], what: str) -> None:
        """A rule naming a category the taxonomy lacks is an error in categories.json."""
        unknown = sorted(set(keys) - set(self.category_keys))
        if unknown:
            raise ValueError(f"{CATEGORIES_FILE}: {what} no category: {', '.join(unknown)}")

    def section_topic(self, area: str, heading: str
                      ) -> tuple[str, dict[str, str], re.Pattern | None]:
        """The topic, the overruled categories and the words that keep a sentence's own
        categories, of a section with this judgement area and heading (the first entry
        naming either; none: ("", {}, None))."""
        heading = " ".join(heading.split())
        for a, h, topic, over, not_with in self.section_topics:
            if (a is not None and a == area) or (h is not None and h.fullmatch(heading)):
                return topic, over, not_with
        return "", {}, None
