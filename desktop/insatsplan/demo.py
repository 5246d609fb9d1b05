"""Demo content: one realistic plan to try the program with, and big plans for benchmarks.

:func:`add_demo_plan` writes a hand-made plan for the fictional city of Exempelstad
through the ordinary :class:`~insatsplan.workspace.Workspace` operations, exactly as a
coordinator would build it, so the demo also exercises the one write path.
Its content is fixed data, never random, so screenshots, exports and tests see the same
plan every time.

:func:`add_scaled_demo` makes many years of large plans for benchmarks. At that size the
per-operation API (one transaction per node) would take many minutes, so it builds each
plan in a single workspace operation with bulk inserts of the ORM entities, setting every
column the workspace would otherwise set (UUIDs, dense positions, horizons, search text,
audit columns). Its tests check those invariants against the API's own rules.

No Qt here: the CLI and the benchmarks use this module headless.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuidlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.model import (
    Evaluation,
    Indicator,
    Measurement,
    Node,
    Plan,
    PlanParty,
    Series,
    Signatory,
)
from insatsplan.periods import Period, parse_period
from insatsplan.text import clean
from insatsplan.workspace.api import Workspace, search_text_of
from insatsplan.workspace.core import DEFAULT_ORGANISATIONS, Change

# ---------------------------------------------------------------------------------------
# The hand-made demo plan
# ---------------------------------------------------------------------------------------

CITY: Final = "Exempelstad"
DEMO_YEAR: Final = 2025
PARTY_CODES: Final = ("AMF", "SFF", "SOF", "VOF")


def plan_title(year: int) -> str:
    """The title real plans use: the area and the year, which people search for."""
    return f"Insatser inom området psykisk hälsa och suicidprevention {year}"


DEMO_SUBTITLE: Final = (
    "Överenskommelse mellan arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, "
    f"socialförvaltningen och vård- och omsorgsförvaltningen i {CITY}"
)


def plan_preamble(year: int) -> str:
    """The purpose paragraphs; the reporting deadline is the year after the plan's."""
    return (
        f"Syftet med överenskommelsen är att förvaltningarna i {CITY} tillsammans ska "
        "främja invånarnas psykiska hälsa, upptäcka psykisk ohälsa tidigt och förebygga "
        "suicid. Överenskommelsen beskriver vad parterna gör gemensamt under året och hur "
        "arbetet följs upp.\n\n"
        "Arbetet utgår från barnets bästa, en jämlik hälsa och den enskildes delaktighet. "
        "Insatserna bygger på bästa tillgängliga kunskap och planeras i samverkan med "
        "Region Exempellän, civilsamhället och brukarorganisationerna.\n\n"
        "Psykiatrisamordnaren håller samman arbetet, samlar in uppgifter om insatser som "
        "finansieras med **stimulansmedel** och redovisar dem senast den 1 mars "
        f"{year + 1}."
    )


def plan_basis(year: int) -> list[str]:
    """The "Denna överenskommelse har sin grund i:" list: three items, one with a link."""
    return [
        "Överenskommelse mellan staten och Sveriges Kommuner och Regioner om insatser inom "
        f"området psykisk hälsa och suicidprevention {year}",
        "Den nationella strategin inom området psykisk hälsa och suicidprevention, se "
        "[Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)",
        f"Regional handlingsplan för psykisk hälsa och suicidprevention i Exempellän "
        f"{year - 1}–{year + 1}",
    ]


DEMO_COORDINATOR: Final = "Lena Holmgren"
DEMO_SIGNATORIES: Final = (
    {"name": "Karin Lindqvist", "title": "Arbetsmarknadsdirektör", "organisation_code": "AMF"},
    {"name": "Johan Ekström", "title": "Skol- och fritidsdirektör", "organisation_code": "SFF"},
    {"name": "Maria Sandberg", "title": "Socialdirektör", "organisation_code": "SOF"},
    {"name": "Per Åkesson", "title": "Vård- och omsorgsdirektör", "organisation_code": "VOF"},
)

FOLKHALSOENKAT: Final = "Folkhälsoenkät"
DODSORSAKSREGISTRET: Final = "Dödsorsaksregistret"
VERKSAMHETSSTATISTIK: Final = "Verksamhetsstatistik"
STIMULANSMEDEL: Final = "Stimulansmedel"


@dataclass(frozen=True)
class DemoGoal:
    """A bullet in a goal list; children print as the nested bullets below it."""

    title: str
    children: tuple[DemoGoal, ...] = ()


@dataclass(frozen=True)
class DemoIndicator:
    """An indicator with its series' unit and measurements as ``(period, value)`` text.

    Values are written the way a coordinator types them ("9,5", "38 400"), so the demo
    also goes through the Swedish value parser.
    """

    title: str
    unit: str
    direction: str
    data_source: str
    measurements: tuple[tuple[str, str], ...]
    baseline: tuple[str, str] | None = None
    target: tuple[str, str] | None = None
    # (green min, green max, yellow min, yellow max); None is an open end.
    levels: tuple[str | None, str | None, str | None, str | None] | None = None


@dataclass(frozen=True)
class DemoEvaluation:
    period: str
    status: str
    text: str
    participants: int | None = None


@dataclass(frozen=True)
class DemoTopic:
    """A topic: intro paragraphs, the four sections, labelled fields and follow-up."""

    title: str
    intro: str = ""
    short_goals: tuple[DemoGoal, ...] = ()
    short_indicators: tuple[DemoIndicator, ...] = ()
    long_goals: tuple[DemoGoal, ...] = ()
    long_indicators: tuple[DemoIndicator, ...] = ()
    # Keyword arguments for Workspace.update_node: the report's labelled fields.
    fields: Mapping[str, Any] = field(default_factory=dict)
    evaluations: tuple[DemoEvaluation, ...] = ()


@dataclass(frozen=True)
class DemoFocusArea:
    title: str
    topics: tuple[DemoTopic, ...]
    intro: str = ""


def _g(title: str, *children: str) -> DemoGoal:
    return DemoGoal(title, tuple(DemoGoal(child) for child in children))


