<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Identifiers</name>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>a special space (%1)</source>
        <translation>a special space (%1)</translation>
    </message>
    <message>
        <source>an invisible character (%1)</source>
        <translation>an invisible character (%1)</translation>
    </message>
    <message>
        <source>The FINESS number is missing. Enter the 9-character number of the establishment or legal entity.</source>
        <translation>The FINESS number is missing. Enter the 9-character number of the establishment or legal entity.</translation>
    </message>
    <message>
        <source>FINESS number %1 has 8 characters instead of 9; a spreadsheet probably dropped its leading zero. Use 0%1 and format the column as text.</source>
        <translation>FINESS number %1 has 8 characters instead of 9; a spreadsheet probably dropped its leading zero. Use 0%1 and format the column as text.</translation>
    </message>
    <message>
        <source>FINESS number %1 must have 9 characters, it has %2. Check that it was not truncated or typed with extra characters.</source>
        <translation>FINESS number %1 must have 9 characters, it has %2. Check that it was not truncated or typed with extra characters.</translation>
    </message>
    <message>
        <source>FINESS number %1 contains %2 at position %3. Only digits are allowed, except 2A or 2B as the first two characters (Corsica).</source>
        <translation>FINESS number %1 contains %2 at position %3. Only digits are allowed, except 2A or 2B as the first two characters (Corsica).</translation>
    </message>
    <message>
        <source>FINESS number %1 has check key %2, expected %3. A character was probably mistyped: check the number against the FINESS directory.</source>
        <translation>FINESS number %1 has check key %2, expected %3. A character was probably mistyped: check the number against the FINESS directory.</translation>
    </message>
    <message>
        <source>The SIRET is missing. Enter the 14-digit SIRET of the establishment.</source>
        <translation>The SIRET is missing. Enter the 14-digit SIRET of the establishment.</translation>
    </message>
    <message>
        <source>SIRET %1 was turned into a number in scientific notation by a spreadsheet, which lost its last digits. Export the file again with the SIRET column formatted as text.</source>
        <translation>SIRET %1 was turned into a number in scientific notation by a spreadsheet, which lost its last digits. Export the file again with the SIRET column formatted as text.</translation>
    </message>
    <message>
        <source>SIRET %1 contains %2 at position %3. A SIRET has digits only: remove spaces and other separators.</source>
        <translation>SIRET %1 contains %2 at position %3. A SIRET has digits only: remove spaces and other separators.</translation>
    </message>
    <message>
        <source>%1 has 9 digits: it is a SIREN (the company number), not a SIRET (the 14-digit establishment number). Enter the SIRET of the establishment.</source>
        <translation>%1 has 9 digits: it is a SIREN (the company number), not a SIRET (the 14-digit establishment number). Enter the SIRET of the establishment.</translation>
    </message>
    <message>
        <source>SIRET %1 must have 14 digits, it has %2. Check that it was not truncated or typed with extra digits.</source>
        <translation>SIRET %1 must have 14 digits, it has %2. Check that it was not truncated or typed with extra digits.</translation>
    </message>
    <message>
        <source>SIRET %1 of La Poste is invalid: the sum of its digits must be a multiple of 5. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>SIRET %1 of La Poste is invalid: the sum of its digits must be a multiple of 5. A digit was probably mistyped: check the number in the SIRENE directory.</translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its first 9 digits, SIREN %2, have a wrong check digit. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>SIRET %1 is invalid: its first 9 digits, SIREN %2, have a wrong check digit. A digit was probably mistyped: check the number in the SIRENE directory.</translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its last digit is %2, expected %3 if the first 13 digits are right. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>SIRET %1 is invalid: its last digit is %2, expected %3 if the first 13 digits are right. A digit was probably mistyped: check the number in the SIRENE directory.</translation>
    </message>
</context>
<context>
    <name>Palier</name>
    <message>
        <source>“%1” is not a region code. Use the INSEE code of one of the 18 regions, e.g. 93 for Provence-Alpes-Côte d&apos;Azur.</source>
        <translation>“%1” is not a region code. Use the INSEE code of one of the 18 regions, e.g. 93 for Provence-Alpes-Côte d&apos;Azur.</translation>
    </message>
    <message>
        <source>This database already holds the campaign “%1”. Create a new database for another campaign.</source>
        <translation>This database already holds the campaign “%1”. Create a new database for another campaign.</translation>
    </message>
    <message>
        <source>Cannot record the campaign.</source>
        <translation>Cannot record the campaign.</translation>
    </message>
    <message>
        <source>Cannot read the campaign of this database.</source>
        <translation>Cannot read the campaign of this database.</translation>
    </message>
    <message>
        <source>Cannot list the tables of the database.</source>
        <translation>Cannot list the tables of the database.</translation>
    </message>
    <message>
        <source>Cannot run the integrity check.</source>
        <translation>Cannot run the integrity check.</translation>
    </message>
    <message>
        <source>Cannot run the foreign key check.</source>
        <translation>Cannot run the foreign key check.</translation>
    </message>
    <message>
        <source>table %1, row %2: no matching row in %3</source>
        <translation>table %1, row %2: no matching row in %3</translation>
    </message>
    <message>
        <source>This database holds no campaign. Open another database, or create a new one with File › New Regional Database….</source>
        <translation>This database holds no campaign. Open another database, or create a new one with File › New Regional Database….</translation>
    </message>
    <message>
        <source>Cannot count the rows of the table %1.</source>
        <translation>Cannot count the rows of the table %1.</translation>
    </message>
</context>
<context>
    <name>Palier::AboutDialog</name>
    <message>
        <source>About Palier</source>
        <translation>About Palier</translation>
    </message>
    <message>
        <source>Palier helps the referents of a regional health agency (ARS) run a hospital information system funding programme, Hop&apos;EN first: the regional roadmap, the applications, their review, the preselection, the letters and the follow-up.</source>
        <translation>Palier helps the referents of a regional health agency (ARS) run a hospital information system funding programme, Hop&apos;EN first: the regional roadmap, the applications, their review, the preselection, the letters and the follow-up.</translation>
    </message>
    <message>
        <source>The demo database is fictitious: its establishments, people and amounts are made up, and every name says so.</source>
        <translation>The demo database is fictitious: its establishments, people and amounts are made up, and every name says so.</translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. Built with Qt %2.</source>
        <translation>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. Built with Qt %2.</translation>
    </message>
</context>
<context>
    <name>Palier::AdvisoryLock</name>
    <message>
        <source>Another user of this database is doing the same operation (%1) right now. Wait until they have finished, then try again.</source>
        <translation>Another user of this database is doing the same operation (%1) right now. Wait until they have finished, then try again.</translation>
    </message>
    <message>
        <source>Cannot take the lock of the operation “%1”.</source>
        <translation>Cannot take the lock of the operation “%1”.</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is importing into this database right now. Wait until that import has finished, then try again.</source>
        <translation>Someone else (a colleague, or another Palier window) is importing into this database right now. Wait until that import has finished, then try again.</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is computing and saving a preselection run on this database right now. Wait until it is saved, then try again.</source>
        <translation>Someone else (a colleague, or another Palier window) is computing and saving a preselection run on this database right now. Wait until it is saved, then try again.</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is sealing a preselection version on this database right now. Wait until it is sealed, then try again.</source>
        <translation>Someone else (a colleague, or another Palier window) is sealing a preselection version on this database right now. Wait until it is sealed, then try again.</translation>
    </message>
</context>
<context>
    <name>Palier::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Search the entries (who, what, change…)</source>
        <translation>Search the entries (who, what, change…)</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Search the audit trail</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries; the chain of the audit trail is intact: no entry was changed, removed or added behind Palier’s back.</source>
        <translation>
            <numerusform>%Ln entry; the chain of the audit trail is intact: no entry was changed, removed or added behind Palier’s back.</numerusform>
            <numerusform>%Ln entries; the chain of the audit trail is intact: no entry was changed, removed or added behind Palier’s back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1. Restore a backup taken before that change, or report it to the person responsible for the database.</source>
        <translation>The audit trail is broken: %1. Restore a backup taken before that change, or report it to the person responsible for the database.</translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>Export the Audit Trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Cannot Export</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>Palier::AuditLogModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Scoring grid</translation>
    </message>
    <message>
        <source>Criterion and weight</source>
        <translation>Criterion and weight</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Label on an application</source>
        <translation>Label on an application</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(outside Palier)</source>
        <translation>(outside Palier)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Envelope of a year</source>
        <translation>Envelope of a year</translation>
    </message>
    <message>
        <source>Priority axis</source>
        <translation>Priority axis</translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation>Planned split</translation>
    </message>
    <message>
        <source>Forfait</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Amount set by hand</source>
        <translation>Amount set by hand</translation>
    </message>
    <message>
        <source>Preselection version</source>
        <translation>Preselection version</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>Palier::AuditTrail</name>
    <message>
        <source>Cannot record who makes this change.</source>
        <translation>Cannot record who makes this change.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail.</source>
        <translation>Cannot read the audit trail.</translation>
    </message>
    <message>
        <source>Cannot seal the audit trail.</source>
        <translation>Cannot seal the audit trail.</translation>
    </message>
    <message>
        <source>entry %1 was written outside Palier: it is not sealed</source>
        <translation>entry %1 was written outside Palier: it is not sealed</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed or inserted</source>
        <translation>entry %1 does not follow the entry before it: an entry was removed or inserted</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>entry %1 was changed after it was written</translation>
    </message>
</context>
<context>
    <name>Palier::Backups</name>
    <message>
        <source>Cannot create the backup folder “%1”. Check that you may write there, or choose another folder.</source>
        <translation>Cannot create the backup folder “%1”. Check that you may write there, or choose another folder.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist. Choose an existing .palier file.</source>
        <translation>The backup “%1” does not exist. Choose an existing .palier file.</translation>
    </message>
    <message>
        <source>The backup “%1” comes from a newer Palier. Update Palier to restore it.</source>
        <translation>The backup “%1” comes from a newer Palier. Update Palier to restore it.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself. Choose a backup file.</source>
        <translation>A database cannot be restored from itself. Choose a backup file.</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation>Cannot read the backup “%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check that you may write in its folder.</source>
        <translation>Cannot write “%1”: %2. Check that you may write in its folder.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The database was left as it was.</source>
        <translation>Cannot write “%1”: %2. The database was left as it was.</translation>
    </message>
</context>
<context>
    <name>Palier::BreakdownModel</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>For-profit</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Non-profit</translation>
    </message>
    <message>
        <source>CLCC</source>
        <translation>CLCC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Candidatures received</source>
        <translation>Candidatures received</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Amount requested by the candidatures</source>
        <translation>Amount requested by the candidatures</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Amount granted to the funded projects</source>
        <translation>Amount granted to the funded projects</translation>
    </message>
    <message>
        <source>Files, region</source>
        <translation>Files, region</translation>
    </message>
    <message>
        <source>Share of the region&apos;s candidatures</source>
        <translation>Share of the region&apos;s candidatures</translation>
    </message>
    <message>
        <source>Estab., national</source>
        <translation>Estab., national</translation>
    </message>
    <message>
        <source>Files, national</source>
        <translation>Files, national</translation>
    </message>
    <message>
        <source>Share of the establishments preselected nationally</source>
        <translation>Share of the establishments preselected nationally</translation>
    </message>
    <message>
        <source>Share of the candidatures received nationally</source>
        <translation>Share of the candidatures received nationally</translation>
    </message>
    <message>
        <source>Granted, region</source>
        <translation>Granted, region</translation>
    </message>
    <message>
        <source>Requested, region</source>
        <translation>Requested, region</translation>
    </message>
    <message>
        <source>Share of the amounts granted in the region</source>
        <translation>Share of the amounts granted in the region</translation>
    </message>
    <message>
        <source>Share of the amounts requested in the region (no project funded yet)</source>
        <translation>Share of the amounts requested in the region (no project funded yet)</translation>
    </message>
    <message>
        <source>Funding, national</source>
        <translation>Funding, national</translation>
    </message>
    <message>
        <source>Share of the funding granted nationally</source>
        <translation>Share of the funding granted nationally</translation>
    </message>
    <message>
        <source>Cannot count the candidatures of this database.</source>
        <translation>Cannot count the candidatures of this database.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>no department</translation>
    </message>
</context>
<context>
    <name>Palier::CampaignFiles</name>
    <message>
        <source>“%1” already exists. A new database never replaces a file: choose another name.</source>
        <translation>“%1” already exists. A new database never replaces a file: choose another name.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from. Choose another name.</source>
        <translation>A copy cannot replace the database it is made from. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Check that the file is not open elsewhere and that you may write in its folder.</source>
        <translation>Cannot replace “%1”. Check that the file is not open elsewhere and that you may write in its folder.</translation>
    </message>
    <message>
        <source>Palier databases (*.palier);;All files (*)</source>
        <translation>Palier databases (*.palier);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureForm</name>
    <message>
        <source>Establishment:</source>
        <translation>Establishment:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation>Re&amp;quested:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation>Su&amp;bmitted on:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Planned sta&amp;rt:</source>
        <translation>Planned sta&amp;rt:</translation>
    </message>
    <message>
        <source>Planned e&amp;nd:</source>
        <translation>Planned e&amp;nd:</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Show the stored values again</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>R&amp;evert</translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation>Save the changes; Edit › Undo takes them back</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The state changes on the Review page, where each change is checked and kept in the file&apos;s history.</source>
        <translation>The state changes on the Review page, where each change is checked and kept in the file&apos;s history.</translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureModel</name>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln application(s)</source>
        <translation>
            <numerusform>%1 of %Ln application</numerusform>
            <numerusform>%1 of %Ln applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation>Cannot read the applications of this database.</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Vendor: %1</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Cannot read the application again after saving it.</source>
        <translation>Cannot read the application again after saving it.</translation>
    </message>
    <message>
        <source>Cannot save the changes to this application.</source>
        <translation>Cannot save the changes to this application.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>The requested amount must be zero or more.</source>
        <translation>The requested amount must be zero or more.</translation>
    </message>
    <message>
        <source>Choose a state.</source>
        <translation>Choose a state.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Planned Start</source>
        <translation>Planned Start</translation>
    </message>
    <message>
        <source>Planned End</source>
        <translation>Planned End</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>The eligibility of the establishments is being computed.</source>
        <translation>The eligibility of the establishments is being computed.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln application(s), reading the others…</source>
        <translation>
            <numerusform>%L1 of %Ln application, reading the others…</numerusform>
            <numerusform>%L1 of %Ln applications, reading the others…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 shown, %L2 of %Ln application(s) read…</source>
        <translation>
            <numerusform>%L1 shown, %L2 of %Ln application read…</numerusform>
            <numerusform>%L1 shown, %L2 of %Ln applications read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ChangeStateDialog</name>
    <message>
        <source>Change State</source>
        <translation>Change State</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;New state:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) selected.</source>
        <translation>
            <numerusform>%Ln file selected.</numerusform>
            <numerusform>%Ln files selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have no state in common to go to.</source>
        <translation>The selected files have no state in common to go to.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>Palier::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the figures of the chart as a table</source>
        <translation>Show the figures of the chart as a table</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>Export as PNG image…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>Export as SVG drawing…</translation>
    </message>
    <message>
        <source>Cannot write the chart to “%1”. Check that the folder exists and that you may write in it.</source>
        <translation>Cannot write the chart to “%1”. Check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>Export the Chart</source>
        <translation>Export the Chart</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot Export the Chart</source>
        <translation>Cannot Export the Chart</translation>
    </message>
</context>
<context>
    <name>Palier::ChartPlugin</name>
    <message>
        <source>The charts of the dashboard cannot be drawn: part of Palier is missing or damaged. The tables of the cards show the same figures. Reinstall Palier to see the charts.</source>
        <translation>The charts of the dashboard cannot be drawn: part of Palier is missing or damaged. The tables of the cards show the same figures. Reinstall Palier to see the charts.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Audit</name>
    <message>
        <source>Usage: palier-cli audit verify --db FILE [--json].</source>
        <translation>Usage: palier-cli audit verify --db FILE [--json].</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier and has no audit trail yet. Open it once with Palier to upgrade it.</source>
        <translation>“%1” was written by an older Palier and has no audit trail yet. Open it once with Palier to upgrade it.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 verified: %Ln entries, chain intact.</source>
        <translation>
            <numerusform>Audit trail of %1 verified: %Ln entry, chain intact.</numerusform>
            <numerusform>Audit trail of %1 verified: %Ln entries, chain intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail of %1 broken: %2.</source>
        <translation>Audit trail of %1 broken: %2.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Backup</name>
    <message>
        <source>“%1” already exists: a backup never replaces a file. Choose another name.</source>
        <translation>“%1” already exists: a backup never replaces a file. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you may write in its folder.</source>
        <translation>Cannot write “%1”. Check that you may write in its folder.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backup folder).</source>
        <translation>Where to write the copy (default: the backup folder).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation>Backup of %1 written to %2.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>The option --from FILE is required: the backup to restore.</source>
        <translation>The option --from FILE is required: the backup to restore.</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>%1 restored from %2.</translation>
    </message>
    <message>
        <source>%1 restored from %2; the replaced version was kept in %3.</source>
        <translation>%1 restored from %2; the replaced version was kept in %3.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliApp</name>
    <message>
        <source>The regional database (.palier file).</source>
        <translation>The regional database (.palier file).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Print one JSON object on stdout.</translation>
    </message>
    <message>
        <source>INSEE code of the region, e.g. 93.</source>
        <translation>INSEE code of the region, e.g. 93.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Programme definition (default hopen-2019).</source>
        <translation>Programme definition (default hopen-2019).</translation>
    </message>
    <message>
        <source>region (default) or national.</source>
        <translation>region (default) or national.</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2019).</source>
        <translation>Seed of the generator (default 2019).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>INSEE code of the region (default 93).</source>
        <translation>INSEE code of the region (default 93).</translation>
    </message>
    <message>
        <source>palier-cli %1</source>
        <translation>palier-cli %1</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Show help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>The option --db FILE is required.</source>
        <translation>The option --db FILE is required.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The option --region CODE is required, e.g. --region 93.</source>
        <translation>The option --region CODE is required, e.g. --region 93.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; an existing database is never overwritten.</source>
        <translation>“%1” already exists. Choose a new file name; an existing database is never overwritten.</translation>
    </message>
    <message>
        <source>Created %1: %2, %3–%4.</source>
        <translation>Created %1: %2, %3–%4.</translation>
    </message>
    <message>
        <source>--scale takes “region” or “national”, not “%1”.</source>
        <translation>--scale takes “region” or “national”, not “%1”.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed takes a whole number, not “%1”.</translation>
    </message>
    <message>
        <source>Demo campaign written to %1: %2 establishments, %3 candidatures (fictitious data).</source>
        <translation>Demo campaign written to %1: %2 establishments, %3 candidatures (fictitious data).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Palier writes %2)</source>
        <translation>Schema version: %1 (this Palier writes %2)</translation>
    </message>
    <message>
        <source>Campaign: %1, %2–%3</source>
        <translation>Campaign: %1, %2–%3</translation>
    </message>
    <message>
        <source>Campaign: none</source>
        <translation>Campaign: none</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Foreign key: %1</source>
        <translation>Foreign key: %1</translation>
    </message>
    <message>
        <source>%1: no problem found.</source>
        <translation>%1: no problem found.</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation>%1: %2 problem(s) found.</translation>
    </message>
    <message>
        <source>Use the import profile NAME saved in the database (file layout and columns) instead of recognising the file.</source>
        <translation>Use the import profile NAME saved in the database (file layout and columns) instead of recognising the file.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation>Import the valid rows even when others are rejected.</translation>
    </message>
    <message>
        <source>Check the file and count what would change; write nothing.</source>
        <translation>Check the file and count what would change; write nothing.</translation>
    </message>
    <message>
        <source>import needs what to import and the file, e.g. palier-cli import establishments sae-2022-id.csv --db region.palier.</source>
        <translation>import needs what to import and the file, e.g. palier-cli import establishments sae-2022-id.csv --db region.palier.</translation>
    </message>
    <message>
        <source>The profile “%1” imports %2, not %3.</source>
        <translation>The profile “%1” imports %2, not %3.</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3).</source>
        <translation>%1: %2 rows read (%3).</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected; %5 warnings.</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 rejected; %5 warnings.</translation>
    </message>
    <message>
        <source>Rejected: line %1, column %2: %3</source>
        <translation>Rejected: line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Rejected: line %1: %2</source>
        <translation>Rejected: line %1: %2</translation>
    </message>
    <message>
        <source>Warning: line %1, column %2: %3</source>
        <translation>Warning: line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Warning: line %1: %2</source>
        <translation>Warning: line %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows were rejected. Correct them, or run again with --accept-valid to import the %2 valid rows.</source>
        <translation>Nothing was written: %1 rows were rejected. Correct them, or run again with --accept-valid to import the %2 valid rows.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Imported into %1.</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Audit trail: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. Use establishments, ght, candidatures, indicators, scores or declarations.</source>
        <translation>“%1” cannot be imported. Use establishments, ght, candidatures, indicators, scores or declarations.</translation>
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
                                KIND: establishments, ght, candidatures, indicators, scores,
                                declarations
  state  --db FILE --candidature ID[,ID…] --to STATE [--reason TEXT]   move files in the workflow
  history --db FILE --candidature ID           the states a file went through
  eligibility --db FILE [--finess F]           prerequisites reached, per establishment
  rank   --db FILE [--domain D2] [--json]    ranking per domain with totals
  export scores --db FILE --out FILE.(csv|xlsx)   scores and weights, to recompute the totals
  preselect --db FILE --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save]
                                the preselection under the envelope and quotas
  seal   --db FILE --run N --out FILE.xlsx   seal a preselection run and write the DGOS file
  export dgos --db FILE --run N --out FILE.xlsx   the DGOS file of a sealed run, written again
  letters --db FILE --out DIR [--combined FILE.pdf] [--format pdf|odt]   notification letters
  backup --db FILE [--out FILE]              a consistent copy (default: the backup folder)
  restore --db FILE --from FILE              replace the database by a backup (kept first)
  audit verify --db FILE [--json]            recompute the audit trail&apos;s chain
  roadmap --db FILE --out FILE.(pdf|odt)     the regional roadmap as a document to send
  forfait [set|import FILE.csv] --db FILE [--class S --domain D --amount EUR|--clear]
                                the forfait grid: list it, set one amount, replace it from a file
  projects [create] --db FILE [--json]       funded projects (create: from the notified files)
  project --db FILE --id N [--state termine --date D | --state abandonne --reason R] [--note T]
  payments --db FILE [--state du|prevu|verse|annule] [--overdue] [--json]   payment schedule
  pay    --db FILE --payment N --date YYYY-MM-DD --reference REF   record a transfer
  followup refresh --db FILE                 recompute which tranches are due
  reconcile --db FILE [--json]               check that the amounts add up (exit 1 if not)
  pg-setup --pg CONNINFO [--referent USER]… [--reader USER]…   schema and roles on PostgreSQL
  migrate --from FILE|CONNINFO --to CONNINFO|FILE   copy a campaign between a file and PostgreSQL
  (every command takes --pg CONNINFO instead of --db FILE; password: PGPASSWORD or ~/.pgpass)
  report --db FILE --out FILE.pdf [--xlsx FILE.xlsx]   the progress report (figures with --json)
  consolidate --out FILE.palier (FILE… | --dir DIR)   regional files into one national view

Exit codes: 0 success, 1 problems found, 2 unusable input or arguments.
palier-cli COMMAND --help shows the options of a command.
</source>
        <translation>Usage: palier-cli COMMAND [options]

Commands:
  init   --db FILE --region CODE [--programme hopen-2019]   create a regional database
  demo   --db FILE [--scale region|national] [--seed N] [--region CODE]
                                                           write the fictitious demo campaign
  info   --db FILE [--json]     counts per table, campaign, schema version
  check  --db FILE [--json]     integrity and foreign keys
  import KIND FILE --db FILE [--profile NAME] [--accept-valid] [--dry-run] [--json]
                                KIND: establishments, ght, candidatures, indicators, scores,
                                declarations
  state  --db FILE --candidature ID[,ID…] --to STATE [--reason TEXT]   move files in the workflow
  history --db FILE --candidature ID           the states a file went through
  eligibility --db FILE [--finess F]           prerequisites reached, per establishment
  rank   --db FILE [--domain D2] [--json]    ranking per domain with totals
  export scores --db FILE --out FILE.(csv|xlsx)   scores and weights, to recompute the totals
  preselect --db FILE --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save]
                                the preselection under the envelope and quotas
  seal   --db FILE --run N --out FILE.xlsx   seal a preselection run and write the DGOS file
  export dgos --db FILE --run N --out FILE.xlsx   the DGOS file of a sealed run, written again
  letters --db FILE --out DIR [--combined FILE.pdf] [--format pdf|odt]   notification letters
  backup --db FILE [--out FILE]              a consistent copy (default: the backup folder)
  restore --db FILE --from FILE              replace the database by a backup (kept first)
  audit verify --db FILE [--json]            recompute the audit trail&apos;s chain
  roadmap --db FILE --out FILE.(pdf|odt)     the regional roadmap as a document to send
  forfait [set|import FILE.csv] --db FILE [--class S --domain D --amount EUR|--clear]
                                the forfait grid: list it, set one amount, replace it from a file
  projects [create] --db FILE [--json]       funded projects (create: from the notified files)
  project --db FILE --id N [--state termine --date D | --state abandonne --reason R] [--note T]
  payments --db FILE [--state du|prevu|verse|annule] [--overdue] [--json]   payment schedule
  pay    --db FILE --payment N --date YYYY-MM-DD --reference REF   record a transfer
  followup refresh --db FILE                 recompute which tranches are due
  reconcile --db FILE [--json]               check that the amounts add up (exit 1 if not)
  pg-setup --pg CONNINFO [--referent USER]… [--reader USER]…   schema and roles on PostgreSQL
  migrate --from FILE|CONNINFO --to CONNINFO|FILE   copy a campaign between a file and PostgreSQL
  (every command takes --pg CONNINFO instead of --db FILE; password: PGPASSWORD or ~/.pgpass)
  report --db FILE --out FILE.pdf [--xlsx FILE.xlsx]   the progress report (figures with --json)
  consolidate --out FILE.palier (FILE… | --dir DIR)   regional files into one national view

