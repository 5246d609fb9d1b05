<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="50"/>
        <source>Invalid period: {value}. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="53"/>
        <source>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Året måste vara mellan {first} och {last}; använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="58"/>
        <source>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Ogiltig period: {value}. Det finns ingen månad {month}; använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="63"/>
        <source>A period is missing. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>En period saknas. Använd 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 eller 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="66"/>
        <source>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</source>
        <translation>Ogiltig period: {value}. En period ska skrivas som text, till exempel ”2024-VT”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="69"/>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="77"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>Året {value} ligger inte mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="86"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} är inte giltigt som {what} (använd något av: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="79"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="80"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>Det här är inte en utbytesfil för Insatsplan (formatet insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="83"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>Filen skrevs av en nyare version av Insatsplan (formatet {format}); den här versionen läser insatsplan/1. Uppdatera Insatsplan för att importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="88"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>Filen har för många nästlade nivåer (fler än {limit}) för att kunna vara en plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="91"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>Texten innehåller ett tecken som inte är giltig Unicode (ett ensamt surrogattecken).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="94"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} är inte av typen {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="95"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} är inte något av följande: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} måste vara {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="97"/>
        <source>The property {name} is missing.</source>
        <translation>Egenskapen {name} saknas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="98"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Okänd egenskap {name}: formatet insatsplan/1 har ingen sådan egenskap här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="101"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>Den här egenskapen är inte tillåten för en nod av typen {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="104"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} är mindre än det lägsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="105"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} är större än det högsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="106"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} är inte ett UUID med små bokstäver, till exempel 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="110"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="101"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} är inte ett datum på formen 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="111"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} följer inte utbytesfilens standardform; skriv {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="114"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} är inte giltigt här ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="116"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>En nod av typen {kind} kan inte placeras högst upp i en plan; det kan bara noder av typen focus_area.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="120"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>En nod av typen {kind} kan inte placeras under en nod av typen {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="123"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>Ett mål under ett annat mål måste ha samma tidshorisont som det överordnade målet ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="126"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan nod i planen ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="129"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan serie ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="132"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>Serien har redan ett värde för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="135"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>Noden har redan en utvärdering för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="138"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>Serien {uuid} finns inte bland filens serier.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <source>The file {file} does not exist.</source>
        <translation>Filen {file} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="142"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="143"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>Du har inte behörighet att läsa filen {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="146"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Filen {file} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="147"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>Filen {file} är för stor för att vara en utbytesfil (mer än {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="150"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är tom; den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="153"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är inte UTF-8-text (ogiltig byte på position {offset}); den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="158"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason} på rad {line}, kolumn {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="161"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="162"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>Filen {file} anger egenskapen {name} två gånger i samma objekt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="165"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>Filen {file} har för många nästlade nivåer för att vara en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="168"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>Mappen {folder} finns inte; välj en befintlig mapp.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="171"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>Filen {file} är skrivskyddad; den har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="172"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>Filen {file} kunde inte skrivas: {reason}. En eventuell tidigare fil är oförändrad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="136"/>
        <source>There is no plan {ref}.</source>
        <translation>Planen {ref} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="115"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="195"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>Planen slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="209"/>
        <source>Unknown plan field {name}.</source>
        <translation>Okänt fält i planen: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="218"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>En undertecknad plan förblir undertecknad; skapa en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="232"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="285"/>
        <source>There is no organisation {code}.</source>
        <translation>Organisationen {code} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="259"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="257"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>Planen är undertecknad eller skickad för underskrift; innehållet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="268"/>
        <source>An organisation needs a code.</source>
        <translation>En organisation måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="271"/>
        <source>The organisation {code} already exists.</source>
        <translation>Organisationen {code} finns redan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="295"/>
        <source>There is no node {id}.</source>
        <translation>Noden {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="331"/>
        <source>The parent is in another plan.</source>
        <translation>Den överordnade noden hör till en annan plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="335"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="651"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="802"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <translation>En nod av typen {kind} kan inte placeras under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="389"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="417"/>
        <source>Unknown node field {name}.</source>
        <translation>Okänt fält för en nod: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="402"/>
        <source>The node is not an indicator.</source>
        <translation>Noden är inte en indikator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="139"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="431"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>Nivån {colour} har ett lägsta värde som är större än det högsta.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="451"/>
        <source>A node cannot be moved into itself.</source>
        <translation>En nod kan inte flyttas in i sig själv.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="572"/>
        <source>There is no series {id}.</source>
        <translation>Serien {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="589"/>
        <source>The number of participants must be a whole number of 0 or more.</source>
        <translation>Antalet deltagare måste vara ett heltal, 0 eller större.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="594"/>
        <source>Only topics have evaluations.</source>
        <translation>Bara insatser har utvärderingar.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="695"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>Filens mätvärden skiljer sig från arbetsytans, så inget importerades: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="117"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Kan inte skapa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="126"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="269"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>Arbetsytan {path} är öppen i ett annat fönster eller en annan process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="134"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Kan inte låsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="145"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>Arbetsytan {path} använder ett äldre schema ({found}); öppna den en gång i redigeraren eller med ett kommando som skriver, så uppgraderas den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="207"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>Arbetsytan {path} är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="263"/>
        <source>The change was refused: {reason}</source>
        <translation>Ändringen avvisades: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="65"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>Arbetsytefilen {path} är skadad ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="73"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} är inte en arbetsyta för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="85"/>
        <source>The workspace {path} does not exist.</source>
        <translation>Arbetsytan {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="94"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan inte läsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="120"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} skrevs av en nyare version av Insatsplan (schema {found}); den här versionen läser schema {ours}. Uppdatera Insatsplan för att öppna den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="32"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (se insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="73"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale måste vara 1 eller mer.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="170"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>Arbetsytan {path} har problem: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="1253"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>Arbetsytan innehåller redan uppskalade demodata med slumpfröet {seed}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="99"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Kortsiktiga mål och aktiviteter {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="102"/>
        <source>Long-term goals</source>
        <translation>Långsiktiga mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="103"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Mätbara indikatorer för uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="108"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="396"/>
        <source>Plan</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Plan</translation>
    </message>
</context>
</TS>
