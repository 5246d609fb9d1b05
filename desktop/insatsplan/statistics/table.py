"""One shape for every statistics file: dimensions with categories, and a cell per combination.

PxWeb JSON-stat, PxWeb CSV and Kolada JSON say the same thing in three ways: a value for
each combination of one category from every dimension (region, kön, år, …). A series in
Insatsplan is one line through that cube: one category of every non-time dimension, all
periods. :meth:`StatisticsTable.select` draws that line, choosing categories by code or
by the label the file gives, and refuses to guess when a dimension is left open.

Numbers are :class:`~decimal.Decimal`, never floats: official figures are stored exactly.
No Qt here: the CLI and the editor's dialog both use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.periods import parse_period

_MSG_UNKNOWN_DIMENSION = QT_TRANSLATE_NOOP(
    "Errors", "The file has no dimension {name}; its dimensions are: {choices}.")
_MSG_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "Errors", "The dimension {dimension} has no category {value}; its categories are: "
    "{choices}.")
_MSG_AMBIGUOUS_CATEGORY = QT_TRANSLATE_NOOP(
    "Errors", "{value} matches several categories of {dimension}: {choices}. Use the code.")
_MSG_AMBIGUOUS_DIMENSION = QT_TRANSLATE_NOOP(
    "Errors", "{name} matches several dimensions of the file: {choices}. Use the id.")
_MSG_CHOOSE = QT_TRANSLATE_NOOP(
    "Errors", "The dimension {dimension} has several categories; choose one with "
    "--where {name}=CODE: {choices}.")
_MSG_CHOSEN_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "--where chooses two categories of {dimension} ({choices}); choose one.")
_MSG_PERIOD = QT_TRANSLATE_NOOP(
    "Errors", "The time code {code} in the file is not a period Insatsplan knows: {reason}")
_MSG_TWO_VALUES = QT_TRANSLATE_NOOP(
    "Errors", "The file gives two values for {period} in this selection ({first} and "
    "{second}); choose a category of every dimension.")

_CHOICES_SHOWN = 25


@dataclass(frozen=True)
class Category:
    """One category of a dimension: its code and the text the file gives it."""

    code: str
    label: str

    @property
    def shown(self) -> str:
        """``code (label)`` or the code alone when the file gives no other text."""
        return self.code if not self.label or self.label == self.code else (
            f"{self.code} ({self.label})")


@dataclass(frozen=True)
class Dimension:
    """A dimension of the table: region, kön, år, …

    *names* are every way a person may name it in ``--where`` (the id, the label, both
    parts of a CSV header ``"code - text"``); *is_time* marks the one dimension that
    becomes the measurements' periods.
    """

    id: str
    label: str
    categories: tuple[Category, ...]
    is_time: bool = False
    names: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        return self.label or self.id

    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name in (self.id, self.label, *self.names)
                                   if name))

    def find(self, text: str) -> int:
        """The position of the category whose code or label is *text*.

        Exact matches first (a code wins over a label), then ignoring case and
        surrounding spaces; UserError listing the choices when none or several match.
        """
        wanted = text.strip()
        for attribute in ("code", "label"):
            exact = [i for i, c in enumerate(self.categories)
                     if getattr(c, attribute) == wanted]
            if len(exact) == 1:
                return exact[0]
        folded = wanted.casefold()
        loose = [i for i, c in enumerate(self.categories)
                 if folded in (c.code.strip().casefold(), c.label.strip().casefold(),
                               f"{c.code} {c.label}".casefold(),
                               f"{c.code} - {c.label}".casefold())]
        if len(loose) == 1:
            return loose[0]
        if not loose:
            raise UserError(_MSG_UNKNOWN_CATEGORY, dimension=self.shown, value=wanted,
                            choices=choices_text(c.shown for c in self.categories))
        raise UserError(_MSG_AMBIGUOUS_CATEGORY, dimension=self.shown, value=wanted,
                        choices=choices_text(self.categories[i].shown for i in loose))


@dataclass(frozen=True)
class Cell:
    """One value of the table, or why it is missing (``status`` such as ``".."``)."""

    value: Decimal | None
    status: str = ""


@dataclass(frozen=True)
class SelectedValue:
    """A value of the chosen line: the canonical period text and the exact value."""

    period: str
    value: Decimal
    time_code: str


@dataclass(frozen=True)
class MissingValue:
    """A period the file has no value for in the chosen line (reported, never stored)."""

    period: str
    time_code: str
    status: str


@dataclass(frozen=True)
class Selection:
    """The values of one line through the table, oldest period first."""

    values: tuple[SelectedValue, ...]
    missing: tuple[MissingValue, ...]
    chosen: tuple[tuple[Dimension, Category], ...]
    source: str


def choices_text(items: object) -> str:
    """Choices for a message: comma-separated, the first few when there are many."""
    listed = list(items)  # type: ignore[call-overload]
    shown = ", ".join(str(item) for item in listed[:_CHOICES_SHOWN])
    if len(listed) > _CHOICES_SHOWN:
        shown += f", … (+{len(listed) - _CHOICES_SHOWN})"
    return shown


CellLookup = Callable[[tuple[int, ...]], Cell | None]


@dataclass(frozen=True)
class StatisticsTable:
    """A statistics file read: what it is called, its dimensions, and its cells.

    *cell* gives the cell at a tuple of category positions (one per dimension, in the
    order of *dimensions*), or None where the file holds none (a sparse file). Each reader
    supplies its own lookup, so a large JSON-stat cube is never copied into a dict.
    """

    format: str
    source: str
    title: str
    table_id: str
    file_name: str
    dimensions: tuple[Dimension, ...]
    cell: CellLookup = field(repr=False, compare=False)
    notes: tuple[str, ...] = ()

    @property
    def time_dimension(self) -> Dimension:
        return next(d for d in self.dimensions if d.is_time)

    @property
    def open_dimensions(self) -> tuple[Dimension, ...]:
        """The non-time dimensions with more than one category: the ones to choose."""
        return tuple(d for d in self.dimensions if not d.is_time and len(d.categories) > 1)

    @property
    def source_text(self) -> str:
        """What a measurement's source says: the file's source and table, or the file name.

        "SCB: Folkmängd efter region … (TAB638)", "Kolada: N00945", "ohalsa.csv".
        """
        table = self.title
        if self.table_id and self.table_id not in table:
            table = f"{table} ({self.table_id})" if table else self.table_id
        text = ": ".join(part for part in (self.source, table) if part)
        return text or self.file_name

    def dimension(self, name: str) -> Dimension:
        """The dimension *name* names (id, label or header part; exact, then ignoring case)."""
        wanted = name.strip()
        exact = [d for d in self.dimensions if wanted in d.all_names()]
        if len(exact) == 1:
            return exact[0]
        folded = wanted.casefold()
        loose = exact or [d for d in self.dimensions
                          if folded in (n.strip().casefold() for n in d.all_names())]
        if len(loose) == 1:
            return loose[0]
        if not loose:
            raise UserError(_MSG_UNKNOWN_DIMENSION, name=wanted,
                            choices=choices_text(d.shown for d in self.dimensions))
        raise UserError(_MSG_AMBIGUOUS_DIMENSION, name=wanted,
                        choices=choices_text(d.id for d in loose))

    def select(self, where: Mapping[str, str] | Sequence[tuple[str, str]] = ()
               ) -> Selection:
        """The values of the line *where* chooses: ``{dimension: category}``, each named by
        code or label. Every non-time dimension with several categories must be chosen
        (UserError listing its choices otherwise); choosing the time dimension keeps
        only that period. Missing values are returned apart, to be reported."""
        pairs = list(where.items()) if isinstance(where, Mapping) else list(where)
        chosen: dict[int, int] = {}
        for name, value in pairs:
            dimension = self.dimension(name)
            position, category = self.dimensions.index(dimension), dimension.find(value)
            if chosen.get(position, category) != category:  # not the last one silently
                raise UserError(_MSG_CHOSEN_TWICE, dimension=dimension.shown, choices=", ".join(
                    dimension.categories[i].shown for i in (chosen[position], category)))
            chosen[position] = category
        for position, dimension in enumerate(self.dimensions):
            if position in chosen or dimension.is_time:
                continue
            if len(dimension.categories) != 1:
                raise UserError(_MSG_CHOOSE, dimension=dimension.shown,
                                name=dimension.id if " " not in dimension.id
                                else f'"{dimension.id}"',
                                choices=choices_text(c.shown for c in dimension.categories))
            chosen[position] = 0
        time_position = self.dimensions.index(self.time_dimension)
        time_dimension = self.dimensions[time_position]
        times = ([chosen[time_position]] if time_position in chosen
                 else range(len(time_dimension.categories)))
        values: dict[str, SelectedValue] = {}
        missing: dict[str, MissingValue] = {}
        for time_index in times:
            code = time_dimension.categories[time_index].code
            key = tuple(time_index if p == time_position else chosen[p]
                        for p in range(len(self.dimensions)))
            cell = self.cell(key)
            period = _period_text(code)
            if period in values or period in missing:
                raise UserError(_MSG_TWO_VALUES, period=period,
                                first=(values[period].time_code if period in values
                                       else missing[period].time_code), second=code)
            if cell is None or cell.value is None:
                missing[period] = MissingValue(period, code,
                                               cell.status if cell is not None else "")
            else:
                values[period] = SelectedValue(period, cell.value, code)
        picked = tuple((self.dimensions[p], self.dimensions[p].categories[i])
                       for p, i in sorted(chosen.items()) if p != time_position)
        return Selection(
            values=tuple(sorted(values.values(), key=lambda v: parse_period(v.period))),
            missing=tuple(sorted(missing.values(), key=lambda v: parse_period(v.period))),
            chosen=picked,
            source=self._selection_source(picked))

    def _selection_source(self, picked: tuple[tuple[Dimension, Category], ...]) -> str:
        """The source text, naming the categories chosen where there was a choice."""
        chosen = [f"{d.shown} {c.label or c.code}" for d, c in picked if len(d.categories) > 1]
        return self.source_text + (f" ({', '.join(chosen)})" if chosen else "")


def _period_text(code: str) -> str:
    """The canonical period for a file's time code (2024, 2024K1, 2024M03, 2019-2022)."""
    try:
        return parse_period(code).text
    except UserError as error:
        raise UserError(_MSG_PERIOD, code=code, reason=error) from None


def is_time_code(text: str) -> bool:
    """Whether *text* is a period as statistics files write time (for recognising
    the time dimension by its codes)."""
    try:
        parse_period(text.strip())
    except UserError:
        return False
    return True
