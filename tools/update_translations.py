#!/usr/bin/env python3
"""Regenerate the translation files from the source, or check that they are complete and current.

    python tools/update_translations.py          # update i18n/*.ts, compile i18n/*.qm
    python tools/update_translations.py --check  # exit 1 if anything needs doing (CI)

Messages are collected by ``pyside6-lupdate`` from every ``*.py`` file under
``desktop/insatsplan``: Qt's ``tr()``/``translate()`` in the UI and the Qt-free
``QT_TRANSLATE_NOOP("Context", "text")`` marker in :mod:`insatsplan.errors` elsewhere.
lupdate reads Python *text*, not Python: it only sees calls whose context and message are
string literals, spelled ``QT_TRANSLATE_NOOP`` (bare or as ``module.QT_TRANSLATE_NOOP``).
A constant context, an alias (``import ... as N``) or an f-string is skipped silently, so
this script checks for those itself.

English is the source language: ``insatsplan_en.ts`` is filled with the English text as
finished translations automatically. Swedish, the default language, is translated by hand
in ``insatsplan_sv.ts`` (Qt Linguist or a text editor: write the ``<translation>`` and
remove ``type="unfinished"``). ``.qm`` files are compiled with ``-nounfinished``, the same
rule :class:`insatsplan.translations.Catalog` applies to the ``.ts`` files the CLI reads.

Standard library and the PySide6 command-line tools only, so it runs in any checkout.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop" / "insatsplan"
I18N_DIR = ROOT / "i18n"
SOURCE_LANGUAGE = "en"
# File language code -> Qt target language written into a new .ts file.
LANGUAGES = {"sv": "sv_SE", "en": "en"}
IDENTITY_LANGUAGES = frozenset({SOURCE_LANGUAGE})
MARKERS = frozenset({"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"})
_SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})


class ToolError(Exception):
    """A Qt tool is missing or failed: nothing about the translations can be said."""


@dataclass(frozen=True)
class Message:
    """One message of a .ts file, as far as completeness is concerned."""

    context: str
    source: str
    comment: str
    translation: str | None  # None: missing, unfinished, obsolete or empty

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        where = f"[{self.context}]" if not self.comment else f"[{self.context} / {self.comment}]"
        return f"{where} {self.source!r}"


def ts_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"insatsplan_{lang}.ts"


def qm_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"insatsplan_{lang}.qm"


def source_files() -> list[Path]:
    """Every Python file lupdate reads, relative to the repository root, in a stable order."""
    files = (p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(p.relative_to(ROOT) for p in files)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolError(f"{name} not found on PATH (it comes with PySide6)")
    return found


def _run(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    # lupdate reports problems in source files as warnings on stderr; pass them on.
    for line in (result.stderr or "").splitlines():
        print(f"  {Path(command[0]).name}: {line}", file=sys.stderr)
    if result.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed with exit code {result.returncode}")


def run_lupdate(ts: Path, lang: str, files: list[Path]) -> None:
    """Merge the messages in *files* into *ts* (created if missing), dropping vanished ones."""
    _run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            LANGUAGES[lang],
            *(str(f) for f in files),
            "-ts",
            str(ts),
        ]
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile *ts* into *qm*, leaving unfinished translations out as the CLI does."""
    _run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