Exit codes: 0 success, 1 problems found, 2 unusable input or arguments.
palier-cli COMMAND --help shows the options of a command.
</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliWorkflow</name>
    <message>
        <source>--candidature takes file numbers separated by commas, e.g. --candidature 12,15; “%1” is not one.</source>
        <translation>--candidature takes file numbers separated by commas, e.g. --candidature 12,15; “%1” is not one.</translation>
    </message>
    <message>
        <source>The option --candidature ID is required, e.g. --candidature 12.</source>
        <translation>The option --candidature ID is required, e.g. --candidature 12.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  eligible      %2</source>
        <translation>%1  eligible      %2</translation>
    </message>
    <message>
        <source>%1  not eligible  %2 (%3)</source>
        <translation>%1  not eligible  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln establishment(s) eligible for payment.</source>
        <translation>
            <numerusform>%1 of %Ln establishment eligible for payment.</numerusform>
            <numerusform>%1 of %Ln establishments eligible for payment.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: eligible for payment.</source>
        <translation>%1 %2: eligible for payment.</translation>
    </message>
    <message>
        <source>%1 %2: not eligible for payment.</source>
        <translation>%1 %2: not eligible for payment.</translation>
    </message>
    <message>
        <source>    %1: %2 (target %3), %4</source>
        <translation>    %1: %2 (target %3), %4</translation>
    </message>
    <message>
        <source>    %1: no value (target %2), %3</source>
        <translation>    %1: no value (target %2), %3</translation>
    </message>
    <message>
        <source>, measured on %1</source>
        <translation>, measured on %1</translation>
    </message>
    <message>
        <source>The file(s) to move: numbers separated by commas; may be repeated.</source>
        <translation>The file(s) to move: numbers separated by commas; may be repeated.</translation>
    </message>
    <message>
        <source>id,…</source>
        <translation>id,…</translation>
    </message>
    <message>
        <source>The state to move them to, e.g. en_instruction.</source>
        <translation>The state to move them to, e.g. en_instruction.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Why (required for irrecevable, non retenu and going back to instruction); kept in the history.</source>
        <translation>Why (required for irrecevable, non retenu and going back to instruction); kept in the history.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Who makes the change (default: the system user name).</source>
        <translation>Who makes the change (default: the system user name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The file whose history to show.</source>
        <translation>The file whose history to show.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show one establishment&apos;s indicators in detail.</source>
        <translation>Show one establishment&apos;s indicators in detail.</translation>
    </message>
    <message>
        <source>finess</source>
        <translation>finess</translation>
    </message>
    <message>
        <source>The option --to STATE is required, e.g. --to en_instruction.</source>
        <translation>The option --to STATE is required, e.g. --to en_instruction.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) moved to “%1”.</source>
        <translation>
            <numerusform>%Ln file moved to “%1”.</numerusform>
            <numerusform>%Ln files moved to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>history shows one file at a time: give one --candidature ID.</source>
        <translation>history shows one file at a time: give one --candidature ID.</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <source>  %1  %2 → %3  by %4</source>
        <translation>  %1  %2 → %3  by %4</translation>
    </message>
    <message>
        <source>      Reason: %1</source>
        <translation>      Reason: %1</translation>
    </message>
    <message>
        <source>  No change of state recorded.</source>
        <translation>  No change of state recorded.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::FollowUp</name>
    <message>
        <source>   id  FINESS     domain  state        granted        paid           due            planned        establishment</source>
        <translation>   id  FINESS     domain  state        granted        paid           due            planned        establishment</translation>
    </message>
    <message>
        <source>%1 project(s): %2 in progress, %3 finished, %4 abandoned; granted %5, paid %6, due %7, planned %8, cancelled %9.</source>
        <translation>%1 project(s): %2 in progress, %3 finished, %4 abandoned; granted %5, paid %6, due %7, planned %8, cancelled %9.</translation>
    </message>
    <message>
        <source>%1 project(s) created for %2; %3 file(s) already had one.</source>
        <translation>%1 project(s) created for %2; %3 file(s) already had one.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier (schema version %2) and has no follow-up yet. Open it once with Palier to upgrade it.</source>
        <translation>“%1” was written by an older Palier (schema version %2) and has no follow-up yet. Open it once with Palier to upgrade it.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 takes a date written YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>--%1 N is required: the number of the %1.</source>
        <translation>--%1 N is required: the number of the %1.</translation>
    </message>
    <message>
        <source>projects takes no argument, or “create”: palier-cli projects create --db FILE.</source>
        <translation>projects takes no argument, or “create”: palier-cli projects create --db FILE.</translation>
    </message>
    <message>
        <source>The number of the project.</source>
        <translation>The number of the project.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The new state: termine (with --date) or abandonne (with --reason).</source>
        <translation>The new state: termine (with --date) or abandonne (with --reason).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>termine: the date the project was finished (YYYY-MM-DD).</source>
        <translation>termine: the date the project was finished (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>abandonne: why the project is abandoned.</source>
        <translation>abandonne: why the project is abandoned.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Add a progress note to the project.</source>
        <translation>Add a progress note to the project.</translation>
    </message>
    <message>
        <source>--state takes “termine” or “abandonne”, not “%1”.</source>
        <translation>--state takes “termine” or “abandonne”, not “%1”.</translation>
    </message>
    <message>
        <source>Note added to project %1.</source>
        <translation>Note added to project %1.</translation>
    </message>
    <message>
        <source>Project %1 is now %2.</source>
        <translation>Project %1 is now %2.</translation>
    </message>
    <message>
        <source>  %1 target %2: %3 (%4)</source>
        <translation>  %1 target %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Every usage target is reached.</source>
        <translation>Every usage target is reached.</translation>
    </message>
    <message>
        <source>The usage targets are not all reached.</source>
        <translation>The usage targets are not all reached.</translation>
    </message>
    <message>
        <source>The establishment meets every prerequisite.</source>
        <translation>The establishment meets every prerequisite.</translation>
    </message>
    <message>
        <source>The establishment does not meet every prerequisite yet.</source>
        <translation>The establishment does not meet every prerequisite yet.</translation>
    </message>
    <message>
        <source>The day to reckon from (YYYY-MM-DD; default today).</source>
        <translation>The day to reckon from (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <source>Only the payments in this state: prevu, du, verse or annule.</source>
        <translation>Only the payments in this state: prevu, du, verse or annule.</translation>
    </message>
    <message>
        <source>Only the due payments whose due date is past.</source>
        <translation>Only the due payments whose due date is past.</translation>
    </message>
    <message>
        <source>--state takes prevu, du, verse or annule, not “%1”.</source>
        <translation>--state takes prevu, du, verse or annule, not “%1”.</translation>
    </message>
    <message>
        <source>%1 payment(s): paid %2, due %3, planned %4, cancelled %5.</source>
        <translation>%1 payment(s): paid %2, due %3, planned %4, cancelled %5.</translation>
    </message>
    <message>
        <source>The number of the payment.</source>
        <translation>The number of the payment.</translation>
    </message>
    <message>
        <source>The date of the transfer (YYYY-MM-DD).</source>
        <translation>The date of the transfer (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The accounting reference of the transfer.</source>
        <translation>The accounting reference of the transfer.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>pay needs --date YYYY-MM-DD and --reference REF.</source>
        <translation>pay needs --date YYYY-MM-DD and --reference REF.</translation>
    </message>
    <message>
        <source>Payment %1 recorded as paid on %2 (reference %3).</source>
        <translation>Payment %1 recorded as paid on %2 (reference %3).</translation>
    </message>
    <message>
        <source>followup takes “refresh”: palier-cli followup refresh --db FILE.</source>
        <translation>followup takes “refresh”: palier-cli followup refresh --db FILE.</translation>
    </message>
    <message>
        <source>Payment %1 (project %2, %3 %4, %5 tranche, %6): %7 → %8, %9.</source>
        <translation>Payment %1 (project %2, %3 %4, %5 tranche, %6): %7 → %8, %9.</translation>
    </message>
    <message>
        <source>No payment changed.</source>
        <translation>No payment changed.</translation>
    </message>
    <message>
        <source>%1 payment(s) changed.</source>
        <translation>%1 payment(s) changed.</translation>
    </message>
    <message>
        <source>  %1: %2 project(s), granted %3, paid %4, due %5, planned %6, cancelled %7</source>
        <translation>  %1: %2 project(s), granted %3, paid %4, due %5, planned %6, cancelled %7</translation>
    </message>
    <message>
        <source>Per domain:</source>
        <translation>Per domain:</translation>
    </message>
    <message>
        <source>Per planned year:</source>
        <translation>Per planned year:</translation>
    </message>
    <message>
        <source>%1 project(s): granted %2 = paid %3 + due %4 + planned %5 + cancelled %6.</source>
        <translation>%1 project(s): granted %2 = paid %3 + due %4 + planned %5 + cancelled %6.</translation>
    </message>
    <message>
        <source>Envelope: %1 committed of %2.</source>
        <translation>Envelope: %1 committed of %2.</translation>
    </message>
    <message>
        <source>Envelope: none set in the roadmap; %1 committed.</source>
        <translation>Envelope: none set in the roadmap; %1 committed.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Every amount reconciles.</source>
        <translation>Every amount reconciles.</translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation>%1 problem(s) found.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Forfait</name>
    <message>
        <source>Warning: %1%2</source>
        <translation>Warning: %1%2</translation>
    </message>
    <message>
        <source>“%1” is open read-only: the forfait grid cannot be changed.</source>
        <translation>“%1” is open read-only: the forfait grid cannot be changed.</translation>
    </message>
    <message>
        <source>Forfait grid of %1 (programme bounds %2 to %3):</source>
        <translation>Forfait grid of %1 (programme bounds %2 to %3):</translation>
    </message>
    <message>
        <source>  No amount yet: every file gets the amount it requests, within the bounds. Set them with palier-cli forfait set or import.</source>
        <translation>  No amount yet: every file gets the amount it requests, within the bounds. Set them with palier-cli forfait set or import.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Estab.</source>
        <translation>Estab.</translation>
    </message>
    <message>
        <source>Establishments without a size class: %1 (their files get the amount they request, within the bounds).</source>
        <translation>Establishments without a size class: %1 (their files get the amount they request, within the bounds).</translation>
    </message>
    <message>
        <source>Size classes of establishments that the grid does not have: %1.</source>
        <translation>Size classes of establishments that the grid does not have: %1.</translation>
    </message>
    <message>
        <source>Give --class S, --domain D and either --amount EUR or --clear, e.g. forfait set --db F --class S2 --domain D3 --amount 150000.</source>
        <translation>Give --class S, --domain D and either --amount EUR or --clear, e.g. forfait set --db F --class S2 --domain D3 --amount 150000.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>A forfait cannot be negative: give an amount of 0 or more.</translation>
    </message>
    <message>
        <source>--amount “%1” is not an amount in euros: write it like 150000 or 150000,50.</source>
        <translation>--amount “%1” is not an amount in euros: write it like 150000 or 150000,50.</translation>
    </message>
    <message>
        <source>Forfait of %1 for %2 set to %3.</source>
        <translation>Forfait of %1 for %2 set to %3.</translation>
    </message>
    <message>
        <source>Forfait of %1 for %2 removed: its files get the amount they request, within the bounds.</source>
        <translation>Forfait of %1 for %2 removed: its files get the amount they request, within the bounds.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: there is no such file.</source>
        <translation>Cannot read “%1”: there is no such file.</translation>
    </message>
    <message>
        <source>Rejected: %1%2</source>
        <translation>Rejected: %1%2</translation>
    </message>
    <message>
        <source>set: the establishments&apos; size class, e.g. S2.</source>
        <translation>set: the establishments&apos; size class, e.g. S2.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <source>set: the domain, e.g. D3.</source>
        <translation>set: the domain, e.g. D3.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>set: the forfait in euros, e.g. 150000.</source>
        <translation>set: the forfait in euros, e.g. 150000.</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>set: remove the amount instead.</source>
        <translation>set: remove the amount instead.</translation>
    </message>
    <message>
        <source>--class, --domain, --amount and --clear go with forfait set: palier-cli forfait set --db F --class S2 --domain D3 --amount 150000.</source>
        <translation>--class, --domain, --amount and --clear go with forfait set: palier-cli forfait set --db F --class S2 --domain D3 --amount 150000.</translation>
    </message>
    <message>
        <source>Give the file to import: palier-cli forfait import --db F FILE.csv.</source>
        <translation>Give the file to import: palier-cli forfait import --db F FILE.csv.</translation>
    </message>
    <message>
        <source>Unknown forfait action “%1”: use forfait (to list), forfait set or forfait import.</source>
        <translation>Unknown forfait action “%1”: use forfait (to list), forfait set or forfait import.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %Ln line(s) of %1 to correct.</source>
        <translation>
            <numerusform>Nothing was written: %Ln line of %1 to correct.</numerusform>
            <numerusform>Nothing was written: %Ln lines of %1 to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) read from %1: they are now the forfait grid.</source>
        <translation>
            <numerusform>%Ln amount read from %1: it is now the forfait grid.</numerusform>
            <numerusform>%Ln amounts read from %1: they are now the forfait grid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Letters</name>
    <message>
        <source>Folder where one letter per establishment is written.</source>
        <translation>Folder where one letter per establishment is written.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Also write every letter into this one PDF, for printing.</source>
        <translation>Also write every letter into this one PDF, for printing.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>file.pdf</translation>
    </message>
    <message>
        <source>pdf (default) or odt (to touch letters up by hand).</source>
        <translation>pdf (default) or odt (to touch letters up by hand).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>letters needs --out, the folder where the letters are written.</source>
        <translation>letters needs --out, the folder where the letters are written.</translation>
    </message>
    <message>
        <source>“%1” is not a letter format: use pdf or odt.</source>
        <translation>“%1” is not a letter format: use pdf or odt.</translation>
    </message>
    <message>
        <source>--combined writes a PDF: give a file name ending in .pdf.</source>
        <translation>--combined writes a PDF: give a file name ending in .pdf.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written in %1 (%2 s).</source>
        <translation>
            <numerusform>%Ln letter written in %1 (%2 s).</numerusform>
            <numerusform>%Ln letters written in %1 (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF: %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Combined PDF: %1 (%Ln page).</numerusform>
            <numerusform>Combined PDF: %1 (%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) skipped:</source>
        <translation>
            <numerusform>%Ln establishment skipped:</numerusform>
            <numerusform>%Ln establishments skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Pg</name>
    <message>
        <source>A shared PostgreSQL database instead of --db: a libpq connection string such as “host=… port=5432 dbname=… user=… sslmode=verify-full sslrootcert=…”. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>A shared PostgreSQL database instead of --db: a libpq connection string such as “host=… port=5432 dbname=… user=… sslmode=verify-full sslrootcert=…”. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>A login role to make a referent (read and write).</source>
        <translation>A login role to make a referent (read and write).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>A login role to make a reader (read only).</source>
        <translation>A login role to make a reader (read only).</translation>
    </message>
    <message>
        <source>pg-setup takes --pg CONNINFO, a PostgreSQL database.</source>
        <translation>pg-setup takes --pg CONNINFO, a PostgreSQL database.</translation>
    </message>
    <message>
        <source>%1: schema version %2, roles %3 (read and write) and %4 (read only).</source>
        <translation>%1: schema version %2, roles %3 (read and write) and %4 (read only).</translation>
    </message>
    <message>
        <source>  role created: %1</source>
        <translation>  role created: %1</translation>
    </message>
    <message>
        <source>  granted: %1</source>
        <translation>  granted: %1</translation>
    </message>
    <message>
        <source>The database to copy: a .palier file or a connection string.</source>
        <translation>The database to copy: a .palier file or a connection string.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Where to copy it: a new .palier file or an empty PostgreSQL database.</source>
        <translation>Where to copy it: a new .palier file or an empty PostgreSQL database.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>migrate takes --from SOURCE and --to TARGET.</source>
        <translation>migrate takes --from SOURCE and --to TARGET.</translation>
    </message>
    <message>
        <source>migrate copies between a .palier file and a PostgreSQL database: one of --from and --to is a file, the other a connection string.</source>
        <translation>migrate copies between a .palier file and a PostgreSQL database: one of --from and --to is a file, the other a connection string.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %Ln table(s), every row count and checksum equal.</source>
        <translation>
            <numerusform>Copied %1 into %2: %Ln table, every row count and checksum equal.</numerusform>
            <numerusform>Copied %1 into %2: %Ln tables, every row count and checksum equal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s) differ after the copy: nothing was written to %1.</source>
        <translation>
            <numerusform>%Ln table differs after the copy: nothing was written to %1.</numerusform>
            <numerusform>%Ln tables differ after the copy: nothing was written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Report</name>
    <message>
        <source>The PDF report to write.</source>
        <translation>The PDF report to write.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Also write the tables as an Excel workbook.</source>
        <translation>Also write the tables as an Excel workbook.</translation>
    </message>
    <message>
        <source>The date printed on the report (default today).</source>
        <translation>The date printed on the report (default today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The option --out FILE.pdf is required.</source>
        <translation>The option --out FILE.pdf is required.</translation>
    </message>
    <message>
        <source>--xlsx takes the .xlsx file to write.</source>
        <translation>--xlsx takes the .xlsx file to write.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>The folder of “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give a file name.</source>
        <translation>“%1” is a folder: give a file name.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--date takes a date as YYYY-MM-DD, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</source>
        <translation>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</translation>
    </message>
    <message>
        <source>The report “%1” could not be written: check that you may write in its folder and that the disk is not full.</source>
        <translation>The report “%1” could not be written: check that you may write in its folder and that the disk is not full.</translation>
    </message>
    <message>
        <source>The report “%1” could not be written: check that you may write in its folder.</source>
        <translation>The report “%1” could not be written: check that you may write in its folder.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Tables written to %1.</source>
        <translation>Tables written to %1.</translation>
    </message>
    <message>
        <source>%1 projects retained, %2 finished (%3), %4 in progress, %5 abandoned.</source>
        <translation>%1 projects retained, %2 finished (%3), %4 in progress, %5 abandoned.</translation>
    </message>
    <message>
        <source>Granted %1, paid %2, due %3, planned %4.</source>
        <translation>Granted %1, paid %2, due %3, planned %4.</translation>
    </message>
    <message>
        <source>The amounts reconcile.</source>
        <translation>The amounts reconcile.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconciliation problem(s): palier-cli reconcile lists them.</source>
        <translation>
            <numerusform>%Ln reconciliation problem: palier-cli reconcile lists it.</numerusform>
            <numerusform>%Ln reconciliation problems: palier-cli reconcile lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The national database to write (.palier).</source>
        <translation>The national database to write (.palier).</translation>
    </message>
    <message>
        <source>Take every .palier file of this folder.</source>
        <translation>Take every .palier file of this folder.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Replace the national database if it exists.</source>
        <translation>Replace the national database if it exists.</translation>
    </message>
    <message>
        <source>The option --out FILE.palier is required.</source>
        <translation>The option --out FILE.palier is required.</translation>
    </message>
    <message>
        <source>consolidate takes the regional files as arguments (or --dir), not --db.</source>
        <translation>consolidate takes the regional files as arguments (or --dir), not --db.</translation>
    </message>
    <message>
        <source>Give either regional files or --dir, not both.</source>
        <translation>Give either regional files or --dir, not both.</translation>
    </message>
    <message>
        <source>Give the regional .palier files, or --dir FOLDER.</source>
        <translation>Give the regional .palier files, or --dir FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>National view written to %1 from %Ln regional file(s): %2.</source>
        <translation>
            <numerusform>National view written to %1 from %Ln regional file: %2.</numerusform>
            <numerusform>National view written to %1 from %Ln regional files: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied (each regional file keeps its own): %1.</source>
        <translation>Not copied (each regional file keeps its own): %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Roadmap</name>
    <message>
        <source>The document to write: FILE.pdf or FILE.odt.</source>
        <translation>The document to write: FILE.pdf or FILE.odt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The option --out FILE.pdf (or .odt) is required.</source>
        <translation>The option --out FILE.pdf (or .odt) is required.</translation>
    </message>
    <message>
        <source>Roadmap written to %1.</source>
        <translation>Roadmap written to %1.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Scoring</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2) and holds no scores yet. Open it once with Palier to upgrade it.</source>
        <translation>“%1” was written by an older Palier (schema version %2) and holds no scores yet. Open it once with Palier to upgrade it.</translation>
    </message>
    <message>
        <source>  grid version %1; %2 ranked, %3 in instruction without any score</source>
        <translation>  grid version %1; %2 ranked, %3 in instruction without any score</translation>
    </message>
    <message>
        <source>to discuss: evaluators disagree</source>
        <translation>to discuss: evaluators disagree</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>incomplete: %1</translation>
    </message>
    <message>
        <source>Rank only this domain, e.g. D2.</source>
        <translation>Rank only this domain, e.g. D2.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>mean or median: how the evaluators&apos; scores of a criterion are combined (default: the campaign&apos;s setting).</source>
        <translation>mean or median: how the evaluators&apos; scores of a criterion are combined (default: the campaign&apos;s setting).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>--consensus takes “mean” or “median”, not “%1”.</source>
        <translation>--consensus takes “mean” or “median”, not “%1”.</translation>
    </message>
    <message>
        <source>Consensus: %1; spread flagged above %2 of the scale.</source>
        <translation>Consensus: %1; spread flagged above %2 of the scale.</translation>
    </message>
    <message>
        <source>No domain has a scoring grid: nothing to rank.</source>
        <translation>No domain has a scoring grid: nothing to rank.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx, or .csv (the grids then go to a second file, NAME-grilles.csv).</source>
        <translation>The file to write: .xlsx, or .csv (the grids then go to a second file, NAME-grilles.csv).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>“%1” cannot be exported here: this command exports scores.</source>
        <translation>“%1” cannot be exported here: this command exports scores.</translation>
    </message>
    <message>
        <source>The option --out FILE.xlsx or --out FILE.csv is required.</source>
        <translation>The option --out FILE.xlsx or --out FILE.csv is required.</translation>
    </message>
    <message>
        <source>%1 scores of %2 candidatures (%3 domains) written to %4.</source>
        <translation>%1 scores of %2 candidatures (%3 domains) written to %4.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Selection</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</source>
        <translation>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</translation>
    </message>
    <message>
        <source>--quota “%1”: %2 Write KEY=MIN..MAX, e.g. D2=..5000000, status:public=30%..64%.</source>
        <translation>--quota “%1”: %2 Write KEY=MIN..MAX, e.g. D2=..5000000, status:public=30%..64%.</translation>
    </message>
    <message>
        <source>no “=”.</source>
        <translation>no “=”.</translation>
    </message>
    <message>
        <source>the statuses are %1.</source>
        <translation>the statuses are %1.</translation>
    </message>
    <message>
        <source>the domains are %1.</source>
        <translation>the domains are %1.</translation>
    </message>
    <message>
        <source>the minimum is not an amount.</source>
        <translation>the minimum is not an amount.</translation>
    </message>
    <message>
        <source>the maximum is not an amount.</source>
        <translation>the maximum is not an amount.</translation>
    </message>
    <message>
        <source>the minimum is above the maximum.</source>
        <translation>the minimum is above the maximum.</translation>
    </message>
    <message>
        <source>--%1 takes file numbers, not “%2”.</source>
        <translation>--%1 takes file numbers, not “%2”.</translation>
    </message>
    <message>
        <source>rank (rank-fill) or optimal (GLPK).</source>
        <translation>rank (rank-fill) or optimal (GLPK).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>The envelope in euros (default: the roadmap&apos;s).</source>
        <translation>The envelope in euros (default: the roadmap&apos;s).</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>A quota KEY=MIN..MAX (KEY: a domain such as D2, or status:public; amounts in euros or N% of the envelope); repeat it for several.</source>
        <translation>A quota KEY=MIN..MAX (KEY: a domain such as D2, or status:public; amounts in euros or N% of the envelope); repeat it for several.</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>Save the run as a new version.</source>
        <translation>Save the run as a new version.</translation>
    </message>
    <message>
        <source>Optimal: stop after this many seconds (default 10).</source>
        <translation>Optimal: stop after this many seconds (default 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Files to select whatever happens (numbers, comma-separated).</source>
        <translation>Files to select whatever happens (numbers, comma-separated).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Files to leave out (numbers, comma-separated).</source>
        <translation>Files to leave out (numbers, comma-separated).</translation>
    </message>
    <message>
        <source>Optimal: maximise score × domain weight.</source>
        <translation>Optimal: maximise score × domain weight.</translation>
    </message>
    <message>
        <source>--method takes “rank” or “optimal”.</source>
        <translation>--method takes “rank” or “optimal”.</translation>
    </message>
    <message>
        <source>--envelope takes an amount in euros, not “%1”.</source>
        <translation>--envelope takes an amount in euros, not “%1”.</translation>
    </message>
    <message>
        <source>No envelope: set it in the roadmap or give --envelope EUR.</source>
        <translation>No envelope: set it in the roadmap or give --envelope EUR.</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds.</source>
        <translation>--time-limit takes a number of seconds.</translation>
    </message>
    <message>
        <source>Method: %1; envelope %2; %3 files compete.</source>
        <translation>Method: %1; envelope %2; %3 files compete.</translation>
    </message>
    <message>
        <source>Selected %1 of %2 files; left out %3.</source>
        <translation>Selected %1 of %2 files; left out %3.</translation>
    </message>
    <message>
        <source>Total score: %1; total: %2; status: %3%4; %5 ms.</source>
        <translation>Total score: %1; total: %2; status: %3%4; %5 ms.</translation>
    </message>
    <message>
        <source> (gap %1 %)</source>
        <translation> (gap %1 %)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>The version to seal.</source>
        <translation>The version to seal.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The DGOS file to write (.xlsx; the .csv goes next to it).</source>
        <translation>The DGOS file to write (.xlsx; the .csv goes next to it).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--run takes a version number.</source>
        <translation>--run takes a version number.</translation>
    </message>
    <message>
        <source>--out takes the .xlsx file to write.</source>
        <translation>--out takes the .xlsx file to write.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>The folder of “%1” does not exist.</translation>
    </message>
    <message>
        <source>DGOS deadline: %1, %2 days left.</source>
        <translation>DGOS deadline: %1, %2 days left.</translation>
    </message>
    <message>
        <source>DGOS deadline: %1, passed %2 days ago.</source>
        <translation>DGOS deadline: %1, passed %2 days ago.</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blocking: %1</translation>
    </message>
    <message>
        <source>Nothing written: fix the blocking problems first.</source>
        <translation>Nothing written: fix the blocking problems first.</translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 rows written to %3 and %4.</source>
        <translation>Version %1 sealed; %2 rows written to %3 and %4.</translation>
    </message>
    <message>
        <source>SHA-256 of the XLSX file: %1</source>
        <translation>SHA-256 of the XLSX file: %1</translation>
    </message>
    <message>
        <source>At least one file per GHT.</source>
        <translation>At least one file per GHT.</translation>
    </message>
    <message>
        <source>At least one file per department.</source>
        <translation>At least one file per department.</translation>
    </message>
    <message>
        <source>export dgos: the sealed version to export.</source>
        <translation>export dgos: the sealed version to export.</translation>
    </message>
    <message>
        <source>Sealed version %1 exported again; %2 rows written to %3 and %4.</source>
        <translation>Sealed version %1 exported again; %2 rows written to %3 and %4.</translation>
    </message>
</context>
<context>
    <name>Palier::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Your changes were not saved. For each value below, keep yours or take the one now in the database, then save again.</source>
        <translation>Your changes were not saved. For each value below, keep yours or take the one now in the database, then save again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was changed by %2 on %3 at %4 while you were editing it.&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;“%1” was changed by %2 on %3 at %4 while you were editing it.&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was changed by %2 while you were editing it.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;“%1” was changed by %2 while you were editing it.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>In the database now</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>both of you</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>%1, in the database now: %2</source>
        <translation>%1, in the database now: %2</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, yours: %2</translation>
    </message>
    <message>
        <source>&amp;Save My Choices</source>
        <translation>&amp;Save My Choices</translation>
    </message>
    <message>
        <source>Save nothing now: the form keeps your values</source>
        <translation>Save nothing now: the form keeps your values</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Take All &amp;Theirs</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Keep All &amp;Mine</translation>
    </message>
</context>
<context>
    <name>Palier::ConnectionDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>Connect to a Shared Database</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Encrypted, server certificate checked (verify-full)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Certificate Authority</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Keep the password in the system’s keychain</source>
        <translation>Keep the password in the system’s keychain</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificate authority:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>the user</translation>
    </message>
    <message>
        <source>the certificate authority file</source>
        <translation>the certificate authority file</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Fill in %1.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system’s keychain (%1); you will be asked for it next time. Connect again to go on.</source>
        <translation>The password could not be kept in the system’s keychain (%1); you will be asked for it next time. Connect again to go on.</translation>
    </message>
</context>
<context>
    <name>Palier::Consolidation</name>
    <message>
        <source>“%1” is at schema version %2, and this Palier writes version %3: open it once with this Palier to upgrade it, then consolidate again.</source>
        <translation>“%1” is at schema version %2, and this Palier writes version %3: open it once with this Palier to upgrade it, then consolidate again.</translation>
    </message>
    <message>
        <source>“%1” holds no regional campaign: there is nothing to consolidate in it.</source>
        <translation>“%1” holds no regional campaign: there is nothing to consolidate in it.</translation>
    </message>
    <message>
        <source>“%1” is already a national view: consolidate the regional files it was made of instead.</source>
        <translation>“%1” is already a national view: consolidate the regional files it was made of instead.</translation>
    </message>
    <message>
        <source>“%1” is a campaign of the programme %2, and “%3” of %4: only files of one programme can be consolidated.</source>
        <translation>“%1” is a campaign of the programme %2, and “%3” of %4: only files of one programme can be consolidated.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both files of the region %3 (%4): a national view takes one file per region. Keep only one of them.</source>
        <translation>“%1” and “%2” are both files of the region %3 (%4): a national view takes one file per region. Keep only one of them.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of “%2”.</source>
        <translation>Cannot read the table %1 of “%2”.</translation>
    </message>
    <message>
        <source>Cannot write the national database.</source>
        <translation>Cannot write the national database.</translation>
    </message>
    <message>
        <source>Cannot copy the table %1 of “%2” into the national database.</source>
        <translation>Cannot copy the table %1 of “%2” into the national database.</translation>
    </message>
    <message>
        <source>“%1”: a row of the table %2 refers to a row of %3 that does not exist. Run palier-cli check on this file, repair it, then consolidate again.</source>
        <translation>“%1”: a row of the table %2 refers to a row of %3 that does not exist. Run palier-cli check on this file, repair it, then consolidate again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — national view of %Ln region(s)</source>
        <translation>
            <numerusform>%1 — national view of %Ln region</numerusform>
            <numerusform>%1 — national view of %Ln regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the envelope of “%1”.</source>
        <translation>Cannot read the envelope of “%1”.</translation>
    </message>
    <message>
        <source>Cannot check the national database.</source>
        <translation>Cannot check the national database.</translation>
    </message>
    <message>
        <source>The unique index %1 was left out: its rule holds in each regional file, not over the regions together.</source>
        <translation>The unique index %1 was left out: its rule holds in each regional file, not over the regions together.</translation>
    </message>
    <message numerus="yes">
        <source>The national view would hold %Ln row(s) referring to rows that do not exist; nothing was written. Run palier-cli check on each regional file.</source>
        <translation>
            <numerusform>The national view would hold %Ln row referring to rows that do not exist; nothing was written. Run palier-cli check on each regional file.</numerusform>
            <numerusform>The national view would hold %Ln rows referring to rows that do not exist; nothing was written. Run palier-cli check on each regional file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) had the key of a row of an earlier file with other values; the earlier file&apos;s values were kept.</source>
        <translation>
            <numerusform>%1: %Ln row had the key of a row of an earlier file with other values; the earlier file&apos;s values were kept.</numerusform>
            <numerusform>%1: %Ln rows had the key of a row of an earlier file with other values; the earlier file&apos;s values were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a folder. Give the folder holding the regional .palier files.</source>
        <translation>“%1” is not a folder. Give the folder holding the regional .palier files.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no .palier file.</source>
        <translation>The folder “%1” holds no .palier file.</translation>
    </message>
    <message>
        <source>Give at least one regional .palier file.</source>
        <translation>Give at least one regional .palier file.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name for the national view.</source>
        <translation>“%1” already exists. Choose a new file name for the national view.</translation>
    </message>
    <message>
        <source>“%1” is one of the regional files: write the national view to another file.</source>
        <translation>“%1” is one of the regional files: write the national view to another file.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
        <translation>Cannot create the folder “%1”. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you may write in its folder.</source>
        <translation>Cannot write “%1”. Check that you may write in its folder.</translation>
    </message>
    <message>
        <source>Cannot read the settings of the database.</source>
        <translation>Cannot read the settings of the database.</translation>
    </message>
    <message>
        <source>Cannot read the structure of the national database.</source>
        <translation>Cannot read the structure of the national database.</translation>
    </message>
    <message>
        <source>The tables of the database refer to each other in a circle: they cannot be copied. Report the problem with its details.</source>
        <translation>The tables of the database refer to each other in a circle: they cannot be copied. Report the problem with its details.</translation>
    </message>
</context>
<context>
    <name>Palier::DashboardDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::DashboardFileModel</name>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation>Cannot read the applications of this database.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln application(s)</source>
        <translation>
            <numerusform>%1 of %Ln application</numerusform>
            <numerusform>%1 of %Ln applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Finished in</source>
        <translation>Finished in</translation>
    </message>
</context>
<context>
    <name>Palier::DashboardPage</name>
    <message>
        <source>Show every application again</source>
        <translation>Show every application again</translation>
    </message>
    <message>
        <source>Candidatures and amounts by domain (% of the total)</source>
        <translation>Candidatures and amounts by domain (% of the total)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>By legal status (% of the total)</source>
        <translation>By legal status (% of the total)</translation>
    </message>
    <message>
        <source>Candidatures by department</source>
        <translation>Candidatures by department</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Projects by state</source>
        <translation>Projects by state</translation>
    </message>
    <message>
        <source>Envelope, committed and paid per year</source>
        <translation>Envelope, committed and paid per year</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Projects finished per year</source>
        <translation>Projects finished per year</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>Prerequisites of the candidate establishments</source>
        <translation>Prerequisites of the candidate establishments</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Payments to watch</source>
        <translation>Payments to watch</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domain %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>department %1</translation>
    </message>
    <message>
        <source>finished in %1</source>
        <translation>finished in %1</translation>
    </message>
    <message>
        <source>Filter: %1 ✕</source>
        <translation>Filter: %1 ✕</translation>
    </message>
    <message>
        <source>Candidatures by department (the %1 with the most files)</source>
        <translation>Candidatures by department (the %1 with the most files)</translation>
    </message>
</context>
<context>
    <name>Palier::Database</name>
    <message>
        <source>“%1” is incomplete (the file is shorter than its header says): it was probably truncated while being copied. Restore it from a backup.</source>
        <translation>“%1” is incomplete (the file is shorter than its header says): it was probably truncated while being copied. Restore it from a backup.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Palier (schema version %2; this one knows up to %3). Update Palier to open it.</source>
        <translation>“%1” was written by a newer Palier (schema version %2; this one knows up to %3). Update Palier to open it.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Palier database.</source>
        <translation>“%1” is a folder, not a Palier database.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
        <translation>Cannot create the folder “%1”. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file is readable and the disk is not full.</source>
        <translation>Cannot open “%1”: %2. Check that the file is readable and the disk is not full.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a backup.</source>
        <translation>“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation>Cannot read the schema version of the database.</translation>
    </message>
    <message>
        <source>A database operation failed. Check that the disk is not full and the file is writable.</source>
        <translation>A database operation failed. Check that the disk is not full and the file is writable.</translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose another name.</source>
        <translation>The backup file “%1” already exists; choose another name.</translation>
    </message>
    <message>
        <source>Cannot write the backup copy “%1”. Check the free disk space.</source>
        <translation>Cannot write the backup copy “%1”. Check the free disk space.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database: another program may be writing to it. Try again in a moment.</source>
        <translation>Cannot start a change in the database: another program may be writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone. Check the free disk space and try again.</source>
        <translation>The change could not be saved and was undone. Check the free disk space and try again.</translation>
    </message>
    <message>
        <source>“%1” is not a Palier database. Choose a .palier file, or create a new regional database with File › New Regional Database….</source>
        <translation>“%1” is not a Palier database. Choose a .palier file, or create a new regional database with File › New Regional Database….</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not one written by Palier. It was left untouched; to bring its data into Palier, import its tables with File › Import….</source>
        <translation>“%1” is a SQLite database, but not one written by Palier. It was left untouched; to bring its data into Palier, import its tables with File › Import….</translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Check the path, or create it with File › New Regional Database….</source>
        <translation>The database “%1” does not exist. Check the path, or create it with File › New Regional Database….</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”; the database was not upgraded. Check that you may write there and that the disk is not full.</source>
        <translation>Cannot create the backup folder “%1”; the database was not upgraded. Check that you may write there and that the disk is not full.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the problem with its details.</source>
        <translation>Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the problem with its details.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator (pg_dump). To copy it into a .palier file, use palier-cli migrate --from CONNINFO --to FILE.</source>
        <translation>A shared PostgreSQL database is backed up by its administrator (pg_dump). To copy it into a .palier file, use palier-cli migrate --from CONNINFO --to FILE.</translation>
    </message>
    <message>
        <source>Qt’s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>Qt’s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database “%1”: %2 Check the server address, the user and the password (PGPASSWORD, ~/.pgpass or the keychain).</source>
        <translation>Cannot connect to the PostgreSQL database “%1”: %2 Check the server address, the user and the password (PGPASSWORD, ~/.pgpass or the keychain).</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” already holds tables that are not Palier’s. It was left untouched; choose an empty database.</source>
        <translation>The PostgreSQL database “%1” already holds tables that are not Palier’s. It was left untouched; choose an empty database.</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” has no Palier schema yet. Its administrator creates it with palier-cli pg-setup --pg CONNINFO.</source>
        <translation>The PostgreSQL database “%1” has no Palier schema yet. Its administrator creates it with palier-cli pg-setup --pg CONNINFO.</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” was not written by Palier. It was left untouched.</source>
        <translation>The PostgreSQL database “%1” was not written by Palier. It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database.</source>
        <translation>Cannot start a change in the database.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone.</source>
        <translation>The change could not be saved and was undone.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseCopy</name>
    <message>
        <source>Cannot read the database to copy.</source>
        <translation>Cannot read the database to copy.</translation>
    </message>
    <message>
        <source>Cannot write the copy; nothing was written. See the details.</source>
        <translation>Cannot write the copy; nothing was written. See the details.</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables; nothing was copied.</source>
        <translation>The two databases do not have the same tables; nothing was copied.</translation>
    </message>
    <message>
        <source>The database holds a table Palier does not know; nothing was copied.</source>
        <translation>The database holds a table Palier does not know; nothing was copied.</translation>
    </message>
    <message>
        <source>The table “%1” does not have the same columns in both databases; nothing was copied.</source>
        <translation>The table “%1” does not have the same columns in both databases; nothing was copied.</translation>
    </message>
    <message>
        <source>The table “%1” cannot be copied; nothing was copied.</source>
        <translation>The table “%1” cannot be copied; nothing was copied.</translation>
    </message>
    <message>
        <source>“%1” is at schema version %2; open it once with this Palier (version %3) before copying it.</source>
        <translation>“%1” is at schema version %2; open it once with this Palier (version %3) before copying it.</translation>
    </message>
    <message>
        <source>You may not write to “%1”: connect as its owner (the user that ran pg-setup).</source>
        <translation>You may not write to “%1”: connect as its owner (the user that ran pg-setup).</translation>
    </message>
    <message>
        <source>“%1” already holds a campaign; a copy never overwrites one. Copy into an empty database.</source>
        <translation>“%1” already holds a campaign; a copy never overwrites one. Copy into an empty database.</translation>
    </message>
    <message>
        <source>Cannot write the copy; nothing was written.</source>
        <translation>Cannot write the copy; nothing was written.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; an existing database is never overwritten.</source>
        <translation>“%1” already exists. Choose a new file name; an existing database is never overwritten.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseLock</name>
    <message>
        <source>Cannot mark “%1” as open: its folder is read-only. Open it read-only, or copy it to a folder where you may write.</source>
        <translation>Cannot mark “%1” as open: its folder is read-only. Open it read-only, or copy it to a folder where you may write.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>“%1” is already open for writing by %2 on %3 (process %4) since %5. Open it read-only, or ask them to close it.</source>
        <translation>“%1” is already open for writing by %2 on %3 (process %4) since %5. Open it read-only, or ask them to close it.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseTableModel</name>
    <message>
        <source>This value cannot be changed here.</source>
        <translation>This value cannot be changed here.</translation>
    </message>
    <message>
        <source>This table cannot be changed here.</source>
        <translation>This table cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseWatcher</name>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Save a Copy…</translation>
    </message>
    <message>
        <source>Save the database as Palier still has it open into a new file</source>
        <translation>Save the database as Palier still has it open into a new file</translation>
    </message>
    <message>
        <source>Database file warning</source>
        <translation>Database file warning</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file “%1” was deleted or moved by another program while it was open.&lt;/b&gt; Palier still has the database open and can read everything it held, but changes may no longer be saved. Save a copy now to keep it, then open the copy.</source>
        <translation>&lt;b&gt;The file “%1” was deleted or moved by another program while it was open.&lt;/b&gt; Palier still has the database open and can read everything it held, but changes may no longer be saved. Save a copy now to keep it, then open the copy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file “%1” was replaced by another program while it was open.&lt;/b&gt; Palier still shows the database as it was opened, but changes may no longer be saved. Save a copy now to keep this version, then choose which one to open.</source>
        <translation>&lt;b&gt;The file “%1” was replaced by another program while it was open.&lt;/b&gt; Palier still shows the database as it was opened, but changes may no longer be saved. Save a copy now to keep this version, then choose which one to open.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 (recovered).palier</source>
        <translation>%1 (recovered).palier</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>Cannot Save the Copy</source>
        <translation>Cannot Save the Copy</translation>
    </message>
    <message>
        <source>&lt;br&gt;A copy was saved in “%1”.</source>
        <translation>&lt;br&gt;A copy was saved in “%1”.</translation>
    </message>
</context>
<context>
    <name>Palier::DeadlineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Preselection due at DGOS (roadmap)</source>
        <translation>Preselection due at DGOS (roadmap)</translation>
    </message>
</context>
<context>
    <name>Palier::DemoInstruction</name>
    <message>
        <source>Cannot read the demo establishments.</source>
        <translation>Cannot read the demo establishments.</translation>
    </message>
    <message>
        <source>Cannot write the demo indicator values.</source>
        <translation>Cannot write the demo indicator values.</translation>
    </message>
    <message>
        <source>Cannot read the demo candidatures.</source>
        <translation>Cannot read the demo candidatures.</translation>
    </message>
    <message>
        <source>Cannot write the demo history.</source>
        <translation>Cannot write the demo history.</translation>
    </message>
    <message>
        <source>Cannot write the demo labels.</source>
        <translation>Cannot write the demo labels.</translation>
    </message>
</context>
<context>
    <name>Palier::DemoLetters</name>
    <message>
        <source>Cannot read the preselected files of the demo.</source>
        <translation>Cannot read the preselected files of the demo.</translation>
    </message>
    <message>
        <source>Cannot record the demo letters.</source>
        <translation>Cannot record the demo letters.</translation>
    </message>
</context>
<context>
    <name>Palier::DetailForm</name>
    <message>
        <source>The changes to “%1” were not saved: a value was refused.</source>
        <translation>The changes to “%1” were not saved: a value was refused.</translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved.</source>
        <translation>The changes to “%1” could not be saved.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>No row selected</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Palier::DgosExport</name>
    <message>
        <source>Cannot write “%1”. Check that you may write in that folder.</source>
        <translation>Cannot write “%1”. Check that you may write in that folder.</translation>
    </message>
    <message>
        <source>Cannot read back “%1”.</source>
        <translation>Cannot read back “%1”.</translation>
    </message>
    <message>
        <source>Version %1 is already sealed: save a new version to change the preselection.</source>
        <translation>Version %1 is already sealed: save a new version to change the preselection.</translation>
    </message>
    <message>
        <source>Version %1 found no selection meeting its constraints.</source>
        <translation>Version %1 found no selection meeting its constraints.</translation>
    </message>
    <message>
        <source>File %1 (%2, %3) is “%4” and cannot become “%5”: bring it back to instruction first.</source>
        <translation>File %1 (%2, %3) is “%4” and cannot become “%5”: bring it back to instruction first.</translation>
    </message>
    <message>
        <source>File %1: the FINESS number “%2” of %3 is not valid.</source>
        <translation>File %1: the FINESS number “%2” of %3 is not valid.</translation>
    </message>
    <message>
        <source>The files selected total %1, above the envelope of %2.</source>
        <translation>The files selected total %1, above the envelope of %2.</translation>
    </message>
    <message>
        <source>%1 gets %2, above its maximum of %3.</source>
        <translation>%1 gets %2, above its maximum of %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, below its minimum of %3.</source>
        <translation>%1 gets %2, below its minimum of %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected file(s) belong to establishments that have not reached every prerequisite yet: they cannot be paid before.</source>
        <translation>
            <numerusform>%Ln selected file belongs to establishments that have not reached every prerequisite yet: they cannot be paid before.</numerusform>
            <numerusform>%Ln selected files belong to establishments that have not reached every prerequisite yet: they cannot be paid before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are still waiting for instruction and are not part of this version.</source>
        <translation>
            <numerusform>%Ln file is still waiting for instruction and is not part of this version.</numerusform>
            <numerusform>%Ln files are still waiting for instruction and are not part of this version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The DGOS deadline (%1) passed %Ln day(s) ago.</source>
        <translation>
            <numerusform>The DGOS deadline (%1) passed %Ln day ago.</numerusform>
            <numerusform>The DGOS deadline (%1) passed %Ln days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 is not sealed: only a sealed version is sent to DGOS. Seal it first (palier-cli seal, or “Export for DGOS”); nothing was written.</source>
        <translation>Version %1 is not sealed: only a sealed version is sent to DGOS. Seal it first (palier-cli seal, or “Export for DGOS”); nothing was written.</translation>
    </message>
</context>
<context>
    <name>Palier::DiskErrors</name>
    <message>
        <source>The disk is full: Palier could not write what it needed, and saved nothing of it. What was saved before is intact. Free some space on the disk, then try again.</source>
        <translation>The disk is full: Palier could not write what it needed, and saved nothing of it. What was saved before is intact. Free some space on the disk, then try again.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written, and nothing was left half-written. What was saved before is intact. Free some space on the disk, or choose another disk, then try again.</source>
        <translation>The disk is full: “%1” could not be written, and nothing was left half-written. What was saved before is intact. Free some space on the disk, or choose another disk, then try again.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: its folder does not exist, is read-only, or you may not write there. Nothing was written. Choose another folder.</source>
        <translation>Cannot write “%1”: its folder does not exist, is read-only, or you may not write there. Nothing was written. Choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a folder of that name is in the way. Nothing was written. Choose another name or folder.</source>
        <translation>Cannot write “%1”: a folder of that name is in the way. Nothing was written. Choose another name or folder.</translation>
    </message>
</context>
<context>
    <name>Palier::Eligibility</name>
    <message>
        <source>Cannot compute the eligibility of the establishments.</source>
        <translation>Cannot compute the eligibility of the establishments.</translation>
    </message>
</context>
<context>
    <name>Palier::EnvelopeYearModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cannot read the envelope per year.</source>
        <translation>Cannot read the envelope per year.</translation>
    </message>
    <message>
        <source>Cannot read the payments per year.</source>
        <translation>Cannot read the payments per year.</translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentForm</name>
    <message>
        <source>FINESS &amp;ET:</source>
        <translation>FINESS &amp;ET:</translation>
    </message>
    <message>
        <source>FINESS E&amp;J:</source>
        <translation>FINESS E&amp;J:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Legal s&amp;tatus:</source>
        <translation>Legal s&amp;tatus:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;GHT:</source>
        <translation>&amp;GHT:</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation>T&amp;own:</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Show the stored values again</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>R&amp;evert</translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation>Save the changes; Edit › Undo takes them back</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentModel</name>
    <message numerus="yes">
        <source>%Ln establishment(s)</source>
        <translation>
            <numerusform>%Ln establishment</numerusform>
            <numerusform>%Ln establishments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln establishment(s)</source>
        <translation>
            <numerusform>%1 of %Ln establishment</numerusform>
            <numerusform>%1 of %Ln establishments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the establishments of this database.</source>
        <translation>Cannot read the establishments of this database.</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>FINESS EJ</source>
        <translation>FINESS EJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private for-profit</source>
        <translation>Private for-profit</translation>
    </message>
    <message>
        <source>Private non-profit (ESPIC)</source>
        <translation>Private non-profit (ESPIC)</translation>
    </message>
    <message>
        <source>Cancer centre (CLCC)</source>
        <translation>Cancer centre (CLCC)</translation>
    </message>
    <message>
        <source>Cannot read the establishment again after saving it.</source>
        <translation>Cannot read the establishment again after saving it.</translation>
    </message>
    <message>
        <source>Another establishment already has this FINESS number.</source>
        <translation>Another establishment already has this FINESS number.</translation>
    </message>
    <message>
        <source>Cannot save the changes to this establishment.</source>
        <translation>Cannot save the changes to this establishment.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>Choose a legal status.</source>
        <translation>Choose a legal status.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>Postal Code</translation>
    </message>
</context>
<context>
    <name>Palier::EvaluatorsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>New evaluator</source>
        <translation>New evaluator</translation>
    </message>
    <message numerus="yes">
        <source>“%1” entered %Ln score(s): they can be renamed, not removed.</source>
        <translation>
            <numerusform>“%1” entered %Ln score: it can be renamed, not removed.</numerusform>
            <numerusform>“%1” entered %Ln scores: they can be renamed, not removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed the evaluator “%2” to “%3” while you were editing the list, and you named them “%4”. Nothing was saved: the list now shows the names as they are; rename them again to keep yours.</source>
        <translation>%1 renamed the evaluator “%2” to “%3” while you were editing the list, and you named them “%4”. Nothing was saved: the list now shows the names as they are; rename them again to keep yours.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationPanel</name>
    <message>
        <source>No score yet: open the score sheet to score this file.</source>
        <translation>No score yet: open the score sheet to score this file.</translation>
    </message>
    <message>
        <source>Not ranked: the file is not in instruction yet, or is irrecevable.</source>
        <translation>Not ranked: the file is not in instruction yet, or is irrecevable.</translation>
    </message>
    <message>
        <source>Score explained</source>
        <translation>Score explained</translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationText</name>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>First of its domain.</source>
        <translation>First of its domain.</translation>
    </message>
    <message>
        <source>Ranked after the file before it by a lower total.</source>
        <translation>Ranked after the file before it by a lower total.</translation>
    </message>
    <message>
        <source>Same total as the file before it: ranked after it by a lower score on the first criterion.</source>
        <translation>Same total as the file before it: ranked after it by a lower score on the first criterion.</translation>
    </message>
    <message>
        <source>Same total and first criterion as the file before it: ranked after it as submitted later.</source>
        <translation>Same total and first criterion as the file before it: ranked after it as submitted later.</translation>
    </message>
    <message>
        <source>Same total, first criterion and submission date as the file before it: ranked after it by its number, so that the order never changes.</source>
        <translation>Same total, first criterion and submission date as the file before it: ranked after it by its number, so that the order never changes.</translation>
    </message>
    <message>
        <source>Total %1 / 100</source>
        <translation>Total %1 / 100</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3 (grid version %4)</source>
        <translation>Rank %1 of %2 in %3 (grid version %4)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>To discuss: the evaluators disagree by more than %1 % of the scale on %2.</source>
        <translation>To discuss: the evaluators disagree by more than %1 % of the scale on %2.</translation>
    </message>
    <message>
        <source>Incomplete: nobody scored %1; counted at the scale minimum, the total can only rise.</source>
        <translation>Incomplete: nobody scored %1; counted at the scale minimum, the total can only rise.</translation>
    </message>
    <message>
        <source>%1 has not scored %2 yet.</source>
        <translation>%1 has not scored %2 yet.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <comment>evaluator: score</comment>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;“%2”&lt;/i&gt;</source>
        <comment>evaluator: comment</comment>
        <translation>%1: &lt;i&gt;“%2”&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 on %2–%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Consensus: the %1 of the evaluators&apos; scores; each criterion brings weight / sum of the weights × 100 × (consensus − minimum) / (maximum − minimum) points.</source>
        <translation>Consensus: the %1 of the evaluators&apos; scores; each criterion brings weight / sum of the weights × 100 × (consensus − minimum) / (maximum − minimum) points.</translation>
    </message>
</context>
<context>
    <name>Palier::FilterHeaderView</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Shows the rows whose “%1” holds every word typed here.</source>
        <translation>Shows the rows whose “%1” holds every word typed here.</translation>
    </message>
    <message>
        <source>Filter on %1</source>
        <translation>Filter on %1</translation>
    </message>
</context>
<context>
    <name>Palier::FinishedProjectsModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Finished to date</source>
        <translation>Finished to date</translation>
    </message>
    <message>
        <source>Share of the projects</source>
        <translation>Share of the projects</translation>
    </message>
    <message>
        <source>Cannot count the projects.</source>
        <translation>Cannot count the projects.</translation>
    </message>
    <message>
        <source>Cannot count the projects finished.</source>
        <translation>Cannot count the projects finished.</translation>
    </message>
</context>
<context>
    <name>Palier::FollowUp</name>
    <message>
        <source>Cannot read the usage indicators of the programme.</source>
        <translation>Cannot read the usage indicators of the programme.</translation>
    </message>
    <message>
        <source>Cannot read the indicator declarations.</source>
        <translation>Cannot read the indicator declarations.</translation>
    </message>
    <message>
        <source>Cannot read the projects.</source>
        <translation>Cannot read the projects.</translation>
    </message>
    <message>
        <source>Cannot read the indicators of the programme.</source>
        <translation>Cannot read the indicators of the programme.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of the campaign&apos;s programme.</source>
        <translation>“%1” is not an indicator of the campaign&apos;s programme.</translation>
    </message>
    <message>
        <source>%1 is not a usage indicator of a domain: only those are declared per period.</source>
        <translation>%1 is not a usage indicator of a domain: only those are declared per period.</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2021, 2021-06, 2021-T2 or 2021-S1.</source>
        <translation>“%1” is not a period: write 2021, 2021-06, 2021-T2 or 2021-S1.</translation>
    </message>
    <message>
        <source>Cannot record the declaration of %1 for %2.</source>
        <translation>Cannot record the declaration of %1 for %2.</translation>
    </message>
    <message>
        <source>Cannot write the demo declarations.</source>
        <translation>Cannot write the demo declarations.</translation>
    </message>
    <message>
        <source>Cannot read the payments.</source>
        <translation>Cannot read the payments.</translation>
    </message>
    <message>
        <source>There is no project number %1.</source>
        <translation>There is no project number %1.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>There is no payment number %1.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>start-up</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Payment %1 was paid on %2 (reference %3): a paid tranche never changes.</source>
        <translation>Payment %1 was paid on %2 (reference %3): a paid tranche never changes.</translation>
    </message>
    <message>
        <source>Payment %1 is cancelled: it cannot become %2.</source>
        <translation>Payment %1 is cancelled: it cannot become %2.</translation>
    </message>
    <message>
        <source>Payment %1 is planned, not due: it can be paid once it is due (prerequisites met, and for the usage tranche the usage targets reached). Run the follow-up refresh after the declarations are imported.</source>
        <translation>Payment %1 is planned, not due: it can be paid once it is due (prerequisites met, and for the usage tranche the usage targets reached). Run the follow-up refresh after the declarations are imported.</translation>
    </message>
    <message>
        <source>Payment %1 is planned: it can be cancelled, or becomes due by itself.</source>
        <translation>Payment %1 is planned: it can be cancelled, or becomes due by itself.</translation>
    </message>
    <message>
        <source>Payment %1 is due: it can be paid or cancelled.</source>
        <translation>Payment %1 is due: it can be paid or cancelled.</translation>
    </message>
    <message>
        <source>Cannot record the change of payment %1.</source>
        <translation>Cannot record the change of payment %1.</translation>
    </message>
    <message>
        <source>Give the date payment %1 was made: a real date, not in the future, and not before the tranche fell due (%2).</source>
        <translation>Give the date payment %1 was made: a real date, not in the future, and not before the tranche fell due (%2).</translation>
    </message>
    <message>
        <source>Give the accounting reference of the transfer for payment %1 (%2 characters at most).</source>
        <translation>Give the accounting reference of the transfer for payment %1 (%2 characters at most).</translation>
    </message>
    <message>
        <source>Give the reason why payment %1 is cancelled.</source>
        <translation>Give the reason why payment %1 is cancelled.</translation>
    </message>
    <message>
        <source>Payment %1 (%2 tranche) cancelled: %3</source>
        <translation>Payment %1 (%2 tranche) cancelled: %3</translation>
    </message>
    <message>
        <source>the establishment meets every prerequisite</source>
        <translation>the establishment meets every prerequisite</translation>
    </message>
    <message>
        <source>every usage target of %1 is reached and the establishment meets every prerequisite</source>
        <translation>every usage target of %1 is reached and the establishment meets every prerequisite</translation>
    </message>
    <message>
        <source>the establishment no longer meets every prerequisite</source>
        <translation>the establishment no longer meets every prerequisite</translation>
    </message>
    <message>
        <source>a usage target of %1 is no longer reached</source>
        <translation>a usage target of %1 is no longer reached</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>planned, behind schedule</source>
        <translation>planned, behind schedule</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>Cannot read the sealed preselection.</source>
        <translation>Cannot read the sealed preselection.</translation>
    </message>
    <message numerus="yes">
        <source>Creating these %Ln project(s) would commit %1 where the regional envelope is %2 (%3 over). Nothing was created: raise the envelope in the roadmap, or check the amounts of the sealed preselection.</source>
        <translation>
            <numerusform>Creating this project would commit %1 where the regional envelope is %2 (%3 over). Nothing was created: raise the envelope in the roadmap, or check the amounts of the sealed preselection.</numerusform>
            <numerusform>Creating these %Ln projects would commit %1 where the regional envelope is %2 (%3 over). Nothing was created: raise the envelope in the roadmap, or check the amounts of the sealed preselection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating these projects would plan %1 of payments in %2 where the envelope of that year is %3. Nothing was created: raise the envelope of %2 in the roadmap.</source>
        <translation>Creating these projects would plan %1 of payments in %2 where the envelope of that year is %3. Nothing was created: raise the envelope of %2 in the roadmap.</translation>
    </message>
    <message>
        <source>Cannot read the notified files.</source>
        <translation>Cannot read the notified files.</translation>
    </message>
    <message>
        <source>file %1 is notified but no sealed preselection version selected it</source>
        <translation>file %1 is notified but no sealed preselection version selected it</translation>
    </message>
    <message>
        <source>file %1 is notified but no preselection version is sealed</source>
        <translation>file %1 is notified but no preselection version is sealed</translation>
    </message>
    <message>
        <source>abandoned before the follow-up started</source>
        <translation>abandoned before the follow-up started</translation>
    </message>
    <message>
        <source>Cannot create the project of file %1.</source>
        <translation>Cannot create the project of file %1.</translation>
    </message>
    <message>
        <source>Cannot write the payment schedule of file %1.</source>
        <translation>Cannot write the payment schedule of file %1.</translation>
    </message>
    <message>
        <source>Project %1 is %2: it cannot become %3 any more.</source>
        <translation>Project %1 is %2: it cannot become %3 any more.</translation>
    </message>
    <message>
        <source>Project %1 is %2: it may become %3, not %4.</source>
        <translation>Project %1 is %2: it may become %3, not %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Give the date project %1 was finished.</source>
        <translation>Give the date project %1 was finished.</translation>
    </message>
    <message>
        <source>Give the reason why project %1 is abandoned.</source>
        <translation>Give the reason why project %1 is abandoned.</translation>
    </message>
    <message>
        <source>The date %1 is not possible for project %2: it must be between its start (%3) and today.</source>
        <translation>The date %1 is not possible for project %2: it must be between its start (%3) and today.</translation>
    </message>
    <message>
        <source>Cannot change the state of project %1.</source>
        <translation>Cannot change the state of project %1.</translation>
    </message>
    <message>
        <source>Cannot cancel the payments of project %1.</source>
        <translation>Cannot cancel the payments of project %1.</translation>
    </message>
    <message>
        <source>Project abandoned: %1</source>
        <translation>Project abandoned: %1</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Write the text of the note.</translation>
    </message>
    <message>
        <source>Cannot record the note of project %1.</source>
        <translation>Cannot record the note of project %1.</translation>
    </message>
    <message>
        <source>Cannot read the notes of project %1.</source>
        <translation>Cannot read the notes of project %1.</translation>
    </message>
    <message>
        <source>Cannot read the projects and their payments.</source>
        <translation>Cannot read the projects and their payments.</translation>
    </message>
    <message>
        <source>Project %1 (%2, %3): paid %4 + due %5 + planned %6 + cancelled %7 = %8, but %9 was granted.</source>
        <translation>Project %1 (%2, %3): paid %4 + due %5 + planned %6 + cancelled %7 = %8, but %9 was granted.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 (%2, %3) should have one start-up and one usage tranche; it has %Ln tranche(s).</source>
        <translation>
            <numerusform>Project %1 (%2, %3) should have one start-up and one usage tranche; it has %Ln tranche.</numerusform>
            <numerusform>Project %1 (%2, %3) should have one start-up and one usage tranche; it has %Ln tranches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 (%2, %3) is abandoned but still has %4 due or planned.</source>
        <translation>Project %1 (%2, %3) is abandoned but still has %4 due or planned.</translation>
    </message>
    <message>
        <source>Project %1 is %2 but its file %3 is in state “%4”.</source>
        <translation>Project %1 is %2 but its file %3 is in state “%4”.</translation>
    </message>
    <message>
        <source>Cannot add up the payments.</source>
        <translation>Cannot add up the payments.</translation>
    </message>
    <message>
        <source>The sums %1 (paid %2, due %3, planned %4, cancelled %5, granted %6) differ from the totals of the projects (paid %7, due %8, planned %9, cancelled %10, granted %11).</source>
        <translation>The sums %1 (paid %2, due %3, planned %4, cancelled %5, granted %6) differ from the totals of the projects (paid %7, due %8, planned %9, cancelled %10, granted %11).</translation>
    </message>
    <message>
        <source>per domain</source>
        <translation>per domain</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>The projects commit %1 (paid, due and planned) where the regional envelope is %2: %3 over.</source>
        <translation>The projects commit %1 (paid, due and planned) where the regional envelope is %2: %3 over.</translation>
    </message>
    <message>
        <source>The payments of %1 come to %2 where the envelope of that year is %3.</source>
        <translation>The payments of %1 come to %2 where the envelope of that year is %3.</translation>
    </message>
    <message>
        <source>%1 changed payment %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the payment as it is.</source>
        <translation>%1 changed payment %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the payment as it is.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Someone else changed payment %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the payment as it is.</source>
        <translation>Someone else changed payment %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the payment as it is.</translation>
    </message>
    <message>
        <source>paid on %1 (reference %2)</source>
        <translation>paid on %1 (reference %2)</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>planned for %1</translation>
    </message>
    <message>
        <source>%1 changed project %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the project as it is.</source>
        <translation>%1 changed project %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the project as it is.</translation>
    </message>
    <message>
        <source>Someone else changed project %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the project as it is.</source>
        <translation>Someone else changed project %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the project as it is.</translation>
    </message>
    <message>
        <source>finished on %1</source>
        <translation>finished on %1</translation>
    </message>
    <message>
        <source>abandoned (%1)</source>
        <translation>abandoned (%1)</translation>
    </message>
</context>
<context>
    <name>Palier::FollowUpPage</name>
    <message>
        <source>&amp;Refresh Due Payments</source>
        <translation>&amp;Refresh Due Payments</translation>
    </message>
    <message>
        <source>Makes due the tranches whose conditions are now met (prerequisites, usage targets), and planned again those whose conditions no longer are</source>
        <translation>Makes due the tranches whose conditions are now met (prerequisites, usage targets), and planned again those whose conditions no longer are</translation>
    </message>
    <message>
        <source>Change &amp;State…</source>
        <translation>Change &amp;State…</translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation>Add a &amp;Note…</translation>
    </message>
    <message>
        <source>Mark as &amp;Paid…</source>
        <translation>Mark as &amp;Paid…</translation>
    </message>
    <message>
        <source>Records the payment date and reference of the due tranche selected</source>
        <translation>Records the payment date and reference of the due tranche selected</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <source>Usage indicators</source>
        <translation>Usage indicators</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No funded project yet: projects are created from the notified files.</source>
        <translation>No funded project yet: projects are created from the notified files.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · granted %2</source>
        <translation>%1 · granted %2</translation>
    </message>
    <message>
        <source>Finished on %1 · granted %2</source>
        <translation>Finished on %1 · granted %2</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Abandoned: %1</translation>
    </message>
    <message>
        <source>In progress since %1 · granted %2</source>
        <translation>In progress since %1 · granted %2</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>No note yet.</translation>
    </message>
    <message>
        <source>Cannot Change the State of the Project</source>
        <translation>Cannot Change the State of the Project</translation>
    </message>
    <message>
        <source>Tranche “%1” planned for %2: %3</source>
        <translation>Tranche “%1” planned for %2: %3</translation>
    </message>
    <message>
        <source>Cannot Record the Payment</source>
        <translation>Cannot Record the Payment</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Add a Note</translation>
    </message>
    <message>
        <source>Progress of %1:</source>
        <translation>Progress of %1:</translation>
    </message>
    <message>
        <source>Cannot Add the Note</source>
        <translation>Cannot Add the Note</translation>
    </message>
    <message>
        <source>Cannot Refresh the Due Payments</source>
        <translation>Cannot Refresh the Due Payments</translation>
    </message>
    <message>
        <source>No tranche changed state.</source>
        <translation>No tranche changed state.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tranche(s) changed state.</source>
        <translation>
            <numerusform>%Ln tranche changed state.</numerusform>
            <numerusform>%Ln tranches changed state.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cance&amp;l the Tranche…</source>
        <translation>Cance&amp;l the Tranche…</translation>
    </message>
    <message>
        <source>Cancels the planned or due tranche selected, with the reason (kept as a note)</source>
        <translation>Cancels the planned or due tranche selected, with the reason (kept as a note)</translation>
    </message>
    <message>
        <source>%1

What you wanted: %2.</source>
        <translation>%1

What you wanted: %2.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 — %2: tranche “%3” of %4</source>
        <translation>%1 — %2: tranche “%3” of %4</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Cancel the Tranche</source>
        <translation>Cancel the Tranche</translation>
    </message>
    <message>
        <source>Why is the tranche “%1” of %2 (%3) cancelled?</source>
        <translation>Why is the tranche “%1” of %2 (%3) cancelled?</translation>
    </message>
    <message>
        <source>Cannot Cancel the Tranche</source>
        <translation>Cannot Cancel the Tranche</translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGrid</name>
    <message>
        <source>Give the amount in euros, e.g. 150000 or 150 000,00.</source>
        <translation>Give the amount in euros, e.g. 150000 or 150 000,00.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>A forfait cannot be negative: give an amount of 0 or more.</translation>
    </message>
    <message>
        <source>Give the amount in euros with at most two decimals (cents).</source>
        <translation>Give the amount in euros with at most two decimals (cents).</translation>
    </message>
    <message>
        <source>This amount can be read two ways (thousands or decimals): write it without a thousands separator, e.g. 250000 or 250,5.</source>
        <translation>This amount can be read two ways (thousands or decimals): write it without a thousands separator, e.g. 250000 or 250,5.</translation>
    </message>
    <message>
        <source>This amount is over a billion euros: check the column and the unit (euros, not cents).</source>
        <translation>This amount is over a billion euros: check the column and the unit (euros, not cents).</translation>
    </message>
    <message>
        <source>This is not an amount in euros: write it like 150000 or 150 000,50.</source>
        <translation>This is not an amount in euros: write it like 150000 or 150 000,50.</translation>
    </message>
    <message>
        <source>The size class is empty: give the establishments&apos; size class this amount is for, e.g. S2.</source>
        <translation>The size class is empty: give the establishments&apos; size class this amount is for, e.g. S2.</translation>
    </message>
    <message>
        <source>The size class “%1…” is too long: give a short code, e.g. S2 (at most %2 characters).</source>
        <translation>The size class “%1…” is too long: give a short code, e.g. S2 (at most %2 characters).</translation>
    </message>
    <message>
        <source>The domain is empty: give one of the programme&apos;s domains (%1).</source>
        <translation>The domain is empty: give one of the programme&apos;s domains (%1).</translation>
    </message>
    <message>
        <source>The programme has no domain “%1”: give one of %2.</source>
        <translation>The programme has no domain “%1”: give one of %2.</translation>
    </message>
    <message>
        <source>%1 for %2 and %3 is outside the programme&apos;s forfait bounds (%4 to %5): check the amount, or the bounds of the programme definition.</source>
        <translation>%1 for %2 and %3 is outside the programme&apos;s forfait bounds (%4 to %5): check the amount, or the bounds of the programme definition.</translation>
    </message>
    <message>
        <source>%1 and %2 were already given on line %3: keep one amount for each size class and domain.</source>
        <translation>%1 and %2 were already given on line %3: keep one amount for each size class and domain.</translation>
    </message>
    <message>
        <source>%1 and %2 are given twice: keep one amount for each size class and domain.</source>
        <translation>%1 and %2 are given twice: keep one amount for each size class and domain.</translation>
    </message>
    <message>
        <source>No establishment has the size class “%1” (they have %2): its amounts will not be used until establishments are given that class.</source>
        <translation>No establishment has the size class “%1” (they have %2): its amounts will not be used until establishments are given that class.</translation>
    </message>
    <message>
        <source>No establishment has the size class “%1”, but %2 have “%3”: size classes must be written exactly alike.</source>
        <translation>No establishment has the size class “%1”, but %2 have “%3”: size classes must be written exactly alike.</translation>
    </message>
    <message>
        <source>Cannot read the programme&apos;s domains.</source>
        <translation>Cannot read the programme&apos;s domains.</translation>
    </message>
    <message>
        <source>The programme has no domain “%1”.</source>
        <translation>The programme has no domain “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the forfait grid.</source>
        <translation>Cannot write the forfait grid.</translation>
    </message>
    <message>
        <source>Line %1, size class: </source>
        <translation>Line %1, size class: </translation>
    </message>
    <message>
        <source>Line %1, domain: </source>
        <translation>Line %1, domain: </translation>
    </message>
    <message>
        <source>Line %1, amount: </source>
        <translation>Line %1, amount: </translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <source>Cannot read the forfait grid.</source>
        <translation>Cannot read the forfait grid.</translation>
    </message>
    <message>
        <source>This database has no programme yet: create the campaign first (palier-cli init).</source>
        <translation>This database has no programme yet: create the campaign first (palier-cli init).</translation>
    </message>
    <message>
        <source>Cannot read the establishments&apos; size classes.</source>
        <translation>Cannot read the establishments&apos; size classes.</translation>
    </message>
    <message>
        <source>%1 is a FINESS extract, not a forfait grid: give a file with the columns size class, domain and amount.</source>
        <translation>%1 is a FINESS extract, not a forfait grid: give a file with the columns size class, domain and amount.</translation>
    </message>
    <message>
        <source>%1 does not have the columns of a forfait grid. Its first line names %2; give the columns size_class;domain;amount (or classe;domaine;montant), one line per size class and domain.</source>
        <translation>%1 does not have the columns of a forfait grid. Its first line names %2; give the columns size_class;domain;amount (or classe;domaine;montant), one line per size class and domain.</translation>
    </message>
    <message>
        <source>%1 has no amounts: give one line per size class and domain (size_class;domain;amount).</source>
        <translation>%1 has no amounts: give one line per size class and domain (size_class;domain;amount).</translation>
    </message>
    <message>
        <source>The grid has no amount for %1 and %2: there is nothing to clear.</source>
        <translation>The grid has no amount for %1 and %2: there is nothing to clear.</translation>
    </message>
    <message numerus="yes">
        <source>The forfait grid was not changed: %Ln problem(s) to fix first.
%1</source>
        <translation>
            <numerusform>The forfait grid was not changed: %Ln problem to fix first.
%1</numerusform>
            <numerusform>The forfait grid was not changed: %Ln problems to fix first.
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %Ln amount(s) of the forfait grid you changed too, while you were editing it. Nothing was saved: compare both, then keep theirs or yours.</source>
        <translation>
            <numerusform>Someone else changed %Ln amount of the forfait grid you changed too, while you were editing it. Nothing was saved: compare both, then keep theirs or yours.</numerusform>
            <numerusform>Someone else changed %Ln amounts of the forfait grid you changed too, while you were editing it. Nothing was saved: compare both, then keep theirs or yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGridDialog</name>
    <message>
        <source>&amp;Add a Size Class</source>
        <translation>&amp;Add a Size Class</translation>
    </message>
    <message>
        <source>Adds a row for a size class of establishments</source>
        <translation>Adds a row for a size class of establishments</translation>
    </message>
    <message>
        <source>&amp;Remove the Size Class</source>
        <translation>&amp;Remove the Size Class</translation>
    </message>
    <message>
        <source>Removes the selected size class and its amounts</source>
        <translation>Removes the selected size class and its amounts</translation>
    </message>
    <message>
        <source>&amp;Import a CSV File…</source>
        <translation>&amp;Import a CSV File…</translation>
    </message>
    <message>
        <source>Replaces the table by a file with the columns size_class;domain;amount</source>
        <translation>Replaces the table by a file with the columns size_class;domain;amount</translation>
    </message>
    <message>
        <source>Forfait Grid</source>
        <translation>Forfait Grid</translation>
    </message>
    <message>
        <source>Forfait grid</source>
        <translation>Forfait grid</translation>
    </message>
    <message>
        <source>One row per size class of establishments, one column per domain, amounts in euros</source>
        <translation>One row per size class of establishments, one column per domain, amounts in euros</translation>
    </message>
    <message>
        <source>Forfait per size class and domain, between %1 and %2 for this programme. An empty cell has no forfait: its files get the amount they request, within these bounds.</source>
        <translation>Forfait per size class and domain, between %1 and %2 for this programme. An empty cell has no forfait: its files get the amount they request, within these bounds.</translation>
    </message>
    <message>
        <source>Problems of the forfait grid</source>
        <translation>Problems of the forfait grid</translation>
    </message>
    <message>
        <source>&lt;b&gt;Establishments without a size class&lt;/b&gt;</source>
        <translation>&lt;b&gt;Establishments without a size class&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every establishment has a size class.</source>
        <translation>Every establishment has a size class.</translation>
    </message>
    <message>
        <source>Size classes the grid does not have yet: %1.</source>
        <translation>Size classes the grid does not have yet: %1.</translation>
    </message>
    <message>
        <source>Establishments without a size class</source>
        <translation>Establishments without a size class</translation>
    </message>
    <message>
        <source>Import a Forfait Grid</source>
        <translation>Import a Forfait Grid</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</source>
        <translation>CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Import the Forfait Grid</source>
        <translation>Cannot Import the Forfait Grid</translation>
    </message>
    <message>
        <source>The database is open read-only: the grid is only shown.</source>
        <translation>The database is open read-only: the grid is only shown.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) have no size class: their files get the amount they request, between %1 and %2. Give them one by importing the registry with its size classes.</source>
        <translation>
            <numerusform>%Ln establishment has no size class: its files get the amount they request, between %1 and %2. Give them one by importing the registry with its size classes.</numerusform>
            <numerusform>%Ln establishments have no size class: their files get the amount they request, between %1 and %2. Give them one by importing the registry with its size classes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %Ln line(s) to correct first. The grid is unchanged.

%2</source>
        <translation>
            <numerusform>%1 was not imported: %Ln line to correct first. The grid is unchanged.

%2</numerusform>
            <numerusform>%1 was not imported: %Ln lines to correct first. The grid is unchanged.

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s).</source>
        <translation>
            <numerusform>… and %Ln more warning.</numerusform>
            <numerusform>… and %Ln more warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGridModel</name>
    <message>
        <source>The size class as the establishments’ records give it; double-click to rename it</source>
        <translation>The size class as the establishments’ records give it; double-click to rename it</translation>
    </message>
    <message>
        <source>No forfait for %1 in %2: the files get the amount they request, between %3 and %4</source>
        <translation>No forfait for %1 in %2: the files get the amount they request, between %3 and %4</translation>
    </message>
    <message>
        <source>Outside the programme’s forfait bounds (%1 to %2): check the amount</source>
        <translation>Outside the programme’s forfait bounds (%1 to %2): check the amount</translation>
    </message>
    <message>
        <source>no forfait</source>
        <translation>no forfait</translation>
    </message>
    <message>
        <source>A size class needs a name, e.g. S2.</source>
        <translation>A size class needs a name, e.g. S2.</translation>
    </message>
    <message>
        <source>The grid already has the size class %1.</source>
        <translation>The grid already has the size class %1.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>A forfait cannot be negative: give an amount of 0 or more.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: write it without a thousands separator, e.g. 250000 or 250,5.</source>
        <translation>“%1” can be read two ways: write it without a thousands separator, e.g. 250000 or 250,5.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros: write it like 150000 or 150 000,50.</source>
        <translation>“%1” is not an amount in euros: write it like 150000 or 150 000,50.</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Size class</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Forfait of domain %1 in euros</source>
        <translation>Forfait of domain %1 in euros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) of this size class</source>
        <translation>
            <numerusform>%Ln establishment of this size class</numerusform>
            <numerusform>%Ln establishments of this size class</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Funding</name>
    <message>
        <source>Cannot read the programme&apos;s funding rules.</source>
        <translation>Cannot read the programme&apos;s funding rules.</translation>
    </message>
    <message>
        <source>Cannot read the forfait grid.</source>
        <translation>Cannot read the forfait grid.</translation>
    </message>
    <message>
        <source>There is no file number %1.</source>
        <translation>There is no file number %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing the amount granted, and an amount of 0 or more.</source>
        <translation>Give a reason for changing the amount granted, and an amount of 0 or more.</translation>
    </message>
    <message>
        <source>Cannot record the amount granted.</source>
        <translation>Cannot record the amount granted.</translation>
    </message>
