"""What a document's styles and numbering say about a paragraph, in any language.

Word saves a style under an id in the author's language (Swedish Word: "Rubrik1" for
heading 1, "Rubrik" for the title) but keeps the built-in English *name* ("heading 1",
"Title"); the outline level (``w:outlineLvl``) and numbering (``w:numPr``) are
language-free too. Each is resolved through the ``w:basedOn`` chain, nearest first,
with a guard against loops, once per style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL: Final = f"{W}val"
#: Built-in heading names; some producers write a localised name instead.
_HEADING_NAME: Final = re.compile(
    r"^(?:heading|rubrik|overskrift|otsikko|überschrift|titre|kop) ?([1-9])$")
_FALSE: Final = frozenset({"0", "false", "off", "none"})
_MAX_CHAIN: Final = 32


def on(element: Any) -> bool:
    """A toggle property (``w:b``, ``w:i``, ``w:pageBreakBefore``) that is set: present
    without ``w:val`` or with a true one."""
    return element is not None and str(element.get(_VAL, "1")).strip().lower() not in _FALSE


def int_attr(element: Any, name: str, default: int | None = None) -> int | None:
    """An integer attribute; *default* when absent or not a number."""
    if element is None:
        return default
    value = element.get(name)
    if value is None:
        return default
    try:
        return int(float(str(value).strip()))
    except (ValueError, OverflowError):  # "abc", "nan"; "1e999" is infinity
        return default


@dataclass(frozen=True)
class StyleInfo:
    """One style with what its chain gives: lower-case built-in *name*, heading level,
    numbering (numId, ilvl), run formatting, left indent, page break before."""

    name: str = ""
    heading_level: int | None = None
    num: tuple[str, int | None] | None = None
    bold: bool | None = None
    italic: bool | None = None
    indent: int | None = None
    page_break_before: bool = False


NO_STYLE: Final = StyleInfo()


def heading_from_name(name: str) -> int | None:
    match = _HEADING_NAME.match(name)
    return int(match.group(1)) if match else None


class Styles:
    """The style table of ``styles.xml`` (empty without one) and ``numbering.xml``."""

    def __init__(self, styles: Any, numbering: Any) -> None:
        self._raw: dict[str, Any] = {}
        self._default_paragraph = ""
        if styles is not None:
            for style in styles.iter(f"{W}style"):
                style_id = str(style.get(f"{W}styleId") or "")
                if style_id and style_id not in self._raw:
                    self._raw[style_id] = style
                if (style.get(f"{W}type") == "paragraph" and on_default(style)
                        and not self._default_paragraph):
                    self._default_paragraph = style_id
        self._resolved: dict[str, StyleInfo] = {}
        self._numbering = Numbering(numbering, self)

    def paragraph(self, style_id: str) -> StyleInfo:
        """The resolved paragraph style *style_id* (the default style when empty)."""
        return self.resolve(style_id or self._default_paragraph)

    def resolve(self, style_id: str) -> StyleInfo:
        if not style_id:
            return NO_STYLE
        found = self._resolved.get(style_id)
        if found is None:
            found = self._resolved[style_id] = self._resolve(style_id)
        return found

    def _resolve(self, style_id: str) -> StyleInfo:
        chain: list[Any] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and len(chain) < _MAX_CHAIN:
            seen.add(current)
            style = self._raw.get(current)
            if style is None:
                break
            chain.append(style)
            based = style.find(f"{W}basedOn")
            current = str(based.get(_VAL) or "") if based is not None else None
        name = ""
        if chain:
            element = chain[0].find(f"{W}name")
            name = " ".join(str(element.get(_VAL) or "").lower().split()) if (
                element is not None) else ""
        heading: int | None = None
        num: tuple[str, int | None] | None = None
        bold: bool | None = None
        italic: bool | None = None
        indent: int | None = None
        page_break = False
        heading_done = num_done = page_done = False
        for style in chain:
            ppr = style.find(f"{W}pPr")
            rpr = style.find(f"{W}rPr")
            if not heading_done:
                name_element = style.find(f"{W}name")
                by_name = heading_from_name(
                    " ".join(str(name_element.get(_VAL) or "").lower().split())
                    if name_element is not None else "")
                outline = int_attr(ppr.find(f"{W}outlineLvl") if ppr is not None else None,
                                   _VAL)
                if outline is not None:
                    heading = outline + 1 if 0 <= outline <= 8 else None
                    heading_done = True
                elif by_name is not None:
                    heading, heading_done = by_name, True
            if ppr is not None:
                numpr = ppr.find(f"{W}numPr")
                if not num_done and numpr is not None:
                    num_id = numpr.find(f"{W}numId")
                    level = int_attr(numpr.find(f"{W}ilvl"), _VAL)
                    if num_id is not None:
                        num = (str(num_id.get(_VAL) or ""), level)
                        num_done = True
                if indent is None:
                    indent = left_indent(ppr.find(f"{W}ind"))
                if not page_done:
                    element = ppr.find(f"{W}pageBreakBefore")
                    if element is not None:
                        page_break, page_done = on(element), True
            if rpr is not None:
                if bold is None and rpr.find(f"{W}b") is not None:
                    bold = on(rpr.find(f"{W}b"))
                if italic is None and rpr.find(f"{W}i") is not None:
                    italic = on(rpr.find(f"{W}i"))
        return StyleInfo(name, heading, num, bold, italic, indent, page_break)

    def list_of(self, num: tuple[str, int | None] | None) -> tuple[int, str] | None:
        """(level, kind "bullet"/"number") of a paragraph's numbering, or None when Word
        shows no number or bullet (numId 0, an unknown list, a level without text)."""
        return self._numbering.level(num)


def on_default(style: Any) -> bool:
    return str(style.get(f"{W}default") or "").lower() in ("1", "true", "on")


def left_indent(ind: Any) -> int | None:
    """The left (start) indent of a ``w:ind`` in twips, or None when it sets none."""
    if ind is None:
        return None
    return int_attr(ind, f"{W}left", int_attr(ind, f"{W}start"))


class Numbering:
    """``numbering.xml``: which numbering instances show bullets and which numbers."""

    def __init__(self, numbering: Any, styles: Styles) -> None:
        self._styles = styles
        self._nums: dict[str, Any] = {}
        self._abstracts: dict[str, Any] = {}
        self._cache: dict[tuple[str, int], tuple[int, str] | None] = {}
        if numbering is None:
            return
        for num in numbering.iter(f"{W}num"):
            self._nums.setdefault(str(num.get(f"{W}numId") or ""), num)
        for abstract in numbering.iter(f"{W}abstractNum"):
            self._abstracts.setdefault(str(abstract.get(f"{W}abstractNumId") or ""), abstract)

    def level(self, num: tuple[str, int | None] | None) -> tuple[int, str] | None:
        if num is None:
            return None
        num_id, level = num[0].strip(), num[1] or 0
        if not num_id or num_id == "0":
            return None
        level = min(max(level, 0), 8)
        key = (num_id, level)
        if key not in self._cache:
            self._cache[key] = self._level(num_id, level)
        return self._cache[key]

    def _level(self, num_id: str, level: int) -> tuple[int, str] | None:
        lvl = self._lvl(num_id, level, set())
        if lvl is None:
            # Numbering is referenced but missing or broken: still a list; the
            # commonest kind, a bullet, is the safer guess for a heading-free text.
            return (level, "bullet") if num_id in self._nums or not self._nums else None
        fmt = lvl.find(f"{W}numFmt")
        kind = str(fmt.get(_VAL) or "decimal") if fmt is not None else "decimal"
        text = lvl.find(f"{W}lvlText")
        shown = str(text.get(_VAL) or "") if text is not None else "x"
        if kind == "none" or not shown.strip():
            return None
        return level, "bullet" if kind == "bullet" else "number"

    def _lvl(self, num_id: str, level: int, seen: set[str]) -> Any:
        num = self._nums.get(num_id)
        if num is None or num_id in seen or len(seen) > _MAX_CHAIN:
            return None
        seen.add(num_id)
        for override in num.iter(f"{W}lvlOverride"):
            if int_attr(override, f"{W}ilvl") == level:
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    return lvl
        abstract_ref = num.find(f"{W}abstractNumId")
        abstract = self._abstracts.get(str(abstract_ref.get(_VAL) or "")) if (
            abstract_ref is not None) else None
        if abstract is None:
            return None
        link = abstract.find(f"{W}numStyleLink")
        if link is not None:  # the list lives in a numbering style's own numbering
            style = self._styles.resolve(str(link.get(_VAL) or ""))
            return self._lvl(style.num[0], level, seen) if style.num else None
        for lvl in abstract.iter(f"{W}lvl"):
            if int_attr(lvl, f"{W}ilvl") == level:
                return lvl
        return None
