<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Identifiers</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>a special space (%1)</source>
        <translation>un espace spécial (%1)</translation>
    </message>
    <message>
        <source>an invisible character (%1)</source>
        <translation>un caractère invisible (%1)</translation>
    </message>
    <message>
        <source>The FINESS number is missing. Enter the 9-character number of the establishment or legal entity.</source>
        <translation>Le numéro FINESS est manquant. Saisissez le numéro à 9 caractères de l’établissement ou de l’entité juridique.</translation>
    </message>
    <message>
        <source>FINESS number %1 has 8 characters instead of 9; a spreadsheet probably dropped its leading zero. Use 0%1 and format the column as text.</source>
        <translation>Le numéro FINESS %1 a 8 caractères au lieu de 9&#xa0;; un tableur a probablement supprimé son zéro initial. Utilisez 0%1 et mettez la colonne au format texte.</translation>
    </message>
    <message>
        <source>FINESS number %1 must have 9 characters, it has %2. Check that it was not truncated or typed with extra characters.</source>
        <translation>Le numéro FINESS %1 doit comporter 9 caractères, il en a %2. Vérifiez qu’il n’a pas été tronqué ni saisi avec des caractères en trop.</translation>
    </message>
    <message>
        <source>FINESS number %1 contains %2 at position %3. Only digits are allowed, except 2A or 2B as the first two characters (Corsica).</source>
        <translation>Le numéro FINESS %1 contient %2 en position %3. Seuls les chiffres sont admis, sauf 2A ou 2B comme deux premiers caractères (Corse).</translation>
    </message>
    <message>
        <source>FINESS number %1 has check key %2, expected %3. A character was probably mistyped: check the number against the FINESS directory.</source>
        <translation>Le numéro FINESS %1 a la clé de contrôle %2 au lieu de %3. Un caractère a probablement été mal saisi&#xa0;: vérifiez le numéro dans le répertoire FINESS.</translation>
    </message>
    <message>
        <source>The SIRET is missing. Enter the 14-digit SIRET of the establishment.</source>
        <translation>Le SIRET est manquant. Saisissez le SIRET à 14 chiffres de l’établissement.</translation>
    </message>
    <message>
        <source>SIRET %1 was turned into a number in scientific notation by a spreadsheet, which lost its last digits. Export the file again with the SIRET column formatted as text.</source>
        <translation>Le SIRET %1 a été converti par un tableur en nombre en notation scientifique, ce qui lui a fait perdre ses derniers chiffres. Exportez de nouveau le fichier avec la colonne SIRET au format texte.</translation>
    </message>
    <message>
        <source>SIRET %1 contains %2 at position %3. A SIRET has digits only: remove spaces and other separators.</source>
        <translation>Le SIRET %1 contient %2 en position %3. Un SIRET ne comporte que des chiffres&#xa0;: supprimez les espaces et autres séparateurs.</translation>
    </message>
    <message>
        <source>%1 has 9 digits: it is a SIREN (the company number), not a SIRET (the 14-digit establishment number). Enter the SIRET of the establishment.</source>
        <translation>%1 a 9 chiffres&#xa0;: c’est un SIREN (le numéro de l’entreprise), pas un SIRET (le numéro d’établissement à 14 chiffres). Saisissez le SIRET de l’établissement.</translation>
    </message>
    <message>
        <source>SIRET %1 must have 14 digits, it has %2. Check that it was not truncated or typed with extra digits.</source>
        <translation>Le SIRET %1 doit comporter 14 chiffres, il en a %2. Vérifiez qu’il n’a pas été tronqué ni saisi avec des chiffres en trop.</translation>
    </message>
    <message>
        <source>SIRET %1 of La Poste is invalid: the sum of its digits must be a multiple of 5. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>Le SIRET %1 de La Poste n’est pas valide&#xa0;: la somme de ses chiffres doit être un multiple de 5. Un chiffre a probablement été mal saisi&#xa0;: vérifiez le numéro dans le répertoire SIRENE.</translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its first 9 digits, SIREN %2, have a wrong check digit. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>Le SIRET %1 n’est pas valide&#xa0;: ses 9 premiers chiffres, le SIREN %2, ont une clé de contrôle erronée. Un chiffre a probablement été mal saisi&#xa0;: vérifiez le numéro dans le répertoire SIRENE.</translation>
    </message>
    <message>
        <source>SIRET %1 is invalid: its last digit is %2, expected %3 if the first 13 digits are right. A digit was probably mistyped: check the number in the SIRENE directory.</source>
        <translation>Le SIRET %1 n’est pas valide&#xa0;: son dernier chiffre est %2, alors que %3 est attendu si les 13 premiers chiffres sont justes. Un chiffre a probablement été mal saisi&#xa0;: vérifiez le numéro dans le répertoire SIRENE.</translation>
    </message>