</context>
<context>
    <name>Palier::GenerateLettersDialog</name>
    <message>
        <source>&amp;PDF, one per establishment</source>
        <translation>&amp;PDF, one per establishment</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text, to touch letters up by hand</source>
        <translation>&amp;OpenDocument text, to touch letters up by hand</translation>
    </message>
    <message>
        <source>all-letters.pdf</source>
        <translation>all-letters.pdf</translation>
    </message>
    <message>
        <source>Generate Letters</source>
        <translation>Generate Letters</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Folder for the Letters</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) will be written and recorded.</source>
        <translation>
            <numerusform>%Ln letter will be written and recorded.</numerusform>
            <numerusform>%Ln letters will be written and recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also every &amp;letter in one PDF, for printing in one go:</source>
        <translation>Also every &amp;letter in one PDF, for printing in one go:</translation>
    </message>
    <message>
        <source>Name of the combined PDF</source>
        <translation>Name of the combined PDF</translation>
    </message>
</context>
<context>
    <name>Palier::Generator</name>
    <message>
        <source>Cannot read the domains of the programme.</source>
        <translation>Cannot read the domains of the programme.</translation>
    </message>
    <message>
        <source>The programme of this campaign has no domain.</source>
        <translation>The programme of this campaign has no domain.</translation>
    </message>
    <message>
        <source>Cannot write the demo GHTs.</source>
        <translation>Cannot write the demo GHTs.</translation>
    </message>
    <message>
        <source>Cannot write the demo establishments.</source>
        <translation>Cannot write the demo establishments.</translation>
    </message>
    <message>
        <source>Cannot write the demo candidatures.</source>
        <translation>Cannot write the demo candidatures.</translation>
    </message>
    <message>
        <source>Cannot read the database.</source>
        <translation>Cannot read the database.</translation>
    </message>
    <message>
        <source>The database already holds establishments: demo data goes into a new, empty database only.</source>
        <translation>The database already holds establishments: demo data goes into a new, empty database only.</translation>
    </message>
