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
        <source>Usage: palier-cli COMMAND [options]

Commands:
  init   --db FILE --region CODE [--programme hopen-2019]   create a regional database
  demo   --db FILE [--scale region|national] [--seed N] [--region CODE]
                                                           write the fictitious demo campaign
  info   --db FILE [--json]     counts per table, campaign, schema version
  check  --db FILE [--json]     integrity and foreign keys

Exit codes: 0 success, 1 problems found, 2 unusable input or arguments.
palier-cli COMMAND --help shows the options of a command.
</source>
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