</context>
<context>
    <name>Palier</name>
    <message>
        <source>“%1” is not a region code. Use the INSEE code of one of the 18 regions, e.g. 93 for Provence-Alpes-Côte d&apos;Azur.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de région. Utilisez le code INSEE de l’une des 18 régions, par exemple 93 pour Provence-Alpes-Côte d’Azur.</translation>
    </message>
    <message>
        <source>This database already holds the campaign “%1”. Create a new database for another campaign.</source>
        <translation>Cette base contient déjà la campagne «&#xa0;%1&#xa0;». Créez une nouvelle base pour une autre campagne.</translation>
    </message>
    <message>
        <source>Cannot record the campaign.</source>
        <translation>Impossible d’enregistrer la campagne.</translation>
    </message>
    <message>
        <source>Cannot read the campaign of this database.</source>
        <translation>Impossible de lire la campagne de cette base.</translation>
    </message>
    <message>
        <source>Cannot list the tables of the database.</source>
        <translation>Impossible de lister les tables de la base.</translation>
    </message>
    <message>
        <source>Cannot run the integrity check.</source>
        <translation>Impossible d’exécuter le contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>Cannot run the foreign key check.</source>
        <translation>Impossible d’exécuter le contrôle des clés étrangères.</translation>
    </message>
    <message>
        <source>table %1, row %2: no matching row in %3</source>
        <translation>table %1, ligne %2&#xa0;: aucune ligne correspondante dans %3</translation>
    </message>
    <message>
        <source>This database holds no campaign. Open another database, or create a new one with File › New Regional Database….</source>
        <translation>Cette base ne contient aucune campagne. Ouvrez une autre base, ou créez-en une avec Fichier › Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>Cannot count the rows of the table %1.</source>
        <translation>Impossible de compter les lignes de la table %1.</translation>
    </message>
</context>
<context>
    <name>Palier::AboutDialog</name>
    <message>
        <source>About Palier</source>
        <translation>À propos de Palier</translation>
    </message>
    <message>
        <source>Palier helps the referents of a regional health agency (ARS) run a hospital information system funding programme, Hop&apos;EN first: the regional roadmap, the applications, their review, the preselection, the letters and the follow-up.</source>
        <translation>Palier aide les référents d’une agence régionale de santé (ARS) à conduire un programme de financement des systèmes d’information hospitaliers, Hop’EN d’abord : la feuille de route régionale, les candidatures, leur instruction, la présélection, les courriers et le suivi.</translation>
    </message>
    <message>
        <source>The demo database is fictitious: its establishments, people and amounts are made up, and every name says so.</source>
        <translation>La base de démonstration est fictive : ses établissements, ses personnes et ses montants sont inventés, et chaque nom le dit.</translation>
    </message>
    <message>
        <source>Palier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. Built with Qt %2.</source>
        <translation>Logiciel libre sous &lt;a href=&quot;%1&quot;&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou ultérieure. Construit avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>Palier::CampaignFiles</name>
    <message>
        <source>“%1” already exists. A new database never replaces a file: choose another name.</source>
        <translation>« %1 » existe déjà. Une nouvelle base ne remplace jamais un fichier : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from. Choose another name.</source>
        <translation>Une copie ne peut pas remplacer la base dont elle est faite. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Check that the file is not open elsewhere and that you may write in its folder.</source>
        <translation>Impossible de remplacer « %1 ». Vérifiez que le fichier n’est pas ouvert ailleurs et que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Palier databases (*.palier);;All files (*)</source>
        <translation>Bases Palier (*.palier);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureModel</name>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation>Impossible de lire les candidatures de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%1 sur %n candidature</numerusform>
            <numerusform>%1 sur %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Éditeur : %1</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Instruite</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliApp</name>
    <message>
        <source>The regional database (.palier file).</source>
        <translation>La base régionale (fichier .palier).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Écrit un unique objet JSON sur la sortie standard.</translation>
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
        <translation>Utilisation&#xa0;: palier-cli COMMANDE [options]