</context>
<context>
    <name>Palier::GridEditorDialog</name>
    <message>
        <source>Scoring Grid</source>
        <translation>Scoring Grid</translation>
    </message>
    <message>
        <source>Why the grid changes (kept with the version)</source>
        <translation>Why the grid changes (kept with the version)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Moves the criterion up (Ctrl+Up); the first criterion breaks ties of the total</source>
        <translation>Moves the criterion up (Ctrl+Up); the first criterion breaks ties of the total</translation>
    </message>
    <message>
        <source>Moves the criterion down (Ctrl+Down)</source>
        <translation>Moves the criterion down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Save as New Version</translation>
    </message>
    <message>
        <source>Version %1, by %2 on %3</source>
        <translation>Version %1, by %2 on %3</translation>
    </message>
    <message>
        <source>Level descriptors:</source>
        <translation>Level descriptors:</translation>
    </message>
    <message>
        <source>&amp;Levels of %1 (one line per level, %2 to %3):</source>
        <translation>&amp;Levels of %1 (one line per level, %2 to %3):</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Cannot save yet: %1</translation>
    </message>
    <message>
        <source>The %1 grid is now at version %2.</source>
        <translation>The %1 grid is now at version %2.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
</context>
<context>
    <name>Palier::GridEditorModel</name>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3</source>
        <translation>Criterion %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descriptors</translation>
    </message>
</context>
<context>
    <name>Palier::HelpBrowser</name>
    <message>
        <source>Palier User Guide</source>
        <translation>Palier User Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source># The user guide is not installed

Palier looked for it in:

%1

Reinstall Palier, or read it on the project&apos;s site.</source>
        <translation># The user guide is not installed

Palier looked for it in:

%1

Reinstall Palier, or read it on the project&apos;s site.</translation>
    </message>
</context>
<context>
    <name>Palier::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Palier::ImportFilePage</name>
    <message>
        <source>&amp;The file lists:</source>
        <translation>&amp;The file lists:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Path of a CSV or Excel file</source>
        <translation>Path of a CSV or Excel file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>A profile saved at an earlier import gives the format and the columns at once</source>
        <translation>A profile saved at an earlier import gives the format and the columns at once</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>Drop a file here</translation>
    </message>
    <message>
        <source>A FINESS extract (etalab), the SAE identity file, or any CSV or Excel list with a FINESS number per row. Rows are matched on their FINESS ET number: new establishments are added, known ones updated.</source>
        <translation>A FINESS extract (etalab), the SAE identity file, or any CSV or Excel list with a FINESS number per row. Rows are matched on their FINESS ET number: new establishments are added, known ones updated.</translation>
    </message>
    <message>
        <source>The SAE GHT file, or any list of GHT codes and names. Rows are matched on the GHT code.</source>
        <translation>The SAE GHT file, or any list of GHT codes and names. Rows are matched on the GHT code.</translation>
    </message>
    <message>
        <source>One row per establishment and domain: FINESS number, domain code, project title, requested amount… The establishments must already be in the database.</source>
        <translation>One row per establishment and domain: FINESS number, domain code, project title, requested amount… The establishments must already be in the database.</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Choose the File</translation>
    </message>
    <message>
        <source>Palier reads CSV files in any common encoding and separator, Excel workbooks (XLSX) and the FINESS extract. Nothing is written before the last page.</source>
        <translation>Palier reads CSV files in any common encoding and separator, Excel workbooks (XLSX) and the FINESS extract. Nothing is written before the last page.</translation>
    </message>
    <message>
        <source>None: detect the format and the columns</source>
        <translation>None: detect the format and the columns</translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation>Choose a File to Import</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>There is no file “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder: choose a file in it.</source>
        <translation>“%1” is a folder: choose a file in it.</translation>
    </message>
    <message>
        <source>%1
