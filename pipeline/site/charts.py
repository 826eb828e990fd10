"""Build-time SVG charts for the authority pages (matplotlib, no script needed to show them).

Each chart is drawn from plain data by a module-level function, so charts can be drawn in
worker processes; the SVG is deterministic (fixed hash salt, no date, text kept as text).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # no display: draw to files only

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

RC = {
    "svg.hashsalt": "ofsted-site",
    "svg.fonttype": "none",  # text stays text: smaller files, the page's own font
    "font.size": 8,
    "font.family": "DejaVu Sans",
    "axes.spines.top": False,
    "axes.spines.right": False,
}

GRADE_STYLE = {  # colour and the short label drawn in a cell
    "outstanding": ("#1b7837", "O"),
    "good": ("#5aae61", "G"),
    "adequate": ("#e6ab02", "A"),
    "requires_improvement": ("#e6ab02", "RI"),
    "inadequate": ("#c51b7d", "I"),
}
ROLE_STYLE = {  # marker, filled, colour, legend label
    "observed": ("o", True, "#1f5fa8", "this authority"),
    "previous": ("o", False, "#1f5fa8", "earlier figure"),
    "national_average": ("^", True, "#777777", "national average"),
    "comparator": ("D", False, "#777777", "comparator"),
    "target": ("*", True, "#2b8a3e", "target"),
    "range_bound": ("|", True, "#999999", "end of a range"),
}
UNIT_LABEL = {"percent": "%", "rate_per_10000": "per 10,000"}


@dataclass(frozen=True)
class GradeChart:
    columns: tuple[str, ...]  # one per inspection, oldest first
    areas: tuple[str, ...]  # row labels, top to bottom
    cells: tuple[tuple[int, int, str], ...]  # (column, row, grade key or "?" when in conflict)


@dataclass(frozen=True)
class Panel:
    title: str
    unit: str
    points: tuple[tuple[float, float, str], ...]  # (year, value, role)


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    # Margins are set by hand: a tight bounding box or layout would lay out every text twice
    # more, which is most of the time a chart takes.
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def grade_chart(chart: GradeChart) -> str:
    with matplotlib.rc_context(RC):
        n, m = len(chart.columns), len(chart.areas)
        left = 0.3 + 0.062 * max(len(a) for a in chart.areas)  # inches for the area names
        width, height = left + 1.4 * n + 1.7, 0.75 + 0.32 * m
        fig = Figure(figsize=(width, height))
        fig.subplots_adjust(left=left / width, right=1 - 1.7 / width, top=1 - 0.1 / height,
                            bottom=0.55 / height)
        ax = fig.add_subplot()
        styles = [GRADE_STYLE.get(grade, ("#bbbbbb", "?")) for _, _, grade in chart.cells]
        ax.scatter([c[0] for c in chart.cells], [c[1] for c in chart.cells], marker="s", s=330,
                   c=[colour for colour, _ in styles])
        for (col, row, _), (_, short) in zip(chart.cells, styles, strict=True):
            ax.text(col, row, short, ha="center", va="center", fontsize=7, color="white",
                    fontweight="bold")
        ax.set_xlim(-0.6, n - 0.4)
        ax.set_ylim(m - 0.5, -0.5)
        ax.set_xticks(range(n), chart.columns)
        ax.set_yticks(range(m), chart.areas)
        ax.tick_params(length=0)
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        grades = [g for g in GRADE_STYLE if any(c[2] == g for c in chart.cells)]
        if grades:
            handles = [Line2D([], [], marker="s", ls="", color=GRADE_STYLE[g][0], ms=8)
                       for g in grades]
            ax.legend(handles, [g.replace("_", " ") for g in grades], frameon=False,
                      loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
        return _svg(fig)


def metric_panels(panels: tuple[Panel, ...]) -> str:
    with matplotlib.rc_context(RC):
        cols = min(3, len(panels))
        rows = -(-len(panels) // cols)
        width, height = 2.7 * cols, 2.0 * rows + 0.3
        fig = Figure(figsize=(width, height))
        fig.subplots_adjust(left=0.35 / width, right=1 - 0.1 / width, top=1 - 0.55 / height,
                            bottom=0.3 / height, wspace=0.5 / 2.2, hspace=0.55 / 1.45)
        axes = fig.subplots(rows, cols, squeeze=False)
        roles: set[str] = set()
        for ax, panel in zip(axes.flat, panels, strict=False):
            for role, (marker, filled, colour, _label) in ROLE_STYLE.items():
                pts = [(x, y) for x, y, r in panel.points if r == role]
                if not pts:
                    continue
                roles.add(role)
                ax.plot([x for x, _ in pts], [y for _, y in pts], marker=marker, ls="",
                        ms=4.5, color=colour, markerfacecolor=colour if filled else "none")
            # A text, not set_title: a title is moved clear of the ticks by laying out the
            # whole axes again, a fifth of the time a panel takes.
            ax.text(0, 1.04, f"{panel.title}, {UNIT_LABEL.get(panel.unit, panel.unit)}",
                    transform=ax.transAxes, fontsize=8)
            xs = [x for x, _, _ in panel.points]
            years = sorted(set(xs))
            if len(years) <= 5:
                ax.set_xticks(years, [f"{y:.0f}" for y in years])
            else:
                ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
            if panel.unit == "percent":
                ax.set_yticks([0, 50, 100])
            else:
                ax.yaxis.set_major_locator(MaxNLocator(nbins=3))
            ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
            if panel.unit == "percent":
                ax.set_ylim(0, max(100.0, *(y for _, y, _ in panel.points)) * 1.02)
            else:
                ax.set_ylim(0, max(y for _, y, _ in panel.points) * 1.15 or 1)
            ax.tick_params(labelsize=7)
        for ax in list(axes.flat)[len(panels):]:
            ax.set_visible(False)
        order = [r for r in ROLE_STYLE if r in roles]
        handles = [Line2D([], [], marker=ROLE_STYLE[r][0], ls="", color=ROLE_STYLE[r][2],
                          markerfacecolor=ROLE_STYLE[r][2] if ROLE_STYLE[r][1] else "none")
                   for r in order]
        fig.legend(handles, [ROLE_STYLE[r][3] for r in order], loc="upper center",
                   ncols=len(order) or 1, frameon=False, fontsize=7,
                   bbox_to_anchor=(0.5, 1.0))
        return _svg(fig)


def draw(job: tuple[str, GradeChart | tuple[Panel, ...]]) -> tuple[str, str]:
    """(file name, chart data) -> (file name, SVG); runs in a worker process."""
    name, data = job
    svg = grade_chart(data) if isinstance(data, GradeChart) else metric_panels(data)
    return name, svg
