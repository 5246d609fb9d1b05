<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BasisBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="590"/>
        <source>Select an item to edit it</source>
        <translation>Select an item to edit it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="591"/>
        <source>Add an item at the end</source>
        <translation>Add an item at the end</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="592"/>
        <source>Remove the selected item</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="593"/>
        <source>Move the selected item up</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="594"/>
        <source>Move the selected item down</source>
        <translation>Move the selected item down</translation>
    </message>
</context>
<context>
    <name>BoundBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="858"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="861"/>
        <source>e.g. VT 2024</source>
        <translation>e.g. VT 2024</translation>
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
        <translation>No values yet: add them in the Mätvärden table or import statistics.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="53"/>
        <source>Target {value} ({period})</source>
        <translation>Target {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="54"/>
        <source>Target {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="55"/>
        <source>Baseline {value} ({period})</source>
        <translation>Baseline {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="56"/>
        <source>Baseline {value}</source>
        <translation>Baseline {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="57"/>
        <source>Comment: {note}</source>
        <translation>Comment: {note}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="58"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="59"/>
        <source>{title} {span}, latest {value} ({period})</source>
        <translation>{title} {span}, latest {value} ({period})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="60"/>
        <source>, target {value}</source>
        <translation>, target {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="61"/>
        <source>{title}: no values yet</source>
        <translation>{title}: no values yet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="63"/>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="64"/>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/description.py" line="65"/>
        <source>red</source>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="345"/>
        <source>the check could not run ({reason})</source>
        <translation>the check could not run ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="348"/>
        <source>schema {found}, current is {head}</source>
        <translation>schema {found}, current is {head}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="71"/>
        <source>{table} row {row}, column {column}: {problem}</source>
        <translation>{table} row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="88"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="89"/>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="90"/>
        <source>a date and time</source>
        <translation>a date and time</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="91"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="94"/>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="95"/>
        <source>a real number</source>
        <translation>a real number</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="96"/>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="97"/>
        <source>a blob</source>
        <translation>a blob</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="98"/>
        <source>nothing (NULL)</source>
        <translation>nothing (NULL)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="102"/>
        <source>{value} is not {what}</source>
        <translation>{value} is not {what}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="113"/>
        <source>a finite number</source>
        <translation>a finite number</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="115"/>
        <source>a number in its canonical form</source>
        <translation>a number in its canonical form</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="126"/>
        <source>JSON that is not a list of texts</source>
        <translation>JSON that is not a list of texts</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="129"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="140"/>
        <source>empty (NULL)</source>
        <translation>empty (NULL)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="143"/>
        <source>{found} where {wanted} belongs</source>
        <translation>{found} where {wanted} belongs</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="146"/>
        <source>{value} is neither 0 nor 1</source>
        <translation>{value} is neither 0 nor 1</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="153"/>
        <source>text that is not UTF-8</source>
        <translation>text that is not UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/column_values.py" line="156"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} is not one of {choices}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="231"/>
        <source>SQLite: {report}</source>
        <translation>SQLite: {report}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="234"/>
        <source>foreign key: {table} row {row} refers to a missing {parent}</source>
        <translation>foreign key: {table} row {row} refers to a missing {parent}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="244"/>
        <source>attachment {id} of plan {plan} does not match its SHA-256</source>
        <translation>attachment {id} of plan {plan} does not match its SHA-256</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="253"/>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="241"/>
        <source>the seal trigger {name} is missing</source>
        <translation>the seal trigger {name} is missing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="90"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="91"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="92"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="105"/>
        <source>plan {id} “{title}”</source>
        <translation>plan {id} “{title}”</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="122"/>
        <source>{plan} ({status}): its content cannot be read to verify the seal ({reason})</source>
        <translation>{plan} ({status}): its content cannot be read to verify the seal ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="130"/>
        <source>{plan} is {status} but has no stored fingerprint</source>
        <translation>{plan} is {status} but has no stored fingerprint</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="134"/>
        <source>{plan} ({status}): the content no longer matches its fingerprint (stored {stored}, content {current})</source>
        <translation>{plan} ({status}): the content no longer matches its fingerprint (stored {stored}, content {current})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="162"/>
        <source>{plan}: its signed PDF (attachment {id})</source>
        <translation>{plan}: its signed PDF (attachment {id})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="169"/>
        <source>{pdf} can no longer be read ({reason})</source>
        <translation>{pdf} can no longer be read ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="173"/>
        <source>{pdf} was recorded as printing {recorded}, but it prints {found}</source>
        <translation>{pdf} was recorded as printing {recorded}, but it prints {found}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="176"/>
        <source>no Dokument-ID</source>
        <translation>no Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="179"/>
        <source>{pdf} prints {printed}, but the plan is not signed or could not be read</source>
        <translation>{pdf} prints {printed}, but the plan is not signed or could not be read</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="183"/>
        <source>{pdf} prints {printed}, the plan&apos;s content is {value}</source>
        <translation>{pdf} prints {printed}, the plan&apos;s content is {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="187"/>
        <source>{pdf} is marked verified, but no Dokument-ID was read from it</source>
        <translation>{pdf} is marked verified, but no Dokument-ID was read from it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="205"/>
        <source>a signing date</source>
        <translation>a signing date</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="206"/>
        <source>a fingerprint ({value})</source>
        <translation>a fingerprint ({value})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="208"/>
        <source>{plan} is {status} but holds {trace}: it was sealed</source>
        <translation>{plan} is {status} but holds {trace}: it was sealed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="216"/>
        <source>{plan} is {status}, but the operation log records that it was signed</source>
        <translation>{plan} is {status}, but the operation log records that it was signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="245"/>
        <source>an unexpected trigger {name} on table {table}</source>
        <translation>an unexpected trigger {name} on table {table}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="249"/>
        <source>the seal trigger {name} is not the one this program creates (it was changed or replaced)</source>
        <translation>the seal trigger {name} is not the one this program creates (it was changed or replaced)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="268"/>
        <source>the table {name} is missing</source>
        <translation>the table {name} is missing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="271"/>
        <source>an unexpected table {name}</source>
        <translation>an unexpected table {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="279"/>
        <source>the column {table}.{column} is missing</source>
        <translation>the column {table}.{column} is missing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="282"/>
        <source>an unexpected column {table}.{column}</source>
        <translation>an unexpected column {table}.{column}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="288"/>
        <source>the column {table}.{column} is declared {found}, not {wanted}</source>
        <translation>the column {table}.{column} is declared {found}, not {wanted}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="292"/>
        <source>the column {table}.{column} must not be empty (NOT NULL) but may be</source>
        <translation>the column {table}.{column} must not be empty (NOT NULL) but may be</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="295"/>
        <source>the column {table}.{column} may be empty but is declared NOT NULL</source>
        <translation>the column {table}.{column} may be empty but is declared NOT NULL</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="312"/>
        <source>node {node} of plan {plan} has its parent node {parent} in plan {other}</source>
        <translation>node {node} of plan {plan} has its parent node {parent} in plan {other}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="324"/>
        <source>nodes of plan {plan} form a cycle ({cycle})</source>
        <translation>nodes of plan {plan} form a cycle ({cycle})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="374"/>
        <source>{what} could not be checked ({reason})</source>
        <translation>{what} could not be checked ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="390"/>
        <source>SQLite&apos;s integrity check could not run ({reason})</source>
        <translation>SQLite&apos;s integrity check could not run ({reason})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="393"/>
        <source>the seal triggers</source>
        <translation>the seal triggers</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="398"/>
        <source>the tables</source>
        <translation>the tables</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="401"/>
        <source>the values</source>
        <translation>the values</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="403"/>
        <source>the node tree</source>
        <translation>the node tree</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="408"/>
        <source>the seals were not checked: the tables are not what schema {revision} defines</source>
        <translation>the seals were not checked: the tables are not what schema {revision} defines</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/verify.py" line="412"/>
        <source>the seals</source>
        <translation>the seals</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="32"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="33"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="34"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="62"/>
        <source>Insatsplan: the yearly plan for mental health and suicide prevention. Without a command, starts the editor.</source>
        <translation>Insatsplan: the yearly plan for mental health and suicide prevention. Without a command, starts the editor.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="65"/>
        <source>workspace file (default: $INSATSPLAN_WORKSPACE or the user&apos;s default.insatsplan)</source>
        <translation>workspace file (default: $INSATSPLAN_WORKSPACE or the user&apos;s default.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="68"/>
        <source>plan id or UUID</source>
        <translation>plan id or UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="69"/>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="70"/>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="72"/>
        <source>show tracebacks</source>
        <translation>show tracebacks</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="74"/>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="77"/>
        <source>add the demo plan</source>
        <translation>add the demo plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="78"/>
        <source>N &gt; 1: a synthetic large workspace of N plans, for benchmarks</source>
        <translation>N &gt; 1: a synthetic large workspace of N plans, for benchmarks</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="80"/>
        <source>list plans</source>
        <translation>list plans</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="82"/>
        <source>a plan as an outline, or its exchange JSON</source>
        <translation>a plan as an outline, or its exchange JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="86"/>
        <source>integrity, foreign keys and schema version</source>
        <translation>integrity, foreign keys and schema version</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="88"/>
        <source>write a plan as an exchange file</source>
        <translation>write a plan as an exchange file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="92"/>
        <source>create a plan from an exchange file</source>
        <translation>create a plan from an exchange file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="94"/>
        <source>the exchange file (JSON) to read</source>
        <translation>the exchange file (JSON) to read</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="96"/>
        <source>import a sent or signed plan as a draft that records where it came from (also when its content no longer matches its fingerprint)</source>
        <translation>import a sent or signed plan as a draft that records where it came from (also when its content no longer matches its fingerprint)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="99"/>
        <source>write a plan as a Word document</source>
        <translation>write a plan as a Word document</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="103"/>
        <source>the .docx to write</source>
        <translation>the .docx to write</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="105"/>
        <source>a .docx or .dotx whose look to use</source>
        <translation>a .docx or .dotx whose look to use</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="108"/>
        <source>the kind of document (default: the plan&apos;s own kind: an agreement, or the action plan with its report)</source>
        <translation>the kind of document (default: the plan&apos;s own kind: an agreement, or the action plan with its report)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="111"/>
        <source>with a report: the period followed up (default: the plan&apos;s year)</source>
        <translation>with a report: the period followed up (default: the plan&apos;s year)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="113"/>
        <source>also write a tagged PDF beside it (needs LibreOffice)</source>
        <translation>also write a tagged PDF beside it (needs LibreOffice)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="115"/>
        <source>sign a plan: fix its fingerprint and date</source>
        <translation>sign a plan: fix its fingerprint and date</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="119"/>
        <source>signing date (default: today)</source>
        <translation>signing date (default: today)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="121"/>
        <location filename="../desktop/insatsplan/cli.py" line="129"/>
        <source>the signed PDF to keep</source>
        <translation>the signed PDF to keep</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="122"/>
        <source>keep a PDF in which no Dokument-ID is found (a scan), marked so</source>
        <translation>keep a PDF in which no Dokument-ID is found (a scan), marked so</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="125"/>
        <source>keep a signed plan&apos;s signed PDF; it must print the plan&apos;s Dokument-ID</source>
        <translation>keep a signed plan&apos;s signed PDF; it must print the plan&apos;s Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="131"/>
        <source>an editable copy of a plan</source>
        <translation>an editable copy of a plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="134"/>
        <source>first year of the copy (default: the year after the plan)</source>
        <translation>first year of the copy (default: the year after the plan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="136"/>
        <source>write a plan&apos;s stored signed PDF</source>
        <translation>write a plan&apos;s stored signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="140"/>
        <source>every indicator&apos;s status, trend and latest value</source>
        <translation>every indicator&apos;s status, trend and latest value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="144"/>
        <source>list the activities without an evaluation and the indicators without a value for the period, by administration</source>
        <translation>list the activities without an evaluation and the indicators without a value for the period, by administration</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="147"/>
        <source>with --missing: the period (default: the plan&apos;s year)</source>
        <translation>with --missing: the period (default: the plan&apos;s year)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="149"/>
        <source>an indicator&apos;s measured values, oldest first</source>
        <translation>an indicator&apos;s measured values, oldest first</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="152"/>
        <source>the indicator&apos;s UUID or its exact title</source>
        <translation>the indicator&apos;s UUID or its exact title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="164"/>
        <source>write every indicator&apos;s values by period, status and source (.xlsx or .csv)</source>
        <translation>write every indicator&apos;s values by period, status and source (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="167"/>
        <source>the .xlsx or .csv to write</source>
        <translation>the .xlsx or .csv to write</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="169"/>
        <source>import a PxWeb JSON-stat 2.0, PxWeb CSV or Kolada JSON file into a series</source>
        <translation>import a PxWeb JSON-stat 2.0, PxWeb CSV or Kolada JSON file into a series</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="171"/>
        <source>the statistics file to read</source>
        <translation>the statistics file to read</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="174"/>
        <source>series UUID, indicator UUID or exact name</source>
        <translation>series UUID, indicator UUID or exact name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="176"/>
        <source>create a series of this name (a comparison such as the county or the country) and import into it; prints its UUID last</source>
        <translation>create a series of this name (a comparison such as the county or the country) and import into it; prints its UUID last</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="179"/>
        <source>the new series&apos; unit (default: the --compare-with indicator&apos;s)</source>
        <translation>the new series&apos; unit (default: the --compare-with indicator&apos;s)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="181"/>
        <source>draw the new series beside this indicator of --plan on its chart</source>
        <translation>draw the new series beside this indicator of --plan on its chart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="183"/>
        <source>the plan of --compare-with</source>
        <translation>the plan of --compare-with</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="186"/>
        <source>one category (code or label) of a dimension; repeat for each dimension with several categories</source>
        <translation>one category (code or label) of a dimension; repeat for each dimension with several categories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="189"/>
        <source>replace stored values that the file gives differently</source>
        <translation>replace stored values that the file gives differently</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="191"/>
        <source>show what would be imported; write nothing</source>
        <translation>show what would be imported; write nothing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="193"/>
        <source>import values from a CSV file: indicator;period;value;note[;source]</source>
        <translation>import values from a CSV file: indicator;period;value;note[;source]</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="195"/>
        <source>the CSV file to read</source>
        <translation>the CSV file to read</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="198"/>
        <source>draw an indicator&apos;s trend chart as PNG or SVG</source>
        <translation>draw an indicator&apos;s trend chart as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="201"/>
        <source>the indicator&apos;s UUID or exact title</source>
        <translation>the indicator&apos;s UUID or exact title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="204"/>
        <source>the .png or .svg to write</source>
        <translation>the .png or .svg to write</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="206"/>
        <source>width in pixels (default: 1600)</source>
        <translation>width in pixels (default: 1600)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="208"/>
        <source>height in pixels (default: 900)</source>
        <translation>height in pixels (default: 900)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="209"/>
        <source>start the editor (the default)</source>
        <translation>start the editor (the default)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="211"/>
        <source>language of the editor (default: Swedish)</source>
        <translation>language of the editor (default: Swedish)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="213"/>
        <source>quit once the tree is shown; print milliseconds until the window was shown and until the tree was ready</source>
        <translation>quit once the tree is shown; print milliseconds until the window was shown and until the tree was ready</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="355"/>
        <source>ok: {path} (schema {revision})</source>
        <translation>ok: {path} (schema {revision})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="452"/>
        <source>Texts that still name {years}: {count} (review them; in the editor: Find and filter, “Mentions {years}”).</source>
        <translation>Texts that still name {years}: {count} (review them; in the editor: Find and filter, “Mentions {years}”).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="457"/>
        <source>The new version is for the same years as the plan it was made from; its texts were copied as they were.</source>
        <translation>The new version is for the same years as the plan it was made from; its texts were copied as they were.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="545"/>
        <location filename="../desktop/insatsplan/cli.py" line="587"/>
        <source>{added} values would be added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped (dry run: nothing written).</source>
        <translation>{added} values would be added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped (dry run: nothing written).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="548"/>
        <location filename="../desktop/insatsplan/cli.py" line="590"/>
        <source>{added} values added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped.</source>
        <translation>{added} values added, {replaced} replaced, {unchanged} unchanged, {missing} missing in the file skipped.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="558"/>
        <source>Missing in the file: {periods}</source>
        <translation>Missing in the file: {periods}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="618"/>
        <source>{added} values would be added, {unchanged} unchanged (dry run: nothing written).</source>
        <translation>{added} values would be added, {unchanged} unchanged (dry run: nothing written).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="620"/>
        <source>{added} values added, {unchanged} unchanged.</source>
        <translation>{added} values added, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="677"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="678"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="679"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="680"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="681"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="682"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="683"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="684"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="685"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="686"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="687"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="78"/>
        <source>The plan has no indicators.</source>
        <translation>The plan has no indicators.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="51"/>
        <source>the period: 2025, VT 2025, 2025 K1, mars 2025 (default: the plan&apos;s year)</source>
        <translation>the period: 2025, VT 2025, 2025 K1, mars 2025 (default: the plan&apos;s year)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="53"/>
        <source>the plan&apos;s activities with their evaluation for a period, by focus area</source>
        <translation>the plan&apos;s activities with their evaluation for a period, by focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="58"/>
        <source>write, change or remove an activity&apos;s evaluation for a period</source>
        <translation>write, change or remove an activity&apos;s evaluation for a period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="61"/>
        <source>the activity&apos;s UUID, its exact title or its path (focus area › activity)</source>
        <translation>the activity&apos;s UUID, its exact title or its path (focus area › activity)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="63"/>
        <source>the period: 2025, VT 2025, 2025 K1, mars 2025</source>
        <translation>the period: 2025, VT 2025, 2025 K1, mars 2025</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="65"/>
        <source>planerad, pågår, genomförd, uppskjuten, inställd (or planned, ongoing, done, postponed, cancelled)</source>
        <translation>planerad, pågår, genomförd, uppskjuten, inställd (or planned, ongoing, done, postponed, cancelled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="68"/>
        <source>how many took part, a whole number from 0 (&quot;&quot; clears it)</source>
        <translation>how many took part, a whole number from 0 (&quot;&quot; clears it)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="71"/>
        <source>what was done, in the plan&apos;s text format (paragraphs, - bullets, links)</source>
        <translation>what was done, in the plan&apos;s text format (paragraphs, - bullets, links)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="73"/>
        <source>read the text from this file</source>
        <translation>read the text from this file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="75"/>
        <source>remove the evaluation for the period</source>
        <translation>remove the evaluation for the period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="185"/>
        <source>Evaluations {period}</source>
        <extracomment>Most characters of a narrative&apos;s first line a table row shows.</extracomment>
        <translation>Evaluations {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="188"/>
        <source>The plan has no activities.</source>
        <translation>The plan has no activities.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="200"/>
        <source>(no focus area)</source>
        <translation>(no focus area)</translation>
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
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="218"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="219"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="257"/>
        <source>Removed the evaluation {period} of “{title}”.</source>
        <translation>Removed the evaluation {period} of “{title}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="259"/>
        <source>“{title}” has no evaluation {period}; nothing was removed.</source>
        <translation>“{title}” has no evaluation {period}; nothing was removed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="294"/>
        <source>The evaluation {period} of “{title}” is unchanged: {status}.</source>
        <translation>The evaluation {period} of “{title}” is unchanged: {status}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="298"/>
        <source>Saved the evaluation {period} of “{title}”: {status}.</source>
        <translation>Saved the evaluation {period} of “{title}”: {status}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="301"/>
        <source>Saved the evaluation {period} of “{title}”: {status}, {participants} participants.</source>
        <translation>Saved the evaluation {period} of “{title}”: {status}, {participants} participants.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="81"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="82"/>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="115"/>
        <source>Nothing is missing for {period}: every activity has an evaluation and every indicator a value.</source>
        <translation>Nothing is missing for {period}: every activity has an evaluation and every indicator a value.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="119"/>
        <source>Still missing for {period}:</source>
        <translation>Still missing for {period}:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="123"/>
        <source>No administration responsible</source>
        <translation>No administration responsible</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="126"/>
        <source>No evaluation: {title}</source>
        <translation>No evaluation: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="129"/>
        <source>No value: {title}</source>
        <translation>No value: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="147"/>
        <source>No values yet.</source>
        <translation>No values yet.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="149"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="150"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="151"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="152"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="53"/>
        <source>create a plan from a Word document (an earlier year&apos;s agreement or report)</source>
        <translation>create a plan from a Word document (an earlier year&apos;s agreement or report)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="55"/>
        <source>the .docx to read (a .doc with --convert)</source>
        <translation>the .docx to read (a .doc with --convert)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="57"/>
        <source>print the mapping report; write nothing</source>
        <translation>print the mapping report; write nothing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="59"/>
        <source>print the exchange document and the report as JSON</source>
        <translation>print the exchange document and the report as JSON</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="61"/>
        <source>when the workspace holds the plan the document was exported from: a new version of it, keeping what Word does not print (directions, levels, targets, series)</source>
        <translation>when the workspace holds the plan the document was exported from: a new version of it, keeping what Word does not print (directions, levels, targets, series)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="66"/>
        <source>the series an indicator joins instead of the one matched by title (INDICATOR: its title in the document or its UUID; SERIES: a series&apos; name or UUID, or “new” for a new series); repeatable</source>
        <translation>the series an indicator joins instead of the one matched by title (INDICATOR: its title in the document or its UUID; SERIES: a series&apos; name or UUID, or “new” for a new series); repeatable</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="70"/>
        <source>convert an old .doc to .docx with LibreOffice first</source>
        <translation>convert an old .doc to .docx with LibreOffice first</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="72"/>
        <source>import the whole document as one topic&apos;s text (for a document without recognisable structure)</source>
        <translation>import the whole document as one topic&apos;s text (for a document without recognisable structure)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="278"/>
        <source>an agreement</source>
        <extracomment>The CLI&apos;s catalogue while one command runs: reading it costs some 20 ms (the whole ``.ts`` file is parsed), and the report has a line per focus area and topic, so a document of 1,000 topics spent 20 s re-reading it line by line.</extracomment>
        <translation>an agreement</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="279"/>
        <source>a plan and report</source>
        <translation>a plan and report</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="37"/>
        <source>title</source>
        <extracomment>The sign each kind of change is printed with (the editor&apos;s list uses the same). The longest plan field value shown on its line, before and after (&quot;2025 → 2026&quot;). Field names as people read them (the keys are :mod:`insatsplan.compare.plan_diff`&apos;s).</extracomment>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="38"/>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="39"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="40"/>
        <source>preamble</source>
        <translation>preamble</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="41"/>
        <source>basis</source>
        <translation>basis</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="42"/>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="43"/>
        <source>reporting deadline</source>
        <translation>reporting deadline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="44"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="45"/>
        <source>signatories</source>
        <translation>signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="46"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="47"/>
        <source>background</source>
        <translation>background</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="48"/>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="49"/>
        <source>target group</source>
        <translation>target group</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="50"/>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="51"/>
        <source>responsible administrations</source>
        <translation>responsible administrations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="52"/>
        <source>responsible people</source>
        <translation>responsible people</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="53"/>
        <source>measurable goals (answer)</source>
        <translation>measurable goals (answer)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="54"/>
        <source>measurable goals (text)</source>
        <translation>measurable goals (text)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="55"/>
        <source>funding</source>
        <translation>funding</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="56"/>
        <source>funding amount</source>
        <translation>funding amount</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="57"/>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="58"/>
        <source>data source</source>
        <translation>data source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="59"/>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="60"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="61"/>
        <source>levels</source>
        <translation>levels</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="69"/>
        <source>what changed from plan A to plan B: added, removed, moved and changed nodes and plan fields</source>
        <translation>what changed from plan A to plan B: added, removed, moved and changed nodes and plan fields</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="72"/>
        <source>the earlier plan: database id or UUID</source>
        <translation>the earlier plan: database id or UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="74"/>
        <source>the later plan: database id or UUID</source>
        <translation>the later plan: database id or UUID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="77"/>
        <source>also write B&apos;s agreement with the changes from A as Word tracked changes (.docx)</source>
        <translation>also write B&apos;s agreement with the changes from A as Word tracked changes (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="102"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="103"/>
        <source>From plan {a} “{a_title}” to plan {b} “{b_title}”:</source>
        <translation>From plan {a} “{a_title}” to plan {b} “{b_title}”:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="137"/>
        <source>The plans have no node in common: everything in A is listed as removed and everything in B as added.</source>
        <translation>The plans have no node in common: everything in A is listed as removed and everything in B as added.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="142"/>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="144"/>
        <source>{added} added, {removed} removed, {moved} moved, {changed} changed.</source>
        <translation>{added} added, {removed} removed, {moved} moved, {changed} changed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="155"/>
        <source>The plan: {fields}</source>
        <translation>The plan: {fields}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="178"/>
        <source>(was at the top level)</source>
        <translation>(was at the top level)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="179"/>
        <source>(was under: {path})</source>
        <translation>(was under: {path})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="183"/>
        <source>(now long-term, was short-term)</source>
        <translation>(now long-term, was short-term)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="184"/>
        <source>(now short-term, was long-term)</source>
        <translation>(now short-term, was long-term)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_compare.py" line="185"/>
        <source>(new place among its siblings)</source>
        <translation>(new place among its siblings)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="66"/>
        <source>Added</source>
        <extracomment>the sign each kind of change carries, so that it reads without its colour (text, background) colours per kind of change; dark text on a light tint keeps the contrast readable, the sign says the same for people who do not see the colour</extracomment>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="67"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="68"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="69"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="77"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="78"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="79"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="80"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="81"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="82"/>
        <source>This agreement is based on</source>
        <translation>This agreement is based on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="83"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="84"/>
        <source>Reporting deadline</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="85"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="86"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="87"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="88"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="89"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="90"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="91"/>
        <source>Responsible administrations</source>
        <translation>Responsible administrations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="92"/>
        <source>Responsible people</source>
        <translation>Responsible people</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="93"/>
        <source>Measurable goals?</source>
        <translation>Measurable goals?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="94"/>
        <source>Measurable goals</source>
        <translation>Measurable goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="95"/>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="96"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="97"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="98"/>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="99"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="100"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="101"/>
        <source>Traffic light</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="102"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="151"/>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="213"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="185"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="186"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="188"/>
        <source>Under another parent</source>
        <translation>Under another parent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="189"/>
        <source>(the top of the plan)</source>
        <translation>(the top of the plan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="192"/>
        <source>To the other section</source>
        <translation>To the other section</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="193"/>
        <source>short-term</source>
        <translation>short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="194"/>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="197"/>
        <source>To another place among its siblings</source>
        <translation>To another place among its siblings</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="198"/>
        <source>place {number}</source>
        <translation>place {number}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="240"/>
        <source>Summary of the changes</source>
        <extracomment>a row was clicked, activated with Enter, or reached with next/previous the close button &quot;Save in Word…&quot;: the changes as Word tracked changes</extracomment>
        <translation>Summary of the changes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="245"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="250"/>
        <source>The chosen change</source>
        <translation>The chosen change</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="252"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="253"/>
        <source>Previous change (Shift+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="254"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="255"/>
        <source>Next change (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="256"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="257"/>
        <source>Save in Word…</source>
        <translation>Save in Word…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="259"/>
        <source>Save this plan&apos;s agreement with the changes as Word tracked changes, for Word&apos;s Review pane</source>
        <translation>Save this plan&apos;s agreement with the changes as Word tracked changes, for Word&apos;s Review pane</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="293"/>
        <source>+ added {added} · − removed {removed} · → moved {moved} · ~ changed {changed}</source>
        <translation>+ added {added} · − removed {removed} · → moved {moved} · ~ changed {changed}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="302"/>
        <source>The plans share no focus area, topic, goal or indicator: everything in one is shown as removed and everything in the other as added.</source>
        <translation>The plans share no focus area, topic, goal or indicator: everything in one is shown as removed and everything in the other as added.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="305"/>
        <source>No changes: the plans have the same content.</source>
        <translation>No changes: the plans have the same content.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="357"/>
        <source>Click a change, or press F8, to see it here and in the tree.</source>
        <translation>Click a change, or press F8, to see it here and in the tree.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="427"/>
        <source>Changes</source>
        <extracomment>how long after the last change to either plan the list is compared again</extracomment>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="457"/>
        <source>The workspace has no other plan to compare this one with. Make one with Plan → New version… or import one.</source>
        <translation>The workspace has no other plan to compare this one with. Make one with Plan → New version… or import one.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="504"/>
        <source>Compared with {plan}</source>
        <translation>Compared with {plan}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="516"/>
        <source>A plan of the comparison was deleted.</source>
        <translation>A plan of the comparison was deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="549"/>
        <source>The tree shows another plan now: choose Plan → Compare with… to compare it.</source>
        <translation>The tree shows another plan now: choose Plan → Compare with… to compare it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="585"/>
        <source>It stood at the top of the plan: nothing of it is left in this one.</source>
        <translation>It stood at the top of the plan: nothing of it is left in this one.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/compare_panel.py" line="626"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>CompareWithDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="51"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="53"/>
        <source>Show what changed in “{plan}” since the plan chosen here: added, removed, moved and changed focus areas, topics, goals and indicators, and the plan&apos;s own fields.</source>
        <translation>Show what changed in “{plan}” since the plan chosen here: added, removed, moved and changed focus areas, topics, goals and indicators, and the plan&apos;s own fields.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="58"/>
        <source>Plan to compare with</source>
        <translation>Plan to compare with</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="64"/>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/compare_with.py" line="67"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
</context>
<context>
    <name>DateBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="397"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="407"/>
        <source>Write a date such as 2026-03-01, or leave it empty.</source>
        <translation>Write a date such as 2026-03-01, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="93"/>
        <source>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</source>
        <extracomment>A message for the status bar (a refused or invalid value). Off where the window already says why nothing can change (its own banner).</extracomment>
        <translation>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="279"/>
        <source>The workspace is open read-only; nothing can be changed.</source>
        <extracomment>The forms built so far, by kind (see :meth:`form_for`).</extracomment>
        <translation>The workspace is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="281"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>The plan is signed or sent for signature; its content cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="284"/>
        <source>Read only: this cannot be changed here.</source>
        <translation>Read only: this cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="311"/>
        <source>The measurements cannot be changed here.</source>
        <translation>The measurements cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="319"/>
        <source>The evaluation cannot be changed here.</source>
        <translation>The evaluation cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="326"/>
        <source>The comparisons cannot be changed here.</source>
        <translation>The comparisons cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="520"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="521"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="522"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="523"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="87"/>
        <source>Invalid period: {value}. Write for example 2024, VT 2024, HT 2024, 2024 K1, mars 2024, 2024-03-15 or 2019–2022.</source>
        <translation>Invalid period: {value}. Write for example 2024, VT 2024, HT 2024, 2024 K1, mars 2024, 2024-03-15 or 2019–2022.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="91"/>
        <source>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="96"/>
        <source>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="101"/>
        <source>A period is missing. Write for example 2024, VT 2024, 2024 K1, mars 2024 or 2024-03-15.</source>
        <translation>A period is missing. Write for example 2024, VT 2024, 2024 K1, mars 2024 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="105"/>
        <source>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</source>
        <translation>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="108"/>
        <source>Invalid period: {value}. There is no such date; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. There is no such date; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="43"/>
        <source>Invalid value: {value}. Write a number such as 12.5, 12,5, -3 or 1 234,5.</source>
        <translation>Invalid value: {value}. Write a number such as 12.5, 12,5, -3 or 1 234,5.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="46"/>
        <source>A value is missing. Write a number such as 12.5, 12,5, -3 or 1 234,5.</source>
        <translation>A value is missing. Write a number such as 12.5, 12,5, -3 or 1 234,5.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="49"/>
        <source>Invalid value: {value}. Exponent notation such as 1e5 is not accepted; write the number out in full, for example 100000.</source>
        <translation>Invalid value: {value}. Exponent notation such as 1e5 is not accepted; write the number out in full, for example 100000.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="54"/>
        <source>Invalid value: {value}. A value must be an ordinary number, not NaN or infinity.</source>
        <translation>Invalid value: {value}. A value must be an ordinary number, not NaN or infinity.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="57"/>
        <source>Invalid value: {value}. Decimal numbers must be given as text, for example &quot;12.5&quot;, so that they are stored exactly.</source>
        <translation>Invalid value: {value}. Decimal numbers must be given as text, for example &quot;12.5&quot;, so that they are stored exactly.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="62"/>
        <source>Invalid value: {value}. A value must be a number, for example &quot;12.5&quot;.</source>
        <translation>Invalid value: {value}. A value must be a number, for example &quot;12.5&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/values.py" line="65"/>
        <source>Invalid value: {value}. A value can have at most {limit} digits.</source>
        <translation>Invalid value: {value}. A value can have at most {limit} digits.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="158"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>The year {value} is not between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="167"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} is not a valid {what} (use one of: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="81"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="82"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>This is not an Insatsplan exchange file (format insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="85"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="90"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>The file is nested too deeply (more than {limit} levels) to be a plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="93"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>The text contains a character that is not valid Unicode (a lone surrogate).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} is not of type {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="97"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="98"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} must be {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="99"/>
        <source>The property {name} is missing.</source>
        <translation>The property {name} is missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="100"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Unknown property {name}: the format insatsplan/1 has no such property here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="103"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>This property is not allowed on a node of kind {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="106"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} is less than the lowest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="107"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} is more than the highest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="108"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="112"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="182"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} is not a date of the form 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="113"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} is not written in the exchange file&apos;s standard form; write {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="116"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} is not valid here ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="118"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="122"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>A node of kind {kind} cannot be placed under a node of kind {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="125"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>A goal under a goal must have its parent&apos;s horizon ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="128"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>The UUID {uuid} is already used by another node of the plan ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="131"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>The UUID {uuid} is already used by another series ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="134"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>The series already has a value for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="137"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>The node already has an evaluation for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="140"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>The series {uuid} is not among the file&apos;s series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="142"/>
        <source>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this node is on level {depth}.</source>
        <translation>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this node is on level {depth}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="146"/>
        <location filename="../desktop/insatsplan/safe_paths.py" line="34"/>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="30"/>
        <location filename="../desktop/insatsplan/exchange.py" line="147"/>
        <location filename="../desktop/insatsplan/safe_paths.py" line="35"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="148"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>You do not have permission to read the file {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="151"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>The file {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="152"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>The file {file} is too large to be an exchange file (more than {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="155"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is empty; it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="158"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="163"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="166"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>The file {file} is not valid JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="167"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>The file {file} names the property {name} twice in the same object.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="170"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>The file {file} is nested too deeply to be an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="27"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>The folder {folder} does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="31"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>The file {file} is read-only; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="34"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>The file {file} could not be written: {reason}. Any earlier file is unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="285"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="302"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="27"/>
        <source>There is no plan {ref}.</source>
        <translation>There is no plan {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="117"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="396"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>The plan ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="410"/>
        <source>Unknown plan field {name}.</source>
        <translation>Unknown plan field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="446"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>A signed plan stays signed; make a new version to change it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="683"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="736"/>
        <source>There is no organisation {code}.</source>
        <translation>There is no organisation {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="710"/>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="38"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>The plan is signed or sent for signature; its content cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="719"/>
        <source>An organisation needs a code.</source>
        <translation>An organisation needs a code.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="722"/>
        <source>The organisation {code} already exists.</source>
        <translation>The organisation {code} already exists.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="324"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="747"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="26"/>
        <source>There is no node {id}.</source>
        <translation>There is no node {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="136"/>
        <source>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this would make {depth}.</source>
        <translation>Goals can be nested at most {limit} levels deep, counting the focus area and the topic; this would make {depth}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="206"/>
        <source>{path} is larger than {limit} MB; is it really the signed plan?</source>
        <translation>{path} is larger than {limit} MB; is it really the signed plan?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="214"/>
        <source>{path} is not a PDF file.</source>
        <translation>{path} is not a PDF file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="425"/>
        <source>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</source>
        <translation>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="449"/>
        <source>The plan has no signatories yet: add who signs it under Properties before sending it for signature.</source>
        <translation>The plan has no signatories yet: add who signs it under Properties before sending it for signature.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="492"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1125"/>
        <source>The signing date {date} is in the future.</source>
        <translation>The signing date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="498"/>
        <source>The plan was already signed on {date}; make a new version to change it.</source>
        <translation>The plan was already signed on {date}; make a new version to change it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="526"/>
        <source>Only a signed plan can have a signed PDF; sign the plan first.</source>
        <translation>Only a signed plan can have a signed PDF; sign the plan first.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="538"/>
        <source>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</source>
        <translation>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="544"/>
        <source>{name} prints the Dokument-ID {printed}, but this plan&apos;s is {expected}: it is the document of another plan or version.</source>
        <translation>{name} prints the Dokument-ID {printed}, but this plan&apos;s is {expected}: it is the document of another plan or version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="550"/>
        <source>No Dokument-ID was found in the text of {name} (a scan has no text), so it cannot be checked against the plan; keep it as unverified only if you are sure it is the signed plan (--unverified).</source>
        <translation>No Dokument-ID was found in the text of {name} (a scan has no text), so it cannot be checked against the plan; keep it as unverified only if you are sure it is the signed plan (--unverified).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="588"/>
        <source>The plan {ref} has no signed PDF.</source>
        <translation>The plan {ref} has no signed PDF.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="801"/>
        <source>The parent is in another plan.</source>
        <translation>The parent is in another plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="805"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1160"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1392"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <extracomment>The id the next node gets. Given here rather than by a flush per node (660 flushes were two thirds of importing a real-size Word document): the table has no AUTOINCREMENT, so SQLite would pick the same max + 1, and one writer holds the workspace&apos;s lock while the builder&apos;s transaction runs.</extracomment>
        <translation>A {kind} cannot be placed under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="861"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="892"/>
        <source>Unknown node field {name}.</source>
        <translation>Unknown node field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="874"/>
        <source>The node is not an indicator.</source>
        <translation>The node is not an indicator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="907"/>
        <source>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</source>
        <translation>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="38"/>
        <source>Unknown evaluation status “{status}”; give one of {choices}.</source>
        <extracomment>Largest ``--text-file`` read: a narrative is a few paragraphs, never megabytes. The Swedish words for an evaluation&apos;s status, accepted whatever language the CLI speaks (the stored English keys are accepted too): what people write in Sweden.</extracomment>
        <translation>Unknown evaluation status “{status}”; give one of {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="40"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="253"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1076"/>
        <source>The number of participants must be a whole number from 0 to {limit}.</source>
        <translation>The number of participants must be a whole number from 0 to {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="42"/>
        <source>--delete cannot go with --status, --participants, --text or --text-file.</source>
        <translation>--delete cannot go with --status, --participants, --text or --text-file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="44"/>
        <source>{file} is larger than {limit} kB.</source>
        <translation>{file} is larger than {limit} kB.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="920"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>The {colour} level&apos;s minimum is above its maximum.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="940"/>
        <source>A node cannot be moved into itself.</source>
        <translation>A node cannot be moved into itself.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="40"/>
        <source>There is no series {id}.</source>
        <translation>There is no series {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="41"/>
        <source>There is no indicator {ref} in the plan.</source>
        <translation>There is no indicator {ref} in the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="42"/>
        <source>More than one indicator is called “{ref}”; give its UUID: {matches}.</source>
        <translation>More than one indicator is called “{ref}”; give its UUID: {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="44"/>
        <source>There is no series or indicator {ref}; give a series UUID, an indicator UUID or an exact name.</source>
        <translation>There is no series or indicator {ref}; give a series UUID, an indicator UUID or an exact name.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="47"/>
        <source>More than one series is called “{ref}”; give its UUID: {matches}.</source>
        <translation>More than one series is called “{ref}”; give its UUID: {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="49"/>
        <source>The period {period} is given twice for the same series.</source>
        <translation>The period {period} is given twice for the same series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="51"/>
        <source>The node {ref} is not an indicator.</source>
        <translation>The node {ref} is not an indicator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="52"/>
        <source>A series needs a name.</source>
        <translation>A series needs a name.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="53"/>
        <source>There is already a series {uuid}.</source>
        <translation>There is already a series {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="54"/>
        <source>The indicator&apos;s own series cannot also be drawn as its comparison.</source>
        <translation>The indicator&apos;s own series cannot also be drawn as its comparison.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="56"/>
        <source>The series “{name}” is measured in “{unit}”, the indicator in “{wanted}”: a line in another unit on the same axis would mislead.</source>
        <translation>The series “{name}” is measured in “{unit}”, the indicator in “{wanted}”: a line in another unit on the same axis would mislead.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/follow_up.py" line="59"/>
        <source>The series “{name}” is measured by an indicator and cannot be deleted.</source>
        <translation>The series “{name}” is measured by an indicator and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1082"/>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="28"/>
        <source>Only topics have evaluations.</source>
        <translation>Only topics have evaluations.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1121"/>
        <source>The file&apos;s plan is signed but has no signing date; import it with --as-draft to get it as a draft.</source>
        <translation>The file&apos;s plan is signed but has no signing date; import it with --as-draft to get it as a draft.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1174"/>
        <source>The file&apos;s plan “{plan}” was sent or signed with the fingerprint {claimed}, but its content as imported has {written}: it was changed since, so nothing was imported. Import it with --as-draft to get it as a draft.</source>
        <translation>The file&apos;s plan “{plan}” was sent or signed with the fingerprint {claimed}, but its content as imported has {written}: it was changed since, so nothing was imported. Import it with --as-draft to get it as a draft.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1220"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="146"/>
        <source>The workspace {path} is in a read-only folder or on read-only media; it can be opened for reading only.</source>
        <translation>The workspace {path} is in a read-only folder or on read-only media; it can be opened for reading only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="159"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="417"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Cannot create {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="169"/>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="36"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>The workspace {path} is open in another window or process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="177"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Cannot lock {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="188"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="240"/>
        <source>The change was saved, but today&apos;s backup of {path} could not be written: {reason}</source>
        <translation>The change was saved, but today&apos;s backup of {path} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="261"/>
        <source>The lock file {lock} was removed or replaced while the workspace was open, so another program may be writing too; nothing more is written. Close the workspace and open it again.</source>
        <translation>The lock file {lock} was removed or replaced while the workspace was open, so another program may be writing too; nothing more is written. Close the workspace and open it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="271"/>
        <source>The workspace file {path} was replaced, moved or removed while it was open; nothing more is written. Open it again.</source>
        <translation>The workspace file {path} was replaced, moved or removed while it was open; nothing more is written. Open it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="309"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>The workspace {path} is open read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="397"/>
        <source>Cannot move the left-over file {file} aside: {reason}</source>
        <translation>Cannot move the left-over file {file} aside: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="404"/>
        <source>Left-over files of an earlier workspace at {path} were moved aside, not used: {files}</source>
        <translation>Left-over files of an earlier workspace at {path} were moved aside, not used: {files}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="488"/>
        <source>The workspace {path} needs an upgrade, and the backup taken before it could not be written to {folder}: {reason}. Nothing was changed.</source>
        <translation>The workspace {path} needs an upgrade, and the backup taken before it could not be written to {folder}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="40"/>
        <source>The change was refused: {reason}</source>
        <translation>The change was refused: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="41"/>
        <source>The workspace {path} cannot be written: the file or its folder is read-only.</source>
        <translation>The workspace {path} cannot be written: the file or its folder is read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="43"/>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk holding {path} is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="46"/>
        <source>Reading or writing {path} failed (input/output error: {detail}); the disk or network share may be failing.</source>
        <translation>Reading or writing {path} failed (input/output error: {detail}); the disk or network share may be failing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="49"/>
        <source>The workspace {path} cannot be opened ({detail}); check that its folder exists and that you may write to it.</source>
        <translation>The workspace {path} cannot be opened ({detail}); check that its folder exists and that you may write to it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="52"/>
        <source>There is not enough memory to open {path}.</source>
        <translation>There is not enough memory to open {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="53"/>
        <source>You do not have permission to use {path} ({detail}).</source>
        <translation>You do not have permission to use {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="55"/>
        <source>The tables of the workspace {path} do not match its schema label ({detail}); the file was changed outside Insatsplan.</source>
        <translation>The tables of the workspace {path} do not match its schema label ({detail}); the file was changed outside Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="58"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="123"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>The workspace file {path} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/db_errors.py" line="112"/>
        <source>The workspace file {path} holds a value that is not what its column holds ({where}); the file was changed outside Insatsplan.</source>
        <translation>The workspace file {path} holds a value that is not what its column holds ({where}); the file was changed outside Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="96"/>
        <source>The workspace {path} is in a read-only place and holds changes not yet merged into it ({wal}); copy the folder to a writable place and open the copy.</source>
        <translation>The workspace {path} is in a read-only place and holds changes not yet merged into it ({wal}); copy the folder to a writable place and open the copy.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="132"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} is not an Insatsplan workspace.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="152"/>
        <source>The workspace {path} does not exist.</source>
        <translation>The workspace {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="211"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="160"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="191"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="56"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (see insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="244"/>
        <source>--scale must be between 1 and {limit}.</source>
        <translation>--scale must be between 1 and {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="395"/>
        <source>--period goes with a report (--kind report or plan_and_report); the agreement has no period.</source>
        <translation>--period goes with a report (--kind report or plan_and_report); the agreement has no period.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="533"/>
        <source>--unit and --compare-with go with --new-series.</source>
        <translation>--unit and --compare-with go with --new-series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="571"/>
        <source>--compare-with needs --plan.</source>
        <translation>--compare-with needs --plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="776"/>
        <location filename="../desktop/insatsplan/ui/app.py" line="83"/>
        <source>Internal error (a bug in Insatsplan): {error}. The details could not be written to a log; run the command again with --debug to see them.</source>
        <translation>Internal error (a bug in Insatsplan): {error}. The details could not be written to a log; run the command again with --debug to see them.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="781"/>
        <location filename="../desktop/insatsplan/ui/app.py" line="88"/>
        <source>Internal error (a bug in Insatsplan), details in {log}. Please send that file to whoever supports Insatsplan.</source>
        <translation>Internal error (a bug in Insatsplan), details in {log}. Please send that file to whoever supports Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="815"/>
        <source>Cannot write to the standard output: {reason}</source>
        <translation>Cannot write to the standard output: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="352"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>The workspace {path} has problems: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="454"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>The workspace already holds the scaled demo with seed {seed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="104"/>
        <source>{path} is in a read-only folder or on read-only media; it is open for reading only.</source>
        <translation>{path} is in a read-only folder or on read-only media; it is open for reading only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="184"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="373"/>
        <source>What was copied cannot be placed here: choose a row that can hold it.</source>
        <translation>What was copied cannot be placed here: choose a row that can hold it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="40"/>
        <source>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</source>
        <extracomment>Custom document property names (File → Properties → Custom in Word).</extracomment>
        <translation>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="44"/>
        <source>The Word file and the PDF would both be {file}, and the PDF would replace the Word file; give the Word file a name ending in .docx.</source>
        <translation>The Word file and the PDF would both be {file}, and the PDF would replace the Word file; give the Word file a name ending in .docx.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/writer.py" line="47"/>
        <source>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</source>
        <translation>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="51"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</source>
        <translation>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="57"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="62"/>
        <source>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</source>
        <translation>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="67"/>
        <source>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="252"/>
        <source>The Word file {path} does not exist.</source>
        <translation>The Word file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="262"/>
        <source>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</source>
        <translation>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="286"/>
        <source>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</source>
        <translation>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="310"/>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="450"/>
        <source>LibreOffice could not write the PDF {path}.</source>
        <translation>LibreOffice could not write the PDF {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="313"/>
        <source>LibreOffice ({program}) could not be started.</source>
        <translation>LibreOffice ({program}) could not be started.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="315"/>
        <source>LibreOffice stopped unexpectedly.</source>
        <translation>LibreOffice stopped unexpectedly.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="384"/>
        <source>LibreOffice did not finish within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice did not finish within {seconds} seconds and was stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="388"/>
        <source>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</source>
        <translation>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="41"/>
        <source>The template {file} could not be read: {reason}.</source>
        <translation>The template {file} could not be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="43"/>
        <source>The template {file} is not a Word file; choose a .docx or .dotx file.</source>
        <translation>The template {file} is not a Word file; choose a .docx or .dotx file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="45"/>
        <source>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</source>
        <translation>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="48"/>
        <source>The template {file} is password-protected; save a copy without a password and choose that.</source>
        <translation>The template {file} is password-protected; save a copy without a password and choose that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="51"/>
        <source>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</source>
        <translation>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="57"/>
        <source>The template {file} is too large for a Word template (more than {limit} MB unpacked, or too many parts); choose a smaller file.</source>
        <extracomment>The template file on disk; the city&apos;s templates are a few hundred kB with a logo. Parts in the package; Word&apos;s own files have a few dozen. One part unpacked (a picture), one XML part unpacked, all parts together. Unpacked / packed size of a part above :data:`RATIO_FLOOR`: Word&apos;s XML packs 5-30 times, deflate at most about 1000 times; a bomb needs the extreme end.</extracomment>
        <translation>The template {file} is too large for a Word template (more than {limit} MB unpacked, or too many parts); choose a smaller file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="60"/>
        <source>The template {file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</source>
        <translation>The template {file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="63"/>
        <source>The template {file} contains a document type declaration in {part}, which Word files never have; it is refused.</source>
        <translation>The template {file} contains a document type declaration in {part}, which Word files never have; it is refused.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="66"/>
        <source>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</source>
        <translation>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="69"/>
        <source>The template {file} contains ActiveX controls; remove them in Word, save it and choose it again.</source>
        <translation>The template {file} contains ActiveX controls; remove them in Word, save it and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="72"/>
        <source>The template {file} contains an embedded object ({part}), which could start a program; remove it in Word, save it and choose it again.</source>
        <translation>The template {file} contains an embedded object ({part}), which could start a program; remove it in Word, save it and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="75"/>
        <source>The template {file} refers to something outside the file ({kind}: {target}); insert it into the template or remove it in Word, save it and choose it again.</source>
        <translation>The template {file} refers to something outside the file ({kind}: {target}); insert it into the template or remove it in Word, save it and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/package_safety.py" line="78"/>
        <source>The template {file} contains a field that reaches outside the document ({field}); remove it in Word, save it and choose it again.</source>
        <translation>The template {file} contains a field that reaches outside the document ({field}); remove it in Word, save it and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="36"/>
        <source>{file} is not a regular file (it is a pipe, device or socket); give a file.</source>
        <translation>{file} is not a regular file (it is a pipe, device or socket); give a file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="38"/>
        <source>{file} is a link to {target}, which does not exist.</source>
        <translation>{file} is a link to {target}, which does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="40"/>
        <source>{file} is a link that leads back to itself (a loop of links).</source>
        <translation>{file} is a link that leads back to itself (a loop of links).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="42"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="43"/>
        <source>{file} is the open workspace {workspace} or one of its own files; choose another name, nothing was written.</source>
        <translation>{file} is the open workspace {workspace} or one of its own files; choose another name, nothing was written.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/safe_paths.py" line="46"/>
        <source>{file} is an Insatsplan workspace or one of its own files; choose another name, nothing was written.</source>
        <translation>{file} is an Insatsplan workspace or one of its own files; choose another name, nothing was written.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="129"/>
        <source>The PDF prints two different Dokument-IDs, {first} and {second}, so which plan it records cannot be told.</source>
        <translation>The PDF prints two different Dokument-IDs, {first} and {second}, so which plan it records cannot be told.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="157"/>
        <source>{path} is protected by a password; save a copy without the password and attach that.</source>
        <translation>{path} is protected by a password; save a copy without the password and attach that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="163"/>
        <source>{path} cannot be read as a PDF: {reason}</source>
        <translation>{path} cannot be read as a PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="178"/>
        <source>Reading PDF files needs the Python package {package}: {reason}</source>
        <translation>Reading PDF files needs the Python package {package}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="189"/>
        <source>{path} has {pages} pages, more than the {limit} a signed plan can have; is it really the signed plan?</source>
        <translation>{path} has {pages} pages, more than the {limit} a signed plan can have; is it really the signed plan?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="196"/>
        <source>Reading {path} took longer than {seconds} seconds; is it really the signed plan?</source>
        <translation>Reading {path} took longer than {seconds} seconds; is it really the signed plan?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/signed_pdf.py" line="209"/>
        <source>{path} has no pages.</source>
        <translation>{path} has no pages.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="46"/>
        <source>{file} is larger than {limit} MB; download a smaller selection of the table.</source>
        <translation>{file} is larger than {limit} MB; download a smaller selection of the table.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="48"/>
        <source>{file} is not a text file; download the table as JSON-stat 2.0, CSV or Kolada JSON.</source>
        <translation>{file} is not a text file; download the table as JSON-stat 2.0, CSV or Kolada JSON.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="51"/>
        <source>{file} is not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation>{file} is not valid JSON (line {line}, column {column}): {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="53"/>
        <source>{file} is neither PxWeb JSON-stat 2.0 nor Kolada JSON; Insatsplan reads those and PxWeb CSV.</source>
        <translation>{file} is neither PxWeb JSON-stat 2.0 nor Kolada JSON; Insatsplan reads those and PxWeb CSV.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/__init__.py" line="56"/>
        <source>Invalid --where {value}: write DIMENSION=CODE, for example Region=0180.</source>
        <translation>Invalid --where {value}: write DIMENSION=CODE, for example Region=0180.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="33"/>
        <source>{count} values in the file differ from the stored ones, so nothing was imported (--replace replaces them; period: stored → file): {conflicts}</source>
        <translation>{count} values in the file differ from the stored ones, so nothing was imported (--replace replaces them; period: stored → file): {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="36"/>
        <source>{file}: {count} values differ from the stored ones, so nothing was imported (line: indicator, period: stored → file): {conflicts}</source>
        <translation>{file}: {count} values differ from the stored ones, so nothing was imported (line: indicator, period: stored → file): {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="39"/>
        <source>The file has no values for this selection, so no series was created.</source>
        <translation>The file has no values for this selection, so no series was created.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="41"/>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="41"/>
        <source>{file}, line {line}: {error}</source>
        <translation>{file}, line {line}: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/importing.py" line="42"/>
        <source>{file}, line {line}: a second value for {period} of {indicator} (the first is on line {first}).</source>
        <translation>{file}, line {line}: a second value for {period} of {indicator} (the first is on line {first}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="29"/>
        <source>{file} is not a usable JSON-stat dataset: {field} is missing or malformed.</source>
        <translation>{file} is not a usable JSON-stat dataset: {field} is missing or malformed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="31"/>
        <source>{file} is damaged: the dimension {dimension} has {count} categories but its size says {size}.</source>
        <translation>{file} is damaged: the dimension {dimension} has {count} categories but its size says {size}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="34"/>
        <source>{file} is damaged: it holds {count} values where its dimensions need {expected}.</source>
        <translation>{file} is damaged: it holds {count} values where its dimensions need {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="37"/>
        <source>{file} claims {count} values, more than {limit}; download a smaller selection of the table.</source>
        <translation>{file} claims {count} values, more than {limit}; download a smaller selection of the table.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="40"/>
        <source>{file} is damaged: value number {position} ({value}) is not a number.</source>
        <translation>{file} is damaged: value number {position} ({value}) is not a number.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="42"/>
        <source>{file}, value number {position}: {reason}</source>
        <translation>{file}, value number {position}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="43"/>
        <source>{file} has no time dimension (role.time), so its values have no periods.</source>
        <translation>{file} has no time dimension (role.time), so its values have no periods.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/jsonstat.py" line="45"/>
        <source>{file} is a JSON-stat collection of {count} datasets; download one table at a time.</source>
        <translation>{file} is a JSON-stat collection of {count} datasets; download one table at a time.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="24"/>
        <source>{file} is not usable Kolada data: entry {entry} lacks {field} or has it malformed.</source>
        <translation>{file} is not usable Kolada data: entry {entry} lacks {field} or has it malformed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="27"/>
        <source>{file} is damaged: the value {value} of entry {entry} is not a number.</source>
        <translation>{file} is damaged: the value {value} of entry {entry} is not a number.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="29"/>
        <source>{file}, entry {entry}: {reason}</source>
        <translation>{file}, entry {entry}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="30"/>
        <source>{file} gives {kpi} for {place}, {period}, gender {gender} twice.</source>
        <translation>{file} gives {kpi} for {place}, {period}, gender {gender} twice.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/kolada.py" line="32"/>
        <source>{file} holds no Kolada values.</source>
        <translation>{file} holds no Kolada values.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="35"/>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} is larger than {limit} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="36"/>
        <source>{file}: the first line must name the columns indicator;period;value;note (and optionally source), not {header}.</source>
        <translation>{file}: the first line must name the columns indicator;period;value;note (and optionally source), not {header}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="39"/>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="45"/>
        <source>{file}, line {line}: {count} cells where the header has {expected}.</source>
        <translation>{file}, line {line}: {count} cells where the header has {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="42"/>
        <source>{file}, line {line}: the indicator is missing.</source>
        <translation>{file}, line {line}: the indicator is missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="44"/>
        <source>{file} holds no measurements.</source>
        <translation>{file} holds no measurements.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_evaluations.py" line="45"/>
        <location filename="../desktop/insatsplan/statistics/measurements_csv.py" line="45"/>
        <source>{file} is not a text file.</source>
        <translation>{file} is not a text file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="43"/>
        <source>{file} is not a statistics table: no header row with columns was found.</source>
        <translation>{file} is not a statistics table: no header row with columns was found.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="47"/>
        <source>{file}, line {line}, column {column}: {value} is not a number.</source>
        <translation>{file}, line {line}, column {column}: {value} is not a number.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="49"/>
        <source>{file} has no period column: no header is a period such as 2024, 2024K1 or 2024M03, and no column is called Tid or år.</source>
        <translation>{file} has no period column: no header is a period such as 2024, 2024K1 or 2024M03, and no column is called Tid or år.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="52"/>
        <source>{file} has no column of numbers at its right to take the values from.</source>
        <translation>{file} has no column of numbers at its right to take the values from.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="54"/>
        <source>{file}, line {line}: the same cell as line {first} ({what}).</source>
        <translation>{file}, line {line}: the same cell as line {first} ({what}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="56"/>
        <source>{file} has a header but no rows of values.</source>
        <translation>{file} has a header but no rows of values.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="57"/>
        <source>{file}: the column {column} looks like a period but is not one: {reason}</source>
        <translation>{file}: the column {column} looks like a period but is not one: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/pxweb_csv.py" line="59"/>
        <source>{file}, line {line}, column {column}: {reason}</source>
        <translation>{file}, line {line}, column {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="22"/>
        <source>The file has no dimension {name}; its dimensions are: {choices}.</source>
        <translation>The file has no dimension {name}; its dimensions are: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="24"/>
        <source>The dimension {dimension} has no category {value}; its categories are: {choices}.</source>
        <translation>The dimension {dimension} has no category {value}; its categories are: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="27"/>
        <source>{value} matches several categories of {dimension}: {choices}. Use the code.</source>
        <translation>{value} matches several categories of {dimension}: {choices}. Use the code.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="29"/>
        <source>{name} matches several dimensions of the file: {choices}. Use the id.</source>
        <translation>{name} matches several dimensions of the file: {choices}. Use the id.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="31"/>
        <source>The dimension {dimension} has several categories; choose one with --where {name}=CODE: {choices}.</source>
        <translation>The dimension {dimension} has several categories; choose one with --where {name}=CODE: {choices}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="34"/>
        <source>--where chooses two categories of {dimension} ({choices}); choose one.</source>
        <translation>--where chooses two categories of {dimension} ({choices}); choose one.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="36"/>
        <source>The time code {code} in the file is not a period Insatsplan knows: {reason}</source>
        <translation>The time code {code} in the file is not a period Insatsplan knows: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/table.py" line="38"/>
        <source>The file gives two values for {period} in this selection ({first} and {second}); choose a category of every dimension.</source>
        <translation>The file gives two values for {period} in this selection ({first} and {second}); choose a category of every dimension.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/spreadsheet.py" line="49"/>
        <source>Cannot write {file}: the file name must end in .xlsx or .csv.</source>
        <extracomment>The file kinds :func:`write_follow_up` writes, by suffix.</extracomment>
        <translation>Cannot write {file}: the file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/spreadsheet.py" line="52"/>
        <source>Cannot write {file}: the plan&apos;s values fall in {count} different periods, one column each, and a spreadsheet holds at most {limit}.</source>
        <translation>Cannot write {file}: the plan&apos;s values fall in {count} different periods, one column each, and a spreadsheet holds at most {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/files.py" line="20"/>
        <source>A chart must be between 1 and {limit} pixels wide and high, not {width}×{height}.</source>
        <translation>A chart must be between 1 and {limit} pixels wide and high, not {width}×{height}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/charts/files.py" line="23"/>
        <source>A chart is written as .png or .svg, not {name}.</source>
        <translation>A chart is written as .png or .svg, not {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/csv_rows.py" line="28"/>
        <source>{file}, line {line}: a quoted cell is not closed; a cell that starts with &quot; must end with &quot; (write &quot;&quot; for a quotation mark inside it).</source>
        <translation>{file}, line {line}: a quoted cell is not closed; a cell that starts with &quot; must end with &quot; (write &quot;&quot; for a quotation mark inside it).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/statistics/csv_rows.py" line="31"/>
        <source>{file}, line {line}: a cell is longer than {limit} characters.</source>
        <translation>{file}, line {line}: a cell is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_follow_up.py" line="70"/>
        <source>--period goes with --missing.</source>
        <translation>--period goes with --missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/fonts.py" line="81"/>
        <source>LibreOffice laid the document out without these fonts: {fonts}. The page numbers in the table of contents may therefore be wrong; Word will offer to update them when the file is opened.</source>
        <extracomment>The environment variable fontconfig reads its configuration file from. The system configuration the private file includes (missing ones are skipped). A font family -&gt; the metric-compatible families that lay text out with the same widths (fontconfig&apos;s 30-metric-aliases.conf, whose chains reach ghostscript&apos;s URW fonts and TeX Gyre where the Liberation fonts are not installed). Names as fontconfig and Word spell them. Fonts LibreOffice replaces by design with a font of the same repertoire at the same code points (not metric twins, but no fallback either): its OpenSymbol for Symbol. The aliases the private configuration adds in case a host&apos;s configuration lacks them: the two twins the program ships.</extracomment>
        <translation>LibreOffice laid the document out without these fonts: {fonts}. The page numbers in the table of contents may therefore be wrong; Word will offer to update them when the file is opened.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="29"/>
        <source>There is no topic {ref} in the plan.</source>
        <translation>There is no topic {ref} in the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/evaluations.py" line="30"/>
        <source>More than one topic is called “{ref}”; give its UUID or its path (focus area › topic): {matches}.</source>
        <translation>More than one topic is called “{ref}”; give its UUID or its path (focus area › topic): {matches}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="30"/>
        <source>The workspace does not hold the plan {file} was exported from, so it cannot be imported as a new version of it; import it without --as-new-version.</source>
        <translation>The workspace does not hold the plan {file} was exported from, so it cannot be imported as a new version of it; import it without --as-new-version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="33"/>
        <source>--series wants INDICATOR=SERIES (an indicator&apos;s title or UUID, a series&apos; name or UUID or “new”), not “{value}”.</source>
        <translation>--series wants INDICATOR=SERIES (an indicator&apos;s title or UUID, a series&apos; name or UUID or “new”), not “{value}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="36"/>
        <source>The document has no indicator “{indicator}” (--series names an indicator by its title or UUID).</source>
        <translation>The document has no indicator “{indicator}” (--series names an indicator by its title or UUID).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="39"/>
        <source>The document has {count} indicators “{indicator}”; name the one you mean by its UUID (--dry-run --json lists them).</source>
        <translation>The document has {count} indicators “{indicator}”; name the one you mean by its UUID (--dry-run --json lists them).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="42"/>
        <source>The workspace has no series “{series}” (--series names a series by its name or UUID, or “new”).</source>
        <translation>The workspace has no series “{series}” (--series names a series by its name or UUID, or “new”).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli_word_import.py" line="45"/>
        <source>The workspace has {count} series named “{series}”; name the one you mean by its UUID.</source>
        <translation>The workspace has {count} series named “{series}”; name the one you mean by its UUID.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="14"/>
        <source>{file} is not a Word document; choose a file saved as .docx by Word, LibreOffice or another word processor.</source>
        <translation>{file} is not a Word document; choose a file saved as .docx by Word, LibreOffice or another word processor.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="17"/>
        <source>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; LibreOffice can convert it to .docx first.</source>
        <translation>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; LibreOffice can convert it to .docx first.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="20"/>
        <source>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; open it in Word, save it as a Word document (.docx) and import that.</source>
        <translation>{file} is an old Word 97–2003 document (.doc), which cannot be imported as it is; open it in Word, save it as a Word document (.docx) and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="23"/>
        <source>{file} is password-protected (encrypted), so its text cannot be read; open it in Word, remove the password, save a copy and import that.</source>
        <translation>{file} is password-protected (encrypted), so its text cannot be read; open it in Word, remove the password, save a copy and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="26"/>
        <source>{file} is damaged or incomplete and cannot be read as a Word document; open it in Word or LibreOffice, save it again as .docx and import that.</source>
        <translation>{file} is damaged or incomplete and cannot be read as a Word document; open it in Word or LibreOffice, save it again as .docx and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="29"/>
        <source>{file} is a zip file but holds no Word document text (word/document.xml is missing); choose a .docx file.</source>
        <translation>{file} is a zip file but holds no Word document text (word/document.xml is missing); choose a .docx file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="32"/>
        <source>{file} is damaged: its part {part} is not well-formed XML ({reason}); open it in Word, save it again as .docx and import that.</source>
        <translation>{file} is damaged: its part {part} is not well-formed XML ({reason}); open it in Word, save it again as .docx and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="35"/>
        <source>{file} is larger than {limit} MB, far larger than a Word document of text; it is not imported.</source>
        <translation>{file} is larger than {limit} MB, far larger than a Word document of text; it is not imported.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="38"/>
        <source>{file} would unpack to more than {limit} MB or has too many parts, far more than a Word document of text; it is not imported.</source>
        <translation>{file} would unpack to more than {limit} MB or has too many parts, far more than a Word document of text; it is not imported.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="41"/>
        <source>{file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</source>
        <translation>{file} holds a part ({part}) packed {ratio} times tighter than Word packs anything; it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="44"/>
        <source>{file} contains a document type declaration in {part}, which Word files never have (it could make the reader fetch or expand other content); it is refused.</source>
        <translation>{file} contains a document type declaration in {part}, which Word files never have (it could make the reader fetch or expand other content); it is refused.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="47"/>
        <source>{file} holds no text to import: the document is empty.</source>
        <translation>{file} holds no text to import: the document is empty.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="49"/>
        <source>LibreOffice could not convert {file} to .docx; open it in Word, save it as a Word document (.docx) and import that.</source>
        <translation>LibreOffice could not convert {file} to .docx; open it in Word, save it as a Word document (.docx) and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/errors.py" line="52"/>
        <source>LibreOffice did not convert {file} within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice did not convert {file} within {seconds} seconds and was stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/importing.py" line="17"/>
        <source>{file} is an old Word 97–2003 document (.doc); run the command again with --convert to convert it to .docx with LibreOffice and import that.</source>
        <translation>{file} is an old Word 97–2003 document (.doc); run the command again with --convert to convert it to .docx with LibreOffice and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/importing.py" line="20"/>
        <source>{reason} Run the command again with --as-one-topic to import it so.</source>
        <translation>{reason} Run the command again with --as-one-topic to import it so.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="53"/>
        <source>No plan structure was found in {file}: no focus areas, topics or goal sections. It can be imported as one topic holding the document&apos;s text instead.</source>
        <translation>No plan structure was found in {file}: no focus areas, topics or goal sections. It can be imported as one topic holding the document&apos;s text instead.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="56"/>
        <source>The report&apos;s summary tables were left out: they are counted from the plan.</source>
        <translation>The report&apos;s summary tables were left out: they are counted from the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="58"/>
        <source>Some topics stand before any focus area; they were put under a focus area without a title.</source>
        <translation>Some topics stand before any focus area; they were put under a focus area without a title.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="61"/>
        <source>The document names no year; the current year was assumed.</source>
        <translation>The document names no year; the current year was assumed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word_import/recognise.py" line="63"/>
        <source>The document holds tracked changes that were neither accepted nor rejected; it was read as if all of them were accepted.</source>
        <translation>The document holds tracked changes that were neither accepted nor rejected; it was read as if all of them were accepted.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="60"/>
        <source>There is no series {uuid} in the workspace to attach the indicator “{title}” to.</source>
        <translation>There is no series {uuid} in the workspace to attach the indicator “{title}” to.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="63"/>
        <source>The series “{series}” is chosen for two indicators, “{first}” and “{second}”; each indicator of a plan has a series of its own.</source>
        <translation>The series “{series}” is chosen for two indicators, “{first}” and “{second}”; each indicator of a plan has a series of its own.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/word_import.py" line="66"/>
        <source>The document has no indicator {uuid}.</source>
        <translation>The document has no indicator {uuid}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/comparing.py" line="29"/>
        <source>Plan {a} “{a_title}” and plan {b} “{b_title}” are of different kinds (an agreement and a plan with report); only plans of the same kind can be compared.</source>
        <translation>Plan {a} “{a_title}” and plan {b} “{b_title}” are of different kinds (an agreement and a plan with report); only plans of the same kind can be compared.</translation>
    </message>
</context>
<context>
    <name>EvaluationOverviewPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="39"/>
        <source>Activities by evaluation</source>
        <extracomment>the person chose an activity: its node id</extracomment>
        <translation>Activities by evaluation</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="42"/>
        <source>The plan&apos;s activities grouped by the status of their evaluation for the plan&apos;s year</source>
        <translation>The plan&apos;s activities grouped by the status of their evaluation for the plan&apos;s year</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="49"/>
        <source>Activities by evaluation status</source>
        <translation>Activities by evaluation status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="67"/>
        <source>Activities by evaluation {period}</source>
        <translation>Activities by evaluation {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="70"/>
        <source>No activities.</source>
        <translation>No activities.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/evaluation_panel.py" line="79"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="103"/>
        <source>Evaluation period</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="104"/>
        <source>Choose a period, or type another one, for example 2025, VT 2025 or 2025 K1, and press Enter</source>
        <translation>Choose a period, or type another one, for example 2025, VT 2025 or 2025 K1, and press Enter</translation>
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
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="134"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="136"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="139"/>
        <source>Delete evaluation</source>
        <translation>Delete evaluation</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="140"/>
        <source>Remove this period&apos;s evaluation (can be undone)</source>
        <translation>Remove this period&apos;s evaluation (can be undone)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="214"/>
        <source>Delete evaluation {period}</source>
        <translation>Delete evaluation {period}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="230"/>
        <source>Evaluation {period}: {field}</source>
        <translation>Evaluation {period}: {field}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="235"/>
        <source>The evaluation cannot be changed here.</source>
        <translation>The evaluation cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="266"/>
        <source>No evaluation for {period} yet.</source>
        <translation>No evaluation for {period} yet.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="158"/>
        <source>Insatsplan&apos;s own template</source>
        <translation>Insatsplan&apos;s own template</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="160"/>
        <source>Also save a PDF beside it</source>
        <translation>Also save a PDF beside it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="162"/>
        <source>for example 2025, VT 2025 or 2025 K1</source>
        <translation>for example 2025, VT 2025 or 2025 K1</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="164"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="166"/>
        <source>Period followed up</source>
        <translation>Period followed up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="169"/>
        <source>Template (.docx or .dotx)</source>
        <translation>Template (.docx or .dotx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="177"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="202"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="208"/>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="209"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="98"/>
        <source>Search titles and texts</source>
        <extracomment>(query, organisation code or None, without indicators, without evaluation) the year &quot;without evaluation&quot; asks about changed (another plan): its label Enter in the search field: go to the next match the bar was shown (True) or hidden (False): while it is open, Enter in the tree goes to the next match instead of adding a row the link &quot;… in the plan properties&quot; was clicked: show the plan&apos;s own fields</extracomment>
        <translation>Search titles and texts</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="101"/>
        <source>Only topics this organisation is responsible for</source>
        <translation>Only topics this organisation is responsible for</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="102"/>
        <source>Without indicators</source>
        <translation>Without indicators</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="103"/>
        <source>Only topics that have no indicator yet</source>
        <translation>Only topics that have no indicator yet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="120"/>
        <source>Close the search (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="160"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="162"/>
        <source>Only {code}</source>
        <translation>Only {code}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="181"/>
        <source>Without evaluation {year}</source>
        <translation>Without evaluation {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="183"/>
        <source>Only topics that have no evaluation for {year} (one for a quarter or a term of the year counts)</source>
        <translation>Only topics that have no evaluation for {year} (one for a quarter or a term of the year counts)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="196"/>
        <source>Mentions {years}</source>
        <translation>Mentions {years}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="198"/>
        <source>Only the rows whose title, text or fields name {years}: after a new version, what may still speak of last year (the copy changes only the title and subtitle; review the rest)</source>
        <translation>Only the rows whose title, text or fields name {years}: after a new version, what may still speak of last year (the copy changes only the title and subtitle; review the rest)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="229"/>
        <source>Matches: {count}</source>
        <translation>Matches: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="233"/>
        <source>Also in the plan properties: {count}</source>
        <translation>Also in the plan properties: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="238"/>
        <source>Fields of the plan&apos;s own (title page, introduction, basis) that name {years}: open the plan properties (Alt+Enter)</source>
        <translation>Fields of the plan&apos;s own (title page, introduction, basis) that name {years}: open the plan properties (Alt+Enter)</translation>
    </message>
</context>
<context>
    <name>FocusAreaForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="188"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="189"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="190"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="49"/>
        <source>green level</source>
        <extracomment>Which way is better, per direction: the sign of a rise that counts as better. ``hold`` has no sign: better there means closer to the green band (see :func:`assess_trend`). A shape per status, so status never depends on colour alone (one man in twelve does not tell red from green, and the report is printed in black and white). A letter per status for places where a shape is not enough (screen readers, CSV). Strong colours for markers and text (readable on white), one per status. Soft colours for areas (chart bands, table cells) that text is drawn on. Arrows for a trend, drawn beside the word. The words, marked for translation in context &quot;FollowUp&quot; (Swedish by default).</extracomment>
        <translation>green level</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="50"/>
        <source>yellow level</source>
        <translation>yellow level</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="51"/>
        <source>red level</source>
        <translation>red level</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="52"/>
        <source>cannot be assessed</source>
        <translation>cannot be assessed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="55"/>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="56"/>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="57"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/status.py" line="58"/>
        <source>no trend</source>
        <translation>no trend</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="38"/>
        <source>at least {value}</source>
        <translation>at least {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="41"/>
        <source>at most {value}</source>
        <translation>at most {value}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="51"/>
        <source>Latest value {value} ({period}): cannot be assessed without levels.</source>
        <translation>Latest value {value} ({period}): cannot be assessed without levels.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="55"/>
        <source>Latest value {value} ({period}): red level.</source>
        <translation>Latest value {value} ({period}): red level.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="60"/>
        <source>Latest value {value} ({period}): green level ({band}).</source>
        <translation>Latest value {value} ({period}): green level ({band}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="63"/>
        <source>Latest value {value} ({period}): yellow level ({band}).</source>
        <translation>Latest value {value} ({period}): yellow level ({band}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="72"/>
        <source>Better than {period}.</source>
        <translation>Better than {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="75"/>
        <source>Worse than {period}.</source>
        <translation>Worse than {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="78"/>
        <source>Unchanged since {period}.</source>
        <translation>Unchanged since {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="90"/>
        <source>No values yet: the status cannot be assessed.</source>
        <translation>No values yet: the status cannot be assessed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="99"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="100"/>
        <source>sent for signature</source>
        <translation>sent for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="101"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/follow_up.py" line="108"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
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
        <translation>No values yet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/status_marker.py" line="110"/>
        <source>Latest value {value}</source>
        <translation>Latest value {value}</translation>
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
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="19"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="20"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="21"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="22"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/follow_up/evaluation_words.py" line="23"/>
        <source>no evaluation</source>
        <translation>no evaluation</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="232"/>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="242"/>
        <source>Follow-up</source>
        <extracomment>a tile or a listed activity was opened: the window selects this node in the tree</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="248"/>
        <source>Show status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="249"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="254"/>
        <source>Show administration</source>
        <translation>Show administration</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="255"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="257"/>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="259"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="261"/>
        <source>Write the indicators shown, with their values by period, status and source, to an Excel file (.xlsx) or a CSV file</source>
        <translation>Write the indicators shown, with their values by period, status and source, to an Excel file (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="391"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="392"/>
        <source>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="409"/>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="422"/>
        <source>Insatsplan</source>
        <translation>Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="450"/>
        <source>All administrations</source>
        <translation>All administrations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="506"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="511"/>
        <source>No plan is open.</source>
        <translation>No plan is open.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="513"/>
        <source>The plan has no indicators yet. Add them under a topic&apos;s “Measurable indicators for follow-up”.</source>
        <translation>The plan has no indicators yet. Add them under a topic&apos;s “Measurable indicators for follow-up”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="516"/>
        <source>No indicator matches the filters.</source>
        <translation>No indicator matches the filters.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="526"/>
        <source>{shown} of {total} indicators</source>
        <translation>{shown} of {total} indicators</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="261"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="262"/>
        <source>Goal text</source>
        <translation>Goal text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="264"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="265"/>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="266"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="275"/>
        <source>A goal under another goal has that goal&apos;s horizon.</source>
        <translation>A goal under another goal has that goal&apos;s horizon.</translation>
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
        <translation>Import statistics</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="92"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="164"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="93"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="100"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="165"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="109"/>
        <source>Name of the new series</source>
        <translation>Name of the new series</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="113"/>
        <source>Unit of the new series</source>
        <translation>Unit of the new series</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="115"/>
        <source>Show as comparison in the chart</source>
        <translation>Show as comparison in the chart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="120"/>
        <source>Drawn as a thin line beside “{title}”.</source>
        <translation>Drawn as a thin line beside “{title}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="122"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="123"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="135"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="137"/>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="138"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="150"/>
        <source>Replace changed values</source>
        <translation>Replace changed values</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="153"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="156"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="194"/>
        <source>New series…</source>
        <translation>New series…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="236"/>
        <source>Statistics files (JSON-stat, CSV, Kolada JSON)</source>
        <translation>Statistics files (JSON-stat, CSV, Kolada JSON)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="253"/>
        <source>{source}. Periods: {first} to {last} ({count}).</source>
        <translation>{source}. Periods: {first} to {last} ({count}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="319"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="322"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="325"/>
        <source>Differs from the stored value</source>
        <translation>Differs from the stored value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="327"/>
        <source>Missing in the file</source>
        <translation>Missing in the file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="341"/>
        <source>{new} new, {unchanged} unchanged, {conflicts} differ from the stored values, {missing} missing in the file.</source>
        <translation>{new} new, {unchanged} unchanged, {conflicts} differ from the stored values, {missing} missing in the file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_statistics.py" line="365"/>
        <source>Some values differ from the stored ones: tick &quot;Replace changed values&quot; to import.</source>
        <translation>Some values differ from the stored ones: tick &quot;Replace changed values&quot; to import.</translation>
    </message>
</context>
<context>
    <name>ImportWordDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="63"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="259"/>
        <source>Import Word document</source>
        <extracomment>Spelled out at each call with its context: lupdate reads the text, so a helper that passes its argument on would hide every message from it.</extracomment>
        <translation>Import Word document</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="66"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="138"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="188"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="232"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="70"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({years}) from {file}&lt;br&gt;{focus_areas} focus areas, {topics} topics, {short_goals} short-term and {long_goals} long-term goals, {indicators} indicators, {evaluations} evaluations, {signatories} signatories.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({years}) from {file}&lt;br&gt;{focus_areas} focus areas, {topics} topics, {short_goals} short-term and {long_goals} long-term goals, {indicators} indicators, {evaluations} evaluations, {signatories} signatories.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="83"/>
        <source>Import as a new version of “{plan}” ({years})</source>
        <translation>Import as a new version of “{plan}” ({years})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="89"/>
        <source>The workspace holds the plan this document was exported from. As a new version, the new plan starts from a copy of it and takes the document&apos;s text, keeping what Word does not print: directions, levels, targets and series.</source>
        <translation>The workspace holds the plan this document was exported from. As a new version, the new plan starts from a copy of it and takes the document&apos;s text, keeping what Word does not print: directions, levels, targets and series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="103"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="135"/>
        <source>What will be created</source>
        <translation>What will be created</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="105"/>
        <source>Not mapped ({count})</source>
        <translation>Not mapped ({count})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="109"/>
        <source>Series ({matched} of {count} matched)</source>
        <translation>Series ({matched} of {count} matched)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="119"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="136"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="136"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="137"/>
        <source>short-term</source>
        <translation>short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="137"/>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="164"/>
        <source>Not mapped</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="165"/>
        <source>Where it stood</source>
        <translation>Where it stood</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="165"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="166"/>
        <source>Kept on</source>
        <translation>Kept on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="170"/>
        <source>the preamble</source>
        <translation>the preamble</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="184"/>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="185"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="260"/>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="279"/>
        <source>{file} is an old Word 97–2003 document (.doc). Convert it to .docx with LibreOffice and import that?</source>
        <translation>{file} is an old Word 97–2003 document (.doc). Convert it to .docx with LibreOffice and import that?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="289"/>
        <source>Import it as one topic&apos;s text?</source>
        <translation>Import it as one topic&apos;s text?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="185"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="193"/>
        <source>Series of “{indicator}”</source>
        <translation>Series of “{indicator}”</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/import_word.py" line="209"/>
        <source>New series</source>
        <translation>New series</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="284"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="285"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="287"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="288"/>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="289"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="290"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="291"/>
        <source>e.g. percent, number, days</source>
        <translation>e.g. percent, number, days</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="292"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="293"/>
        <source>Rise</source>
        <translation>Rise</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="293"/>
        <source>Fall</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="294"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="295"/>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="296"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="297"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="298"/>
        <source>Traffic light</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="302"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../desktop/insatsplan/ui/follow_up_view.py" line="136"/>
        <source>No values yet</source>
        <translation>No values yet</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="17"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="18"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="19"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/kind_names.py" line="20"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
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
        <translation>red</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="60"/>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="61"/>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="75"/>
        <source>{colour} below {high}</source>
        <translation>{colour} below {high}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/levels_bar.py" line="77"/>
        <source>{colour} above {low}</source>
        <translation>{colour} above {low}</translation>
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
        <translation>Has traffic-light levels</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="905"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="906"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="907"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="907"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="914"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="920"/>
        <source>Values outside green and yellow are red; where green and yellow overlap, green wins.</source>
        <translation>Values outside green and yellow are red; where green and yellow overlap, green wins.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="974"/>
        <source>Green and yellow overlap from {low} to {high}: green wins there.</source>
        <translation>Green and yellow overlap from {low} to {high}: green wins there.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="977"/>
        <source>Green and yellow overlap up to {high}: green wins there.</source>
        <translation>Green and yellow overlap up to {high}: green wins there.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="980"/>
        <source>Green and yellow overlap from {low} up: green wins there.</source>
        <translation>Green and yellow overlap from {low} up: green wins there.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="983"/>
        <source>Green and yellow cover the same values: everything is green.</source>
        <translation>Green and yellow cover the same values: everything is green.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="1005"/>
        <source>The lowest value is above the highest.</source>
        <translation>The lowest value is above the highest.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="245"/>
        <source>Link</source>
        <extracomment>Qt&apos;s own line separator: a line break inside a paragraph (Shift+Enter). Characters QTextDocument turns into block or frame boundaries when inserted, so a stored text holding them literally is loaded as a stand-in character that remembers the original (see :data:`_LITERAL`); U+2028 is kept but marked, since an unmarked one is a line break. Space below a paragraph, so paragraphs read as paragraphs (line breaks do not).</extracomment>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="255"/>
        <source>Text to display:</source>
        <translation>Text to display:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="256"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="260"/>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="287"/>
        <source>This address cannot be a link. Write a web address such as https://www.example.se or an e-mail address such as mailto:name@example.se.</source>
        <translation>This address cannot be a link. Write a web address such as https://www.example.se or an e-mail address such as mailto:name@example.se.</translation>
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
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="157"/>
        <source>The plan&apos;s title, years, parties and signatories</source>
        <translation>The plan&apos;s title, years, parties and signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="170"/>
        <source>Plan tree</source>
        <translation>Plan tree</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="194"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="934"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="201"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="254"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="255"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="258"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="263"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="266"/>
        <source>&amp;Export plan (Word)…</source>
        <translation>&amp;Export plan (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="269"/>
        <source>Export &amp;follow-up (Word)…</source>
        <translation>Export &amp;follow-up (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="272"/>
        <source>&amp;Import statistics…</source>
        <translation>&amp;Import statistics…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="275"/>
        <source>Import &amp;Word document…</source>
        <translation>Import &amp;Word document…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="279"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="282"/>
        <source>Open the &amp;backups folder</source>
        <translation>Open the &amp;backups folder</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="291"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="296"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="303"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="305"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="307"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="310"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="312"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="315"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="321"/>
        <source>&amp;Find and filter…</source>
        <translation>&amp;Find and filter…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="324"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="329"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="331"/>
        <source>Close the search</source>
        <translation>Close the search</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="334"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="335"/>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="336"/>
        <source>Plan &amp;properties</source>
        <translation>Plan &amp;properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="339"/>
        <source>Add &amp;after</source>
        <translation>Add &amp;after</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="342"/>
        <source>Add &amp;inside</source>
        <translation>Add &amp;inside</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="346"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="348"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="350"/>
        <source>&amp;Indent goal</source>
        <translation>&amp;Indent goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="352"/>
        <source>&amp;Outdent goal</source>
        <translation>&amp;Outdent goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="354"/>
        <source>&amp;Send for signature</source>
        <translation>&amp;Send for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="356"/>
        <source>Back to &amp;draft</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="359"/>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="360"/>
        <source>Attach the signed &amp;PDF…</source>
        <translation>Attach the signed &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="362"/>
        <source>Save the signed PDF &amp;as…</source>
        <translation>Save the signed PDF &amp;as…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="364"/>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="365"/>
        <source>De&amp;lete plan…</source>
        <translation>De&amp;lete plan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="366"/>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mpare with…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="368"/>
        <source>What changed since another plan: added, removed, moved and changed items</source>
        <translation>What changed since another plan: added, removed, moved and changed items</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="369"/>
        <source>Ne&amp;xt change</source>
        <translation>Ne&amp;xt change</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="372"/>
        <source>P&amp;revious change</source>
        <translation>P&amp;revious change</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="391"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="392"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="394"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="400"/>
        <source>Topics &amp;without indicators</source>
        <translation>Topics &amp;without indicators</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="405"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="410"/>
        <source>Topics without evaluation {year}</source>
        <translation>Topics without evaluation {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="413"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="415"/>
        <source>Every indicator of the plan with its status, trend and latest value</source>
        <translation>Every indicator of the plan with its status, trend and latest value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="419"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="420"/>
        <source>&amp;About Insatsplan</source>
        <translation>&amp;About Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="603"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="603"/>
        <source>sent for signature</source>
        <translation>sent for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="604"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="620"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="629"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="623"/>
        <source>new version of {years}</source>
        <translation>new version of {years}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="628"/>
        <source>made from “{title}” ({years})</source>
        <translation>made from “{title}” ({years})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="667"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="849"/>
        <source>Plan properties</source>
        <translation>Plan properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="796"/>
        <source>Nothing matches the search.</source>
        <translation>Nothing matches the search.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="798"/>
        <source>Press Enter to add a focus area</source>
        <translation>Press Enter to add a focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="934"/>
        <source>Send for signature</source>
        <translation>Send for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="948"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="958"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1004"/>
        <source>The workspace is open read-only: another program is using it.</source>
        <translation>The workspace is open read-only: another program is using it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1006"/>
        <source>The workspace is open read-only: its folder or the media it is on cannot be written.</source>
        <translation>The workspace is open read-only: its folder or the media it is on cannot be written.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1012"/>
        <source>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</source>
        <translation>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1018"/>
        <source>This plan is sent for signature. Its content cannot change until it is set back to draft.</source>
        <translation>This plan is sent for signature. Its content cannot change until it is set back to draft.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1044"/>
        <source>The content of this plan no longer matches its fingerprint: it was changed after it was sent or signed, outside Insatsplan. What is shown here is not what was signed; run “insatsplan check” for details.</source>
        <translation>The content of this plan no longer matches its fingerprint: it was changed after it was sent or signed, outside Insatsplan. What is shown here is not what was signed; run “insatsplan check” for details.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1104"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1105"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1139"/>
        <source>Insatsplan workspaces (*.insatsplan)</source>
        <translation>Insatsplan workspaces (*.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1114"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1115"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan workspaces (*.insatsplan);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1127"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1137"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1149"/>
        <source>The copy could not be saved: {reason}</source>
        <translation>The copy could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1152"/>
        <source>A copy was saved as {path}</source>
        <translation>A copy was saved as {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1165"/>
        <source>About Insatsplan</source>
        <translation>About Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1166"/>
        <source>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</source>
        <translation>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="1173"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
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
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="327"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="329"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/rich_text.py" line="331"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="267"/>
        <source>New row</source>
        <extracomment>the stored values as shown (period label, Swedish value), made on first paint: a view asks for every cell many times, and a long series has thousands A cell&apos;s problem (or &quot;&quot; when the last problem was solved), for the message line.</extracomment>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="269"/>
        <source>{row}, {column}: {problem}</source>
        <translation>{row}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="363"/>
        <source>Change period</source>
        <translation>Change period</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="367"/>
        <source>Change value</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="371"/>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="374"/>
        <source>Change source</source>
        <translation>Change source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="407"/>
        <source>Add value</source>
        <translation>Add value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="413"/>
        <source>There is already a value for {period}.</source>
        <translation>There is already a value for {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="421"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="475"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="504"/>
        <source>The measurements cannot be changed here.</source>
        <translation>The measurements cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="471"/>
        <source>Delete value</source>
        <translation>Delete value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="471"/>
        <source>Delete values</source>
        <translation>Delete values</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="509"/>
        <source>Paste {count} values</source>
        <translation>Paste {count} values</translation>
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
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="81"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="82"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="120"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="132"/>
        <source>There is nothing to paste: copy rows of periods and values first.</source>
        <translation>There is nothing to paste: copy rows of periods and values first.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="129"/>
        <source>The pasted header has no value column.</source>
        <translation>The pasted header has no value column.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="140"/>
        <source>Row {row} has more than {count} columns (period, value, note, source).</source>
        <translation>Row {row} has more than {count} columns (period, value, note, source).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="151"/>
        <source>Row {row}, column {column}: {problem}</source>
        <translation>Row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="155"/>
        <source>Row {row} repeats the period {period} of row {first}.</source>
        <translation>Row {row} repeats the period {period} of row {first}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="527"/>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="546"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="564"/>
        <source>Add value</source>
        <translation>Add value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="547"/>
        <source>A new row at the bottom (Insert or Ctrl+Shift+N); it is stored once it has a period and a value</source>
        <translation>A new row at the bottom (Insert or Ctrl+Shift+N); it is stored once it has a period and a value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="550"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="566"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="551"/>
        <source>Delete the selected rows (Del)</source>
        <translation>Delete the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="553"/>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="568"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="554"/>
        <source>Paste rows copied from Excel or LibreOffice: period, value, note, source (Ctrl+V)</source>
        <translation>Paste rows copied from Excel or LibreOffice: period, value, note, source (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="570"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/measurements_table.py" line="613"/>
        <source>Also used in: {uses}</source>
        <translation>Also used in: {uses}</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="32"/>
        <source>What is missing?</source>
        <extracomment>the person wants to act on this node (an activity or an indicator): its node id opened or closed (the view reads the list when it is opened)</extracomment>
        <translation>What is missing?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="35"/>
        <source>Activities without an evaluation and indicators without a value for the plan&apos;s year, by administration</source>
        <translation>Activities without an evaluation and indicators without a value for the plan&apos;s year, by administration</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="39"/>
        <source>Missing follow-up</source>
        <translation>Missing follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="56"/>
        <source>What is missing for {period}?</source>
        <translation>What is missing for {period}?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="60"/>
        <source>Nothing is missing for {period}.</source>
        <translation>Nothing is missing for {period}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="64"/>
        <source>No administration responsible</source>
        <translation>No administration responsible</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="67"/>
        <source>No evaluation: {title}</source>
        <translation>No evaluation: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/missing_panel.py" line="71"/>
        <source>No value: {title}</source>
        <translation>No value: {title}</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="112"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="114"/>
        <source>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</source>
        <translation>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="122"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
</context>
<context>
    <name>Outliner</name>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="111"/>
        <source>Title</source>
        <extracomment>What &quot;add child&quot; makes under a row of each kind: (kind, horizon).</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="113"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="123"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="192"/>
        <source>Add focus area</source>
        <translation>Add focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="192"/>
        <source>Add topic</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="193"/>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="193"/>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="220"/>
        <source>Delete “{title}” and everything under it?</source>
        <translation>Delete “{title}” and everything under it?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="224"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="252"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="252"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="266"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="278"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="289"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="312"/>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="339"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>ParticipantsBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="65"/>
        <source>e.g. 22</source>
        <translation>e.g. 22</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/evaluation.py" line="73"/>
        <source>Write the number of participants as a whole number from 0 to {limit}, or leave it empty.</source>
        <translation>Write the number of participants as a whole number from 0 to {limit}, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="54"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="484"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="520"/>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="570"/>
        <source>The plan is signed. Its document ID is {id}.</source>
        <translation>The plan is signed. Its document ID is {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="574"/>
        <source>The signed PDF</source>
        <translation>The signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="575"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="644"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="630"/>
        <source>The signed PDF is kept in the workspace, marked as unverified.</source>
        <translation>The signed PDF is kept in the workspace, marked as unverified.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="631"/>
        <source>The signed PDF is kept in the workspace.</source>
        <translation>The signed PDF is kept in the workspace.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="640"/>
        <source>No signed PDF is kept for this plan yet.</source>
        <translation>No signed PDF is kept for this plan yet.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="643"/>
        <source>Save the signed PDF as</source>
        <translation>Save the signed PDF as</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="690"/>
        <source>The new version is for the same years as the plan it was made from; its texts were copied as they were.</source>
        <translation>The new version is for the same years as the plan it was made from; its texts were copied as they were.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="701"/>
        <source>The new version is for {new}; its title and subtitle now name {new}. No other text names {old}.</source>
        <translation>The new version is for {new}; its title and subtitle now name {new}. No other text names {old}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="706"/>
        <source>{rows} rows of the tree and {fields} of the plan properties</source>
        <translation>{rows} rows of the tree and {fields} of the plan properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="707"/>
        <source>{rows} rows of the tree</source>
        <translation>{rows} rows of the tree</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="710"/>
        <source>The new version is for {new}; its title and subtitle now name {new}. Other texts that still name {old}: {count}, in {where}. They are copied as they were, since they may tell what happened then: review them with Find and filter (Ctrl+F), “Mentions {old}”.</source>
        <translation>The new version is for {new}; its title and subtitle now name {new}. Other texts that still name {old}: {count}, in {where}. They are copied as they were, since they may tell what happened then: review them with Find and filter (Ctrl+F), “Mentions {old}”.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="725"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="727"/>
        <source>Delete the plan “{title}” ({years_and_status}) with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</source>
        <translation>Delete the plan “{title}” ({years_and_status}) with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="167"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="168"/>
        <source>Year from</source>
        <translation>Year from</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="169"/>
        <source>Year to</source>
        <translation>Year to</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="170"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="172"/>
        <source>This agreement is based on</source>
        <translation>This agreement is based on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="173"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="175"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="176"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="179"/>
        <source>Reporting deadline</source>
        <translation>Reporting deadline</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="137"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Short-term goals and activities {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="140"/>
        <source>Long-term goals</source>
        <translation>Long-term goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="141"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Measurable indicators for follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="146"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="504"/>
        <source>Move</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Move</translation>
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
        <translation>Sign the plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="69"/>
        <source>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</source>
        <translation>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="78"/>
        <source>optional: the signed PDF</source>
        <translation>optional: the signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="81"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="82"/>
        <source>Signed document</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="84"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="95"/>
        <source>The signed PDF</source>
        <translation>The signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignatoriesBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="720"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="729"/>
        <source>Add a signatory at the end</source>
        <translation>Add a signatory at the end</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="730"/>
        <source>Remove the selected signatory</source>
        <translation>Remove the selected signatory</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="731"/>
        <source>Move the selected signatory up</source>
        <translation>Move the selected signatory up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="732"/>
        <source>Move the selected signatory down</source>
        <translation>Move the selected signatory down</translation>
    </message>
</context>
<context>
    <name>SignedPdfReview</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="40"/>
        <source>Check the signed PDF</source>
        <translation>Check the signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="43"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="43"/>
        <source>{name}, {pages} pages</source>
        <translation>{name}, {pages} pages</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="45"/>
        <source>Dokument-ID in the PDF</source>
        <translation>Dokument-ID in the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="46"/>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="49"/>
        <source>This plan&apos;s Dokument-ID</source>
        <translation>This plan&apos;s Dokument-ID</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="51"/>
        <source>Names after it</source>
        <translation>Names after it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="57"/>
        <source>Store as unverified</source>
        <translation>Store as unverified</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="62"/>
        <source>A stored PDF can never be replaced or removed. Insatsplan does not check the signatures in it; a PDF reader shows whether they are valid.</source>
        <translation>A stored PDF can never be replaced or removed. Insatsplan does not check the signatures in it; a PDF reader shows whether they are valid.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="66"/>
        <source>Store in the workspace</source>
        <translation>Store in the workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="72"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="98"/>
        <source>It is this plan&apos;s Dokument-ID: the PDF records this plan as it was signed.</source>
        <translation>It is this plan&apos;s Dokument-ID: the PDF records this plan as it was signed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="101"/>
        <source>It is not this plan&apos;s Dokument-ID: the PDF is the document of another plan or version and cannot be stored with this one.</source>
        <translation>It is not this plan&apos;s Dokument-ID: the PDF is the document of another plan or version and cannot be stored with this one.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="103"/>
        <source>No Dokument-ID was found in the PDF&apos;s text (a scanned page has no text), so it cannot be checked against this plan. Store it only if you are sure it is this plan&apos;s signed document; it is marked as unverified.</source>
        <translation>No Dokument-ID was found in the PDF&apos;s text (a scanned page has no text), so it cannot be checked against this plan. Store it only if you are sure it is this plan&apos;s signed document; it is marked as unverified.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/signed_pdf_review.py" line="111"/>
        <source>none on the pages after the Dokument-ID</source>
        <translation>none on the pages after the Dokument-ID</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desktop/insatsplan/ui/app.py" line="137"/>
        <source>Insatsplan could not start:
{error}</source>
        <translation>Insatsplan could not start:
{error}</translation>
    </message>
</context>
<context>
    <name>TopicCharts</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="86"/>
        <source>One chart per unit: indicators in different units do not share an axis.</source>
        <extracomment>The person opened or closed the section (the panel loads the indicators then). Open in one topic, open in the next: the choice holds for the session.</extracomment>
        <translation>One chart per unit: indicators in different units do not share an axis.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="100"/>
        <source>Hide the trend charts</source>
        <translation>Hide the trend charts</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/topic_charts.py" line="102"/>
        <source>Show the trend charts ({count} indicators)</source>
        <translation>Show the trend charts ({count} indicators)</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="199"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="200"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="201"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="202"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="203"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="204"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="207"/>
        <source>Responsible administrations</source>
        <translation>Responsible administrations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="209"/>
        <source>Named responsible people</source>
        <translation>Named responsible people</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="210"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="213"/>
        <source>Are there measurable goals in the area?</source>
        <translation>Are there measurable goals in the area?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="215"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="217"/>
        <source>About the measurable goals</source>
        <translation>About the measurable goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="218"/>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="220"/>
        <source>Amount (SEK)</source>
        <translation>Amount (SEK)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="226"/>
        <source>Trend charts</source>
        <translation>Trend charts</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="235"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>TrackedChangesExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="42"/>
        <source>{title} {years} changes since {earlier}</source>
        <translation>{title} {years} changes since {earlier}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="51"/>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="86"/>
        <source>Save the changes in Word</source>
        <translation>Save the changes in Word</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tracked_export.py" line="90"/>
        <source>The changes were saved as {path}. In Word, Review shows each change; accepting all of them gives this plan&apos;s agreement, rejecting all of them the earlier plan&apos;s.</source>
        <translation>The changes were saved as {path}. In Word, Review shows each change; accepting all of them gives this plan&apos;s agreement, rejecting all of them the earlier plan&apos;s.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="68"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="209"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="396"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="86"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="207"/>
        <source>Compare with</source>
        <extracomment>where a choice in &quot;Compare with&quot; is stored (the window&apos;s undo stack) without a sink (nothing can be stored): the choices, per indicator (node id), for this session only</extracomment>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="88"/>
        <source>Draw another series in the same unit beside this one (the county, the country, women, men)</source>
        <translation>Draw another series in the same unit beside this one (the county, the country, women, men)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="95"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="97"/>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="99"/>
        <source>Copy chart</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="102"/>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="361"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="350"/>
        <source>No other series in this unit</source>
        <translation>No other series in this unit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="359"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/charts/trend_chart.py" line="359"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
</context>
<context>
    <name>Word</name>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="37"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="38"/>
        <source>Export the agreement (Word)</source>
        <translation>Export the agreement (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="39"/>
        <source>Export the agreement</source>
        <translation>Export the agreement</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="40"/>
        <source>The agreement was saved as {path}.</source>
        <translation>The agreement was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="42"/>
        <source>Follow-up report</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="43"/>
        <source>Export the follow-up report (Word)</source>
        <translation>Export the follow-up report (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="44"/>
        <source>Export the follow-up report</source>
        <translation>Export the follow-up report</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="45"/>
        <source>The follow-up report was saved as {path}.</source>
        <translation>The follow-up report was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="47"/>
        <source>Action plan with report</source>
        <translation>Action plan with report</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="49"/>
        <source>Export the action plan with report (Word)</source>
        <translation>Export the action plan with report (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="50"/>
        <source>Export the action plan with report</source>
        <translation>Export the action plan with report</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/kinds.py" line="51"/>
        <source>The action plan with its report was saved as {path}.</source>
        <translation>The action plan with its report was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="309"/>
        <source>Drawing the trend charts…</source>
        <extracomment>Writes one file and returns its path; takes where to send notices (a missing font).</extracomment>
        <translation>Drawing the trend charts…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="309"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="365"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="432"/>
        <source>The PDF is beside it: {name}</source>
        <translation>The PDF is beside it: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="434"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="435"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblems</name>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="78"/>
        <source>Workspace in use</source>
        <translation>Workspace in use</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="82"/>
        <source>The workspace {name} is in use by another program.</source>
        <translation>The workspace {name} is in use by another program.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="87"/>
        <source>It may be open in another Insatsplan window, perhaps on another computer. You can open it read-only to look at it; to change it, close the other program first.

{path}</source>
        <translation>It may be open in another Insatsplan window, perhaps on another computer. You can open it read-only to look at it; to change it, close the other program first.

{path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="95"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="117"/>
        <source>Damaged workspace</source>
        <translation>Damaged workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="126"/>
        <source>The latest backup is from {date}. Opening it saves a copy of it beside the damaged file, which is left as it is.</source>
        <translation>The latest backup is from {date}. Opening it saves a copy of it beside the damaged file, which is left as it is.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="133"/>
        <source>Open the latest backup</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="139"/>
        <source>There is no backup of this file. You can choose another file.</source>
        <translation>There is no backup of this file. You can choose another file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="145"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="158"/>
        <source>Newer workspace</source>
        <translation>Newer workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="162"/>
        <source>{name} was made by a newer version of Insatsplan.</source>
        <translation>{name} was made by a newer version of Insatsplan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="175"/>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="182"/>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="199"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/dialogs/workspace_problems.py" line="194"/>
        <source>Workspace opened</source>
        <translation>Workspace opened</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="93"/>
        <source>Insatsplan could not open {path}.</source>
        <translation>Insatsplan could not open {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="148"/>
        <source>{stem} (restored {date})</source>
        <translation>{stem} (restored {date})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="197"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="199"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan workspaces (*.insatsplan);;All files (*)</translation>
    </message>
</context>
<context>
    <name>YearBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="387"/>
        <source>Write a year between {low} and {high}.</source>
        <extracomment>Pause after the last keystroke before typed text is sent. Send after a pause in typing (text) or at once (choices, lists).</extracomment>
        <translation>Write a year between {low} and {high}.</translation>
    </message>
</context>
</TS>