%2 kB</source>
        <translation>%1
%2 kB</translation>
    </message>
    <message>
        <source>One row per establishment and indicator of the prerequisites or domains: FINESS number, indicator code (P1.2, D2.1…), value, date and evidence. A ratio is a percentage from 0 to 100, a yes/no indicator 0 or 1. The establishments must already be in the database.</source>
        <translation>One row per establishment and indicator of the prerequisites or domains: FINESS number, indicator code (P1.2, D2.1…), value, date and evidence. A ratio is a percentage from 0 to 100, a yes/no indicator 0 or 1. The establishments must already be in the database.</translation>
    </message>
    <message>
        <source>One row per score: FINESS number and domain of the application, criterion code, evaluator name, score within the criterion&apos;s scale, comment. The applications and the evaluators must already be in the database.</source>
        <translation>One row per score: FINESS number and domain of the application, criterion code, evaluator name, score within the criterion&apos;s scale, comment. The applications and the evaluators must already be in the database.</translation>
    </message>
    <message>
        <source>One row per establishment, usage indicator of a domain and period: FINESS number, indicator code (D2.1…), period (2021, 2021-06, 2021-T2 or 2021-S1), value and declaration date, as an oSIS export gives them.</source>
        <translation>One row per establishment, usage indicator of a domain and period: FINESS number, indicator code (D2.1…), period (2021, 2021-06, 2021-T2 or 2021-S1), value and declaration date, as an oSIS export gives them.</translation>
    </message>
</context>
<context>
    <name>Palier::ImportFormatPage</name>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>The first &amp;row names the columns</source>
        <translation>The first &amp;row names the columns</translation>
    </message>
    <message>
        <source>Check How the File Reads</source>
        <translation>Check How the File Reads</translation>
    </message>
    <message>
        <source>Palier guessed how the file is written. If the rows below look wrong (odd characters, one column only), change the encoding or the separator.</source>
        <translation>Palier guessed how the file is written. If the rows below look wrong (odd characters, one column only), change the encoding or the separator.</translation>
    </message>
    <message>
        <source>Delimited text (CSV)</source>
        <translation>Delimited text (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>FINESS extract (etalab)</source>
        <translation>FINESS extract (etalab)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>No row could be read from this file.</source>
        <translation>No row could be read from this file.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) as Palier reads them; the numbers on the left are the lines of the file.</source>
        <translation>
            <numerusform>The first row as Palier reads it; the number on the left is its line in the file.</numerusform>
            <numerusform>The first %Ln rows as Palier reads them; the numbers on the left are the lines of the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Palier::ImportMappingPage</name>
    <message>
        <source>Save as a &amp;profile:</source>
        <translation>Save as a &amp;profile:</translation>
    </message>
    <message>
        <source>Name, e.g. FINESS extract</source>
        <translation>Name, e.g. FINESS extract</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>Sa&amp;ve Profile</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Match the Columns</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each value. Known column names are matched already; the values marked * are required.</source>
        <translation>Choose the column of the file that holds each value. Known column names are matched already; the values marked * are required.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (e.g. %2)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Still to choose: %1.</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Give the profile a name first.</translation>
    </message>
    <message>
        <source>Profile “%1” saved: choose it on the first page next time to skip these steps.</source>
        <translation>Profile “%1” saved: choose it on the first page next time to skip these steps.</translation>
    </message>
</context>
<context>
    <name>Palier::ImportResultPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new establishment(s) added</source>
        <translation>
            <numerusform>%Ln new establishment added</numerusform>
            <numerusform>%Ln new establishments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new GHT added</source>
        <translation>
            <numerusform>%Ln new GHT added</numerusform>
            <numerusform>%Ln new GHTs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new application(s) added</source>
        <translation>
            <numerusform>%Ln new application added</numerusform>
            <numerusform>%Ln new applications added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) updated</source>
        <translation>
            <numerusform>%Ln establishment updated</numerusform>
            <numerusform>%Ln establishments updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GHT updated</source>
        <translation>
            <numerusform>%Ln GHT updated</numerusform>
            <numerusform>%Ln GHTs updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) updated</source>
        <translation>
            <numerusform>%Ln application updated</numerusform>
            <numerusform>%Ln applications updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written in one transaction: all of them, or none if the import stops.</source>
        <translation>The rows are written in one transaction: all of them, or none if the import stops.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Written to “%1”:</source>
        <translation>Written to “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already up to date, left as they were</source>
        <translation>
            <numerusform>%Ln row already up to date, left as it was</numerusform>
            <numerusform>%Ln rows already up to date, left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) not imported</source>
        <translation>
            <numerusform>%Ln rejected row not imported</numerusform>
            <numerusform>%Ln rejected rows not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported without a value that was refused (see the warnings)</source>
        <translation>
            <numerusform>%Ln row imported without a value that was refused (see the warnings)</numerusform>
            <numerusform>%Ln rows imported without a value that was refused (see the warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>The database is as it was before.</source>
        <translation>The database is as it was before.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The import was stopped before the end, and everything it had written was undone.</source>
        <translation>The import was stopped before the end, and everything it had written was undone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected, and importing the valid rows only was not chosen.</source>
        <translation>
            <numerusform>%Ln row was rejected, and importing the valid rows only was not chosen.</numerusform>
            <numerusform>%Ln rows were rejected, and importing the valid rows only was not chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row needed to be written.</source>
        <translation>No row needed to be written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new indicator value(s) added</source>
        <translation>
            <numerusform>%Ln new indicator value added</numerusform>
            <numerusform>%Ln new indicator values added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new score(s) added</source>
        <translation>
            <numerusform>%Ln new score added</numerusform>
            <numerusform>%Ln new scores added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator value(s) updated</source>
        <translation>
            <numerusform>%Ln indicator value updated</numerusform>
            <numerusform>%Ln indicator values updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) updated</source>
        <translation>
            <numerusform>%Ln score updated</numerusform>
            <numerusform>%Ln scores updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new declaration(s) added</source>
        <translation>
            <numerusform>%Ln new declaration added</numerusform>
            <numerusform>%Ln new declarations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declaration(s) updated</source>
        <translation>
            <numerusform>%Ln declaration updated</numerusform>
            <numerusform>%Ln declarations updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ImportSession</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 rejected</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation>indicator values</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <source>usage declarations</source>
        <translation>usage declarations</translation>
    </message>
</context>
<context>
    <name>Palier::ImportValidationPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave the rejected ones out</source>
        <translation>Import the &amp;valid rows and leave the rejected ones out</translation>
    </message>
    <message>
        <source>Check the Rows</source>
        <translation>Check the Rows</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would, without writing anything.</source>
        <translation>Every row is read and checked as the import would, without writing anything.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Reading and checking every row of “%1”…</source>
        <translation>Reading and checking every row of “%1”…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>The check was stopped. Nothing was written.</translation>
    </message>
    <message>
        <source>The file could not be checked. Nothing was written.</source>
        <translation>The file could not be checked. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read, %1 with a warning.</source>
        <translation>
            <numerusform>%Ln row read, %1 with a warning.</numerusform>
            <numerusform>%Ln rows read, %1 with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Updates (%1)</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rejected rows in the file, then start again.</source>
        <translation>No row can be imported: correct the rejected rows in the file, then start again.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds every valid row as it is.</source>
        <translation>Nothing to import: the database already holds every valid row as it is.</translation>
    </message>
    <message>
        <source>Some rows were rejected: correct the file and check it again, or import the valid rows only.</source>
        <translation>Some rows were rejected: correct the file and check it again, or import the valid rows only.</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is written until you choose Import.</source>
        <translation>Every row can be imported. Nothing is written until you choose Import.</translation>
    </message>
</context>
<context>
    <name>Palier::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Palier::Importer</name>
    <message>
        <source>Cannot read the applications already in the database.</source>
        <translation>Cannot read the applications already in the database.</translation>
    </message>
    <message>
        <source>The domain is missing. Write its code: %1.</source>
        <translation>The domain is missing. Write its code: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign&apos;s programme. Write one of %2.</source>
        <translation>“%1” is not a domain of this campaign&apos;s programme. Write one of %2.</translation>
    </message>
    <message>
        <source>The requested amount is missing. Write it in euros, e.g. 250000 or 250 000,00.</source>
        <translation>The requested amount is missing. Write it in euros, e.g. 250000 or 250 000,00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write the amount in euros with digits, e.g. 250000 or 250 000,50.</source>
        <translation>“%1” is not an amount. Write the amount in euros with digits, e.g. 250000 or 250 000,50.</translation>
    </message>
    <message>
        <source>The requested amount %1 is negative. Write the amount requested, 0 or more.</source>
        <translation>The requested amount %1 is negative. Write the amount requested, 0 or more.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals. Write euros and cents, e.g. 1 234,50.</source>
        <translation>“%1” has more than two decimals. Write euros and cents, e.g. 1 234,50.</translation>
    </message>
    <message>
        <source>“%1” can be read as thousands or as decimals. Write 250000 or 250 000 for thousands, 250,00 for decimals.</source>
        <translation>“%1” can be read as thousands or as decimals. Write 250000 or 250 000 for thousands, 250,00 for decimals.</translation>
    </message>
    <message>
        <source>“%1” is more than a billion euros. Check the amount: it must be in euros, not cents.</source>
        <translation>“%1” is more than a billion euros. Check the amount: it must be in euros, not cents.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.</source>
        <translation>“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.</translation>
    </message>
    <message>
        <source>No establishment has FINESS number %1 in this database. Import the registry (FINESS or SAE file) first, or check the number.</source>
        <translation>No establishment has FINESS number %1 in this database. Import the registry (FINESS or SAE file) first, or check the number.</translation>
    </message>
    <message>
        <source>The project title is missing. Fill it in: an application cannot be recorded without one.</source>
        <translation>The project title is missing. Fill it in: an application cannot be recorded without one.</translation>
    </message>
    <message>
        <source>The planned end %1 is before the planned start %2. Check both dates.</source>
        <translation>The planned end %1 is before the planned start %2. Check both dates.</translation>
    </message>
    <message>
        <source>“%1” is not a state of an application (Reçu, Recevable, Irrecevable, En instruction, Instruit). The state was not imported.</source>
        <translation>“%1” is not a state of an application (Reçu, Recevable, Irrecevable, En instruction, Instruit). The state was not imported.</translation>
    </message>
    <message>
        <source>The application %1</source>
        <translation>The application %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the applications.</source>
        <translation>Cannot prepare the import of the applications.</translation>
    </message>
    <message>
        <source>Cannot record the application %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record the application %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>Cannot read the establishments already in the database.</source>
        <translation>Cannot read the establishments already in the database.</translation>
    </message>
    <message>
        <source>FINESS number %1</source>
        <translation>FINESS number %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the establishments.</source>
        <translation>Cannot prepare the import of the establishments.</translation>
    </message>
    <message>
        <source>Cannot record establishment %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record establishment %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>“%1” is not a FINESS category: a category is a 3-digit code such as 355 (centre hospitalier). The category was not imported.</source>
        <translation>“%1” is not a FINESS category: a category is a 3-digit code such as 355 (centre hospitalier). The category was not imported.</translation>
    </message>
    <message>
        <source>“%1” is not a department code. The department is taken from the FINESS number.</source>
        <translation>“%1” is not a department code. The department is taken from the FINESS number.</translation>
    </message>
    <message>
        <source>The department %1 does not match FINESS number %2, which belongs to department %3. Palier keeps %3: check the number and the department.</source>
        <translation>The department %1 does not match FINESS number %2, which belongs to department %3. Palier keeps %3: check the number and the department.</translation>
    </message>
    <message>
        <source>“%1” is not a region. Write its INSEE code, e.g. 84, or its name; the region is taken from the department anyway.</source>
        <translation>“%1” is not a region. Write its INSEE code, e.g. 84, or its name; the region is taken from the department anyway.</translation>
    </message>
    <message>
        <source>The region %1 does not match department %2, which is in region %3. Palier keeps region %3: check the file.</source>
        <translation>The region %1 does not match department %2, which is in region %3. Palier keeps region %3: check the file.</translation>
    </message>
    <message>
        <source>“%1” does not start with a 5-digit postal code. The postal code and town were not taken from it.</source>
        <translation>“%1” does not start with a 5-digit postal code. The postal code and town were not taken from it.</translation>
    </message>
    <message>
        <source>“%1” is not a postal code (5 digits). The postal code was not imported.</source>
        <translation>“%1” is not a postal code (5 digits). The postal code was not imported.</translation>
    </message>
    <message>
        <source>Postal code %1 has 4 digits: a spreadsheet probably dropped its leading zero. It was recorded as %2; format the column as text next time.</source>
        <translation>Postal code %1 has 4 digits: a spreadsheet probably dropped its leading zero. It was recorded as %2; format the column as text next time.</translation>
    </message>
    <message>
        <source>“%1” is not a legal status. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC, or the SAE codes 1, 2 or 3.</source>
        <translation>“%1” is not a legal status. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC, or the SAE codes 1, 2 or 3.</translation>
    </message>
    <message>
        <source>The status already recorded was kept.</source>
        <translation>The status already recorded was kept.</translation>
    </message>
    <message>
        <source>The legal status of this new establishment is missing. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC.</source>
        <translation>The legal status of this new establishment is missing. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC.</translation>
    </message>
    <message>
        <source>The file gives no legal status, and the FINESS category and public hospital service code of %1 do not tell it (they only identify public hospitals and ESPIC). Import the SAE identity file or a list with a status column first: this file then updates the establishment.</source>
        <translation>The file gives no legal status, and the FINESS category and public hospital service code of %1 do not tell it (they only identify public hospitals and ESPIC). Import the SAE identity file or a list with a status column first: this file then updates the establishment.</translation>
    </message>
    <message>
        <source>The name of the establishment is missing. Fill it in: an establishment cannot be recorded without one.</source>
        <translation>The name of the establishment is missing. Fill it in: an establishment cannot be recorded without one.</translation>
    </message>
    <message>
        <source>The legal entity number was not imported.</source>
        <translation>The legal entity number was not imported.</translation>
    </message>
    <message>
        <source>FINESS number %1 does not start with the code of a department Palier knows. The establishment was imported without a department.</source>
        <translation>FINESS number %1 does not start with the code of a department Palier knows. The establishment was imported without a department.</translation>
    </message>
    <message>
        <source>The SIRET was not imported.</source>
        <translation>The SIRET was not imported.</translation>
    </message>
    <message>
        <source>“%1” is not a GHT code (5 digits, e.g. 84101). The GHT was not imported.</source>
        <translation>“%1” is not a GHT code (5 digits, e.g. 84101). The GHT was not imported.</translation>
    </message>
    <message>
        <source>GHT %1 is not in this database. Import the GHT list first; the establishment was imported without its GHT.</source>
        <translation>GHT %1 is not in this database. Import the GHT list first; the establishment was imported without its GHT.</translation>
    </message>
    <message>
        <source>Cannot read the GHTs already in the database.</source>
        <translation>Cannot read the GHTs already in the database.</translation>
    </message>
    <message>
        <source>The GHT code is missing. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation>The GHT code is missing. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</translation>
    </message>
    <message>
        <source>“%1” is not a GHT code. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation>“%1” is not a GHT code. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</translation>
    </message>
    <message>
        <source>GHT code %1 does not start with the code of a region (its first two digits are the INSEE region code). Check the code.</source>
        <translation>GHT code %1 does not start with the code of a region (its first two digits are the INSEE region code). Check the code.</translation>
    </message>
    <message>
        <source>The name of the GHT is missing. Fill it in: a GHT cannot be recorded without one.</source>
        <translation>The name of the GHT is missing. Fill it in: a GHT cannot be recorded without one.</translation>
    </message>
    <message>
        <source>The region %1 does not match GHT code %2, whose first two digits say region %3. Palier keeps region %3: check the file.</source>
        <translation>The region %1 does not match GHT code %2, whose first two digits say region %3. Palier keeps region %3: check the file.</translation>
    </message>
    <message>
        <source>GHT %1</source>
        <translation>GHT %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the GHTs.</source>
        <translation>Cannot prepare the import of the GHTs.</translation>
    </message>
    <message>
        <source>Cannot record GHT %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record GHT %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3: a line break or a separator inside an unquoted value may have split or merged records. Check this line and the next in the file.</source>
        <translation>Line %1 has %2 fields where the header has %3: a line break or a separator inside an unquoted value may have split or merged records. Check this line and the next in the file.</translation>
    </message>
    <message>
        <source>No column is chosen for %1. Choose the columns of these fields in the mapping (or a profile that has them); without them no row can be imported.</source>
        <translation>No column is chosen for %1. Choose the columns of these fields in the mapping (or a profile that has them); without them no row can be imported.</translation>
    </message>
    <message>
        <source>FINESS number (site)</source>
        <translation>FINESS number (site)</translation>
    </message>
    <message>
        <source>FINESS number (legal entity)</source>
        <translation>FINESS number (legal entity)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation>FINESS category</translation>
    </message>
    <message>
        <source>Category label</source>
        <translation>Category label</translation>
    </message>
    <message>
        <source>Department (checked against the FINESS number)</source>
        <translation>Department (checked against the FINESS number)</translation>
    </message>
    <message>
        <source>Region (checked against the department)</source>
        <translation>Region (checked against the department)</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Street number</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Street type</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Street complement</source>
        <translation>Street complement</translation>
    </message>
    <message>
        <source>Locality or PO box</source>
        <translation>Locality or PO box</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Postal code and town (one line)</source>
        <translation>Postal code and town (one line)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>GHT code</source>
        <translation>GHT code</translation>
    </message>
    <message>
        <source>Public hospital service code (FINESS)</source>
        <translation>Public hospital service code (FINESS)</translation>
    </message>
    <message>
        <source>Public hospital service label (FINESS)</source>
        <translation>Public hospital service label (FINESS)</translation>
    </message>
    <message>
        <source>Tariff mode label (FINESS)</source>
        <translation>Tariff mode label (FINESS)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Region (checked against the code)</source>
        <translation>Region (checked against the code)</translation>
    </message>
    <message>
        <source>FINESS number of the establishment</source>
        <translation>FINESS number of the establishment</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Requested amount (euros)</source>
        <translation>Requested amount (euros)</translation>
    </message>
    <message>
        <source>Vendor or solution</source>
        <translation>Vendor or solution</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The import profile “%1” cannot be read: it was damaged or written by a newer Palier. Save it again from the import.</source>
        <translation>The import profile “%1” cannot be read: it was damaged or written by a newer Palier. Save it again from the import.</translation>
    </message>
    <message>
        <source>An import profile needs a name, e.g. “FINESS extract”.</source>
        <translation>An import profile needs a name, e.g. “FINESS extract”.</translation>
    </message>
    <message>
        <source>Cannot save the import profile “%1”. Check that the database is writable.</source>
        <translation>Cannot save the import profile “%1”. Check that the database is writable.</translation>
    </message>
    <message>
        <source>Cannot read the import profiles of the database.</source>
        <translation>Cannot read the import profiles of the database.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”: this database has none yet. Save one from the import wizard.</source>
        <translation>There is no import profile “%1”: this database has none yet. Save one from the import wizard.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”. The profiles of this database are %2.</source>
        <translation>There is no import profile “%1”. The profiles of this database are %2.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 appears on lines %2 and %3, but may appear only once in a file. Remove or merge the repeated lines: none of them was imported.</source>
        <translation>%1 appears on lines %2 and %3, but may appear only once in a file. Remove or merge the repeated lines: none of them was imported.</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation>Criterion code</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cannot read the indicator values already in the database.</source>
        <translation>Cannot read the indicator values already in the database.</translation>
    </message>
    <message>
        <source>The indicator code is missing. Write the code of an indicator of the programme, e.g. %1.</source>
        <translation>The indicator code is missing. Write the code of an indicator of the programme, e.g. %1.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of this campaign&apos;s programme. Write one of %2.</source>
        <translation>“%1” is not an indicator of this campaign&apos;s programme. Write one of %2.</translation>
    </message>
    <message>
        <source>The value is missing. Write the measured value of the indicator.</source>
        <translation>The value is missing. Write the measured value of the indicator.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or 1 for a yes/no indicator).</source>
        <translation>“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or 1 for a yes/no indicator).</translation>
    </message>
    <message>
        <source>%1 is not a percentage: indicator %2 is a ratio, from 0 to 100. Write 85 for 85 %.</source>
        <translation>%1 is not a percentage: indicator %2 is a ratio, from 0 to 100. Write 85 for 85 %.</translation>
    </message>
    <message>
        <source>%1 is not a yes/no value: indicator %2 takes 0 (no) or 1 (yes).</source>
        <translation>%1 is not a yes/no value: indicator %2 takes 0 (no) or 1 (yes).</translation>
    </message>
    <message>
        <source>%1 is not a count: indicator %2 takes a whole number, 0 or more.</source>
        <translation>%1 is not a count: indicator %2 takes a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>The value of %1</translation>
    </message>
    <message>
        <source>Cannot record the value %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record the value %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>Cannot read the scores already in the database.</source>
        <translation>Cannot read the scores already in the database.</translation>
    </message>
    <message>
        <source>The criterion is missing. Write the code of a criterion of the domain&apos;s scoring grid.</source>
        <translation>The criterion is missing. Write the code of a criterion of the domain&apos;s scoring grid.</translation>
    </message>
    <message>
        <source>Domain %1 has no scoring grid yet. Create its grid before importing its scores.</source>
        <translation>Domain %1 has no scoring grid yet. Create its grid before importing its scores.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</translation>
    </message>
    <message>
        <source>The score is missing. Write a whole number within the criterion&apos;s scale.</source>
        <translation>The score is missing. Write a whole number within the criterion&apos;s scale.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number. A score is a whole number within the criterion&apos;s scale, e.g. 3.</source>
        <translation>“%1” is not a whole number. A score is a whole number within the criterion&apos;s scale, e.g. 3.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): write a whole number from %4 to %5.</source>
        <translation>%1 is outside the scale of criterion %2 (%3): write a whole number from %4 to %5.</translation>
    </message>
    <message>
        <source>Establishment %1 has no application in domain %2. Import the applications first, or check the FINESS number and the domain.</source>
        <translation>Establishment %1 has no application in domain %2. Import the applications first, or check the FINESS number and the domain.</translation>
    </message>
    <message>
        <source>The evaluator is missing. Write the name of an evaluator of this database.</source>
        <translation>The evaluator is missing. Write the name of an evaluator of this database.</translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database, which has none yet. Add the evaluators first (score sheet of the instruction page).</source>
        <translation>“%1” is not an evaluator of this database, which has none yet. Add the evaluators first (score sheet of the instruction page).</translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database. Write one of %2, or add the evaluator first (score sheet of the instruction page).</source>
        <translation>“%1” is not an evaluator of this database. Write one of %2, or add the evaluator first (score sheet of the instruction page).</translation>
    </message>
    <message>
        <source>The score %1</source>
        <translation>The score %1</translation>
    </message>
    <message>
        <source>Cannot record the score %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record the score %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>The database refused the import. Nothing was imported: the database is as it was before.</source>
        <translation>The database refused the import. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>Cannot read the indicator declarations already in the database.</source>
        <translation>Cannot read the indicator declarations already in the database.</translation>
    </message>
    <message>
        <source>The indicator code is missing. Write the code of a usage indicator of the programme, e.g. %1.</source>
        <translation>The indicator code is missing. Write the code of a usage indicator of the programme, e.g. %1.</translation>
    </message>
    <message>
        <source>%1 is not a usage indicator of a domain: only those are declared per period (the prerequisites and organisation indicators are imported as indicator values). Write one of %2.</source>
        <translation>%1 is not a usage indicator of a domain: only those are declared per period (the prerequisites and organisation indicators are imported as indicator values). Write one of %2.</translation>
    </message>
    <message>
        <source>The period is missing. Write 2021, 2021-06, 2021-T2 or 2021-S1.</source>
        <translation>The period is missing. Write 2021, 2021-06, 2021-T2 or 2021-S1.</translation>
    </message>
    <message>
        <source>“%1” is not a period. Write a year (2021), a month (2021-06), a quarter (2021-T2) or a half-year (2021-S1).</source>
        <translation>“%1” is not a period. Write a year (2021), a month (2021-06), a quarter (2021-T2) or a half-year (2021-S1).</translation>
    </message>
    <message>
        <source>The value is missing. Write the value declared for the period.</source>
        <translation>The value is missing. Write the value declared for the period.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 30/06/2021 or 2021-06-30.</source>
        <translation>“%1” is not a date. Write it as 30/06/2021 or 2021-06-30.</translation>
    </message>
    <message>
        <source>The declaration %1</source>
        <translation>The declaration %1</translation>
    </message>
    <message>
        <source>Cannot record the declaration %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Cannot record the declaration %1 of line %2. Nothing was imported: the database is as it was before.</translation>
    </message>
    <message>
        <source>Period (2021, 2021-06, 2021-T2, 2021-S1)</source>
        <translation>Period (2021, 2021-06, 2021-T2, 2021-S1)</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>“%1” is too long for a size class (at most %2 characters, such as S1 or petit, as in the forfait grid). The size class was not imported.</source>
        <translation>“%1” is too long for a size class (at most %2 characters, such as S1 or petit, as in the forfait grid). The size class was not imported.</translation>
    </message>
    <message>
        <source>Size class (forfait grid)</source>
        <translation>Size class (forfait grid)</translation>
    </message>
</context>
<context>
    <name>Palier::InstructionDetail</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>S&amp;core</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>&amp;Prerequisites</source>
        <translation>&amp;Prerequisites</translation>
    </message>
</context>
<context>
    <name>Palier::InstructionPage</name>
    <message>
        <source>Change &amp;State…</source>
        <translation>Change &amp;State…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Labels…</translation>
    </message>
    <message>
        <source>Moves the selected files to another state</source>
        <translation>Moves the selected files to another state</translation>
    </message>
    <message>
        <source>Puts labels on the selected files or takes them off</source>
        <translation>Puts labels on the selected files or takes them off</translation>
    </message>
    <message>
        <source>Shows only the files in this state</source>
        <translation>Shows only the files in this state</translation>
    </message>
    <message>
        <source>The establishment is eligible for payment.</source>
        <translation>The establishment is eligible for payment.</translation>
    </message>
    <message>
        <source>The establishment is not eligible for payment yet.</source>
        <translation>The establishment is not eligible for payment yet.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Score S&amp;heet…</source>
        <translation>Score S&amp;heet…</translation>
    </message>
    <message>
        <source>Scores the files of a domain, criterion by criterion</source>
        <translation>Scores the files of a domain, criterion by criterion</translation>
    </message>
    <message>
        <source>&amp;What-If…</source>
        <translation>&amp;What-If…</translation>
    </message>
    <message>
        <source>Scoring &amp;Grid…</source>
        <translation>Scoring &amp;Grid…</translation>
    </message>
    <message>
        <source>Tries other weights and consensus settings on a domain&apos;s ranking</source>
        <translation>Tries other weights and consensus settings on a domain&apos;s ranking</translation>
    </message>
    <message>
        <source>Edits the criteria, weights and scales of a domain&apos;s scoring grid</source>
        <translation>Edits the criteria, weights and scales of a domain&apos;s scoring grid</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
