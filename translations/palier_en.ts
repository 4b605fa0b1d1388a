<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Identifiers</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FINESS number is missing. Enter the 9-character number of the establishment or legal entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1 has 8 characters instead of 9; a spreadsheet probably dropped its leading zero. Use 0%1 and format the column as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1 must have 9 characters, it has %2. Check that it was not truncated or typed with extra characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1 contains %2 at position %3. Only digits are allowed, except 2A or 2B as the first two characters (Corsica).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1 has check key %2, expected %3. A character was probably mistyped: check the number against the FINESS directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET is missing. Enter the 14-digit SIRET of the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 was turned into a number in scientific notation by a spreadsheet, which lost its last digits. Export the file again with the SIRET column formatted as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 contains %2 at position %3. A SIRET has digits only: remove spaces and other separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has 9 digits: it is a SIREN (the company number), not a SIRET (the 14-digit establishment number). Enter the SIRET of the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 must have 14 digits, it has %2. Check that it was not truncated or typed with extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 of La Poste is invalid: the sum of its digits must be a multiple of 5. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its first 9 digits, SIREN %2, have a wrong check digit. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its last digit is %2, expected %3 if the first 13 digits are right. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier</name>
    <message>
        <source>“%1” is not a region code. Use the INSEE code of one of the 18 regions, e.g. 93 for Provence-Alpes-Côte d&apos;Azur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the campaign “%1”. Create a new database for another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaign of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the foreign key check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2: no matching row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no campaign. Open another database, or create a new one with File › New Regional Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the rows of the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::AboutDialog</name>
    <message>
        <source>About Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier helps the referents of a regional health agency (ARS) run a hospital information system funding programme, Hop&apos;EN first: the regional roadmap, the applications, their review, the preselection, the letters and the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is fictitious: its establishments, people and amounts are made up, and every name says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the entries (who, what, change…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the chain of the audit trail is intact: no entry was changed, removed or added behind Palier’s back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1. Restore a backup taken before that change, or report it to the person responsible for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::AuditLogModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label on an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside Palier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselection version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::AuditTrail</name>
    <message>
        <source>Cannot record who makes this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seal the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was written outside Palier: it is not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Backups</name>
    <message>
        <source>Cannot create the backup folder “%1”. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” does not exist. Choose an existing .palier file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” comes from a newer Palier. Update Palier to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database cannot be restored from itself. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check that you may write in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::CampaignFiles</name>
    <message>
        <source>“%1” already exists. A new database never replaces a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Check that the file is not open elsewhere and that you may write in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier databases (*.palier);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureForm</name>
    <message>
        <source>Establishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned e&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state changes on the Review page, where each change is checked and kept in the file&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureModel</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%1 of %n application</numerusform>
            <numerusform>%1 of %n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the application again after saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ChangeStateDialog</name>
    <message>
        <source>Change State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) selected.</source>
        <translation>
            <numerusform>%n file selected.</numerusform>
            <numerusform>%n files selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have no state in common to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Audit</name>
    <message>
        <source>Usage: palier-cli audit verify --db FILE [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier and has no audit trail yet. Open it once with Palier to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 verified: %n entries, chain intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail of %1 broken: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Backup</name>
    <message>
        <source>“%1” already exists: a backup never replaces a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you may write in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --from FILE is required: the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2; the replaced version was kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliApp</name>
    <message>
        <source>The regional database (.palier file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code of the region, e.g. 93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme definition (default hopen-2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region (default) or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code of the region (default 93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palier-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --region CODE is required, e.g. --region 93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; an existing database is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2, %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes “region” or “national”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo campaign written to %1: %2 establishments, %3 candidatures (fictitious data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Palier writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the import profile NAME saved in the database (file layout and columns) instead of recognising the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and count what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what to import and the file, e.g. palier-cli import establishments sae-2022-id.csv --db region.palier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” imports %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected; %5 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows were rejected. Correct them, or run again with --accept-valid to import the %2 valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported. Use establishments, ght, candidatures, indicators or scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: palier-cli COMMAND [options]

Commands:
  init   --db FILE --region CODE [--programme hopen-2019]   create a regional database
  demo   --db FILE [--scale region|national] [--seed N] [--region CODE]
                                                           write the fictitious demo campaign
  info   --db FILE [--json]     counts per table, campaign, schema version
  check  --db FILE [--json]     integrity and foreign keys
  import KIND FILE --db FILE [--profile NAME] [--accept-valid] [--dry-run] [--json]
                                KIND: establishments, ght, candidatures, indicators or scores
  state  --db FILE --candidature ID[,ID…] --to STATE [--reason TEXT]   move files in the workflow
  history --db FILE --candidature ID           the states a file went through
  eligibility --db FILE [--finess F]           prerequisites reached, per establishment
  rank   --db FILE [--domain D2] [--json]    ranking per domain with totals
  export scores --db FILE --out FILE.(csv|xlsx)   scores and weights, to recompute the totals
  preselect --db FILE --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save]
                                the preselection under the envelope and quotas
  seal   --db FILE --run N --out FILE.xlsx   seal a preselection run and write the DGOS file
  letters --db FILE --out DIR [--combined FILE.pdf] [--format pdf|odt]   notification letters
  backup --db FILE [--out FILE]              a consistent copy (default: the backup folder)
  restore --db FILE --from FILE              replace the database by a backup (kept first)
  audit verify --db FILE [--json]            recompute the audit trail&apos;s chain
  roadmap --db FILE --out FILE.(pdf|odt)     the regional roadmap as a document to send

Exit codes: 0 success, 1 problems found, 2 unusable input or arguments.
palier-cli COMMAND --help shows the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliWorkflow</name>
    <message>
        <source>--candidature takes file numbers separated by commas, e.g. --candidature 12,15; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --candidature ID is required, e.g. --candidature 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  eligible      %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  not eligible  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n establishment(s) eligible for payment.</source>
        <translation>
            <numerusform>%1 of %n establishment eligible for payment.</numerusform>
            <numerusform>%1 of %n establishments eligible for payment.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: eligible for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not eligible for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: %2 (target %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: no value (target %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file(s) to move: numbers separated by commas; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state to move them to, e.g. en_instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for irrecevable, non retenu and going back to instruction); kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the change (default: the system user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one establishment&apos;s indicators in detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --to STATE is required, e.g. --to en_instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved to “%1”.</source>
        <translation>
            <numerusform>%n file moved to “%1”.</numerusform>
            <numerusform>%n files moved to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>history shows one file at a time: give one --candidature ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2 → %3  by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No change of state recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Letters</name>
    <message>
        <source>Folder where one letter per establishment is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write every letter into this one PDF, for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (default) or odt (to touch letters up by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters needs --out, the folder where the letters are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a letter format: use pdf or odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--combined writes a PDF: give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written in %1 (%2 s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF: %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Roadmap</name>
    <message>
        <source>The document to write: FILE.pdf or FILE.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out FILE.pdf (or .odt) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Scoring</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2) and holds no scores yet. Open it once with Palier to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  grid version %1; %2 ranked, %3 in instruction without any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to discuss: evaluators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank only this domain, e.g. D2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean or median: how the evaluators&apos; scores of a criterion are combined (default: the campaign&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consensus takes “mean” or “median”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: %1; spread flagged above %2 of the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain has a scoring grid: nothing to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .xlsx, or .csv (the grids then go to a second file, NAME-grilles.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be exported here: this command exports scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out FILE.xlsx or --out FILE.csv is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores of %2 candidatures (%3 domains) written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Selection</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota “%1”: %2 Write KEY=MIN..MAX, e.g. D2=..5000000, status:public=30%..64%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statuses are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domains are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes file numbers, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank (rank-fill) or optimal (GLPK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope in euros (default: the roadmap&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota KEY=MIN..MAX (KEY: a domain such as D2, or status:public; amounts in euros or N% of the envelope); repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal: stop after this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to select whatever happens (numbers, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to leave out (numbers, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal: maximise score × domain weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal: at least one file per department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method takes “rank” or “optimal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--envelope takes an amount in euros, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No envelope: set it in the roadmap or give --envelope EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1; envelope %2; %3 files compete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 of %2 files; left out %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score: %1; total: %2; status: %3%4; %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gap %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DGOS file to write (.xlsx; the .csv goes next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run takes a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out takes the .xlsx file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGOS deadline: %1, %2 days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGOS deadline: %1, passed %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: fix the blocking problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 rows written to %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the XLSX file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Database</name>
    <message>
        <source>“%1” is incomplete (the file is shorter than its header says): it was probably truncated while being copied. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer Palier (schema version %2; this one knows up to %3). Update Palier to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Palier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file is readable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed. Check that the disk is not full and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy “%1”. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a change in the database: another program may be writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved and was undone. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Palier database. Choose a .palier file, or create a new regional database with File › New Regional Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not one written by Palier. It was left untouched; to bring its data into Palier, import its tables with File › Import….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Check the path, or create it with File › New Regional Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”; the database was not upgraded. Check that you may write there and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the problem with its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseLock</name>
    <message>
        <source>Cannot mark “%1” as open: its folder is read-only. Open it read-only, or copy it to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open for writing by %2 on %3 (process %4) since %5. Open it read-only, or ask them to close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseTableModel</name>
    <message>
        <source>This value cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DemoInstruction</name>
    <message>
        <source>Cannot read the demo establishments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo indicator values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo candidatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DemoLetters</name>
    <message>
        <source>Cannot read the preselected files of the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the demo letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DetailForm</name>
    <message>
        <source>The changes to “%1” were not saved: a value was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::DgosExport</name>
    <message>
        <source>Cannot write “%1”. Check that you may write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is already sealed: save a new version to change the preselection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 found no selection meeting its constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 (%2, %3) is “%4” and cannot become “%5”: bring it back to instruction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1: the FINESS number “%2” of %3 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files selected total %1, above the envelope of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets %2, above its maximum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets %2, below its minimum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected file(s) belong to establishments that have not reached every prerequisite yet: they cannot be paid before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still waiting for instruction and are not part of this version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The DGOS deadline (%1) passed %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Eligibility</name>
    <message>
        <source>Cannot compute the eligibility of the establishments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentForm</name>
    <message>
        <source>FINESS &amp;ET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS E&amp;J:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GHT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentModel</name>
    <message numerus="yes">
        <source>%n establishment(s)</source>
        <translation>
            <numerusform>%n establishment</numerusform>
            <numerusform>%n establishments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n establishment(s)</source>
        <translation>
            <numerusform>%1 of %n establishment</numerusform>
            <numerusform>%1 of %n establishments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the establishments of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS EJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private for-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private non-profit (ESPIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer centre (CLCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the establishment again after saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another establishment already has this FINESS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes to this establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a legal status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationPanel</name>
    <message>
        <source>No score yet: open the score sheet to score this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: the file is not in instruction yet, or is irrecevable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationText</name>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First of its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after the file before it by a lower total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same total as the file before it: ranked after it by a lower score on the first criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same total and first criterion as the file before it: ranked after it as submitted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same total, first criterion and submission date as the file before it: ranked after it by its number, so that the order never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3 (grid version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss: the evaluators disagree by more than %1 % of the scale on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: nobody scored %1; counted at the scale minimum, the total can only rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not scored %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <comment>evaluator: score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;“%2”&lt;/i&gt;</source>
        <comment>evaluator: comment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: the %1 of the evaluators&apos; scores; each criterion brings weight / sum of the weights × 100 × (consensus − minimum) / (maximum − minimum) points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::FilterHeaderView</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rows whose “%1” holds every word typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Funding</name>
    <message>
        <source>Cannot read the programme&apos;s funding rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the forfait grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for changing the amount granted, and an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the amount granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Generator</name>
    <message>
        <source>Cannot read the domains of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme of this campaign has no domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo GHTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo establishments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo candidatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds establishments: demo data goes into a new, empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::GridEditorDialog</name>
    <message>
        <source>Scoring Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the grid changes (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the criterion up (Ctrl+Up); the first criterion breaks ties of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the criterion down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level descriptors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels of %1 (one line per level, %2 to %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 grid is now at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::GridEditorModel</name>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ImportFilePage</name>
    <message>
        <source>&amp;The file lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile saved at an earlier import gives the format and the columns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FINESS extract (etalab), the SAE identity file, or any CSV or Excel list with a FINESS number per row. Rows are matched on their FINESS ET number: new establishments are added, known ones updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAE GHT file, or any list of GHT codes and names. Rows are matched on the GHT code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per establishment and domain: FINESS number, domain code, project title, requested amount… The establishments must already be in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier reads CSV files in any common encoding and separator, Excel workbooks (XLSX) and the FINESS extract. Nothing is written before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: detect the format and the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder: choose a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per establishment and indicator of the prerequisites or domains: FINESS number, indicator code (P1.2, D2.1…), value, date and evidence. A ratio is a percentage from 0 to 100, a yes/no indicator 0 or 1. The establishments must already be in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per score: FINESS number and domain of the application, criterion code, evaluator name, score within the criterion&apos;s scale, comment. The applications and the evaluators must already be in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ImportFormatPage</name>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first &amp;row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check How the File Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier guessed how the file is written. If the rows below look wrong (odd characters, one column only), change the encoding or the separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited text (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS extract (etalab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row could be read from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as Palier reads them; the numbers on the left are the lines of the file.</source>
        <translation>
            <numerusform>The first row as Palier reads it; the number on the left is its line in the file.</numerusform>
            <numerusform>The first %n rows as Palier reads them; the numbers on the left are the lines of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ImportMappingPage</name>
    <message>
        <source>Save as a &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. FINESS extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each value. Known column names are matched already; the values marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved: choose it on the first page next time to skip these steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ImportResultPage</name>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new establishment(s) added</source>
        <translation>
            <numerusform>%n new establishment added</numerusform>
            <numerusform>%n new establishments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new GHT added</source>
        <translation>
            <numerusform>%n new GHT added</numerusform>
            <numerusform>%n new GHTs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new application(s) added</source>
        <translation>
            <numerusform>%n new application added</numerusform>
            <numerusform>%n new applications added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) updated</source>
        <translation>
            <numerusform>%n establishment updated</numerusform>
            <numerusform>%n establishments updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GHT updated</source>
        <translation>
            <numerusform>%n GHT updated</numerusform>
            <numerusform>%n GHTs updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) updated</source>
        <translation>
            <numerusform>%n application updated</numerusform>
            <numerusform>%n applications updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one transaction: all of them, or none if the import stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already up to date, left as they were</source>
        <translation>
            <numerusform>%n row already up to date, left as it was</numerusform>
            <numerusform>%n rows already up to date, left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) not imported</source>
        <translation>
            <numerusform>%n rejected row not imported</numerusform>
            <numerusform>%n rejected rows not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported without a value that was refused (see the warnings)</source>
        <translation>
            <numerusform>%n row imported without a value that was refused (see the warnings)</numerusform>
            <numerusform>%n rows imported without a value that was refused (see the warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped before the end, and everything it had written was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, and importing the valid rows only was not chosen.</source>
        <translation>
            <numerusform>%n row was rejected, and importing the valid rows only was not chosen.</numerusform>
            <numerusform>%n rows were rejected, and importing the valid rows only was not chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row needed to be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator value(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new score(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ImportSession</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ImportValidationPage</name>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave the rejected ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking every row of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a warning.</source>
        <translation>
            <numerusform>%n row read, %1 with a warning.</numerusform>
            <numerusform>%n rows read, %1 with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported: correct the rejected rows in the file, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds every valid row as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows were rejected: correct the file and check it again, or import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Importer</name>
    <message>
        <source>Cannot read the applications already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is missing. Write its code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign&apos;s programme. Write one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested amount is missing. Write it in euros, e.g. 250000 or 250 000,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write the amount in euros with digits, e.g. 250000 or 250 000,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested amount %1 is negative. Write the amount requested, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than two decimals. Write euros and cents, e.g. 1 234,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be read as thousands or as decimals. Write 250000 or 250 000 for thousands, 250,00 for decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is more than a billion euros. Check the amount: it must be in euros, not cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment has FINESS number %1 in this database. Import the registry (FINESS or SAE file) first, or check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project title is missing. Fill it in: an application cannot be recorded without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end %1 is before the planned start %2. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a state of an application (Reçu, Recevable, Irrecevable, En instruction, Instruit). The state was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import of the applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the application %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the establishments already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import of the establishments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record establishment %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a FINESS category: a category is a 3-digit code such as 355 (centre hospitalier). The category was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a department code. The department is taken from the FINESS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 does not match FINESS number %2, which belongs to department %3. Palier keeps %3: check the number and the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a region. Write its INSEE code, e.g. 84, or its name; the region is taken from the department anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1 does not match department %2, which is in region %3. Palier keeps region %3: check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start with a 5-digit postal code. The postal code and town were not taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a postal code (5 digits). The postal code was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code %1 has 4 digits: a spreadsheet probably dropped its leading zero. It was recorded as %2; format the column as text next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a legal status. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC, or the SAE codes 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status already recorded was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal status of this new establishment is missing. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives no legal status, and the FINESS category and public hospital service code of %1 do not tell it (they only identify public hospitals and ESPIC). Import the SAE identity file or a list with a status column first: this file then updates the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the establishment is missing. Fill it in: an establishment cannot be recorded without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal entity number was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number %1 does not start with the code of a department Palier knows. The establishment was imported without a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a GHT code (5 digits, e.g. 84101). The GHT was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT %1 is not in this database. Import the GHT list first; the establishment was imported without its GHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the GHTs already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GHT code is missing. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a GHT code. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT code %1 does not start with the code of a region (its first two digits are the INSEE region code). Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the GHT is missing. Fill it in: a GHT cannot be recorded without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1 does not match GHT code %2, whose first two digits say region %3. Palier keeps region %3: check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import of the GHTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record GHT %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3: a line break or a separator inside an unquoted value may have split or merged records. Check this line and the next in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen for %1. Choose the columns of these fields in the mapping (or a profile that has them); without them no row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number (site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number (legal entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (checked against the FINESS number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (checked against the department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality or PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code and town (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public hospital service code (FINESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public hospital service label (FINESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff mode label (FINESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (checked against the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number of the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested amount (euros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor or solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import profile “%1” cannot be read: it was damaged or written by a newer Palier. Save it again from the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import profile needs a name, e.g. “FINESS extract”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import profile “%1”. Check that the database is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the import profiles of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import profile “%1”: this database has none yet. Save one from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import profile “%1”. The profiles of this database are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears on lines %2 and %3, but may appear only once in a file. Remove or merge the repeated lines: none of them was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the indicator values already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator code is missing. Write the code of an indicator of the programme, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an indicator of this campaign&apos;s programme. Write one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is missing. Write the measured value of the indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or 1 for a yes/no indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a percentage: indicator %2 is a ratio, from 0 to 100. Write 85 for 85 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a yes/no value: indicator %2 takes 0 (no) or 1 (yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a count: indicator %2 takes a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the value %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scores already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion is missing. Write the code of a criterion of the domain&apos;s scoring grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 has no scoring grid yet. Create its grid before importing its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is missing. Write a whole number within the criterion&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number. A score is a whole number within the criterion&apos;s scale, e.g. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): write a whole number from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment %1 has no application in domain %2. Import the applications first, or check the FINESS number and the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator is missing. Write the name of an evaluator of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database, which has none yet. Add the evaluators first (score sheet of the instruction page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database. Write one of %2, or add the evaluator first (score sheet of the instruction page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the score %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the import. Nothing was imported: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::InstructionDetail</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::InstructionPage</name>
    <message>
        <source>Change &amp;State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected files to another state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts labels on the selected files or takes them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the files in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The establishment is eligible for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The establishment is not eligible for payment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score S&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores the files of a domain, criterion by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-If…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries other weights and consensus settings on a domain&apos;s ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the criteria, weights and scales of a domain&apos;s scoring grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::IssueTableModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Labels</name>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label name “%1” is too long: keep it to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it #RRGGBB in hexadecimal, e.g. #2980B9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label %1 no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the labels of the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the label “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the label “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the colour of the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the labels of the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the new label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Labels of the %n file(s) selected:</source>
        <translation>
            <numerusform>Labels of the file selected:</numerusform>
            <numerusform>Labels of the %n files selected:</numerusform>
        </translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the current label on every file that carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolo&amp;ur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the current label another colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the current label and takes it off every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the label “%1”? No file carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “%1”? It is taken off the %n file(s) that carry it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterBatch</name>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” (version %2) cannot be used. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This establishment has no decided file: there is no letter to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters generated could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterData</name>
    <message>
        <source>The amounts of the sealed preselection could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no campaign: create one before writing letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage indicators could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 (%2) is selected but has no amount in the sealed preselection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting DGOS validation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signatory is set for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions on the files could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterDocument</name>
    <message>
        <source>The letter “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The combined PDF “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterGenerationTask</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterListModel</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 (version %2), not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting DGOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterStore</name>
    <message>
        <source>The letters of the establishment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No letter was generated yet for %n establishment(s): generate them before confirming the sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplateDialog</name>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inside %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template shipped with Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment of the campaign gets this letter: the preview is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with the data of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1: the next letters use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplates</name>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number (9 characters, leading zero kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS number of the legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the letter, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town where the letter is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the ARS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up part (amorçage) of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage part of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up share, e.g. 20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage share, e.g. 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for the usage targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the establishment (table rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when some files are on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when some files are not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain code, e.g. D2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount granted for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason recorded at instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when prerequisites are still to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites still to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage targets of the domains selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when there are usage targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of a prerequisite or indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of a prerequisite or indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of a usage indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is opened but never closed: add {{/%2}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is closed but was never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a tag is not closed: “{{” needs its “}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a placeholder Palier knows. Pick one from the list beside the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LetterheadDialog</name>
    <message>
        <source>The day the letters are generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 December of the campaign’s last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead and Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title of the signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notification date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage targets due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signatory: a letter without one is not generated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::LettersPage</name>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the wording of the letters; a saved template becomes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that the selected letters were sent: their selected files become notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the selected letters, or every letter not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the selected letters again, as new versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one PDF per establishment for every letter not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the current letter as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every letter ready was already sent. Select letters and regenerate them to write new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no letter was written or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written; %1 skipped: see their status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written and recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record that the letters of %n establishment(s) were sent? Their selected files move to Notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) recorded as sent; %1 file(s) notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency’s address, the signatory and the dates every letter shares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Regional Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database for one region and one programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a regional database (.palier file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database, e.g. for a backup or a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was brought up to date; the previous version was kept in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Regional Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).palier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Establishments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registry: a FINESS extract, the SAE identity file or any list of establishments (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GHT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hospital groups (GHT), e.g. the SAE GHT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the application files of the call for projects (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a regional database first: the rows are imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database by one of its backups; the current version is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when, with the state of the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” by the backup “%2”? The current version is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from “%1”; the replaced version was kept in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::NewDatabaseDialog</name>
    <message>
        <source>New Regional Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regional database holds one campaign: one region and one programme. Its reference data and the programme definition are loaded now; you can edit them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard will sum up the campaign at a glance: applications received and reviewed, the envelope committed and paid, the next deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, and the calendar of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page will take each application through its states and record the scores given per criterion by each evaluator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preselection page will rank the applications per domain, fill the regional envelope and seal the file sent to the DGOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters page will print the notification letters, selected or rejected, for every establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up page will record indicator declarations, check the usage targets and schedule the payments (20 % start-up, 80 % on use).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::PlaceholderPage</name>
    <message>
        <source>This page comes in a later version of Palier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Prerequisites</name>
    <message>
        <source>This database holds no campaign yet, so it has no prerequisites. Create the campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no establishment %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the indicators of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an indicator of the campaign&apos;s programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value given for %1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a percentage from 0 to 100: %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answered yes (1) or no (0), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a count: a whole number, 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the prerequisites of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the establishments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the indicator values of the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::PrerequisitesModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionModel</name>
    <message numerus="yes">
        <source>%n file(s) compete</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank-fill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionPage</name>
    <message>
        <source>Save &amp;Rank-fill Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Optimal Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for DGOS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the selected version, seals it and writes the DGOS file (XLSX and CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the optimal selection as a new numbered version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the rank-fill selection as a new numbered version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s), score %2, %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proven, gap %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no selection meets the constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) decided differently, highlighted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Solving the optimum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 — %4, score %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank-fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for DGOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, %n day(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, passed %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 cannot be sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal version %1 and write the DGOS file? A sealed version can no longer change; the files move to their decisions.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preselection-v%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 and %3 written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::PreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeDefinition</name>
    <message>
        <source>Programme definition refused: it is not valid JSON (%1 at offset %2, line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme definition refused — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palier has no programme “%1”. Available programmes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of the programme “%1” cannot be read. Reinstall Palier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the file name (%2.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (check its spelling and the schemaVersion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a code is one word, e.g. D2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount in euros from 0 to 1000000000, with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio target is a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean target is 0 (no) or 1 (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count target is a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator kind (usage or organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value type (ratio, boolean or count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedSharePercent + usageSharePercent is %1, expected 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than forfaitMaxEuros (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a programme code: use lower-case letters, digits and hyphens, e.g. hopen-2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before firstYear (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before opensOn (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of a prerequisite or a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported: this Palier reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one domain: establishments apply per domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeStore</name>
    <message>
        <source>Cannot record the programme “%1” in the database. Check that the disk is not full and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the programme %1 from the database: the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the programme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no programme %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::RecentFiles</name>
    <message>
        <source>No recent database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ReferenceData</name>
    <message>
        <source>Cannot record the regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the departments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Roadmap</name>
    <message>
        <source>Cannot read the regional roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the regional roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapExport</name>
    <message>
        <source>“%1”: the roadmap is exported as a PDF (.pdf) or an OpenDocument text (.odt). Choose a file name ending in one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapModel</name>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapPage</name>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No axis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy for the financing lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roadmap as a PDF or an OpenDocument text the ARS can send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument texts (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetDialog</name>
    <message>
        <source>Score Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a comment on the current score (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a score to enter it and move to the next criterion; Enter and Tab move on; Ctrl+M comments the current score; hover a score to see the consensus and its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the score before its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetModel</name>
    <message numerus="yes">
        <source>Consensus of %n evaluator(s): %1</source>
        <translation>
            <numerusform>Consensus of %n evaluator: %1</numerusform>
            <numerusform>Consensus of %n evaluators: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2, %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of %1 goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::ScoreWriter</name>
    <message>
        <source>There is no candidature %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): enter a whole number from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Scoring</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a criterion code is one word, e.g. AXES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the code of criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight is a number from 0 to 1000000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest level (%1) must be above the lowest (scaleMin, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale has at most %1 levels; %2 to %3 would have %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 descriptors, one per level from %2 to %3; found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the descriptor of level %1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to 0: give at least one criterion a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default grid of the programme definition “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid of %1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid of %1 was not saved — criterion %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The grid of %1 was not saved: %n score(s) of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear them first.</source>
        <translation>
            <numerusform>The grid of %1 was not saved: %n score of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear it first.</numerusform>
            <numerusform>The grid of %1 was not saved: %n scores of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who changes the grid of %1: every version records its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Palier computes the totals from the sheets “Notes” and “Grilles”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus of a criterion: the mean (or the median, as column Consensus says) of the notes its evaluators gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, 0 to 100 = Σ weight × (consensus − scale min) / (scale max − scale min) ÷ Σ weight × 100, both sums over every criterion of the domain&apos;s grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion without any note counts at its scale minimum (0 points), and the file is flagged incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties: the higher total, then the higher consensus on the grid&apos;s first criterion, then the earlier submission date, then the lower candidature number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion is flagged for discussion when (highest − lowest note) / (scale max − scale min) is above the spread threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irrecevable files are neither ranked nor exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: name the export file .xlsx (Excel) or .csv (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluator %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an evaluator named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scoring grids and scores from the database: the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the scoring change in the database. Check that the disk is not full and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign. Its domains are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has no scoring grid yet: create its grid before scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spread threshold is a share of the scale, from 0 to 1 (e.g. 0.5 for half of it), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no score on %1 to comment yet: enter the score first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Selection</name>
    <message>
        <source>Cannot read the files to select from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver stopped before proving the optimum (time limit or cancelled): the selection is the best found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection meets every constraint: lower a minimum, raise the envelope or release a forced file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the preselection versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the preselection version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is already sealed. Save a new version to change the preselection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselection version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preselection version %1. List the versions with the Preselection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private for-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private non-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancer centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file of the establishment in %1 is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 envelope exhausted: %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quota reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget exhausted: %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional envelope exhausted: %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department %1 count reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out by the referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, but adds nothing to the total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits: the solver stopped before proving the optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum for %1 not reached: %2 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum for the %1 status not reached: %2 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected in department %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum of %1 not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is forced in but does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::SourceTable</name>
    <message>
        <source>Cannot read “%1”. Check that the file exists, that you may read it and that its disk or network share is available, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a CSV or Excel (.xlsx) file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no row to read. Check that you chose the right file, or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a text (CSV) file nor an Excel workbook (.xlsx). Choose a CSV or XLSX file, or export the data to one of these formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains a NUL byte on line %2, which a text file never holds: the file is damaged or is not a CSV file. Export it again as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written in UTF-16 (Excel&apos;s “Unicode Text”), which Palier does not read. Save it again as “CSV UTF-8” (or CSV) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which Palier does not read. Open it in Excel or LibreOffice, remove any password and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a zip archive but not an Excel workbook. If it is a LibreOffice (.ods) or other spreadsheet, save it as .xlsx or CSV; otherwise choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook, whatever its name says: it is a text file. Read it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a damaged or incomplete Excel workbook. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: cell %2 of sheet “%3” refers to a text that the workbook does not contain. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “%1” has no worksheet, so there is nothing to read. Check that you chose the file that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet named “%2”. Choose one of its sheets: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, line %2: a value opens with a quote (&quot;) that is never closed, so the rest of the file would be read as one value. Fix the quotes on that line (a quote inside a value is written twice: &quot;&quot;) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, line %2: a row longer than %3 MB, which no table holds. Check that this is the right file and that its quotes are balanced, then export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::TableColumns</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::TablePage</name>
    <message>
        <source>Shows the rows holding every word typed, in any column; case and accents do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::UpdateTableModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfDialog</name>
    <message>
        <source>What-If on the Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the evaluators&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median of the evaluators&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is flagged for discussion when its evaluators&apos; scores on a criterion differ by more than this share of the criterion&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsensus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreement above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the stored weights and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these weights as a new version of the domain&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight is 0: every file totals 0. Give a criterion some weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) move; nothing is saved until you apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these weights as version %1 of the %2 grid? The ranking of %2 changes for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights set in the what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1 of the %2 grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking shows which files enter or leave the first N, and for each file the range of the last weight moved over which it stays in (or out of) them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top files:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable Weights of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::Workflow</name>
    <message>
        <source>Cannot read the history of the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is already “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files are already “%1”: %2.</source>
        <translation>
            <numerusform>%n file is already “%1”: %2.</numerusform>
            <numerusform>%n files are already “%1”: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: its state can no longer change, so it cannot go to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files are “%1” (%2): their state can no longer change, so they cannot go to %3.</source>
        <translation>
            <numerusform>%n file is “%1” (%2): its state can no longer change, so it cannot go to %3.</numerusform>
            <numerusform>%n files are “%1” (%2): their state can no longer change, so they cannot go to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: it can go to %3, not to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files are “%1” (%2): they can go to %3, not to %4.</source>
        <translation>
            <numerusform>%n file is “%1” (%2): it can go to %3, not to %4.</numerusform>
            <numerusform>%n files are “%1” (%2): they can go to %3, not to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the files to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No file has the number(s) %1. Check the numbers; nothing was changed.</source>
        <translation>
            <numerusform>No file has the number %1. Check the number; nothing was changed.</numerusform>
            <numerusform>No file has the numbers %1. Check the numbers; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file is selected: choose the files to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a state of the file workflow. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed, not even the other %n file(s).</source>
        <translation>
            <numerusform>Nothing was changed, not even the other file.</numerusform>
            <numerusform>Nothing was changed, not even the other %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to move the file %1 from “%2” to “%3”; it is kept in the file&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A reason is required to move %n files to “%1”; it is kept in their history.</source>
        <translation>
            <numerusform>A reason is required to move %n file to “%1”; it is kept in its history.</numerusform>
            <numerusform>A reason is required to move %n files to “%1”; it is kept in their history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the state of the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was being moved; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the history of the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the states of the file workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the allowed transitions of the file workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) to %1?</source>
        <translation>
            <numerusform>Move %n file to %1?</numerusform>
            <numerusform>Move %n files to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list of choices</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::XlsxOutput</name>
    <message>
        <source>Cannot write Excel files: the libxlsxwriter library is missing or unusable. Install it (package libxlsxwriter4), or export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check the free disk space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palier::main</name>
    <message>
        <source>Cannot Open the Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