DEMO_FOCUS_AREAS: Final = (
    DemoFocusArea(
        "Förebyggande och främjande arbete",
        intro="Insatser som stärker skyddsfaktorer och når många invånare innan problem "
        "uppstår.",
        topics=(
            DemoTopic(
                "Föräldraskapsstöd",
                intro="Ett tryggt föräldraskap är en av de starkaste skyddsfaktorerna för "
                "barns psykiska hälsa. Exempelstad erbjuder föräldraskapsstöd i grupp till "
                "föräldrar med barn i åldern 3–17 år.\n\n"
                "Stödet ges av socialförvaltningen och skol- och fritidsförvaltningen "
                "tillsammans, på svenska och på de vanligaste modersmålen i staden.",
                short_goals=(
                    _g(
                        "Erbjuda föräldraskapsprogrammet **ABC** (Alla Barn i Centrum) i "
                        "samtliga stadsdelar under 2025.",
                        "Minst två gruppomgångar per termin ges på annat språk än svenska.",
                        "Utbilda sex nya gruppledare inom förskola och fritidsgård.",
                    ),
                    _g(
                        "Pröva digitala föräldraträffar för föräldrar till tonåringar med "
                        "stöd av material från "
                        "[Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal föräldrar som deltagit i föräldraskapsprogram",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2023-VT", "96"), ("2023-HT", "118"), ("2024-VT", "131"),
                         ("2024-HT", "142"), ("2025-VT", "150")),
                        baseline=("96", "2023-VT"), target=("160", "2025-HT"),
                        levels=("140", None, "100", "140"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Alla föräldrar i Exempelstad har tillgång till evidensbaserat "
                        "föräldraskapsstöd under barnets hela uppväxt."
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel föräldrar som känner sig tryggare i föräldrarollen efter "
                        "avslutat program",
                        "procent", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "78"), ("2022", "81"), ("2023", "80"), ("2024", "84"),
                         ("2025", "86")),
                        baseline=("78", "2021"), target=("90", "2027"),
                        levels=("85", None, "75", "85"),
                    ),
                ),
                fields={
                    "background": "Föräldrar efterfrågar stöd i vardagliga konflikter och i "
                    "frågor om skärmtid, sömn och skolfrånvaro.",
                    "purpose": "Att stärka föräldrars förmåga att stödja sina barns "
                    "psykiska hälsa.",
                    "target_group": "Föräldrar till barn och unga 3–17 år.",
                    "responsible_organisations": ["SOF", "SFF"],
                    "responsible_people": "Enhetschef för föräldraskapsstöd, SOF; "
                    "samordnare för främjande arbete, SFF.",
                    "timeline": "Januari–december 2025.",
                    "measurable_answer": "yes",
                    "measurable_text": "Antal deltagare per termin och en enkät efter "
                    "avslutat program.",
                    "funding_source": STIMULANSMEDEL,
                    "funding_amount": "420000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2024", "done",
                        "Nio gruppomgångar genomfördes. Två gruppledare slutade under hösten "
                        "och ersattes först i december.",
                        participants=273,
                    ),
                    DemoEvaluation(
                        "2025", "done",
                        "Elva gruppomgångar genomfördes, varav tre på arabiska och två på "
                        "somaliska. Deltagarna beskriver att de fått verktyg för vardagens "
                        "konflikter: ”Jag skäller mindre och lyssnar mer.”",
                        participants=292,
                    ),
                ),
            ),
            DemoTopic(
                "Psykisk hälsa i skolan",
                intro="Elevhälsan arbetar främjande och förebyggande så att alla elever når "
                "målen för utbildningen och mår bra i skolan.",
                short_goals=(
                    _g(
                        "Införa samtalsmaterial om stress och sömn i årskurs 7 på alla "
                        "grundskolor, med stöd av [Skolverket](https://www.skolverket.se).",
                        "Skolsköterskorna följer upp materialet vid hälsosamtalen i årskurs 8.",
                    ),
                    _g(
                        "Fördjupa samarbetet mellan elevhälsan och första linjen så att elever "
                        "med lindrig psykisk ohälsa får stöd inom två veckor."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal elever som fått stöd av elevhälsans kuratorer",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2023-HT", "410"), ("2024-VT", "455"), ("2024-HT", "470"),
                         ("2025-VT", "498")),
                        target=("500", "2025-HT"),
                        levels=("480", None, "400", "480"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Andelen elever som uppger gott psykiskt välbefinnande ökar till grön "
                        "nivå år 2030."
                    ),
                    _g(
                        "**Ingen elev** ska behöva vänta mer än en vecka på ett första samtal "
                        "med elevhälsan."
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel elever i årskurs 9 som uppger gott psykiskt välbefinnande",
                        "procent", "rise", FOLKHALSOENKAT,
                        (("2021", "64"), ("2022", "62"), ("2023", "65"), ("2024", "68"),
                         ("2025", "69")),
                        baseline=("64", "2021"), target=("75", "2030"),
                        levels=("72", None, "65", "72"),
                    ),
                ),
                evaluations=(
                    DemoEvaluation(
                        "2025", "ongoing",
                        "Samtalsmaterialet används på nio av tolv grundskolor. De tre "
                        "återstående skolorna börjar under höstterminen.",
                        participants=860,
                    ),
                ),
            ),
            DemoTopic(
                "Meningsfull fritid",
                short_goals=(
                    _g(
                        "Hålla fritidsgårdarna öppna under sommarlovet med aktiviteter som "
                        "unga själva planerar och leder."
                    ),
                    _g(
                        "Ge ledare i föreningslivet en introduktion i att uppmärksamma "
                        "psykisk ohälsa hos barn och unga."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal besök på stadens fritidsgårdar",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "38 400"), ("2022", "41 200"), ("2023", "44 900"),
                         ("2024", "47 300"), ("2025", "49 100")),
                    ),
                ),
                long_goals=(
                    _g(
                        "Alla barn och unga i Exempelstad har tillgång till en meningsfull "
                        "fritid, oavsett föräldrarnas ekonomi."
                    ),
                ),
            ),
        ),
    ),
    DemoFocusArea(
        "Tillgängliga och tidiga insatser",
        topics=(
            DemoTopic(
                "Första linjen för barn och unga",
                intro="Första linjen tar emot barn och unga 6–20 år med lindrig till måttlig "
                "psykisk ohälsa och deras föräldrar. Kontakten tas direkt, utan remiss.",
                short_goals=(
                    _g(
                        "Korta väntetiden till första samtal till högst fem arbetsdagar.",
                        "Införa telefontid varje vardag klockan 8–9.",
                    ),
                    _g("Erbjuda samtal på kvällstid en dag i veckan."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Genomsnittlig väntetid till första samtal",
                        "dagar", "fall", VERKSAMHETSSTATISTIK,
                        (("2024-Q1", "9,5"), ("2024-Q2", "8,1"), ("2024-Q3", "7,4"),
                         ("2024-Q4", "6,2"), ("2025-Q1", "5,0"), ("2025-Q2", "4,6")),
                        baseline=("9,5", "2024-Q1"), target=("5", "2025"),
                        levels=(None, "5", "5", "10"),
                    ),
                    DemoIndicator(
                        "Antal nya kontakter",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "310"), ("2022", "352"), ("2023", "401"), ("2024", "436"),
                         ("2025", "470")),
                    ),
                ),
                long_goals=(
                    _g(
                        "Barn och unga med psykisk ohälsa får rätt stöd på rätt nivå utan "
                        "onödig väntan."
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel barn och unga som upplever att de fått hjälp",
                        "procent", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "74"), ("2023", "77"), ("2024", "79"), ("2025", "82")),
                        levels=("80", None, "70", "80"),
                    ),
                ),
                fields={
                    "background": "Väntetiden till barn- och ungdomspsykiatrin är lång, och "
                    "många barn med lindrigare besvär behöver stöd tidigare.",
                    "purpose": "Att ge barn och unga med lindrig till måttlig psykisk ohälsa "
                    "stöd tidigt och nära.",
                    "target_group": "Barn och unga 6–20 år och deras föräldrar.",
                    "responsible_organisations": ["SOF", "SFF"],
                    "responsible_people": "Verksamhetschef för första linjen, SOF.",
                    "timeline": "Pågående verksamhet; kvällsmottagning från mars 2025.",
                    "measurable_answer": "yes",
                    "measurable_text": "Väntetid till första samtal och antal nya kontakter.",
                    "funding_source": STIMULANSMEDEL,
                    "funding_amount": "650000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "done",
                        "Väntetiden har minskat till i genomsnitt 4,6 dagar. "
                        "Kvällsmottagningen har haft 212 besök.",
                        participants=470,
                    ),
                ),
            ),
            DemoTopic(
                "Samordnad individuell plan (SIP)",
                intro="När en person behöver insatser från både kommunen och regionen ska en "
                "samordnad individuell plan upprättas, tillsammans med personen och, för "
                "barn, med vårdnadshavarna.",
                short_goals=(
                    _g(
                        "Genomföra en gemensam utbildningsdag om SIP för socialtjänst, skola "
                        "och regionens psykiatri."
                    ),
                    _g(
                        "Informera invånare om rätten till SIP med hänvisning till "
                        "[1177](https://www.1177.se).",
                        "Ta fram en kort film på lätt svenska.",
                    ),
                    _g("Följa upp att planerna utvärderas inom sex månader."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal upprättade SIP",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "188"), ("2022", "203"), ("2023", "221"), ("2024", "240"),
                         ("2025", "262")),
                        levels=("250", None, "200", "250"),
                    ),
                ),
                long_goals=(
                    _g(
                        "SIP är ett självklart arbetssätt i all samverkan mellan kommun och "
                        "region.",
                        "Barn och unga är delaktiga i sin egen plan.",
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel SIP där den enskilde deltagit på mötet",
                        "procent", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "81,5"), ("2023", "84,0"), ("2024", "86,5"),
                         ("2025", "88,0")),
                        target=("95", "2028"),
                        levels=("90", None, "80", "90"),
                    ),
                ),
            ),
            DemoTopic(
                "Tidig upptäckt av depression hos äldre",
                intro="Depression hos äldre upptäcks ofta sent. Personalen i hemtjänsten och "
                "hemsjukvården möter många äldre som lever ensamma.",
                short_goals=(
                    _g(
                        "Utbilda personal i hemtjänsten i att uppmärksamma tecken på "
                        "nedstämdhet och ensamhet.",
                        "Alla nyanställda går webbutbildningen under introduktionen.",
                    ),
                    _g("Erbjuda samtalsgrupper på stadens träffpunkter för äldre."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal medarbetare i hemtjänsten som gått utbildningen",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "85"), ("2023", "140"), ("2024", "210"), ("2025", "265")),
                        target=("300", "2025"),
                        levels=("250", None, "150", "250"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Äldre personer med depression upptäcks tidigt och får stöd och "
                        "behandling."
                    ),
                ),
                fields={
                    "background": "Var femte person över 75 år uppger att de ofta känner sig "
                    "ensamma.",
                    "purpose": "Att upptäcka nedstämdhet och depression hos äldre tidigare.",
                    "target_group": "Äldre med hemtjänst och medarbetare i hemtjänsten.",
                    "responsible_organisations": ["VOF"],
                    "responsible_people": "Utvecklingsledare för äldreomsorg, VOF.",
                    "timeline": "Utbildningen pågår hela året; samtalsgrupper från hösten.",
                    "measurable_answer": "yes",
                    "measurable_text": "Antal utbildade medarbetare.",
                    "funding_source": STIMULANSMEDEL,
                    "funding_amount": "180000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "postponed",
                        "Samtalsgrupperna sköts upp till våren 2026 eftersom två "
                        "träffpunkter renoverades under hösten.",
                    ),
                ),
            ),
        ),
    ),
    DemoFocusArea(
        "Enskildas delaktighet och rättigheter",
        topics=(
            DemoTopic(
                "Brukarinflytande",
                intro="Personer med egen erfarenhet av psykisk ohälsa och deras anhöriga ska "
                "kunna påverka hur stödet utformas.",
                short_goals=(
                    _g("Genomföra två brukarrevisioner tillsammans med brukarorganisationerna."),
                    _g("Bjuda in brukarrådet till varje samverkansmöte om psykisk hälsa."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal genomförda brukarrevisioner",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "1"), ("2022", "1"), ("2023", "2"), ("2024", "2"),
                         ("2025", "2")),
                        levels=("2", None, "1", "1"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Brukarinflytande är en självklar del av planering och uppföljning i "
                        "alla fyra förvaltningar."
                    ),
                ),
                fields={
                    "purpose": "Att tjänsterna utformas utifrån dem som använder dem.",
                    "responsible_organisations": ["SOF", "VOF"],
                    "measurable_answer": "no",
                    "measurable_text": "Brukarrevisionerna följs upp kvalitativt i "
                    "brukarrådet.",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "planned",
                        "Den andra brukarrevisionen genomförs i november.",
                    ),
                ),
            ),
            DemoTopic(
                "Personligt ombud",
                intro="Personligt ombud stödjer personer med psykisk funktionsnedsättning att "
                "ta tillvara sina rättigheter och få sina behov av vård, stöd och service "
                "tillgodosedda.",
                short_goals=(
                    _g("Fortsätta verksamheten med tre personliga ombud."),
                    _g(
                        "Sprida information om personligt ombud till psykiatrins öppenvård "
                        "och till arbetsmarknadsförvaltningen."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal klienter hos personligt ombud",
                        "antal", "hold", VERKSAMHETSSTATISTIK,
                        (("2021", "64"), ("2022", "70"), ("2023", "72"), ("2024", "77"),
                         ("2025", "74")),
                        levels=("60", "80", "50", "90"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Personer med psykisk funktionsnedsättning känner till och får det "
                        "stöd de har rätt till."
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel klienter som nått minst ett av sina mål",
                        "procent", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "71"), ("2023", "74"), ("2024", "76"), ("2025", "79")),
                        levels=("75", None, "65", "75"),
                    ),
                ),
                fields={
                    "target_group": "Personer från 18 år med psykisk funktionsnedsättning.",
                    "responsible_organisations": ["SOF"],
                    "responsible_people": "Tre personliga ombud; enhetschef, SOF.",
                    "timeline": "Hela året.",
                    "funding_source": "Statsbidrag för personligt ombud",
                    "funding_amount": "1050000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "done",
                        "Ombuden hade 74 klienter under året. Väntetiden till första kontakt "
                        "var i genomsnitt tre veckor.",
                        participants=74,
                    ),
                ),
            ),
        ),
    ),
    DemoFocusArea(
        "Utsatta grupper",
        topics=(
            DemoTopic(
                "Stödgrupper för barn och unga",
                intro="Barn som växer upp med en förälder med missbruk eller psykisk ohälsa, "
                "eller som har förlorat en närstående, har rätt till information, råd och "
                "stöd.",
                short_goals=(
                    _g(
                        "Erbjuda stödgrupper för barn 7–12 år och för unga 13–18 år varje "
                        "termin.",
                        "Erbjuda parallella grupper för föräldrarna.",
                    ),
                    _g("Informera elevhälsan om grupperna inför varje termin."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal barn i stödgrupper",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2023-VT", "28"), ("2023-HT", "34"), ("2024-VT", "31"),
                         ("2024-HT", "39"), ("2025-VT", "42")),
                        levels=("40", None, "25", "40"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Barn som anhöriga uppmärksammas tidigt i alla verksamheter som möter "
                        "barn eller deras föräldrar."
                    ),
                ),
                evaluations=(
                    DemoEvaluation(
                        "2025", "ongoing",
                        "Fyra grupper pågår under vårterminen. Höstens grupper är fullbokade.",
                        participants=42,
                    ),
                ),
            ),
            DemoTopic(
                "Individanpassat stöd till arbete (IPS)",
                intro="Arbete och sysselsättning är viktiga för återhämtning. "
                "Arbetsmarknadsförvaltningen arbetar med metoden IPS tillsammans med "
                "psykiatrin.",
                short_goals=(
                    _g(
                        "Ge 40 personer med psykisk funktionsnedsättning stöd enligt IPS "
                        "under 2025."
                    ),
                    _g(
                        "Utveckla samarbetet med lokala arbetsgivare genom **tio nya "
                        "arbetsplatskontakter**."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal deltagare i IPS",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "22"), ("2022", "27"), ("2023", "31"), ("2024", "36"),
                         ("2025", "41")),
                        target=("40", "2025"),
                        levels=("40", None, "30", "40"),
                    ),
                    DemoIndicator(
                        "Antal deltagare som börjat arbeta eller studera",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "7"), ("2022", "9"), ("2023", "12"), ("2024", "14"),
                         ("2025", "17")),
                    ),
                ),
                long_goals=(
                    _g(
                        "Fler personer med psykisk funktionsnedsättning har ett arbete eller "
                        "studerar."
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Andel deltagare i arbete eller studier ett år efter avslutat stöd",
                        "procent", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "35"), ("2023", "38"), ("2024", "41"), ("2025", "43")),
                        target=("50", "2028"),
                        levels=("45", None, "35", "45"),
                    ),
                ),
                fields={
                    "background": "Få personer med psykisk funktionsnedsättning har ett "
                    "arbete, trots att många vill arbeta.",
                    "purpose": "Att fler ska få och behålla ett arbete på den öppna "
                    "arbetsmarknaden.",
                    "target_group": "Personer 18–64 år med psykisk funktionsnedsättning.",
                    "responsible_organisations": ["AMF", "VOF"],
                    "responsible_people": "Två IPS-handledare, AMF; boendestödjare, VOF.",
                    "timeline": "Januari–december 2025.",
                    "measurable_answer": "yes",
                    "measurable_text": "Antal deltagare och antal som börjat arbeta eller "
                    "studera.",
                    "funding_source": STIMULANSMEDEL,
                    "funding_amount": "380000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "done",
                        "41 personer fick stöd, och 17 av dem började arbeta eller studera. "
                        "Tolv nya arbetsgivare har tagit emot deltagare.",
                        participants=41,
                    ),
                ),
            ),
            DemoTopic(
                "Bostad först",
                intro="Bostad först ger personer i långvarig hemlöshet ett eget "
                "förstahandskontrakt och stöd i boendet.",
                short_goals=(
                    _g(
                        "Erbjuda sex nya lägenheter inom Bostad först i samarbete med det "
                        "kommunala bostadsbolaget."
                    ),
                    _g("Följa upp boendestabiliteten för alla hyresgäster två gånger per år."),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal hyresgäster i Bostad först",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "12"), ("2022", "16"), ("2023", "19"), ("2024", "24"),
                         ("2025", "30")),
                        levels=("28", None, "20", "28"),
                    ),
                ),
                long_goals=(
                    _g(
                        "Ingen i Exempelstad lever i långvarig hemlöshet.",
                        "Hemlöshetskartläggningen görs vartannat år enligt Socialstyrelsens "
                        "modell.",
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Antal personer i akut hemlöshet",
                        "antal", "fall", VERKSAMHETSSTATISTIK,
                        (("2021", "48"), ("2022", "45"), ("2023", "41"), ("2024", "38"),
                         ("2025", "33")),
                        baseline=("48", "2021"), target=("25", "2030"),
                        levels=(None, "30", "30", "45"),
                    ),
                ),
                fields={
                    "target_group": "Personer i långvarig hemlöshet med psykisk ohälsa "
                    "eller missbruk.",
                    "responsible_organisations": ["SOF", "VOF"],
                    "responsible_people": "Enhetschef för boendestöd, SOF.",
                    "timeline": "Nya lägenheter under våren; uppföljning i juni och december.",
                },
            ),
        ),
    ),
    DemoFocusArea(
        "Ett stärkt och utvecklat suicidpreventivt arbete",
        intro="Suicid går att förebygga. Arbetet i Exempelstad bygger på nollvisionen.",
        topics=(
            DemoTopic(
                "Utbildning i suicidprevention",
                intro="Kunskap om suicid och om hur man frågar om självmordstankar räddar "
                "liv. Medarbetare som möter invånare i utsatta situationer ska ha "
                "grundläggande kunskap.",
                short_goals=(
                    _g(
                        "Utbilda 200 medarbetare i **Första hjälpen till psykisk hälsa**.",
                        "Prioritera medarbetare inom försörjningsstöd, hemtjänst och "
                        "elevhälsa.",
                    ),
                    _g(
                        "Erbjuda programmet YAM (Youth Aware of Mental Health) i årskurs 8 "
                        "och hänvisa elever och föräldrar till [Mind](https://mind.se)."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal utbildade medarbetare",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2021", "64"), ("2022", "118"), ("2023", "156"), ("2024", "190"),
                         ("2025", "214")),
                        target=("200", "2025"),
                        levels=("200", None, "150", "200"),
                    ),
                    DemoIndicator(
                        "Antal elever som deltagit i YAM",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2022-HT", "180"), ("2023-HT", "260"), ("2024-VT", "120"),
                         ("2024-HT", "310"), ("2025-VT", "150")),
                    ),
                ),
                long_goals=(
                    _g(
                        "Alla medarbetare som möter invånare i utsatta livssituationer har "
                        "kunskap om suicidprevention."
                    ),
                ),
                fields={
                    "purpose": "Att fler ska våga fråga om självmordstankar och veta vart "
                    "de ska hänvisa.",
                    "target_group": "Medarbetare i de fyra förvaltningarna; elever i årskurs 8.",
                    "responsible_organisations": ["SOF", "SFF", "VOF", "AMF"],
                    "responsible_people": "Psykiatrisamordnaren; två instruktörer i Första "
                    "hjälpen till psykisk hälsa.",
                    "timeline": "Fyra utbildningstillfällen per termin.",
                    "measurable_answer": "yes",
                    "measurable_text": "Antal utbildade medarbetare och elever.",
                    "funding_source": STIMULANSMEDEL,
                    "funding_amount": "240000",
                },
                evaluations=(
                    DemoEvaluation(
                        "2025", "done",
                        "214 medarbetare har gått utbildningen. YAM genomfördes på sex skolor; "
                        "två skolor tackade nej på grund av schemaläggningen.",
                        participants=364,
                    ),
                ),
            ),
            DemoTopic(
                "Lokal handlingsplan för suicidprevention",
                intro="Exempelstad har ett råd för suicidprevention med företrädare för de "
                "fyra förvaltningarna, regionen, polisen och räddningstjänsten.",
                short_goals=(
                    _g(
                        "Revidera den lokala handlingsplanen utifrån "
                        "[Folkhälsomyndighetens](https://www.folkhalsomyndigheten.se) stöd "
                        "för regional och lokal suicidprevention."
                    ),
                    _g(
                        "Göra en händelseanalys tillsammans med regionen efter varje suicid "
                        "bland unga under 25 år."
                    ),
                ),
                long_goals=(
                    _g(
                        "Antalet suicid i Exempelstad minskar.",
                        "Ingen ska behöva ta sitt liv (nollvisionen).",
                    ),
                ),
                long_indicators=(
                    DemoIndicator(
                        "Antal suicid i Exempelstad",
                        "antal", "fall", DODSORSAKSREGISTRET,
                        (("2020", "14"), ("2021", "12"), ("2022", "15"), ("2023", "11"),
                         ("2024", "13")),
                    ),
                    DemoIndicator(
                        "Suicid per 100 000 invånare",
                        "per 100 000 invånare", "fall", DODSORSAKSREGISTRET,
                        (("2020", "14,2"), ("2021", "12,1"), ("2022", "15,0"),
                         ("2023", "10,9"), ("2024", "12,8")),
                        baseline=("14,2", "2020"), target=("10", "2030"),
                        levels=(None, "10", "10", "13"),
                    ),
                ),
                evaluations=(
                    DemoEvaluation(
                        "2025", "ongoing",
                        "Handlingsplanen är på remiss hos parterna och beslutas i december.",
                    ),
                ),
            ),
            DemoTopic(
                "Stöd till efterlevande",
                intro="Efterlevande efter suicid har själva en förhöjd risk för psykisk "
                "ohälsa och suicid.",
                short_goals=(
                    _g(
                        "Ta fram en gemensam rutin för att erbjuda efterlevande stöd inom en "
                        "vecka."
                    ),
                    _g(
                        "Samverka med Riksförbundet SPES om samtalsgrupper för efterlevande."
                    ),
                ),
                short_indicators=(
                    DemoIndicator(
                        "Antal efterlevande som erbjudits stödsamtal",
                        "antal", "rise", VERKSAMHETSSTATISTIK,
                        (("2022", "9"), ("2023", "14"), ("2024", "17"), ("2025", "21")),
                    ),
                ),
                long_goals=(_g("Alla efterlevande i Exempelstad erbjuds stöd."),),
                evaluations=(
                    DemoEvaluation(
                        "2025", "cancelled",
                        "Samtalsgruppen ställdes in eftersom för få anmälde sig; enskilda "
                        "samtal erbjöds i stället.",
                        participants=3,
                    ),
                ),
            ),
        ),
    ),
)


