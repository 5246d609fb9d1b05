<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>BasisBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="577"/>
        <source>Select an item to edit it</source>
        <translation>Välj en punkt för att redigera den</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="578"/>
        <source>Add an item at the end</source>
        <translation>Lägg till en punkt sist</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="579"/>
        <source>Remove the selected item</source>
        <translation>Ta bort den valda punkten</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="580"/>
        <source>Move the selected item up</source>
        <translation>Flytta den valda punkten uppåt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="581"/>
        <source>Move the selected item down</source>
        <translation>Flytta den valda punkten nedåt</translation>
    </message>
</context>
<context>
    <name>BoundBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="843"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="846"/>
        <source>e.g. 2024-VT</source>
        <translation>t.ex. 2024-VT</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="851"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>DateBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="384"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="394"/>
        <source>Write a date such as 2026-03-01, or leave it empty.</source>
        <translation>Skriv ett datum som 2026-03-01, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="81"/>
        <source>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</source>
        <extracomment>A message for the status bar (a refused or invalid value). Off where the window already says why nothing can change (its own banner).</extracomment>
        <translation>Välj planen, ett fokusområde, en insats, ett mål eller en indikator i trädet för att redigera den här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="268"/>
        <source>The workspace is open read-only; nothing can be changed.</source>
        <translation>Arbetsytan är öppnad skrivskyddad; inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="270"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>Planen är undertecknad eller skickad för underskrift; innehållet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="273"/>
        <source>Read only: this cannot be changed here.</source>
        <translation>Skrivskyddat: detta kan inte ändras här.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="507"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="508"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="509"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="510"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="89"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>Året {value} ligger inte mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="98"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} är inte giltigt som {what} (använd något av: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="77"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="78"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>Det här är inte en utbytesfil för Insatsplan (formatet insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="81"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>Filen skrevs av en nyare version av Insatsplan (formatet {format}); den här versionen läser insatsplan/1. Uppdatera Insatsplan för att importera den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="86"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>Filen har för många nästlade nivåer (fler än {limit}) för att kunna vara en plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="89"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>Texten innehåller ett tecken som inte är giltig Unicode (ett ensamt surrogattecken).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="92"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} är inte av typen {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="93"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} är inte något av följande: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="94"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} måste vara {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="95"/>
        <source>The property {name} is missing.</source>
        <translation>Egenskapen {name} saknas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Okänd egenskap {name}: formatet insatsplan/1 har ingen sådan egenskap här.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="99"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>Den här egenskapen är inte tillåten för en nod av typen {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="102"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} är mindre än det lägsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="103"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} är större än det högsta tillåtna värdet, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="104"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} är inte ett UUID med små bokstäver, till exempel 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="108"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="113"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} är inte ett datum på formen 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="109"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} följer inte utbytesfilens standardform; skriv {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="112"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} är inte giltigt här ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="114"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>En nod av typen {kind} kan inte placeras högst upp i en plan; det kan bara noder av typen focus_area.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="118"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>En nod av typen {kind} kan inte placeras under en nod av typen {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="121"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>Ett mål under ett annat mål måste ha samma tidshorisont som det överordnade målet ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="124"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan nod i planen ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="127"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>UUID:t {uuid} används redan av en annan serie ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="130"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>Serien har redan ett värde för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="133"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>Noden har redan en utvärdering för perioden {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="136"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>Serien {uuid} finns inte bland filens serier.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="139"/>
        <source>The file {file} does not exist.</source>
        <translation>Filen {file} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="26"/>
        <location filename="../desktop/insatsplan/exchange.py" line="140"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>Du har inte behörighet att läsa filen {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="144"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Filen {file} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="145"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>Filen {file} är för stor för att vara en utbytesfil (mer än {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="148"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är tom; den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="151"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>Filen {file} är inte UTF-8-text (ogiltig byte på position {offset}); den är inte en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="156"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason} på rad {line}, kolumn {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="159"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>Filen {file} är inte giltig JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="160"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>Filen {file} anger egenskapen {name} två gånger i samma objekt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="163"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>Filen {file} har för många nästlade nivåer för att vara en utbytesfil för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="23"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>Mappen {folder} finns inte; välj en befintlig mapp.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="27"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>Filen {file} är skrivskyddad; den har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="30"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>Filen {file} kunde inte skrivas: {reason}. En eventuell tidigare fil är oförändrad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="192"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="208"/>
        <source>There is no plan {ref}.</source>
        <translation>Planen {ref} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="113"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="302"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>Planen slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="316"/>
        <source>Unknown plan field {name}.</source>
        <translation>Okänt fält i planen: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="352"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>En undertecknad plan förblir undertecknad; skapa en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="505"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="558"/>
        <source>There is no organisation {code}.</source>
        <translation>Organisationen {code} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="532"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="265"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>Planen är undertecknad eller skickad för underskrift; innehållet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="541"/>
        <source>An organisation needs a code.</source>
        <translation>En organisation måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="544"/>
        <source>The organisation {code} already exists.</source>
        <translation>Organisationen {code} finns redan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="230"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="568"/>
        <source>There is no node {id}.</source>
        <translation>Noden {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="133"/>
        <source>{path} is larger than {limit} MB; is it really the signed plan?</source>
        <translation>{path} är större än {limit} MB; är det verkligen den undertecknade planen?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="141"/>
        <source>{path} is not a PDF file.</source>
        <translation>{path} är ingen PDF-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="331"/>
        <source>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</source>
        <translation>Den undertecknade eller skickade planen ”{plan}” gjordes från den här och anger den som sitt ursprung, så den kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="374"/>
        <source>The signing date {date} is in the future.</source>
        <translation>Undertecknandedatumet {date} ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="380"/>
        <source>The plan was already signed on {date}; make a new version to change it.</source>
        <translation>Planen undertecknades redan {date}; gör en ny version för att ändra den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="405"/>
        <source>Only a signed plan can have a signed PDF; sign the plan first.</source>
        <translation>Bara en undertecknad plan kan ha en undertecknad PDF; underteckna planen först.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="416"/>
        <source>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</source>
        <translation>Planen har redan sin undertecknade PDF ({name}); den sparas som den undertecknades och kan inte bytas ut.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="451"/>
        <source>The plan {ref} has no signed PDF.</source>
        <translation>Planen {ref} har ingen undertecknad PDF.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="604"/>
        <source>The parent is in another plan.</source>
        <translation>Den överordnade noden hör till en annan plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="608"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="941"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1092"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <translation>En nod av typen {kind} kan inte placeras under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="662"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="693"/>
        <source>Unknown node field {name}.</source>
        <translation>Okänt fält för en nod: {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="675"/>
        <source>The node is not an indicator.</source>
        <translation>Noden är inte en indikator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="708"/>
        <source>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</source>
        <translation>Enheten hör till en mätserie som den undertecknade eller skickade planen ”{plan}” också använder, så den kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="137"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="721"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>Nivån {colour} har ett lägsta värde som är större än det högsta.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="741"/>
        <source>A node cannot be moved into itself.</source>
        <translation>En nod kan inte flyttas in i sig själv.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="862"/>
        <source>There is no series {id}.</source>
        <translation>Serien {id} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="879"/>
        <source>The number of participants must be a whole number of 0 or more.</source>
        <translation>Antalet deltagare måste vara ett heltal, 0 eller större.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="884"/>
        <source>Only topics have evaluations.</source>
        <translation>Bara insatser har utvärderingar.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="985"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>Filens mätvärden skiljer sig från arbetsytans, så inget importerades: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="120"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Kan inte skapa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="129"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="277"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>Arbetsytan {path} är öppen i ett annat fönster eller en annan process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="137"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Kan inte låsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="148"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>Arbetsytan {path} använder ett äldre schema ({found}); öppna den en gång i redigeraren eller med ett kommando som skriver, så uppgraderas den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="210"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>Arbetsytan {path} är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="271"/>
        <source>The change was refused: {reason}</source>
        <translation>Ändringen avvisades: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="78"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>Arbetsytefilen {path} är skadad ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="87"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} är inte en arbetsyta för Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="99"/>
        <source>The workspace {path} does not exist.</source>
        <translation>Arbetsytan {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="138"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="108"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan inte läsa {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="134"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} skrevs av en nyare version av Insatsplan (schema {found}); den här versionen läser schema {ours}. Uppdatera Insatsplan för att öppna den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="30"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (se insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="102"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale måste vara 1 eller mer.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="204"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>Arbetsytan {path} har problem: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="1253"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>Arbetsytan innehåller redan uppskalade demodata med slumpfröet {seed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="157"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="369"/>
        <source>What was copied cannot be placed here: choose a row that can hold it.</source>
        <translation>Det kopierade kan inte placeras här: välj en rad som kan ta emot det.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/agreement.py" line="41"/>
        <source>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</source>
        <extracomment>Custom document property names (File → Properties → Custom in Word). The bookmark of the signature heading, ``_Toc``-style: hidden in Word&apos;s bookmark list.</extracomment>
        <translation>Word-filen {file} skrevs, men en PDF kräver LibreOffice: installera LibreOffice (på Debian och Ubuntu paketen libreoffice-writer-nogui och python3-uno) och exportera igen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/agreement.py" line="45"/>
        <source>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</source>
        <translation>Word-filen {file} skrevs, men LibreOffice kunde inte göra PDF-filen: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="50"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</source>
        <translation>LibreOffice är inte installerat, så sidnummer och PDF kan inte skapas. Installera LibreOffice Writer och dess Python-brygga (i Debian och Ubuntu: paketen libreoffice-writer och python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="56"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice är inte installerat, så sidnummer och PDF kan inte skapas. Installera LibreOffice från libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="61"/>
        <source>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</source>
        <translation>LibreOffice är installerat men dess Python-brygga saknas, så sidnummer och PDF kan inte skapas. Installera den (i Debian och Ubuntu: paketet python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="66"/>
        <source>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice är installerat men dess Python saknas eller fungerar inte, så sidnummer och PDF kan inte skapas. Installera om LibreOffice från libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="251"/>
        <source>The Word file {path} does not exist.</source>
        <translation>Word-filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="261"/>
        <source>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</source>
        <translation>LibreOffice kan inte läsa {path}: filen är skadad, lösenordsskyddad eller inget Word-dokument.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="285"/>
        <source>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</source>
        <translation>Det går inte att skriva PDF-filen {path}: {reason}. Är den öppen i ett annat program, eller är mappen skrivskyddad?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="309"/>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="399"/>
        <source>LibreOffice could not write the PDF {path}.</source>
        <translation>LibreOffice kunde inte skriva PDF-filen {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="312"/>
        <source>LibreOffice ({program}) could not be started.</source>
        <translation>LibreOffice ({program}) kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="314"/>
        <source>LibreOffice stopped unexpectedly.</source>
        <translation>LibreOffice avbröts oväntat.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="359"/>
        <source>LibreOffice did not finish within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice blev inte klart inom {seconds} sekunder och stoppades.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="363"/>
        <source>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</source>
        <translation>LibreOffices Python ({program}) kunde inte startas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="37"/>
        <source>The template {file} could not be read: {reason}.</source>
        <translation>Mallen {file} kunde inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="39"/>
        <source>The template {file} is not a Word file; choose a .docx or .dotx file.</source>
        <translation>Mallen {file} är ingen Word-fil; välj en .docx- eller .dotx-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="41"/>
        <source>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</source>
        <translation>Mallen {file} är skadad och kan inte användas; öppna den i Word, spara den igen som .docx eller .dotx och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="44"/>
        <source>The template {file} is password-protected; save a copy without a password and choose that.</source>
        <translation>Mallen {file} är lösenordsskyddad; spara en kopia utan lösenord och välj den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="47"/>
        <source>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</source>
        <translation>Mallen {file} är en gammal Word 97–2003-fil; spara den som .docx eller .dotx i Word och välj den på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="50"/>
        <source>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</source>
        <translation>Mallen {file} innehåller makron; spara den som .docx eller .dotx utan makron och välj den på nytt.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="136"/>
        <source>Export the agreement (Word)</source>
        <translation>Exportera överenskommelsen (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="140"/>
        <source>Insatsplan&apos;s own template</source>
        <translation>Insatsplans egen mall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="142"/>
        <source>Also save a PDF beside it</source>
        <translation>Spara även en PDF bredvid</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="144"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="145"/>
        <source>Template (.docx or .dotx)</source>
        <translation>Mall (.docx eller .dotx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="153"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="163"/>
        <source>Export the agreement</source>
        <translation>Exportera överenskommelsen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="165"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="171"/>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="172"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="83"/>
        <source>Search titles and texts</source>
        <extracomment>(query, organisation code or None, without indicators) Enter in the search field: go to the next match</extracomment>
        <translation>Sök i rubriker och texter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="86"/>
        <source>Only topics this organisation is responsible for</source>
        <translation>Bara insatser som förvaltningen ansvarar för</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="87"/>
        <source>Without indicators</source>
        <translation>Utan indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="88"/>
        <source>Only topics that have no indicator yet</source>
        <translation>Bara insatser som ännu saknar indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="92"/>
        <source>Close the search (Esc)</source>
        <translation>Stäng sökningen (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="127"/>
        <source>All organisations</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="129"/>
        <source>Only {code}</source>
        <translation>Bara {code}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="156"/>
        <source>Matches: {count}</source>
        <translation>Träffar: {count}</translation>
    </message>
</context>
<context>
    <name>FocusAreaForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="185"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="186"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="187"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="228"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="229"/>
        <source>Goal text</source>
        <translation>Målets text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="231"/>
        <source>Horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="232"/>
        <source>Short-term</source>
        <translation>Kortsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="233"/>
        <source>Long-term</source>
        <translation>Långsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="242"/>
        <source>A goal under another goal has that goal&apos;s horizon.</source>
        <translation>Ett mål under ett annat mål har samma tidsperspektiv som det.</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="251"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="252"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="254"/>
        <source>Horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="255"/>
        <source>Short-term</source>
        <translation>Kortsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="256"/>
        <source>Long-term</source>
        <translation>Långsiktigt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="257"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="258"/>
        <source>e.g. percent, number, days</source>
        <translation>t.ex. procent, antal, dagar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="259"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="260"/>
        <source>Rise</source>
        <translation>Öka</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="260"/>
        <source>Fall</source>
        <translation>Minska</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="261"/>
        <source>Hold</source>
        <translation>Bibehålla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="262"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="263"/>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="264"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="265"/>
        <source>Traffic light</source>
        <translation>Trafikljus</translation>
    </message>
</context>
<context>
    <name>LevelsBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="886"/>
        <source>Has traffic-light levels</source>
        <translation>Har trafikljusnivåer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="890"/>
        <source>Lowest</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="891"/>
        <source>Highest</source>
        <translation>Högst</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="892"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="892"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="899"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="905"/>
        <source>Values outside green and yellow are red.</source>
        <translation>Värden utanför grön och gul nivå är röda.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="947"/>
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
        <location filename="../desktop/insatsplan/ui/main_window.py" line="127"/>
        <source>Plan</source>
        <extracomment>the tree shows its first rows (start-up measures this)</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="132"/>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="133"/>
        <source>The plan&apos;s title, years, parties and signatories</source>
        <translation>Planens titel, år, parter och undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="144"/>
        <source>Plan tree</source>
        <translation>Planträd</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="168"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="687"/>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="175"/>
        <source>Opening the workspace…</source>
        <translation>Öppnar arbetsytan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="229"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="232"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="237"/>
        <source>Recent workspaces</source>
        <translation>Senaste arbetsytor</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="240"/>
        <source>&amp;Export agreement (Word)…</source>
        <translation>&amp;Exportera överenskommelse (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="244"/>
        <source>Save a &amp;copy as…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="247"/>
        <source>Open the &amp;backups folder</source>
        <translation>Öppna mappen med &amp;säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="250"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="257"/>
        <source>&amp;Undo</source>
        <translation>Å&amp;ngra</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="261"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="269"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="271"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="273"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="276"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="278"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="281"/>
        <source>Re&amp;name</source>
        <translation>Byt &amp;namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="287"/>
        <source>&amp;Find and filter…</source>
        <translation>&amp;Sök och filtrera…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="291"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="292"/>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="293"/>
        <source>Plan &amp;properties</source>
        <translation>Planens &amp;egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="296"/>
        <source>Add &amp;after</source>
        <translation>Lägg till &amp;efter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="299"/>
        <source>Add &amp;inside</source>
        <translation>Lägg till &amp;under</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="303"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="305"/>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="307"/>
        <source>&amp;Indent goal</source>
        <translation>Öka &amp;indrag för mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="309"/>
        <source>&amp;Outdent goal</source>
        <translation>&amp;Minska indrag för mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="311"/>
        <source>&amp;Send for signature</source>
        <translation>&amp;Skicka för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="313"/>
        <source>Back to &amp;draft</source>
        <translation>Tillbaka till &amp;utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="316"/>
        <source>S&amp;ign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="317"/>
        <source>Attach the signed &amp;PDF…</source>
        <translation>Bifoga undertecknad &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="319"/>
        <source>Save the signed PDF &amp;as…</source>
        <translation>Spara undertecknad PDF &amp;som…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="321"/>
        <source>New &amp;version…</source>
        <translation>Ny &amp;version…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="322"/>
        <source>De&amp;lete plan…</source>
        <translation>Ta &amp;bort plan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="334"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="335"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandera alla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="337"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Fäll ihop alla</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="343"/>
        <source>Topics &amp;without indicators</source>
        <translation>Insatser &amp;utan indikatorer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="348"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="349"/>
        <source>&amp;About Insatsplan</source>
        <translation>&amp;Om Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="516"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="516"/>
        <source>sent for signature</source>
        <translation>skickad för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="517"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="651"/>
        <source>Plan properties</source>
        <translation>Planens egenskaper</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="687"/>
        <source>Send for signature</source>
        <translation>Skicka för underskrift</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="702"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="712"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="754"/>
        <source>The workspace is open read-only: another program is using it.</source>
        <translation>Arbetsytan är öppnad skrivskyddad: ett annat program använder den.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="760"/>
        <source>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</source>
        <translation>Planen är undertecknad {date}. Innehållet kan inte ändras; uppföljningen är fortfarande öppen. Gör en ny version för att ändra planen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="766"/>
        <source>This plan is sent for signature. Its content cannot change until it is set back to draft.</source>
        <translation>Planen är skickad för underskrift. Innehållet kan inte ändras förrän den sätts tillbaka till utkast.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="800"/>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="801"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="833"/>
        <source>Insatsplan workspaces (*.insatsplan)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="810"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="811"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="823"/>
        <source>(none yet)</source>
        <translation>(inga ännu)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="831"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="844"/>
        <source>The copy could not be saved: {reason}</source>
        <translation>Kopian kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="847"/>
        <source>A copy was saved as {path}</source>
        <translation>En kopia sparades som {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="860"/>
        <source>About Insatsplan</source>
        <translation>Om Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="861"/>
        <source>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</source>
        <translation>Insatsplan {version}

Årets handlingsplan för psykisk hälsa och suicidprevention, dess uppföljning och den undertecknade överenskommelsen.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="868"/>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="878"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="882"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="886"/>
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
    <name>NewVersionDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="108"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="110"/>
        <source>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</source>
        <translation>En redigerbar kopia för kommande år: samma fokusområden, insatser, mål och indikatorer (indikatorerna behåller sina mätserier), parter och undertecknare. Utvärderingarna stannar kvar hos detta år.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="118"/>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
</context>
<context>
    <name>Outliner</name>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="109"/>
        <source>Title</source>
        <extracomment>What &quot;add child&quot; makes under a row of each kind: (kind, horizon).</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="111"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="120"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="189"/>
        <source>Add focus area</source>
        <translation>Lägg till fokusområde</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="189"/>
        <source>Add topic</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="190"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="190"/>
        <source>Add indicator</source>
        <translation>Lägg till indikator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="217"/>
        <source>Delete “{title}” and everything under it?</source>
        <translation>Ta bort ”{title}” och allt under den?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="221"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="248"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="248"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="262"/>
        <source>Indent</source>
        <translation>Öka indrag</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="276"/>
        <source>Outdent</source>
        <translation>Minska indrag</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="287"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="309"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="336"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="51"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="353"/>
        <source>An export is already running.</source>
        <translation>En export pågår redan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="405"/>
        <source>The plan is signed. Its document ID is {id}.</source>
        <translation>Planen är undertecknad. Dess dokument-ID är {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="412"/>
        <source>The signed PDF</source>
        <translation>Den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="413"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="435"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="422"/>
        <source>The signed PDF is kept in the workspace.</source>
        <translation>Den undertecknade PDF-filen sparas i arbetsytan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="431"/>
        <source>No signed PDF is kept for this plan yet.</source>
        <translation>Ingen undertecknad PDF finns sparad för planen ännu.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="434"/>
        <source>Save the signed PDF as</source>
        <translation>Spara undertecknad PDF som</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="475"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="477"/>
        <source>Delete the plan “{title}” with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</source>
        <translation>Ta bort planen ”{title}” med alla dess fokusområden, insatser, mål, indikatorer och utvärderingar? Det går inte att ångra. Mätvärdena finns kvar i arbetsytan.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="162"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="163"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="164"/>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="165"/>
        <source>Year from</source>
        <translation>År från</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="166"/>
        <source>Year to</source>
        <translation>År till</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="167"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="169"/>
        <source>This agreement is based on</source>
        <translation>Denna överenskommelse har sin grund i</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="170"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="172"/>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="173"/>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="176"/>
        <source>Reporting deadline</source>
        <translation>Sista dag för återrapportering</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="136"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Kortsiktiga mål och aktiviteter {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="139"/>
        <source>Long-term goals</source>
        <translation>Långsiktiga mål</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="140"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Mätbara indikatorer för uppföljning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="145"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="411"/>
        <source>Move</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="467"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="64"/>
        <source>Sign the plan</source>
        <translation>Underteckna planen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="66"/>
        <source>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</source>
        <translation>Underteckningen låser ”{title}” som den är nu: innehållet kan inte längre ändras (uppföljningen är fortfarande öppen) och dokument-ID:t sparas. Det går inte att ångra; senare ändringar görs i en ny version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="75"/>
        <source>optional: the signed PDF</source>
        <translation>valfritt: den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="78"/>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="79"/>
        <source>Signed document</source>
        <translation>Undertecknat dokument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="81"/>
        <source>Sign</source>
        <translation>Underteckna</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="92"/>
        <source>The signed PDF</source>
        <translation>Den undertecknade PDF-filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignatoriesBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Organisation</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="716"/>
        <source>Add a signatory at the end</source>
        <translation>Lägg till en undertecknare sist</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="717"/>
        <source>Remove the selected signatory</source>
        <translation>Ta bort den valda undertecknaren</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="718"/>
        <source>Move the selected signatory up</source>
        <translation>Flytta den valda undertecknaren uppåt</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="719"/>
        <source>Move the selected signatory down</source>
        <translation>Flytta den valda undertecknaren nedåt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desktop/insatsplan/ui/app.py" line="102"/>
        <source>Insatsplan could not start:
{error}</source>
        <translation>Insatsplan kunde inte starta:
{error}</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="196"/>
        <source>Topic</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="197"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="198"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="199"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="200"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="201"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="204"/>
        <source>Responsible administrations</source>
        <translation>Ansvariga förvaltningar</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="206"/>
        <source>Named responsible people</source>
        <translation>Namngivna ansvariga</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="207"/>
        <source>Timeline</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="210"/>
        <source>Are there measurable goals in the area?</source>
        <translation>Finns mätbara mål inom området?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="211"/>
        <source>Not answered</source>
        <translation>Ej besvarat</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="211"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="212"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>About the measurable goals</source>
        <translation>Om de mätbara målen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="215"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="217"/>
        <source>Amount (SEK)</source>
        <translation>Belopp (kr)</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="250"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="253"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="300"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="304"/>
        <source>Export the agreement</source>
        <translation>Exportera överenskommelsen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="305"/>
        <source>The agreement was saved as {path}.</source>
        <translation>Överenskommelsen sparades som {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="308"/>
        <source>The PDF is beside it: {name}</source>
        <translation>PDF-filen ligger bredvid: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="310"/>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="311"/>
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
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="80"/>
        <source>Insatsplan could not open {path}.</source>
        <translation>Insatsplan kunde inte öppna {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="120"/>
        <source>{stem} (restored {date})</source>
        <translation>{stem} (återställd {date})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="170"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="172"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan-arbetsytor (*.insatsplan);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>YearBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="374"/>
        <source>Write a year between {low} and {high}.</source>
        <extracomment>Pause after the last keystroke before typed text is sent. Send after a pause in typing (text) or at once (choices, lists).</extracomment>
        <translation>Skriv ett år mellan {low} och {high}.</translation>
    </message>
</context>
</TS>