</context>
<context>
    <name>Palier::IssueTableModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Palier::Labels</name>
    <message>
        <source>A label needs a name.</source>
        <translation>A label needs a name.</translation>
    </message>
    <message>
        <source>The label name “%1” is too long: keep it to %2 characters.</source>
        <translation>The label name “%1” is too long: keep it to %2 characters.</translation>
    </message>
    <message>
        <source>A label named “%1” already exists. Choose another name.</source>
        <translation>A label named “%1” already exists. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it #RRGGBB in hexadecimal, e.g. #2980B9.</source>
        <translation>“%1” is not a colour: write it #RRGGBB in hexadecimal, e.g. #2980B9.</translation>
    </message>
    <message>
        <source>The label %1 no longer exists; it may have been deleted.</source>
        <translation>The label %1 no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Cannot read the labels.</source>
        <translation>Cannot read the labels.</translation>
    </message>
    <message>
        <source>Cannot change the labels of the file %1.</source>
        <translation>Cannot change the labels of the file %1.</translation>
    </message>
    <message>
        <source>Cannot create the label “%1”.</source>
        <translation>Cannot create the label “%1”.</translation>
    </message>
    <message>
        <source>Cannot rename the label “%1”.</source>
        <translation>Cannot rename the label “%1”.</translation>
    </message>
    <message>
        <source>Cannot change the colour of the label.</source>
        <translation>Cannot change the colour of the label.</translation>
    </message>
    <message>
        <source>Cannot delete the label.</source>
        <translation>Cannot delete the label.</translation>
    </message>
    <message>
        <source>Cannot read the labels of the file %1.</source>
        <translation>Cannot read the labels of the file %1.</translation>
    </message>
</context>
<context>
    <name>Palier::LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>New label…</translation>
    </message>
    <message>
        <source>The colour of the new label</source>
        <translation>The colour of the new label</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message numerus="yes">
        <source>Labels of the %Ln file(s) selected:</source>
        <translation>
            <numerusform>Labels of the file selected:</numerusform>
            <numerusform>Labels of the %Ln files selected:</numerusform>
        </translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Label Colour</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Renames the current label on every file that carries it</source>
        <translation>Renames the current label on every file that carries it</translation>
    </message>
    <message>
        <source>Recolo&amp;ur…</source>
        <translation>Recolo&amp;ur…</translation>
    </message>
    <message>
        <source>Gives the current label another colour</source>
        <translation>Gives the current label another colour</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Deletes the current label and takes it off every file</source>
        <translation>Deletes the current label and takes it off every file</translation>
    </message>
    <message>
        <source>Delete the label “%1”? No file carries it.</source>
        <translation>Delete the label “%1”? No file carries it.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “%1”? It is taken off the %Ln file(s) that carry it.</source>
        <translation>
            <numerusform>Delete the label “%1”? It is taken off the %Ln file that carries it.</numerusform>
            <numerusform>Delete the label “%1”? It is taken off the %Ln files that carry it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the Label</source>
        <translation>Delete the Label</translation>
    </message>
    <message>
        <source>Rename the Label</source>
        <translation>Rename the Label</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>New name of “%1”:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Colour of “%1”</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>New label</translation>
    </message>
    <message>
        <source>Someone else deleted this label meanwhile.</source>
        <translation>Someone else deleted this label meanwhile.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Label “%1”</translation>
    </message>
</context>
<context>
    <name>Palier::LetterBatch</name>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation>The letters already generated could not be read.</translation>
    </message>
    <message>
        <source>The template “%1” (version %2) cannot be used. %3</source>
        <translation>The template “%1” (version %2) cannot be used. %3</translation>
    </message>
    <message>
        <source>This establishment has no decided file: there is no letter to show.</source>
        <translation>This establishment has no decided file: there is no letter to show.</translation>
    </message>
    <message>
        <source>The letters generated could not be recorded.</source>
        <translation>The letters generated could not be recorded.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>The folder “%1” could not be created.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterData</name>
    <message>
        <source>The amounts of the sealed preselection could not be read.</source>
        <translation>The amounts of the sealed preselection could not be read.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>The campaign could not be read.</translation>
    </message>
    <message>
        <source>This database holds no campaign: create one before writing letters.</source>
        <translation>This database holds no campaign: create one before writing letters.</translation>
    </message>
    <message>
        <source>The usage indicators could not be read.</source>
        <translation>The usage indicators could not be read.</translation>
    </message>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation>The letters already generated could not be read.</translation>
    </message>
    <message>
        <source>file %1 (%2) is selected but has no amount in the sealed preselection</source>
        <translation>file %1 (%2) is selected but has no amount in the sealed preselection</translation>
    </message>
    <message>
        <source>awaiting DGOS validation (%1)</source>
        <translation>awaiting DGOS validation (%1)</translation>
    </message>
    <message>
        <source>no signatory is set for the letters</source>
        <translation>no signatory is set for the letters</translation>
    </message>
    <message>
        <source>The letter settings could not be read.</source>
        <translation>The letter settings could not be read.</translation>
    </message>
    <message>
        <source>The letter settings could not be saved.</source>
        <translation>The letter settings could not be saved.</translation>
    </message>
    <message>
        <source>The decisions on the files could not be read.</source>
        <translation>The decisions on the files could not be read.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterDocument</name>
    <message>
        <source>The letter “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation>The letter “%1” could not be written: check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>The combined PDF “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation>The combined PDF “%1” could not be written: check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <source>Cancelled: the combined PDF was not written.</source>
        <translation>Cancelled: the combined PDF was not written.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterGenerationTask</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>The folder “%1” could not be created.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterListModel</name>
    <message numerus="yes">
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln letter</numerusform>
            <numerusform>%Ln letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln letter(s)</source>
        <translation>
            <numerusform>%1 of %Ln letter</numerusform>
            <numerusform>%1 of %Ln letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Not ready: %1</translation>
    </message>
    <message>
        <source>Sent on %1 (version %2)</source>
        <translation>Sent on %1 (version %2)</translation>
    </message>
    <message>
        <source>Generated on %1 (version %2), not sent</source>
        <translation>Generated on %1 (version %2), not sent</translation>
    </message>
    <message>
        <source>To generate</source>
        <translation>To generate</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>not selected</translation>
    </message>
    <message>
        <source>awaiting DGOS</source>
        <translation>awaiting DGOS</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Palier::LetterPrintTask</name>
    <message>
        <source>The printer refused the letters: check that it is ready, then print again.</source>
        <translation>The printer refused the letters: check that it is ready, then print again.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterStore</name>
    <message>
        <source>The letters of the establishment could not be read.</source>
        <translation>The letters of the establishment could not be read.</translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation>The letters could not be read.</translation>
    </message>
    <message>
        <source>The sending could not be recorded.</source>
        <translation>The sending could not be recorded.</translation>
    </message>
    <message numerus="yes">
        <source>No letter was generated yet for %Ln establishment(s): generate them before confirming the sending.</source>
        <translation>
            <numerusform>No letter was generated yet for %Ln establishment: generate it before confirming the sending.</numerusform>
            <numerusform>No letter was generated yet for %Ln establishments: generate them before confirming the sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplateDialog</name>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>%1 (inside %2)</source>
        <translation>%1 (inside %2)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Save as New Version</translation>
    </message>
    <message>
        <source>Letter Templates</source>
        <translation>Letter Templates</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it at the cursor</source>
        <translation>Double-click a placeholder to insert it at the cursor</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <source>Template shipped with Palier</source>
        <translation>Template shipped with Palier</translation>
    </message>
    <message>
        <source>Version %1, saved on %2 by %3</source>
        <translation>Version %1, saved on %2 by %3</translation>
    </message>
    <message>
        <source>No establishment of the campaign gets this letter: the preview is empty.</source>
        <translation>No establishment of the campaign gets this letter: the preview is empty.</translation>
    </message>
    <message>
        <source>Preview with the data of %1.</source>
        <translation>Preview with the data of %1.</translation>
    </message>
    <message>
        <source>Saved as version %1: the next letters use it.</source>
        <translation>Saved as version %1: the next letters use it.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplates</name>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Name of the establishment</source>
        <translation>Name of the establishment</translation>
    </message>
    <message>
        <source>FINESS number (9 characters, leading zero kept)</source>
        <translation>FINESS number (9 characters, leading zero kept)</translation>
    </message>
    <message>
        <source>FINESS number of the legal entity</source>
        <translation>FINESS number of the legal entity</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Reference number of the letter</source>
        <translation>Reference number of the letter</translation>
    </message>
    <message>
        <source>Date of the letter, in words</source>
        <translation>Date of the letter, in words</translation>
    </message>
    <message>
        <source>Name of the ARS</source>
        <translation>Name of the ARS</translation>
    </message>
    <message>
        <source>Town where the letter is signed</source>
        <translation>Town where the letter is signed</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Title of the signatory</translation>
    </message>
    <message>
        <source>Lines of the ARS address</source>
        <translation>Lines of the ARS address</translation>
    </message>
    <message>
        <source>One line of the address</source>
        <translation>One line of the address</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Name of the programme</translation>
    </message>
    <message>
        <source>Total amount granted</source>
        <translation>Total amount granted</translation>
    </message>
    <message>
        <source>Start-up part (amorçage) of the amount</source>
        <translation>Start-up part (amorçage) of the amount</translation>
    </message>
    <message>
        <source>Usage part of the amount</source>
        <translation>Usage part of the amount</translation>
    </message>
    <message>
        <source>Start-up share, e.g. 20 %</source>
        <translation>Start-up share, e.g. 20 %</translation>
    </message>
    <message>
        <source>Usage share, e.g. 80 %</source>
        <translation>Usage share, e.g. 80 %</translation>
    </message>
    <message>
        <source>Deadline for the usage targets</source>
        <translation>Deadline for the usage targets</translation>
    </message>
    <message>
        <source>Every file of the establishment (table rows)</source>
        <translation>Every file of the establishment (table rows)</translation>
    </message>
    <message>
        <source>Files selected</source>
        <translation>Files selected</translation>
    </message>
    <message>
        <source>Files on the waiting list</source>
        <translation>Files on the waiting list</translation>
    </message>
    <message>
        <source>Files not selected</source>
        <translation>Files not selected</translation>
    </message>
    <message>
        <source>Yes when some files are on the waiting list</source>
        <translation>Yes when some files are on the waiting list</translation>
    </message>
    <message>
        <source>Yes when some files are not selected</source>
        <translation>Yes when some files are not selected</translation>
    </message>
    <message>
        <source>Domain code, e.g. D2</source>
        <translation>Domain code, e.g. D2</translation>
    </message>
    <message>
        <source>Domain label</source>
        <translation>Domain label</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Title of the project</translation>
    </message>
    <message>
        <source>Decision in words</source>
        <translation>Decision in words</translation>
    </message>
    <message>
        <source>Amount granted for the file</source>
        <translation>Amount granted for the file</translation>
    </message>
    <message>
        <source>Reason recorded at instruction</source>
        <translation>Reason recorded at instruction</translation>
    </message>
    <message>
        <source>Yes when prerequisites are still to reach</source>
        <translation>Yes when prerequisites are still to reach</translation>
    </message>
    <message>
        <source>Prerequisites still to reach</source>
        <translation>Prerequisites still to reach</translation>
    </message>
    <message>
        <source>Usage targets of the domains selected</source>
        <translation>Usage targets of the domains selected</translation>
    </message>
    <message>
        <source>Yes when there are usage targets</source>
        <translation>Yes when there are usage targets</translation>
    </message>
    <message>
        <source>Code of a prerequisite or indicator</source>
        <translation>Code of a prerequisite or indicator</translation>
    </message>
    <message>
        <source>Label of a prerequisite or indicator</source>
        <translation>Label of a prerequisite or indicator</translation>
    </message>
    <message>
        <source>Target of a usage indicator</source>
        <translation>Target of a usage indicator</translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is opened but never closed: add {{/%2}}.</source>
        <translation>Line %1: the section “%2” is opened but never closed: add {{/%2}}.</translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is closed but was never opened.</source>
        <translation>Line %1: the section “%2” is closed but was never opened.</translation>
    </message>
    <message>
        <source>Line %1: a tag is not closed: “{{” needs its “}}”.</source>
        <translation>Line %1: a tag is not closed: “{{” needs its “}}”.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a placeholder Palier knows. Pick one from the list beside the editor.</source>
        <translation>Line %1: “%2” is not a placeholder Palier knows. Pick one from the list beside the editor.</translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation>The letter templates could not be read.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>The template could not be saved.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterheadDialog</name>
    <message>
        <source>The day the letters are generated</source>
        <translation>The day the letters are generated</translation>
    </message>
    <message>
        <source>31 December of the campaign’s last year</source>
        <translation>31 December of the campaign’s last year</translation>
    </message>
    <message>
        <source>Letterhead and Signature</source>
        <translation>Letterhead and Signature</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>Signed &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <source>&amp;Title of the signatory:</source>
        <translation>&amp;Title of the signatory:</translation>
    </message>
    <message>
        <source>&amp;Notification date:</source>
        <translation>&amp;Notification date:</translation>
    </message>
    <message>
        <source>&amp;Usage targets due:</source>
        <translation>&amp;Usage targets due:</translation>
    </message>
    <message>
        <source>Name the signatory: a letter without one is not generated.</source>
        <translation>Name the signatory: a letter without one is not generated.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Notification date</translation>
    </message>
    <message>
        <source>Usage targets due</source>
        <translation>Usage targets due</translation>
    </message>
</context>
<context>
    <name>Palier::LettersPage</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Generate Letters…</source>
        <translation>&amp;Generate Letters…</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected…</source>
        <translation>&amp;Regenerate Selected…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Confirm &amp;Sending</source>
        <translation>Confirm &amp;Sending</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <source>Edits the wording of the letters; a saved template becomes a new version</source>
        <translation>Edits the wording of the letters; a saved template becomes a new version</translation>
    </message>
    <message>
        <source>Records that the selected letters were sent: their selected files become notified</source>
        <translation>Records that the selected letters were sent: their selected files become notified</translation>
    </message>
    <message>
        <source>Prints the selected letters, or every letter not sent yet</source>
        <translation>Prints the selected letters, or every letter not sent yet</translation>
    </message>
    <message>
        <source>Writes the selected letters again, as new versions</source>
        <translation>Writes the selected letters again, as new versions</translation>
    </message>
    <message>
        <source>Writes one PDF per establishment for every letter not sent yet</source>
        <translation>Writes one PDF per establishment for every letter not sent yet</translation>
    </message>
    <message>
        <source>Shows the current letter as it will be printed</source>
        <translation>Shows the current letter as it will be printed</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Letter to %1</translation>
    </message>
    <message>
        <source>Every letter ready was already sent. Select letters and regenerate them to write new versions.</source>
        <translation>Every letter ready was already sent. Select letters and regenerate them to write new versions.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Writing the letters…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled: no letter was written or recorded.</source>
        <translation>Cancelled: no letter was written or recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written; %1 skipped: see their status.</source>
        <translation>
            <numerusform>%Ln letter written; %1 skipped: see their status.</numerusform>
            <numerusform>%Ln letters written; %1 skipped: see their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded.</source>
        <translation>
            <numerusform>%Ln letter written and recorded.</numerusform>
            <numerusform>%Ln letters written and recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Sending</source>
        <translation>Confirm Sending</translation>
    </message>
    <message numerus="yes">
        <source>Record that the letters of %Ln establishment(s) were sent? Their selected files move to Notified.</source>
        <translation>
            <numerusform>Record that the letters of %Ln establishment were sent? Their selected files move to Notified.</numerusform>
            <numerusform>Record that the letters of %Ln establishments were sent? Their selected files move to Notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) recorded as sent; %1 file(s) notified.</source>
        <translation>
            <numerusform>%Ln letter recorded as sent; %1 file(s) notified.</numerusform>
            <numerusform>%Ln letters recorded as sent; %1 file(s) notified.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Letterhead…</translation>
    </message>
    <message>
        <source>The agency’s address, the signatory and the dates every letter shares</source>
        <translation>The agency’s address, the signatory and the dates every letter shares</translation>
    </message>
    <message>
        <source>None of these letters can be printed: see their status.</source>
        <translation>None of these letters can be printed: see their status.</translation>
    </message>
    <message>
        <source>Printing the letters…</source>
        <translation>Printing the letters…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) cannot be printed (incomplete data): see their status.</source>
        <translation>
            <numerusform>%Ln letter cannot be printed (incomplete data): see its status.</numerusform>
            <numerusform>%Ln letters cannot be printed (incomplete data): see their status.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) sent to the printer (%1 pages).</source>
        <translation>
            <numerusform>%Ln letter sent to the printer (%1 pages).</numerusform>
            <numerusform>%Ln letters sent to the printer (%1 pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded; all of them in one PDF of %1 pages.</source>
        <translation>
            <numerusform>%Ln letter written and recorded; all of them in one PDF of %1 pages.</numerusform>
            <numerusform>%Ln letters written and recorded; all of them in one PDF of %1 pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Regional Database…</source>
        <translation>&amp;New Regional Database…</translation>
    </message>
    <message>
        <source>Create a database for one region and one programme</source>
        <translation>Create a database for one region and one programme</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a regional database (.palier file)</source>
        <translation>Open a regional database (.palier file)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database, e.g. for a backup or a colleague</source>
        <translation>Write a consistent copy of the whole database, e.g. for a backup or a colleague</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Palier</source>
        <translation>&amp;About Palier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <source>The database was brought up to date; the previous version was kept in “%1”.</source>
        <translation>The database was brought up to date; the previous version was kept in “%1”.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Programme: %1 %2–%3</source>
        <translation>Programme: %1 %2–%3</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation>Cannot Create the Database</translation>
    </message>
    <message>
        <source>Open a Regional Database</source>
        <translation>Open a Regional Database</translation>
    </message>
    <message>
        <source>%1 (copy).palier</source>
        <translation>%1 (copy).palier</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>Cannot Save the Copy</source>
        <translation>Cannot Save the Copy</translation>
    </message>
    <message>
        <source>Copy saved in “%1”.</source>
        <translation>Copy saved in “%1”.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Establishments…</source>
        <translation>&amp;Establishments…</translation>
    </message>
    <message>
        <source>Import the registry: a FINESS extract, the SAE identity file or any list of establishments (CSV, XLSX)</source>
        <translation>Import the registry: a FINESS extract, the SAE identity file or any list of establishments (CSV, XLSX)</translation>
    </message>
    <message>
        <source>&amp;GHT…</source>
        <translation>&amp;GHT…</translation>
    </message>
    <message>
        <source>Import the hospital groups (GHT), e.g. the SAE GHT file</source>
        <translation>Import the hospital groups (GHT), e.g. the SAE GHT file</translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation>&amp;Applications…</translation>
    </message>
    <message>
        <source>Import the application files of the call for projects (CSV, XLSX)</source>
        <translation>Import the application files of the call for projects (CSV, XLSX)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a regional database first: the rows are imported into it.</source>
        <translation>Open or create a regional database first: the rows are imported into it.</translation>
    </message>
    <message>
        <source>Replace the database by one of its backups; the current version is kept as a backup first</source>
        <translation>Replace the database by one of its backups; the current version is kept as a backup first</translation>
    </message>
    <message>
        <source>A&amp;udit Trail…</source>
        <translation>A&amp;udit Trail…</translation>
    </message>
    <message>
        <source>Who changed what and when, with the state of the audit chain</source>
        <translation>Who changed what and when, with the state of the audit chain</translation>
    </message>
    <message>
        <source>Database Already Open</source>
        <translation>Database Already Open</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Opened read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restore a Backup</translation>
    </message>
    <message>
        <source>Replace “%1” by the backup “%2”? The current version is kept as a backup first.</source>
        <translation>Replace “%1” by the backup “%2”? The current version is kept as a backup first.</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Cannot Restore the Backup</translation>
    </message>
    <message>
        <source>Restored from “%1”; the replaced version was kept in “%2”.</source>
        <translation>Restored from “%1”; the replaced version was kept in “%2”.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restore a &amp;Backup…</translation>
    </message>
    <message>
        <source>Language, backups and recent files; the evaluators and the letterhead of the database</source>
        <translation>Language, backups and recent files; the evaluators and the letterhead of the database</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Close the database and go back to the welcome page</source>
        <translation>Close the database and go back to the welcome page</translation>
    </message>
    <message>
        <source>&amp;Print Letters…</source>
        <translation>&amp;Print Letters…</translation>
    </message>
    <message>
        <source>Print the notification letters from the Letters page</source>
        <translation>Print the notification letters from the Letters page</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search the table of the page shown</source>
        <translation>Search the table of the page shown</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the pages again from the database, e.g. after a change made elsewhere</source>
        <translation>Read the pages again from the database, e.g. after a change made elsewhere</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>There is no letter to print: generate them first.</source>
        <translation>There is no letter to print: generate them first.</translation>
    </message>
    <message>
        <source>Creating the demo region…</source>
        <translation>Creating the demo region…</translation>
    </message>
    <message>
        <source>Demo Region</source>
        <translation>Demo Region</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Region</source>
        <translation>Cannot Create the Demo Region</translation>
    </message>
    <message>
        <source>Database closed.</source>
        <translation>Database closed.</translation>
    </message>
    <message>
        <source>Open a National &amp;View…</source>
        <translation>Open a National &amp;View…</translation>
    </message>
    <message>
        <source>Gather the regional files of a folder into one read-only national view, with the same dashboard</source>
        <translation>Gather the regional files of a folder into one read-only national view, with the same dashboard</translation>
    </message>
    <message>
        <source>Folder of the Regional Files</source>
        <translation>Folder of the Regional Files</translation>
    </message>
    <message>
        <source>Cannot Open the National View</source>
        <translation>Cannot Open the National View</translation>
    </message>
    <message>
        <source>National View</source>
        <translation>National View</translation>
    </message>
    <message numerus="yes">
        <source>Gathering %Ln regional file(s)…</source>
        <translation>
            <numerusform>Gathering %Ln regional file…</numerusform>
            <numerusform>Gathering %Ln regional files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>National view of %Ln region(s), read-only.</source>
        <translation>
            <numerusform>National view of %Ln region, read-only.</numerusform>
            <numerusform>National view of %Ln regions, read-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>National view: %Ln region(s)</source>
        <translation>
            <numerusform>National view: %Ln region</numerusform>
            <numerusform>National view: %Ln regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Connec&amp;t to a Server…</source>
        <translation>Connec&amp;t to a Server…</translation>
    </message>
    <message>
        <source>Open the team’s shared database on a PostgreSQL server</source>
        <translation>Open the team’s shared database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Cannot Connect to the Server</source>
        <translation>Cannot Connect to the Server</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>Read the referent&apos;s guide: the year of a campaign in Palier, step by step</source>
        <translation>Read the referent&apos;s guide: the year of a campaign in Palier, step by step</translation>
    </message>
    <message>
        <source>Opened read-only: the file is damaged.</source>
        <translation>Opened read-only: the file is damaged.</translation>
    </message>
    <message>
        <source>The Database Is Damaged</source>
        <translation>The Database Is Damaged</translation>
    </message>
</context>
<context>
    <name>Palier::MilestoneDialog</name>
    <message>
        <source>Edit the Milestone</source>
        <translation>Edit the Milestone</translation>
    </message>
    <message>
        <source>Add a Milestone</source>
        <translation>Add a Milestone</translation>
    </message>
    <message>
        <source>e.g. Regional selection committee</source>
        <translation>e.g. Regional selection committee</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Milestone:</translation>
    </message>
</context>
<context>
    <name>Palier::NewDatabaseDialog</name>
    <message>
        <source>New Regional Database</source>
        <translation>New Regional Database</translation>
    </message>
    <message>
        <source>A regional database holds one campaign: one region and one programme. Its reference data and the programme definition are loaded now; you can edit them afterwards.</source>
        <translation>A regional database holds one campaign: one region and one programme. Its reference data and the programme definition are loaded now; you can edit them afterwards.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>Palier::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Preselection</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The dashboard will sum up the campaign at a glance: applications received and reviewed, the envelope committed and paid, the next deadlines.</source>
        <translation>The dashboard will sum up the campaign at a glance: applications received and reviewed, the envelope committed and paid, the next deadlines.</translation>
    </message>
    <message>
        <source>The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, and the calendar of the campaign.</source>
        <translation>The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, and the calendar of the campaign.</translation>
    </message>
    <message>
        <source>The review page will take each application through its states and record the scores given per criterion by each evaluator.</source>
        <translation>The review page will take each application through its states and record the scores given per criterion by each evaluator.</translation>
    </message>
    <message>
        <source>The preselection page will rank the applications per domain, fill the regional envelope and seal the file sent to the DGOS.</source>
        <translation>The preselection page will rank the applications per domain, fill the regional envelope and seal the file sent to the DGOS.</translation>
    </message>
    <message>
        <source>The letters page will print the notification letters, selected or rejected, for every establishment.</source>
        <translation>The letters page will print the notification letters, selected or rejected, for every establishment.</translation>
    </message>
    <message>
        <source>The follow-up page will record indicator declarations, check the usage targets and schedule the payments (20 % start-up, 80 % on use).</source>
        <translation>The follow-up page will record indicator declarations, check the usage targets and schedule the payments (20 % start-up, 80 % on use).</translation>
    </message>
</context>
<context>
    <name>Palier::PaymentAlertModel</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>planned for %1</translation>
    </message>
</context>
<context>
    <name>Palier::PaymentDialog</name>
    <message>
        <source>Record a Payment</source>
        <translation>Record a Payment</translation>
    </message>
    <message>
        <source>e.g. the number of the transfer order</source>
        <translation>e.g. the number of the transfer order</translation>
    </message>
    <message>
        <source>Mark as Paid</source>
        <translation>Mark as Paid</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
</context>
<context>
    <name>Palier::PaymentScheduleModel</name>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>Palier::PgSetup</name>
    <message>
        <source>Setting up the PostgreSQL database failed; see the details. Connect as a role that may create roles (CREATEROLE) and owns the database.</source>
        <translation>Setting up the PostgreSQL database failed; see the details. Connect as a role that may create roles (CREATEROLE) and owns the database.</translation>
    </message>
    <message>
        <source>Cannot read the roles of the PostgreSQL server.</source>
        <translation>Cannot read the roles of the PostgreSQL server.</translation>
    </message>
    <message>
        <source>pg-setup works on a PostgreSQL database: give its connection string with --pg.</source>
        <translation>pg-setup works on a PostgreSQL database: give its connection string with --pg.</translation>
    </message>
    <message>
        <source>This user may not change the database; run pg-setup as its owner.</source>
        <translation>This user may not change the database; run pg-setup as its owner.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database.</source>
        <translation>Cannot start a change in the database.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone.</source>
        <translation>The change could not be saved and was undone.</translation>
    </message>
</context>
<context>
    <name>Palier::PlaceholderPage</name>
    <message>
        <source>This page comes in a later version of Palier.</source>
        <translation>This page comes in a later version of Palier.</translation>
    </message>
</context>
<context>
    <name>Palier::PrerequisiteReachModel</name>
    <message>
        <source>Prerequisite</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cannot read the candidate establishments.</source>
        <translation>Cannot read the candidate establishments.</translation>
    </message>
</context>
<context>
    <name>Palier::Prerequisites</name>
    <message>
        <source>This database holds no campaign yet, so it has no prerequisites. Create the campaign first.</source>
        <translation>This database holds no campaign yet, so it has no prerequisites. Create the campaign first.</translation>
    </message>
    <message>
        <source>There is no establishment %1 in this database.</source>
        <translation>There is no establishment %1 in this database.</translation>
    </message>
    <message>
        <source>Cannot read the indicators of the programme.</source>
        <translation>Cannot read the indicators of the programme.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of the campaign&apos;s programme.</source>
        <translation>“%1” is not an indicator of the campaign&apos;s programme.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>The value given for %1 is not a number.</source>
        <translation>The value given for %1 is not a number.</translation>
    </message>
    <message>
        <source>%1 is a percentage from 0 to 100: %2 is out of range.</source>
        <translation>%1 is a percentage from 0 to 100: %2 is out of range.</translation>
    </message>
    <message>
        <source>%1 is answered yes (1) or no (0), not %2.</source>
        <translation>%1 is answered yes (1) or no (0), not %2.</translation>
    </message>
    <message>
        <source>%1 is a count: a whole number, 0 or more, not %2.</source>
        <translation>%1 is a count: a whole number, 0 or more, not %2.</translation>
    </message>
    <message>
        <source>Cannot read the campaign.</source>
        <translation>Cannot read the campaign.</translation>
    </message>
    <message>
        <source>Cannot read the prerequisites of the programme.</source>
        <translation>Cannot read the prerequisites of the programme.</translation>
    </message>
    <message>
        <source>Cannot read the establishments.</source>
        <translation>Cannot read the establishments.</translation>
    </message>
    <message>
        <source>Cannot read the indicator values of the establishment.</source>
        <translation>Cannot read the indicator values of the establishment.</translation>
    </message>
    <message>
        <source>Cannot record the value of %1.</source>
        <translation>Cannot record the value of %1.</translation>
    </message>
    <message>
        <source>Cannot remove the value of %1.</source>
        <translation>Cannot remove the value of %1.</translation>
    </message>
    <message>
        <source>Someone else changed the value of %1 while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</source>
        <translation>Someone else changed the value of %1 while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</translation>
    </message>
</context>
<context>
    <name>Palier::PrerequisitesModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1, measured on %2</source>
        <translation>%1, measured on %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save nothing: the panel shows the value as it is in the database now</source>
        <translation>Save nothing: the panel shows the value as it is in the database now</translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionModel</name>
    <message numerus="yes">
        <source>%Ln file(s) compete</source>
        <translation>
            <numerusform>%Ln file competes</numerusform>
            <numerusform>%Ln files compete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation>Rank-fill</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Why left out</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>rank-fill: %1</source>
        <translation>rank-fill: %1</translation>
    </message>
    <message>
        <source>optimal: %1</source>
        <translation>optimal: %1</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forced</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionPage</name>
    <message>
        <source>Save &amp;Rank-fill Version</source>
        <translation>Save &amp;Rank-fill Version</translation>
    </message>
    <message>
        <source>Save &amp;Optimal Version</source>
        <translation>Save &amp;Optimal Version</translation>
    </message>
    <message>
        <source>&amp;Export for DGOS…</source>
        <translation>&amp;Export for DGOS…</translation>
    </message>
    <message>
        <source>Checks the selected version, seals it and writes the DGOS file (XLSX and CSV)</source>
        <translation>Checks the selected version, seals it and writes the DGOS file (XLSX and CSV)</translation>
    </message>
    <message>
        <source>Saves the optimal selection as a new numbered version</source>
        <translation>Saves the optimal selection as a new numbered version</translation>
    </message>
    <message>
        <source>Saves the rank-fill selection as a new numbered version</source>
        <translation>Saves the rank-fill selection as a new numbered version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln file(s), score %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln file, score %2, %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln files, score %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Envelope: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation>Rank-fill</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <source>not proven, gap %1 %</source>
        <translation>not proven, gap %1 %</translation>
    </message>
    <message>
        <source>no selection meets the constraints</source>
        <translation>no selection meets the constraints</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) decided differently, highlighted.</source>
        <translation>
            <numerusform>%Ln file decided differently, highlighted.</numerusform>
            <numerusform>%Ln files decided differently, highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Solving the optimum…</source>
        <translation>Solving the optimum…</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 — %4, score %5</source>
        <translation>Version %1 — %2, %3 — %4, score %5</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <source>rank-fill</source>
        <translation>rank-fill</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <source>Export for DGOS</source>
        <translation>Export for DGOS</translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, %Ln day(s) left.</source>
        <translation>
            <numerusform>DGOS deadline: %1, %Ln day left.</numerusform>
            <numerusform>DGOS deadline: %1, %Ln days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, passed %Ln day(s) ago.</source>
        <translation>
            <numerusform>DGOS deadline: %1, passed %Ln day ago.</numerusform>
            <numerusform>DGOS deadline: %1, passed %Ln days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blocking: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Version %1 cannot be sealed yet.</source>
        <translation>Version %1 cannot be sealed yet.</translation>
    </message>
    <message>
        <source>Seal version %1 and write the DGOS file? A sealed version can no longer change; the files move to their decisions.