def add_demo_plan(ws: Workspace) -> int:
    """Write the Exempelstad demo plan through the workspace operations; return its id.

    Every write is an ordinary named operation, so the demo is also a smoke test of the
    write path and appears in the operation log like a coordinator's own work. Missing
    party organisations are added first, since the user may have edited the list.
    """
    _ensure_parties(ws)
    plan_id = ws.create_plan(
        title=plan_title(DEMO_YEAR),
        year_from=DEMO_YEAR,
        kind="agreement",
        subtitle=DEMO_SUBTITLE,
        preamble=plan_preamble(DEMO_YEAR),
        basis=plan_basis(DEMO_YEAR),
        coordinator=DEMO_COORDINATOR,
        reporting_deadline=dt.date(DEMO_YEAR + 1, 3, 1),
    )
    ws.set_parties(plan_id, PARTY_CODES)
    ws.set_signatories(plan_id, [dict(s) for s in DEMO_SIGNATORIES])
    for area in DEMO_FOCUS_AREAS:
        area_id = ws.add_node(plan_id, None, "focus_area", area.title)
        if area.intro:
            ws.update_node(area_id, text=area.intro)
        for topic in area.topics:
            _add_demo_topic(ws, plan_id, area_id, topic)
    return plan_id


def _ensure_parties(ws: Workspace) -> None:
    known = {o.code for o in ws.organisations()}
    for code, name in DEFAULT_ORGANISATIONS:
        if code in PARTY_CODES and code not in known:
            ws.add_organisation(code, name)


