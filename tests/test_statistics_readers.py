"""The statistics readers on real example files (tests/data/statistics, see its README):
JSON-stat 2.0 from SCB and Statistics Norway, PxWeb CSV in both layouts, Kolada JSON.

Each format: a line chosen by code and by label, the periods in canonical form, exact
decimals, missing values reported apart, and damaged files refused in one line.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from insatsplan.errors import UserError
from insatsplan.statistics import (
    StatisticsTable,
    parse_where,
    read_statistics,
    read_statistics_bytes,
)

DATA = Path(__file__).parent / "data" / "statistics"


def read(name: str) -> StatisticsTable:
    return read_statistics(DATA / name)


def line(table: StatisticsTable, **where: str) -> list[tuple[str, Decimal]]:
    return [(v.period, v.value) for v in table.select(where).values]


# --- JSON-stat 2.0 -----------------------------------------------------------------------

def test_jsonstat_scb_years_by_code_and_by_label() -> None:
    table = read("scb_medianinkomst_TAB3554.json")
    assert table.format == "JSON-stat"
    assert [d.id for d in table.open_dimensions] == ["Kon"]
    assert table.time_dimension.id == "Tid"
    women = [("2020", Decimal("254.6")), ("2021", Decimal("263")), ("2022", Decimal("277.3"))]
    assert line(table, Kon="2") == women                     # id and code
    assert line(table, **{"kön": "kvinnor"}) == women        # label and label
    assert all(type(v.value) is Decimal for v in table.select({"Kon": "2"}).values)
    selection = table.select({"kön": "kvinnor"})
    assert selection.source == ("SCB: Sammanräknad förvärvsinkomst, medianinkomst för "
                                "boende i Sverige hela året, tkr efter kön, ålder, "
                                "tabellinnehåll och år (TAB3554) (kön kvinnor)")


def test_jsonstat_a_dimension_left_open_lists_its_choices() -> None:
    with pytest.raises(UserError) as caught:
        read("scb_medianinkomst_TAB3554.json").select({})
    message = str(caught.value)
    assert "--where Kon=CODE" in message
    assert "1 (män)" in message and "2 (kvinnor)" in message and "1+2 (totalt)" in message


def test_jsonstat_unknown_dimension_and_category_name_the_choices() -> None:
    table = read("scb_medianinkomst_TAB3554.json")
    with pytest.raises(UserError, match="no dimension Region; its dimensions are: kön"):
        table.select({"Region": "0180"})
    with pytest.raises(UserError, match="kön has no category 3; its categories are"):
        table.select({"Kon": "3"})


def test_jsonstat_quarters_decimals_and_missing_values_from_statistics_norway() -> None:
    table = read("ssb_boligindeks_07221.json")
    oslo = table.select({"Region": "Oslo med Bærum", "Boligtype": "Blokkleiligheter"})
    assert [v.period for v in oslo.values] == [
        "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    assert oslo.values[0].value == Decimal("158.7") and oslo.values[6].value == Decimal("159.8")
    assert oslo.missing == ()
    innlandet = table.select({"region": "007", "boligtype": "02"})
    assert innlandet.values == ()
    assert [(m.period, m.status) for m in innlandet.missing] == [
        (p, "..") for p in ("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4",
                            "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4")]


def test_jsonstat_months_from_scb_api_v2() -> None:
    table = read("scb_folkmangd_manad_TAB6471_trimmed.json")
    assert {d.id for d in table.open_dimensions} == {"Region", "Alder", "Kon"}
    uppsala_girls = line(table, Region="Uppsala län", Alder="10-19", Kon="kvinnor")
    assert uppsala_girls == [("2026-01", Decimal(23485)), ("2026-02", Decimal(23490)),
                             ("2026-03", Decimal(23475)), ("2026-04", Decimal(23486))]
    assert line(table, Region="01", Alder="0-9 år", Kon="TotSa")[0] == ("2026-01",
                                                                        Decimal(245284))


def test_jsonstat_choosing_the_time_dimension_keeps_one_period() -> None:
    table = read("scb_medianinkomst_TAB3554.json")
    assert line(table, Kon="1", Tid="2021") == [("2021", Decimal("343.9"))]


def test_jsonstat_sparse_values_status_for_all_and_a_one_dataset_collection() -> None:
    document = json.loads((DATA / "scb_medianinkomst_TAB3554.json").read_text("utf-8"))
    document["value"] = {"3": 254.6, "5": 277.3}
    document["status"] = ".."
    table = read_statistics_bytes(json.dumps(document).encode(), "sparse.json")
    women = table.select({"Kon": "2"})
    assert [(v.period, v.value) for v in women.values] == [("2020", Decimal("254.6")),
                                                           ("2022", Decimal("277.3"))]
    assert [(m.period, m.status) for m in women.missing] == [("2021", "..")]
    collection = {"version": "2.0", "class": "collection",
                  "link": {"item": [dict(document, **{"class": "dataset"})]}}
    again = read_statistics_bytes(json.dumps(collection).encode(), "collection.json")
    assert again.select({"Kon": "2"}).values == women.values


# --- PxWeb CSV ---------------------------------------------------------------------------

def test_csv_wide_windows_1252_semicolons_decimal_commas_title_and_source() -> None:
    table = read("scb_medianinkomst_TAB3554_wide.csv")
    assert table.format == "PxWeb CSV"
    assert table.title.startswith("Sammanräknad förvärvsinkomst")  # å read as Windows-1252
    assert table.source == "SCB, tabell TAB3554"
    assert [d.label for d in table.dimensions] == ["kön", "ålder", "tid"]
    women = [("2020", Decimal("254.6")), ("2021", Decimal("263")), ("2022", Decimal("277.3"))]
    assert line(table, **{"kön": "2"}) == women          # the cell's code
    assert line(table, **{"kön": "kvinnor"}) == women    # the cell's text
    assert line(table, **{"kön": "2 kvinnor"}) == women  # the cell as written


def test_csv_long_utf8_bom_commas_quarters_and_missing() -> None:
    table = read("ssb_boligindeks_07221_long.csv")
    assert table.time_dimension.label == "kvartal"
    whole = table.select({"region": "Hele landet", "boligtype": "01"})
    assert [(v.period, v.value) for v in whole.values][:2] == [("2022-Q1", Decimal("136.2")),
                                                              ("2022-Q2", Decimal("144.5"))]
    empty = table.select({"region": "007", "boligtype": "Småhus"})
    assert empty.values == () and len(empty.missing) == 8
    assert {m.status for m in empty.missing} == {".."}


def test_csv_folkhalsodata_multi_year_spans_and_code_dash_text_headers() -> None:
    text = ('"Suicid efter region, kön och år"\n'
            '"Region - region";"Kön - kön";"2015-2018";"2016-2019";"2019-2022"\n'
            '"1283 Helsingborg";"Kvinnor";"9,1";"..";"8,75"\n'
            '"1283 Helsingborg";"Män";"19,0";"18,2";"17,4"\n')
    table = read_statistics_bytes(text.encode("cp1252"), "folkhalsodata.csv")
    women = table.select({"Region": "Helsingborg", "kön": "Kvinnor"})
    assert [(v.period, v.value) for v in women.values] == [("2015-2018", Decimal("9.1")),
                                                           ("2019-2022", Decimal("8.75"))]
    assert [(m.period, m.status) for m in women.missing] == [("2016-2019", "..")]


def test_csv_contents_before_the_period_become_a_dimension() -> None:
    text = ('"region","Folkmängd 2023","Folkmängd 2024","Folkökning 2023","Folkökning 2024"\n'
            '"0180 Stockholm",984748,988943,5978,4195\n')
    table = read_statistics_bytes(text.encode(), "two-contents.csv")
    with pytest.raises(UserError, match="tabellinnehåll"):
        table.select({})
    assert line(table, ContentsCode="Folkökning") == [("2023", Decimal(5978)),
                                                      ("2024", Decimal(4195))]


# --- Kolada ------------------------------------------------------------------------------

def test_kolada_fields_and_codes() -> None:
    table = read("kolada_N00945_v2.json")
    assert table.format == "Kolada" and table.source_text == "Kolada: N00945"
    assert [d.id for d in table.open_dimensions] == ["municipality", "gender"]
    assert line(table, municipality="0180", gender="K") == [("2022", Decimal(489770)),
                                                           ("2023", Decimal(492748))]
    # a gender by its Swedish word, the municipality by its code
    assert line(table, municipality="0180", gender="kvinnor") == line(
        table, municipality="0180", gender="K")
    # Göteborg has only the total for 2023; other years and genders are simply absent
    goteborg = table.select({"municipality": "1480", "gender": "T"})
    assert [(v.period, v.value) for v in goteborg.values] == [("2023", Decimal(590580))]
    assert [m.period for m in goteborg.missing] == ["2022"]


def test_kolada_null_value_is_missing_with_its_status() -> None:
    selection = read("kolada_missing_v2.json").select({})
    assert [(v.period, v.value) for v in selection.values] == [("2022", Decimal(978770)),
                                                               ("2023", Decimal(984748))]
    assert [(m.period, m.status) for m in selection.missing] == [("2021", "Saknas")]


# --- damaged files -----------------------------------------------------------------------

def damaged_jsonstat(change: dict[str, object]) -> bytes:
    document = json.loads((DATA / "scb_medianinkomst_TAB3554.json").read_text("utf-8"))
    document.update(change)
    return json.dumps(document).encode()


@pytest.mark.parametrize(("data", "message"), [
    ((DATA / "scb_medianinkomst_TAB3554.json").read_bytes()[:700], "is not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is not a text file"),
    (damaged_jsonstat({"value": [1, 2, 3]}), "holds 3 values where its dimensions need 9"),
    (damaged_jsonstat({"size": [2, 1, 1, 3]}), "Kon has 3 categories but its size says 2"),
    (damaged_jsonstat({"size": [3, 1, 1, 3_000_000]}), "more than"),
    (damaged_jsonstat({"value": ["many"] * 9}), "is not a number"),
    (damaged_jsonstat({"id": "Kon"}), "id is missing or malformed"),
    (b'{"name": "not statistics"}', "neither PxWeb JSON-stat 2.0 nor Kolada JSON"),
    (b'{"values": [{"kpi": "N00945", "municipality": "0180", "period": 2023, '
     b'"values": [{"gender": "T", "value": "many"}]}]}', "is not a number"),
    (b"region;2023\n0180 Stockholm;12,5;13\n0181 X;1\n", "line 2: 3 cells where the header"),
    (b"region;2023\n0180 Stockholm;tolv\n", "line 2, column 2023: tolv is not a number"),
    (b"just a sentence\n", "no header row"),
])
def test_a_damaged_file_is_one_line_naming_it(data: bytes, message: str) -> None:
    with pytest.raises(UserError) as caught:
        read_statistics_bytes(data, "damaged.json").select({"Kon": "1"})
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert "damaged.json" in text


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import insatsplan.statistics as statistics

    monkeypatch.setattr(statistics, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b"1," * 1000 + b"1]")
    with pytest.raises(UserError, match=r"big\.json is larger than"):
        read_statistics(big)


def test_the_format_is_sniffed_from_content_not_the_name(tmp_path: Path) -> None:
    renamed = tmp_path / "download.txt"
    renamed.write_bytes((DATA / "kolada_N00945_v2.json").read_bytes())
    assert read_statistics(renamed).format == "Kolada"
    renamed.write_bytes((DATA / "scb_medianinkomst_TAB3554.json").read_bytes())
    assert read_statistics(renamed).format == "JSON-stat"


def test_parse_where_splits_at_the_first_equals_sign() -> None:
    assert parse_where(["Region=0180", "Alder=0-9 år", "x=a=b"]) == [
        ("Region", "0180"), ("Alder", "0-9 år"), ("x", "a=b")]
    with pytest.raises(UserError, match="DIMENSION=CODE"):
        parse_where(["Region"])


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()
                                        if p.suffix in (".json", ".csv")))
def test_a_file_cut_or_garbled_anywhere_is_a_user_error_never_a_traceback(name: str) -> None:
    data = (DATA / name).read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 100)):
        for variant in (data[:cut], data[:cut] + data[cut + 1:],
                        data[:cut] + b"\xff\x00" + data[cut:]):
            try:
                table = read_statistics_bytes(variant, name)
                table.select([(d.id, d.categories[0].code) for d in table.open_dimensions])
            except UserError as error:
                assert "\n" not in str(error)