Commandes&#xa0;:
  init   --db FICHIER --region CODE [--programme hopen-2019]   crée une base régionale
  demo   --db FICHIER [--scale region|national] [--seed N] [--region CODE]
                                                              écrit la campagne de démonstration fictive
  info   --db FICHIER [--json]  nombre de lignes par table, campagne, version du schéma
  check  --db FICHIER [--json]  intégrité et clés étrangères

Codes de sortie&#xa0;: 0 succès, 1 problèmes détectés, 2 entrée ou arguments inutilisables.
palier-cli COMMANDE --help affiche les options d’une commande.
</translation>
    </message>
    <message>
        <source>INSEE code of the region, e.g. 93.</source>
        <translation>Code INSEE de la région, par exemple 93.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Programme definition (default hopen-2019).</source>
        <translation>Définition de programme (par défaut hopen-2019).</translation>
    </message>
    <message>
        <source>region (default) or national.</source>
        <translation>region (par défaut) ou national.</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2019).</source>
        <translation>Graine du générateur (par défaut 2019).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>INSEE code of the region (default 93).</source>
        <translation>Code INSEE de la région (par défaut 93).</translation>
    </message>
    <message>
        <source>palier-cli %1</source>
        <translation>palier-cli %1</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Affiche l’aide.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The option --db FILE is required.</source>
        <translation>L’option --db FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The option --region CODE is required, e.g. --region 93.</source>
        <translation>L’option --region CODE est obligatoire, par exemple --region 93.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; an existing database is never overwritten.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier&#xa0;; une base existante n’est jamais écrasée.</translation>
    </message>
    <message>
        <source>Created %1: %2, %3–%4.</source>
        <translation>Base créée dans %1&#xa0;: %2, %3–%4.</translation>
    </message>
    <message>
        <source>--scale takes “region” or “national”, not “%1”.</source>
        <translation>--scale accepte «&#xa0;region&#xa0;» ou «&#xa0;national&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Demo campaign written to %1: %2 establishments, %3 candidatures (fictitious data).</source>
        <translation>Campagne de démonstration écrite dans %1&#xa0;: %2 établissements, %3 candidatures (données fictives).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Palier writes %2)</source>
        <translation>Version du schéma&#xa0;: %1 (cette version de Palier écrit la version %2)</translation>
    </message>
    <message>
        <source>Campaign: %1, %2–%3</source>
        <translation>Campagne&#xa0;: %1, %2–%3</translation>
    </message>
    <message>
        <source>Campaign: none</source>
        <translation>Campagne&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Foreign key: %1</source>
        <translation>Clé étrangère&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no problem found.</source>
        <translation>%1&#xa0;: aucun problème détecté.</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation>%1&#xa0;: %2 problème(s) détecté(s).</translation>
    </message>