%2</source>
        <translation>Seal version %1 and write the DGOS file? A sealed version can no longer change; the files move to their decisions.

%2</translation>
    </message>
    <message>
        <source>preselection-v%1.xlsx</source>
        <translation>preselection-v%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 and %3 written.</source>
        <translation>Version %1 sealed; %2 and %3 written.</translation>
    </message>
    <message>
        <source>Force &amp;In…</source>
        <translation>Force &amp;In…</translation>
    </message>
    <message>
        <source>Force O&amp;ut…</source>
        <translation>Force O&amp;ut…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>At least one file per &amp;department</source>
        <translation>At least one file per &amp;department</translation>
    </message>
    <message>
        <source>At least one file per &amp;GHT</source>
        <translation>At least one file per &amp;GHT</translation>
    </message>
    <message>
        <source>Before running the methods</source>
        <translation>Before running the methods</translation>
    </message>
    <message>
        <source>Both methods take the selected files whatever their rank (a reason is asked)</source>
        <translation>Both methods take the selected files whatever their rank (a reason is asked)</translation>
    </message>
    <message>
        <source>Both methods leave the selected files out (a reason is asked)</source>
        <translation>Both methods leave the selected files out (a reason is asked)</translation>
    </message>
    <message>
        <source>The selected files compete again by their rank</source>
        <translation>The selected files compete again by their rank</translation>
    </message>
    <message>
        <source>Each department with a competing file gets one selected file at least</source>
        <translation>Each department with a competing file gets one selected file at least</translation>
    </message>
    <message>
        <source>Each GHT with a competing file gets one selected file at least</source>
        <translation>Each GHT with a competing file gets one selected file at least</translation>
    </message>
    <message numerus="yes">
        <source>Why must %Ln file(s) be selected whatever their rank?</source>
        <translation>
            <numerusform>Why must %Ln file be selected whatever their rank?</numerusform>
            <numerusform>Why must %Ln files be selected whatever their rank?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why must %Ln file(s) be left out?</source>
        <translation>
            <numerusform>Why must %Ln file be left out?</numerusform>
            <numerusform>Why must %Ln files be left out?</numerusform>
        </translation>
    </message>
    <message>
        <source>Force In</source>
        <translation>Force In</translation>
    </message>
    <message>
        <source>Force Out</source>
        <translation>Force Out</translation>
    </message>
    <message>
        <source>Give a reason to force files in or out: it is recorded with the version.</source>
        <translation>Give a reason to force files in or out: it is recorded with the version.</translation>
    </message>
    <message>
        <source>File %1 forced in: %2</source>
        <translation>File %1 forced in: %2</translation>
    </message>
    <message>
        <source>File %1 forced out: %2</source>
        <translation>File %1 forced out: %2</translation>
    </message>
    <message>
        <source>At least one file per department</source>
        <translation>At least one file per department</translation>
    </message>
    <message>
        <source>At least one file per GHT</source>
        <translation>At least one file per GHT</translation>
    </message>
    <message>
        <source>No file forced, no coverage asked.</source>
        <translation>No file forced, no coverage asked.</translation>
    </message>
    <message>
        <source>Forced in: %1, forced out: %2 (column “Forced”).</source>
        <translation>Forced in: %1, forced out: %2 (column “Forced”).</translation>
    </message>
</context>
<context>
    <name>Palier::PreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Column %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeDefinition</name>
    <message>
        <source>Programme definition refused: it is not valid JSON (%1 at offset %2, line %3, column %4).</source>
        <translation>Programme definition refused: it is not valid JSON (%1 at offset %2, line %3, column %4).</translation>
    </message>
    <message>
        <source>Programme definition refused — %1: %2</source>
        <translation>Programme definition refused — %1: %2</translation>
    </message>
    <message>
        <source>Palier has no programme “%1”. Available programmes: %2.</source>
        <translation>Palier has no programme “%1”. Available programmes: %2.</translation>
    </message>
    <message>
        <source>The definition of the programme “%1” cannot be read. Reinstall Palier.</source>
        <translation>The definition of the programme “%1” cannot be read. Reinstall Palier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the file name (%2.json)</source>
        <translation>&quot;%1&quot; does not match the file name (%2.json)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown field (check its spelling and the schemaVersion)</source>
        <translation>unknown field (check its spelling and the schemaVersion)</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>this field is required</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a code is one word, e.g. D2</source>
        <translation>&quot;%1&quot; contains a space: a code is one word, e.g. D2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected an amount in euros from 0 to 1000000000, with at most two decimals</source>
        <translation>expected an amount in euros from 0 to 1000000000, with at most two decimals</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used at %2</source>
        <translation>&quot;%1&quot; is already used at %2</translation>
    </message>
    <message>
        <source>a ratio target is a percentage from 0 to 100</source>
        <translation>a ratio target is a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>a boolean target is 0 (no) or 1 (yes)</source>
        <translation>a boolean target is 0 (no) or 1 (yes)</translation>
    </message>
    <message>
        <source>a count target is a whole number, 0 or more</source>
        <translation>a count target is a whole number, 0 or more</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator kind (usage or organisation)</source>
        <translation>&quot;%1&quot; is not an indicator kind (usage or organisation)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value type (ratio, boolean or count)</source>
        <translation>&quot;%1&quot; is not a value type (ratio, boolean or count)</translation>
    </message>
    <message>
        <source>seedSharePercent + usageSharePercent is %1, expected 100</source>
        <translation>seedSharePercent + usageSharePercent is %1, expected 100</translation>
    </message>
    <message>
        <source>%1 is more than forfaitMaxEuros (%2)</source>
        <translation>%1 is more than forfaitMaxEuros (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a programme code: use lower-case letters, digits and hyphens, e.g. hopen-2019</source>
        <translation>&quot;%1&quot; is not a programme code: use lower-case letters, digits and hyphens, e.g. hopen-2019</translation>
    </message>
    <message>
        <source>%1 is before firstYear (%2)</source>
        <translation>%1 is before firstYear (%2)</translation>
    </message>
    <message>
        <source>%1 is before opensOn (%2)</source>
        <translation>%1 is before opensOn (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of a prerequisite or a domain</source>
        <translation>&quot;%1&quot; is not the code of a prerequisite or a domain</translation>
    </message>
    <message>
        <source>version %1 is not supported: this Palier reads version %2</source>
        <translation>version %1 is not supported: this Palier reads version %2</translation>
    </message>
    <message>
        <source>expected at least one domain: establishments apply per domain</source>
        <translation>expected at least one domain: establishments apply per domain</translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeStore</name>
    <message>
        <source>Cannot record the programme “%1” in the database. Check that the disk is not full and the file is writable.</source>
        <translation>Cannot record the programme “%1” in the database. Check that the disk is not full and the file is writable.</translation>
    </message>
    <message>
        <source>Cannot read the programme %1 from the database: the file may be damaged.</source>
        <translation>Cannot read the programme %1 from the database: the file may be damaged.</translation>
    </message>
    <message>
        <source>This database already holds the programme “%1”.</source>
        <translation>This database already holds the programme “%1”.</translation>
    </message>
    <message>
        <source>This database holds no programme %1.</source>
        <translation>This database holds no programme %1.</translation>
    </message>
</context>
<context>
    <name>Palier::ProjectListModel</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s)</source>
        <translation>
            <numerusform>%1 of %Ln project</numerusform>
            <numerusform>%1 of %Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Usage indicators of the domain at their target, out of all of them</source>
        <translation>Usage indicators of the domain at their target, out of all of them</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Palier::ProjectStateDialog</name>
    <message>
        <source>&amp;Finished on</source>
        <translation>&amp;Finished on</translation>
    </message>
    <message>
        <source>&amp;Abandoned, because:</source>
        <translation>&amp;Abandoned, because:</translation>
    </message>
    <message>
        <source>Change the State of the Project</source>
        <translation>Change the State of the Project</translation>
    </message>
    <message>
        <source>Its unpaid tranches will be cancelled; the reason is kept as a note.</source>
        <translation>Its unpaid tranches will be cancelled; the reason is kept as a note.</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
</context>
<context>
    <name>Palier::ProjectStateModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Cannot count the projects.</source>
        <translation>Cannot count the projects.</translation>
    </message>
</context>
<context>
    <name>Palier::RecentFiles</name>
    <message>
        <source>No recent database</source>
        <translation>No recent database</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>Palier::ReferenceData</name>
    <message>
        <source>Cannot record the regions.</source>
        <translation>Cannot record the regions.</translation>
    </message>
    <message>
        <source>Cannot record the departments.</source>
        <translation>Cannot record the departments.</translation>
    </message>
</context>
<context>
    <name>Palier::Report</name>
    <message>
        <source>The report “%1” could not be written: check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>The report “%1” could not be written: check that the folder exists, that you may write in it and that the disk is not full.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>% finished</source>
        <translation>% finished</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due or planned</source>
        <translation>Due or planned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Projects per domain: retained and finished</source>
        <translation>Projects per domain: retained and finished</translation>
    </message>
    <message>
        <source>Amounts per year: paid, and due or planned</source>
        <translation>Amounts per year: paid, and due or planned</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Projects retained</source>
        <translation>Projects retained</translation>
    </message>
    <message>
        <source>Establishments holding a project</source>
        <translation>Establishments holding a project</translation>
    </message>
    <message>
        <source>Projects finished</source>
        <translation>Projects finished</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Projects in progress</translation>
    </message>
    <message>
        <source>Projects abandoned</source>
        <translation>Projects abandoned</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Granted to the finished projects</source>
        <translation>Granted to the finished projects</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Amount planned</source>
        <translation>Amount planned</translation>
    </message>
    <message>
        <source>Amount cancelled</source>
        <translation>Amount cancelled</translation>
    </message>
    <message>
        <source>Projects per domain</source>
        <translation>Projects per domain</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Projects per legal status</source>
        <translation>Projects per legal status</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Amounts per year</source>
        <translation>Amounts per year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Paid amounts are counted in the year of their payment, due and planned ones in the year they are planned for. The share finished is the finished projects over the projects retained.</source>
        <translation>Paid amounts are counted in the year of their payment, due and planned ones in the year they are planned for. The share finished is the finished projects over the projects retained.</translation>
    </message>
    <message>
        <source>Progress report — %1</source>
        <translation>Progress report — %1</translation>
    </message>
    <message>
        <source>Progress report — %1 — %2</source>
        <translation>Progress report — %1 — %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Granted (€)</source>
        <translation>Granted (€)</translation>
    </message>
    <message>
        <source>Granted to finished (€)</source>
        <translation>Granted to finished (€)</translation>
    </message>
    <message>
        <source>Paid (€)</source>
        <translation>Paid (€)</translation>
    </message>
    <message>
        <source>Due (€)</source>
        <translation>Due (€)</translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation>Planned (€)</translation>
    </message>
    <message>
        <source>Cancelled (€)</source>
        <translation>Cancelled (€)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Amount granted (€)</source>
        <translation>Amount granted (€)</translation>
    </message>
    <message>
        <source>Granted to the finished projects (€)</source>
        <translation>Granted to the finished projects (€)</translation>
    </message>
    <message>
        <source>Amount paid (€)</source>
        <translation>Amount paid (€)</translation>
    </message>
    <message>
        <source>Amount due (€)</source>
        <translation>Amount due (€)</translation>
    </message>
    <message>
        <source>Amount planned (€)</source>
        <translation>Amount planned (€)</translation>
    </message>
    <message>
        <source>Amount cancelled (€)</source>
        <translation>Amount cancelled (€)</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <source>By legal status</source>
        <translation>By legal status</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Cannot read the figures of the report from the database.</source>
        <translation>Cannot read the figures of the report from the database.</translation>
    </message>
    <message>
        <source>This database holds no campaign yet: there is nothing to report. Create the campaign or open another database.</source>
        <translation>This database holds no campaign yet: there is nothing to report. Create the campaign or open another database.</translation>
    </message>
</context>
<context>
    <name>Palier::Roadmap</name>
    <message>
        <source>Cannot read the regional roadmap.</source>
        <translation>Cannot read the regional roadmap.</translation>
    </message>
    <message>
        <source>Cannot record the regional roadmap.</source>
        <translation>Cannot record the regional roadmap.</translation>
    </message>
    <message>
        <source>The planned split names %1 twice.</source>
        <translation>The planned split names %1 twice.</translation>
    </message>
    <message>
        <source>The planned split of %1 cannot be negative.</source>
        <translation>The planned split of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The planned split of %1 is over 100 %.</source>
        <translation>The planned split of %1 is over 100 %.</translation>
    </message>
    <message>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>The minimum of %1 is above its maximum.</translation>
    </message>
    <message>
        <source>The planned share of %1 is outside its minimum and maximum.</source>
        <translation>The planned share of %1 is outside its minimum and maximum.</translation>
    </message>
    <message>
        <source>The weight of %1 cannot be negative.</source>
        <translation>The weight of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The minimums of the domains add up to %1, more than the envelope (%2).</source>
        <translation>The minimums of the domains add up to %1, more than the envelope (%2).</translation>
    </message>
    <message>
        <source>The minimums of the statuses add up to %1, more than the envelope (%2).</source>
        <translation>The minimums of the statuses add up to %1, more than the envelope (%2).</translation>
    </message>
    <message>
        <source>The planned shares of the domains add up to more than 100 %.</source>
        <translation>The planned shares of the domains add up to more than 100 %.</translation>
    </message>
    <message>
        <source>The planned shares of the statuses add up to more than 100 %.</source>
        <translation>The planned shares of the statuses add up to more than 100 %.</translation>
    </message>
    <message>
        <source>Cannot read the calendar.</source>
        <translation>Cannot read the calendar.</translation>
    </message>
    <message>
        <source>This milestone no longer exists: reload the page.</source>
        <translation>This milestone no longer exists: reload the page.</translation>
    </message>
    <message>
        <source>The programme&apos;s milestones cannot be changed: add one of the ARS instead.</source>
        <translation>The programme&apos;s milestones cannot be changed: add one of the ARS instead.</translation>
    </message>
    <message>
        <source>Give the milestone a date.</source>
        <translation>Give the milestone a date.</translation>
    </message>
    <message>
        <source>Give the milestone a label.</source>
        <translation>Give the milestone a label.</translation>
    </message>
    <message>
        <source>The envelope cannot be negative.</source>
        <translation>The envelope cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is not a year of the programme.</source>
        <translation>%1 is not a year of the programme.</translation>
    </message>
    <message>
        <source>The envelope of %1 cannot be negative.</source>
        <translation>The envelope of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>Axis %1 has no title.</source>
        <translation>Axis %1 has no title.</translation>
    </message>
    <message>
        <source>Cannot record the milestone.</source>
        <translation>Cannot record the milestone.</translation>
    </message>
    <message>
        <source>%1 saved the regional roadmap on %2 at %3 while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</source>
        <translation>%1 saved the regional roadmap on %2 at %3 while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Someone else saved the regional roadmap while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</source>
        <translation>Someone else saved the regional roadmap while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapDialog</name>
    <message>
        <source>Maximise the score × the domain’s weight (optimal method)</source>
        <translation>Maximise the score × the domain’s weight (optimal method)</translation>
    </message>
    <message>
        <source>Edit the Roadmap</source>
        <translation>Edit the Roadmap</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Envelope</translation>
    </message>
    <message>
        <source>&amp;Axes</source>
        <translation>&amp;Axes</translation>
    </message>
    <message>
        <source>&amp;Planned Split</source>
        <translation>&amp;Planned Split</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategy</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cap on the payments of the year (€)</source>
        <translation>Cap on the payments of the year (€)</translation>
    </message>
    <message>
        <source>Add a &amp;Year</source>
        <translation>Add a &amp;Year</translation>
    </message>
    <message>
        <source>Remove the Year</source>
        <translation>Remove the Year</translation>
    </message>
    <message>
        <source>&amp;Correspondent:</source>
        <translation>&amp;Correspondent:</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Envelope:</translation>
    </message>
    <message>
        <source>&amp;Per year:</source>
        <translation>&amp;Per year:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Do&amp;mains:</source>
        <translation>Do&amp;mains:</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>New axis</translation>
    </message>
    <message>
        <source>Leave a cell empty for no bound. Amounts in euros, shares in % of the envelope.</source>
        <translation>Leave a cell empty for no bound. Amounts in euros, shares in % of the envelope.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>“%1” is not an amount (%2).</source>
        <translation>“%1” is not an amount (%2).</translation>
    </message>
    <message>
        <source>The year %1 is listed twice.</source>
        <translation>The year %1 is listed twice.</translation>
    </message>
    <message>
        <source>Priority axes</source>
        <translation>Priority axes</translation>
    </message>
    <message>
        <source>Regional strategy for the financing lever</source>
        <translation>Regional strategy for the financing lever</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapExport</name>
    <message>
        <source>“%1”: the roadmap is exported as a PDF (.pdf) or an OpenDocument text (.odt). Choose a file name ending in one of them.</source>
        <translation>“%1”: the roadmap is exported as a PDF (.pdf) or an OpenDocument text (.odt). Choose a file name ending in one of them.</translation>
    </message>
    <message>
        <source>Regional roadmap</source>
        <translation>Regional roadmap</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapModel</name>
    <message numerus="yes">
        <source>%Ln milestone(s)</source>
        <translation>
            <numerusform>%Ln milestone</numerusform>
            <numerusform>%Ln milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln milestone(s)</source>
        <translation>
            <numerusform>%1 of %Ln milestone</numerusform>
            <numerusform>%1 of %Ln milestones</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapPage</name>
    <message>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Priority axes</source>
        <translation>Priority axes</translation>
    </message>
    <message>
        <source>No axis yet.</source>
        <translation>No axis yet.</translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation>Planned split</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>Strategy for the financing lever</source>
        <translation>Strategy for the financing lever</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>The roadmap as a PDF or an OpenDocument text the ARS can send</source>
        <translation>The roadmap as a PDF or an OpenDocument text the ARS can send</translation>
    </message>
    <message>
        <source>Export the Roadmap</source>
        <translation>Export the Roadmap</translation>
    </message>
    <message>
        <source>roadmap.pdf</source>
        <translation>roadmap.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument texts (*.odt)</source>
        <translation>PDF documents (*.pdf);;OpenDocument texts (*.odt)</translation>
    </message>
    <message>
        <source>Cannot Export the Roadmap</source>
        <translation>Cannot Export the Roadmap</translation>
    </message>
    <message>
        <source>Edit the &amp;Roadmap…</source>
        <translation>Edit the &amp;Roadmap…</translation>
    </message>
    <message>
        <source>&amp;Add a Milestone…</source>
        <translation>&amp;Add a Milestone…</translation>
    </message>
    <message>
        <source>Edit the &amp;Milestone…</source>
        <translation>Edit the &amp;Milestone…</translation>
    </message>
    <message>
        <source>Remove the Milestone</source>
        <translation>Remove the Milestone</translation>
    </message>
    <message>
        <source>Removes the selected milestone of the ARS (the programme’s stay)</source>
        <translation>Removes the selected milestone of the ARS (the programme’s stay)</translation>
    </message>
    <message>
        <source>Changes the date or label of the selected milestone of the ARS</source>
        <translation>Changes the date or label of the selected milestone of the ARS</translation>
    </message>
    <message>
        <source>Adds a milestone of the ARS to the calendar</source>
        <translation>Adds a milestone of the ARS to the calendar</translation>
    </message>
    <message>
        <source>Edits the correspondent, the envelope, the axes, the planned split and the strategy</source>
        <translation>Edits the correspondent, the envelope, the axes, the planned split and the strategy</translation>
    </message>
    <message>
        <source>Edit the roadmap</source>
        <translation>Edit the roadmap</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Add a milestone</translation>
    </message>
    <message>
        <source>Edit a milestone</source>
        <translation>Edit a milestone</translation>
    </message>
    <message>
        <source>Remove a milestone</source>
        <translation>Remove a milestone</translation>
    </message>
    <message>
        <source>Edit the Roadmap</source>
        <translation>Edit the Roadmap</translation>
    </message>
    <message>
        <source>&amp;Forfait Grid…</source>
        <translation>&amp;Forfait Grid…</translation>
    </message>
    <message>
        <source>The forfait granted per size class of establishment and domain</source>
        <translation>The forfait granted per size class of establishment and domain</translation>
    </message>
    <message>
        <source>Edit the forfait grid</source>
        <translation>Edit the forfait grid</translation>
    </message>
    <message>
        <source>Forfait grid</source>
        <translation>Forfait grid</translation>
    </message>
    <message>
        <source>No forfait yet: every file gets the amount it requests, between %1 and %2.</source>
        <translation>No forfait yet: every file gets the amount it requests, between %1 and %2.</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>Every establishment has a size class.</source>
        <translation>Every establishment has a size class.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) without a size class get the amount they request.</source>
        <translation>
            <numerusform>%Ln establishment without a size class gets the amount they request.</numerusform>
            <numerusform>%Ln establishments without a size class get the amount they request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap summary</source>
        <translation>Roadmap summary</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>planned %1, minimum %2, maximum %3, weight %4</source>
        <translation>planned %1, minimum %2, maximum %3, weight %4</translation>
    </message>
    <message>
        <source>Score × domain weight</source>
        <translation>Score × domain weight</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>DGOS deadline</source>
        <translation>DGOS deadline</translation>
    </message>
    <message>
        <source>from the calendar</source>
        <translation>from the calendar</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>Envelope of %1</source>
        <translation>Envelope of %1</translation>
    </message>
    <message>
        <source>Planned split: %1</source>
        <translation>Planned split: %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 changed it on %3 at %4, after your change, and undoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>“%1” was not undone: %2 changed it on %3 at %4, after your change, and undoing it would overwrite theirs. The page shows it as it is now.</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 changed it on %3 at %4, after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>“%1” was not redone: %2 changed it on %3 at %4, after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 changed it after your change, and undoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>“%1” was not undone: %2 changed it after your change, and undoing it would overwrite theirs. The page shows it as it is now.</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 changed it after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>“%1” was not redone: %2 changed it after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</translation>
    </message>
    <message>
        <source>Regional roadmap</source>
        <translation>Regional roadmap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>no amount</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapSplitTable</name>
    <message>
        <source>Domain or status</source>
        <translation>Domain or status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>% of the envelope</source>
        <translation>% of the envelope</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>“%1” is not a number (%2).</translation>
    </message>
    <message>
        <source>Planned split per domain and status</source>
        <translation>Planned split per domain and status</translation>
    </message>
