<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="50"/>
        <source>Invalid period: {value}. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="53"/>
        <source>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. The year must be between {first} and {last}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="58"/>
        <source>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>Invalid period: {value}. There is no month {month}; use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="63"/>
        <source>A period is missing. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</source>
        <translation>A period is missing. Use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="66"/>
        <source>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</source>
        <translation>Invalid period: {value}. A period must be written as text, for example &quot;2024-VT&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/periods.py" line="69"/>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="77"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>The year {value} is not between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="86"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} is not a valid {what} (use one of: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="79"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="80"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>This is not an Insatsplan exchange file (format insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="83"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="88"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>The file is nested too deeply (more than {limit} levels) to be a plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="91"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>The text contains a character that is not valid Unicode (a lone surrogate).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="94"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} is not of type {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="95"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} must be {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="97"/>
        <source>The property {name} is missing.</source>
        <translation>The property {name} is missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="98"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Unknown property {name}: the format insatsplan/1 has no such property here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="101"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>This property is not allowed on a node of kind {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="104"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} is less than the lowest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="105"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} is more than the highest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="106"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="110"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="101"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} is not a date of the form 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="111"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} is not written in the exchange file&apos;s standard form; write {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="114"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} is not valid here ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="116"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="120"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>A node of kind {kind} cannot be placed under a node of kind {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="123"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>A goal under a goal must have its parent&apos;s horizon ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="126"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>The UUID {uuid} is already used by another node of the plan ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="129"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>The UUID {uuid} is already used by another series ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="132"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>The series already has a value for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="135"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>The node already has an evaluation for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="138"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>The series {uuid} is not among the file&apos;s series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="142"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="143"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>You do not have permission to read the file {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="146"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>The file {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="147"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>The file {file} is too large to be an exchange file (more than {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="150"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is empty; it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="153"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="158"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="161"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>The file {file} is not valid JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="162"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>The file {file} names the property {name} twice in the same object.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="165"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>The file {file} is nested too deeply to be an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="168"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>The folder {folder} does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="171"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>The file {file} is read-only; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="172"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>The file {file} could not be written: {reason}. Any earlier file is unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="136"/>
        <source>There is no plan {ref}.</source>
        <translation>There is no plan {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="115"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="195"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>The plan ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="209"/>
        <source>Unknown plan field {name}.</source>
        <translation>Unknown plan field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="218"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>A signed plan stays signed; make a new version to change it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="232"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="285"/>
        <source>There is no organisation {code}.</source>
        <translation>There is no organisation {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="259"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="257"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>The plan is signed or sent for signature; its content cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="268"/>
        <source>An organisation needs a code.</source>
        <translation>An organisation needs a code.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="271"/>
        <source>The organisation {code} already exists.</source>
        <translation>The organisation {code} already exists.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="295"/>
        <source>There is no node {id}.</source>
        <translation>There is no node {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="331"/>
        <source>The parent is in another plan.</source>
        <translation>The parent is in another plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="335"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="651"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="802"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <translation>A {kind} cannot be placed under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="389"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="417"/>
        <source>Unknown node field {name}.</source>
        <translation>Unknown node field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="402"/>
        <source>The node is not an indicator.</source>
        <translation>The node is not an indicator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="139"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="431"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>The {colour} level&apos;s minimum is above its maximum.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="451"/>
        <source>A node cannot be moved into itself.</source>
        <translation>A node cannot be moved into itself.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="572"/>
        <source>There is no series {id}.</source>
        <translation>There is no series {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="589"/>
        <source>The number of participants must be a whole number of 0 or more.</source>
        <translation>The number of participants must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="594"/>
        <source>Only topics have evaluations.</source>
        <translation>Only topics have evaluations.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="695"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="117"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Cannot create {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="126"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="269"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>The workspace {path} is open in another window or process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="134"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Cannot lock {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="145"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="207"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>The workspace {path} is open read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="263"/>
        <source>The change was refused: {reason}</source>
        <translation>The change was refused: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="65"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>The workspace file {path} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="73"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} is not an Insatsplan workspace.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="85"/>
        <source>The workspace {path} does not exist.</source>
        <translation>The workspace {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="94"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="120"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="32"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (see insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="73"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="170"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>The workspace {path} has problems: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="1253"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>The workspace already holds the scaled demo with seed {seed}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="99"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Short-term goals and activities {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="102"/>
        <source>Long-term goals</source>
        <translation>Long-term goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="103"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Measurable indicators for follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="108"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="396"/>
        <source>Plan</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Plan</translation>
    </message>
</context>
</TS>
