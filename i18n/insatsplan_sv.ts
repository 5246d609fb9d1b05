<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>BasisBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="590"/>
        <source>Select an item to edit it</source>
        <translation>Välj en punkt för att redigera den</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="591"/>
        <source>Add an item at the end</source>
        <translation>Lägg till en punkt sist</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="592"/>
        <source>Remove the selected item</source>
        <translation>Ta bort den valda punkten</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="593"/>
        <source>Move the selected item up</source>
        <translation>Flytta den valda punkten uppåt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="594"/>
        <source>Move the selected item down</source>
        <translation>Flytta den valda punkten nedåt</translation>
    </message>
</context>
<context>
    <name>BoundBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="858"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="861"/>
        <source>e.g. VT 2024</source>
        <translation>t.ex. VT 2024</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="866"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="51"/>
        <source>No values yet: add them in the Mätvärden table or import statistics.</source>
        <translation>Inga mätvärden ännu: lägg till dem i tabellen Mätvärden eller importera statistik.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="53"/>
        <source>Target {value} ({period})</source>
        <translation>Mål {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="54"/>
        <source>Target {value}</source>
        <translation>Mål {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="55"/>
        <source>Baseline {value} ({period})</source>
        <translation>Utgångsvärde {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="56"/>
        <source>Baseline {value}</source>
        <translation>Utgångsvärde {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="57"/>
        <source>Comment: {note}</source>
        <translation>Kommentar: {note}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="58"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="59"/>
        <source>{title} {span}, latest {value} ({period})</source>
        <translation>{title} {span}, senaste {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="60"/>
        <source>, target {value}</source>
        <translation>, mål {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="61"/>
        <source>{title}: no values yet</source>
        <translation>{title}: inga mätvärden ännu</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="63"/>
        <source>green</source>
        <translation>grön</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="64"/>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="65"/>
        <source>red</source>
        <translation>röd</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="345"/>
        <source>the check could not run ({reason})</source>
        <translation>kontrollen kunde inte köras ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="348"/>
        <source>schema {found}, current is {head}</source>
        <translation>schema {found}, aktuellt är {head}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="71"/>
        <source>{table} row {row}, column {column}: {problem}</source>
        <translation>{table} rad {row}, kolumn {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="88"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="89"/>
        <source>a date</source>
        <translation>ett datum</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="90"/>
        <source>a date and time</source>
        <translation>en tidpunkt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="91"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="94"/>
        <source>an integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="95"/>
        <source>a real number</source>
        <translation>ett flyttal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="96"/>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="97"/>
        <source>a blob</source>
        <translation>binärdata</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="98"/>
        <source>nothing (NULL)</source>
        <translation>ingenting (NULL)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="102"/>
        <source>{value} is not {what}</source>
        <translation>{value} är inte {what}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="113"/>
        <source>a finite number</source>
        <translation>ett ändligt tal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="115"/>
        <source>a number in its canonical form</source>
        <translation>ett tal i sin kanoniska form</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="126"/>
        <source>JSON that is not a list of texts</source>
        <translation>JSON som inte är en lista med texter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="129"/>
        <source>valid</source>
        <translation>giltigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="140"/>
        <source>empty (NULL)</source>
        <translation>tomt (NULL)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="143"/>
        <source>{found} where {wanted} belongs</source>
        <translation>{found} där det ska vara {wanted}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="146"/>
        <source>{value} is neither 0 nor 1</source>
        <translation>{value} är varken 0 eller 1</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="153"/>
        <source>text that is not UTF-8</source>
        <translation>text som inte är UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="156"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} är inte något av {choices}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="231"/>
        <source>SQLite: {report}</source>
        <translation>SQLite: {report}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="234"/>
        <source>foreign key: {table} row {row} refers to a missing {parent}</source>
        <translation>främmande nyckel: {table} rad {row} hänvisar till en {parent} som saknas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="244"/>
        <source>attachment {id} of plan {plan} does not match its SHA-256</source>
        <translation>bilaga {id} till plan {plan} stämmer inte med sin SHA-256</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="253"/>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="241"/>
        <source>the seal trigger {name} is missing</source>
        <translation>förseglingstriggern {name} saknas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="90"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="91"/>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="92"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="105"/>
        <source>plan {id} “{title}”</source>
        <translation>plan {id} ”{title}”</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="122"/>
        <source>{plan} ({status}): its content cannot be read to verify the seal ({reason})</source>
        <translation>{plan} ({status}): innehållet kan inte läsas för att kontrollera förseglingen ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="130"/>
        <source>{plan} is {status} but has no stored fingerprint</source>
        <translation>{plan} är {status} men har inget sparat fingeravtryck</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="134"/>
        <source>{plan} ({status}): the content no longer matches its fingerprint (stored {stored}, content {current})</source>
        <translation>{plan} ({status}): innehållet stämmer inte längre med fingeravtrycket (sparat {stored}, innehållet {current})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="162"/>
        <source>{plan}: its signed PDF (attachment {id})</source>
        <translation>{plan}: dess undertecknade PDF (bilaga {id})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="169"/>
        <source>{pdf} can no longer be read ({reason})</source>
        <translation>{pdf} kan inte längre läsas ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="173"/>
        <source>{pdf} was recorded as printing {recorded}, but it prints {found}</source>
        <translation>{pdf} registrerades med {recorded}, men visar {found}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="176"/>
        <source>no Dokument-ID</source>
        <translation>inget Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="179"/>
        <source>{pdf} prints {printed}, but the plan is not signed or could not be read</source>
        <translation>{pdf} visar {printed}, men planen är inte undertecknad eller kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="183"/>
        <source>{pdf} prints {printed}, the plan&apos;s content is {value}</source>
        <translation>{pdf} visar {printed}, planens innehåll är {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="187"/>
        <source>{pdf} is marked verified, but no Dokument-ID was read from it</source>
        <translation>{pdf} är markerad som verifierad, men inget Dokument-ID lästes ur den</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="205"/>
        <source>a signing date</source>
        <translation>ett underskriftsdatum</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="206"/>
        <source>a fingerprint ({value})</source>
        <translation>ett fingeravtryck ({value})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="208"/>
        <source>{plan} is {status} but holds {trace}: it was sealed</source>
        <translation>{plan} är {status} men har {trace}: den var förseglad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="216"/>
        <source>{plan} is {status}, but the operation log records that it was signed</source>
        <translation>{plan} är {status}, men åtgärdsloggen visar att den undertecknades</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="245"/>
        <source>an unexpected trigger {name} on table {table}</source>
        <translation>en okänd trigger {name} på tabellen {table}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="249"/>
        <source>the seal trigger {name} is not the one this program creates (it was changed or replaced)</source>
        <translation>förseglingstriggern {name} är inte den som programmet skapar (den har ändrats eller bytts ut)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="268"/>
        <source>the table {name} is missing</source>
        <translation>tabellen {name} saknas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="271"/>
        <source>an unexpected table {name}</source>
        <translation>en okänd tabell {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="279"/>
        <source>the column {table}.{column} is missing</source>
        <translation>kolumnen {table}.{column} saknas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="282"/>
        <source>an unexpected column {table}.{column}</source>
        <translation>en okänd kolumn {table}.{column}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="288"/>
        <source>the column {table}.{column} is declared {found}, not {wanted}</source>
        <translation>kolumnen {table}.{column} är deklarerad som {found}, inte {wanted}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="292"/>
        <source>the column {table}.{column} must not be empty (NOT NULL) but may be</source>
        <translation>kolumnen {table}.{column} får inte vara tom (NOT NULL) men kan vara det</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="295"/>
        <source>the column {table}.{column} may be empty but is declared NOT NULL</source>
        <translation>kolumnen {table}.{column} får vara tom men är deklarerad NOT NULL</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="312"/>
        <source>node {node} of plan {plan} has its parent node {parent} in plan {other}</source>
        <translation>nod {node} i plan {plan} har sin föräldernod {parent} i plan {other}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="324"/>
        <source>nodes of plan {plan} form a cycle ({cycle})</source>
        <translation>noder i plan {plan} bildar en slinga ({cycle})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="374"/>
        <source>{what} could not be checked ({reason})</source>
        <translation>{what} kunde inte kontrolleras ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="390"/>
        <source>SQLite&apos;s integrity check could not run ({reason})</source>
        <translation>SQLites integritetskontroll kunde inte köras ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="393"/>
        <source>the seal triggers</source>
        <translation>förseglingstriggrarna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="398"/>
        <source>the tables</source>
        <translation>tabellerna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="401"/>
        <source>the values</source>
        <translation>värdena</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="403"/>
        <source>the node tree</source>
        <translation>nodträdet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="408"/>
        <source>the seals were not checked: the tables are not what schema {revision} defines</source>
        <translation>förseglingarna kontrollerades inte: tabellerna är inte de som schema {revision} anger</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="412"/>
        <source>the seals</source>
        <translation>förseglingarna</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="32"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="33"/>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="34"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="62"/>
        <source>Insatsplan: the yearly plan for mental health and suicide prevention. Without a command, starts the editor.</source>
        <translation>Insatsplan: årsplanen för psykisk hälsa och suicidprevention. Utan kommando startar redigeraren.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="65"/>
        <source>workspace file (default: $INSATSPLAN_WORKSPACE or the user&apos;s default.insatsplan)</source>
        <translation>arbetsytans fil (standard: $INSATSPLAN_WORKSPACE eller användarens default.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="68"/>
        <source>plan id or UUID</source>
        <translation>planens id eller UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="69"/>
        <source>print JSON instead of text</source>
        <translation>skriv JSON i stället för text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="70"/>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="72"/>
        <source>show tracebacks</source>
        <translation>visa felspårning (traceback)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="74"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="77"/>
        <source>add the demo plan</source>
        <translation>lägg till exempelplanen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="78"/>
        <source>N &gt; 1: a synthetic large workspace of N plans, for benchmarks</source>
        <translation>N &gt; 1: en stor syntetisk arbetsyta med N planer, för prestandamätning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="80"/>
        <source>list plans</source>
        <translation>lista planerna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="82"/>
        <source>a plan as an outline, or its exchange JSON</source>
        <translation>en plan som disposition, eller som utbytes-JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="86"/>
        <source>integrity, foreign keys and schema version</source>
        <translation>integritet, främmande nycklar och schemaversion</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="88"/>
        <source>write a plan as an exchange file</source>
        <translation>skriv en plan som utbytesfil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="92"/>
        <source>create a plan from an exchange file</source>
        <translation>skapa en plan från en utbytesfil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="94"/>
        <source>the exchange file (JSON) to read</source>
        <translation>utbytesfilen (JSON) som ska läsas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="96"/>
        <source>import a sent or signed plan as a draft that records where it came from (also when its content no longer matches its fingerprint)</source>
        <translation>importera en skickad eller undertecknad plan som utkast som minns varifrån den kom (även när innehållet inte längre stämmer med fingeravtrycket)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="99"/>
        <source>write a plan as a Word document</source>
        <translation>skriv en plan som Word-dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="103"/>
        <source>the .docx to write</source>
        <translation>den .docx-fil som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="105"/>
        <source>a .docx or .dotx whose look to use</source>
        <translation>en .docx eller .dotx vars utseende ska användas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="108"/>
        <source>the kind of document (default: the plan&apos;s own kind: an agreement, or the action plan with its report)</source>
        <translation>dokumentets slag (standard: planens eget slag: en överenskommelse, eller handlingsplanen med redovisning)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="111"/>
        <source>with a report: the period followed up (default: the plan&apos;s year)</source>
        <translation>för en redovisning: perioden som följs upp (standard: planens år)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="113"/>
        <source>also write a tagged PDF beside it (needs LibreOffice)</source>
        <translation>skriv också en taggad PDF bredvid (kräver LibreOffice)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="115"/>
        <source>sign a plan: fix its fingerprint and date</source>
        <translation>underteckna en plan: lås dess fingeravtryck och datum</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="119"/>
        <source>signing date (default: today)</source>
        <translation>datum för underskrift (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="121"/>
        <location filename="../desktop/insatsplan/cli.py" line="129"/>
        <source>the signed PDF to keep</source>
        <translation>den undertecknade PDF-filen som ska sparas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="122"/>
        <source>keep a PDF in which no Dokument-ID is found (a scan), marked so</source>
        <translation>behåll en PDF där inget Dokument-ID hittas (en skanning), markerad som overifierad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="125"/>
        <source>keep a signed plan&apos;s signed PDF; it must print the plan&apos;s Dokument-ID</source>
        <translation>behåll en undertecknad plans undertecknade PDF; den måste visa planens Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="131"/>
        <source>an editable copy of a plan</source>
        <translation>en redigerbar kopia av en plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="134"/>
        <source>first year of the copy (default: the year after the plan)</source>
        <translation>kopians första år (standard: året efter planen)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="136"/>
        <source>write a plan&apos;s stored signed PDF</source>
        <translation>skriv ut en plans sparade undertecknade PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="140"/>
        <source>every indicator&apos;s status, trend and latest value</source>
        <translation>varje indikators status, trend och senaste värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="144"/>
        <source>list the activities without an evaluation and the indicators without a value for the period, by administration</source>
        <translation>lista insatserna utan utvärdering och indikatorerna utan värde för perioden, per förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="147"/>
        <source>with --missing: the period (default: the plan&apos;s year)</source>
        <translation>med --missing: perioden (standard: planens år)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="149"/>
        <source>an indicator&apos;s measured values, oldest first</source>
        <translation>en indikators mätvärden, äldst först</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="152"/>
        <source>the indicator&apos;s UUID or its exact title</source>
        <translation>indikatorns UUID eller exakta titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="164"/>
        <source>write every indicator&apos;s values by period, status and source (.xlsx or .csv)</source>
        <translation>skriv varje indikators värden per period, status och källa (.xlsx eller .csv)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="167"/>
        <source>the .xlsx or .csv to write</source>
        <translation>den .xlsx eller .csv som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="169"/>
        <source>import a PxWeb JSON-stat 2.0, PxWeb CSV or Kolada JSON file into a series</source>
        <translation>importera en PxWeb JSON-stat 2.0-, PxWeb-CSV- eller Kolada-JSON-fil till en serie</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="171"/>
        <source>the statistics file to read</source>
        <translation>statistikfilen som ska läsas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="174"/>
        <source>series UUID, indicator UUID or exact name</source>
        <translation>seriens UUID, indikatorns UUID eller exakt namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="176"/>
        <source>create a series of this name (a comparison such as the county or the country) and import into it; prints its UUID last</source>
        <translation>skapa en serie med det här namnet (en jämförelse som länet eller riket) och importera till den; skriver dess UUID sist</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="179"/>
        <source>the new series&apos; unit (default: the --compare-with indicator&apos;s)</source>
        <translation>den nya seriens enhet (standard: indikatorns i --compare-with)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="181"/>
        <source>draw the new series beside this indicator of --plan on its chart</source>
        <translation>rita den nya serien bredvid den här indikatorn i --plan i dess diagram</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="183"/>
        <source>the plan of --compare-with</source>
        <translation>planen för --compare-with</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="186"/>
        <source>one category (code or label) of a dimension; repeat for each dimension with several categories</source>
        <translation>en kategori (kod eller text) i en dimension; upprepa för varje dimension med flera kategorier</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="189"/>
        <source>replace stored values that the file gives differently</source>
        <translation>ersätt lagrade värden som filen anger annorlunda</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="191"/>
        <source>show what would be imported; write nothing</source>
        <translation>visa vad som skulle importeras; skriv inget</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="193"/>
        <source>import values from a CSV file: indicator;period;value;note[;source]</source>
        <translation>importera värden från en CSV-fil: indicator;period;value;note[;source]</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="195"/>
        <source>the CSV file to read</source>
        <translation>CSV-filen som ska läsas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="198"/>
        <source>draw an indicator&apos;s trend chart as PNG or SVG</source>
        <translation>rita en indikators trenddiagram som PNG eller SVG</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="201"/>
        <source>the indicator&apos;s UUID or exact title</source>
        <translation>indikatorns UUID eller exakta titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="204"/>
        <source>the .png or .svg to write</source>
        <translation>den .png eller .svg som ska skrivas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="206"/>
        <source>width in pixels (default: 1600)</source>
        <translation>bredd i bildpunkter (standard: 1600)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="208"/>
        <source>height in pixels (default: 900)</source>
        <translation>höjd i bildpunkter (standard: 900)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="209"/>
        <source>start the editor (the default)</source>
        <translation>starta redigeraren (standard)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="211"/>
        <source>language of the editor (default: Swedish)</source>
        <translation>redigerarens språk (standard: svenska)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="213"/>
        <source>quit once the tree is shown; print milliseconds until the window was shown and until the tree was ready</source>
        <translation>avsluta när trädet visas; skriv antal millisekunder tills fönstret visades och tills trädet var klart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="355"/>
        <source>ok: {path} (schema {revision})</source>
        <translation>i ordning: {path} (schema {revision})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="452"/>
        <source>Texts that still name {years}: {count} (review them; in the editor: Find and filter, “Mentions {years}”).</source>
        <translation>Texter som fortfarande nämner {years}: {count} (granska dem; i redigeraren: Sök och filtrera, ”Nämner {years}”).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="457"/>
        <source>The new version is for the same years as the plan it was made from; its texts were copied as they were.</source>
        <translation>Den nya versionen gäller samma år som planen den gjordes från; dess texter kopierades som de var.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="545"/>
        <location filename="../desktop/insatsplan/cli.py" line="587"/>
        <source>{added} values would be added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped (dry run: nothing written).</source>
        <translation>Värden som skulle läggas till: {added}, ersättas: {replaced}, är oförändrade: {unchanged}, saknas i filen och hoppas över: {missing} (provkörning: inget skrivet).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="548"/>
        <location filename="../desktop/insatsplan/cli.py" line="590"/>
        <source>{added} values added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped.</source>
        <translation>Värden tillagda: {added}, ersatta: {replaced}, oförändrade: {unchanged}, saknas i filen och hoppades över: {missing}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="558"/>
        <source>Missing in the file: {periods}</source>
        <translation>Saknas i filen: {periods}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="618"/>
        <source>{added} values would be added, {unchanged} unchanged (dry run: nothing written).</source>
        <translation>Värden som skulle läggas till: {added}, är oförändrade: {unchanged} (provkörning: inget skrivet).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="620"/>
        <source>{added} values added, {unchanged} unchanged.</source>
        <translation>Värden tillagda: {added}, oförändrade: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="677"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="678"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="679"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="680"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="681"/>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="682"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="683"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="684"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde av typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="685"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="686"/>
        <source>expected one argument</source>
        <translation>ett värde behövs</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="687"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="78"/>
        <source>The plan has no indicators.</source>
        <translation>Planen har inga indikatorer.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="51"/>
        <source>the period: 2025, VT 2025, 2025 K1, mars 2025 (default: the plan&apos;s year)</source>
        <translation>perioden: 2025, VT 2025, 2025 K1, mars 2025 (standard: planens år)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="53"/>
        <source>the plan&apos;s activities with their evaluation for a period, by focus area</source>
        <translation>planens insatser med deras utvärdering för en period, per fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="58"/>
        <source>write, change or remove an activity&apos;s evaluation for a period</source>
        <translation>skriv, ändra eller ta bort en insats utvärdering för en period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="61"/>
        <source>the activity&apos;s UUID, its exact title or its path (focus area › activity)</source>
        <translation>insatsens UUID, dess exakta rubrik eller dess sökväg (fokusområde › insats)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="63"/>
        <source>the period: 2025, VT 2025, 2025 K1, mars 2025</source>
        <translation>perioden: 2025, VT 2025, 2025 K1, mars 2025</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="65"/>
        <source>planerad, pågår, genomförd, uppskjuten, inställd (or planned, ongoing, done, postponed, cancelled)</source>
        <translation>planerad, pågår, genomförd, uppskjuten, inställd (eller planned, ongoing, done, postponed, cancelled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="68"/>
        <source>how many took part, a whole number from 0 (&quot;&quot; clears it)</source>
        <translation>hur många som deltog, ett heltal från 0 (&quot;&quot; tömmer värdet)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="71"/>
        <source>what was done, in the plan&apos;s text format (paragraphs, - bullets, links)</source>
        <translation>vad som gjordes, i planens textformat (stycken, punktlistor med -, länkar)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="73"/>
        <source>read the text from this file</source>
        <translation>läs texten från den här filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="75"/>
        <source>remove the evaluation for the period</source>
        <translation>ta bort utvärderingen för perioden</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="185"/>
        <source>Evaluations {period}</source>
        <extracomment>Most characters of a narrative&apos;s first line a table row shows.</extracomment>
        <translation>Utvärderingar {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="188"/>
        <source>The plan has no activities.</source>
        <translation>Planen har inga insatser.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="200"/>
        <source>(no focus area)</source>
        <translation>(utan fokusområde)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="216"/>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="217"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="218"/>
        <source>Activity</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="219"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="257"/>
        <source>Removed the evaluation {period} of “{title}”.</source>
        <translation>Utvärderingen {period} för ”{title}” togs bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="259"/>
        <source>“{title}” has no evaluation {period}; nothing was removed.</source>
        <translation>”{title}” har ingen utvärdering {period}; inget togs bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="294"/>
        <source>The evaluation {period} of “{title}” is unchanged: {status}.</source>
        <translation>Utvärderingen {period} för ”{title}” är oförändrad: {status}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="298"/>
        <source>Saved the evaluation {period} of “{title}”: {status}.</source>
        <translation>Utvärderingen {period} för ”{title}” sparades: {status}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="301"/>
        <source>Saved the evaluation {period} of “{title}”: {status}, {participants} participants.</source>
        <translation>Utvärderingen {period} för ”{title}” sparades: {status}, {participants} deltagare.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="81"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="82"/>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="83"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="115"/>
        <source>Nothing is missing for {period}: every activity has an evaluation and every indicator a value.</source>
        <translation>Inget saknas för {period}: varje insats har en utvärdering och varje indikator ett värde.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="119"/>
        <source>Still missing for {period}:</source>
        <translation>Saknas fortfarande för {period}:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="123"/>
        <source>No administration responsible</source>
        <translation>Ingen ansvarig förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="126"/>
        <source>No evaluation: {title}</source>
        <translation>Ingen utvärdering: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="129"/>
        <source>No value: {title}</source>
        <translation>Inget värde: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="147"/>
        <source>No values yet.</source>
        <translation>Inga mätvärden ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="149"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="150"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="151"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="152"/>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="53"/>
        <source>create a plan from a Word document (an earlier year&apos;s agreement or report)</source>
        <translation>skapa en plan från ett Word-dokument (ett tidigare års överenskommelse eller redovisning)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="55"/>
        <source>the .docx to read (a .doc with --convert)</source>
        <translation>den .docx som ska läsas (en .doc med --convert)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="57"/>
        <source>print the mapping report; write nothing</source>
        <translation>skriv ut rapporten över vad som placeras var; skriv inget</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="59"/>
        <source>print the exchange document and the report as JSON</source>
        <translation>skriv ut utbytesdokumentet och rapporten som JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="61"/>
        <source>when the workspace holds the plan the document was exported from: a new version of it, keeping what Word does not print (directions, levels, targets, series)</source>
        <translation>när arbetsytan har planen som dokumentet exporterades från: en ny version av den, som behåller det Word inte skriver ut (riktningar, nivåer, målvärden, serier)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="66"/>
        <source>the series an indicator joins instead of the one matched by title (INDICATOR: its title in the document or its UUID; SERIES: a series&apos; name or UUID, or “new” for a new series); repeatable</source>
        <translation>serien en indikator ansluts till i stället för den som matchats på rubrik (INDIKATOR: dess rubrik i dokumentet eller dess UUID; SERIE: en series namn eller UUID, eller ”new” för en ny serie); kan upprepas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="70"/>
        <source>convert an old .doc to .docx with LibreOffice first</source>
        <translation>konvertera först en gammal .doc till .docx med LibreOffice</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="72"/>
        <source>import the whole document as one topic&apos;s text (for a document without recognisable structure)</source>
        <translation>importera hela dokumentet som text i en enda insats (för ett dokument utan igenkännbar struktur)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="278"/>
        <source>an agreement</source>
        <extracomment>The CLI&apos;s catalogue while one command runs: reading it costs some 20 ms (the whole ``.ts`` file is parsed), and the report has a line per focus area and topic, so a document of 1,000 topics spent 20 s re-reading it line by line.</extracomment>
        <translation>en överenskommelse</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="279"/>
        <source>a plan and report</source>
        <translation>en plan med redovisning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="37"/>
        <source>title</source>
        <extracomment>The sign each kind of change is printed with (the editor&apos;s list uses the same). The longest plan field value shown on its line, before and after (&quot;2025 → 2026&quot;). Field names as people read them (the keys are :mod:`insatsplan.compare.plan_diff`&apos;s).</extracomment>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="38"/>
        <source>subtitle</source>
        <translation>underrubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="39"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="40"/>
        <source>preamble</source>
        <translation>inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="41"/>
        <source>basis</source>
        <translation>grund</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="42"/>
        <source>coordinator</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="43"/>
        <source>reporting deadline</source>
        <translation>sista dag för redovisning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="44"/>
        <source>parties</source>
        <translation>parter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="45"/>
        <source>signatories</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="46"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="47"/>
        <source>background</source>
        <translation>bakgrund</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="48"/>
        <source>purpose</source>
        <translation>syfte</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="49"/>
        <source>target group</source>
        <translation>målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="50"/>
        <source>timeline</source>
        <translation>tidsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="51"/>
        <source>responsible administrations</source>
        <translation>ansvariga förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="52"/>
        <source>responsible people</source>
        <translation>ansvariga personer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="53"/>
        <source>measurable goals (answer)</source>
        <translation>mätbara mål (svar)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="54"/>
        <source>measurable goals (text)</source>
        <translation>mätbara mål (text)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="55"/>
        <source>funding</source>
        <translation>finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="56"/>
        <source>funding amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="57"/>
        <source>direction</source>
        <translation>riktning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="58"/>
        <source>data source</source>
        <translation>datakälla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="59"/>
        <source>baseline</source>
        <translation>utgångsvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="60"/>
        <source>target</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="61"/>
        <source>levels</source>
        <translation>nivåer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="69"/>
        <source>what changed from plan A to plan B: added, removed, moved and changed nodes and plan fields</source>
        <translation>vad som ändrats från plan A till plan B: tillagda, borttagna, flyttade och ändrade delar och planuppgifter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="72"/>
        <source>the earlier plan: database id or UUID</source>
        <translation>den tidigare planen: databas-id eller UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="74"/>
        <source>the later plan: database id or UUID</source>
        <translation>den senare planen: databas-id eller UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="77"/>
        <source>also write B&apos;s agreement with the changes from A as Word tracked changes (.docx)</source>
        <translation>skriv också B:s överenskommelse med ändringarna från A som spårade ändringar i Word (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="102"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="103"/>
        <source>From plan {a} “{a_title}” to plan {b} “{b_title}”:</source>
        <translation>Från plan {a} ”{a_title}” till plan {b} ”{b_title}”:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="137"/>
        <source>The plans have no node in common: everything in A is listed as removed and everything in B as added.</source>
        <translation>Planerna har ingen del gemensam: allt i A visas som borttaget och allt i B som tillagt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="142"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="144"/>
        <source>{added} added, {removed} removed, {moved} moved, {changed} changed.</source>
        <translation>{added} tillagda, {removed} borttagna, {moved} flyttade, {changed} ändrade.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="155"/>
        <source>The plan: {fields}</source>
        <translation>Planen: {fields}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="178"/>
        <source>(was at the top level)</source>
        <translation>(förut överst)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="179"/>
        <source>(was under: {path})</source>
        <translation>(förut under: {path})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="183"/>
        <source>(now long-term, was short-term)</source>
        <translation>(nu långsiktig, förut kortsiktig)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="184"/>
        <source>(now short-term, was long-term)</source>
        <translation>(nu kortsiktig, förut långsiktig)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="185"/>
        <source>(new place among its siblings)</source>
        <translation>(ny plats i ordningen)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="66"/>
        <source>Added</source>
        <extracomment>the sign each kind of change carries, so that it reads without its colour (text, background) colours per kind of change; dark text on a light tint keeps the contrast readable, the sign says the same for people who do not see the colour</extracomment>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="67"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="68"/>
        <source>Moved</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="69"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="77"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="78"/>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="79"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="80"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="81"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="82"/>
        <source>This agreement is based on</source>
        <translation>Denna överenskommelse har sin grund i</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="83"/>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="84"/>
        <source>Reporting deadline</source>
        <translation>Sista dag för återrapportering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="85"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="86"/>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="87"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="88"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="89"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="90"/>
        <source>Timeline</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="91"/>
        <source>Responsible administrations</source>
        <translation>Ansvariga förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="92"/>
        <source>Responsible people</source>
        <translation>Ansvariga personer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="93"/>
        <source>Measurable goals?</source>
        <translation>Finns mätbara mål?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="94"/>
        <source>Measurable goals</source>
        <translation>Mätbara mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="95"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="96"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="97"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="98"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="99"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="100"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="101"/>
        <source>Traffic light</source>
        <translation>Trafikljus</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="102"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="151"/>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="213"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="185"/>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="186"/>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="188"/>
        <source>Under another parent</source>
        <translation>Under en annan överordnad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="189"/>
        <source>(the top of the plan)</source>
        <translation>(planens översta nivå)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="192"/>
        <source>To the other section</source>
        <translation>Till det andra avsnittet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="193"/>
        <source>short-term</source>
        <translation>kortsiktiga mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="194"/>
        <source>long-term</source>
        <translation>långsiktiga mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="197"/>
        <source>To another place among its siblings</source>
        <translation>Till en annan plats bland sina syskon</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="198"/>
        <source>place {number}</source>
        <translation>plats {number}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="240"/>
        <source>Summary of the changes</source>
        <extracomment>a row was clicked, activated with Enter, or reached with next/previous the close button &quot;Save in Word…&quot;: the changes as Word tracked changes</extracomment>
        <translation>Sammanfattning av ändringarna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="245"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="250"/>
        <source>The chosen change</source>
        <translation>Den valda ändringen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="252"/>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="253"/>
        <source>Previous change (Shift+F8)</source>
        <translation>Föregående ändring (Skift+F8)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="254"/>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="255"/>
        <source>Next change (F8)</source>
        <translation>Nästa ändring (F8)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="256"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="257"/>
        <source>Save in Word…</source>
        <translation>Spara i Word…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="259"/>
        <source>Save this plan&apos;s agreement with the changes as Word tracked changes, for Word&apos;s Review pane</source>
        <translation>Spara planens överenskommelse med ändringarna som spårade ändringar i Word, för Words granskningsfönster</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="293"/>
        <source>+ added {added} · − removed {removed} · → moved {moved} · ~ changed {changed}</source>
        <translation>+ tillagda {added} · − borttagna {removed} · → flyttade {moved} · ~ ändrade {changed}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="302"/>
        <source>The plans share no focus area, topic, goal or indicator: everything in one is shown as removed and everything in the other as added.</source>
        <translation>Planerna har inget fokusområde, ingen insats, inget mål och ingen indikator gemensamt: allt i den ena visas som borttaget och allt i den andra som tillagt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="305"/>
        <source>No changes: the plans have the same content.</source>
        <translation>Inga ändringar: planerna har samma innehåll.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="357"/>
        <source>Click a change, or press F8, to see it here and in the tree.</source>
        <translation>Klicka på en ändring, eller tryck F8, för att se den här och i trädet.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="427"/>
        <source>Changes</source>
        <extracomment>how long after the last change to either plan the list is compared again</extracomment>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="457"/>
        <source>The workspace has no other plan to compare this one with. Make one with Plan → New version… or import one.</source>
        <translation>Arbetsytan har ingen annan plan att jämföra den här med. Skapa en med Plan → Ny version… eller importera en.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="504"/>
        <source>Compared with {plan}</source>
        <translation>Jämförd med {plan}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="516"/>
        <source>A plan of the comparison was deleted.</source>
        <translation>En av de jämförda planerna har tagits bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="549"/>
        <source>The tree shows another plan now: choose Plan → Compare with… to compare it.</source>
        <translation>Trädet visar nu en annan plan: välj Plan → Jämför med… för att jämföra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="585"/>
        <source>It stood at the top of the plan: nothing of it is left in this one.</source>
        <translation>Den stod överst i planen: inget av den finns kvar i den här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="626"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="51"/>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="53"/>
        <source>Show what changed in “{plan}” since the plan chosen here: added, removed, moved and changed focus areas, topics, goals and indicators, and the plan&apos;s own fields.</source>
        <translation>Visa vad som ändrats i ”{plan}” sedan planen som väljs här: tillagda, borttagna, flyttade och ändrade fokusområden, insatser, mål och indikatorer, och planens egna fält.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="58"/>
        <source>Plan to compare with</source>
        <translation>Plan att jämföra med</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="64"/>
        <source>Compare with:</source>
        <translation>Jämför med:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="67"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
</context>
<context>
    <name>DateBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="397"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="407"/>
        <source>Write a date such as 2026-03-01, or leave it empty.</source>
        <translation>Skriv ett datum som 2026-03-01, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="93"/>
        <source>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</source>
        <extracomment>A message for the status bar (a refused or invalid value). Off where the window already says why nothing can change (its own banner).</extracomment>
        <translation>Välj planen, ett fokusområde, en insats, ett mål eller en indikator i trädet för att redigera den här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="279"/>
        <source>The workspace is open read-only; nothing can be changed.</source>
        <extracomment>The forms built so far, by kind (see :meth:`form_for`).</extracomment>
        <translation>Arbetsytan är öppnad skrivskyddad; inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="281"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>Planen är undertecknad eller skickad för underskrift; innehållet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="284"/>
        <source>Read only: this cannot be changed here.</source>
        <translation>Skrivskyddat: detta kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="311"/>
        <source>The measurements cannot be changed here.</source>
        <translation>Mätvärdena kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="319"/>
        <source>The evaluation cannot be changed here.</source>
        <translation>Utvärderingen kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="326"/>
        <source>The comparisons cannot be changed here.</source>
        <translation>Jämförelserna kan inte ändras här.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="520"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="521"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="522"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="523"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="87"/>
        <source>Invalid period: {value}. Write for example 2024, VT 2024, HT 2024, 2024 K1, mars 2024, 2024-03-15 or 2019–2022.</source>
        <translation>Ogiltig period: {value}. Skriv till exempel 2024, VT 2024, HT 2024, 2024 K1, mars 2024, 2024-03-15 eller 2019–2022.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="91"/>
        <source>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Året måste vara mellan {first} och {last}; använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="96"/>
        <source>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Det finns ingen månad {month}; använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="101"/>
        <source>A period is missing. Write for example 2024, VT 2024, 2024 K1, mars 2024 or 2024-03-15.</source>
        <translation>En period saknas. Skriv till exempel 2024, VT 2024, 2024 K1, mars 2024 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="105"/>
        <source>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</source>
        <translation>Ogiltig period: {value}. En period ska skrivas som text, till exempel ”2024-VT”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="108"/>
        <source>Invalid period: {value}. There is no such date; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Det datumet finns inte; använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="43"/>
        <source>Invalid value: {value}. Write a number such as 12.5, 12,5, -3 or 1 234,5.</source>
        <translation>Ogiltigt värde: {value}. Skriv ett tal, till exempel 12,5, 12.5, -3 eller 1 234,5.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="46"/>
        <source>A value is missing. Write a number such as 12.5, 12,5, -3 or 1 234,5.</source>
        <translation>Ett värde saknas. Skriv ett tal, till exempel 12,5, 12.5, -3 eller 1 234,5.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="49"/>
        <source>Invalid value: {value}. Exponent notation such as 1e5 is not accepted; write the number out in full, for example 100000.</source>
        <translation>Ogiltigt värde: {value}. Tal med exponent, som 1e5, godtas inte; skriv ut hela talet, till exempel 100000.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="54"/>
        <source>Invalid value: {value}. A value must be an ordinary number, not NaN or infinity.</source>
        <translation>Ogiltigt värde: {value}. Ett värde måste vara ett vanligt tal, inte NaN eller oändligt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="57"/>
        <source>Invalid value: {value}. Decimal numbers must be given as text, for example &quot;12.5&quot;, so that they are stored exactly.</source>
        <translation>Ogiltigt värde: {value}. Decimaltal ska anges som text, till exempel ”12.5”, så att de sparas exakt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="62"/>
        <source>Invalid value: {value}. A value must be a number, for example &quot;12.5&quot;.</source>
        <translation>Ogiltigt värde: {value}. Ett värde måste vara ett tal, till exempel ”12.5”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="65"/>
        <source>Invalid value: {value}. A value can have at most {limit} digits.</source>
        <translation>Ogiltigt värde: {value}. Ett värde får ha högst {limit} siffror.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="158"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>Året {value} ligger inte mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="167"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} är inte giltigt som {what} (använd något av: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="81"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="82"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>Det här är inte en utbytesfil för Insatsplan (formatet insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="85"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>Filen skrevs av en nyare version av Insatsplan (formatet {format}); den här versionen läser insatsplan/1. Uppdatera Insatsplan för att importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="90"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>Filen har för många nästlade nivåer (fler än {limit}) för att kunna vara en plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="93"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>Texten innehåller ett tecken som inte är giltig Unicode (ett ensamt surrogattecken).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} är inte av typen {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="97"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} är inte något av följande: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="98"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} måste vara {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="99"/>
        <source>The property {name} is missing.</source>
        <translation>Egenskapen {name} saknas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="100"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Okänd egenskap {name}: formatet insatsplan/1 har ingen sådan egenskap här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="103"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>Den här egenskapen är inte tillåten för en nod av typen {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="106"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} är mindre än det lägsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="107"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} är större än det högsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="108"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} är inte ett UUID med små bokstäver, till exempel 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="112"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="182"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} är inte ett datum på formen 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="113"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} följer inte utbytesfilens standardform; skriv {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="116"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} är inte giltigt här ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="118"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>En nod av typen {kind} kan inte placeras högst upp i en plan; det kan bara noder av typen focus_area.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="122"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>En nod av typen {kind} kan inte placeras under en nod av typen {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="125"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>Ett mål under ett annat mål måste ha samma tidshorisont som det överordnade målet ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="128"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan nod i planen ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="131"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan serie ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="134"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>Serien har redan ett värde för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="137"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>Noden har redan en utvärdering för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="140"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>Serien {uuid} finns inte bland filens serier.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="142"/>
        <source>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this node is on level {depth}.</source>
        <translation>Mål kan nästlas högst {limit} nivåer djupt, räknat med fokusområdet och ämnet; den här noden ligger på nivå {depth}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="146"/>
        <location filename="../desktop/insatsplan/safe_paths.py" line="34"/>
        <source>The file {file} does not exist.</source>
        <translation>Filen {file} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="30"/>
        <location filename="../desktop/insatsplan/exchange.py" line="147"/>
        <location filename="../desktop/insatsplan/safe_paths.py" line="35"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="148"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>Du har inte behörighet att läsa filen {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="151"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Filen {file} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="152"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>Filen {file} är för stor för att vara en utbytesfil (mer än {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="155"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är tom; den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="158"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är inte UTF-8-text (ogiltig byte på position {offset}); den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="163"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason} på rad {line}, kolumn {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="166"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="167"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>Filen {file} anger egenskapen {name} två gånger i samma objekt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="170"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>Filen {file} har för många nästlade nivåer för att vara en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="27"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>Mappen {folder} finns inte; välj en befintlig mapp.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="31"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>Filen {file} är skrivskyddad; den har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="34"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>Filen {file} kunde inte skrivas: {reason}. En eventuell tidigare fil är oförändrad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="285"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="302"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="27"/>
        <source>There is no plan {ref}.</source>
        <translation>Planen {ref} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="117"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="396"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>Planen slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="410"/>
        <source>Unknown plan field {name}.</source>
        <translation>Okänt fält i planen: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="446"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>En undertecknad plan förblir undertecknad; skapa en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="683"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="736"/>
        <source>There is no organisation {code}.</source>
        <translation>Organisationen {code} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="710"/>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="38"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>Planen är undertecknad eller skickad för underskrift; innehållet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="719"/>
        <source>An organisation needs a code.</source>
        <translation>En organisation måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="722"/>
        <source>The organisation {code} already exists.</source>
        <translation>Organisationen {code} finns redan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="324"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="747"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="26"/>
        <source>There is no node {id}.</source>
        <translation>Noden {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="136"/>
        <source>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this would make {depth}.</source>
        <translation>Mål kan nästlas högst {limit} nivåer djupt, räknat med fokusområdet och ämnet; detta skulle ge {depth}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="206"/>
        <source>{path} is larger than {limit} MB; is it really the signed plan?</source>
        <translation>{path} är större än {limit} MB; är det verkligen den undertecknade planen?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="214"/>
        <source>{path} is not a PDF file.</source>
        <translation>{path} är ingen PDF-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="425"/>
        <source>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</source>
        <translation>Den undertecknade eller skickade planen ”{plan}” gjordes från den här och anger den som sitt ursprung, så den kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="449"/>
        <source>The plan has no signatories yet: add who signs it under Properties before sending it for signature.</source>
        <translation>Planen har inga undertecknare ännu: lägg till vilka som skriver under i Egenskaper innan den skickas för underskrift.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="492"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1125"/>
        <source>The signing date {date} is in the future.</source>
        <translation>Undertecknandedatumet {date} ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="498"/>
        <source>The plan was already signed on {date}; make a new version to change it.</source>
        <translation>Planen undertecknades redan {date}; gör en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="526"/>
        <source>Only a signed plan can have a signed PDF; sign the plan first.</source>
        <translation>Bara en undertecknad plan kan ha en undertecknad PDF; underteckna planen först.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="538"/>
        <source>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</source>
        <translation>Planen har redan sin undertecknade PDF ({name}); den sparas som den undertecknades och kan inte bytas ut.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="544"/>
        <source>{name} prints the Dokument-ID {printed}, but this plan&apos;s is {expected}: it is the document of another plan or version.</source>
        <translation>{name} visar Dokument-ID {printed}, men den här planens är {expected}: det är dokumentet för en annan plan eller version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="550"/>
        <source>No Dokument-ID was found in the text of {name} (a scan has no text), so it cannot be checked against the plan; keep it as unverified only if you are sure it is the signed plan (--unverified).</source>
        <translation>Inget Dokument-ID hittades i texten i {name} (en skannad fil har ingen text), så den kan inte kontrolleras mot planen; spara den som overifierad bara om du är säker på att det är den undertecknade planen (--unverified).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="588"/>
        <source>The plan {ref} has no signed PDF.</source>
        <translation>Planen {ref} har ingen undertecknad PDF.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="801"/>
        <source>The parent is in another plan.</source>
        <translation>Den överordnade noden hör till en annan plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="805"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1160"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1392"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <extracomment>The id the next node gets. Given here rather than by a flush per node (660 flushes were two thirds of importing a real-size Word document): the table has no AUTOINCREMENT, so SQLite would pick the same max + 1, and one writer holds the workspace&apos;s lock while the builder&apos;s transaction runs.</extracomment>
        <translation>En nod av typen {kind} kan inte placeras under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="861"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="892"/>
        <source>Unknown node field {name}.</source>
        <translation>Okänt fält för en nod: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="874"/>
        <source>The node is not an indicator.</source>
        <translation>Noden är inte en indikator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="907"/>
        <source>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</source>
        <translation>Enheten hör till en mätserie som den undertecknade eller skickade planen ”{plan}” också använder, så den kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="38"/>
        <source>Unknown evaluation status “{status}”; give one of {choices}.</source>
        <extracomment>Largest ``--text-file`` read: a narrative is a few paragraphs, never megabytes. The Swedish words for an evaluation&apos;s status, accepted whatever language the CLI speaks (the stored English keys are accepted too): what people write in Sweden.</extracomment>
        <translation>Okänd utvärderingsstatus ”{status}”; ange en av {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="40"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="253"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1076"/>
        <source>The number of participants must be a whole number from 0 to {limit}.</source>
        <translation>Antalet deltagare måste vara ett heltal från 0 till {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="42"/>
        <source>--delete cannot go with --status, --participants, --text or --text-file.</source>
        <translation>--delete kan inte kombineras med --status, --participants, --text eller --text-file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="44"/>
        <source>{file} is larger than {limit} kB.</source>
        <translation>{file} är större än {limit} kB.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="920"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>Nivån {colour} har ett lägsta värde som är större än det högsta.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="940"/>
        <source>A node cannot be moved into itself.</source>
        <translation>En nod kan inte flyttas in i sig själv.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="40"/>
        <source>There is no series {id}.</source>
        <translation>Serien {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="41"/>
        <source>There is no indicator {ref} in the plan.</source>
        <translation>Det finns ingen indikator {ref} i planen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="42"/>
        <source>More than one indicator is called “{ref}”; give its UUID: {matches}.</source>
        <translation>Fler än en indikator heter ”{ref}”; ange dess UUID: {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="44"/>
        <source>There is no series or indicator {ref}; give a series UUID, an indicator UUID or an exact name.</source>
        <translation>Det finns ingen serie eller indikator {ref}; ange seriens UUID, indikatorns UUID eller ett exakt namn.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="47"/>
        <source>More than one series is called “{ref}”; give its UUID: {matches}.</source>
        <translation>Fler än en serie heter ”{ref}”; ange dess UUID: {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="49"/>
        <source>The period {period} is given twice for the same series.</source>
        <translation>Perioden {period} anges två gånger för samma serie.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="51"/>
        <source>The node {ref} is not an indicator.</source>
        <translation>Noden {ref} är ingen indikator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="52"/>
        <source>A series needs a name.</source>
        <translation>En serie behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="53"/>
        <source>There is already a series {uuid}.</source>
        <translation>Det finns redan en serie {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="54"/>
        <source>The indicator&apos;s own series cannot also be drawn as its comparison.</source>
        <translation>Indikatorns egen serie kan inte också ritas som dess jämförelse.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="56"/>
        <source>The series “{name}” is measured in “{unit}”, the indicator in “{wanted}”: a line in another unit on the same axis would mislead.</source>
        <translation>Serien ”{name}” mäts i ”{unit}”, indikatorn i ”{wanted}”: en linje i en annan enhet på samma axel skulle vilseleda.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="59"/>
        <source>The series “{name}” is measured by an indicator and cannot be deleted.</source>
        <translation>Serien ”{name}” mäts av en indikator och kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1082"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="28"/>
        <source>Only topics have evaluations.</source>
        <translation>Bara insatser har utvärderingar.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1121"/>
        <source>The file&apos;s plan is signed but has no signing date; import it with --as-draft to get it as a draft.</source>
        <translation>Filens plan är undertecknad men saknar undertecknandedatum; importera den med --as-draft för att få den som utkast.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1174"/>
        <source>The file&apos;s plan “{plan}” was sent or signed with the fingerprint {claimed}, but its content as imported has {written}: it was changed since, so nothing was imported. Import it with --as-draft to get it as a draft.</source>
        <translation>Filens plan ”{plan}” skickades för underskrift eller undertecknades med fingeravtrycket {claimed}, men dess innehåll har vid importen {written}: den har ändrats sedan dess, så ingenting importerades. Importera den med --as-draft för att få den som utkast.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1220"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>Filens mätvärden skiljer sig från arbetsytans, så inget importerades: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="146"/>
        <source>The workspace {path} is in a read-only folder or on read-only media; it can be opened for reading only.</source>
        <translation>Arbetsytan {path} ligger i en skrivskyddad mapp eller på ett skrivskyddat medium; den kan bara öppnas för läsning.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="159"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="417"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Kan inte skapa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="169"/>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="36"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>Arbetsytan {path} är öppen i ett annat fönster eller en annan process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="177"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Kan inte låsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="188"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>Arbetsytan {path} använder ett äldre schema ({found}); öppna den en gång i redigeraren eller med ett kommando som skriver, så uppgraderas den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="240"/>
        <source>The change was saved, but today&apos;s backup of {path} could not be written: {reason}</source>
        <translation>Ändringen sparades, men dagens säkerhetskopia av {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="261"/>
        <source>The lock file {lock} was removed or replaced while the workspace was open, so another program may be writing too; nothing more is written. Close the workspace and open it again.</source>
        <translation>Låsfilen {lock} togs bort eller ersattes medan arbetsytan var öppen, så ett annat program kan också skriva i den; inget mer skrivs. Stäng arbetsytan och öppna den igen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="271"/>
        <source>The workspace file {path} was replaced, moved or removed while it was open; nothing more is written. Open it again.</source>
        <translation>Arbetsytans fil {path} ersattes, flyttades eller togs bort medan den var öppen; inget mer skrivs. Öppna den igen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="309"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>Arbetsytan {path} är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="397"/>
        <source>Cannot move the left-over file {file} aside: {reason}</source>
        <translation>Kan inte flytta undan den kvarlämnade filen {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="404"/>
        <source>Left-over files of an earlier workspace at {path} were moved aside, not used: {files}</source>
        <translation>Kvarlämnade filer från en tidigare arbetsyta vid {path} flyttades undan och användes inte: {files}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="488"/>
        <source>The workspace {path} needs an upgrade, and the backup taken before it could not be written to {folder}: {reason}. Nothing was changed.</source>
        <translation>Arbetsytan {path} behöver uppgraderas, och säkerhetskopian som tas före det kunde inte skrivas till {folder}: {reason}. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="40"/>
        <source>The change was refused: {reason}</source>
        <translation>Ändringen avvisades: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="41"/>
        <source>The workspace {path} cannot be written: the file or its folder is read-only.</source>
        <translation>Arbetsytan {path} kan inte skrivas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="43"/>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>Disken där {path} ligger är full; inget ändrades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="46"/>
        <source>Reading or writing {path} failed (input/output error: {detail}); the disk or network share may be failing.</source>
        <translation>Det gick inte att läsa eller skriva {path} (in-/utmatningsfel: {detail}); disken eller nätverksresursen kan vara trasig.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="49"/>
        <source>The workspace {path} cannot be opened ({detail}); check that its folder exists and that you may write to it.</source>
        <translation>Arbetsytan {path} kan inte öppnas ({detail}); kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="52"/>
        <source>There is not enough memory to open {path}.</source>
        <translation>Det finns inte tillräckligt med minne för att öppna {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="53"/>
        <source>You do not have permission to use {path} ({detail}).</source>
        <translation>Du har inte behörighet att använda {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="55"/>
        <source>The tables of the workspace {path} do not match its schema label ({detail}); the file was changed outside Insatsplan.</source>
        <translation>Tabellerna i arbetsytan {path} stämmer inte med dess schemaversion ({detail}); filen har ändrats utanför Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="58"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="123"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>Arbetsytefilen {path} är skadad ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="112"/>
        <source>The workspace file {path} holds a value that is not what its column holds ({where}); the file was changed outside Insatsplan.</source>
        <translation>Arbetsytan {path} innehåller ett värde som inte hör hemma i sin kolumn ({where}); filen har ändrats utanför Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="96"/>
        <source>The workspace {path} is in a read-only place and holds changes not yet merged into it ({wal}); copy the folder to a writable place and open the copy.</source>
        <translation>Arbetsytan {path} ligger på en skrivskyddad plats och har ändringar som ännu inte förts in i den ({wal}); kopiera mappen till en plats där du kan skriva och öppna kopian.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="132"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} är inte en arbetsyta för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="152"/>
        <source>The workspace {path} does not exist.</source>
        <translation>Arbetsytan {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="211"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="160"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan inte läsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="191"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} skrevs av en nyare version av Insatsplan (schema {found}); den här versionen läser schema {ours}. Uppdatera Insatsplan för att öppna den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="56"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (se insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="244"/>
        <source>--scale must be between 1 and {limit}.</source>
        <translation>--scale måste vara mellan 1 och {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="395"/>
        <source>--period goes with a report (--kind report or plan_and_report); the agreement has no period.</source>
        <translation>--period hör till en redovisning (--kind report eller plan_and_report); överenskommelsen har ingen period.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="533"/>
        <source>--unit and --compare-with go with --new-series.</source>
        <translation>--unit och --compare-with hör ihop med --new-series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="571"/>
        <source>--compare-with needs --plan.</source>
        <translation>--compare-with behöver --plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="776"/>
        <location filename="../desktop/insatsplan/ui/app.py" line="83"/>
        <source>Internal error (a bug in Insatsplan): {error}. The details could not be written to a log; run the command again with --debug to see them.</source>
        <translation>Internt fel (ett fel i Insatsplan): {error}. Detaljerna kunde inte skrivas till en logg; kör kommandot igen med --debug för att se dem.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="781"/>
        <location filename="../desktop/insatsplan/ui/app.py" line="88"/>
        <source>Internal error (a bug in Insatsplan), details in {log}. Please send that file to whoever supports Insatsplan.</source>
        <translation>Internt fel (ett fel i Insatsplan), detaljer finns i {log}. Skicka den filen till den som ger support för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="815"/>
        <source>Cannot write to the standard output: {reason}</source>
        <translation>Kan inte skriva till standardutdata: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="352"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>Arbetsytan {path} har problem: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="454"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>Arbetsytan innehåller redan uppskalade demodata med slumpfröet {seed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="104"/>
        <source>{path} is in a read-only folder or on read-only media; it is open for reading only.</source>
        <translation>{path} ligger i en skrivskyddad mapp eller på ett skrivskyddat medium; den är öppen endast för läsning.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="184"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="373"/>
        <source>What was copied cannot be placed here: choose a row that can hold it.</source>
        <translation>Det kopierade kan inte placeras här: välj en rad som kan ta emot det.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="40"/>
        <source>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</source>
        <extracomment>Custom document property names (File → Properties → Custom in Word).</extracomment>
        <translation>Word-filen {file} skrevs, men en PDF kräver LibreOffice: installera LibreOffice (på Debian och Ubuntu paketen libreoffice-writer-nogui och python3-uno) och exportera igen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="44"/>
        <source>The Word file and the PDF would both be {file}, and the PDF would replace the Word file; give the Word file a name ending in .docx.</source>
        <translation>Word-filen och PDF:en skulle båda bli {file}, och PDF:en skulle ersätta Word-filen; ge Word-filen ett namn som slutar på .docx.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="47"/>
        <source>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</source>
        <translation>Word-filen {file} skrevs, men LibreOffice kunde inte göra PDF-filen: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="51"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</source>
        <translation>LibreOffice är inte installerat, så sidnummer och PDF kan inte skapas. Installera LibreOffice Writer och dess Python-brygga (i Debian och Ubuntu: paketen libreoffice-writer och python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="57"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice är inte installerat, så sidnummer och PDF kan inte skapas. Installera LibreOffice från libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="62"/>
        <source>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</source>
        <translation>LibreOffice är installerat men dess Python-brygga saknas, så sidnummer och PDF kan inte skapas. Installera den (i Debian och Ubuntu: paketet python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="67"/>
        <source>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice är installerat men dess Python saknas eller fungerar inte, så sidnummer och PDF kan inte skapas. Installera om LibreOffice från libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="252"/>
        <source>The Word file {path} does not exist.</source>
        <translation>Word-filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="262"/>
        <source>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</source>
        <translation>LibreOffice kan inte läsa {path}: filen är skadad, lösenordsskyddad eller inget Word-dokument.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="286"/>
        <source>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</source>
        <translation>Det går inte att skriva PDF-filen {path}: {reason}. Är den öppen i ett annat program, eller är mappen skrivskyddad?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="310"/>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="450"/>
        <source>LibreOffice could not write the PDF {path}.</source>
        <translation>LibreOffice kunde inte skriva PDF-filen {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="313"/>
        <source>LibreOffice ({program}) could not be started.</source>
        <translation>LibreOffice ({program}) kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="315"/>
        <source>LibreOffice stopped unexpectedly.</source>
        <translation>LibreOffice avbröts oväntat.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="384"/>
        <source>LibreOffice did not finish within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice blev inte klart inom {seconds} sekunder och stoppades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="388"/>
        <source>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</source>
        <translation>LibreOffices Python ({program}) kunde inte startas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="41"/>
        <source>The template {file} could not be read: {reason}.</source>
        <translation>Mallen {file} kunde inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="43"/>
        <source>The template {file} is not a Word file; choose a .docx or .dotx file.</source>
        <translation>Mallen {file} är ingen Word-fil; välj en .docx- eller .dotx-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="45"/>
        <source>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</source>
        <translation>Mallen {file} är skadad och kan inte användas; öppna den i Word, spara den igen som .docx eller .dotx och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="48"/>
        <source>The template {file} is password-protected; save a copy without a password and choose that.</source>
        <translation>Mallen {file} är lösenordsskyddad; spara en kopia utan lösenord och välj den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="51"/>
        <source>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</source>
        <translation>Mallen {file} är en gammal Word 97–2003-fil; spara den som .docx eller .dotx i Word och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="57"/>
        <source>The template {file} is too large for a Word template (more than {limit} MB unpacked, or too many parts); choose a smaller file.</source>
        <extracomment>The template file on disk; the city&apos;s templates are a few hundred kB with a logo. Parts in the package; Word&apos;s own files have a few dozen. One part unpacked (a picture), one XML part unpacked, all parts together. Unpacked / packed size of a part above :data:`RATIO_FLOOR`: Word&apos;s XML packs 5-30 times, deflate at most about 1000 times; a bomb needs the extreme end.</extracomment>
        <translation>Mallen {file} är för stor för en Word-mall (mer än {limit} MB uppackad, eller för många delar); välj en mindre fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="60"/>
        <source>The template {file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</source>
        <translation>Mallen {file} har en del ({part}) som är packad {ratio} gånger tätare än Word packar något; den avvisas som en möjlig zip-bomb.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="63"/>
        <source>The template {file} contains a document type declaration in {part}, which Word files never have; it is refused.</source>
        <translation>Mallen {file} har en dokumenttypsdeklaration i {part}, något som Word-filer aldrig har; den avvisas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="66"/>
        <source>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</source>
        <translation>Mallen {file} innehåller makron; spara den som .docx eller .dotx utan makron och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="69"/>
        <source>The template {file} contains ActiveX controls; remove them in Word, save it and choose it again.</source>
        <translation>Mallen {file} innehåller ActiveX-kontroller; ta bort dem i Word, spara mallen och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="72"/>
        <source>The template {file} contains an embedded object ({part}), which could start a program; remove it in Word, save it and choose it again.</source>
        <translation>Mallen {file} innehåller ett inbäddat objekt ({part}) som kan starta ett program; ta bort det i Word, spara mallen och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="75"/>
        <source>The template {file} refers to something outside the file ({kind}: {target}); insert it into the template or remove it in Word, save it and choose it again.</source>
        <translation>Mallen {file} hänvisar till något utanför filen ({kind}: {target}); infoga det i mallen eller ta bort det i Word, spara mallen och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="78"/>
        <source>The template {file} contains a field that reaches outside the document ({field}); remove it in Word, save it and choose it again.</source>
        <translation>Mallen {file} innehåller ett fält som når utanför dokumentet ({field}); ta bort det i Word, spara mallen och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="36"/>
        <source>{file} is not a regular file (it is a pipe, device or socket); give a file.</source>
        <translation>{file} är ingen vanlig fil (det är en pipe, en enhet eller en socket); ange en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="38"/>
        <source>{file} is a link to {target}, which does not exist.</source>
        <translation>{file} är en länk till {target}, som inte finns.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="40"/>
        <source>{file} is a link that leads back to itself (a loop of links).</source>
        <translation>{file} är en länk som leder tillbaka till sig själv (en slinga av länkar).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="42"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Kan inte läsa {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="43"/>
        <source>{file} is the open workspace {workspace} or one of its own files; choose another name, nothing was written.</source>
        <translation>{file} är den öppna arbetsytan {workspace} eller en av dess egna filer; välj ett annat namn, inget skrevs.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="46"/>
        <source>{file} is an Insatsplan workspace or one of its own files; choose another name, nothing was written.</source>
        <translation>{file} är en Insatsplan-arbetsyta eller en av dess egna filer; välj ett annat namn, inget skrevs.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="129"/>
        <source>The PDF prints two different Dokument-IDs, {first} and {second}, so which plan it records cannot be told.</source>
        <translation>PDF-filen visar två olika Dokument-ID, {first} och {second}, så det går inte att avgöra vilken plan den gäller.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="157"/>
        <source>{path} is protected by a password; save a copy without the password and attach that.</source>
        <translation>{path} är skyddad med lösenord; spara en kopia utan lösenord och bifoga den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="163"/>
        <source>{path} cannot be read as a PDF: {reason}</source>
        <translation>{path} kan inte läsas som PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="178"/>
        <source>Reading PDF files needs the Python package {package}: {reason}</source>
        <translation>För att läsa PDF-filer behövs Python-paketet {package}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="189"/>
        <source>{path} has {pages} pages, more than the {limit} a signed plan can have; is it really the signed plan?</source>
        <translation>{path} har {pages} sidor, fler än de {limit} en undertecknad plan kan ha; är det verkligen den undertecknade planen?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="196"/>
        <source>Reading {path} took longer than {seconds} seconds; is it really the signed plan?</source>
        <translation>Att läsa {path} tog längre än {seconds} sekunder; är det verkligen den undertecknade planen?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="209"/>
        <source>{path} has no pages.</source>
        <translation>{path} har inga sidor.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="46"/>
        <source>{file} is larger than {limit} MB; download a smaller selection of the table.</source>
        <translation>{file} är större än {limit} MB; hämta ett mindre urval av tabellen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="48"/>
        <source>{file} is not a text file; download the table as JSON-stat 2.0, CSV or Kolada JSON.</source>
        <translation>{file} är ingen textfil; hämta tabellen som JSON-stat 2.0, CSV eller Kolada-JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="51"/>
        <source>{file} is not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation>{file} är inte giltig JSON (rad {line}, kolumn {column}): {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="53"/>
        <source>{file} is neither PxWeb JSON-stat 2.0 nor Kolada JSON; Insatsplan reads those and PxWeb CSV.</source>
        <translation>{file} är varken PxWeb JSON-stat 2.0 eller Kolada-JSON; Insatsplan läser dem och PxWeb-CSV.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="56"/>
        <source>Invalid --where {value}: write DIMENSION=CODE, for example Region=0180.</source>
        <translation>Ogiltigt --where {value}: skriv DIMENSION=KOD, till exempel Region=0180.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="33"/>
        <source>{count} values in the file differ from the stored ones, so nothing was imported (--replace replaces them; period: stored → file): {conflicts}</source>
        <translation>Värden i filen som skiljer sig från de lagrade: {count}, så inget importerades (--replace ersätter dem; period: lagrat → fil): {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="36"/>
        <source>{file}: {count} values differ from the stored ones, so nothing was imported (line: indicator, period: stored → file): {conflicts}</source>
        <translation>{file}: värden som skiljer sig från de lagrade: {count}, så inget importerades (rad: indikator, period: lagrat → fil): {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="39"/>
        <source>The file has no values for this selection, so no series was created.</source>
        <translation>Filen har inga värden för det här urvalet, så ingen serie skapades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="41"/>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="41"/>
        <source>{file}, line {line}: {error}</source>
        <translation>{file}, rad {line}: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="42"/>
        <source>{file}, line {line}: a second value for {period} of {indicator} (the first is on line {first}).</source>
        <translation>{file}, rad {line}: ett andra värde för {period} för {indicator} (det första står på rad {first}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="29"/>
        <source>{file} is not a usable JSON-stat dataset: {field} is missing or malformed.</source>
        <translation>{file} är ingen användbar JSON-stat-datamängd: {field} saknas eller är felaktigt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="31"/>
        <source>{file} is damaged: the dimension {dimension} has {count} categories but its size says {size}.</source>
        <translation>{file} är skadad: dimensionen {dimension} har {count} kategorier men dess storlek anger {size}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="34"/>
        <source>{file} is damaged: it holds {count} values where its dimensions need {expected}.</source>
        <translation>{file} är skadad: antalet värden är {count} där dimensionerna kräver {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="37"/>
        <source>{file} claims {count} values, more than {limit}; download a smaller selection of the table.</source>
        <translation>{file} anger {count} värden, fler än {limit}; hämta ett mindre urval av tabellen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="40"/>
        <source>{file} is damaged: value number {position} ({value}) is not a number.</source>
        <translation>{file} är skadad: värde nummer {position} ({value}) är inget tal.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="42"/>
        <source>{file}, value number {position}: {reason}</source>
        <translation>{file}, värde nummer {position}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="43"/>
        <source>{file} has no time dimension (role.time), so its values have no periods.</source>
        <translation>{file} har ingen tidsdimension (role.time), så värdena saknar perioder.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="45"/>
        <source>{file} is a JSON-stat collection of {count} datasets; download one table at a time.</source>
        <translation>{file} är en JSON-stat-samling med {count} datamängder; hämta en tabell i taget.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="24"/>
        <source>{file} is not usable Kolada data: entry {entry} lacks {field} or has it malformed.</source>
        <translation>{file} är inte användbara Kolada-data: post {entry} saknar {field} eller har det felaktigt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="27"/>
        <source>{file} is damaged: the value {value} of entry {entry} is not a number.</source>
        <translation>{file} är skadad: värdet {value} i post {entry} är inget tal.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="29"/>
        <source>{file}, entry {entry}: {reason}</source>
        <translation>{file}, post {entry}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="30"/>
        <source>{file} gives {kpi} for {place}, {period}, gender {gender} twice.</source>
        <translation>{file} anger {kpi} för {place}, {period}, kön {gender} två gånger.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="32"/>
        <source>{file} holds no Kolada values.</source>
        <translation>{file} innehåller inga Kolada-värden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="35"/>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} är större än {limit} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="36"/>
        <source>{file}: the first line must name the columns indicator;period;value;note (and optionally source), not {header}.</source>
        <translation>{file}: första raden måste namnge kolumnerna indicator;period;value;note (och eventuellt source), inte {header}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="39"/>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="45"/>
        <source>{file}, line {line}: {count} cells where the header has {expected}.</source>
        <translation>{file}, rad {line}: {count} celler där rubrikraden har {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="42"/>
        <source>{file}, line {line}: the indicator is missing.</source>
        <translation>{file}, rad {line}: indikatorn saknas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="44"/>
        <source>{file} holds no measurements.</source>
        <translation>{file} innehåller inga mätvärden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="45"/>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="45"/>
        <source>{file} is not a text file.</source>
        <translation>{file} är ingen textfil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="43"/>
        <source>{file} is not a statistics table: no header row with columns was found.</source>
        <translation>{file} är ingen statistiktabell: ingen rubrikrad med kolumner hittades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="47"/>
        <source>{file}, line {line}, column {column}: {value} is not a number.</source>
        <translation>{file}, rad {line}, kolumn {column}: {value} är inget tal.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="49"/>
        <source>{file} has no period column: no header is a period such as 2024, 2024K1 or 2024M03, and no column is called Tid or år.</source>
        <translation>{file} har ingen periodkolumn: ingen rubrik är en period som 2024, 2024K1 eller 2024M03, och ingen kolumn heter Tid eller år.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="52"/>
        <source>{file} has no column of numbers at its right to take the values from.</source>
        <translation>{file} har ingen kolumn med tal längst till höger att hämta värdena från.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="54"/>
        <source>{file}, line {line}: the same cell as line {first} ({what}).</source>
        <translation>{file}, rad {line}: samma cell som rad {first} ({what}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="56"/>
        <source>{file} has a header but no rows of values.</source>
        <translation>{file} har en rubrikrad men inga rader med värden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="57"/>
        <source>{file}: the column {column} looks like a period but is not one: {reason}</source>
        <translation>{file}: kolumnen {column} ser ut som en period men är ingen: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="59"/>
        <source>{file}, line {line}, column {column}: {reason}</source>
        <translation>{file}, rad {line}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="22"/>
        <source>The file has no dimension {name}; its dimensions are: {choices}.</source>
        <translation>Filen har ingen dimension {name}; dess dimensioner är: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="24"/>
        <source>The dimension {dimension} has no category {value}; its categories are: {choices}.</source>
        <translation>Dimensionen {dimension} har ingen kategori {value}; dess kategorier är: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="27"/>
        <source>{value} matches several categories of {dimension}: {choices}. Use the code.</source>
        <translation>{value} passar flera kategorier i {dimension}: {choices}. Använd koden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="29"/>
        <source>{name} matches several dimensions of the file: {choices}. Use the id.</source>
        <translation>{name} passar flera av filens dimensioner: {choices}. Använd id:t.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="31"/>
        <source>The dimension {dimension} has several categories; choose one with --where {name}=CODE: {choices}.</source>
        <translation>Dimensionen {dimension} har flera kategorier; välj en med --where {name}=KOD: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="34"/>
        <source>--where chooses two categories of {dimension} ({choices}); choose one.</source>
        <translation>--where väljer två kategorier av {dimension} ({choices}); välj en.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="36"/>
        <source>The time code {code} in the file is not a period Insatsplan knows: {reason}</source>
        <translation>Tidskoden {code} i filen är ingen period som Insatsplan känner till: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="38"/>
        <source>The file gives two values for {period} in this selection ({first} and {second}); choose a category of every dimension.</source>
        <translation>Filen ger två värden för {period} i detta urval ({first} och {second}); välj en kategori i varje dimension.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/spreadsheet.py" line="49"/>
        <source>Cannot write {file}: the file name must end in .xlsx or .csv.</source>
        <extracomment>The file kinds :func:`write_follow_up` writes, by suffix.</extracomment>
        <translation>Kan inte skriva {file}: filnamnet måste sluta på .xlsx eller .csv.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/spreadsheet.py" line="52"/>
        <source>Cannot write {file}: the plan&apos;s values fall in {count} different periods, one column each, and a spreadsheet holds at most {limit}.</source>
        <translation>Kan inte skriva {file}: planens värden gäller {count} olika perioder, en kolumn var, och ett kalkylblad rymmer högst {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/files.py" line="20"/>
        <source>A chart must be between 1 and {limit} pixels wide and high, not {width}×{height}.</source>
        <translation>Ett diagram måste vara mellan 1 och {limit} bildpunkter brett och högt, inte {width}×{height}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/files.py" line="23"/>
        <source>A chart is written as .png or .svg, not {name}.</source>
        <translation>Ett diagram sparas som .png eller .svg, inte {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/csv_rows.py" line="28"/>
        <source>{file}, line {line}: a quoted cell is not closed; a cell that starts with &quot; must end with &quot; (write &quot;&quot; for a quotation mark inside it).</source>
        <translation>{file}, rad {line}: en cell inom citattecken avslutas aldrig; en cell som börjar med &quot; måste sluta med &quot; (skriv &quot;&quot; för ett citattecken i cellen).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/csv_rows.py" line="31"/>
        <source>{file}, line {line}: a cell is longer than {limit} characters.</source>
        <translation>{file}, rad {line}: en cell är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="70"/>
        <source>--period goes with --missing.</source>
        <translation>--period hör ihop med --missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/fonts.py" line="81"/>
        <source>LibreOffice laid the document out without these fonts: {fonts}. The page numbers in the table of contents may therefore be wrong; Word will offer to update them when the file is opened.</source>
        <extracomment>The environment variable fontconfig reads its configuration file from. The system configuration the private file includes (missing ones are skipped). A font family -&gt; the metric-compatible families that lay text out with the same widths (fontconfig&apos;s 30-metric-aliases.conf, whose chains reach ghostscript&apos;s URW fonts and TeX Gyre where the Liberation fonts are not installed). Names as fontconfig and Word spell them. Fonts LibreOffice replaces by design with a font of the same repertoire at the same code points (not metric twins, but no fallback either): its OpenSymbol for Symbol. The aliases the private configuration adds in case a host&apos;s configuration lacks them: the two twins the program ships.</extracomment>
        <translation>LibreOffice saknade de här typsnitten när dokumentet sattes: {fonts}. Sidnumren i innehållsförteckningen kan därför vara fel; Word erbjuder att uppdatera dem när filen öppnas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="29"/>
        <source>There is no topic {ref} in the plan.</source>
        <translation>Det finns ingen insats {ref} i planen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="30"/>
        <source>More than one topic is called “{ref}”; give its UUID or its path (focus area › topic): {matches}.</source>
        <translation>Fler än en insats heter ”{ref}”; ange dess UUID eller dess sökväg (fokusområde › insats): {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="30"/>
        <source>The workspace does not hold the plan {file} was exported from, so it cannot be imported as a new version of it; import it without --as-new-version.</source>
        <translation>Arbetsytan har inte planen som {file} exporterades från, så den kan inte importeras som en ny version av den; importera den utan --as-new-version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="33"/>
        <source>--series wants INDICATOR=SERIES (an indicator&apos;s title or UUID, a series&apos; name or UUID or “new”), not “{value}”.</source>
        <translation>--series vill ha INDIKATOR=SERIE (en indikators rubrik eller UUID, en series namn eller UUID eller ”new”), inte ”{value}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="36"/>
        <source>The document has no indicator “{indicator}” (--series names an indicator by its title or UUID).</source>
        <translation>Dokumentet har ingen indikator ”{indicator}” (--series anger en indikator med dess rubrik eller UUID).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="39"/>
        <source>The document has {count} indicators “{indicator}”; name the one you mean by its UUID (--dry-run --json lists them).</source>
        <translation>Dokumentet har {count} indikatorer ”{indicator}”; ange den du menar med dess UUID (--dry-run --json listar dem).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="42"/>
        <source>The workspace has no series “{series}” (--series names a series by its name or UUID, or “new”).</source>
        <translation>Arbetsytan har ingen serie ”{series}” (--series anger en serie med dess namn eller UUID, eller ”new”).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="45"/>
        <source>The workspace has {count} series named “{series}”; name the one you mean by its UUID.</source>
        <translation>Arbetsytan har {count} serier som heter ”{series}”; ange den du menar med dess UUID.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="14"/>
        <source>{file} is not a Word document; choose a file saved as .docx by Word, LibreOffice or another word processor.</source>
        <translation>{file} är inget Word-dokument; välj en fil som Word, LibreOffice eller ett annat ordbehandlingsprogram har sparat som .docx.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="17"/>
        <source>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; LibreOffice can convert it to .docx first.</source>
        <translation>{file} är ett gammalt Word 97–2003-dokument (.doc), som inte kan importeras som det är; LibreOffice kan först konvertera det till .docx.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="20"/>
        <source>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; open it in Word, save it as a Word document (.docx) and import that.</source>
        <translation>{file} är ett gammalt Word 97–2003-dokument (.doc), som inte kan importeras som det är; öppna det i Word, spara det som Word-dokument (.docx) och importera det.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="23"/>
        <source>{file} is password-protected (encrypted), so its text cannot be read; open it in Word, remove the password, save a copy and import that.</source>
        <translation>{file} är lösenordsskyddad (krypterad), så texten kan inte läsas; öppna den i Word, ta bort lösenordet, spara en kopia och importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="26"/>
        <source>{file} is damaged or incomplete and cannot be read as a Word document; open it in Word or LibreOffice, save it again as .docx and import that.</source>
        <translation>{file} är skadad eller ofullständig och kan inte läsas som ett Word-dokument; öppna den i Word eller LibreOffice, spara den igen som .docx och importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="29"/>
        <source>{file} is a zip file but holds no Word document text (word/document.xml is missing); choose a .docx file.</source>
        <translation>{file} är en zip-fil men innehåller ingen Word-text (word/document.xml saknas); välj en .docx-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="32"/>
        <source>{file} is damaged: its part {part} is not well-formed XML ({reason}); open it in Word, save it again as .docx and import that.</source>
        <translation>{file} är skadad: delen {part} är inte välformad XML ({reason}); öppna den i Word, spara den igen som .docx och importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="35"/>
        <source>{file} is larger than {limit} MB, far larger than a Word document of text; it is not imported.</source>
        <translation>{file} är större än {limit} MB, mycket större än ett Word-dokument med text; den importeras inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="38"/>
        <source>{file} would unpack to more than {limit} MB or has too many parts, far more than a Word document of text; it is not imported.</source>
        <translation>{file} skulle packas upp till mer än {limit} MB eller har för många delar, mycket mer än ett Word-dokument med text; den importeras inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="41"/>
        <source>{file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</source>
        <translation>{file} innehåller en del ({part}) som är packad {ratio} gånger tätare än Word packar något; den avvisas som en möjlig zip-bomb.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="44"/>
        <source>{file} contains a document type declaration in {part}, which Word files never have (it could make the reader fetch or expand other content); it is refused.</source>
        <translation>{file} innehåller en dokumenttypdeklaration i {part}, vilket Word-filer aldrig har (den kunde få läsaren att hämta eller expandera annat innehåll); filen avvisas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="47"/>
        <source>{file} holds no text to import: the document is empty.</source>
        <translation>{file} innehåller ingen text att importera: dokumentet är tomt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="49"/>
        <source>LibreOffice could not convert {file} to .docx; open it in Word, save it as a Word document (.docx) and import that.</source>
        <translation>LibreOffice kunde inte konvertera {file} till .docx; öppna den i Word, spara den som Word-dokument (.docx) och importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="52"/>
        <source>LibreOffice did not convert {file} within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice konverterade inte {file} inom {seconds} sekunder och stoppades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/importing.py" line="17"/>
        <source>{file} is an old Word 97–2003 document (.doc); run the command again with --convert to convert it to .docx with LibreOffice and import that.</source>
        <translation>{file} är ett gammalt Word 97–2003-dokument (.doc); kör kommandot igen med --convert för att konvertera det till .docx med LibreOffice och importera det.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/importing.py" line="20"/>
        <source>{reason} Run the command again with --as-one-topic to import it so.</source>
        <translation>{reason} Kör kommandot igen med --as-one-topic för att importera det så.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="53"/>
        <source>No plan structure was found in {file}: no focus areas, topics or goal sections. It can be imported as one topic holding the document&apos;s text instead.</source>
        <translation>Ingen planstruktur hittades i {file}: inga fokusområden, insatser eller avsnitt med mål. Dokumentet kan i stället importeras som en insats text.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="56"/>
        <source>The report&apos;s summary tables were left out: they are counted from the plan.</source>
        <translation>Redovisningens sammanfattande tabeller togs inte med: de räknas fram ur planen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="58"/>
        <source>Some topics stand before any focus area; they were put under a focus area without a title.</source>
        <translation>Några insatser står före alla fokusområden; de lades under ett fokusområde utan rubrik.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="61"/>
        <source>The document names no year; the current year was assumed.</source>
        <translation>Dokumentet anger inget år; innevarande år har antagits.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="63"/>
        <source>The document holds tracked changes that were neither accepted nor rejected; it was read as if all of them were accepted.</source>
        <translation>Dokumentet innehåller spårade ändringar som varken godkänts eller avvisats; det lästes som om alla hade godkänts.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="60"/>
        <source>There is no series {uuid} in the workspace to attach the indicator “{title}” to.</source>
        <translation>Det finns ingen serie {uuid} i arbetsytan att koppla indikatorn ”{title}” till.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="63"/>
        <source>The series “{series}” is chosen for two indicators, “{first}” and “{second}”; each indicator of a plan has a series of its own.</source>
        <translation>Serien ”{series}” är vald för två indikatorer, ”{first}” och ”{second}”; varje indikator i en plan har en egen serie.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="66"/>
        <source>The document has no indicator {uuid}.</source>
        <translation>Dokumentet har ingen indikator {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/comparing.py" line="29"/>
        <source>Plan {a} “{a_title}” and plan {b} “{b_title}” are of different kinds (an agreement and a plan with report); only plans of the same kind can be compared.</source>
        <translation>Plan {a} ”{a_title}” och plan {b} ”{b_title}” är av olika slag (en överenskommelse och en handlingsplan med redovisning); bara planer av samma slag kan jämföras.</translation>
    </message>
</context>
<context>
    <name>EvaluationOverviewPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="39"/>
        <source>Activities by evaluation</source>
        <extracomment>the person chose an activity: its node id</extracomment>
        <translation>Insatser efter utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="42"/>
        <source>The plan&apos;s activities grouped by the status of their evaluation for the plan&apos;s year</source>
        <translation>Planens insatser grupperade efter status i utvärderingen för planens år</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="49"/>
        <source>Activities by evaluation status</source>
        <translation>Insatser efter utvärderingsstatus</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="67"/>
        <source>Activities by evaluation {period}</source>
        <translation>Insatser efter utvärdering {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="70"/>
        <source>No activities.</source>
        <translation>Inga insatser.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="79"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="103"/>
        <source>Evaluation period</source>
        <translation>Utvärderingsperiod</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="104"/>
        <source>Choose a period, or type another one, for example 2025, VT 2025 or 2025 K1, and press Enter</source>
        <translation>Välj en period eller skriv en annan, till exempel 2025, VT 2025 eller 2025 K1, och tryck Enter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="127"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="133"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="134"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="136"/>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="139"/>
        <source>Delete evaluation</source>
        <translation>Ta bort utvärdering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="140"/>
        <source>Remove this period&apos;s evaluation (can be undone)</source>
        <translation>Ta bort periodens utvärdering (kan ångras)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="214"/>
        <source>Delete evaluation {period}</source>
        <translation>Ta bort utvärdering {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="230"/>
        <source>Evaluation {period}: {field}</source>
        <translation>Utvärdering {period}: {field}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="235"/>
        <source>The evaluation cannot be changed here.</source>
        <translation>Utvärderingen kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="266"/>
        <source>No evaluation for {period} yet.</source>
        <translation>Ingen utvärdering för {period} än.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="158"/>
        <source>Insatsplan&apos;s own template</source>
        <translation>Insatsplans egen mall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="160"/>
        <source>Also save a PDF beside it</source>
        <translation>Spara även en PDF bredvid</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="162"/>
        <source>for example 2025, VT 2025 or 2025 K1</source>
        <translation>till exempel 2025, VT 2025 eller 2025 K1</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="164"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="166"/>
        <source>Period followed up</source>
        <translation>Period som följs upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="169"/>
        <source>Template (.docx or .dotx)</source>
        <translation>Mall (.docx eller .dotx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="177"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="202"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="208"/>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="209"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="98"/>
        <source>Search titles and texts</source>
        <extracomment>(query, organisation code or None, without indicators, without evaluation) the year &quot;without evaluation&quot; asks about changed (another plan): its label Enter in the search field: go to the next match the bar was shown (True) or hidden (False): while it is open, Enter in the tree goes to the next match instead of adding a row the link &quot;… in the plan properties&quot; was clicked: show the plan&apos;s own fields</extracomment>
        <translation>Sök i rubriker och texter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="101"/>
        <source>Only topics this organisation is responsible for</source>
        <translation>Bara insatser som förvaltningen ansvarar för</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="102"/>
        <source>Without indicators</source>
        <translation>Utan indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="103"/>
        <source>Only topics that have no indicator yet</source>
        <translation>Bara insatser som ännu saknar indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="120"/>
        <source>Close the search (Esc)</source>
        <translation>Stäng sökningen (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="160"/>
        <source>All organisations</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="162"/>
        <source>Only {code}</source>
        <translation>Bara {code}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="181"/>
        <source>Without evaluation {year}</source>
        <translation>Utan utvärdering {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="183"/>
        <source>Only topics that have no evaluation for {year} (one for a quarter or a term of the year counts)</source>
        <translation>Bara insatser som saknar utvärdering för {year} (en för ett kvartal eller en termin under året räknas)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="196"/>
        <source>Mentions {years}</source>
        <translation>Nämner {years}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="198"/>
        <source>Only the rows whose title, text or fields name {years}: after a new version, what may still speak of last year (the copy changes only the title and subtitle; review the rest)</source>
        <translation>Bara raderna vars rubrik, text eller fält nämner {years}: efter en ny version det som kanske fortfarande talar om förra året (kopian ändrar bara rubriken och underrubriken; granska resten)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="229"/>
        <source>Matches: {count}</source>
        <translation>Träffar: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="233"/>
        <source>Also in the plan properties: {count}</source>
        <translation>Även i planens egenskaper: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="238"/>
        <source>Fields of the plan&apos;s own (title page, introduction, basis) that name {years}: open the plan properties (Alt+Enter)</source>
        <translation>Planens egna fält (titelsida, inledning, grund) som nämner {years}: öppna planens egenskaper (Alt+Retur)</translation>
    </message>
</context>
<context>
    <name>FocusAreaForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="188"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="189"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="190"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="49"/>
        <source>green level</source>
        <extracomment>Which way is better, per direction: the sign of a rise that counts as better. ``hold`` has no sign: better there means closer to the green band (see :func:`assess_trend`). A shape per status, so status never depends on colour alone (one man in twelve does not tell red from green, and the report is printed in black and white). A letter per status for places where a shape is not enough (screen readers, CSV). Strong colours for markers and text (readable on white), one per status. Soft colours for areas (chart bands, table cells) that text is drawn on. Arrows for a trend, drawn beside the word. The words, marked for translation in context &quot;FollowUp&quot; (Swedish by default).</extracomment>
        <translation>grön nivå</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="50"/>
        <source>yellow level</source>
        <translation>gul nivå</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="51"/>
        <source>red level</source>
        <translation>röd nivå</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="52"/>
        <source>cannot be assessed</source>
        <translation>kan inte bedömas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="55"/>
        <source>better</source>
        <translation>bättre</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="56"/>
        <source>worse</source>
        <translation>sämre</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="57"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="58"/>
        <source>no trend</source>
        <translation>ingen trend</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="38"/>
        <source>at least {value}</source>
        <translation>minst {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="41"/>
        <source>at most {value}</source>
        <translation>högst {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="51"/>
        <source>Latest value {value} ({period}): cannot be assessed without levels.</source>
        <translation>Senaste värde {value} ({period}): kan inte bedömas utan nivåer.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="55"/>
        <source>Latest value {value} ({period}): red level.</source>
        <translation>Senaste värde {value} ({period}): röd nivå.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="60"/>
        <source>Latest value {value} ({period}): green level ({band}).</source>
        <translation>Senaste värde {value} ({period}): grön nivå ({band}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="63"/>
        <source>Latest value {value} ({period}): yellow level ({band}).</source>
        <translation>Senaste värde {value} ({period}): gul nivå ({band}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="72"/>
        <source>Better than {period}.</source>
        <translation>Bättre än {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="75"/>
        <source>Worse than {period}.</source>
        <translation>Sämre än {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="78"/>
        <source>Unchanged since {period}.</source>
        <translation>Oförändrat sedan {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="90"/>
        <source>No values yet: the status cannot be assessed.</source>
        <translation>Inga värden ännu: kan inte bedömas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="99"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="100"/>
        <source>sent for signature</source>
        <translation>skickad för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="101"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="108"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/status_marker.py" line="109"/>
        <source>No values yet</source>
        <extracomment>Statuses in the order counts are shown: worst first, so red catches the eye.</extracomment>
        <translation>Inga mätvärden ännu</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/status_marker.py" line="110"/>
        <source>Latest value {value}</source>
        <translation>Senaste värde {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/status_marker.py" line="117"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="18"/>
        <source>planned</source>
        <extracomment>status (``model.EVALUATION_STATUSES`` and ``reads.NO_EVALUATION``) → English source</extracomment>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="19"/>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="20"/>
        <source>done</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="21"/>
        <source>postponed</source>
        <translation>uppskjuten</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="22"/>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="23"/>
        <source>no evaluation</source>
        <translation>ingen utvärdering</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="232"/>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="242"/>
        <source>Follow-up</source>
        <extracomment>a tile or a listed activity was opened: the window selects this node in the tree</extracomment>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="248"/>
        <source>Show status</source>
        <translation>Visa status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="249"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="254"/>
        <source>Show administration</source>
        <translation>Visa förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="255"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="257"/>
        <source>&amp;Administration:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="259"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="261"/>
        <source>Write the indicators shown, with their values by period, status and source, to an Excel file (.xlsx) or a CSV file</source>
        <translation>Skriv de visade indikatorerna med värden per period, status och källa till en Excel-fil (.xlsx) eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="391"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="392"/>
        <source>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsböcker (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="409"/>
        <source>Exported to {path}</source>
        <translation>Exporterat till {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="422"/>
        <source>Insatsplan</source>
        <translation>Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="450"/>
        <source>All administrations</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="506"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="511"/>
        <source>No plan is open.</source>
        <translation>Ingen plan är öppen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="513"/>
        <source>The plan has no indicators yet. Add them under a topic&apos;s “Measurable indicators for follow-up”.</source>
        <translation>Planen har inga indikatorer ännu. Lägg till dem under rubriken ”Mätbara indikatorer för uppföljning” i en insats.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="516"/>
        <source>No indicator matches the filters.</source>
        <translation>Ingen indikator matchar filtren.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="526"/>
        <source>{shown} of {total} indicators</source>
        <translation>{shown} av {total} indikatorer</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="261"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="262"/>
        <source>Goal text</source>
        <translation>Målets text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="264"/>
        <source>Horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="265"/>
        <source>Short-term</source>
        <translation>Kortsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="266"/>
        <source>Long-term</source>
        <translation>Långsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="275"/>
        <source>A goal under another goal has that goal&apos;s horizon.</source>
        <translation>Ett mål under ett annat mål har samma tidsperspektiv som det.</translation>
    </message>
</context>
<context>
    <name>ImportStatisticsDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="87"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="235"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="391"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="407"/>
        <source>Import statistics</source>
        <extracomment>the series list&apos;s data for &quot;Ny serie…&quot;</extracomment>
        <translation>Importera statistik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="92"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="164"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="93"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="100"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="165"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="109"/>
        <source>Name of the new series</source>
        <translation>Den nya seriens namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="113"/>
        <source>Unit of the new series</source>
        <translation>Den nya seriens enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="115"/>
        <source>Show as comparison in the chart</source>
        <translation>Visa som jämförelse i diagrammet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="120"/>
        <source>Drawn as a thin line beside “{title}”.</source>
        <translation>Ritas som en tunn linje bredvid ”{title}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="122"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="123"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="135"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Value in the file</source>
        <translation>Värde i filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Stored value</source>
        <translation>Lagrat värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="138"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="150"/>
        <source>Replace changed values</source>
        <translation>Ersätt ändrade värden</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="153"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="156"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="194"/>
        <source>New series…</source>
        <translation>Ny serie…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="236"/>
        <source>Statistics files (JSON-stat, CSV, Kolada JSON)</source>
        <translation>Statistikfiler (JSON-stat, CSV, Kolada-JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="253"/>
        <source>{source}. Periods: {first} to {last} ({count}).</source>
        <translation>{source}. Perioder: {first} till {last} ({count}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="319"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="322"/>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="325"/>
        <source>Differs from the stored value</source>
        <translation>Skiljer sig från lagrat värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="327"/>
        <source>Missing in the file</source>
        <translation>Saknas i filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="341"/>
        <source>{new} new, {unchanged} unchanged, {conflicts} differ from the stored values, {missing} missing in the file.</source>
        <translation>{new} nya, {unchanged} oförändrade, {conflicts} skiljer sig från lagrade värden, {missing} saknas i filen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="365"/>
        <source>Some values differ from the stored ones: tick &quot;Replace changed values&quot; to import.</source>
        <translation>Några värden skiljer sig från de lagrade: kryssa i &quot;Ersätt ändrade värden&quot; för att importera.</translation>
    </message>
</context>
<context>
    <name>ImportWordDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="63"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="259"/>
        <source>Import Word document</source>
        <extracomment>Spelled out at each call with its context: lupdate reads the text, so a helper that passes its argument on would hide every message from it.</extracomment>
        <translation>Importera Word-dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="66"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="138"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="188"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="232"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="70"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({years}) from {file}&lt;br&gt;{focus_areas} focus areas, {topics} topics, {short_goals} short-term and {long_goals} long-term goals, {indicators} indicators, {evaluations} evaluations, {signatories} signatories.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({years}) från {file}&lt;br&gt;Fokusområden: {focus_areas}, insatser: {topics}, kortsiktiga mål: {short_goals}, långsiktiga mål: {long_goals}, indikatorer: {indicators}, utvärderingar: {evaluations}, undertecknare: {signatories}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="83"/>
        <source>Import as a new version of “{plan}” ({years})</source>
        <translation>Importera som ny version av ”{plan}” ({years})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="89"/>
        <source>The workspace holds the plan this document was exported from. As a new version, the new plan starts from a copy of it and takes the document&apos;s text, keeping what Word does not print: directions, levels, targets and series.</source>
        <translation>Arbetsytan har planen som dokumentet exporterades från. Som ny version utgår den nya planen från en kopia av den och tar dokumentets text, men behåller det Word inte skriver ut: riktningar, nivåer, målvärden och serier.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="103"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="135"/>
        <source>What will be created</source>
        <translation>Det som skapas</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="105"/>
        <source>Not mapped ({count})</source>
        <translation>Kunde inte placeras ({count})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="109"/>
        <source>Series ({matched} of {count} matched)</source>
        <translation>Serier ({matched} av {count} matchade)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="119"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="136"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="136"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="137"/>
        <source>short-term</source>
        <translation>kortsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="137"/>
        <source>long-term</source>
        <translation>långsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="164"/>
        <source>Not mapped</source>
        <translation>Kunde inte placeras</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="165"/>
        <source>Where it stood</source>
        <translation>Var det stod</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="165"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="166"/>
        <source>Kept on</source>
        <translation>Behålls på</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="170"/>
        <source>the preamble</source>
        <translation>inledningen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="184"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="185"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="260"/>
        <source>Word documents</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="279"/>
        <source>{file} is an old Word 97–2003 document (.doc). Convert it to .docx with LibreOffice and import that?</source>
        <translation>{file} är ett gammalt Word 97–2003-dokument (.doc). Vill du konvertera det till .docx med LibreOffice och importera det?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="289"/>
        <source>Import it as one topic&apos;s text?</source>
        <translation>Vill du importera det som en insats text?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="185"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="193"/>
        <source>Series of “{indicator}”</source>
        <translation>Serie för ”{indicator}”</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="209"/>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="284"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="285"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="287"/>
        <source>Horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="288"/>
        <source>Short-term</source>
        <translation>Kortsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="289"/>
        <source>Long-term</source>
        <translation>Långsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="290"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="291"/>
        <source>e.g. percent, number, days</source>
        <translation>t.ex. procent, antal, dagar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="292"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="293"/>
        <source>Rise</source>
        <translation>Öka</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="293"/>
        <source>Fall</source>
        <translation>Minska</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="294"/>
        <source>Hold</source>
        <translation>Bibehålla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="295"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="296"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="297"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="298"/>
        <source>Traffic light</source>
        <translation>Trafikljus</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="302"/>
        <source>Measurements</source>
        <translation>Mätvärden</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="136"/>
        <source>No values yet</source>
        <translation>Inga mätvärden ännu</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="17"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="18"/>
        <source>Topic</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="19"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="20"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="21"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>LevelsBar</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="60"/>
        <source>red</source>
        <extracomment>Fill colour and pattern per status (the pattern tells them apart without colour).</extracomment>
        <translation>röd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="60"/>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="61"/>
        <source>green</source>
        <translation>grön</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="75"/>
        <source>{colour} below {high}</source>
        <translation>{colour} under {high}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="77"/>
        <source>{colour} above {low}</source>
        <translation>{colour} över {low}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="79"/>
        <source>{colour} {low}–{high}</source>
        <translation>{colour} {low}–{high}</translation>
    </message>
</context>
<context>
    <name>LevelsBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="901"/>
        <source>Has traffic-light levels</source>
        <translation>Har trafikljusnivåer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="905"/>
        <source>Lowest</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="906"/>
        <source>Highest</source>
        <translation>Högst</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="907"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="907"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="914"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="920"/>
        <source>Values outside green and yellow are red; where green and yellow overlap, green wins.</source>
        <translation>Värden utanför grön och gul nivå är röda; där grön och gul överlappar gäller grön.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="974"/>
        <source>Green and yellow overlap from {low} to {high}: green wins there.</source>
        <translation>Grön och gul överlappar från {low} till {high}: där gäller grön.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="977"/>
        <source>Green and yellow overlap up to {high}: green wins there.</source>
        <translation>Grön och gul överlappar upp till {high}: där gäller grön.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="980"/>
        <source>Green and yellow overlap from {low} up: green wins there.</source>
        <translation>Grön och gul överlappar från {low} och uppåt: där gäller grön.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="983"/>
        <source>Green and yellow cover the same values: everything is green.</source>
        <translation>Grön och gul täcker samma värden: allt är grönt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="1005"/>
        <source>The lowest value is above the highest.</source>
        <translation>Det lägsta värdet är högre än det högsta.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="245"/>
        <source>Link</source>
        <extracomment>Qt&apos;s own line separator: a line break inside a paragraph (Shift+Enter). Characters QTextDocument turns into block or frame boundaries when inserted, so a stored text holding them literally is loaded as a stand-in character that remembers the original (see :data:`_LITERAL`); U+2028 is kept but marked, since an unmarked one is a line break. Space below a paragraph, so paragraphs read as paragraphs (line breaks do not).</extracomment>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="255"/>
        <source>Text to display:</source>
        <translation>Text som visas:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="256"/>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="260"/>
        <source>Remove link</source>
        <translation>Ta bort länk</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="287"/>
        <source>This address cannot be a link. Write a web address such as https://www.example.se or an e-mail address such as mailto:name@example.se.</source>
        <translation>Adressen kan inte bli en länk. Skriv en webbadress som https://www.example.se eller en e-postadress som mailto:namn@example.se.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="151"/>
        <source>Plan</source>
        <extracomment>the tree shows its first rows (start-up measures this)</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="156"/>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="157"/>
        <source>The plan&apos;s title, years, parties and signatories</source>
        <translation>Planens titel, år, parter och undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="170"/>
        <source>Plan tree</source>
        <translation>Planträd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="194"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="934"/>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="201"/>
        <source>Opening the workspace…</source>
        <translation>Öppnar arbetsytan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="254"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="255"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="258"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="263"/>
        <source>Recent workspaces</source>
        <translation>Senaste arbetsytor</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="266"/>
        <source>&amp;Export plan (Word)…</source>
        <translation>&amp;Exportera planen (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="269"/>
        <source>Export &amp;follow-up (Word)…</source>
        <translation>Exportera &amp;uppföljning (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="272"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Importera statistik…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="275"/>
        <source>Import &amp;Word document…</source>
        <translation>Importera &amp;Word-dokument…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="279"/>
        <source>Save a &amp;copy as…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="282"/>
        <source>Open the &amp;backups folder</source>
        <translation>Öppna mappen med &amp;säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="291"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation>Å&amp;ngra</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="296"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="303"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="305"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="307"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="310"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="312"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="315"/>
        <source>Re&amp;name</source>
        <translation>Byt &amp;namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="321"/>
        <source>&amp;Find and filter…</source>
        <translation>&amp;Sök och filtrera…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="324"/>
        <source>Find &amp;next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="329"/>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="331"/>
        <source>Close the search</source>
        <translation>Stäng sökningen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="334"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="335"/>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="336"/>
        <source>Plan &amp;properties</source>
        <translation>Planens &amp;egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="339"/>
        <source>Add &amp;after</source>
        <translation>Lägg till &amp;efter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="342"/>
        <source>Add &amp;inside</source>
        <translation>Lägg till &amp;under</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="346"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="348"/>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="350"/>
        <source>&amp;Indent goal</source>
        <translation>Öka &amp;indrag för mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="352"/>
        <source>&amp;Outdent goal</source>
        <translation>&amp;Minska indrag för mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="354"/>
        <source>&amp;Send for signature</source>
        <translation>&amp;Skicka för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="356"/>
        <source>Back to &amp;draft</source>
        <translation>Tillbaka till &amp;utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="359"/>
        <source>S&amp;ign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="360"/>
        <source>Attach the signed &amp;PDF…</source>
        <translation>Bifoga undertecknad &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="362"/>
        <source>Save the signed PDF &amp;as…</source>
        <translation>Spara undertecknad PDF &amp;som…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="364"/>
        <source>New &amp;version…</source>
        <translation>Ny &amp;version…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="365"/>
        <source>De&amp;lete plan…</source>
        <translation>Ta &amp;bort plan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="366"/>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Jämför med…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="368"/>
        <source>What changed since another plan: added, removed, moved and changed items</source>
        <translation>Vad som ändrats sedan en annan plan: tillagt, borttaget, flyttat och ändrat</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="369"/>
        <source>Ne&amp;xt change</source>
        <translation>Nästa än&amp;dring</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="372"/>
        <source>P&amp;revious change</source>
        <translation>&amp;Föregående ändring</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="391"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="392"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandera alla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="394"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Fäll ihop alla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="400"/>
        <source>Topics &amp;without indicators</source>
        <translation>Insatser &amp;utan indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="405"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="410"/>
        <source>Topics without evaluation {year}</source>
        <translation>Insatser utan utvärdering {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="413"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="415"/>
        <source>Every indicator of the plan with its status, trend and latest value</source>
        <translation>Planens alla indikatorer med status, trend och senaste värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="419"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="420"/>
        <source>&amp;About Insatsplan</source>
        <translation>&amp;Om Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="603"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="603"/>
        <source>sent for signature</source>
        <translation>skickad för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="604"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="620"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="629"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="623"/>
        <source>new version of {years}</source>
        <translation>ny version av {years}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="628"/>
        <source>made from “{title}” ({years})</source>
        <translation>gjord från ”{title}” ({years})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="667"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="849"/>
        <source>Plan properties</source>
        <translation>Planens egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="796"/>
        <source>Nothing matches the search.</source>
        <translation>Inget matchar sökningen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="798"/>
        <source>Press Enter to add a focus area</source>
        <translation>Tryck Enter för att lägga till ett fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="934"/>
        <source>Send for signature</source>
        <translation>Skicka för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="948"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="958"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1004"/>
        <source>The workspace is open read-only: another program is using it.</source>
        <translation>Arbetsytan är öppnad skrivskyddad: ett annat program använder den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1006"/>
        <source>The workspace is open read-only: its folder or the media it is on cannot be written.</source>
        <translation>Arbetsytan är öppen för läsning: dess mapp eller mediet den ligger på går inte att skriva till.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1012"/>
        <source>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</source>
        <translation>Planen är undertecknad {date}. Innehållet kan inte ändras; uppföljningen är fortfarande öppen. Gör en ny version för att ändra planen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1018"/>
        <source>This plan is sent for signature. Its content cannot change until it is set back to draft.</source>
        <translation>Planen är skickad för underskrift. Innehållet kan inte ändras förrän den sätts tillbaka till utkast.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1044"/>
        <source>The content of this plan no longer matches its fingerprint: it was changed after it was sent or signed, outside Insatsplan. What is shown here is not what was signed; run “insatsplan check” for details.</source>
        <translation>Planens innehåll stämmer inte längre med dess fingeravtryck: det har ändrats utanför Insatsplan efter att planen skickades för underskrift eller undertecknades. Det som visas här är inte det som undertecknades; kör ”insatsplan check” för detaljer.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1104"/>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1105"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1139"/>
        <source>Insatsplan workspaces (*.insatsplan)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1114"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1115"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1127"/>
        <source>(none yet)</source>
        <translation>(inga ännu)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1137"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1149"/>
        <source>The copy could not be saved: {reason}</source>
        <translation>Kopian kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1152"/>
        <source>A copy was saved as {path}</source>
        <translation>En kopia sparades som {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1165"/>
        <source>About Insatsplan</source>
        <translation>Om Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1166"/>
        <source>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</source>
        <translation>Insatsplan {version}

Årets handlingsplan för psykisk hälsa och suicidprevention, dess uppföljning och den undertecknade överenskommelsen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1173"/>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1183"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1187"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1191"/>
        <source>Insatsplan</source>
        <translation>Insatsplan</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="325"/>
        <source>Bold</source>
        <extracomment>The person changed the text or its formatting (never sent while loading). Enter in a single-line field, or focus left the field: commit now.</extracomment>
        <translation>Fetstil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="327"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="329"/>
        <source>Link…</source>
        <translation>Länk…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="331"/>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="267"/>
        <source>New row</source>
        <extracomment>the stored values as shown (period label, Swedish value), made on first paint: a view asks for every cell many times, and a long series has thousands A cell&apos;s problem (or &quot;&quot; when the last problem was solved), for the message line.</extracomment>
        <translation>Ny rad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="269"/>
        <source>{row}, {column}: {problem}</source>
        <translation>{row}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="363"/>
        <source>Change period</source>
        <translation>ändrad period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="367"/>
        <source>Change value</source>
        <translation>ändrat mätvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="371"/>
        <source>Change note</source>
        <translation>ändrad kommentar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="374"/>
        <source>Change source</source>
        <translation>ändrad källa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="407"/>
        <source>Add value</source>
        <translation>nytt mätvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="413"/>
        <source>There is already a value for {period}.</source>
        <translation>Det finns redan ett värde för {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="421"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="475"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="504"/>
        <source>The measurements cannot be changed here.</source>
        <translation>Mätvärdena kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="471"/>
        <source>Delete value</source>
        <translation>borttaget mätvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="471"/>
        <source>Delete values</source>
        <translation>borttagna mätvärden</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="509"/>
        <source>Paste {count} values</source>
        <translation>{count} inklistrade mätvärden</translation>
    </message>
</context>
<context>
    <name>MeasurementsTable</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="79"/>
        <source>Period</source>
        <extracomment>Header words a pasted block may start with, by column (Swedish and English, folded). Rows the table shows before it scrolls. Writes one edit: (changes, undo text, operation name) -&gt; None or the refusal.</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="80"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="81"/>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="82"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="120"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="132"/>
        <source>There is nothing to paste: copy rows of periods and values first.</source>
        <translation>Det finns inget att klistra in: kopiera först rader med perioder och värden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="129"/>
        <source>The pasted header has no value column.</source>
        <translation>Den inklistrade rubrikraden har ingen värdekolumn.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="140"/>
        <source>Row {row} has more than {count} columns (period, value, note, source).</source>
        <translation>Rad {row} har fler än {count} kolumner (period, värde, kommentar, källa).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="151"/>
        <source>Row {row}, column {column}: {problem}</source>
        <translation>Rad {row}, kolumn {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="155"/>
        <source>Row {row} repeats the period {period} of row {first}.</source>
        <translation>Rad {row} upprepar perioden {period} från rad {first}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="527"/>
        <source>Measurements</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="546"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="564"/>
        <source>Add value</source>
        <translation>Lägg till mätvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="547"/>
        <source>A new row at the bottom (Insert or Ctrl+Shift+N); it is stored once it has a period and a value</source>
        <translation>En ny rad längst ned (Insert eller Ctrl+Skift+N); den sparas när den har en period och ett värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="550"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="566"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="551"/>
        <source>Delete the selected rows (Del)</source>
        <translation>Ta bort de markerade raderna (Del)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="553"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="568"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="554"/>
        <source>Paste rows copied from Excel or LibreOffice: period, value, note, source (Ctrl+V)</source>
        <translation>Klistra in rader kopierade från Excel eller LibreOffice: period, värde, kommentar, källa (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="570"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="613"/>
        <source>Also used in: {uses}</source>
        <translation>Används även i: {uses}</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="32"/>
        <source>What is missing?</source>
        <extracomment>the person wants to act on this node (an activity or an indicator): its node id opened or closed (the view reads the list when it is opened)</extracomment>
        <translation>Vad saknas?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="35"/>
        <source>Activities without an evaluation and indicators without a value for the plan&apos;s year, by administration</source>
        <translation>Insatser utan utvärdering och indikatorer utan värde för planens år, per förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="39"/>
        <source>Missing follow-up</source>
        <translation>Saknad uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="56"/>
        <source>What is missing for {period}?</source>
        <translation>Vad saknas för {period}?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="60"/>
        <source>Nothing is missing for {period}.</source>
        <translation>Inget saknas för {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="64"/>
        <source>No administration responsible</source>
        <translation>Ingen ansvarig förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="67"/>
        <source>No evaluation: {title}</source>
        <translation>Ingen utvärdering: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="71"/>
        <source>No value: {title}</source>
        <translation>Inget värde: {title}</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="112"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="114"/>
        <source>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</source>
        <translation>En redigerbar kopia för kommande år: samma fokusområden, insatser, mål och indikatorer (indikatorerna behåller sina mätserier), parter och undertecknare. Utvärderingarna stannar kvar hos detta år.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="122"/>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
</context>
<context>
    <name>Outliner</name>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="111"/>
        <source>Title</source>
        <extracomment>What &quot;add child&quot; makes under a row of each kind: (kind, horizon).</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="113"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="123"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="192"/>
        <source>Add focus area</source>
        <translation>Lägg till fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="192"/>
        <source>Add topic</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="193"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="193"/>
        <source>Add indicator</source>
        <translation>Lägg till indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="220"/>
        <source>Delete “{title}” and everything under it?</source>
        <translation>Ta bort ”{title}” och allt under den?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="224"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="252"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="252"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="266"/>
        <source>Indent</source>
        <translation>Öka indrag</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="278"/>
        <source>Outdent</source>
        <translation>Minska indrag</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="289"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="312"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="339"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
</context>
<context>
    <name>ParticipantsBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="65"/>
        <source>e.g. 22</source>
        <translation>t.ex. 22</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="73"/>
        <source>Write the number of participants as a whole number from 0 to {limit}, or leave it empty.</source>
        <translation>Skriv antalet deltagare som ett heltal från 0 till {limit}, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="54"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="484"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="520"/>
        <source>An export is already running.</source>
        <translation>En export pågår redan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="570"/>
        <source>The plan is signed. Its document ID is {id}.</source>
        <translation>Planen är undertecknad. Dess dokument-ID är {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="574"/>
        <source>The signed PDF</source>
        <translation>Den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="575"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="644"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="630"/>
        <source>The signed PDF is kept in the workspace, marked as unverified.</source>
        <translation>Den undertecknade PDF-filen sparas i arbetsytan, markerad som overifierad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="631"/>
        <source>The signed PDF is kept in the workspace.</source>
        <translation>Den undertecknade PDF-filen sparas i arbetsytan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="640"/>
        <source>No signed PDF is kept for this plan yet.</source>
        <translation>Ingen undertecknad PDF finns sparad för planen ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="643"/>
        <source>Save the signed PDF as</source>
        <translation>Spara undertecknad PDF som</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="690"/>
        <source>The new version is for the same years as the plan it was made from; its texts were copied as they were.</source>
        <translation>Den nya versionen gäller samma år som planen den gjordes från; dess texter kopierades som de var.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="701"/>
        <source>The new version is for {new}; its title and subtitle now name {new}. No other text names {old}.</source>
        <translation>Den nya versionen gäller {new}; dess rubrik och underrubrik nämner nu {new}. Ingen annan text nämner {old}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="706"/>
        <source>{rows} rows of the tree and {fields} of the plan properties</source>
        <translation>{rows} rader i trädet och {fields} i planens egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="707"/>
        <source>{rows} rows of the tree</source>
        <translation>{rows} rader i trädet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="710"/>
        <source>The new version is for {new}; its title and subtitle now name {new}. Other texts that still name {old}: {count}, in {where}. They are copied as they were, since they may tell what happened then: review them with Find and filter (Ctrl+F), “Mentions {old}”.</source>
        <translation>Den nya versionen gäller {new}; dess rubrik och underrubrik nämner nu {new}. Andra texter som fortfarande nämner {old}: {count}, i {where}. De är kopierade som de var, eftersom de kan berätta vad som hände då: granska dem med Sök och filtrera (Ctrl+F), ”Nämner {old}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="725"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="727"/>
        <source>Delete the plan “{title}” ({years_and_status}) with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</source>
        <translation>Ta bort planen ”{title}” ({years_and_status}) med alla dess fokusområden, insatser, mål, indikatorer och utvärderingar? Det går inte att ångra. Mätvärdena finns kvar i arbetsytan.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="165"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="166"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="167"/>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="168"/>
        <source>Year from</source>
        <translation>År från</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="169"/>
        <source>Year to</source>
        <translation>År till</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="170"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="172"/>
        <source>This agreement is based on</source>
        <translation>Denna överenskommelse har sin grund i</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="173"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="175"/>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="176"/>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="179"/>
        <source>Reporting deadline</source>
        <translation>Sista dag för återrapportering</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="137"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Kortsiktiga mål och aktiviteter {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="140"/>
        <source>Long-term goals</source>
        <translation>Långsiktiga mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="141"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Mätbara indikatorer för uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="146"/>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="504"/>
        <source>Move</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="560"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="67"/>
        <source>Sign the plan</source>
        <translation>Underteckna planen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="69"/>
        <source>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</source>
        <translation>Underteckningen låser ”{title}” som den är nu: innehållet kan inte längre ändras (uppföljningen är fortfarande öppen) och dokument-ID:t sparas. Det går inte att ångra; senare ändringar görs i en ny version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="78"/>
        <source>optional: the signed PDF</source>
        <translation>valfritt: den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="81"/>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="82"/>
        <source>Signed document</source>
        <translation>Undertecknat dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="84"/>
        <source>Sign</source>
        <translation>Underteckna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="95"/>
        <source>The signed PDF</source>
        <translation>Den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignatoriesBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Organisation</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="729"/>
        <source>Add a signatory at the end</source>
        <translation>Lägg till en undertecknare sist</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="730"/>
        <source>Remove the selected signatory</source>
        <translation>Ta bort den valda undertecknaren</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="731"/>
        <source>Move the selected signatory up</source>
        <translation>Flytta den valda undertecknaren uppåt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="732"/>
        <source>Move the selected signatory down</source>
        <translation>Flytta den valda undertecknaren nedåt</translation>
    </message>
</context>
<context>
    <name>SignedPdfReview</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="40"/>
        <source>Check the signed PDF</source>
        <translation>Kontrollera den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="43"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="43"/>
        <source>{name}, {pages} pages</source>
        <translation>{name}, {pages} sidor</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="45"/>
        <source>Dokument-ID in the PDF</source>
        <translation>Dokument-ID i PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="46"/>
        <source>none found</source>
        <translation>inget hittades</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="49"/>
        <source>This plan&apos;s Dokument-ID</source>
        <translation>Planens Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="51"/>
        <source>Names after it</source>
        <translation>Namn efter det</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="57"/>
        <source>Store as unverified</source>
        <translation>Lagra som overifierad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="62"/>
        <source>A stored PDF can never be replaced or removed. Insatsplan does not check the signatures in it; a PDF reader shows whether they are valid.</source>
        <translation>En lagrad PDF kan aldrig bytas ut eller tas bort. Insatsplan kontrollerar inte underskrifterna i den; en PDF-läsare visar om de är giltiga.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="66"/>
        <source>Store in the workspace</source>
        <translation>Lagra i arbetsytan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="72"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="72"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="98"/>
        <source>It is this plan&apos;s Dokument-ID: the PDF records this plan as it was signed.</source>
        <translation>Det är den här planens Dokument-ID: PDF-filen visar planen så som den undertecknades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="101"/>
        <source>It is not this plan&apos;s Dokument-ID: the PDF is the document of another plan or version and cannot be stored with this one.</source>
        <translation>Det är inte den här planens Dokument-ID: PDF-filen är dokumentet för en annan plan eller version och kan inte lagras med den här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="103"/>
        <source>No Dokument-ID was found in the PDF&apos;s text (a scanned page has no text), so it cannot be checked against this plan. Store it only if you are sure it is this plan&apos;s signed document; it is marked as unverified.</source>
        <translation>Inget Dokument-ID hittades i PDF-filens text (en skannad sida har ingen text), så den kan inte kontrolleras mot den här planen. Lagra den bara om du är säker på att det är planens undertecknade dokument; den markeras som overifierad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="111"/>
        <source>none on the pages after the Dokument-ID</source>
        <translation>inga på sidorna efter Dokument-ID</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desktop/insatsplan/ui/app.py" line="137"/>
        <source>Insatsplan could not start:
{error}</source>
        <translation>Insatsplan kunde inte starta:
{error}</translation>
    </message>
</context>
<context>
    <name>TopicCharts</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="86"/>
        <source>One chart per unit: indicators in different units do not share an axis.</source>
        <extracomment>The person opened or closed the section (the panel loads the indicators then). Open in one topic, open in the next: the choice holds for the session.</extracomment>
        <translation>Ett diagram per enhet: indikatorer i olika enheter delar inte axel.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="100"/>
        <source>Hide the trend charts</source>
        <translation>Dölj trenddiagrammen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="102"/>
        <source>Show the trend charts ({count} indicators)</source>
        <translation>Visa trenddiagrammen ({count} indikatorer)</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="199"/>
        <source>Topic</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="200"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="201"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="202"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="203"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="204"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="207"/>
        <source>Responsible administrations</source>
        <translation>Ansvariga förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="209"/>
        <source>Named responsible people</source>
        <translation>Namngivna ansvariga</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="210"/>
        <source>Timeline</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="213"/>
        <source>Are there measurable goals in the area?</source>
        <translation>Finns mätbara mål inom området?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>Not answered</source>
        <translation>Ej besvarat</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="215"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="217"/>
        <source>About the measurable goals</source>
        <translation>Om de mätbara målen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="218"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="220"/>
        <source>Amount (SEK)</source>
        <translation>Belopp (kr)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="226"/>
        <source>Trend charts</source>
        <translation>Trenddiagram</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="235"/>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
</context>
<context>
    <name>TrackedChangesExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="42"/>
        <source>{title} {years} changes since {earlier}</source>
        <translation>{title} {years} ändringar sedan {earlier}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="51"/>
        <source>Word documents</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="86"/>
        <source>Save the changes in Word</source>
        <translation>Spara ändringarna i Word</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="90"/>
        <source>The changes were saved as {path}. In Word, Review shows each change; accepting all of them gives this plan&apos;s agreement, rejecting all of them the earlier plan&apos;s.</source>
        <translation>Ändringarna sparades som {path}. I Word visar Granska varje ändring; godkänns alla blir det den här planens överenskommelse, avvisas alla blir det den tidigare planens.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="68"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="209"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="396"/>
        <source>Trend chart</source>
        <translation>Trenddiagram</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="86"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="207"/>
        <source>Compare with</source>
        <extracomment>where a choice in &quot;Compare with&quot; is stored (the window&apos;s undo stack) without a sink (nothing can be stored): the choices, per indicator (node id), for this session only</extracomment>
        <translation>Jämför med</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="88"/>
        <source>Draw another series in the same unit beside this one (the county, the country, women, men)</source>
        <translation>Rita en annan serie i samma enhet bredvid denna (länet, riket, kvinnor, män)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="95"/>
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="97"/>
        <source>Save as SVG…</source>
        <translation>Spara som SVG…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="99"/>
        <source>Copy chart</source>
        <translation>Kopiera diagrammet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="102"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="361"/>
        <source>Save chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="350"/>
        <source>No other series in this unit</source>
        <translation>Inga andra serier i denna enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="359"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="359"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>Word</name>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="37"/>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="38"/>
        <source>Export the agreement (Word)</source>
        <translation>Exportera överenskommelsen (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="39"/>
        <source>Export the agreement</source>
        <translation>Exportera överenskommelsen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="40"/>
        <source>The agreement was saved as {path}.</source>
        <translation>Överenskommelsen sparades som {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="42"/>
        <source>Follow-up report</source>
        <translation>Redovisning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="43"/>
        <source>Export the follow-up report (Word)</source>
        <translation>Exportera redovisningen (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="44"/>
        <source>Export the follow-up report</source>
        <translation>Exportera redovisningen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="45"/>
        <source>The follow-up report was saved as {path}.</source>
        <translation>Redovisningen sparades som {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="47"/>
        <source>Action plan with report</source>
        <translation>Handlingsplan samt redovisning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="49"/>
        <source>Export the action plan with report (Word)</source>
        <translation>Exportera handlingsplanen samt redovisning (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="50"/>
        <source>Export the action plan with report</source>
        <translation>Exportera handlingsplanen samt redovisning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="51"/>
        <source>The action plan with its report was saved as {path}.</source>
        <translation>Handlingsplanen med redovisning sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="309"/>
        <source>Drawing the trend charts…</source>
        <extracomment>Writes one file and returns its path; takes where to send notices (a missing font).</extracomment>
        <translation>Ritar trenddiagrammen…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="309"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="365"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="432"/>
        <source>The PDF is beside it: {name}</source>
        <translation>PDF-filen ligger bredvid: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="434"/>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="435"/>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblems</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="57"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="78"/>
        <source>Workspace in use</source>
        <translation>Arbetsytan används</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="82"/>
        <source>The workspace {name} is in use by another program.</source>
        <translation>Arbetsytan {name} används av ett annat program.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="87"/>
        <source>It may be open in another Insatsplan window, perhaps on another computer. You can open it read-only to look at it; to change it, close the other program first.

{path}</source>
        <translation>Den kan vara öppen i ett annat Insatsplan-fönster, kanske på en annan dator. Du kan öppna den skrivskyddad för att titta på den; för att ändra i den, stäng först det andra programmet.

{path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="95"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="117"/>
        <source>Damaged workspace</source>
        <translation>Skadad arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="126"/>
        <source>The latest backup is from {date}. Opening it saves a copy of it beside the damaged file, which is left as it is.</source>
        <translation>Den senaste säkerhetskopian är från {date}. Om du öppnar den sparas en kopia av den bredvid den skadade filen, som lämnas orörd.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="133"/>
        <source>Open the latest backup</source>
        <translation>Öppna senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="139"/>
        <source>There is no backup of this file. You can choose another file.</source>
        <translation>Det finns ingen säkerhetskopia av den här filen. Du kan välja en annan fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="145"/>
        <source>Choose another file…</source>
        <translation>Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="158"/>
        <source>Newer workspace</source>
        <translation>Nyare arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="162"/>
        <source>{name} was made by a newer version of Insatsplan.</source>
        <translation>{name} har skapats av en nyare version av Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="175"/>
        <source>Cannot open workspace</source>
        <translation>Kan inte öppna arbetsytan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="182"/>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="199"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="194"/>
        <source>Workspace opened</source>
        <translation>Arbetsytan öppnades</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="93"/>
        <source>Insatsplan could not open {path}.</source>
        <translation>Insatsplan kunde inte öppna {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="148"/>
        <source>{stem} (restored {date})</source>
        <translation>{stem} (återställd {date})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="197"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="199"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>YearBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="387"/>
        <source>Write a year between {low} and {high}.</source>
        <extracomment>Pause after the last keystroke before typed text is sent. Send after a pause in typing (text) or at once (choices, lists).</extracomment>
        <translation>Skriv ett år mellan {low} och {high}.</translation>
    </message>
</context>
</TS>