</context>
<context>
    <name>Palier::Database</name>
    <message>
        <source>“%1” is incomplete (the file is shorter than its header says): it was probably truncated while being copied. Restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est incomplet (le fichier est plus court que ne l’indique son en-tête)&#xa0;: il a probablement été tronqué lors d’une copie. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Palier (schema version %2; this one knows up to %3). Update Palier to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Palier (version de schéma %2&#xa0;; cette version-ci connaît au plus la version %3). Mettez Palier à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Palier database.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base Palier.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;». Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file is readable and the disk is not full.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le fichier est lisible et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used as it is. It was left untouched; restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être utilisé en l’état. Il a été laissé intact&#xa0;; restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation>Impossible de lire la version du schéma de la base.</translation>
    </message>
    <message>
        <source>A database operation failed. Check that the disk is not full and the file is writable.</source>
        <translation>Une opération sur la base a échoué. Vérifiez que le disque n’est pas plein et que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose another name.</source>
        <translation>Le fichier de sauvegarde «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write the backup copy “%1”. Check the free disk space.</source>
        <translation>Impossible d’écrire la copie de sauvegarde «&#xa0;%1&#xa0;». Vérifiez l’espace disque disponible.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database: another program may be writing to it. Try again in a moment.</source>
        <translation>Impossible de commencer une modification de la base&#xa0;: un autre programme est peut-être en train d’y écrire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone. Check the free disk space and try again.</source>
        <translation>La modification n’a pas pu être enregistrée et a été annulée. Vérifiez l’espace disque disponible, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is not a Palier database. Choose a .palier file, or create a new regional database with File › New Regional Database….</source>
        <translation>« %1 » n’est pas une base Palier. Choisissez un fichier .palier, ou créez une base régionale avec Fichier › Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not one written by Palier. It was left untouched; to bring its data into Palier, import its tables with File › Import….</source>
        <translation>« %1 » est une base SQLite, mais elle n’a pas été écrite par Palier. Elle n’a pas été modifiée ; pour en reprendre les données dans Palier, importez ses tables avec Fichier › Importer…</translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Check the path, or create it with File › New Regional Database….</source>
        <translation>La base « %1 » n’existe pas. Vérifiez le chemin, ou créez-la avec Fichier › Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”; the database was not upgraded. Check that you may write there and that the disk is not full.</source>
        <translation>Impossible de créer le dossier de sauvegarde « %1 » ; la base n’a pas été mise à jour. Vérifiez que vous pouvez y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the problem with its details.</source>
        <translation>La mise à jour de la base vers la version %1 a échoué ; elle est restée telle quelle, en version %2. Signalez le problème avec ses détails.</translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentModel</name>
    <message>
        <source>Cannot read the establishments of this database.</source>
        <translation>Impossible de lire les établissements de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n establishment(s)</source>
        <translation>
            <numerusform>%1 sur %n établissement</numerusform>
            <numerusform>%1 sur %n établissements</numerusform>
        </translation>
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
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
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
        <translation>Privé à but lucratif</translation>
    </message>
    <message>
        <source>Private non-profit (ESPIC)</source>
        <translation>Privé à but non lucratif (ESPIC)</translation>
    </message>
    <message>
        <source>Cancer centre (CLCC)</source>
        <translation>Centre de lutte contre le cancer (CLCC)</translation>
    </message>