def _add_demo_topic(ws: Workspace, plan_id: int, area_id: int, topic: DemoTopic) -> None:
    topic_id = ws.add_node(plan_id, area_id, "topic", topic.title)
    if topic.intro or topic.fields:
        ws.update_node(topic_id, **({"text": topic.intro} if topic.intro else {}),
                       **topic.fields)
    for horizon, goals, indicators in (
        ("short", topic.short_goals, topic.short_indicators),
        ("long", topic.long_goals, topic.long_indicators),
    ):
        for goal in goals:
            _add_demo_goal(ws, plan_id, topic_id, goal, horizon)
        for indicator in indicators:
            _add_demo_indicator(ws, plan_id, topic_id, indicator, horizon)
    for evaluation in topic.evaluations:
        ws.set_evaluation(topic_id, evaluation.period, status=evaluation.status,
                          participants=evaluation.participants, text=evaluation.text)


def _add_demo_goal(ws: Workspace, plan_id: int, parent_id: int, goal: DemoGoal,
                   horizon: str) -> None:
    goal_id = ws.add_node(plan_id, parent_id, "goal", goal.title, horizon=horizon)
    for child in goal.children:
        _add_demo_goal(ws, plan_id, goal_id, child, horizon)


def _add_demo_indicator(ws: Workspace, plan_id: int, topic_id: int, spec: DemoIndicator,
                        horizon: str) -> None:
    node_id = ws.add_node(plan_id, topic_id, "indicator", spec.title, horizon=horizon)
    fields: dict[str, Any] = {
        "unit": spec.unit,
        "direction": spec.direction,
        "data_source": spec.data_source,
    }
    if spec.baseline is not None:
        fields["baseline"] = {"value": spec.baseline[0], "period": spec.baseline[1]}
    if spec.target is not None:
        fields["target"] = {"value": spec.target[0], "period": spec.target[1]}
    if spec.levels is not None:
        green_min, green_max, yellow_min, yellow_max = spec.levels
        fields["levels"] = {"green": {"min": green_min, "max": green_max},
                            "yellow": {"min": yellow_min, "max": yellow_max}}
    ws.update_indicator(node_id, **fields)
    with ws.reading() as session:
        indicator = session.get(Indicator, node_id)
        assert indicator is not None  # add_node made it
        series_id = indicator.series_id
    for period, value in spec.measurements:
        ws.set_measurement(series_id, period, value, source=spec.data_source)


