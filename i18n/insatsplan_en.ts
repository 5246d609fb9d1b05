<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BasisBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="577"/>
        <source>Select an item to edit it</source>
        <translation>Select an item to edit it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="578"/>
        <source>Add an item at the end</source>
        <translation>Add an item at the end</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="579"/>
        <source>Remove the selected item</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="580"/>
        <source>Move the selected item up</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="581"/>
        <source>Move the selected item down</source>
        <translation>Move the selected item down</translation>
    </message>
</context>
<context>
    <name>BoundBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="843"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="846"/>
        <source>e.g. 2024-VT</source>
        <translation>e.g. 2024-VT</translation>
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
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="394"/>
        <source>Write a date such as 2026-03-01, or leave it empty.</source>
        <translation>Write a date such as 2026-03-01, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="81"/>
        <source>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</source>
        <extracomment>A message for the status bar (a refused or invalid value). Off where the window already says why nothing can change (its own banner).</extracomment>
        <translation>Select the plan, a focus area, a topic, a goal or an indicator in the tree to edit it here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="268"/>
        <source>The workspace is open read-only; nothing can be changed.</source>
        <translation>The workspace is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="270"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>The plan is signed or sent for signature; its content cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/panel.py" line="273"/>
        <source>Read only: this cannot be changed here.</source>
        <translation>Read only: this cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="507"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="508"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="509"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="510"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="89"/>
        <source>The year {value} is not between {low} and {high}.</source>
        <translation>The year {value} is not between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="98"/>
        <source>{value} is not a valid {what} (use one of: {allowed}).</source>
        <translation>{value} is not a valid {what} (use one of: {allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="77"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="78"/>
        <source>This is not an Insatsplan exchange file (format insatsplan/1).</source>
        <translation>This is not an Insatsplan exchange file (format insatsplan/1).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="81"/>
        <source>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</source>
        <translation>This file was written by a newer Insatsplan (format {format}); this version reads insatsplan/1. Update Insatsplan to import it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="86"/>
        <source>The file is nested too deeply (more than {limit} levels) to be a plan.</source>
        <translation>The file is nested too deeply (more than {limit} levels) to be a plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="89"/>
        <source>The text contains a character that is not valid Unicode (a lone surrogate).</source>
        <translation>The text contains a character that is not valid Unicode (a lone surrogate).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="92"/>
        <source>{value} is not of type {expected}.</source>
        <translation>{value} is not of type {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="93"/>
        <source>{value} is not one of: {allowed}.</source>
        <translation>{value} is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="94"/>
        <source>{value} must be {expected}.</source>
        <translation>{value} must be {expected}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="95"/>
        <source>The property {name} is missing.</source>
        <translation>The property {name} is missing.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="96"/>
        <source>Unknown property {name}: the format insatsplan/1 has no such property here.</source>
        <translation>Unknown property {name}: the format insatsplan/1 has no such property here.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="99"/>
        <source>This property is not allowed on a node of kind {kind}.</source>
        <translation>This property is not allowed on a node of kind {kind}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="102"/>
        <source>{value} is less than the lowest allowed, {limit}.</source>
        <translation>{value} is less than the lowest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="103"/>
        <source>{value} is more than the highest allowed, {limit}.</source>
        <translation>{value} is more than the highest allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="104"/>
        <source>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</source>
        <translation>{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="108"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="113"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} is not a date of the form 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="109"/>
        <source>{value} is not written in the exchange file&apos;s standard form; write {standard}.</source>
        <translation>{value} is not written in the exchange file&apos;s standard form; write {standard}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="112"/>
        <source>{value} is not valid here ({detail}).</source>
        <translation>{value} is not valid here ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="114"/>
        <source>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</source>
        <translation>A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="118"/>
        <source>A node of kind {kind} cannot be placed under a node of kind {parent}.</source>
        <translation>A node of kind {kind} cannot be placed under a node of kind {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="121"/>
        <source>A goal under a goal must have its parent&apos;s horizon ({horizon}).</source>
        <translation>A goal under a goal must have its parent&apos;s horizon ({horizon}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="124"/>
        <source>The UUID {uuid} is already used by another node of the plan ({other}).</source>
        <translation>The UUID {uuid} is already used by another node of the plan ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="127"/>
        <source>The UUID {uuid} is already used by another series ({other}).</source>
        <translation>The UUID {uuid} is already used by another series ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="130"/>
        <source>The series already has a value for the period {period} ({other}).</source>
        <translation>The series already has a value for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="133"/>
        <source>The node already has an evaluation for the period {period} ({other}).</source>
        <translation>The node already has an evaluation for the period {period} ({other}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="136"/>
        <source>The series {uuid} is not among the file&apos;s series.</source>
        <translation>The series {uuid} is not among the file&apos;s series.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="139"/>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="26"/>
        <location filename="../desktop/insatsplan/exchange.py" line="140"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="141"/>
        <source>You do not have permission to read the file {file}.</source>
        <translation>You do not have permission to read the file {file}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="144"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>The file {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="145"/>
        <source>The file {file} is too large to be an exchange file (more than {limit} MB).</source>
        <translation>The file {file} is too large to be an exchange file (more than {limit} MB).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="148"/>
        <source>The file {file} is empty; it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is empty; it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="151"/>
        <source>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</source>
        <translation>The file {file} is not UTF-8 text (invalid byte at position {offset}); it is not an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="156"/>
        <source>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>The file {file} is not valid JSON: {reason} at line {line}, column {column}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="159"/>
        <source>The file {file} is not valid JSON: {reason}.</source>
        <translation>The file {file} is not valid JSON: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="160"/>
        <source>The file {file} names the property {name} twice in the same object.</source>
        <translation>The file {file} names the property {name} twice in the same object.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="163"/>
        <source>The file {file} is nested too deeply to be an Insatsplan exchange file.</source>
        <translation>The file {file} is nested too deeply to be an Insatsplan exchange file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="23"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>The folder {folder} does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="27"/>
        <source>The file {file} is read-only; it was left unchanged.</source>
        <translation>The file {file} is read-only; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/atomic_files.py" line="30"/>
        <source>The file {file} could not be written: {reason}. Any earlier file is unchanged.</source>
        <translation>The file {file} could not be written: {reason}. Any earlier file is unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="192"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="208"/>
        <source>There is no plan {ref}.</source>
        <translation>There is no plan {ref}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="113"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="302"/>
        <source>The plan ends ({end}) before it starts ({start}).</source>
        <translation>The plan ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="316"/>
        <source>Unknown plan field {name}.</source>
        <translation>Unknown plan field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="352"/>
        <source>A signed plan stays signed; make a new version to change it.</source>
        <translation>A signed plan stays signed; make a new version to change it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="505"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="558"/>
        <source>There is no organisation {code}.</source>
        <translation>There is no organisation {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="532"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="265"/>
        <source>The plan is signed or sent for signature; its content cannot change.</source>
        <translation>The plan is signed or sent for signature; its content cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="541"/>
        <source>An organisation needs a code.</source>
        <translation>An organisation needs a code.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="544"/>
        <source>The organisation {code} already exists.</source>
        <translation>The organisation {code} already exists.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="230"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="568"/>
        <source>There is no node {id}.</source>
        <translation>There is no node {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="133"/>
        <source>{path} is larger than {limit} MB; is it really the signed plan?</source>
        <translation>{path} is larger than {limit} MB; is it really the signed plan?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="141"/>
        <source>{path} is not a PDF file.</source>
        <translation>{path} is not a PDF file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="331"/>
        <source>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</source>
        <translation>The signed or sent plan “{plan}” was made from this one and records it as its origin, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="374"/>
        <source>The signing date {date} is in the future.</source>
        <translation>The signing date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="380"/>
        <source>The plan was already signed on {date}; make a new version to change it.</source>
        <translation>The plan was already signed on {date}; make a new version to change it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="405"/>
        <source>Only a signed plan can have a signed PDF; sign the plan first.</source>
        <translation>Only a signed plan can have a signed PDF; sign the plan first.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="416"/>
        <source>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</source>
        <translation>The plan already has its signed PDF ({name}); it is kept as signed and cannot be replaced.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="451"/>
        <source>The plan {ref} has no signed PDF.</source>
        <translation>The plan {ref} has no signed PDF.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="604"/>
        <source>The parent is in another plan.</source>
        <translation>The parent is in another plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="608"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="941"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="1092"/>
        <source>A {kind} cannot be placed under {parent}.</source>
        <translation>A {kind} cannot be placed under {parent}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="662"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="693"/>
        <source>Unknown node field {name}.</source>
        <translation>Unknown node field {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="675"/>
        <source>The node is not an indicator.</source>
        <translation>The node is not an indicator.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="708"/>
        <source>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</source>
        <translation>The unit belongs to a measurement series that the signed or sent plan “{plan}” also uses, so it cannot change.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/exchange.py" line="137"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="721"/>
        <source>The {colour} level&apos;s minimum is above its maximum.</source>
        <translation>The {colour} level&apos;s minimum is above its maximum.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="741"/>
        <source>A node cannot be moved into itself.</source>
        <translation>A node cannot be moved into itself.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="862"/>
        <source>There is no series {id}.</source>
        <translation>There is no series {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="879"/>
        <source>The number of participants must be a whole number of 0 or more.</source>
        <translation>The number of participants must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="884"/>
        <source>Only topics have evaluations.</source>
        <translation>Only topics have evaluations.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="985"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="120"/>
        <source>Cannot create {path}: {reason}</source>
        <translation>Cannot create {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="129"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="277"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>The workspace {path} is open in another window or process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="137"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Cannot lock {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="148"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="210"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>The workspace {path} is open read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="271"/>
        <source>The change was refused: {reason}</source>
        <translation>The change was refused: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="78"/>
        <source>The workspace file {path} is damaged ({detail}).</source>
        <translation>The workspace file {path} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="87"/>
        <source>{path} is not an Insatsplan workspace.</source>
        <translation>{path} is not an Insatsplan workspace.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="99"/>
        <source>The workspace {path} does not exist.</source>
        <translation>The workspace {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="138"/>
        <location filename="../desktop/insatsplan/workspace/files.py" line="108"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/files.py" line="134"/>
        <source>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</source>
        <translation>{path} was written by a newer Insatsplan (schema {found}); this version reads schema {ours}. Update Insatsplan to open it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="30"/>
        <source>{message} (see insatsplan --help)</source>
        <translation>{message} (see insatsplan --help)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="102"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/cli.py" line="204"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>The workspace {path} has problems: {problems}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/demo.py" line="1253"/>
        <source>The workspace already holds the scaled demo with seed {seed}.</source>
        <translation>The workspace already holds the scaled demo with seed {seed}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="157"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="369"/>
        <source>What was copied cannot be placed here: choose a row that can hold it.</source>
        <translation>What was copied cannot be placed here: choose a row that can hold it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/agreement.py" line="41"/>
        <source>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</source>
        <extracomment>Custom document property names (File → Properties → Custom in Word). The bookmark of the signature heading, ``_Toc``-style: hidden in Word&apos;s bookmark list.</extracomment>
        <translation>The Word file {file} was written, but a PDF needs LibreOffice: install LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and python3-uno) and export again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/agreement.py" line="45"/>
        <source>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</source>
        <translation>The Word file {file} was written, but LibreOffice could not make the PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="50"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</source>
        <translation>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages libreoffice-writer and python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="56"/>
        <source>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice is not installed, so page numbers and the PDF cannot be made. Install LibreOffice from libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="61"/>
        <source>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</source>
        <translation>LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="66"/>
        <source>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</source>
        <translation>LibreOffice is installed but its Python is missing or broken, so page numbers and the PDF cannot be made. Reinstall LibreOffice from libreoffice.org.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="251"/>
        <source>The Word file {path} does not exist.</source>
        <translation>The Word file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="261"/>
        <source>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</source>
        <translation>LibreOffice cannot read {path}: it is damaged, password-protected or not a Word document.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="285"/>
        <source>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</source>
        <translation>Cannot write the PDF {path}: {reason}. Is it open in another program, or is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="309"/>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="399"/>
        <source>LibreOffice could not write the PDF {path}.</source>
        <translation>LibreOffice could not write the PDF {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="312"/>
        <source>LibreOffice ({program}) could not be started.</source>
        <translation>LibreOffice ({program}) could not be started.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="314"/>
        <source>LibreOffice stopped unexpectedly.</source>
        <translation>LibreOffice stopped unexpectedly.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="359"/>
        <source>LibreOffice did not finish within {seconds} seconds and was stopped.</source>
        <translation>LibreOffice did not finish within {seconds} seconds and was stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/libreoffice.py" line="363"/>
        <source>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</source>
        <translation>LibreOffice&apos;s Python ({program}) could not be started: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="37"/>
        <source>The template {file} could not be read: {reason}.</source>
        <translation>The template {file} could not be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="39"/>
        <source>The template {file} is not a Word file; choose a .docx or .dotx file.</source>
        <translation>The template {file} is not a Word file; choose a .docx or .dotx file.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="41"/>
        <source>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</source>
        <translation>The template {file} is damaged and cannot be used; open it in Word, save it again as .docx or .dotx and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="44"/>
        <source>The template {file} is password-protected; save a copy without a password and choose that.</source>
        <translation>The template {file} is password-protected; save a copy without a password and choose that.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="47"/>
        <source>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</source>
        <translation>The template {file} is an old Word 97–2003 file; save it as .docx or .dotx in Word and choose it again.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/word/template.py" line="50"/>
        <source>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</source>
        <translation>The template {file} contains macros; save it as a .docx or .dotx without macros and choose it again.</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="136"/>
        <source>Export the agreement (Word)</source>
        <translation>Export the agreement (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="140"/>
        <source>Insatsplan&apos;s own template</source>
        <translation>Insatsplan&apos;s own template</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="142"/>
        <source>Also save a PDF beside it</source>
        <translation>Also save a PDF beside it</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="144"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="145"/>
        <source>Template (.docx or .dotx)</source>
        <translation>Template (.docx or .dotx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="153"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="163"/>
        <source>Export the agreement</source>
        <translation>Export the agreement</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="165"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="171"/>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="172"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="83"/>
        <source>Search titles and texts</source>
        <extracomment>(query, organisation code or None, without indicators) Enter in the search field: go to the next match</extracomment>
        <translation>Search titles and texts</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="86"/>
        <source>Only topics this organisation is responsible for</source>
        <translation>Only topics this organisation is responsible for</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="87"/>
        <source>Without indicators</source>
        <translation>Without indicators</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="88"/>
        <source>Only topics that have no indicator yet</source>
        <translation>Only topics that have no indicator yet</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="92"/>
        <source>Close the search (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="127"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="129"/>
        <source>Only {code}</source>
        <translation>Only {code}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/find_bar.py" line="156"/>
        <source>Matches: {count}</source>
        <translation>Matches: {count}</translation>
    </message>
</context>
<context>
    <name>FocusAreaForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="185"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="186"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="187"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="228"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="229"/>
        <source>Goal text</source>
        <translation>Goal text</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="231"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="232"/>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="233"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="242"/>
        <source>A goal under another goal has that goal&apos;s horizon.</source>
        <translation>A goal under another goal has that goal&apos;s horizon.</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="251"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="252"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="254"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="255"/>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="256"/>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="257"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="258"/>
        <source>e.g. percent, number, days</source>
        <translation>e.g. percent, number, days</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="259"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="260"/>
        <source>Rise</source>
        <translation>Rise</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="260"/>
        <source>Fall</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="261"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="262"/>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="263"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="264"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="265"/>
        <source>Traffic light</source>
        <translation>Traffic light</translation>
    </message>
</context>
<context>
    <name>LevelsBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="886"/>
        <source>Has traffic-light levels</source>
        <translation>Has traffic-light levels</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="890"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="891"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="892"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="892"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="899"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="905"/>
        <source>Values outside green and yellow are red.</source>
        <translation>Values outside green and yellow are red.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="947"/>
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
        <location filename="../desktop/insatsplan/ui/main_window.py" line="127"/>
        <source>Plan</source>
        <extracomment>the tree shows its first rows (start-up measures this)</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="132"/>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="133"/>
        <source>The plan&apos;s title, years, parties and signatories</source>
        <translation>The plan&apos;s title, years, parties and signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="144"/>
        <source>Plan tree</source>
        <translation>Plan tree</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="168"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="687"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="175"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="229"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="232"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="237"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="240"/>
        <source>&amp;Export agreement (Word)…</source>
        <translation>&amp;Export agreement (Word)…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="244"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="247"/>
        <source>Open the &amp;backups folder</source>
        <translation>Open the &amp;backups folder</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="257"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="261"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="269"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="271"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="273"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="276"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="278"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="281"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="287"/>
        <source>&amp;Find and filter…</source>
        <translation>&amp;Find and filter…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="291"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="292"/>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="293"/>
        <source>Plan &amp;properties</source>
        <translation>Plan &amp;properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="296"/>
        <source>Add &amp;after</source>
        <translation>Add &amp;after</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="299"/>
        <source>Add &amp;inside</source>
        <translation>Add &amp;inside</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="303"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="305"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="307"/>
        <source>&amp;Indent goal</source>
        <translation>&amp;Indent goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="309"/>
        <source>&amp;Outdent goal</source>
        <translation>&amp;Outdent goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="311"/>
        <source>&amp;Send for signature</source>
        <translation>&amp;Send for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="313"/>
        <source>Back to &amp;draft</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="316"/>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="317"/>
        <source>Attach the signed &amp;PDF…</source>
        <translation>Attach the signed &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="319"/>
        <source>Save the signed PDF &amp;as…</source>
        <translation>Save the signed PDF &amp;as…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="321"/>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="322"/>
        <source>De&amp;lete plan…</source>
        <translation>De&amp;lete plan…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="334"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="335"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="337"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="343"/>
        <source>Topics &amp;without indicators</source>
        <translation>Topics &amp;without indicators</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="348"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="349"/>
        <source>&amp;About Insatsplan</source>
        <translation>&amp;About Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="516"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="516"/>
        <source>sent for signature</source>
        <translation>sent for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="517"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="651"/>
        <source>Plan properties</source>
        <translation>Plan properties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="687"/>
        <source>Send for signature</source>
        <translation>Send for signature</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="702"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="712"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="754"/>
        <source>The workspace is open read-only: another program is using it.</source>
        <translation>The workspace is open read-only: another program is using it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="760"/>
        <source>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</source>
        <translation>This plan is signed {date}. Its content cannot change; follow-up data stays open. Make a new version to change the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="766"/>
        <source>This plan is sent for signature. Its content cannot change until it is set back to draft.</source>
        <translation>This plan is sent for signature. Its content cannot change until it is set back to draft.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="800"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="801"/>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="833"/>
        <source>Insatsplan workspaces (*.insatsplan)</source>
        <translation>Insatsplan workspaces (*.insatsplan)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="810"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="811"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan workspaces (*.insatsplan);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="823"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="831"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="844"/>
        <source>The copy could not be saved: {reason}</source>
        <translation>The copy could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="847"/>
        <source>A copy was saved as {path}</source>
        <translation>A copy was saved as {path}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="860"/>
        <source>About Insatsplan</source>
        <translation>About Insatsplan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="861"/>
        <source>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</source>
        <translation>Insatsplan {version}

The yearly plan for mental health and suicide prevention, its follow-up and the signed agreement.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/main_window.py" line="868"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
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
    <name>NewVersionDialog</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="108"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="110"/>
        <source>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</source>
        <translation>An editable copy for the coming year: the same focus areas, topics, goals and indicators (indicators keep their measurement series), parties and signatories. Evaluations stay with this year.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="118"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
</context>
<context>
    <name>Outliner</name>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="109"/>
        <source>Title</source>
        <extracomment>What &quot;add child&quot; makes under a row of each kind: (kind, horizon).</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="111"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="120"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="189"/>
        <source>Add focus area</source>
        <translation>Add focus area</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="189"/>
        <source>Add topic</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="190"/>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="190"/>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="217"/>
        <source>Delete “{title}” and everything under it?</source>
        <translation>Delete “{title}” and everything under it?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="221"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="248"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="248"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="262"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="276"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="287"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="309"/>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/outliner.py" line="336"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="51"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="353"/>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="405"/>
        <source>The plan is signed. Its document ID is {id}.</source>
        <translation>The plan is signed. Its document ID is {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="412"/>
        <source>The signed PDF</source>
        <translation>The signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="413"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="435"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="422"/>
        <source>The signed PDF is kept in the workspace.</source>
        <translation>The signed PDF is kept in the workspace.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="431"/>
        <source>No signed PDF is kept for this plan yet.</source>
        <translation>No signed PDF is kept for this plan yet.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="434"/>
        <source>Save the signed PDF as</source>
        <translation>Save the signed PDF as</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="475"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="477"/>
        <source>Delete the plan “{title}” with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</source>
        <translation>Delete the plan “{title}” with all its focus areas, topics, goals, indicators and evaluations? This cannot be undone. Measurements stay in the workspace.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="164"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="165"/>
        <source>Year from</source>
        <translation>Year from</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="166"/>
        <source>Year to</source>
        <translation>Year to</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="167"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="169"/>
        <source>This agreement is based on</source>
        <translation>This agreement is based on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="170"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="172"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="173"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="176"/>
        <source>Reporting deadline</source>
        <translation>Reporting deadline</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="136"/>
        <source>Short-term goals and activities {year}</source>
        <translation>Short-term goals and activities {year}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="139"/>
        <source>Long-term goals</source>
        <translation>Long-term goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="140"/>
        <source>Measurable indicators for follow-up</source>
        <translation>Measurable indicators for follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="145"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/tree_model.py" line="411"/>
        <source>Move</source>
        <extracomment>A rename (or any operation the model starts) was refused; carries the UserError so the window can show it in a dialog, translated.</extracomment>
        <translation>Move</translation>
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
        <translation>Sign the plan</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="66"/>
        <source>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</source>
        <translation>Signing fixes “{title}” as it is now: its content can no longer change (follow-up stays open), and its document ID is recorded. This cannot be undone; later changes are made in a new version.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="75"/>
        <source>optional: the signed PDF</source>
        <translation>optional: the signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="78"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="79"/>
        <source>Signed document</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="81"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="92"/>
        <source>The signed PDF</source>
        <translation>The signed PDF</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignatoriesBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="707"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="716"/>
        <source>Add a signatory at the end</source>
        <translation>Add a signatory at the end</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="717"/>
        <source>Remove the selected signatory</source>
        <translation>Remove the selected signatory</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="718"/>
        <source>Move the selected signatory up</source>
        <translation>Move the selected signatory up</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="719"/>
        <source>Move the selected signatory down</source>
        <translation>Move the selected signatory down</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../desktop/insatsplan/ui/app.py" line="102"/>
        <source>Insatsplan could not start:
{error}</source>
        <translation>Insatsplan could not start:
{error}</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="196"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="197"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="198"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="199"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="200"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="201"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="204"/>
        <source>Responsible administrations</source>
        <translation>Responsible administrations</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="206"/>
        <source>Named responsible people</source>
        <translation>Named responsible people</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="207"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="210"/>
        <source>Are there measurable goals in the area?</source>
        <translation>Are there measurable goals in the area?</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="211"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="211"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="212"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="214"/>
        <source>About the measurable goals</source>
        <translation>About the measurable goals</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="215"/>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/forms.py" line="217"/>
        <source>Amount (SEK)</source>
        <translation>Amount (SEK)</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="250"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="253"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="300"/>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="304"/>
        <source>Export the agreement</source>
        <translation>Export the agreement</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="305"/>
        <source>The agreement was saved as {path}.</source>
        <translation>The agreement was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="308"/>
        <source>The PDF is beside it: {name}</source>
        <translation>The PDF is beside it: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="310"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/plan_actions.py" line="311"/>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="80"/>
        <source>Insatsplan could not open {path}.</source>
        <translation>Insatsplan could not open {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="120"/>
        <source>{stem} (restored {date})</source>
        <translation>{stem} (restored {date})</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="170"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/ui/opening.py" line="172"/>
        <source>Insatsplan workspaces (*.insatsplan);;All files (*)</source>
        <translation>Insatsplan workspaces (*.insatsplan);;All files (*)</translation>
    </message>
</context>
<context>
    <name>YearBinding</name>
    <message>
        <location filename="../desktop/insatsplan/ui/editors/fields.py" line="374"/>
        <source>Write a year between {low} and {high}.</source>
        <extracomment>Pause after the last keystroke before typed text is sent. Send after a pause in typing (text) or at once (choices, lists).</extracomment>
        <translation>Write a year between {low} and {high}.</translation>
    </message>
</context>
</TS>