</context>
<context>
    <name>Palier::RowVersion</name>
    <message>
        <source>Palier cannot check for concurrent changes here. Report the problem with its details.</source>
        <translation>Palier cannot check for concurrent changes here. Report the problem with its details.</translation>
    </message>
    <message>
        <source>This entry was deleted by someone else meanwhile; your change was not saved.</source>
        <translation>This entry was deleted by someone else meanwhile; your change was not saved.</translation>
    </message>
    <message>
        <source>Cannot read the entry.</source>
        <translation>Cannot read the entry.</translation>
    </message>
    <message>
        <source>Cannot save the change.</source>
        <translation>Cannot save the change.</translation>
    </message>
    <message>
        <source>Someone else changed this entry while you were editing it (it is now at version %1, your change was based on version %2). Your change was not saved: compare both values, then keep theirs or apply yours again.</source>
        <translation>Someone else changed this entry while you were editing it (it is now at version %1, your change was based on version %2). Your change was not saved: compare both values, then keep theirs or apply yours again.</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetDialog</name>
    <message>
        <source>Score Sheet</source>
        <translation>Score Sheet</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Evaluator:</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mment…</translation>
    </message>
    <message>
        <source>Writes a comment on the current score (Ctrl+M)</source>
        <translation>Writes a comment on the current score (Ctrl+M)</translation>
    </message>
    <message>
        <source>Type a score to enter it and move to the next criterion; Enter and Tab move on; Ctrl+M comments the current score; hover a score to see the consensus and its comment.</source>
        <translation>Type a score to enter it and move to the next criterion; Enter and Tab move on; Ctrl+M comments the current score; hover a score to see the consensus and its comment.</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>Enter the score before its comment.</source>
        <translation>Enter the score before its comment.</translation>
    </message>
    <message>
        <source>Comment on the Score</source>
        <translation>Comment on the Score</translation>
    </message>
    <message>
        <source>Comment on %1 for %2:</source>
        <translation>Comment on %1 for %2:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetModel</name>
    <message numerus="yes">
        <source>Consensus of %Ln evaluator(s): %1</source>
        <translation>
            <numerusform>Consensus of %Ln evaluator: %1</numerusform>
            <numerusform>Consensus of %Ln evaluators: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>%1 (weight %2, %3–%4)</source>
        <translation>%1 (weight %2, %3–%4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>The score of %1 goes from %2 to %3.</source>
        <translation>The score of %1 goes from %2 to %3.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>There is no score on %1 to comment yet: enter the score first.</source>
        <translation>There is no score on %1 to comment yet: enter the score first.</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(no score)</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 – score on %2</source>
        <translation>%1 – score on %2</translation>
    </message>
    <message>
        <source>Save nothing: the sheet shows the score as it is in the database now</source>
        <translation>Save nothing: the sheet shows the score as it is in the database now</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreWriter</name>
    <message>
        <source>There is no candidature %1 in this database.</source>
        <translation>There is no candidature %1 in this database.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): enter a whole number from %4 to %5.</source>
        <translation>%1 is outside the scale of criterion %2 (%3): enter a whole number from %4 to %5.</translation>
    </message>
</context>
<context>
    <name>Palier::Scoring</name>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a criterion code is one word, e.g. AXES</source>
        <translation>&quot;%1&quot; contains a space: a criterion code is one word, e.g. AXES</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the code of criterion %2</source>
        <translation>&quot;%1&quot; is already the code of criterion %2</translation>
    </message>
    <message>
        <source>a weight is a number from 0 to 1000000, not %1</source>
        <translation>a weight is a number from 0 to 1000000, not %1</translation>
    </message>
    <message>
        <source>the highest level (%1) must be above the lowest (scaleMin, %2)</source>
        <translation>the highest level (%1) must be above the lowest (scaleMin, %2)</translation>
    </message>
    <message>
        <source>a scale has at most %1 levels; %2 to %3 would have %4</source>
        <translation>a scale has at most %1 levels; %2 to %3 would have %4</translation>
    </message>
    <message>
        <source>expected %1 descriptors, one per level from %2 to %3; found %4</source>
        <translation>expected %1 descriptors, one per level from %2 to %3; found %4</translation>
    </message>
    <message>
        <source>the descriptor of level %1 must not be empty</source>
        <translation>the descriptor of level %1 must not be empty</translation>
    </message>
    <message>
        <source>expected at least one criterion</source>
        <translation>expected at least one criterion</translation>
    </message>
    <message>
        <source>the weights add up to 0: give at least one criterion a weight above 0</source>
        <translation>the weights add up to 0: give at least one criterion a weight above 0</translation>
    </message>
    <message>
        <source>Default grid of the programme definition “%1”.</source>
        <translation>Default grid of the programme definition “%1”.</translation>
    </message>
    <message>
        <source>The grid of %1 was not saved: %2.</source>
        <translation>The grid of %1 was not saved: %2.</translation>
    </message>
    <message>
        <source>The grid of %1 was not saved — criterion %2 (%3): %4.</source>
        <translation>The grid of %1 was not saved — criterion %2 (%3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>The grid of %1 was not saved: %Ln score(s) of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear them first.</source>
        <translation>
            <numerusform>The grid of %1 was not saved: %Ln score of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear it first.</numerusform>
            <numerusform>The grid of %1 was not saved: %Ln scores of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who changes the grid of %1: every version records its author.</source>
        <translation>Say who changes the grid of %1: every version records its author.</translation>
    </message>
    <message>
        <source>How Palier computes the totals from the sheets “Notes” and “Grilles”</source>
        <translation>How Palier computes the totals from the sheets “Notes” and “Grilles”</translation>
    </message>
    <message>
        <source>Consensus of a criterion: the mean (or the median, as column Consensus says) of the notes its evaluators gave.</source>
        <translation>Consensus of a criterion: the mean (or the median, as column Consensus says) of the notes its evaluators gave.</translation>
    </message>
    <message>
        <source>Total, 0 to 100 = Σ weight × (consensus − scale min) / (scale max − scale min) ÷ Σ weight × 100, both sums over every criterion of the domain&apos;s grid.</source>
        <translation>Total, 0 to 100 = Σ weight × (consensus − scale min) / (scale max − scale min) ÷ Σ weight × 100, both sums over every criterion of the domain&apos;s grid.</translation>
    </message>
    <message>
        <source>A criterion without any note counts at its scale minimum (0 points), and the file is flagged incomplete.</source>
        <translation>A criterion without any note counts at its scale minimum (0 points), and the file is flagged incomplete.</translation>
    </message>
    <message>
        <source>Ties: the higher total, then the higher consensus on the grid&apos;s first criterion, then the earlier submission date, then the lower candidature number.</source>
        <translation>Ties: the higher total, then the higher consensus on the grid&apos;s first criterion, then the earlier submission date, then the lower candidature number.</translation>
    </message>
    <message>
        <source>A criterion is flagged for discussion when (highest − lowest note) / (scale max − scale min) is above the spread threshold.</source>
        <translation>A criterion is flagged for discussion when (highest − lowest note) / (scale max − scale min) is above the spread threshold.</translation>
    </message>
    <message>
        <source>Irrecevable files are neither ranked nor exported.</source>
        <translation>Irrecevable files are neither ranked nor exported.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Cannot write “%1”. Check that the folder exists, that you may write there and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>“%1”: name the export file .xlsx (Excel) or .csv (text).</source>
        <translation>“%1”: name the export file .xlsx (Excel) or .csv (text).</translation>
    </message>
    <message>
        <source>There is no evaluator %1 in this database.</source>
        <translation>There is no evaluator %1 in this database.</translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation>An evaluator needs a name.</translation>
    </message>
    <message>
        <source>There is already an evaluator named “%1”.</source>
        <translation>There is already an evaluator named “%1”.</translation>
    </message>
    <message>
        <source>Cannot read the scoring grids and scores from the database: the file may be damaged.</source>
        <translation>Cannot read the scoring grids and scores from the database: the file may be damaged.</translation>
    </message>
    <message>
        <source>Cannot record the scoring change in the database. Check that the disk is not full and the file is writable.</source>
        <translation>Cannot record the scoring change in the database. Check that the disk is not full and the file is writable.</translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign. Its domains are: %2.</source>
        <translation>“%1” is not a domain of this campaign. Its domains are: %2.</translation>
    </message>
    <message>
        <source>The domain %1 has no scoring grid yet: create its grid before scoring.</source>
        <translation>The domain %1 has no scoring grid yet: create its grid before scoring.</translation>
    </message>
    <message>
        <source>The spread threshold is a share of the scale, from 0 to 1 (e.g. 0.5 for half of it), not %1.</source>
        <translation>The spread threshold is a share of the scale, from 0 to 1 (e.g. 0.5 for half of it), not %1.</translation>
    </message>
    <message>
        <source>There is no score on %1 to comment yet: enter the score first.</source>
        <translation>There is no score on %1 to comment yet: enter the score first.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” entered %Ln score(s) and cannot be removed: rename them instead, or clear their scores first.</source>
        <translation>
            <numerusform>“%1” entered %Ln score and cannot be removed: rename them instead, or clear their score first.</numerusform>
            <numerusform>“%1” entered %Ln scores and cannot be removed: rename them instead, or clear their scores first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this score while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</source>
        <translation>Someone else changed this score while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</translation>
    </message>
</context>
<context>
    <name>Palier::Selection</name>
    <message>
        <source>Cannot read the files to select from.</source>
        <translation>Cannot read the files to select from.</translation>
    </message>
    <message>
        <source>Cannot record the calendar.</source>
        <translation>Cannot record the calendar.</translation>
    </message>
    <message>
        <source>The solver stopped before proving the optimum (time limit or cancelled): the selection is the best found.</source>
        <translation>The solver stopped before proving the optimum (time limit or cancelled): the selection is the best found.</translation>
    </message>
    <message>
        <source>No selection meets every constraint: lower a minimum, raise the envelope or release a forced file.</source>
        <translation>No selection meets every constraint: lower a minimum, raise the envelope or release a forced file.</translation>
    </message>
    <message>
        <source>Cannot read the preselection versions.</source>
        <translation>Cannot read the preselection versions.</translation>
    </message>
    <message>
        <source>Cannot record the preselection version.</source>
        <translation>Cannot record the preselection version.</translation>
    </message>
    <message>
        <source>Version %1 is already sealed. Save a new version to change the preselection.</source>
        <translation>Version %1 is already sealed. Save a new version to change the preselection.</translation>
    </message>
    <message>
        <source>Preselection version %1</source>
        <translation>Preselection version %1</translation>
    </message>
    <message>
        <source>There is no preselection version %1. List the versions with the Preselection page.</source>
        <translation>There is no preselection version %1. List the versions with the Preselection page.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private for-profit</source>
        <translation>private for-profit</translation>
    </message>
    <message>
        <source>private non-profit</source>
        <translation>private non-profit</translation>
    </message>
    <message>
        <source>cancer centres</source>
        <translation>cancer centres</translation>
    </message>
    <message>
        <source>another file of the establishment in %1 is selected</source>
        <translation>another file of the establishment in %1 is selected</translation>
    </message>
    <message>
        <source>%1 envelope exhausted: %2 missing</source>
        <translation>%1 envelope exhausted: %2 missing</translation>
    </message>
    <message>
        <source>%1 quota reached</source>
        <translation>%1 quota reached</translation>
    </message>
    <message>
        <source>%1 budget exhausted: %2 missing</source>
        <translation>%1 budget exhausted: %2 missing</translation>
    </message>
    <message>
        <source>regional envelope exhausted: %1 missing</source>
        <translation>regional envelope exhausted: %1 missing</translation>
    </message>
    <message>
        <source>department %1 count reached</source>
        <translation>department %1 count reached</translation>
    </message>
    <message>
        <source>left out by the referent</source>
        <translation>left out by the referent</translation>
    </message>
    <message>
        <source>fits, but adds nothing to the total score</source>
        <translation>fits, but adds nothing to the total score</translation>
    </message>
    <message>
        <source>fits: the solver stopped before proving the optimum</source>
        <translation>fits: the solver stopped before proving the optimum</translation>
    </message>
    <message>
        <source>Minimum for %1 not reached: %2 short.</source>
        <translation>Minimum for %1 not reached: %2 short.</translation>
    </message>
    <message>
        <source>Minimum for the %1 status not reached: %2 short.</source>
        <translation>Minimum for the %1 status not reached: %2 short.</translation>
    </message>
    <message>
        <source>No file selected in department %1.</source>
        <translation>No file selected in department %1.</translation>
    </message>
    <message>
        <source>Minimum of %1 not reached.</source>
        <translation>Minimum of %1 not reached.</translation>
    </message>
    <message>
        <source>File %1 is forced in but does not fit.</source>
        <translation>File %1 is forced in but does not fit.</translation>
    </message>
    <message>
        <source>GHT %1 count reached</source>
        <translation>GHT %1 count reached</translation>
    </message>
    <message>
        <source>No file selected in GHT %1.</source>
        <translation>No file selected in GHT %1.</translation>
    </message>
    <message>
        <source>Cannot read the demo establishments.</source>
        <translation>Cannot read the demo establishments.</translation>
    </message>
    <message>
        <source>Cannot write the demo establishments.</source>
        <translation>Cannot write the demo establishments.</translation>
    </message>
    <message>
        <source>Cannot read the programme.</source>
        <translation>Cannot read the programme.</translation>
    </message>
    <message>
        <source>Cannot write the demo forfait grid.</source>
        <translation>Cannot write the demo forfait grid.</translation>
    </message>
</context>
<context>
    <name>Palier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Palier backs a database up when it closes it and keeps this many backups of each</source>
        <translation>Palier backs a database up when it closes it and keeps this many backups of each</translation>
    </message>
    <message>
        <source>The language changes at the next start of Palier.</source>
        <translation>The language changes at the next start of Palier.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Backups kept per database:</source>
        <translation>&amp;Backups kept per database:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <source>How many databases File › Open Recent and the welcome page list</source>
        <translation>How many databases File › Open Recent and the welcome page list</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>&amp;Recent files listed:</translation>
    </message>
    <message>
        <source>The database is open read-only: its evaluators and letterhead cannot be changed.</source>
        <translation>The database is open read-only: its evaluators and letterhead cannot be changed.</translation>
    </message>
    <message>
        <source>Open a database to set its evaluators and the letterhead of its letters.</source>
        <translation>Open a database to set its evaluators and the letterhead of its letters.</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>The agency’s address, the signatory and the dates every letter shares.</source>
        <translation>The agency’s address, the signatory and the dates every letter shares.</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>Letter&amp;head…</translation>
    </message>
</context>
<context>
    <name>Palier::SourceTable</name>
    <message>
        <source>Cannot read “%1”. Check that the file exists, that you may read it and that its disk or network share is available, then try again.</source>
        <translation>Cannot read “%1”. Check that the file exists, that you may read it and that its disk or network share is available, then try again.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a CSV or Excel (.xlsx) file inside it.</source>
        <translation>“%1” is a folder. Choose a CSV or Excel (.xlsx) file inside it.</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no row to read. Check that you chose the right file, or export it again.</source>
        <translation>“%1” is empty: it holds no row to read. Check that you chose the right file, or export it again.</translation>
    </message>
    <message>
        <source>“%1” is neither a text (CSV) file nor an Excel workbook (.xlsx). Choose a CSV or XLSX file, or export the data to one of these formats.</source>
        <translation>“%1” is neither a text (CSV) file nor an Excel workbook (.xlsx). Choose a CSV or XLSX file, or export the data to one of these formats.</translation>
    </message>
    <message>
        <source>“%1” contains a NUL byte on line %2, which a text file never holds: the file is damaged or is not a CSV file. Export it again as CSV.</source>
        <translation>“%1” contains a NUL byte on line %2, which a text file never holds: the file is damaged or is not a CSV file. Export it again as CSV.</translation>
    </message>
    <message>
        <source>“%1” is written in UTF-16 (Excel&apos;s “Unicode Text”), which Palier does not read. Save it again as “CSV UTF-8” (or CSV) and import that file.</source>
        <translation>“%1” is written in UTF-16 (Excel&apos;s “Unicode Text”), which Palier does not read. Save it again as “CSV UTF-8” (or CSV) and import that file.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which Palier does not read. Open it in Excel or LibreOffice, remove any password and save it as .xlsx or CSV.</source>
        <translation>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which Palier does not read. Open it in Excel or LibreOffice, remove any password and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but not an Excel workbook. If it is a LibreOffice (.ods) or other spreadsheet, save it as .xlsx or CSV; otherwise choose the right file.</source>
        <translation>“%1” is a zip archive but not an Excel workbook. If it is a LibreOffice (.ods) or other spreadsheet, save it as .xlsx or CSV; otherwise choose the right file.</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook, whatever its name says: it is a text file. Read it as CSV.</source>
        <translation>“%1” is not an Excel workbook, whatever its name says: it is a text file. Read it as CSV.</translation>
    </message>
    <message>
        <source>“%1” is a damaged or incomplete Excel workbook. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation>“%1” is a damaged or incomplete Excel workbook. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</translation>
    </message>
    <message>
        <source>“%1” is damaged: cell %2 of sheet “%3” refers to a text that the workbook does not contain. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation>“%1” is damaged: cell %2 of sheet “%3” refers to a text that the workbook does not contain. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no worksheet, so there is nothing to read. Check that you chose the file that holds the data.</source>
        <translation>The workbook “%1” has no worksheet, so there is nothing to read. Check that you chose the file that holds the data.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet named “%2”. Choose one of its sheets: %3.</source>
        <translation>The workbook “%1” has no sheet named “%2”. Choose one of its sheets: %3.</translation>
    </message>
    <message>
        <source>“%1”, line %2: a value opens with a quote (&quot;) that is never closed, so the rest of the file would be read as one value. Fix the quotes on that line (a quote inside a value is written twice: &quot;&quot;) and import again.</source>
        <translation>“%1”, line %2: a value opens with a quote (&quot;) that is never closed, so the rest of the file would be read as one value. Fix the quotes on that line (a quote inside a value is written twice: &quot;&quot;) and import again.</translation>
    </message>
    <message>
        <source>“%1”, line %2: a row longer than %3 MB, which no table holds. Check that this is the right file and that its quotes are balanced, then export it again.</source>
        <translation>“%1”, line %2: a row longer than %3 MB, which no table holds. Check that this is the right file and that its quotes are balanced, then export it again.</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>Reading “%1” was cancelled.</translation>
    </message>
</context>
<context>
    <name>Palier::TableColumns</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
</context>
<context>
    <name>Palier::TablePage</name>
    <message>
        <source>Shows the rows holding every word typed, in any column; case and accents do not matter.</source>
        <translation>Shows the rows holding every word typed, in any column; case and accents do not matter.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
</context>
<context>
    <name>Palier::UpdateTableModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>Palier::UsageTargetModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Palier::WelcomePage</name>
    <message>
        <source>Open the &amp;Demo Region</source>
        <translation>Open the &amp;Demo Region</translation>
    </message>
    <message>
        <source>&amp;Create a Campaign…</source>
        <translation>&amp;Create a Campaign…</translation>
    </message>
    <message>
        <source>&amp;Open a Database…</source>
        <translation>&amp;Open a Database…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Remove from the List</source>
        <translation>&amp;Remove from the List</translation>
    </message>
    <message>
        <source>A fictitious Provence-Alpes-Côte d&apos;Azur campaign at its latest stage, to try every page without risk. Created the first time.</source>
        <translation>A fictitious Provence-Alpes-Côte d&apos;Azur campaign at its latest stage, to try every page without risk. Created the first time.</translation>
    </message>
    <message>
        <source>A new regional database for one programme: choose the region, the programme and the file.</source>
        <translation>A new regional database for one programme: choose the region, the programme and the file.</translation>
    </message>
    <message>
        <source>A .palier file you already have, or one a colleague sent you.</source>
        <translation>A .palier file you already have, or one a colleague sent you.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>Forget this file in the list; the file itself is left as it is (Delete)</source>
        <translation>Forget this file in the list; the file itself is left as it is (Delete)</translation>
    </message>
    <message>
        <source>Welcome to Palier</source>
        <translation>Welcome to Palier</translation>
    </message>
    <message>
        <source>Palier keeps one campaign of a region in one database file: its roadmap, the applications and their review, the preselection sent to the DGOS, the letters and the follow-up of the projects. Start with one of these.</source>
        <translation>Palier keeps one campaign of a region in one database file: its roadmap, the applications and their review, the preselection sent to the DGOS, the letters and the follow-up of the projects. Start with one of these.</translation>
    </message>
    <message>
        <source>Recent data&amp;bases:</source>
        <translation>Recent data&amp;bases:</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>“%1” cannot be found: it was moved or deleted, or its drive is not connected. Remove it from the list, or connect the drive.</source>
        <translation>“%1” cannot be found: it was moved or deleted, or its drive is not connected. Remove it from the list, or connect the drive.</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>No database opened yet</translation>
    </message>
    <message>
        <source>Shared database on a PostgreSQL server</source>
        <translation>Shared database on a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfDialog</name>
    <message>
        <source>What-If on the Weights</source>
        <translation>What-If on the Weights</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Mean of the evaluators&apos; scores</source>
        <translation>Mean of the evaluators&apos; scores</translation>
    </message>
    <message>
        <source>Median of the evaluators&apos; scores</source>
        <translation>Median of the evaluators&apos; scores</translation>
    </message>
    <message>
        <source> % of the scale</source>
        <translation> % of the scale</translation>
    </message>
    <message>
        <source>A file is flagged for discussion when its evaluators&apos; scores on a criterion differ by more than this share of the criterion&apos;s scale</source>
        <translation>A file is flagged for discussion when its evaluators&apos; scores on a criterion differ by more than this share of the criterion&apos;s scale</translation>
    </message>
    <message>
        <source>C&amp;onsensus:</source>
        <translation>C&amp;onsensus:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Settings</source>
        <translation>Sa&amp;ve Settings</translation>
    </message>
    <message>
        <source>Back to the stored weights and settings</source>
        <translation>Back to the stored weights and settings</translation>
    </message>
    <message>
        <source>&amp;Apply Weights…</source>
        <translation>&amp;Apply Weights…</translation>
    </message>
    <message>
        <source>Saves these weights as a new version of the domain&apos;s grid</source>
        <translation>Saves these weights as a new version of the domain&apos;s grid</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every weight is 0: every file totals 0. Give a criterion some weight.</source>
        <translation>Every weight is 0: every file totals 0. Give a criterion some weight.</translation>
    </message>
    <message>
        <source>No file moves.</source>
        <translation>No file moves.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) move; nothing is saved until you apply.</source>
        <translation>
            <numerusform>%Ln file moves; nothing is saved until you apply.</numerusform>
            <numerusform>%Ln files move; nothing is saved until you apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the Weights</source>
        <translation>Apply the Weights</translation>
    </message>
    <message>
        <source>Save these weights as version %1 of the %2 grid? The ranking of %2 changes for everyone.</source>
        <translation>Save these weights as version %1 of the %2 grid? The ranking of %2 changes for everyone.</translation>
    </message>
    <message>
        <source>Weights set in the what-if</source>
        <translation>Weights set in the what-if</translation>
    </message>
    <message>
        <source>Saved as version %1 of the %2 grid.</source>
        <translation>Saved as version %1 of the %2 grid.</translation>
    </message>
    <message>
        <source>The consensus settings are saved.</source>
        <translation>The consensus settings are saved.</translation>
    </message>
    <message>
        <source>The ranking shows which files enter or leave the first N, and for each file the range of the last weight moved over which it stays in (or out of) them</source>
        <translation>The ranking shows which files enter or leave the first N, and for each file the range of the last weight moved over which it stays in (or out of) them</translation>
    </message>
    <message>
        <source>&amp;Top files:</source>
        <translation>&amp;Top files:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>D&amp;isagreement above:</source>
        <translation>D&amp;isagreement above:</translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Trial Total</source>
        <translation>Trial Total</translation>
    </message>
    <message>
        <source>Stored Rank</source>
        <translation>Stored Rank</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>enters</source>
        <translation>enters</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>leaves</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>Stable Weights of %1</source>
        <translation>Stable Weights of %1</translation>
    </message>
</context>
<context>
    <name>Palier::Workflow</name>
    <message>
        <source>Cannot read the history of the file %1.</source>
        <translation>Cannot read the history of the file %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is already “%2”.</source>
        <translation>The file %1 is already “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are already “%1”: %2.</source>
        <translation>
            <numerusform>%Ln file is already “%1”: %2.</numerusform>
            <numerusform>%Ln files are already “%1”: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: its state can no longer change, so it cannot go to %3.</source>
        <translation>The file %1 is “%2”: its state can no longer change, so it cannot go to %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are “%1” (%2): their state can no longer change, so they cannot go to %3.</source>
        <translation>
            <numerusform>%Ln file is “%1” (%2): its state can no longer change, so it cannot go to %3.</numerusform>
            <numerusform>%Ln files are “%1” (%2): their state can no longer change, so they cannot go to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: it can go to %3, not to %4.</source>
        <translation>The file %1 is “%2”: it can go to %3, not to %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are “%1” (%2): they can go to %3, not to %4.</source>
        <translation>
            <numerusform>%Ln file is “%1” (%2): it can go to %3, not to %4.</numerusform>
            <numerusform>%Ln files are “%1” (%2): they can go to %3, not to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the files to change.</source>
        <translation>Cannot read the files to change.</translation>
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
        <translation>No file is selected: choose the files to move.</translation>
    </message>
    <message>
        <source>“%1” is not a state of the file workflow. Use one of: %2.</source>
        <translation>“%1” is not a state of the file workflow. Use one of: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed, not even the other %Ln file(s).</source>
        <translation>
            <numerusform>Nothing was changed, not even the other file.</numerusform>
            <numerusform>Nothing was changed, not even the other %Ln files.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to move the file %1 from “%2” to “%3”; it is kept in the file&apos;s history.</source>
        <translation>A reason is required to move the file %1 from “%2” to “%3”; it is kept in the file&apos;s history.</translation>
    </message>
    <message numerus="yes">
        <source>A reason is required to move %Ln files to “%1”; it is kept in their history.</source>
        <translation>
            <numerusform>A reason is required to move %Ln file to “%1”; it is kept in its history.</numerusform>
            <numerusform>A reason is required to move %Ln files to “%1”; it is kept in their history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the state of the file %1.</source>
        <translation>Cannot change the state of the file %1.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being moved; nothing was changed. Try again.</source>
        <translation>The file %1 changed while it was being moved; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>Cannot record the history of the file %1.</source>
        <translation>Cannot record the history of the file %1.</translation>
    </message>
    <message>
        <source>Cannot read the states of the file workflow.</source>
        <translation>Cannot read the states of the file workflow.</translation>
    </message>
    <message>
        <source>Cannot read the allowed transitions of the file workflow.</source>
        <translation>Cannot read the allowed transitions of the file workflow.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) to %1?</source>
        <translation>
            <numerusform>Move %Ln file to %1?</numerusform>
            <numerusform>Move %Ln files to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list of choices</comment>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Cannot change the state of the files.</source>
        <translation>Cannot change the state of the files.</translation>
    </message>
    <message>
        <source>Cannot record the history of the files.</source>
        <translation>Cannot record the history of the files.</translation>
    </message>
    <message>
        <source>Some of the files changed while they were being moved; nothing was changed. Try again.</source>
        <translation>Some of the files changed while they were being moved; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>The file %1 is moved twice; nothing was changed.</source>
        <translation>The file %1 is moved twice; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Palier::XlsxOutput</name>
    <message>
        <source>Cannot write Excel files: the libxlsxwriter library is missing or unusable. Install it (package libxlsxwriter4), or export as CSV.</source>
        <translation>Cannot write Excel files: the libxlsxwriter library is missing or unusable. Install it (package libxlsxwriter4), or export as CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation>Cannot write “%1”. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check the free disk space and that you may write there.</source>
        <translation>Cannot write “%1”. Check the free disk space and that you may write there.</translation>
    </message>
</context>
<context>
    <name>Palier::main</name>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Unknown page “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
</context>
</TS>