# ---------------------------------------------------------------------------------------
# Scaled plans for benchmarks
# ---------------------------------------------------------------------------------------

LAST_SCALED_YEAR: Final = 2025
TOPICS_PER_AREA: Final = 12
GOALS_PER_TOPIC: Final = 40
# Two short-term and two long-term indicators per topic; with three of them measured
# weekly, twenty years give about 200 000 measurements (the benchmark's target).
INDICATOR_HORIZONS: Final = ("short", "short", "long", "long")
NESTED_SHARE: Final = 0.3
YEAR_TOKEN: Final = "{år}"

_VERBS: Final = ("Utveckla", "Stärka", "Erbjuda", "Följa upp", "Samordna", "Förbättra",
                 "Säkerställa", "Kartlägga", "Pröva", "Fördjupa")
_OBJECTS: Final = ("stödet till", "samverkan kring", "tidiga insatser för",
                   "föräldraskapsstödet för", "kunskapen om", "tillgängligheten för",
                   "uppföljningen av insatser för", "det förebyggande arbetet för",
                   "samtalsstödet till", "mötesplatserna för")
_GROUPS: Final = ("barn och unga", "äldre personer", "nyanlända familjer",
                  "personer med psykisk funktionsnedsättning", "anhöriga",
                  "elever i årskurs 7–9", "unga vuxna", "personer i hemlöshet",
                  "föräldrar till tonåringar", "efterlevande efter suicid")
