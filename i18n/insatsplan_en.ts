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
        <location filename="../desktop/insatsplan/workspace/api.py" line="101"/>
        <source>{value} is not a date of the form 2025-03-01.</source>
        <translation>{value} is not a date of the form 2025-03-01.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/api.py" line="136"/>
        <source>There is no plan {ref}.</source>
        <translation>There is no plan {ref}.</translation>
    </message>
    <message>
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
        <location filename="../desktop/insatsplan/workspace/core.py" line="250"/>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="650"/>
        <location filename="../desktop/insatsplan/workspace/api.py" line="801"/>
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
        <location filename="../desktop/insatsplan/workspace/api.py" line="694"/>
        <source>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</source>
        <translation>The file&apos;s measurements differ from the workspace&apos;s, so nothing was imported: {conflicts}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="119"/>
        <location filename="../desktop/insatsplan/workspace/core.py" line="262"/>
        <source>The workspace {path} is open in another window or process.</source>
        <translation>The workspace {path} is open in another window or process.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="127"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Cannot lock {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="138"/>
        <source>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</source>
        <translation>The workspace {path} uses an older schema ({found}); open it once with the editor or a writing command to upgrade it.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="200"/>
        <source>The workspace {path} is open read-only.</source>
        <translation>The workspace {path} is open read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/insatsplan/workspace/core.py" line="256"/>
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
        <location filename="../desktop/insatsplan/cli.py" line="168"/>
        <source>The workspace {path} has problems: {problems}</source>
        <translation>The workspace {path} has problems: {problems}</translation>
    </message>
</context>
</TS>
