"""CLI translations: the shipped Swedish file is read without Qt, and nothing can hide a message."""

from __future__ import annotations

import os
import shutil
import string
import subprocess
import sys
import types
from pathlib import Path

import pytest

from insatsplan import periods, values
from insatsplan.errors import ERRORS_CONTEXT, UserError, untranslated
from insatsplan.periods import parse_period
from insatsplan.translations import LANGUAGE_ENV, Catalog, cli_translator, normalize_language

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SV_TS = I18N / "insatsplan_sv.ts"
PERIOD_MESSAGE = (
    "Invalid period: {value}. Write for example 2024, VT 2024, HT 2024, 2024 K1, mars 2024, "
    "2024-03-15 or 2019–2022."
)
PERIOD_MESSAGE_SV = (
    "Ogiltig period: {value}. Skriv till exempel 2024, VT 2024, HT 2024, 2024 K1, mars 2024, "
    "2024-03-15 eller 2019–2022."
)

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Halvfärdig</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="obsolete">Föråldrad</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">Försvunnen</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb, a menu item</comment>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Quote &quot;{value}&quot; &amp; more&#xa0;x</source>
        <translation>Citat ”{value}” &amp; mer&#xa0;x</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finished</source>
        <translation>Färdig</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    (tmp_path / "insatsplan_sv.ts").write_text(SAMPLE_TS, encoding="utf-8")
    return tmp_path


def _message_constants(*modules: types.ModuleType) -> list[str]:
    return [
        value
        for module in modules
        for name, value in vars(module).items()
        if name.startswith("_MSG_") and isinstance(value, str)
    ]


# --- the shipped file ------------------------------------------------------------------


def test_shipped_catalog_translates_a_period_message() -> None:
    catalog = Catalog.load(SV_TS)
    assert catalog.translate(ERRORS_CONTEXT, PERIOD_MESSAGE) == PERIOD_MESSAGE_SV


def test_a_user_error_is_shown_in_swedish() -> None:
    with pytest.raises(UserError) as caught:
        parse_period("2024-13")
    translate = cli_translator("sv", i18n_dir=I18N)
    text = caught.value.text(translate)
    assert text.startswith("Ogiltig period: 2024-13. Det finns ingen månad 13;")
    assert "eller 2024-03-15." in text


@pytest.mark.parametrize("source", _message_constants(periods, values))
def test_every_period_and_value_message_has_a_swedish_translation(source: str) -> None:
    translation = Catalog.load(SV_TS).translate(ERRORS_CONTEXT, source)
    assert translation != source
    fields = [f for _, f, _, _ in string.Formatter().parse(translation) if f is not None]
    expected = [f for _, f, _, _ in string.Formatter().parse(source) if f is not None]
    assert sorted(fields) == sorted(expected)


def test_shipped_english_file_is_the_identity() -> None:
    catalog = Catalog.load(I18N / "insatsplan_en.ts")
    assert len(catalog) > 0
    assert catalog.translate(ERRORS_CONTEXT, PERIOD_MESSAGE) == PERIOD_MESSAGE


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None or shutil.which("pyside6-lrelease") is None,
    reason="needs the PySide6 Linguist tools",
)
def test_translations_are_complete_and_compiled() -> None:
    """Every message in the source has a Swedish translation and the .qm files are current.

    If this fails: run ``python tools/update_translations.py``, translate what it lists in
    ``i18n/insatsplan_sv.ts`` and run it again.
    """
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- Catalog ---------------------------------------------------------------------------


def test_catalog_keeps_only_finished_translations(sample_dir: Path) -> None:
    catalog = Catalog.load(sample_dir / "insatsplan_sv.ts")
    assert catalog.translate("Errors", "Finished") == "Klar"
    for source in ("Unfinished", "Obsolete", "Vanished", "Empty"):
        assert catalog.translate("Errors", source) == source
        assert ("Errors", source) not in catalog


def test_catalog_contexts_are_separate(sample_dir: Path) -> None:
    catalog = Catalog.load(sample_dir / "insatsplan_sv.ts")
    assert catalog.translate("MainWindow", "Finished") == "Färdig"
    assert catalog.translate("Elsewhere", "Finished") == "Finished"


def test_catalog_takes_the_first_plural_form(sample_dir: Path) -> None:
    catalog = Catalog.load(sample_dir / "insatsplan_sv.ts")
    assert catalog.translate("Errors", "%n file(s)") == "%n fil"


def test_catalog_ignores_disambiguated_messages_like_qtranslator(sample_dir: Path) -> None:
    catalog = Catalog.load(sample_dir / "insatsplan_sv.ts")
    assert catalog.translate("Errors", "Open") == "Open"


def test_catalog_decodes_entities(sample_dir: Path) -> None:
    catalog = Catalog.load(sample_dir / "insatsplan_sv.ts")
    source = 'Quote "{value}" & more\u00a0x'
    assert catalog.translate("Errors", source) == "Citat ”{value}” & mer\u00a0x"


def test_catalog_load_reports_damage(tmp_path: Path) -> None:
    path = tmp_path / "bad.ts"
    path.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(SyntaxError):  # xml.etree.ElementTree.ParseError
        Catalog.load(path)
    path.write_text("<html/>", encoding="utf-8")
    with pytest.raises(ValueError, match="not a Qt Linguist"):
        Catalog.load(path)


# --- cli_translator --------------------------------------------------------------------


def test_english_is_the_identity(sample_dir: Path) -> None:
    translate = cli_translator("en", i18n_dir=sample_dir)
    assert translate("Errors", "Finished") == "Finished"
    assert translate("Errors", PERIOD_MESSAGE) == PERIOD_MESSAGE