_PLACES: Final = ("i samtliga stadsdelar", "inom elevhälsan", "på fritidsgårdarna",
                  "tillsammans med regionen", "i öppenvården", "på äldreboendena",
                  "i samverkan med föreningslivet", "på träffpunkterna", "i förskolan",
                  "genom digitala möten")
_LINKS: Final = ("[Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)",
                 "[Skolverket](https://www.skolverket.se)", "[1177](https://www.1177.se)",
                 "[Mind](https://mind.se)", "[Socialstyrelsen](https://www.socialstyrelsen.se)")
_TOPIC_BASES: Final = ("Föräldraskapsstöd", "Elevhälsa", "Fritid och föreningsliv",
                       "Ungdomsmottagning", "Första linjen", "Samordnad individuell plan",
                       "Brukarinflytande", "Personligt ombud", "Stödgrupper för barn",
                       "Arbete och sysselsättning", "Boende och hemlöshet",
                       "Äldres psykiska hälsa", "Suicidprevention i skolan",
                       "Första hjälpen till psykisk hälsa", "Stöd till efterlevande",
                       "Våld i nära relationer", "Spelberoende", "Ensamhet bland äldre",
                       "Skolnärvaro", "Digitalt stöd", "Nyanländas hälsa",
                       "Missbruk och beroende", "Krisstöd", "Kompetensutveckling")
_TOPIC_QUALIFIERS: Final = ("", "", " för unga vuxna", " i ytterområdena", " för äldre",
                            " på lätt svenska")
_STATUSES: Final = ("planned", "ongoing", "done", "done", "done", "postponed", "cancelled")


@dataclass
class _TemplateNode:
    """One node of the yearly plan's shape: the same UUID and place in every year."""

    key: int
    parent: int | None
    depth: int
    kind: str
    horizon: str | None
    position: int
    uuid: str
    title: str  # may hold YEAR_TOKEN
    text: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    series: int | None = None  # index into the template's series
    search_text: str = ""  # with YEAR_TOKEN, see _search_text


@dataclass
class _TemplateSeries:
    uuid: str
    name: str
    unit: str
    direction: str
    data_source: str
    granularity: str  # "week", "month" or "quarter"
    base: float  # the value around 2000; yearly values drift by trend
    trend: float
    decimals: int
    levels: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None] | None


@dataclass
class _Template:
    nodes: list[_TemplateNode]
    series: list[_TemplateSeries]


@dataclass
class _SearchFields:
    """The attributes :func:`search_text_of` reads, without building an ORM object.

    Passing this instead of a transient :class:`Node` keeps the scaled demo's search text
    computed by the workspace's own function at a fraction of the cost.
    """

    title: str = ""
    text: str = ""
    background: str = ""
    purpose: str = ""
    target_group: str = ""
    timeline: str = ""
    responsible_people: str = ""
    measurable_text: str = ""
    funding_source: str = ""


def _uuid4(rng: random.Random) -> str:
    """A version-4 UUID from *rng*: deterministic for a seed, shaped like uuid4()."""
    return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random) -> str:
    verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
    group, place = rng.choice(_GROUPS), rng.choice(_PLACES)
    form = rng.randrange(4)
    if form == 0:
        return f"Arbetet riktar sig till {group} {place}."
    if form == 1:
        return f"Insatsen ska {verb.lower()} {obj} {group}."
    if form == 2:
        return f"Förvaltningarna följer upp arbetet med {group} två gånger per år."
    return f"Behoven hos {group} har ökat, särskilt {place}."


def _goal_title(rng: random.Random, horizon: str) -> str:
    verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
    group, place = rng.choice(_GROUPS), rng.choice(_PLACES)
    if rng.random() < 0.1:
        group = f"**{group}**"
    title = f"{verb} {obj} {group} {place}"
    if rng.random() < 0.15:
        title += f" med stöd av {rng.choice(_LINKS)}"
    return title + (f" under {YEAR_TOKEN}." if horizon == "short" else ".")