def fill_identity(ts: Path) -> int:
    """Make every message of the source-language file its own finished translation.

    Written with ElementTree, so the caller runs lupdate again to restore lupdate's own
    layout. Returns how many messages changed.
    """
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not forms:
                forms = [ET.SubElement(translation, "numerusform")]
            already = all(f.text == source for f in forms) and "type" not in translation.attrib
            for form in forms:
                form.text = source
        else:
            already = translation.text == source and "type" not in translation.attrib
            translation.text = source
        translation.attrib.pop("type", None)
        changed += not already
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def read_messages(ts: Path) -> list[Message]:
    """The messages of *ts* in file order, with ``translation=None`` where none is usable."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            text: str | None = None
            if element is not None and element.get("type") not in _SKIPPED_TYPES:
                forms = element.findall("numerusform")
                texts = [f.text or "" for f in forms] if forms else [element.text or ""]
                text = texts[0] if all(texts) else None
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=text,
                )
            )
    return messages


def _fields(text: str) -> list[str] | None:
    """The ``{placeholders}`` of a str.format template, sorted; None if it is not one."""
    try:
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)
    except ValueError:
        return None


def placeholder_problems(messages: list[Message]) -> list[str]:
    """Translations whose ``{placeholders}`` differ from the source's.

    :meth:`insatsplan.errors.UserError.text` falls back to English when a translation's
    placeholders are broken, so such a translation would silently never be shown.
    """
    problems = []
    for message in messages:
        if message.translation is None:
            continue
        if _fields(message.translation) != _fields(message.source):
            problems.append(f"{message.describe()}: placeholders differ in {message.translation!r}")
    return problems


def marker_problems(files: list[Path]) -> list[str]:
    """Marker calls lupdate would skip without a word: the message would never be translated."""
    problems = []
    for relative in files:
        path = ROOT / relative
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(relative))
        except (SyntaxError, UnicodeDecodeError) as error:
            problems.append(f"{relative}: cannot be read: {error}")
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in MARKERS and alias.asname not in (None, alias.name):
                        problems.append(
                            f"{relative}:{node.lineno}: {alias.name} imported as {alias.asname}; "
                            "lupdate only recognises the name itself"
                        )
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in MARKERS:
                continue
            literal_count = 1 if name == "QT_TR_NOOP" else 2
            arguments = node.args[:literal_count]
            if len(arguments) < literal_count or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments
            ):
                problems.append(
                    f"{relative}:{node.lineno}: {name}(...) needs plain string literals "
                    "for the context and the text, or lupdate skips it"
                )
    return problems


def update() -> int:
    """Update every .ts file from the source and compile every .qm file."""
    files = source_files()
    for problem in marker_problems(files):
        print(f"warning: {problem}", file=sys.stderr)
    I18N_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        run_lupdate(ts, lang, files)
        if lang in IDENTITY_LANGUAGES and fill_identity(ts):
            run_lupdate(ts, lang, files)  # back to lupdate's layout
        run_lrelease(ts, qm_path(lang))
        messages = read_messages(ts)
        missing = [m for m in messages if m.translation is None]
        print(f"{ts.relative_to(ROOT)}: {len(messages)} messages, {len(missing)} untranslated")
        for message in missing:
            print(f"  untranslated: {message.describe()}")
    return 0


def check() -> int:
    """Report everything that stops the shipped translations from matching the source."""
    files = source_files()
    problems = list(marker_problems(files))
    with tempfile.TemporaryDirectory(prefix="insatsplan-i18n-") as temp_name:
        temp = Path(temp_name)
        for lang in LANGUAGES:
            ts, qm = ts_path(lang), qm_path(lang)
            shown = ts.relative_to(ROOT)
            if not ts.exists():
                problems.append(f"{shown}: missing")
                continue

            # What the source holds now: lupdate over a copy, so the checkout is untouched.
            fresh = ts_path(lang, temp)
            shutil.copyfile(ts, fresh)
            run_lupdate(fresh, lang, files)
            shipped_keys = {m.key for m in read_messages(ts)}
            fresh_messages = read_messages(fresh)
            fresh_keys = {m.key for m in fresh_messages}
            for message in fresh_messages:
                if message.key not in shipped_keys:
                    problems.append(f"{shown}: not collected yet: {message.describe()}")
                elif message.translation is None:
                    problems.append(f"{shown}: untranslated: {message.describe()}")
            if shipped_keys - fresh_keys:
                problems.append(
                    f"{shown}: {len(shipped_keys - fresh_keys)} message(s) no longer in the source"
                )
            problems.extend(f"{shown}: {p}" for p in placeholder_problems(fresh_messages))

            # The compiled file must be exactly what lrelease makes of the shipped .ts.
            compiled = qm_path(lang, temp)
            run_lrelease(ts, compiled)
            if not qm.exists():
                problems.append(f"{qm.relative_to(ROOT)}: missing")
            elif qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.relative_to(ROOT)}: out of date with {shown}")

    if problems:
        print("Translations need work (run tools/update_translations.py, then translate):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("Translations are complete and up to date.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a message is untranslated or a file is out of date",
    )
    args = parser.parse_args(argv)
    try:
        return check() if args.check else update()
    except (ToolError, OSError, ET.ParseError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