def test_swedish_from_an_explicit_directory(sample_dir: Path) -> None:
    assert cli_translator("sv", i18n_dir=sample_dir)("Errors", "Finished") == "Klar"
    assert cli_translator("sv_SE.UTF-8", i18n_dir=sample_dir)("Errors", "Finished") == "Klar"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not xml at all",
        "<TS><context><name>Errors</name>",  # cut off mid-write
        "<?xml version='1.0'?><html><body/></html>",  # XML, but not a .ts file
        "\udcff",  # not UTF-8 once written with errors="surrogateescape"
    ],
)
def test_a_damaged_file_falls_back_to_english(tmp_path: Path, content: str) -> None:
    (tmp_path / "insatsplan_sv.ts").write_bytes(content.encode("utf-8", "surrogateescape"))
    translate = cli_translator("sv", i18n_dir=tmp_path)
    assert translate("Errors", PERIOD_MESSAGE) == PERIOD_MESSAGE
    with pytest.raises(UserError) as caught:
        parse_period("2024-13")
    assert caught.value.text(translate).startswith("Invalid period: 2024-13.")


def test_a_missing_file_or_language_falls_back_to_english(tmp_path: Path) -> None:
    assert cli_translator("sv", i18n_dir=tmp_path)("Errors", "Finished") == "Finished"
    assert cli_translator("de", i18n_dir=tmp_path)("Errors", "Finished") == "Finished"
    assert cli_translator("sv", i18n_dir=tmp_path / "missing") is untranslated


def test_the_environment_chooses_the_language(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert cli_translator(i18n_dir=sample_dir)("Errors", "Finished") == "Finished"
    monkeypatch.setenv(LANGUAGE_ENV, "sv")
    assert cli_translator(i18n_dir=sample_dir)("Errors", "Finished") == "Klar"
    # An explicit argument beats the environment.
    assert cli_translator("en", i18n_dir=sample_dir)("Errors", "Finished") == "Finished"


@pytest.mark.parametrize("env", [None, "", "  "])
def test_swedish_is_the_default(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch, env: str | None
) -> None:
    if env is None:
        monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    else:
        monkeypatch.setenv(LANGUAGE_ENV, env)
    assert cli_translator(i18n_dir=sample_dir)("Errors", "Finished") == "Klar"


def test_a_strange_language_value_never_reaches_the_file_system(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "../../etc/passwd")
    assert cli_translator(i18n_dir=sample_dir) is untranslated


def test_the_shipped_directory_comes_from_resources(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = types.ModuleType("insatsplan.resources")
    resources.i18n_dir = lambda: sample_dir  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "insatsplan.resources", resources)
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert cli_translator()("Errors", "Finished") == "Klar"


def test_the_real_resources_module_finds_the_shipped_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("insatsplan.resources")
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert cli_translator()(ERRORS_CONTEXT, PERIOD_MESSAGE) == PERIOD_MESSAGE_SV


def test_an_unusable_resources_directory_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Path:
        raise FileNotFoundError("no i18n directory")

    resources = types.ModuleType("insatsplan.resources")
    resources.i18n_dir = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "insatsplan.resources", resources)
    assert cli_translator("sv") is untranslated


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sv", "sv"),
        ("SV", "sv"),
        ("sv_SE", "sv"),
        ("sv-SE", "sv"),
        ("sv_SE.UTF-8", "sv"),
        ("en_GB", "en"),
        ("C", ""),
        ("POSIX", ""),
        ("../sv", ""),
        ("", ""),
    ],
)
def test_normalize_language(given: str, expected: str) -> None:
    assert normalize_language(given) == expected


def test_headless_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import insatsplan.translations, insatsplan.periods, insatsplan.values\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr


def test_a_message_inside_a_message_is_translated_with_it() -> None:
    """A check finding quoting an error, a notice quoting why: one language per line."""
    from insatsplan.errors import QT_TRANSLATE_NOOP, Finding, UserError, UserMessage

    inner = UserError(QT_TRANSLATE_NOOP("Errors", "The workspace {path} is open read-only."),
                      path="w")
    words = {"The workspace {path} is open read-only.": "Arbetsytan {path} är skrivskyddad.",
             "{what} could not be checked ({reason})": "{what} kunde inte kontrolleras "
             "({reason})", "the values": "värdena"}

    def swedish(_context: str, source: str) -> str:
        return words.get(source, source)

    finding = Finding(QT_TRANSLATE_NOOP("Check", "{what} could not be checked ({reason})"),
                      what=Finding(QT_TRANSLATE_NOOP("Check", "the values")), reason=inner)
    assert finding.text(swedish) == "värdena kunde inte kontrolleras (Arbetsytan w är " \
        "skrivskyddad.)"
    notice = UserMessage("{reason}", reason=inner)
    assert notice.text(swedish) == "Arbetsytan w är skrivskyddad."
    assert str(finding) == "the values could not be checked (The workspace w is open " \
        "read-only.)"


def test_the_catalogue_is_read_once_until_it_changes(
        sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command printing thousands of lines asks for the translator per line; reading
    the catalogue each time cost ~20 ms a line. An edited file is read again."""
    folder = tmp_path / "i18n"
    shutil.copytree(sample_dir, folder)
    loads: list[Path] = []
    real_load = Catalog.load
    monkeypatch.setattr(Catalog, "load", classmethod(
        lambda cls, path: loads.append(path) or real_load(path)))
    for _ in range(50):
        assert cli_translator("sv", i18n_dir=folder)("Errors", "Finished") == "Klar"
    assert len(loads) == 1
    ts = folder / "insatsplan_sv.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Klar<", ">Färdig nu<"),
                  encoding="utf-8")
    assert cli_translator("sv", i18n_dir=folder)("Errors", "Finished") == "Färdig nu"
    assert len(loads) == 2