def _topic_fields(rng: random.Random) -> dict[str, Any]:
    """A topic's labelled fields (the report's "insats"), for about half the topics."""
    if rng.random() < 0.5:
        return {}
    group = rng.choice(_GROUPS)
    codes = sorted(rng.sample(PARTY_CODES, rng.randint(1, 3)))
    fields: dict[str, Any] = {
        "background": _sentence(rng),
        "purpose": f"Att {rng.choice(_VERBS).lower()} {rng.choice(_OBJECTS)} {group}.",
        "target_group": group[0].upper() + group[1:] + ".",
        "responsible_organisations": codes,
        "responsible_people": "; ".join(f"enhetschef, {code}" for code in codes) + ".",
        "timeline": f"Januari–december {YEAR_TOKEN}.",
        "measurable_answer": rng.choice(("yes", "yes", "no")),
        "measurable_text": "Antal deltagare och antal genomförda träffar.",
    }
    if rng.random() < 0.6:
        fields["funding_source"] = STIMULANSMEDEL
        fields["funding_amount"] = Decimal(rng.randrange(5, 80) * 10_000)
    return fields


def _series_template(rng: random.Random, slot: int, topic_index: int) -> _TemplateSeries:
    group = rng.choice(_GROUPS)
    granularity = "week" if slot < 3 else ("month" if topic_index % 2 == 0 else "quarter")
    form = rng.randrange(3)
    if form == 0:
        name, unit, direction, decimals = f"Antal {group} som fått stöd", "antal", "rise", 0
        base, trend = rng.uniform(5, 40), rng.uniform(0.1, 1.0)
    elif form == 1:
        name, unit, direction, decimals = (f"Andel {group} som är nöjda med stödet",
                                           "procent", "rise", 1)
        base, trend = rng.uniform(45, 70), rng.uniform(0.2, 0.8)
    else:
        name, unit, direction, decimals = (f"Väntetid till första samtal för {group}",
                                           "dagar", "fall", 1)
        base, trend = rng.uniform(20, 30), -rng.uniform(0.2, 0.6)
    source = rng.choice((VERKSAMHETSSTATISTIK, VERKSAMHETSSTATISTIK, FOLKHALSOENKAT))
    levels = None
    if rng.random() < 0.75:
        mid = Decimal(round(base + trend * 30))
        step = max(Decimal(1), (mid / 10).quantize(Decimal(1)))
        levels = ((mid, None, mid - step, mid) if direction == "rise"
                  else (None, mid, mid, mid + step))
    return _TemplateSeries(_uuid4(rng), name, unit, direction, source, granularity,
                           base, trend, decimals, levels)


def _build_template(rng: random.Random) -> _Template:
    """The plan's shape, shared by every year: focus areas, topics, goals, indicators.

    Positions are counted per parent and section here, and a nested goal takes its
    parent's horizon, exactly as the workspace's operations would place them.
    """
    nodes: list[_TemplateNode] = []
    series: list[_TemplateSeries] = []
    counters: dict[tuple[int | None, str, str | None], int] = {}

    def add(parent: int | None, depth: int, kind: str, horizon: str | None, title: str,
            **extra: Any) -> _TemplateNode:
        key = (parent, kind, horizon)
        counters[key] = counters.get(key, -1) + 1
        node = _TemplateNode(len(nodes), parent, depth, kind, horizon, counters[key],
                             _uuid4(rng), clean(title), **extra)
        node.text = clean(node.text)
        node.fields = {name: clean(value) if isinstance(value, str) else value
                       for name, value in node.fields.items()}
        node.search_text = _search_text(node)
        nodes.append(node)
        return node

    for area_index, area in enumerate(DEMO_FOCUS_AREAS):
        area_node = add(None, 0, "focus_area", None, area.title, text=area.intro)
        for topic_number in range(TOPICS_PER_AREA):
            topic_index = area_index * TOPICS_PER_AREA + topic_number
            title = (_TOPIC_BASES[topic_index % len(_TOPIC_BASES)]
                     + rng.choice(_TOPIC_QUALIFIERS))
            paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
                          for _ in range(rng.randint(0, 2))]
            topic = add(area_node.key, 1, "topic", None, title, text="\n\n".join(paragraphs),
                        fields=_topic_fields(rng))
            top_goals: dict[str, list[_TemplateNode]] = {"short": [], "long": []}
            children: dict[int, list[_TemplateNode]] = {}
            for _ in range(GOALS_PER_TOPIC):
                horizon = "short" if rng.random() < 0.6 else "long"
                candidates = top_goals[horizon]
                if candidates and rng.random() < NESTED_SHARE:
                    parent = rng.choice(candidates)
                    # Now and then a second level, as real plans nest one or two deep.
                    if children.get(parent.key) and rng.random() < 0.15:
                        parent = rng.choice(children[parent.key])
                    goal = add(parent.key, parent.depth + 1, "goal", parent.horizon,
                               _goal_title(rng, parent.horizon or horizon))
                    children.setdefault(parent.key, []).append(goal)
                else:
                    candidates.append(add(topic.key, 2, "goal", horizon,
                                          _goal_title(rng, horizon)))
            for slot, horizon in enumerate(INDICATOR_HORIZONS):
                spec = _series_template(rng, slot, topic_index)
                series.append(spec)
                add(topic.key, 2, "indicator", horizon, spec.name, series=len(series) - 1)
    return _Template(nodes, series)


def _periods(year: int, granularity: str) -> list[Period]:
    if granularity == "month":
        return [parse_period(f"{year}-{month:02d}") for month in range(1, 13)]
    if granularity == "quarter":
        return [parse_period(f"{year}-Q{quarter}") for quarter in range(1, 5)]
    day = dt.date(year, 1, 1)
    day += dt.timedelta(days=(7 - day.weekday()) % 7)  # the year's first Monday
    weeks = []
    while day.year == year:
        weeks.append(parse_period(day.isoformat()))
        day += dt.timedelta(days=7)
    return weeks


def _value(spec: _TemplateSeries, period: Period, rng: random.Random) -> Decimal:
    years = (period.midpoint - dt.date(2000, 1, 1)).days / 365.25
    value = spec.base + spec.trend * years + rng.gauss(0, abs(spec.base) * 0.05 + 0.5)
    if spec.unit == "procent":
        value = min(100.0, value)
    return Decimal(str(round(max(0.0, value), spec.decimals)))