</context>
<context>
    <name>Palier::Generator</name>
    <message>
        <source>Cannot read the domains of the programme.</source>
        <translation>Impossible de lire les domaines du programme.</translation>
    </message>
    <message>
        <source>The programme of this campaign has no domain.</source>
        <translation>Le programme de cette campagne ne comporte aucun domaine.</translation>
    </message>
    <message>
        <source>Cannot write the demo GHTs.</source>
        <translation>Impossible d’écrire les GHT de démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo establishments.</source>
        <translation>Impossible d’écrire les établissements de démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo candidatures.</source>
        <translation>Impossible d’écrire les candidatures de démonstration.</translation>
    </message>
    <message>
        <source>Cannot read the database.</source>
        <translation>Impossible de lire la base.</translation>
    </message>
    <message>
        <source>The database already holds establishments: demo data goes into a new, empty database only.</source>
        <translation>La base contient déjà des établissements&#xa0;: les données de démonstration ne s’écrivent que dans une nouvelle base vide.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Regional Database…</source>
        <translation>&amp;Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>Create a database for one region and one programme</source>
        <translation>Créer une base pour une région et un programme</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a regional database (.palier file)</source>
        <translation>Ouvrir une base régionale (fichier .palier)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database, e.g. for a backup or a colleague</source>
        <translation>Écrire une copie cohérente de toute la base, pour une sauvegarde ou un collègue par exemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Palier</source>
        <translation>À &amp;propos de Palier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>The database was brought up to date; the previous version was kept in “%1”.</source>
        <translation>La base a été mise à jour ; la version précédente a été conservée dans « %1 ».</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région : %1</translation>
    </message>
    <message>
        <source>Programme: %1 %2–%3</source>
        <translation>Programme : %1 %2–%3</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Aucune campagne</translation>
    </message>
    <message>
        <source>Cannot Create the Database</source>
        <translation>Impossible de créer la base</translation>
    </message>
    <message>
        <source>Open a Regional Database</source>
        <translation>Ouvrir une base régionale</translation>
    </message>
    <message>
        <source>%1 (copy).palier</source>
        <translation>%1 (copie).palier</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot Save the Copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <source>Copy saved in “%1”.</source>
        <translation>Copie enregistrée dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>Palier::NewDatabaseDialog</name>
    <message>
        <source>New Regional Database</source>
        <translation>Nouvelle base régionale</translation>
    </message>
    <message>
        <source>A regional database holds one campaign: one region and one programme. Its reference data and the programme definition are loaded now; you can edit them afterwards.</source>
        <translation>Une base régionale contient une campagne : une région et un programme. Ses données de référence et la définition du programme sont chargées maintenant ; vous pourrez les modifier ensuite.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>Palier::Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Preselection</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The dashboard will sum up the campaign at a glance: applications received and reviewed, the envelope committed and paid, the next deadlines.</source>
        <translation>Le tableau de bord résumera la campagne d’un coup d’œil : candidatures reçues et instruites, enveloppe engagée et versée, prochaines échéances.</translation>
    </message>
    <message>
        <source>The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, and the calendar of the campaign.</source>
        <translation>La feuille de route portera la stratégie régionale : l’enveloppe, sa répartition par domaine et par axe, et le calendrier de la campagne.</translation>
    </message>
    <message>
        <source>The review page will take each application through its states and record the scores given per criterion by each evaluator.</source>
        <translation>La page Instruction fera passer chaque candidature par ses états et enregistrera les notes données par critère par chaque évaluateur.</translation>
    </message>
    <message>
        <source>The preselection page will rank the applications per domain, fill the regional envelope and seal the file sent to the DGOS.</source>
        <translation>La page Présélection classera les candidatures par domaine, remplira l’enveloppe régionale et scellera le fichier envoyé à la DGOS.</translation>
    </message>
    <message>
        <source>The letters page will print the notification letters, selected or rejected, for every establishment.</source>
        <translation>La page Courriers imprimera les courriers de notification, de sélection ou de refus, pour chaque établissement.</translation>
    </message>
    <message>
        <source>The follow-up page will record indicator declarations, check the usage targets and schedule the payments (20 % start-up, 80 % on use).</source>
        <translation>La page Suivi enregistrera les déclarations d’indicateurs, vérifiera les cibles d’usage et planifiera les versements (20 % à l’amorçage, 80 % à l’usage).</translation>
    </message>