def add_scaled_demo(ws: Workspace, scale: int, seed: int = 1) -> list[int]:
    """*scale* yearly plans ending in 2025, each 60 topics × 40 goals; return their ids.

    Built like a real yearly copy: every year's plan has the same node UUIDs and its
    indicators share the series, each of which gets that year's measurements (weekly,
    monthly or quarterly). Each plan is one ``demo_scaled`` operation with bulk inserts;
    the content depends only on *seed* and the year, so it is the same on every run.
    Raises :class:`UserError` if the workspace already holds this seed's plans or series.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    template = _build_template(random.Random(seed))
    years = list(range(LAST_SCALED_YEAR - scale + 1, LAST_SCALED_YEAR + 1))
    plan_uuids = {year: _uuid4(random.Random(f"{seed}:{year}:plan")) for year in years}
    with ws.reading() as session:
        clash = session.scalar(select(Plan.id).where(Plan.uuid.in_(plan_uuids.values())))
        clash = clash or session.scalar(select(Series.id).where(
            Series.uuid.in_([s.uuid for s in template.series])))
    if clash is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The workspace already holds the scaled demo with seed {seed}."),
            seed=seed)
    series_ids: list[int] = []
    plan_ids: list[int] = []
    for year in years:
        plan_ids.append(_add_scaled_plan(ws, template, year, plan_uuids[year], seed,
                                         plan_ids[-1] if plan_ids else None, series_ids))
    return plan_ids


def _add_scaled_plan(ws: Workspace, template: _Template, year: int, plan_uuid: str,
                     seed: int, origin_plan_id: int | None, series_ids: list[int]) -> int:
    """One year's plan in one operation; fills *series_ids* on the first call."""
    rng = random.Random(f"{seed}:{year}")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    audit = {"changed_at": now, "changed_by": ws.user, "row_version": 1}
    year_text = str(year)
    with ws.operation("demo_scaled") as session:
        names = dict(DEFAULT_ORGANISATIONS)
        plan = Plan(uuid=plan_uuid, title=plan_title(year), subtitle=DEMO_SUBTITLE,
                    year_from=year, year_to=year, kind="agreement",
                    preamble=clean(plan_preamble(year)),
                    basis=[clean(item) for item in plan_basis(year)],
                    coordinator=DEMO_COORDINATOR,
                    reporting_deadline=dt.date(year + 1, 3, 1),
                    origin_plan_id=origin_plan_id)
        plan.parties = [PlanParty(position=i, organisation_code=code,
                                  organisation_name=names[code])
                        for i, code in enumerate(PARTY_CODES)]
        plan.signatories = [Signatory(position=i, name=s["name"], title=s["title"],
                                      organisation_code=s["organisation_code"],
                                      organisation_name=names[s["organisation_code"]])
                            for i, s in enumerate(DEMO_SIGNATORIES)]
        session.add(plan)
        session.flush()
        ws.log_nodes(session, plan.uuid, [])

        if not series_ids:
            series_ids.extend(_insert_returning_ids(session, Series, [
                {"uuid": s.uuid, "name": s.name, "unit": s.unit, **audit}
                for s in template.series]))

        node_ids: dict[int, int] = {}
        max_depth = max(node.depth for node in template.nodes)
        for depth in range(max_depth + 1):
            level = [node for node in template.nodes if node.depth == depth]
            rows = [_node_row(node, plan.id, node_ids, year_text, audit) for node in level]
            for node, node_id in zip(level, _insert_returning_ids(session, Node, rows),
                                     strict=True):
                node_ids[node.key] = node_id

        indicator_rows = []
        evaluation_rows = []
        period = parse_period(year_text)
        for node in template.nodes:
            if node.series is not None:
                spec = template.series[node.series]
                green_min, green_max, yellow_min, yellow_max = spec.levels or (None,) * 4
                indicator_rows.append({
                    "node_id": node_ids[node.key], "series_id": series_ids[node.series],
                    "direction": spec.direction, "data_source": spec.data_source,
                    "baseline_value": _value(spec, parse_period(str(year - 1)), rng),
                    "baseline_period": str(year - 1),
                    # The target is where green begins: its lower end, or upper for "fall".
                    "target_value": green_min if spec.direction == "rise" else green_max,
                    "target_period": str(year + 5) if spec.levels else None,
                    "green_min": green_min, "green_max": green_max,
                    "yellow_min": yellow_min, "yellow_max": yellow_max,
                    "has_levels": spec.levels is not None, **audit})
            elif node.kind == "topic" and rng.random() < 0.7:
                status = rng.choice(_STATUSES)
                evaluation_rows.append({
                    "node_id": node_ids[node.key], "period": period.text,
                    "period_start": period.start, "period_end": period.end,
                    "status": status,
                    "participants": (rng.randrange(5, 400)
                                     if status in ("ongoing", "done") else None),
                    "text": clean(" ".join(_sentence(rng) for _ in range(3))), **audit})
        session.execute(insert(Indicator), indicator_rows)
        if evaluation_rows:
            session.execute(insert(Evaluation), evaluation_rows)

        measurement_rows = []
        periods = {g: _periods(year, g) for g in ("week", "month", "quarter")}
        for index, spec in enumerate(template.series):
            for when in periods[spec.granularity]:
                measurement_rows.append({
                    "series_id": series_ids[index], "period": when.text,
                    "period_start": when.start, "period_end": when.end,
                    "value": _value(spec, when, rng), "note": "", "source": "", **audit})
        for chunk in _batches(measurement_rows, 5000):
            session.execute(insert(Measurement), chunk)
        # Listeners (a plan list) learn of the new plan as after create_plan.
        ws._notify(Change("plans", plan.id))
        return plan.id


def _node_row(node: _TemplateNode, plan_id: int, node_ids: Mapping[int, int],
              year_text: str, audit: Mapping[str, Any]) -> dict[str, Any]:
    """A node's column values as the workspace's operations would write them."""
    fields = node.fields
    return {
        "plan_id": plan_id,
        "parent_id": None if node.parent is None else node_ids[node.parent],
        "uuid": node.uuid, "origin_uuid": None, "kind": node.kind, "horizon": node.horizon,
        "position": node.position, "title": node.title.replace(YEAR_TOKEN, year_text),
        "text": node.text, "search_text": node.search_text.replace(YEAR_TOKEN, year_text),
        "background": fields.get("background", ""), "purpose": fields.get("purpose", ""),
        "target_group": fields.get("target_group", ""),
        "responsible_organisations": list(fields.get("responsible_organisations", [])),
        "responsible_people": fields.get("responsible_people", ""),
        "timeline": fields.get("timeline", "").replace(YEAR_TOKEN, year_text),
        "measurable_answer": fields.get("measurable_answer"),
        "measurable_text": fields.get("measurable_text", ""),
        "funding_source": fields.get("funding_source", ""),
        "funding_amount": fields.get("funding_amount"),
        **audit,
    }


def _search_text(node: _TemplateNode) -> str:
    """The node's search text by the workspace's own rule, with YEAR_TOKEN left in.

    Parsing Markdown for every node of every year would dominate the run time; the token
    is plain lower-case text that Markdown, clean() and case folding leave as it is, so
    replacing it in the result equals computing the text for each year. The tests compare
    the outcome with :func:`search_text_of` row by row.
    """
    names = _SearchFields.__dataclass_fields__
    view = _SearchFields(title=node.title, text=node.text,
                         **{k: v for k, v in node.fields.items() if k in names})
    return search_text_of(cast(Node, view))


def _insert_returning_ids(session: Session, entity: type[Any],
                          rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Bulk INSERT returning the new ids in the order of *rows* (children need them)."""
    if not rows:
        return []
    statement = insert(entity).returning(entity.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, list(rows)))


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