</context>
<context>
    <name>Palier::PlaceholderPage</name>
    <message>
        <source>This page comes in a later version of Palier.</source>
        <translation>Cette page arrive dans une prochaine version de Palier.</translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeDefinition</name>
    <message>
        <source>Programme definition refused: it is not valid JSON (%1 at offset %2, line %3, column %4).</source>
        <translation>Définition de programme refusée&#xa0;: ce n’est pas du JSON valide (%1 à la position %2, ligne %3, colonne %4).</translation>
    </message>
    <message>
        <source>Programme definition refused — %1: %2</source>
        <translation>Définition de programme refusée — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Palier has no programme “%1”. Available programmes: %2.</source>
        <translation>Palier ne connaît pas de programme «&#xa0;%1&#xa0;». Programmes disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The definition of the programme “%1” cannot be read. Reinstall Palier.</source>
        <translation>La définition du programme «&#xa0;%1&#xa0;» est illisible. Réinstallez Palier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the file name (%2.json)</source>
        <translation>&quot;%1&quot; ne correspond pas au nom du fichier (%2.json)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown field (check its spelling and the schemaVersion)</source>
        <translation>champ inconnu (vérifiez son orthographe et le schemaVersion)</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a code is one word, e.g. D2</source>
        <translation>&quot;%1&quot; contient un espace&#xa0;: un code est un seul mot, par exemple D2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>nombre entier attendu, de %1 à %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>expected an amount in euros from 0 to 1000000000, with at most two decimals</source>
        <translation>montant en euros attendu, de 0 à 1&#xa0;000&#xa0;000&#xa0;000, avec au plus deux décimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used at %2</source>
        <translation>&quot;%1&quot; est déjà utilisé à l’emplacement %2</translation>
    </message>
    <message>
        <source>a ratio target is a percentage from 0 to 100</source>
        <translation>une cible de type ratio est un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>a boolean target is 0 (no) or 1 (yes)</source>
        <translation>une cible de type boolean vaut 0 (non) ou 1 (oui)</translation>
    </message>
    <message>
        <source>a count target is a whole number, 0 or more</source>
        <translation>une cible de type count est un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator kind (usage or organisation)</source>
        <translation>&quot;%1&quot; n’est pas une nature d’indicateur (usage ou organisation)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value type (ratio, boolean or count)</source>
        <translation>&quot;%1&quot; n’est pas un type de valeur (ratio, boolean ou count)</translation>
    </message>
    <message>
        <source>seedSharePercent + usageSharePercent is %1, expected 100</source>
        <translation>seedSharePercent + usageSharePercent vaut %1 au lieu de 100</translation>
    </message>
    <message>
        <source>%1 is more than forfaitMaxEuros (%2)</source>
        <translation>%1 est supérieur à forfaitMaxEuros (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a programme code: use lower-case letters, digits and hyphens, e.g. hopen-2019</source>
        <translation>&quot;%1&quot; n’est pas un code de programme&#xa0;: utilisez des lettres minuscules, des chiffres et des tirets, par exemple hopen-2019</translation>
    </message>
    <message>
        <source>%1 is before firstYear (%2)</source>
        <translation>%1 précède firstYear (%2)</translation>
    </message>
    <message>
        <source>%1 is before opensOn (%2)</source>
        <translation>%1 précède opensOn (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of a prerequisite or a domain</source>
        <translation>&quot;%1&quot; n’est le code d’aucun prérequis ni d’aucun domaine</translation>
    </message>
    <message>
        <source>version %1 is not supported: this Palier reads version %2</source>
        <translation>la version %1 n’est pas prise en charge&#xa0;: cette version de Palier lit la version %2</translation>
    </message>
    <message>
        <source>expected at least one domain: establishments apply per domain</source>
        <translation>au moins un domaine attendu&#xa0;: les établissements déposent leurs candidatures par domaine</translation>
    </message>
</context>
<context>
    <name>Palier::ProgrammeStore</name>
    <message>
        <source>Cannot record the programme “%1” in the database. Check that the disk is not full and the file is writable.</source>
        <translation>Impossible d’enregistrer le programme «&#xa0;%1&#xa0;» dans la base. Vérifiez que le disque n’est pas plein et que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the programme %1 from the database: the file may be damaged.</source>
        <translation>Impossible de lire le programme %1 dans la base&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>This database already holds the programme “%1”.</source>
        <translation>Cette base contient déjà le programme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This database holds no programme %1.</source>
        <translation>Cette base ne contient pas de programme %1.</translation>
    </message>
</context>
<context>
    <name>Palier::RecentFiles</name>
    <message>
        <source>No recent database</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>Palier::ReferenceData</name>
    <message>
        <source>Cannot record the regions.</source>
        <translation>Impossible d’enregistrer les régions.</translation>
    </message>
    <message>
        <source>Cannot record the departments.</source>
        <translation>Impossible d’enregistrer les départements.</translation>
    </message>
</context>
<context>
    <name>Palier::TablePage</name>
    <message>
        <source>Shows the rows holding every word typed, in any column; case and accents do not matter.</source>
        <translation>Affiche les lignes qui contiennent chaque mot saisi, dans n’importe quelle colonne ; majuscules et accents sont ignorés.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
</context>
<context>
    <name>Palier::main</name>
    <message>
        <source>Cannot Open the Demo Database</source>
        <translation>Impossible d’ouvrir la base de démonstration</translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Page inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
</context>
</TS>
