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
        <translation>Palier aide les référents d’une agence régionale de santé (ARS) à conduire un programme de financement des systèmes d’information hospitaliers, Hop’EN d’abord&#xa0;: la feuille de route régionale, les candidatures, leur instruction, la présélection, les courriers et le suivi.</translation>
    </message>
    <message>
        <source>The demo database is fictitious: its establishments, people and amounts are made up, and every name says so.</source>
        <translation>La base de démonstration est fictive&#xa0;: ses établissements, ses personnes et ses montants sont inventés, et chaque nom le dit.</translation>
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
    <name>Palier::AdvisoryLock</name>
    <message>
        <source>Another user of this database is doing the same operation (%1) right now. Wait until they have finished, then try again.</source>
        <translation>Un autre utilisateur de cette base effectue la même opération (%1) en ce moment. Attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot take the lock of the operation “%1”.</source>
        <translation>Impossible de prendre le verrou de l’opération «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is importing into this database right now. Wait until that import has finished, then try again.</source>
        <translation>Quelqu’un d’autre (un collègue, ou une autre fenêtre de Palier) est en train d’importer des données dans cette base. Attendez la fin de cet import, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is computing and saving a preselection run on this database right now. Wait until it is saved, then try again.</source>
        <translation>Quelqu’un d’autre (un collègue, ou une autre fenêtre de Palier) est en train de calculer et d’enregistrer une version de présélection dans cette base. Attendez qu’elle soit enregistrée, puis réessayez.</translation>
    </message>
    <message>
        <source>Someone else (a colleague, or another Palier window) is sealing a preselection version on this database right now. Wait until it is sealed, then try again.</source>
        <translation>Quelqu’un d’autre (un collègue, ou une autre fenêtre de Palier) est en train de sceller une version de présélection dans cette base. Attendez qu’elle soit scellée, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Palier::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Search the entries (who, what, change…)</source>
        <translation>Rechercher dans les entrées (auteur, objet, modification…)</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans le journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries; the chain of the audit trail is intact: no entry was changed, removed or added behind Palier’s back.</source>
        <translation>
            <numerusform>%Ln entrée&#xa0;; la chaîne du journal d’audit est intacte&#xa0;: aucune entrée n’a été modifiée, supprimée ni ajoutée à l’insu de Palier.</numerusform>
            <numerusform>%Ln entrées&#xa0;; la chaîne du journal d’audit est intacte&#xa0;: aucune entrée n’a été modifiée, supprimée ni ajoutée à l’insu de Palier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1. Restore a backup taken before that change, or report it to the person responsible for the database.</source>
        <translation>Le journal d’audit est rompu&#xa0;: %1. Restaurez une sauvegarde effectuée avant cette modification, ou signalez-le à la personne responsable de la base de données.</translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>Palier::AuditLogModel</name>
    <message>
        <source>Application</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Criterion and weight</source>
        <translation>Critère et poids</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <source>Label on an application</source>
        <translation>Étiquette d’un dossier</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(outside Palier)</source>
        <translation>(hors de Palier)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Envelope of a year</source>
        <translation>Enveloppe d’une année</translation>
    </message>
    <message>
        <source>Priority axis</source>
        <translation>Axe prioritaire</translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation>Répartition prévue</translation>
    </message>
    <message>
        <source>Forfait</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Amount set by hand</source>
        <translation>Montant fixé manuellement</translation>
    </message>
    <message>
        <source>Preselection version</source>
        <translation>Version de présélection</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
</context>
<context>
    <name>Palier::AuditTrail</name>
    <message>
        <source>Cannot record who makes this change.</source>
        <translation>Impossible d’enregistrer l’auteur de cette modification.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail.</source>
        <translation>Impossible de lire le journal d’audit.</translation>
    </message>
    <message>
        <source>Cannot seal the audit trail.</source>
        <translation>Impossible de sceller le journal d’audit.</translation>
    </message>
    <message>
        <source>entry %1 was written outside Palier: it is not sealed</source>
        <translation>l’entrée %1 a été écrite en dehors de Palier&#xa0;: elle n’est pas scellée</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed or inserted</source>
        <translation>l’entrée %1 ne fait pas suite à l’entrée précédente&#xa0;: une entrée a été supprimée ou insérée</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l’entrée %1 a été modifiée après son écriture</translation>
    </message>
</context>
<context>
    <name>Palier::Backups</name>
    <message>
        <source>Cannot create the backup folder “%1”. Check that you may write there, or choose another folder.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;». Vérifiez que vous pouvez y écrire, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist. Choose an existing .palier file.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’existe pas. Choisissez un fichier .palier existant.</translation>
    </message>
    <message>
        <source>The backup “%1” comes from a newer Palier. Update Palier to restore it.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» provient d’une version plus récente de Palier. Mettez Palier à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself. Choose a backup file.</source>
        <translation>Une base ne peut pas être restaurée à partir d’elle-même. Choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation>Impossible de lire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check that you may write in its folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The database was left as it was.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. La base n’a pas été modifiée.</translation>
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
        <translation>Privé lucratif</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Privé non lucratif</translation>
    </message>
    <message>
        <source>CLCC</source>
        <translation>CLCC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Candidatures received</source>
        <translation>Candidatures reçues</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Amount requested by the candidatures</source>
        <translation>Montant demandé par les candidatures</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Amount granted to the funded projects</source>
        <translation>Montant accordé aux projets financés</translation>
    </message>
    <message>
        <source>Files, region</source>
        <translation>Dossiers (région)</translation>
    </message>
    <message>
        <source>Share of the region&apos;s candidatures</source>
        <translation>Part des candidatures de la région</translation>
    </message>
    <message>
        <source>Estab., national</source>
        <translation>Étab. (national)</translation>
    </message>
    <message>
        <source>Files, national</source>
        <translation>Dossiers (national)</translation>
    </message>
    <message>
        <source>Share of the establishments preselected nationally</source>
        <translation>Part des établissements présélectionnés au niveau national</translation>
    </message>
    <message>
        <source>Share of the candidatures received nationally</source>
        <translation>Part des candidatures reçues au niveau national</translation>
    </message>
    <message>
        <source>Granted, region</source>
        <translation>Accordé (région)</translation>
    </message>
    <message>
        <source>Requested, region</source>
        <translation>Demandé (région)</translation>
    </message>
    <message>
        <source>Share of the amounts granted in the region</source>
        <translation>Part des montants accordés dans la région</translation>
    </message>
    <message>
        <source>Share of the amounts requested in the region (no project funded yet)</source>
        <translation>Part des montants demandés dans la région (aucun projet encore financé)</translation>
    </message>
    <message>
        <source>Funding, national</source>
        <translation>Financement (national)</translation>
    </message>
    <message>
        <source>Share of the funding granted nationally</source>
        <translation>Part des financements accordés au niveau national</translation>
    </message>
    <message>
        <source>Cannot count the candidatures of this database.</source>
        <translation>Impossible de compter les candidatures de cette base.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>aucun département</translation>
    </message>
</context>
<context>
    <name>Palier::CampaignFiles</name>
    <message>
        <source>“%1” already exists. A new database never replaces a file: choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une nouvelle base ne remplace jamais un fichier&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is made from. Choose another name.</source>
        <translation>Une copie ne peut pas remplacer la base dont elle est faite. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Check that the file is not open elsewhere and that you may write in its folder.</source>
        <translation>Impossible de remplacer «&#xa0;%1&#xa0;». Vérifiez que le fichier n’est pas ouvert ailleurs et que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Palier databases (*.palier);;All files (*)</source>
        <translation>Bases Palier (*.palier);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureForm</name>
    <message>
        <source>Establishment:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation>&amp;Montant demandé&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on:</source>
        <translation>Déposée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Planned sta&amp;rt:</source>
        <translation>Début &amp;prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Planned e&amp;nd:</source>
        <translation>&amp;Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Réafficher les valeurs enregistrées</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation>Enregistrer les modifications&#xa0;; Édition › Annuler permet de revenir en arrière</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The state changes on the Review page, where each change is checked and kept in the file&apos;s history.</source>
        <translation>L’état se change sur la page Instruction, où chaque changement est vérifié et gardé dans l’historique du dossier.</translation>
    </message>
</context>
<context>
    <name>Palier::CandidatureModel</name>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation>Impossible de lire les candidatures de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln candidature</numerusform>
            <numerusform>%Ln candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln application(s)</source>
        <translation>
            <numerusform>%1 sur %Ln candidature</numerusform>
            <numerusform>%1 sur %Ln candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Éditeur&#xa0;: %1</translation>
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
    <message>
        <source>Cannot read the application again after saving it.</source>
        <translation>Impossible de relire la candidature après son enregistrement.</translation>
    </message>
    <message>
        <source>Cannot save the changes to this application.</source>
        <translation>Impossible d’enregistrer les modifications de cette candidature.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>L’intitulé ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The requested amount must be zero or more.</source>
        <translation>Le montant demandé doit être positif ou nul.</translation>
    </message>
    <message>
        <source>Choose a state.</source>
        <translation>Choisissez un état.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Planned Start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned End</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The eligibility of the establishments is being computed.</source>
        <translation>L’éligibilité des établissements est en cours de calcul.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln application(s), reading the others…</source>
        <translation>
            <numerusform>%L1 sur %Ln candidature, lecture des autres…</numerusform>
            <numerusform>%L1 sur %Ln candidatures, lecture des autres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 shown, %L2 of %Ln application(s) read…</source>
        <translation>
            <numerusform>%L1 affichées, %L2 lues sur %Ln candidature…</numerusform>
            <numerusform>%L1 affichées, %L2 lues sur %Ln candidatures…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ChangeStateDialog</name>
    <message>
        <source>Change State</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Nouvel état&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) selected.</source>
        <translation>
            <numerusform>%Ln dossier sélectionné.</numerusform>
            <numerusform>%Ln dossiers sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have no state in common to go to.</source>
        <translation>Les dossiers sélectionnés n’ont aucun état de destination en commun.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Palier::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the figures of the chart as a table</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>Exporter en image PNG…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>Exporter en dessin SVG…</translation>
    </message>
    <message>
        <source>Cannot write the chart to “%1”. Check that the folder exists and that you may write in it.</source>
        <translation>Impossible d’écrire le graphique dans «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Export the Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot Export the Chart</source>
        <translation>Exportation du graphique impossible</translation>
    </message>
</context>
<context>
    <name>Palier::ChartPlugin</name>
    <message>
        <source>The charts of the dashboard cannot be drawn: part of Palier is missing or damaged. The tables of the cards show the same figures. Reinstall Palier to see the charts.</source>
        <translation>Les graphiques du tableau de bord ne peuvent pas être affichés : une partie de Palier manque ou est endommagée. Les tableaux des cartes présentent les mêmes chiffres. Réinstallez Palier pour voir les graphiques.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Audit</name>
    <message>
        <source>Usage: palier-cli audit verify --db FILE [--json].</source>
        <translation>Usage&#xa0;: palier-cli audit verify --db FICHIER [--json].</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier and has no audit trail yet. Open it once with Palier to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Palier et n’a pas encore de journal d’audit. Ouvrez-le une fois avec Palier pour le mettre à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %1 verified: %Ln entries, chain intact.</source>
        <translation>
            <numerusform>Journal d’audit de %1 vérifié&#xa0;: %Ln entrée, chaîne intacte.</numerusform>
            <numerusform>Journal d’audit de %1 vérifié&#xa0;: %Ln entrées, chaîne intacte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail of %1 broken: %2.</source>
        <translation>Journal d’audit de %1 rompu&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Backup</name>
    <message>
        <source>“%1” already exists: a backup never replaces a file. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: une sauvegarde ne remplace jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you may write in its folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Where to write the copy (default: the backup folder).</source>
        <translation>Emplacement de la copie (par défaut&#xa0;: le dossier de sauvegarde).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The option --from FILE is required: the backup to restore.</source>
        <translation>L’option --from FICHIER est obligatoire&#xa0;: la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>%1 a été restauré à partir de %2.</translation>
    </message>
    <message>
        <source>%1 restored from %2; the replaced version was kept in %3.</source>
        <translation>%1 a été restauré à partir de %2&#xa0;; la version remplacée a été conservée dans %3.</translation>
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
    <message>
        <source>Use the import profile NAME saved in the database (file layout and columns) instead of recognising the file.</source>
        <translation>Utilise le profil d’import NOM enregistré dans la base (format du fichier et colonnes) au lieu de reconnaître le fichier.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation>Importe les lignes valides même si d’autres sont rejetées.</translation>
    </message>
    <message>
        <source>Check the file and count what would change; write nothing.</source>
        <translation>Vérifie le fichier et compte ce qui changerait&#xa0;; n’écrit rien.</translation>
    </message>
    <message>
        <source>import needs what to import and the file, e.g. palier-cli import establishments sae-2022-id.csv --db region.palier.</source>
        <translation>import attend le type de données à importer et le fichier, par exemple palier-cli import establishments sae-2022-id.csv --db region.palier.</translation>
    </message>
    <message>
        <source>The profile “%1” imports %2, not %3.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» sert à importer %2, pas %3.</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3).</source>
        <translation>%1&#xa0;: %2 lignes lues (%3).</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected; %5 warnings.</source>
        <translation>Lignes nouvelles&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3, rejetées&#xa0;: %4&#xa0;; avertissements&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Rejected: line %1, column %2: %3</source>
        <translation>Rejet&#xa0;: ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rejected: line %1: %2</source>
        <translation>Rejet&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: line %1, column %2: %3</source>
        <translation>Avertissement&#xa0;: ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Warning: line %1: %2</source>
        <translation>Avertissement&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows were rejected. Correct them, or run again with --accept-valid to import the %2 valid rows.</source>
        <translation>Rien n’a été écrit&#xa0;: %1 lignes ont été rejetées. Corrigez-les, ou relancez la commande avec --accept-valid pour importer les %2 lignes valides.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Import effectué dans %1.</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. Use establishments, ght, candidatures, indicators, scores or declarations.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé. Utilisez establishments, ght, candidatures, indicators, scores ou declarations.</translation>
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
        <translation>Utilisation&#xa0;: palier-cli COMMAND [options]

Commandes&#xa0;:
  init   --db FILE --region CODE [--programme hopen-2019]   créer une base régionale
  demo   --db FILE [--scale region|national] [--seed N] [--region CODE]
                                                           écrire la campagne de démonstration fictive
  info   --db FILE [--json]     effectifs par table, campagne, version de schéma
  check  --db FILE [--json]     intégrité et clés étrangères
  import KIND FILE --db FILE [--profile NAME] [--accept-valid] [--dry-run] [--json]
                                KIND&#xa0;: establishments, ght, candidatures, indicators, scores,
                                declarations
  state  --db FILE --candidature ID[,ID…] --to STATE [--reason TEXT]   faire changer des dossiers d’état dans le circuit
  history --db FILE --candidature ID           les états par lesquels un dossier est passé
  eligibility --db FILE [--finess F]           prérequis atteints, par établissement
  rank   --db FILE [--domain D2] [--json]    classement par domaine, avec les totaux
  export scores --db FILE --out FILE.(csv|xlsx)   notes et poids, pour recalculer les totaux
  preselect --db FILE --method rank|optimal [--envelope EUR] [--quota KEY=MIN..MAX]… [--save]
                                la présélection dans la limite de l’enveloppe et des quotas
  seal   --db FILE --run N --out FILE.xlsx   sceller une version de présélection et écrire le fichier DGOS
  export dgos --db FILE --run N --out FILE.xlsx   le fichier DGOS d’une version scellée, écrit à nouveau
  letters --db FILE --out DIR [--combined FILE.pdf] [--format pdf|odt]   courriers de notification
  backup --db FILE [--out FILE]              une copie cohérente (par défaut&#xa0;: le dossier des sauvegardes)
  restore --db FILE --from FILE              remplacer la base par une sauvegarde (la base actuelle est d’abord conservée)
  audit verify --db FILE [--json]            recalculer la chaîne du journal d’audit
  roadmap --db FILE --out FILE.(pdf|odt)     la feuille de route régionale, en document à envoyer
  forfait [set|import FILE.csv] --db FILE [--class S --domain D --amount EUR|--clear]
                                la grille des forfaits&#xa0;: l’afficher, fixer un montant, la remplacer à partir d’un fichier
  projects [create] --db FILE [--json]       projets financés (create&#xa0;: à partir des dossiers notifiés)
  project --db FILE --id N [--state termine --date D | --state abandonne --reason R] [--note T]
  payments --db FILE [--state du|prevu|verse|annule] [--overdue] [--json]   échéancier des paiements
  pay    --db FILE --payment N --date YYYY-MM-DD --reference REF   enregistrer un virement
  followup refresh --db FILE                 recalculer les tranches exigibles
  reconcile --db FILE [--json]               vérifier que les montants concordent (code de sortie 1 sinon)
  pg-setup --pg CONNINFO [--referent USER]… [--reader USER]…   schéma et rôles sur PostgreSQL
  migrate --from FILE|CONNINFO --to CONNINFO|FILE   copier une campagne entre un fichier et PostgreSQL
  (chaque commande accepte --pg CONNINFO au lieu de --db FILE&#xa0;; mot de passe&#xa0;: PGPASSWORD ou ~/.pgpass)
  report --db FILE --out FILE.pdf [--xlsx FILE.xlsx]   le rapport d’avancement (chiffres avec --json)
  consolidate --out FILE.palier (FILE… | --dir DIR)   des fichiers régionaux en une vue nationale

Codes de sortie&#xa0;: 0 succès, 1 problèmes détectés, 2 données d’entrée ou arguments inutilisables.
palier-cli COMMAND --help affiche les options d’une commande.
</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::CliWorkflow</name>
    <message>
        <source>--candidature takes file numbers separated by commas, e.g. --candidature 12,15; “%1” is not one.</source>
        <translation>--candidature attend des numéros de dossier séparés par des virgules, par exemple --candidature 12,15&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>The option --candidature ID is required, e.g. --candidature 12.</source>
        <translation>L’option --candidature ID est obligatoire, par exemple --candidature 12.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1  eligible      %2</source>
        <translation>%1  éligible      %2</translation>
    </message>
    <message>
        <source>%1  not eligible  %2 (%3)</source>
        <translation>%1  non éligible  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln establishment(s) eligible for payment.</source>
        <translation>
            <numerusform>Établissements éligibles au versement&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Établissements éligibles au versement&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: eligible for payment.</source>
        <translation>%1 %2&#xa0;: éligible au versement.</translation>
    </message>
    <message>
        <source>%1 %2: not eligible for payment.</source>
        <translation>%1 %2&#xa0;: non éligible au versement.</translation>
    </message>
    <message>
        <source>    %1: %2 (target %3), %4</source>
        <translation>    %1&#xa0;: %2 (cible %3), %4</translation>
    </message>
    <message>
        <source>    %1: no value (target %2), %3</source>
        <translation>    %1&#xa0;: aucune valeur (cible %2), %3</translation>
    </message>
    <message>
        <source>, measured on %1</source>
        <translation>, mesurée le %1</translation>
    </message>
    <message>
        <source>The file(s) to move: numbers separated by commas; may be repeated.</source>
        <translation>Le ou les dossiers dont changer l’état&#xa0;: numéros séparés par des virgules&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>id,…</source>
        <translation>id,…</translation>
    </message>
    <message>
        <source>The state to move them to, e.g. en_instruction.</source>
        <translation>L’état à leur donner, par exemple en_instruction.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Why (required for irrecevable, non retenu and going back to instruction); kept in the history.</source>
        <translation>Motif (obligatoire pour irrecevable, non retenu et le retour en instruction)&#xa0;; conservé dans l’historique.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Who makes the change (default: the system user name).</source>
        <translation>Auteur du changement (par défaut&#xa0;: le nom d’utilisateur du système).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The file whose history to show.</source>
        <translation>Le dossier dont afficher l’historique.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show one establishment&apos;s indicators in detail.</source>
        <translation>Affiche le détail des indicateurs d’un établissement.</translation>
    </message>
    <message>
        <source>finess</source>
        <translation>finess</translation>
    </message>
    <message>
        <source>The option --to STATE is required, e.g. --to en_instruction.</source>
        <translation>L’option --to ÉTAT est obligatoire, par exemple --to en_instruction.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) moved to “%1”.</source>
        <translation>
            <numerusform>%Ln dossier passé à l’état «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln dossiers passés à l’état «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>history shows one file at a time: give one --candidature ID.</source>
        <translation>history n’affiche qu’un dossier à la fois&#xa0;: indiquez un seul --candidature ID.</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>Dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1  %2 → %3  by %4</source>
        <translation>  %1  %2 → %3  par %4</translation>
    </message>
    <message>
        <source>      Reason: %1</source>
        <translation>      Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>  No change of state recorded.</source>
        <translation>  Aucun changement d’état enregistré.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::FollowUp</name>
    <message>
        <source>   id  FINESS     domain  state        granted        paid           due            planned        establishment</source>
        <translation>   id  FINESS     domaine état         accordé        versé          dû             prévu          établissement</translation>
    </message>
    <message>
        <source>%1 project(s): %2 in progress, %3 finished, %4 abandoned; granted %5, paid %6, due %7, planned %8, cancelled %9.</source>
        <translation>Projets&#xa0;: %1&#xa0;; en cours&#xa0;: %2, terminés&#xa0;: %3, abandonnés&#xa0;: %4&#xa0;; accordé&#xa0;: %5, versé&#xa0;: %6, dû&#xa0;: %7, prévu&#xa0;: %8, annulé&#xa0;: %9.</translation>
    </message>
    <message>
        <source>%1 project(s) created for %2; %3 file(s) already had one.</source>
        <translation>Projets créés&#xa0;: %1, pour %2&#xa0;; dossiers qui avaient déjà un projet&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier (schema version %2) and has no follow-up yet. Open it once with Palier to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Palier (version de schéma %2) et n’a pas encore de suivi. Ouvrez-le une fois avec Palier pour le mettre à jour.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 N is required: the number of the %1.</source>
        <translation>L’option --%1 N est obligatoire&#xa0;: N est le numéro de l’élément visé (%1).</translation>
    </message>
    <message>
        <source>projects takes no argument, or “create”: palier-cli projects create --db FILE.</source>
        <translation>projects n’accepte aucun argument, sinon «&#xa0;create&#xa0;»&#xa0;: palier-cli projects create --db FICHIER.</translation>
    </message>
    <message>
        <source>The number of the project.</source>
        <translation>Le numéro du projet.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>The new state: termine (with --date) or abandonne (with --reason).</source>
        <translation>Le nouvel état&#xa0;: termine (avec --date) ou abandonne (avec --reason).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>termine: the date the project was finished (YYYY-MM-DD).</source>
        <translation>termine&#xa0;: la date d’achèvement du projet (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>abandonne: why the project is abandoned.</source>
        <translation>abandonne&#xa0;: le motif de l’abandon du projet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Add a progress note to the project.</source>
        <translation>Ajoute un commentaire d’avancement au projet.</translation>
    </message>
    <message>
        <source>--state takes “termine” or “abandonne”, not “%1”.</source>
        <translation>--state accepte «&#xa0;termine&#xa0;» ou «&#xa0;abandonne&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Note added to project %1.</source>
        <translation>Commentaire d’avancement ajouté au projet %1.</translation>
    </message>
    <message>
        <source>Project %1 is now %2.</source>
        <translation>Projet %1&#xa0;: nouvel état %2.</translation>
    </message>
    <message>
        <source>  %1 target %2: %3 (%4)</source>
        <translation>  %1 cible %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Every usage target is reached.</source>
        <translation>Toutes les cibles d’usage sont atteintes.</translation>
    </message>
    <message>
        <source>The usage targets are not all reached.</source>
        <translation>Les cibles d’usage ne sont pas toutes atteintes.</translation>
    </message>
    <message>
        <source>The establishment meets every prerequisite.</source>
        <translation>L’établissement remplit tous les prérequis.</translation>
    </message>
    <message>
        <source>The establishment does not meet every prerequisite yet.</source>
        <translation>L’établissement ne remplit pas encore tous les prérequis.</translation>
    </message>
    <message>
        <source>The day to reckon from (YYYY-MM-DD; default today).</source>
        <translation>La date de référence du calcul (AAAA-MM-JJ&#xa0;; par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>exigible au %1</translation>
    </message>
    <message>
        <source>Only the payments in this state: prevu, du, verse or annule.</source>
        <translation>Uniquement les versements dans cet état&#xa0;: prevu, du, verse ou annule.</translation>
    </message>
    <message>
        <source>Only the due payments whose due date is past.</source>
        <translation>Uniquement les versements dus dont la date d’exigibilité est dépassée.</translation>
    </message>
    <message>
        <source>--state takes prevu, du, verse or annule, not “%1”.</source>
        <translation>--state accepte prevu, du, verse ou annule, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 payment(s): paid %2, due %3, planned %4, cancelled %5.</source>
        <translation>Versements&#xa0;: %1&#xa0;; versé&#xa0;: %2, dû&#xa0;: %3, prévu&#xa0;: %4, annulé&#xa0;: %5.</translation>
    </message>
    <message>
        <source>The number of the payment.</source>
        <translation>Le numéro du versement.</translation>
    </message>
    <message>
        <source>The date of the transfer (YYYY-MM-DD).</source>
        <translation>La date du virement (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The accounting reference of the transfer.</source>
        <translation>La référence comptable du virement.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>pay needs --date YYYY-MM-DD and --reference REF.</source>
        <translation>pay exige --date AAAA-MM-JJ et --reference RÉF.</translation>
    </message>
    <message>
        <source>Payment %1 recorded as paid on %2 (reference %3).</source>
        <translation>Versement %1 enregistré&#xa0;: effectué le %2 (référence %3).</translation>
    </message>
    <message>
        <source>followup takes “refresh”: palier-cli followup refresh --db FILE.</source>
        <translation>followup attend «&#xa0;refresh&#xa0;»&#xa0;: palier-cli followup refresh --db FICHIER.</translation>
    </message>
    <message>
        <source>Payment %1 (project %2, %3 %4, %5 tranche, %6): %7 → %8, %9.</source>
        <translation>Versement %1 (projet %2, %3 %4, tranche %5, %6)&#xa0;: %7 → %8, %9.</translation>
    </message>
    <message>
        <source>No payment changed.</source>
        <translation>Aucun versement modifié.</translation>
    </message>
    <message>
        <source>%1 payment(s) changed.</source>
        <translation>Versements modifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>  %1: %2 project(s), granted %3, paid %4, due %5, planned %6, cancelled %7</source>
        <translation>  %1&#xa0;: %2 projet(s)&#xa0;; accordé&#xa0;: %3, versé&#xa0;: %4, dû&#xa0;: %5, prévu&#xa0;: %6, annulé&#xa0;: %7</translation>
    </message>
    <message>
        <source>Per domain:</source>
        <translation>Par domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Per planned year:</source>
        <translation>Par année prévue&#xa0;:</translation>
    </message>
    <message>
        <source>%1 project(s): granted %2 = paid %3 + due %4 + planned %5 + cancelled %6.</source>
        <translation>%1 projet(s)&#xa0;: accordé %2 = versé %3 + dû %4 + prévu %5 + annulé %6.</translation>
    </message>
    <message>
        <source>Envelope: %1 committed of %2.</source>
        <translation>Enveloppe&#xa0;: %1 engagés sur %2.</translation>
    </message>
    <message>
        <source>Envelope: none set in the roadmap; %1 committed.</source>
        <translation>Enveloppe&#xa0;: aucune n’est définie dans la feuille de route&#xa0;; %1 engagés.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every amount reconciles.</source>
        <translation>Tous les montants concordent.</translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation>%1 problème(s) détecté(s).</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Forfait</name>
    <message>
        <source>Warning: %1%2</source>
        <translation>Avertissement&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>“%1” is open read-only: the forfait grid cannot be changed.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en lecture seule&#xa0;: la grille des forfaits ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Forfait grid of %1 (programme bounds %2 to %3):</source>
        <translation>Grille des forfaits de %1 (bornes du programme de %2 à %3)&#xa0;:</translation>
    </message>
    <message>
        <source>  No amount yet: every file gets the amount it requests, within the bounds. Set them with palier-cli forfait set or import.</source>
        <translation>  Aucun montant pour l’instant&#xa0;: chaque dossier reçoit le montant qu’il demande, dans la limite des bornes. Fixez les montants avec palier-cli forfait set ou import.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Estab.</source>
        <translation>Étab.</translation>
    </message>
    <message>
        <source>Establishments without a size class: %1 (their files get the amount they request, within the bounds).</source>
        <translation>Établissements sans classe de taille&#xa0;: %1 (leurs dossiers reçoivent le montant qu’ils demandent, dans la limite des bornes).</translation>
    </message>
    <message>
        <source>Size classes of establishments that the grid does not have: %1.</source>
        <translation>Classes de taille d’établissements absentes de la grille&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give --class S, --domain D and either --amount EUR or --clear, e.g. forfait set --db F --class S2 --domain D3 --amount 150000.</source>
        <translation>Indiquez --class S, --domain D et soit --amount EUR, soit --clear, par exemple forfait set --db F --class S2 --domain D3 --amount 150000.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>Un forfait ne peut pas être négatif&#xa0;: indiquez un montant égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>--amount “%1” is not an amount in euros: write it like 150000 or 150000,50.</source>
        <translation>--amount «&#xa0;%1&#xa0;» n’est pas un montant en euros&#xa0;: écrivez-le sous la forme 150000 ou 150000,50.</translation>
    </message>
    <message>
        <source>Forfait of %1 for %2 set to %3.</source>
        <translation>Forfait de %1 pour %2 fixé à %3.</translation>
    </message>
    <message>
        <source>Forfait of %1 for %2 removed: its files get the amount they request, within the bounds.</source>
        <translation>Forfait de %1 pour %2 supprimé&#xa0;: ses dossiers reçoivent le montant qu’ils demandent, dans la limite des bornes.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: there is no such file.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Rejected: %1%2</source>
        <translation>Rejeté&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>set: the establishments&apos; size class, e.g. S2.</source>
        <translation>set&#xa0;: la classe de taille des établissements, par exemple S2.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>set: the domain, e.g. D3.</source>
        <translation>set&#xa0;: le domaine, par exemple D3.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>set: the forfait in euros, e.g. 150000.</source>
        <translation>set&#xa0;: le forfait en euros, par exemple 150000.</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>set: remove the amount instead.</source>
        <translation>set&#xa0;: supprimer le montant au lieu de le fixer.</translation>
    </message>
    <message>
        <source>--class, --domain, --amount and --clear go with forfait set: palier-cli forfait set --db F --class S2 --domain D3 --amount 150000.</source>
        <translation>--class, --domain, --amount et --clear s’utilisent avec forfait set&#xa0;: palier-cli forfait set --db F --class S2 --domain D3 --amount 150000.</translation>
    </message>
    <message>
        <source>Give the file to import: palier-cli forfait import --db F FILE.csv.</source>
        <translation>Indiquez le fichier à importer&#xa0;: palier-cli forfait import --db F FILE.csv.</translation>
    </message>
    <message>
        <source>Unknown forfait action “%1”: use forfait (to list), forfait set or forfait import.</source>
        <translation>Action de forfait inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez forfait (pour afficher la grille), forfait set ou forfait import.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %Ln line(s) of %1 to correct.</source>
        <translation>
            <numerusform>Rien n’a été écrit&#xa0;: %Ln ligne de %1 à corriger.</numerusform>
            <numerusform>Rien n’a été écrit&#xa0;: %Ln lignes de %1 à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln amount(s) read from %1: they are now the forfait grid.</source>
        <translation>
            <numerusform>%Ln montant lu dans %1&#xa0;: il constitue désormais la grille des forfaits.</numerusform>
            <numerusform>%Ln montants lus dans %1&#xa0;: ils constituent désormais la grille des forfaits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Letters</name>
    <message>
        <source>Folder where one letter per establishment is written.</source>
        <translation>Dossier dans lequel est écrit un courrier par établissement.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Also write every letter into this one PDF, for printing.</source>
        <translation>Écrire aussi tous les courriers dans ce PDF unique, pour l’impression.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>fichier.pdf</translation>
    </message>
    <message>
        <source>pdf (default) or odt (to touch letters up by hand).</source>
        <translation>pdf (par défaut) ou odt (pour retoucher les courriers à la main).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>letters needs --out, the folder where the letters are written.</source>
        <translation>letters nécessite --out, le dossier dans lequel les courriers sont écrits.</translation>
    </message>
    <message>
        <source>“%1” is not a letter format: use pdf or odt.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format de courrier&#xa0;: utilisez pdf ou odt.</translation>
    </message>
    <message>
        <source>--combined writes a PDF: give a file name ending in .pdf.</source>
        <translation>--combined écrit un PDF&#xa0;: indiquez un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written in %1 (%2 s).</source>
        <translation>
            <numerusform>%Ln courrier écrit dans %1 (%2 s).</numerusform>
            <numerusform>%Ln courriers écrits dans %1 (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF: %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>PDF unique&#xa0;: %1 (%Ln page).</numerusform>
            <numerusform>PDF unique&#xa0;: %1 (%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) skipped:</source>
        <translation>
            <numerusform>%Ln établissement ignoré&#xa0;:</numerusform>
            <numerusform>%Ln établissements ignorés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Pg</name>
    <message>
        <source>A shared PostgreSQL database instead of --db: a libpq connection string such as “host=… port=5432 dbname=… user=… sslmode=verify-full sslrootcert=…”. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>Une base PostgreSQL partagée, à la place de --db&#xa0;: une chaîne de connexion libpq telle que «&#xa0;host=… port=5432 dbname=… user=… sslmode=verify-full sslrootcert=…&#xa0;». Le mot de passe provient de PGPASSWORD ou de ~/.pgpass, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>A login role to make a referent (read and write).</source>
        <translation>Un rôle de connexion à déclarer comme référent (lecture et écriture).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>A login role to make a reader (read only).</source>
        <translation>Un rôle de connexion à déclarer comme lecteur (lecture seule).</translation>
    </message>
    <message>
        <source>pg-setup takes --pg CONNINFO, a PostgreSQL database.</source>
        <translation>pg-setup attend --pg CONNINFO, une base PostgreSQL.</translation>
    </message>
    <message>
        <source>%1: schema version %2, roles %3 (read and write) and %4 (read only).</source>
        <translation>%1&#xa0;: version de schéma %2, rôles %3 (lecture et écriture) et %4 (lecture seule).</translation>
    </message>
    <message>
        <source>  role created: %1</source>
        <translation>  rôle créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>  granted: %1</source>
        <translation>  rôle attribué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database to copy: a .palier file or a connection string.</source>
        <translation>La base à copier&#xa0;: un fichier .palier ou une chaîne de connexion.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Where to copy it: a new .palier file or an empty PostgreSQL database.</source>
        <translation>La destination de la copie&#xa0;: un nouveau fichier .palier ou une base PostgreSQL vide.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>migrate takes --from SOURCE and --to TARGET.</source>
        <translation>migrate attend --from SOURCE et --to DESTINATION.</translation>
    </message>
    <message>
        <source>migrate copies between a .palier file and a PostgreSQL database: one of --from and --to is a file, the other a connection string.</source>
        <translation>migrate copie entre un fichier .palier et une base PostgreSQL&#xa0;: l’une des options --from et --to désigne un fichier, l’autre une chaîne de connexion.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>somme de contrôle</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFÉRENTE</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %Ln table(s), every row count and checksum equal.</source>
        <translation>
            <numerusform>%1 copié dans %2&#xa0;: %Ln table, nombres de lignes et sommes de contrôle tous identiques.</numerusform>
            <numerusform>%1 copié dans %2&#xa0;: %Ln tables, nombres de lignes et sommes de contrôle tous identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s) differ after the copy: nothing was written to %1.</source>
        <translation>
            <numerusform>%Ln table diffère après la copie&#xa0;: rien n’a été écrit dans %1.</numerusform>
            <numerusform>%Ln tables diffèrent après la copie&#xa0;: rien n’a été écrit dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Report</name>
    <message>
        <source>The PDF report to write.</source>
        <translation>Le rapport PDF à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Also write the tables as an Excel workbook.</source>
        <translation>Écrit aussi les tableaux dans un classeur Excel.</translation>
    </message>
    <message>
        <source>The date printed on the report (default today).</source>
        <translation>La date imprimée sur le rapport (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The option --out FILE.pdf is required.</source>
        <translation>L’option --out FICHIER.pdf est obligatoire.</translation>
    </message>
    <message>
        <source>--xlsx takes the .xlsx file to write.</source>
        <translation>--xlsx attend le fichier .xlsx à écrire.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--date attend une date au format AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Palier (version de schéma %2). Ouvrez-le une fois avec Palier pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The report “%1” could not be written: check that you may write in its folder and that the disk is not full.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: vérifiez que vous pouvez écrire dans son dossier et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The report “%1” could not be written: check that you may write in its folder.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Tables written to %1.</source>
        <translation>Tableaux écrits dans %1.</translation>
    </message>
    <message>
        <source>%1 projects retained, %2 finished (%3), %4 in progress, %5 abandoned.</source>
        <translation>Projets retenus&#xa0;: %1&#xa0;; terminés&#xa0;: %2 (%3), en cours&#xa0;: %4, abandonnés&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Granted %1, paid %2, due %3, planned %4.</source>
        <translation>Accordé&#xa0;: %1, versé&#xa0;: %2, dû&#xa0;: %3, prévu&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The amounts reconcile.</source>
        <translation>Les montants concordent.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconciliation problem(s): palier-cli reconcile lists them.</source>
        <translation>
            <numerusform>%Ln problème de rapprochement&#xa0;: palier-cli reconcile en donne le détail.</numerusform>
            <numerusform>%Ln problèmes de rapprochement&#xa0;: palier-cli reconcile en donne la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The national database to write (.palier).</source>
        <translation>La base nationale à écrire (.palier).</translation>
    </message>
    <message>
        <source>Take every .palier file of this folder.</source>
        <translation>Prend tous les fichiers .palier de ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Replace the national database if it exists.</source>
        <translation>Remplace la base nationale si elle existe.</translation>
    </message>
    <message>
        <source>The option --out FILE.palier is required.</source>
        <translation>L’option --out FICHIER.palier est obligatoire.</translation>
    </message>
    <message>
        <source>consolidate takes the regional files as arguments (or --dir), not --db.</source>
        <translation>consolidate attend les fichiers régionaux en arguments (ou --dir), pas --db.</translation>
    </message>
    <message>
        <source>Give either regional files or --dir, not both.</source>
        <translation>Indiquez soit des fichiers régionaux, soit --dir, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give the regional .palier files, or --dir FOLDER.</source>
        <translation>Indiquez les fichiers .palier régionaux, ou --dir DOSSIER.</translation>
    </message>
    <message numerus="yes">
        <source>National view written to %1 from %Ln regional file(s): %2.</source>
        <translation>
            <numerusform>Vue nationale consolidée écrite dans %1 à partir de %Ln fichier régional&#xa0;: %2.</numerusform>
            <numerusform>Vue nationale consolidée écrite dans %1 à partir de %Ln fichiers régionaux&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied (each regional file keeps its own): %1.</source>
        <translation>Tables non copiées (chaque fichier régional conserve les siennes)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Roadmap</name>
    <message>
        <source>The document to write: FILE.pdf or FILE.odt.</source>
        <translation>Le document à écrire&#xa0;: FICHIER.pdf ou FICHIER.odt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The option --out FILE.pdf (or .odt) is required.</source>
        <translation>L’option --out FICHIER.pdf (ou .odt) est obligatoire.</translation>
    </message>
    <message>
        <source>Roadmap written to %1.</source>
        <translation>Feuille de route écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Scoring</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2) and holds no scores yet. Open it once with Palier to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Palier (version de schéma %2) et ne contient encore aucune note. Ouvrez-le une fois avec Palier pour le mettre à jour.</translation>
    </message>
    <message>
        <source>  grid version %1; %2 ranked, %3 in instruction without any score</source>
        <translation>  version de grille %1&#xa0;; classées&#xa0;: %2&#xa0;; en instruction sans aucune note&#xa0;: %3</translation>
    </message>
    <message>
        <source>to discuss: evaluators disagree</source>
        <translation>à discuter&#xa0;: les évaluateurs divergent</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rank only this domain, e.g. D2.</source>
        <translation>Ne classe que ce domaine, par exemple D2.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>mean or median: how the evaluators&apos; scores of a criterion are combined (default: the campaign&apos;s setting).</source>
        <translation>mean ou median&#xa0;: manière de combiner les notes des évaluateurs pour un critère (par défaut&#xa0;: le réglage de la campagne).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>--consensus takes “mean” or “median”, not “%1”.</source>
        <translation>--consensus accepte «&#xa0;mean&#xa0;» ou «&#xa0;median&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Consensus: %1; spread flagged above %2 of the scale.</source>
        <translation>Consensus&#xa0;: %1&#xa0;; écart signalé au-delà de %2 de l’échelle.</translation>
    </message>
    <message>
        <source>No domain has a scoring grid: nothing to rank.</source>
        <translation>Aucun domaine n’a de grille de notation&#xa0;: rien à classer.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx, or .csv (the grids then go to a second file, NAME-grilles.csv).</source>
        <translation>Le fichier à écrire&#xa0;: .xlsx, ou .csv (les grilles vont alors dans un second fichier, NOM-grilles.csv).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>“%1” cannot be exported here: this command exports scores.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exporté ici&#xa0;: cette commande exporte les notes.</translation>
    </message>
    <message>
        <source>The option --out FILE.xlsx or --out FILE.csv is required.</source>
        <translation>L’option --out FICHIER.xlsx ou --out FICHIER.csv est obligatoire.</translation>
    </message>
    <message>
        <source>%1 scores of %2 candidatures (%3 domains) written to %4.</source>
        <translation>%1 notes de %2 candidatures (%3 domaines) écrites dans %4.</translation>
    </message>
</context>
<context>
    <name>Palier::Cli::Selection</name>
    <message>
        <source>“%1” was written by an older Palier (schema version %2). Open it once with Palier to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Palier (version de schéma %2). Ouvrez-le une fois avec Palier pour le mettre à jour.</translation>
    </message>
    <message>
        <source>--quota “%1”: %2 Write KEY=MIN..MAX, e.g. D2=..5000000, status:public=30%..64%.</source>
        <translation>--quota «&#xa0;%1&#xa0;»&#xa0;: %2 Écrivez CLÉ=MIN..MAX, par exemple D2=..5000000, status:public=30%..64%.</translation>
    </message>
    <message>
        <source>no “=”.</source>
        <translation>il manque «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>the statuses are %1.</source>
        <translation>les statuts possibles sont %1.</translation>
    </message>
    <message>
        <source>the domains are %1.</source>
        <translation>les domaines possibles sont %1.</translation>
    </message>
    <message>
        <source>the minimum is not an amount.</source>
        <translation>le minimum n’est pas un montant.</translation>
    </message>
    <message>
        <source>the maximum is not an amount.</source>
        <translation>le maximum n’est pas un montant.</translation>
    </message>
    <message>
        <source>the minimum is above the maximum.</source>
        <translation>le minimum est supérieur au maximum.</translation>
    </message>
    <message>
        <source>--%1 takes file numbers, not “%2”.</source>
        <translation>--%1 attend des numéros de dossier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>rank (rank-fill) or optimal (GLPK).</source>
        <translation>rank (remplissage par rang) ou optimal (GLPK).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>The envelope in euros (default: the roadmap&apos;s).</source>
        <translation>L’enveloppe en euros (par défaut&#xa0;: celle de la feuille de route).</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>A quota KEY=MIN..MAX (KEY: a domain such as D2, or status:public; amounts in euros or N% of the envelope); repeat it for several.</source>
        <translation>Un quota CLÉ=MIN..MAX (CLÉ&#xa0;: un domaine comme D2, ou status:public&#xa0;; montants en euros ou N% de l’enveloppe)&#xa0;; répétez l’option pour en définir plusieurs.</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>Save the run as a new version.</source>
        <translation>Enregistrer le résultat comme nouvelle version.</translation>
    </message>
    <message>
        <source>Optimal: stop after this many seconds (default 10).</source>
        <translation>Méthode optimale&#xa0;: arrêter au bout de ce nombre de secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Files to select whatever happens (numbers, comma-separated).</source>
        <translation>Dossiers à sélectionner dans tous les cas (numéros séparés par des virgules).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>numéros</translation>
    </message>
    <message>
        <source>Files to leave out (numbers, comma-separated).</source>
        <translation>Dossiers à écarter (numéros séparés par des virgules).</translation>
    </message>
    <message>
        <source>Optimal: maximise score × domain weight.</source>
        <translation>Méthode optimale&#xa0;: maximiser note × poids du domaine.</translation>
    </message>
    <message>
        <source>--method takes “rank” or “optimal”.</source>
        <translation>--method accepte «&#xa0;rank&#xa0;» ou «&#xa0;optimal&#xa0;».</translation>
    </message>
    <message>
        <source>--envelope takes an amount in euros, not “%1”.</source>
        <translation>--envelope attend un montant en euros, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No envelope: set it in the roadmap or give --envelope EUR.</source>
        <translation>Aucune enveloppe&#xa0;: définissez-la dans la feuille de route ou indiquez --envelope EUR.</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds.</source>
        <translation>--time-limit attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Method: %1; envelope %2; %3 files compete.</source>
        <translation>Méthode&#xa0;: %1&#xa0;; enveloppe %2&#xa0;; %3 dossiers en concurrence.</translation>
    </message>
    <message>
        <source>Selected %1 of %2 files; left out %3.</source>
        <translation>%1 dossiers sélectionnés sur %2&#xa0;; %3 écartés.</translation>
    </message>
    <message>
        <source>Total score: %1; total: %2; status: %3%4; %5 ms.</source>
        <translation>Note totale&#xa0;: %1&#xa0;; montant total&#xa0;: %2&#xa0;; statut&#xa0;: %3%4&#xa0;; %5 ms.</translation>
    </message>
    <message>
        <source> (gap %1 %)</source>
        <translation> (écart %1&#xa0;%)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré sous la version %1.</translation>
    </message>
    <message>
        <source>The version to seal.</source>
        <translation>La version à sceller.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>The DGOS file to write (.xlsx; the .csv goes next to it).</source>
        <translation>Le fichier DGOS à écrire (.xlsx&#xa0;; le .csv est écrit à côté).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--run takes a version number.</source>
        <translation>--run attend un numéro de version.</translation>
    </message>
    <message>
        <source>--out takes the .xlsx file to write.</source>
        <translation>--out attend le fichier .xlsx à écrire.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>Le dossier contenant «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>DGOS deadline: %1, %2 days left.</source>
        <translation>Date limite DGOS&#xa0;: %1, il reste %2 jours.</translation>
    </message>
    <message>
        <source>DGOS deadline: %1, passed %2 days ago.</source>
        <translation>Date limite DGOS&#xa0;: %1, dépassée depuis %2 jours.</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing written: fix the blocking problems first.</source>
        <translation>Rien n’a été écrit&#xa0;: corrigez d’abord les problèmes bloquants.</translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 rows written to %3 and %4.</source>
        <translation>Version %1 scellée&#xa0;; %2 lignes écrites dans %3 et %4.</translation>
    </message>
    <message>
        <source>SHA-256 of the XLSX file: %1</source>
        <translation>SHA-256 du fichier XLSX&#xa0;: %1</translation>
    </message>
    <message>
        <source>At least one file per GHT.</source>
        <translation>Au moins un dossier par GHT.</translation>
    </message>
    <message>
        <source>At least one file per department.</source>
        <translation>Au moins un dossier par département.</translation>
    </message>
    <message>
        <source>export dgos: the sealed version to export.</source>
        <translation>export dgos : la version scellée à exporter.</translation>
    </message>
    <message>
        <source>Sealed version %1 exported again; %2 rows written to %3 and %4.</source>
        <translation>Version scellée %1 exportée à nouveau ; %2 lignes écrites dans %3 et %4.</translation>
    </message>
</context>
<context>
    <name>Palier::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Your changes were not saved. For each value below, keep yours or take the one now in the database, then save again.</source>
        <translation>Vos modifications n’ont pas été enregistrées. Pour chaque valeur ci-dessous, gardez la vôtre ou prenez celle qui est maintenant dans la base, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was changed by %2 on %3 at %4 while you were editing it.&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;« %1 » a reçu une modification de %2 le %3 à %4 pendant que vous y apportiez les vôtres.&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was changed by %2 while you were editing it.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;« %1 » a reçu une modification de %2 pendant que vous y apportiez les vôtres.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>Dans la base maintenant</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>vous deux</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>%1, in the database now: %2</source>
        <translation>%1, dans la base maintenant : %2</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, la vôtre : %2</translation>
    </message>
    <message>
        <source>&amp;Save My Choices</source>
        <translation>&amp;Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Save nothing now: the form keeps your values</source>
        <translation>Ne rien enregistrer maintenant : le formulaire garde vos valeurs</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Tout &amp;prendre de la base</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Tout &amp;garder de mes valeurs</translation>
    </message>
</context>
<context>
    <name>Palier::ConnectionDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffrée (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Chiffrée, certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keep the password in the system’s keychain</source>
        <translation>Conserver le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autorité de cer&amp;tification&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l’utilisateur</translation>
    </message>
    <message>
        <source>the certificate authority file</source>
        <translation>le fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Indiquez %1.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system’s keychain (%1); you will be asked for it next time. Connect again to go on.</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau du système (%1)&#xa0;; il vous sera redemandé la prochaine fois. Connectez-vous de nouveau pour continuer.</translation>
    </message>
</context>
<context>
    <name>Palier::Consolidation</name>
    <message>
        <source>“%1” is at schema version %2, and this Palier writes version %3: open it once with this Palier to upgrade it, then consolidate again.</source>
        <translation>«&#xa0;%1&#xa0;» est à la version de schéma %2, alors que cette version de Palier écrit la version %3&#xa0;: ouvrez-le une fois avec cette version de Palier pour le mettre à jour, puis relancez la consolidation.</translation>
    </message>
    <message>
        <source>“%1” holds no regional campaign: there is nothing to consolidate in it.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune campagne régionale&#xa0;: il n’y a rien à consolider.</translation>
    </message>
    <message>
        <source>“%1” is already a national view: consolidate the regional files it was made of instead.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà une vue nationale consolidée&#xa0;: consolidez plutôt les fichiers régionaux dont elle est issue.</translation>
    </message>
    <message>
        <source>“%1” is a campaign of the programme %2, and “%3” of %4: only files of one programme can be consolidated.</source>
        <translation>«&#xa0;%1&#xa0;» est une campagne du programme %2, et «&#xa0;%3&#xa0;» du programme %4&#xa0;: seuls des fichiers d’un même programme peuvent être consolidés.</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both files of the region %3 (%4): a national view takes one file per region. Keep only one of them.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont tous deux des fichiers de la région %3 (%4)&#xa0;: une vue nationale consolidée ne prend qu’un fichier par région. N’en gardez qu’un.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of “%2”.</source>
        <translation>Impossible de lire la table %1 de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the national database.</source>
        <translation>Impossible d’écrire la base nationale.</translation>
    </message>
    <message>
        <source>Cannot copy the table %1 of “%2” into the national database.</source>
        <translation>Impossible de copier la table %1 de «&#xa0;%2&#xa0;» dans la base nationale.</translation>
    </message>
    <message>
        <source>“%1”: a row of the table %2 refers to a row of %3 that does not exist. Run palier-cli check on this file, repair it, then consolidate again.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une ligne de la table %2 fait référence à une ligne de %3 qui n’existe pas. Lancez palier-cli check sur ce fichier, réparez-le, puis relancez la consolidation.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — national view of %Ln region(s)</source>
        <translation>
            <numerusform>%1 — vue nationale consolidée de %Ln région</numerusform>
            <numerusform>%1 — vue nationale consolidée de %Ln régions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the envelope of “%1”.</source>
        <translation>Impossible de lire l’enveloppe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot check the national database.</source>
        <translation>Impossible de vérifier la base nationale.</translation>
    </message>
    <message>
        <source>The unique index %1 was left out: its rule holds in each regional file, not over the regions together.</source>
        <translation>L’index unique %1 a été écarté&#xa0;: sa règle s’applique dans chaque fichier régional, pas à l’ensemble des régions.</translation>
    </message>
    <message numerus="yes">
        <source>The national view would hold %Ln row(s) referring to rows that do not exist; nothing was written. Run palier-cli check on each regional file.</source>
        <translation>
            <numerusform>La vue nationale consolidée contiendrait %Ln ligne faisant référence à des lignes inexistantes&#xa0;; rien n’a été écrit. Lancez palier-cli check sur chaque fichier régional.</numerusform>
            <numerusform>La vue nationale consolidée contiendrait %Ln lignes faisant référence à des lignes inexistantes&#xa0;; rien n’a été écrit. Lancez palier-cli check sur chaque fichier régional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) had the key of a row of an earlier file with other values; the earlier file&apos;s values were kept.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne avait la clé d’une ligne d’un fichier précédent, avec d’autres valeurs&#xa0;; les valeurs du fichier précédent ont été conservées.</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes avaient la clé d’une ligne d’un fichier précédent, avec d’autres valeurs&#xa0;; les valeurs du fichier précédent ont été conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a folder. Give the folder holding the regional .palier files.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier. Indiquez le dossier qui contient les fichiers .palier régionaux.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no .palier file.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne contient aucun fichier .palier.</translation>
    </message>
    <message>
        <source>Give at least one regional .palier file.</source>
        <translation>Indiquez au moins un fichier .palier régional.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name for the national view.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier pour la vue nationale consolidée.</translation>
    </message>
    <message>
        <source>“%1” is one of the regional files: write the national view to another file.</source>
        <translation>«&#xa0;%1&#xa0;» est l’un des fichiers régionaux&#xa0;: écrivez la vue nationale consolidée dans un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;». Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you may write in its folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Cannot read the settings of the database.</source>
        <translation>Impossible de lire les paramètres de la base.</translation>
    </message>
    <message>
        <source>Cannot read the structure of the national database.</source>
        <translation>Impossible de lire la structure de la base nationale.</translation>
    </message>
    <message>
        <source>The tables of the database refer to each other in a circle: they cannot be copied. Report the problem with its details.</source>
        <translation>Les tables de la base font référence les unes aux autres en boucle&#xa0;: elles ne peuvent pas être copiées. Signalez le problème en joignant ses détails.</translation>
    </message>
</context>
<context>
    <name>Palier::DashboardDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln jour restant</numerusform>
            <numerusform>%Ln jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::DashboardFileModel</name>
    <message>
        <source>Cannot read the applications of this database.</source>
        <translation>Impossible de lire les dossiers de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln application(s)</source>
        <translation>
            <numerusform>%1 sur %Ln dossier</numerusform>
            <numerusform>%1 sur %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Finished in</source>
        <translation>Terminé en</translation>
    </message>
</context>
<context>
    <name>Palier::DashboardPage</name>
    <message>
        <source>Show every application again</source>
        <translation>Réafficher tous les dossiers</translation>
    </message>
    <message>
        <source>Candidatures and amounts by domain (% of the total)</source>
        <translation>Candidatures et montants par domaine (% du total)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>By legal status (% of the total)</source>
        <translation>Par statut juridique (% du total)</translation>
    </message>
    <message>
        <source>Candidatures by department</source>
        <translation>Candidatures par département</translation>
    </message>
    <message>
        <source>files</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>Projects by state</source>
        <translation>Projets par état</translation>
    </message>
    <message>
        <source>Envelope, committed and paid per year</source>
        <translation>Enveloppe, montants engagés et versés par année</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Projects finished per year</source>
        <translation>Projets terminés par année</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>Prerequisites of the candidate establishments</source>
        <translation>Prérequis des établissements candidats</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dates limites</translation>
    </message>
    <message>
        <source>Payments to watch</source>
        <translation>Versements à surveiller</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>département %1</translation>
    </message>
    <message>
        <source>finished in %1</source>
        <translation>terminés en %1</translation>
    </message>
    <message>
        <source>Filter: %1 ✕</source>
        <translation>Filtre&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <source>Candidatures by department (the %1 with the most files)</source>
        <translation>Candidatures par département (les %1 qui comptent le plus de dossiers)</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une base Palier. Choisissez un fichier .palier, ou créez une base régionale avec Fichier › Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not one written by Palier. It was left untouched; to bring its data into Palier, import its tables with File › Import….</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite, mais elle n’a pas été écrite par Palier. Elle n’a pas été modifiée&#xa0;; pour en reprendre les données dans Palier, importez ses tables avec Fichier › Importer…</translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Check the path, or create it with File › New Regional Database….</source>
        <translation>La base «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le chemin, ou créez-la avec Fichier › Nouvelle base régionale…</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”; the database was not upgraded. Check that you may write there and that the disk is not full.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;»&#xa0;; la base n’a pas été mise à jour. Vérifiez que vous pouvez y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2, as it was. Report the problem with its details.</source>
        <translation>La mise à jour de la base vers la version %1 a échoué&#xa0;; elle est restée telle quelle, en version %2. Signalez le problème avec ses détails.</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up by its administrator (pg_dump). To copy it into a .palier file, use palier-cli migrate --from CONNINFO --to FILE.</source>
        <translation>Une base PostgreSQL partagée est sauvegardée par son administrateur (pg_dump). Pour la copier dans un fichier .palier, utilisez palier-cli migrate --from CONNINFO --to FICHIER.</translation>
    </message>
    <message>
        <source>Qt’s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé. Installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database “%1”: %2 Check the server address, the user and the password (PGPASSWORD, ~/.pgpass or the keychain).</source>
        <translation>Impossible de se connecter à la base PostgreSQL «&#xa0;%1&#xa0;»&#xa0;: %2 Vérifiez l’adresse du serveur, l’utilisateur et le mot de passe (PGPASSWORD, ~/.pgpass ou le trousseau).</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” already holds tables that are not Palier’s. It was left untouched; choose an empty database.</source>
        <translation>La base PostgreSQL «&#xa0;%1&#xa0;» contient déjà des tables qui n’appartiennent pas à Palier. Elle n’a pas été modifiée&#xa0;; choisissez une base vide.</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” has no Palier schema yet. Its administrator creates it with palier-cli pg-setup --pg CONNINFO.</source>
        <translation>La base PostgreSQL «&#xa0;%1&#xa0;» n’a pas encore de schéma Palier. Son administrateur le crée avec palier-cli pg-setup --pg CONNINFO.</translation>
    </message>
    <message>
        <source>The PostgreSQL database “%1” was not written by Palier. It was left untouched.</source>
        <translation>La base PostgreSQL «&#xa0;%1&#xa0;» n’a pas été écrite par Palier. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database.</source>
        <translation>Impossible de commencer une modification dans la base.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone.</source>
        <translation>La modification n’a pas pu être enregistrée et a été annulée.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseCopy</name>
    <message>
        <source>Cannot read the database to copy.</source>
        <translation>Impossible de lire la base à copier.</translation>
    </message>
    <message>
        <source>Cannot write the copy; nothing was written. See the details.</source>
        <translation>Impossible d’écrire la copie&#xa0;; rien n’a été écrit. Consultez les détails.</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables; nothing was copied.</source>
        <translation>Les deux bases n’ont pas les mêmes tables&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The database holds a table Palier does not know; nothing was copied.</source>
        <translation>La base contient une table que Palier ne connaît pas&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The table “%1” does not have the same columns in both databases; nothing was copied.</source>
        <translation>La table «&#xa0;%1&#xa0;» n’a pas les mêmes colonnes dans les deux bases&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The table “%1” cannot be copied; nothing was copied.</source>
        <translation>La table «&#xa0;%1&#xa0;» ne peut pas être copiée&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>“%1” is at schema version %2; open it once with this Palier (version %3) before copying it.</source>
        <translation>«&#xa0;%1&#xa0;» est à la version de schéma %2&#xa0;; ouvrez-le une fois avec cette version de Palier (%3) avant de le copier.</translation>
    </message>
    <message>
        <source>You may not write to “%1”: connect as its owner (the user that ran pg-setup).</source>
        <translation>Vous ne pouvez pas écrire dans «&#xa0;%1&#xa0;»&#xa0;: connectez-vous en tant que propriétaire (l’utilisateur qui a lancé pg-setup).</translation>
    </message>
    <message>
        <source>“%1” already holds a campaign; a copy never overwrites one. Copy into an empty database.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà une campagne&#xa0;; une copie n’en écrase jamais une. Copiez dans une base vide.</translation>
    </message>
    <message>
        <source>Cannot write the copy; nothing was written.</source>
        <translation>Impossible d’écrire la copie&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; an existing database is never overwritten.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier&#xa0;; une base existante n’est jamais écrasée.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseLock</name>
    <message>
        <source>Cannot mark “%1” as open: its folder is read-only. Open it read-only, or copy it to a folder where you may write.</source>
        <translation>Impossible de marquer «&#xa0;%1&#xa0;» comme ouvert&#xa0;: son dossier est en lecture seule. Ouvrez-le en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>“%1” is already open for writing by %2 on %3 (process %4) since %5. Open it read-only, or ask them to close it.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert en écriture par %2 sur %3 (processus %4) depuis %5. Ouvrez-le en lecture seule, ou demandez à cette personne de le fermer.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseTableModel</name>
    <message>
        <source>This value cannot be changed here.</source>
        <translation>Cette valeur ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>This table cannot be changed here.</source>
        <translation>Cette table ne peut pas être modifiée ici.</translation>
    </message>
</context>
<context>
    <name>Palier::DatabaseWatcher</name>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save the database as Palier still has it open into a new file</source>
        <translation>Enregistrer dans un nouveau fichier la base telle que Palier la garde ouverte</translation>
    </message>
    <message>
        <source>Database file warning</source>
        <translation>Avertissement concernant le fichier de la base</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file “%1” was deleted or moved by another program while it was open.&lt;/b&gt; Palier still has the database open and can read everything it held, but changes may no longer be saved. Save a copy now to keep it, then open the copy.</source>
        <translation>&lt;b&gt;Le fichier «&#xa0;%1&#xa0;» a été supprimé ou déplacé par un autre programme pendant qu’il était ouvert.&lt;/b&gt; Palier garde la base ouverte et peut lire tout ce qu’elle contenait, mais les modifications risquent de ne plus être enregistrées. Enregistrez-en une copie maintenant pour la conserver, puis ouvrez cette copie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file “%1” was replaced by another program while it was open.&lt;/b&gt; Palier still shows the database as it was opened, but changes may no longer be saved. Save a copy now to keep this version, then choose which one to open.</source>
        <translation>&lt;b&gt;Le fichier «&#xa0;%1&#xa0;» a été remplacé par un autre programme pendant qu’il était ouvert.&lt;/b&gt; Palier affiche toujours la base telle qu’elle était à l’ouverture, mais les modifications risquent de ne plus être enregistrées. Enregistrez une copie maintenant pour conserver cette version, puis choisissez celle à ouvrir.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
    <message>
        <source>%1 (recovered).palier</source>
        <translation>%1 (récupéré).palier</translation>
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
        <source>&lt;br&gt;A copy was saved in “%1”.</source>
        <translation>&lt;br&gt;Une copie a été enregistrée dans «&#xa0;%1&#xa0;».</translation>
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
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Preselection due at DGOS (roadmap)</source>
        <translation>Présélection à remettre à la DGOS (feuille de route)</translation>
    </message>
</context>
<context>
    <name>Palier::DemoInstruction</name>
    <message>
        <source>Cannot read the demo establishments.</source>
        <translation>Impossible de lire les établissements de démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo indicator values.</source>
        <translation>Impossible d’écrire les valeurs d’indicateurs de démonstration.</translation>
    </message>
    <message>
        <source>Cannot read the demo candidatures.</source>
        <translation>Impossible de lire les candidatures de démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo history.</source>
        <translation>Impossible d’écrire l’historique de démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo labels.</source>
        <translation>Impossible d’écrire les étiquettes de démonstration.</translation>
    </message>
</context>
<context>
    <name>Palier::DemoLetters</name>
    <message>
        <source>Cannot read the preselected files of the demo.</source>
        <translation>Impossible de lire les dossiers présélectionnés de la démonstration.</translation>
    </message>
    <message>
        <source>Cannot record the demo letters.</source>
        <translation>Impossible d’enregistrer les courriers de la démonstration.</translation>
    </message>
</context>
<context>
    <name>Palier::DetailForm</name>
    <message>
        <source>The changes to “%1” were not saved: a value was refused.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» n’ont pas été enregistrées&#xa0;: une valeur a été refusée.</translation>
    </message>
    <message>
        <source>The changes to “%1” could not be saved.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>Aucune ligne sélectionnée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Palier::DgosExport</name>
    <message>
        <source>Cannot write “%1”. Check that you may write in that folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot read back “%1”.</source>
        <translation>Impossible de relire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1 is already sealed: save a new version to change the preselection.</source>
        <translation>La version %1 est déjà scellée&#xa0;: enregistrez une nouvelle version pour modifier la présélection.</translation>
    </message>
    <message>
        <source>Version %1 found no selection meeting its constraints.</source>
        <translation>La version %1 n’a trouvé aucune sélection respectant ses contraintes.</translation>
    </message>
    <message>
        <source>File %1 (%2, %3) is “%4” and cannot become “%5”: bring it back to instruction first.</source>
        <translation>Le dossier %1 (%2, %3) est à l’état «&#xa0;%4&#xa0;» et ne peut pas passer à l’état «&#xa0;%5&#xa0;»&#xa0;: remettez-le d’abord en instruction.</translation>
    </message>
    <message>
        <source>File %1: the FINESS number “%2” of %3 is not valid.</source>
        <translation>Dossier %1&#xa0;: le numéro FINESS «&#xa0;%2&#xa0;» de %3 n’est pas valide.</translation>
    </message>
    <message>
        <source>The files selected total %1, above the envelope of %2.</source>
        <translation>Les dossiers sélectionnés totalisent %1, au-delà de l’enveloppe de %2.</translation>
    </message>
    <message>
        <source>%1 gets %2, above its maximum of %3.</source>
        <translation>%1 obtient %2, au-delà de son maximum de %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, below its minimum of %3.</source>
        <translation>%1 reçoit %2, en dessous de son minimum de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected file(s) belong to establishments that have not reached every prerequisite yet: they cannot be paid before.</source>
        <translation>
            <numerusform>%Ln dossier sélectionné relève d’un établissement qui n’a pas encore atteint tous les prérequis&#xa0;: il ne peut pas être payé avant cela.</numerusform>
            <numerusform>%Ln dossiers sélectionnés relèvent d’établissements qui n’ont pas encore atteint tous les prérequis&#xa0;: ils ne peuvent pas être payés avant cela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are still waiting for instruction and are not part of this version.</source>
        <translation>
            <numerusform>%Ln dossier est encore en attente d’instruction et ne fait pas partie de cette version.</numerusform>
            <numerusform>%Ln dossiers sont encore en attente d’instruction et ne font pas partie de cette version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The DGOS deadline (%1) passed %Ln day(s) ago.</source>
        <translation>
            <numerusform>La date limite de la DGOS (%1) est dépassée depuis %Ln jour.</numerusform>
            <numerusform>La date limite de la DGOS (%1) est dépassée depuis %Ln jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 is not sealed: only a sealed version is sent to DGOS. Seal it first (palier-cli seal, or “Export for DGOS”); nothing was written.</source>
        <translation>La version %1 n’est pas scellée : seule une version scellée est envoyée à la DGOS. Scellez-la d’abord (palier-cli seal, ou « Exporter pour la DGOS ») ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Palier::DiskErrors</name>
    <message>
        <source>The disk is full: Palier could not write what it needed, and saved nothing of it. What was saved before is intact. Free some space on the disk, then try again.</source>
        <translation>Le disque est plein&#xa0;: Palier n’a pas pu écrire ce dont il avait besoin et n’en a rien enregistré. Ce qui avait été enregistré auparavant est intact. Libérez de l’espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written, and nothing was left half-written. What was saved before is intact. Free some space on the disk, or choose another disk, then try again.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;%1&#xa0;» n’a pas pu être écrit, et rien n’a été laissé à moitié écrit. Ce qui avait été enregistré auparavant est intact. Libérez de l’espace sur le disque, ou choisissez un autre disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: its folder does not exist, is read-only, or you may not write there. Nothing was written. Choose another folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: son dossier n’existe pas, est en lecture seule, ou vous n’avez pas le droit d’y écrire. Rien n’a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a folder of that name is in the way. Nothing was written. Choose another name or folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: un dossier de ce nom est à sa place. Rien n’a été écrit. Choisissez un autre nom ou un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Palier::Eligibility</name>
    <message>
        <source>Cannot compute the eligibility of the establishments.</source>
        <translation>Impossible de calculer l’éligibilité des établissements.</translation>
    </message>
</context>
<context>
    <name>Palier::EnvelopeYearModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Cannot read the envelope per year.</source>
        <translation>Impossible de lire l’enveloppe par année.</translation>
    </message>
    <message>
        <source>Cannot read the payments per year.</source>
        <translation>Impossible de lire les versements par année.</translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentForm</name>
    <message>
        <source>FINESS &amp;ET:</source>
        <translation>FINESS E&amp;T&#xa0;:</translation>
    </message>
    <message>
        <source>FINESS E&amp;J:</source>
        <translation>FINESS E&amp;J&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Legal s&amp;tatus:</source>
        <translation>&amp;Statut juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GHT:</source>
        <translation>&amp;GHT&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Réafficher les valeurs enregistrées</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Save the changes; Edit › Undo takes them back</source>
        <translation>Enregistrer les modifications&#xa0;; Édition › Annuler permet de revenir en arrière</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>Palier::EstablishmentModel</name>
    <message>
        <source>Cannot read the establishments of this database.</source>
        <translation>Impossible de lire les établissements de cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s)</source>
        <translation>
            <numerusform>%Ln établissement</numerusform>
            <numerusform>%Ln établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln establishment(s)</source>
        <translation>
            <numerusform>%1 sur %Ln établissement</numerusform>
            <numerusform>%1 sur %Ln établissements</numerusform>
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
    <message>
        <source>Cannot read the establishment again after saving it.</source>
        <translation>Impossible de relire l’établissement après son enregistrement.</translation>
    </message>
    <message>
        <source>Another establishment already has this FINESS number.</source>
        <translation>Un autre établissement a déjà ce numéro FINESS.</translation>
    </message>
    <message>
        <source>Cannot save the changes to this establishment.</source>
        <translation>Impossible d’enregistrer les modifications de cet établissement.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>La raison sociale ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Choose a legal status.</source>
        <translation>Choisissez un statut juridique.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>Code postal</translation>
    </message>
</context>
<context>
    <name>Palier::EvaluatorsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>New evaluator</source>
        <translation>Nouvel évaluateur</translation>
    </message>
    <message numerus="yes">
        <source>“%1” entered %Ln score(s): they can be renamed, not removed.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a saisi %Ln note&#xa0;: cet évaluateur peut être renommé, mais pas supprimé.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a saisi %Ln notes&#xa0;: cet évaluateur peut être renommé, mais pas supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renamed the evaluator “%2” to “%3” while you were editing the list, and you named them “%4”. Nothing was saved: the list now shows the names as they are; rename them again to keep yours.</source>
        <translation>%1 a renommé l’évaluateur «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;» pendant que vous modifiiez la liste, et vous l’aviez nommé «&#xa0;%4&#xa0;». Rien n’a été enregistré&#xa0;: la liste montre les noms tels qu’ils sont&#xa0;; renommez-le de nouveau pour garder le vôtre.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationPanel</name>
    <message>
        <source>No score yet: open the score sheet to score this file.</source>
        <translation>Pas encore de note&#xa0;: ouvrez la fiche de notation pour noter ce dossier.</translation>
    </message>
    <message>
        <source>Not ranked: the file is not in instruction yet, or is irrecevable.</source>
        <translation>Non classé&#xa0;: le dossier n’est pas encore en instruction, ou il est irrecevable.</translation>
    </message>
    <message>
        <source>Score explained</source>
        <translation>Explication de la note</translation>
    </message>
</context>
<context>
    <name>Palier::ExplanationText</name>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>First of its domain.</source>
        <translation>Premier de son domaine.</translation>
    </message>
    <message>
        <source>Ranked after the file before it by a lower total.</source>
        <translation>Classé après le dossier qui le précède, en raison d’un total inférieur.</translation>
    </message>
    <message>
        <source>Same total as the file before it: ranked after it by a lower score on the first criterion.</source>
        <translation>Même total que le dossier qui le précède&#xa0;: classé après lui en raison d’une note inférieure sur le premier critère.</translation>
    </message>
    <message>
        <source>Same total and first criterion as the file before it: ranked after it as submitted later.</source>
        <translation>Même total et même premier critère que le dossier qui le précède&#xa0;: classé après lui car déposé plus tard.</translation>
    </message>
    <message>
        <source>Same total, first criterion and submission date as the file before it: ranked after it by its number, so that the order never changes.</source>
        <translation>Même total, même premier critère et même date de dépôt que le dossier qui le précède&#xa0;: classé après lui selon son numéro, afin que l’ordre ne change jamais.</translation>
    </message>
    <message>
        <source>Total %1 / 100</source>
        <translation>Total %1 / 100</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in %3 (grid version %4)</source>
        <translation>Rang %1 sur %2 dans %3 (version de grille %4)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>To discuss: the evaluators disagree by more than %1 % of the scale on %2.</source>
        <translation>À discuter&#xa0;: les évaluateurs divergent de plus de %1&#xa0;% de l’échelle sur %2.</translation>
    </message>
    <message>
        <source>Incomplete: nobody scored %1; counted at the scale minimum, the total can only rise.</source>
        <translation>Incomplet&#xa0;: personne n’a noté %1&#xa0;; compté au minimum de l’échelle, le total ne peut qu’augmenter.</translation>
    </message>
    <message>
        <source>%1 has not scored %2 yet.</source>
        <translation>%1 n’a pas encore noté %2.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
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
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;“%2”&lt;/i&gt;</source>
        <comment>evaluator: comment</comment>
        <translation>%1&#xa0;: &lt;i&gt;«&#xa0;%2&#xa0;»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 on %2–%3</source>
        <translation>%1 sur %2–%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
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
        <translation>Consensus&#xa0;: la %1 des notes des évaluateurs&#xa0;; chaque critère apporte poids / somme des poids × 100 × (consensus − minimum) / (maximum − minimum) points.</translation>
    </message>
</context>
<context>
    <name>Palier::FilterHeaderView</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Shows the rows whose “%1” holds every word typed here.</source>
        <translation>Affiche les lignes dont la colonne «&#xa0;%1&#xa0;» contient chaque mot saisi ici.</translation>
    </message>
    <message>
        <source>Filter on %1</source>
        <translation>Filtre sur %1</translation>
    </message>
</context>
<context>
    <name>Palier::FinishedProjectsModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Finished to date</source>
        <translation>Terminés en cumul</translation>
    </message>
    <message>
        <source>Share of the projects</source>
        <translation>Part des projets</translation>
    </message>
    <message>
        <source>Cannot count the projects.</source>
        <translation>Impossible de compter les projets.</translation>
    </message>
    <message>
        <source>Cannot count the projects finished.</source>
        <translation>Impossible de compter les projets terminés.</translation>
    </message>
</context>
<context>
    <name>Palier::FollowUp</name>
    <message>
        <source>Cannot read the usage indicators of the programme.</source>
        <translation>Impossible de lire les indicateurs d’usage du programme.</translation>
    </message>
    <message>
        <source>Cannot read the indicator declarations.</source>
        <translation>Impossible de lire les déclarations d’indicateurs.</translation>
    </message>
    <message>
        <source>Cannot read the projects.</source>
        <translation>Impossible de lire les projets.</translation>
    </message>
    <message>
        <source>Cannot read the indicators of the programme.</source>
        <translation>Impossible de lire les indicateurs du programme.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of the campaign&apos;s programme.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un indicateur du programme de la campagne.</translation>
    </message>
    <message>
        <source>%1 is not a usage indicator of a domain: only those are declared per period.</source>
        <translation>%1 n’est pas un indicateur d’usage d’un domaine&#xa0;: seuls ces indicateurs sont déclarés par période.</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2021, 2021-06, 2021-T2 or 2021-S1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une période&#xa0;: indiquez 2021, 2021-06, 2021-T2 ou 2021-S1.</translation>
    </message>
    <message>
        <source>Cannot record the declaration of %1 for %2.</source>
        <translation>Impossible d’enregistrer la déclaration de %1 pour %2.</translation>
    </message>
    <message>
        <source>Cannot write the demo declarations.</source>
        <translation>Impossible d’écrire les déclarations de démonstration.</translation>
    </message>
    <message>
        <source>Cannot read the payments.</source>
        <translation>Impossible de lire les versements.</translation>
    </message>
    <message>
        <source>There is no project number %1.</source>
        <translation>Aucun projet ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>Aucun versement ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>amorçage</translation>
    </message>
    <message>
        <source>due</source>
        <translation>dû</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>versé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>Payment %1 was paid on %2 (reference %3): a paid tranche never changes.</source>
        <translation>Le versement %1 a été effectué le %2 (référence %3)&#xa0;: une tranche versée n’est jamais modifiée.</translation>
    </message>
    <message>
        <source>Payment %1 is cancelled: it cannot become %2.</source>
        <translation>Le versement %1 est annulé&#xa0;: il ne peut pas passer à l’état %2.</translation>
    </message>
    <message>
        <source>Payment %1 is planned, not due: it can be paid once it is due (prerequisites met, and for the usage tranche the usage targets reached). Run the follow-up refresh after the declarations are imported.</source>
        <translation>Le versement %1 est prévu, mais pas encore dû&#xa0;: il pourra être versé lorsqu’il sera dû (prérequis atteints et, pour la tranche d’usage, cibles d’usage atteintes). Lancez l’actualisation du suivi après l’import des déclarations.</translation>
    </message>
    <message>
        <source>Payment %1 is planned: it can be cancelled, or becomes due by itself.</source>
        <translation>Le versement %1 est prévu&#xa0;: il peut être annulé, ou deviendra dû de lui-même.</translation>
    </message>
    <message>
        <source>Payment %1 is due: it can be paid or cancelled.</source>
        <translation>Le versement %1 est dû&#xa0;: il peut être versé ou annulé.</translation>
    </message>
    <message>
        <source>Cannot record the change of payment %1.</source>
        <translation>Impossible d’enregistrer la modification du versement %1.</translation>
    </message>
    <message>
        <source>Give the date payment %1 was made: a real date, not in the future, and not before the tranche fell due (%2).</source>
        <translation>Indiquez la date à laquelle le versement %1 a été effectué&#xa0;: une date valide, non future et non antérieure à la date à laquelle la tranche est devenue exigible (%2).</translation>
    </message>
    <message>
        <source>Give the accounting reference of the transfer for payment %1 (%2 characters at most).</source>
        <translation>Indiquez la référence comptable du virement correspondant au versement %1 (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>Give the reason why payment %1 is cancelled.</source>
        <translation>Indiquez le motif de l’annulation du versement %1.</translation>
    </message>
    <message>
        <source>Payment %1 (%2 tranche) cancelled: %3</source>
        <translation>Versement %1 (tranche %2) annulé&#xa0;: %3</translation>
    </message>
    <message>
        <source>the establishment meets every prerequisite</source>
        <translation>l’établissement remplit tous les prérequis</translation>
    </message>
    <message>
        <source>every usage target of %1 is reached and the establishment meets every prerequisite</source>
        <translation>toutes les cibles d’usage de %1 sont atteintes et l’établissement remplit tous les prérequis</translation>
    </message>
    <message>
        <source>the establishment no longer meets every prerequisite</source>
        <translation>l’établissement ne remplit plus tous les prérequis</translation>
    </message>
    <message>
        <source>a usage target of %1 is no longer reached</source>
        <translation>une cible d’usage de %1 n’est plus atteinte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>planned, behind schedule</source>
        <translation>prévu, en retard sur le calendrier</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Cannot read the sealed preselection.</source>
        <translation>Impossible de lire la présélection scellée.</translation>
    </message>
    <message numerus="yes">
        <source>Creating these %Ln project(s) would commit %1 where the regional envelope is %2 (%3 over). Nothing was created: raise the envelope in the roadmap, or check the amounts of the sealed preselection.</source>
        <translation>
            <numerusform>La création de %Ln projet engagerait %1 alors que l’enveloppe régionale est de %2 (dépassement de %3). Rien n’a été créé&#xa0;: augmentez l’enveloppe dans la feuille de route, ou vérifiez les montants de la présélection scellée.</numerusform>
            <numerusform>La création de ces %Ln projets engagerait %1 alors que l’enveloppe régionale est de %2 (dépassement de %3). Rien n’a été créé&#xa0;: augmentez l’enveloppe dans la feuille de route, ou vérifiez les montants de la présélection scellée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating these projects would plan %1 of payments in %2 where the envelope of that year is %3. Nothing was created: raise the envelope of %2 in the roadmap.</source>
        <translation>La création de ces projets prévoirait %1 de versements en %2 alors que l’enveloppe de cette année est de %3. Rien n’a été créé&#xa0;: augmentez l’enveloppe de %2 dans la feuille de route.</translation>
    </message>
    <message>
        <source>Cannot read the notified files.</source>
        <translation>Impossible de lire les dossiers notifiés.</translation>
    </message>
    <message>
        <source>file %1 is notified but no sealed preselection version selected it</source>
        <translation>le dossier %1 est notifié mais aucune version scellée de la présélection ne l’a sélectionné</translation>
    </message>
    <message>
        <source>file %1 is notified but no preselection version is sealed</source>
        <translation>le dossier %1 est notifié mais aucune version de la présélection n’est scellée</translation>
    </message>
    <message>
        <source>abandoned before the follow-up started</source>
        <translation>abandonné avant le début du suivi</translation>
    </message>
    <message>
        <source>Cannot create the project of file %1.</source>
        <translation>Impossible de créer le projet du dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the payment schedule of file %1.</source>
        <translation>Impossible d’écrire l’échéancier des versements du dossier %1.</translation>
    </message>
    <message>
        <source>Project %1 is %2: it cannot become %3 any more.</source>
        <translation>Le projet %1 est %2&#xa0;: il ne peut plus passer à l’état %3.</translation>
    </message>
    <message>
        <source>Project %1 is %2: it may become %3, not %4.</source>
        <translation>Le projet %1 est %2&#xa0;: il peut passer à l’état %3, mais pas %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Give the date project %1 was finished.</source>
        <translation>Indiquez la date à laquelle le projet %1 s’est terminé.</translation>
    </message>
    <message>
        <source>Give the reason why project %1 is abandoned.</source>
        <translation>Indiquez le motif de l’abandon du projet %1.</translation>
    </message>
    <message>
        <source>The date %1 is not possible for project %2: it must be between its start (%3) and today.</source>
        <translation>La date %1 n’est pas possible pour le projet %2&#xa0;: elle doit être comprise entre son début (%3) et aujourd’hui.</translation>
    </message>
    <message>
        <source>Cannot change the state of project %1.</source>
        <translation>Impossible de modifier l’état du projet %1.</translation>
    </message>
    <message>
        <source>Cannot cancel the payments of project %1.</source>
        <translation>Impossible d’annuler les versements du projet %1.</translation>
    </message>
    <message>
        <source>Project abandoned: %1</source>
        <translation>Projet abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Saisissez le texte du commentaire.</translation>
    </message>
    <message>
        <source>Cannot record the note of project %1.</source>
        <translation>Impossible d’enregistrer le commentaire du projet %1.</translation>
    </message>
    <message>
        <source>Cannot read the notes of project %1.</source>
        <translation>Impossible de lire les commentaires du projet %1.</translation>
    </message>
    <message>
        <source>Cannot read the projects and their payments.</source>
        <translation>Impossible de lire les projets et leurs versements.</translation>
    </message>
    <message>
        <source>Project %1 (%2, %3): paid %4 + due %5 + planned %6 + cancelled %7 = %8, but %9 was granted.</source>
        <translation>Projet %1 (%2, %3)&#xa0;: versé %4 + dû %5 + prévu %6 + annulé %7 = %8, mais %9 a été accordé.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 (%2, %3) should have one start-up and one usage tranche; it has %Ln tranche(s).</source>
        <translation>
            <numerusform>Le projet %1 (%2, %3) devrait avoir une tranche d’amorçage et une tranche d’usage&#xa0;; il compte %Ln tranche.</numerusform>
            <numerusform>Le projet %1 (%2, %3) devrait avoir une tranche d’amorçage et une tranche d’usage&#xa0;; il compte %Ln tranches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 (%2, %3) is abandoned but still has %4 due or planned.</source>
        <translation>Le projet %1 (%2, %3) est abandonné mais a encore %4 de versements dus ou prévus.</translation>
    </message>
    <message>
        <source>Project %1 is %2 but its file %3 is in state “%4”.</source>
        <translation>Le projet %1 est %2 mais son dossier %3 est à l’état «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot add up the payments.</source>
        <translation>Impossible de totaliser les versements.</translation>
    </message>
    <message>
        <source>The sums %1 (paid %2, due %3, planned %4, cancelled %5, granted %6) differ from the totals of the projects (paid %7, due %8, planned %9, cancelled %10, granted %11).</source>
        <translation>Les sommes %1 (versé %2, dû %3, prévu %4, annulé %5, accordé %6) diffèrent des totaux des projets (versé %7, dû %8, prévu %9, annulé %10, accordé %11).</translation>
    </message>
    <message>
        <source>per domain</source>
        <translation>par domaine</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>The projects commit %1 (paid, due and planned) where the regional envelope is %2: %3 over.</source>
        <translation>Les projets engagent %1 (versé, dû et prévu) alors que l’enveloppe régionale est de %2&#xa0;: dépassement de %3.</translation>
    </message>
    <message>
        <source>The payments of %1 come to %2 where the envelope of that year is %3.</source>
        <translation>Les versements de %1 s’élèvent à %2 alors que l’enveloppe de cette année est de %3.</translation>
    </message>
    <message>
        <source>%1 changed payment %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the payment as it is.</source>
        <translation>%1 a modifié le versement %2 le %3 à %4 pendant que vous y travailliez&#xa0;: il est maintenant %5. Votre modification n’a pas été enregistrée&#xa0;; la page montre le versement tel qu’il est.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else changed payment %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the payment as it is.</source>
        <translation>Quelqu’un d’autre a modifié le versement %1 pendant que vous y travailliez&#xa0;: il est maintenant %2. Votre modification n’a pas été enregistrée&#xa0;; la page montre le versement tel qu’il est.</translation>
    </message>
    <message>
        <source>paid on %1 (reference %2)</source>
        <translation>versé le %1 (référence %2)</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>dû au %1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>prévu pour %1</translation>
    </message>
    <message>
        <source>%1 changed project %2 on %3 at %4 while you were working on it: it is now %5. Your change was not saved; the page now shows the project as it is.</source>
        <translation>%1 a modifié le projet %2 le %3 à %4 pendant que vous y travailliez&#xa0;: il est maintenant %5. Votre modification n’a pas été enregistrée&#xa0;; la page montre le projet tel qu’il est.</translation>
    </message>
    <message>
        <source>Someone else changed project %1 while you were working on it: it is now %2. Your change was not saved; the page now shows the project as it is.</source>
        <translation>Quelqu’un d’autre a modifié le projet %1 pendant que vous y travailliez&#xa0;: il est maintenant %2. Votre modification n’a pas été enregistrée&#xa0;; la page montre le projet tel qu’il est.</translation>
    </message>
    <message>
        <source>finished on %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <source>abandoned (%1)</source>
        <translation>abandonné (%1)</translation>
    </message>
</context>
<context>
    <name>Palier::FollowUpPage</name>
    <message>
        <source>&amp;Refresh Due Payments</source>
        <translation>&amp;Actualiser les versements dus</translation>
    </message>
    <message>
        <source>Makes due the tranches whose conditions are now met (prerequisites, usage targets), and planned again those whose conditions no longer are</source>
        <translation>Rend exigibles les tranches dont les conditions sont désormais remplies (prérequis, cibles d’usage), et repasse à l’état prévu celles dont les conditions ne le sont plus</translation>
    </message>
    <message>
        <source>Change &amp;State…</source>
        <translation>Modifier l’é&amp;tat…</translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation>Ajouter un &amp;commentaire…</translation>
    </message>
    <message>
        <source>Mark as &amp;Paid…</source>
        <translation>Marquer comme &amp;versé…</translation>
    </message>
    <message>
        <source>Records the payment date and reference of the due tranche selected</source>
        <translation>Enregistre la date et la référence du versement de la tranche exigible sélectionnée</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier des versements</translation>
    </message>
    <message>
        <source>Usage indicators</source>
        <translation>Indicateurs d’usage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>No funded project yet: projects are created from the notified files.</source>
        <translation>Aucun projet financé pour l’instant&#xa0;: les projets sont créés à partir des dossiers notifiés.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · granted %2</source>
        <translation>%1 · montant accordé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finished on %1 · granted %2</source>
        <translation>Terminé le %1 · montant accordé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>In progress since %1 · granted %2</source>
        <translation>En cours depuis le %1 · montant accordé&#xa0;: %2</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Aucun commentaire pour l’instant.</translation>
    </message>
    <message>
        <source>Cannot Change the State of the Project</source>
        <translation>Impossible de modifier l’état du projet</translation>
    </message>
    <message>
        <source>Tranche “%1” planned for %2: %3</source>
        <translation>Tranche «&#xa0;%1&#xa0;» prévue en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot Record the Payment</source>
        <translation>Impossible d’enregistrer le versement</translation>
    </message>
    <message>
        <source>Add a Note</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Progress of %1:</source>
        <translation>Avancement de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot Add the Note</source>
        <translation>Impossible d’ajouter le commentaire</translation>
    </message>
    <message>
        <source>Cannot Refresh the Due Payments</source>
        <translation>Impossible d’actualiser les versements dus</translation>
    </message>
    <message>
        <source>No tranche changed state.</source>
        <translation>Aucune tranche n’a changé d’état.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tranche(s) changed state.</source>
        <translation>
            <numerusform>%Ln tranche a changé d’état.</numerusform>
            <numerusform>%Ln tranches ont changé d’état.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cance&amp;l the Tranche…</source>
        <translation>Annu&amp;ler la tranche…</translation>
    </message>
    <message>
        <source>Cancels the planned or due tranche selected, with the reason (kept as a note)</source>
        <translation>Annule la tranche prévue ou due sélectionnée, avec le motif (conservé en note)</translation>
    </message>
    <message>
        <source>%1

What you wanted: %2.</source>
        <translation>%1

Ce que vous vouliez&#xa0;: %2.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 — %2: tranche “%3” of %4</source>
        <translation>%1 — %2&#xa0;: tranche «&#xa0;%3&#xa0;» de %4</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Cancel the Tranche</source>
        <translation>Annuler la tranche</translation>
    </message>
    <message>
        <source>Why is the tranche “%1” of %2 (%3) cancelled?</source>
        <translation>Pourquoi la tranche «&#xa0;%1&#xa0;» de %2 (%3) est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Cancel the Tranche</source>
        <translation>Impossible d’annuler la tranche</translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGrid</name>
    <message>
        <source>Give the amount in euros, e.g. 150000 or 150 000,00.</source>
        <translation>Indiquez le montant en euros, par exemple 150000 ou 150 000,00.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>Un forfait ne peut pas être négatif&#xa0;: indiquez un montant égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>Give the amount in euros with at most two decimals (cents).</source>
        <translation>Indiquez le montant en euros avec au plus deux décimales (centimes).</translation>
    </message>
    <message>
        <source>This amount can be read two ways (thousands or decimals): write it without a thousands separator, e.g. 250000 or 250,5.</source>
        <translation>Ce montant peut se lire de deux façons (milliers ou décimales)&#xa0;: écrivez-le sans séparateur de milliers, par exemple 250000 ou 250,5.</translation>
    </message>
    <message>
        <source>This amount is over a billion euros: check the column and the unit (euros, not cents).</source>
        <translation>Ce montant dépasse un milliard d’euros&#xa0;: vérifiez la colonne et l’unité (euros, pas centimes).</translation>
    </message>
    <message>
        <source>This is not an amount in euros: write it like 150000 or 150 000,50.</source>
        <translation>Ce n’est pas un montant en euros&#xa0;: écrivez-le par exemple 150000 ou 150 000,50.</translation>
    </message>
    <message>
        <source>The size class is empty: give the establishments&apos; size class this amount is for, e.g. S2.</source>
        <translation>La classe de taille est vide&#xa0;: indiquez la classe de taille des établissements concernés par ce montant, par exemple S2.</translation>
    </message>
    <message>
        <source>The size class “%1…” is too long: give a short code, e.g. S2 (at most %2 characters).</source>
        <translation>La classe de taille «&#xa0;%1…&#xa0;» est trop longue&#xa0;: indiquez un code court, par exemple S2 (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>The domain is empty: give one of the programme&apos;s domains (%1).</source>
        <translation>Le domaine est vide&#xa0;: indiquez l’un des domaines du programme (%1).</translation>
    </message>
    <message>
        <source>The programme has no domain “%1”: give one of %2.</source>
        <translation>Le programme n’a pas de domaine «&#xa0;%1&#xa0;»&#xa0;: indiquez un domaine parmi %2.</translation>
    </message>
    <message>
        <source>%1 for %2 and %3 is outside the programme&apos;s forfait bounds (%4 to %5): check the amount, or the bounds of the programme definition.</source>
        <translation>%1 pour %2 et %3 est hors des bornes de forfait du programme (de %4 à %5)&#xa0;: vérifiez le montant, ou les bornes de la définition du programme.</translation>
    </message>
    <message>
        <source>%1 and %2 were already given on line %3: keep one amount for each size class and domain.</source>
        <translation>%1 et %2 figurent déjà à la ligne %3&#xa0;: ne gardez qu’un montant par classe de taille et par domaine.</translation>
    </message>
    <message>
        <source>%1 and %2 are given twice: keep one amount for each size class and domain.</source>
        <translation>%1 et %2 figurent deux fois&#xa0;: ne gardez qu’un montant par classe de taille et par domaine.</translation>
    </message>
    <message>
        <source>No establishment has the size class “%1” (they have %2): its amounts will not be used until establishments are given that class.</source>
        <translation>Aucun établissement n’a la classe de taille «&#xa0;%1&#xa0;» (les classes existantes sont %2)&#xa0;: ses montants ne seront pas utilisés tant qu’aucun établissement n’aura reçu cette classe.</translation>
    </message>
    <message>
        <source>No establishment has the size class “%1”, but %2 have “%3”: size classes must be written exactly alike.</source>
        <translation>Aucun établissement n’a la classe de taille «&#xa0;%1&#xa0;», mais %2 ont la classe «&#xa0;%3&#xa0;»&#xa0;: les classes de taille doivent être écrites exactement de la même façon.</translation>
    </message>
    <message>
        <source>Cannot read the programme&apos;s domains.</source>
        <translation>Impossible de lire les domaines du programme.</translation>
    </message>
    <message>
        <source>The programme has no domain “%1”.</source>
        <translation>Le programme n’a pas de domaine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the forfait grid.</source>
        <translation>Impossible d’écrire la grille des forfaits.</translation>
    </message>
    <message>
        <source>Line %1, size class: </source>
        <translation>Ligne %1, classe de taille&#xa0;: </translation>
    </message>
    <message>
        <source>Line %1, domain: </source>
        <translation>Ligne %1, domaine&#xa0;: </translation>
    </message>
    <message>
        <source>Line %1, amount: </source>
        <translation>Ligne %1, montant&#xa0;: </translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot read the forfait grid.</source>
        <translation>Impossible de lire la grille des forfaits.</translation>
    </message>
    <message>
        <source>This database has no programme yet: create the campaign first (palier-cli init).</source>
        <translation>Cette base ne contient encore aucun programme&#xa0;: créez d’abord la campagne (palier-cli init).</translation>
    </message>
    <message>
        <source>Cannot read the establishments&apos; size classes.</source>
        <translation>Impossible de lire les classes de taille des établissements.</translation>
    </message>
    <message>
        <source>%1 is a FINESS extract, not a forfait grid: give a file with the columns size class, domain and amount.</source>
        <translation>%1 est un extrait FINESS, pas une grille des forfaits&#xa0;: fournissez un fichier comportant les colonnes classe de taille, domaine et montant.</translation>
    </message>
    <message>
        <source>%1 does not have the columns of a forfait grid. Its first line names %2; give the columns size_class;domain;amount (or classe;domaine;montant), one line per size class and domain.</source>
        <translation>%1 n’a pas les colonnes d’une grille des forfaits. Sa première ligne indique %2&#xa0;; fournissez les colonnes size_class;domain;amount (ou classe;domaine;montant), une ligne par classe de taille et par domaine.</translation>
    </message>
    <message>
        <source>%1 has no amounts: give one line per size class and domain (size_class;domain;amount).</source>
        <translation>%1 ne contient aucun montant&#xa0;: fournissez une ligne par classe de taille et par domaine (size_class;domain;amount).</translation>
    </message>
    <message>
        <source>The grid has no amount for %1 and %2: there is nothing to clear.</source>
        <translation>La grille n’a pas de montant pour %1 et %2&#xa0;: il n’y a rien à effacer.</translation>
    </message>
    <message numerus="yes">
        <source>The forfait grid was not changed: %Ln problem(s) to fix first.
%1</source>
        <translation>
            <numerusform>La grille des forfaits n’a pas été modifiée&#xa0;: %Ln problème à corriger d’abord.
%1</numerusform>
            <numerusform>La grille des forfaits n’a pas été modifiée&#xa0;: %Ln problèmes à corriger d’abord.
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %Ln amount(s) of the forfait grid you changed too, while you were editing it. Nothing was saved: compare both, then keep theirs or yours.</source>
        <translation>
            <numerusform>Quelqu’un d’autre a modifié %Ln montant de la grille des forfaits que vous avez modifié aussi, pendant que vous la modifiiez. Rien n’a été enregistré&#xa0;: comparez les deux, puis gardez le sien ou le vôtre.</numerusform>
            <numerusform>Quelqu’un d’autre a modifié %Ln montants de la grille des forfaits que vous avez modifiés aussi, pendant que vous la modifiiez. Rien n’a été enregistré&#xa0;: comparez les deux, puis gardez les siens ou les vôtres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGridDialog</name>
    <message>
        <source>&amp;Add a Size Class</source>
        <translation>&amp;Ajouter une classe de taille</translation>
    </message>
    <message>
        <source>Adds a row for a size class of establishments</source>
        <translation>Ajoute une ligne pour une classe de taille d’établissements</translation>
    </message>
    <message>
        <source>&amp;Remove the Size Class</source>
        <translation>&amp;Supprimer la classe de taille</translation>
    </message>
    <message>
        <source>Removes the selected size class and its amounts</source>
        <translation>Supprime la classe de taille sélectionnée et ses montants</translation>
    </message>
    <message>
        <source>&amp;Import a CSV File…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Replaces the table by a file with the columns size_class;domain;amount</source>
        <translation>Remplace le tableau par un fichier comportant les colonnes size_class;domain;amount</translation>
    </message>
    <message>
        <source>Forfait Grid</source>
        <translation>Grille des forfaits</translation>
    </message>
    <message>
        <source>Forfait grid</source>
        <translation>Grille des forfaits</translation>
    </message>
    <message>
        <source>One row per size class of establishments, one column per domain, amounts in euros</source>
        <translation>Une ligne par classe de taille d’établissements, une colonne par domaine, montants en euros</translation>
    </message>
    <message>
        <source>Forfait per size class and domain, between %1 and %2 for this programme. An empty cell has no forfait: its files get the amount they request, within these bounds.</source>
        <translation>Forfait par classe de taille et par domaine, entre %1 et %2 pour ce programme. Une cellule vide n’a pas de forfait&#xa0;: ses dossiers reçoivent le montant demandé, dans ces bornes.</translation>
    </message>
    <message>
        <source>Problems of the forfait grid</source>
        <translation>Problèmes de la grille des forfaits</translation>
    </message>
    <message>
        <source>&lt;b&gt;Establishments without a size class&lt;/b&gt;</source>
        <translation>&lt;b&gt;Établissements sans classe de taille&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every establishment has a size class.</source>
        <translation>Tous les établissements ont une classe de taille.</translation>
    </message>
    <message>
        <source>Size classes the grid does not have yet: %1.</source>
        <translation>Classes de taille absentes de la grille pour l’instant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Establishments without a size class</source>
        <translation>Établissements sans classe de taille</translation>
    </message>
    <message>
        <source>Import a Forfait Grid</source>
        <translation>Importer une grille des forfaits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Import the Forfait Grid</source>
        <translation>Impossible d’importer la grille des forfaits</translation>
    </message>
    <message>
        <source>The database is open read-only: the grid is only shown.</source>
        <translation>La base est ouverte en lecture seule&#xa0;: la grille est seulement affichée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) have no size class: their files get the amount they request, between %1 and %2. Give them one by importing the registry with its size classes.</source>
        <translation>
            <numerusform>%Ln établissement n’a pas de classe de taille&#xa0;: ses dossiers reçoivent le montant demandé, entre %1 et %2. Attribuez-lui une classe en important le répertoire avec ses classes de taille.</numerusform>
            <numerusform>%Ln établissements n’ont pas de classe de taille&#xa0;: leurs dossiers reçoivent le montant demandé, entre %1 et %2. Attribuez-leur une classe en important le répertoire avec ses classes de taille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %Ln line(s) to correct first. The grid is unchanged.

%2</source>
        <translation>
            <numerusform>%1 n’a pas été importé&#xa0;: %Ln ligne à corriger d’abord. La grille est inchangée.

%2</numerusform>
            <numerusform>%1 n’a pas été importé&#xa0;: %Ln lignes à corriger d’abord. La grille est inchangée.

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s).</source>
        <translation>
            <numerusform>… et %Ln autre avertissement.</numerusform>
            <numerusform>… et %Ln autres avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ForfaitGridModel</name>
    <message>
        <source>The size class as the establishments’ records give it; double-click to rename it</source>
        <translation>La classe de taille telle qu’indiquée dans les fiches des établissements&#xa0;; double-cliquez pour la renommer</translation>
    </message>
    <message>
        <source>No forfait for %1 in %2: the files get the amount they request, between %3 and %4</source>
        <translation>Pas de forfait pour %1 dans %2&#xa0;: les dossiers reçoivent le montant demandé, entre %3 et %4</translation>
    </message>
    <message>
        <source>Outside the programme’s forfait bounds (%1 to %2): check the amount</source>
        <translation>Hors des bornes de forfait du programme (de %1 à %2)&#xa0;: vérifiez le montant</translation>
    </message>
    <message>
        <source>no forfait</source>
        <translation>pas de forfait</translation>
    </message>
    <message>
        <source>A size class needs a name, e.g. S2.</source>
        <translation>Une classe de taille doit avoir un nom, par exemple S2.</translation>
    </message>
    <message>
        <source>The grid already has the size class %1.</source>
        <translation>La grille contient déjà la classe de taille %1.</translation>
    </message>
    <message>
        <source>A forfait cannot be negative: give an amount of 0 or more.</source>
        <translation>Un forfait ne peut pas être négatif&#xa0;: indiquez un montant supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: write it without a thousands separator, e.g. 250000 or 250,5.</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire de deux façons&#xa0;: écrivez-le sans séparateur de milliers, par exemple 250000 ou 250,5.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros: write it like 150000 or 150 000,50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros&#xa0;: écrivez-le sous la forme 150000 ou 150 000,50.</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Catégorie de taille</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Forfait of domain %1 in euros</source>
        <translation>Forfait du domaine %1 en euros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) of this size class</source>
        <translation>
            <numerusform>%Ln établissement de cette classe de taille</numerusform>
            <numerusform>%Ln établissements de cette classe de taille</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::Funding</name>
    <message>
        <source>Cannot read the programme&apos;s funding rules.</source>
        <translation>Impossible de lire les règles de financement du programme.</translation>
    </message>
    <message>
        <source>Cannot read the forfait grid.</source>
        <translation>Impossible de lire la grille des forfaits.</translation>
    </message>
    <message>
        <source>There is no file number %1.</source>
        <translation>Aucun dossier ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing the amount granted, and an amount of 0 or more.</source>
        <translation>Indiquez le motif de la modification du montant accordé, ainsi qu’un montant supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Cannot record the amount granted.</source>
        <translation>Impossible d’enregistrer le montant accordé.</translation>
    </message>
</context>
<context>
    <name>Palier::GenerateLettersDialog</name>
    <message>
        <source>&amp;PDF, one per establishment</source>
        <translation>PDF, &amp;un par établissement</translation>
    </message>
    <message>
        <source>&amp;OpenDocument text, to touch letters up by hand</source>
        <translation>Texte &amp;OpenDocument, pour retoucher les courriers à la main</translation>
    </message>
    <message>
        <source>all-letters.pdf</source>
        <translation>tous-les-courriers.pdf</translation>
    </message>
    <message>
        <source>Generate Letters</source>
        <translation>Générer les courriers</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Dossier des courriers</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) will be written and recorded.</source>
        <translation>
            <numerusform>%Ln courrier sera écrit et enregistré.</numerusform>
            <numerusform>%Ln courriers seront écrits et enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also every &amp;letter in one PDF, for printing in one go:</source>
        <translation>Également tous les &amp;courriers dans un seul PDF, pour les imprimer en une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the combined PDF</source>
        <translation>Nom du PDF combiné</translation>
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
    <name>Palier::GridEditorDialog</name>
    <message>
        <source>Scoring Grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Why the grid changes (kept with the version)</source>
        <translation>Motif de la modification de la grille (conservé avec la version)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Moves the criterion up (Ctrl+Up); the first criterion breaks ties of the total</source>
        <translation>Monte le critère (Ctrl+Up)&#xa0;; le premier critère départage les ex æquo sur le total</translation>
    </message>
    <message>
        <source>Moves the criterion down (Ctrl+Down)</source>
        <translation>Descend le critère (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Version %1, by %2 on %3</source>
        <translation>Version %1, par %2 le %3</translation>
    </message>
    <message>
        <source>Level descriptors:</source>
        <translation>Descripteurs de niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Levels of %1 (one line per level, %2 to %3):</source>
        <translation>&amp;Niveaux de %1 (une ligne par niveau, de %2 à %3)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 grid is now at version %2.</source>
        <translation>La grille %1 est désormais en version %2.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
</context>
<context>
    <name>Palier::GridEditorModel</name>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3</source>
        <translation>Critère %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
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
        <translation>Descripteurs</translation>
    </message>
</context>
<context>
    <name>Palier::HelpBrowser</name>
    <message>
        <source>Palier User Guide</source>
        <translation>Guide de l’utilisateur de Palier</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source># The user guide is not installed

Palier looked for it in:

%1

Reinstall Palier, or read it on the project&apos;s site.</source>
        <translation># Le guide de l’utilisateur n’est pas installé

Palier l’a cherché dans&#xa0;:

%1

Réinstallez Palier, ou consultez le guide sur le site du projet.</translation>
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
        <translation>Changement</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Palier::ImportFilePage</name>
    <message>
        <source>&amp;The file lists:</source>
        <translation>Le fichier &amp;contient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Path of a CSV or Excel file</source>
        <translation>Chemin d’un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>A profile saved at an earlier import gives the format and the columns at once</source>
        <translation>Un profil enregistré lors d’un import précédent indique d’emblée le format et les colonnes</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>Déposez un fichier ici</translation>
    </message>
    <message>
        <source>A FINESS extract (etalab), the SAE identity file, or any CSV or Excel list with a FINESS number per row. Rows are matched on their FINESS ET number: new establishments are added, known ones updated.</source>
        <translation>Une extraction FINESS (etalab), le fichier d’identification de la SAE, ou toute liste CSV ou Excel comportant un numéro FINESS par ligne. Les lignes sont rapprochées par leur numéro FINESS ET&#xa0;: les nouveaux établissements sont ajoutés, ceux déjà connus sont mis à jour.</translation>
    </message>
    <message>
        <source>The SAE GHT file, or any list of GHT codes and names. Rows are matched on the GHT code.</source>
        <translation>Le fichier GHT de la SAE, ou toute liste de codes et de noms de GHT. Les lignes sont rapprochées par leur code GHT.</translation>
    </message>
    <message>
        <source>One row per establishment and domain: FINESS number, domain code, project title, requested amount… The establishments must already be in the database.</source>
        <translation>Une ligne par établissement et par domaine&#xa0;: numéro FINESS, code du domaine, intitulé du projet, montant demandé… Les établissements doivent déjà figurer dans la base.</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Palier reads CSV files in any common encoding and separator, Excel workbooks (XLSX) and the FINESS extract. Nothing is written before the last page.</source>
        <translation>Palier lit les fichiers CSV dans tous les encodages et avec tous les séparateurs courants, les classeurs Excel (XLSX) et l’extraction FINESS. Rien n’est écrit avant la dernière page.</translation>
    </message>
    <message>
        <source>None: detect the format and the columns</source>
        <translation>Aucun&#xa0;: détecter le format et les colonnes</translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder: choose a file in it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: choisissez un fichier qu’il contient.</translation>
    </message>
    <message>
        <source>%1
%2 kB</source>
        <translation>%1
%2&#xa0;Ko</translation>
    </message>
    <message>
        <source>One row per establishment and indicator of the prerequisites or domains: FINESS number, indicator code (P1.2, D2.1…), value, date and evidence. A ratio is a percentage from 0 to 100, a yes/no indicator 0 or 1. The establishments must already be in the database.</source>
        <translation>Une ligne par établissement et par indicateur des prérequis ou des domaines&#xa0;: numéro FINESS, code de l’indicateur (P1.2, D2.1…), valeur, date et justificatif. Un ratio est un pourcentage de 0 à 100, un indicateur oui/non vaut 0 ou 1. Les établissements doivent déjà figurer dans la base.</translation>
    </message>
    <message>
        <source>One row per score: FINESS number and domain of the application, criterion code, evaluator name, score within the criterion&apos;s scale, comment. The applications and the evaluators must already be in the database.</source>
        <translation>Une ligne par note&#xa0;: numéro FINESS et domaine du dossier, code du critère, nom de l’évaluateur, note comprise dans l’échelle du critère, commentaire. Les dossiers et les évaluateurs doivent déjà figurer dans la base.</translation>
    </message>
    <message>
        <source>One row per establishment, usage indicator of a domain and period: FINESS number, indicator code (D2.1…), period (2021, 2021-06, 2021-T2 or 2021-S1), value and declaration date, as an oSIS export gives them.</source>
        <translation>Une ligne par établissement, indicateur d’usage d’un domaine et période&#xa0;: numéro FINESS, code de l’indicateur (D2.1…), période (2021, 2021-06, 2021-T2 ou 2021-S1), valeur et date de déclaration, tels que les fournit un export oSIS.</translation>
    </message>
</context>
<context>
    <name>Palier::ImportFormatPage</name>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Sépar&amp;ateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>The first &amp;row names the columns</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>Check How the File Reads</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <source>Palier guessed how the file is written. If the rows below look wrong (odd characters, one column only), change the encoding or the separator.</source>
        <translation>Palier a déterminé la façon dont le fichier est écrit. Si les lignes ci-dessous semblent incorrectes (caractères étranges, une seule colonne), changez l’encodage ou le séparateur.</translation>
    </message>
    <message>
        <source>Delimited text (CSV)</source>
        <translation>Texte délimité (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>FINESS extract (etalab)</source>
        <translation>Extraction FINESS (etalab)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>No row could be read from this file.</source>
        <translation>Aucune ligne n’a pu être lue dans ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) as Palier reads them; the numbers on the left are the lines of the file.</source>
        <translation>
            <numerusform>La première ligne telle que Palier la lit&#xa0;; les numéros à gauche sont ceux des lignes du fichier.</numerusform>
            <numerusform>Les %Ln premières lignes telles que Palier les lit&#xa0;; les numéros à gauche sont ceux des lignes du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Palier::ImportMappingPage</name>
    <message>
        <source>Save as a &amp;profile:</source>
        <translation>Enregistrer comme p&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>Name, e.g. FINESS extract</source>
        <translation>Nom, par exemple Extraction FINESS</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>Enregistrer le pro&amp;fil</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each value. Known column names are matched already; the values marked * are required.</source>
        <translation>Choisissez la colonne du fichier qui contient chaque valeur. Les noms de colonnes connus sont déjà rapprochés&#xa0;; les valeurs marquées * sont obligatoires.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (par ex. %2)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Reste à choisir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Donnez d’abord un nom au profil.</translation>
    </message>
    <message>
        <source>Profile “%1” saved: choose it on the first page next time to skip these steps.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;: la prochaine fois, choisissez-le sur la première page pour passer ces étapes.</translation>
    </message>
</context>
<context>
    <name>Palier::ImportResultPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new establishment(s) added</source>
        <translation>
            <numerusform>%Ln nouvel établissement ajouté</numerusform>
            <numerusform>%Ln nouveaux établissements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new GHT added</source>
        <translation>
            <numerusform>%Ln nouveau GHT ajouté</numerusform>
            <numerusform>%Ln nouveaux GHT ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new application(s) added</source>
        <translation>
            <numerusform>%Ln nouvelle candidature ajoutée</numerusform>
            <numerusform>%Ln nouvelles candidatures ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) updated</source>
        <translation>
            <numerusform>%Ln établissement mis à jour</numerusform>
            <numerusform>%Ln établissements mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GHT updated</source>
        <translation>
            <numerusform>%Ln GHT mis à jour</numerusform>
            <numerusform>%Ln GHT mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) updated</source>
        <translation>
            <numerusform>%Ln candidature mise à jour</numerusform>
            <numerusform>%Ln candidatures mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written in one transaction: all of them, or none if the import stops.</source>
        <translation>Les lignes sont écrites en une seule transaction&#xa0;: toutes, ou aucune si l’import s’arrête.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Import de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l’import…</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L’import est terminé.</translation>
    </message>
    <message>
        <source>Written to “%1”:</source>
        <translation>Écrit dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already up to date, left as they were</source>
        <translation>
            <numerusform>%Ln ligne déjà à jour, laissée telle quelle</numerusform>
            <numerusform>%Ln lignes déjà à jour, laissées telles quelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) not imported</source>
        <translation>
            <numerusform>%Ln ligne rejetée, non importée</numerusform>
            <numerusform>%Ln lignes rejetées, non importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported without a value that was refused (see the warnings)</source>
        <translation>
            <numerusform>%Ln ligne importée en omettant une valeur refusée (voir les avertissements)</numerusform>
            <numerusform>%Ln lignes importées en omettant une valeur refusée (voir les avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>The database is as it was before.</source>
        <translation>La base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import was stopped before the end, and everything it had written was undone.</source>
        <translation>L’import a été arrêté avant la fin, et tout ce qu’il avait écrit a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected, and importing the valid rows only was not chosen.</source>
        <translation>
            <numerusform>%Ln ligne a été rejetée, et l’import des seules lignes valides n’a pas été choisi.</numerusform>
            <numerusform>%Ln lignes ont été rejetées, et l’import des seules lignes valides n’a pas été choisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row needed to be written.</source>
        <translation>Aucune ligne n’avait besoin d’être écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new indicator value(s) added</source>
        <translation>
            <numerusform>%Ln nouvelle valeur d’indicateur ajoutée</numerusform>
            <numerusform>%Ln nouvelles valeurs d’indicateur ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new score(s) added</source>
        <translation>
            <numerusform>%Ln nouvelle note ajoutée</numerusform>
            <numerusform>%Ln nouvelles notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator value(s) updated</source>
        <translation>
            <numerusform>%Ln valeur d’indicateur mise à jour</numerusform>
            <numerusform>%Ln valeurs d’indicateur mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) updated</source>
        <translation>
            <numerusform>%Ln note mise à jour</numerusform>
            <numerusform>%Ln notes mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new declaration(s) added</source>
        <translation>
            <numerusform>%Ln nouvelle déclaration ajoutée</numerusform>
            <numerusform>%Ln nouvelles déclarations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declaration(s) updated</source>
        <translation>
            <numerusform>%Ln déclaration mise à jour</numerusform>
            <numerusform>%Ln déclarations mises à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::ImportSession</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>Lignes nouvelles&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3, rejetées&#xa0;: %4</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>GHT</source>
        <translation>GHT</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <source>indicator values</source>
        <translation>valeurs d’indicateur</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>usage declarations</source>
        <translation>déclarations d’usage</translation>
    </message>
</context>
<context>
    <name>Palier::ImportValidationPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave the rejected ones out</source>
        <translation>Importer les lignes &amp;valides et écarter les lignes rejetées</translation>
    </message>
    <message>
        <source>Check the Rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would, without writing anything.</source>
        <translation>Chaque ligne est lue et vérifiée comme lors de l’import, sans rien écrire.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading and checking every row of “%1”…</source>
        <translation>Lecture et vérification de chaque ligne de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>La vérification a été arrêtée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be checked. Nothing was written.</source>
        <translation>Le fichier n’a pas pu être vérifié. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read, %1 with a warning.</source>
        <translation>
            <numerusform>%Ln ligne lue, dont %1 avec un avertissement.</numerusform>
            <numerusform>%Ln lignes lues, dont %1 avec un avertissement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejets (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <source>No row can be imported: correct the rejected rows in the file, then start again.</source>
        <translation>Aucune ligne ne peut être importée&#xa0;: corrigez les lignes rejetées dans le fichier, puis recommencez.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds every valid row as it is.</source>
        <translation>Rien à importer&#xa0;: la base contient déjà chaque ligne valide telle quelle.</translation>
    </message>
    <message>
        <source>Some rows were rejected: correct the file and check it again, or import the valid rows only.</source>
        <translation>Des lignes ont été rejetées&#xa0;: corrigez le fichier et vérifiez-le de nouveau, ou importez uniquement les lignes valides.</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is written until you choose Import.</source>
        <translation>Toutes les lignes peuvent être importées. Rien n’est écrit tant que vous n’avez pas choisi Importer.</translation>
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
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Palier::Importer</name>
    <message>
        <source>Cannot read the applications already in the database.</source>
        <translation>Impossible de lire les candidatures déjà présentes dans la base.</translation>
    </message>
    <message>
        <source>The domain is missing. Write its code: %1.</source>
        <translation>Le domaine est manquant. Indiquez son code&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign&apos;s programme. Write one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine du programme de cette campagne. Indiquez l’un des domaines suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The requested amount is missing. Write it in euros, e.g. 250000 or 250 000,00.</source>
        <translation>Le montant demandé est manquant. Indiquez-le en euros, par exemple 250000 ou 250 000,00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write the amount in euros with digits, e.g. 250000 or 250 000,50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant. Indiquez le montant en euros, en chiffres, par exemple 250000 ou 250 000,50.</translation>
    </message>
    <message>
        <source>The requested amount %1 is negative. Write the amount requested, 0 or more.</source>
        <translation>Le montant demandé %1 est négatif. Indiquez le montant demandé, positif ou nul.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals. Write euros and cents, e.g. 1 234,50.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales. Indiquez des euros et des centimes, par exemple 1 234,50.</translation>
    </message>
    <message>
        <source>“%1” can be read as thousands or as decimals. Write 250000 or 250 000 for thousands, 250,00 for decimals.</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire comme des milliers ou comme des décimales. Écrivez 250000 ou 250 000 pour des milliers, 250,00 pour des décimales.</translation>
    </message>
    <message>
        <source>“%1” is more than a billion euros. Check the amount: it must be in euros, not cents.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse un milliard d’euros. Vérifiez le montant&#xa0;: il doit être en euros, pas en centimes.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 30/06/2019 or 2019-06-30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Écrivez-la sous la forme 30/06/2019 ou 2019-06-30.</translation>
    </message>
    <message>
        <source>No establishment has FINESS number %1 in this database. Import the registry (FINESS or SAE file) first, or check the number.</source>
        <translation>Aucun établissement ne porte le numéro FINESS %1 dans cette base. Importez d’abord le répertoire des établissements (fichier FINESS ou SAE), ou vérifiez le numéro.</translation>
    </message>
    <message>
        <source>The project title is missing. Fill it in: an application cannot be recorded without one.</source>
        <translation>L’intitulé du projet est manquant. Renseignez-le&#xa0;: une candidature ne peut pas être enregistrée sans intitulé.</translation>
    </message>
    <message>
        <source>The planned end %1 is before the planned start %2. Check both dates.</source>
        <translation>La fin prévue, %1, précède le début prévu, %2. Vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>“%1” is not a state of an application (Reçu, Recevable, Irrecevable, En instruction, Instruit). The state was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état de candidature (Reçu, Recevable, Irrecevable, En instruction, Instruit). L’état n’a pas été importé.</translation>
    </message>
    <message>
        <source>The application %1</source>
        <translation>La candidature %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the applications.</source>
        <translation>Impossible de préparer l’import des candidatures.</translation>
    </message>
    <message>
        <source>Cannot record the application %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer la candidature %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>Cannot read the establishments already in the database.</source>
        <translation>Impossible de lire les établissements déjà présents dans la base.</translation>
    </message>
    <message>
        <source>FINESS number %1</source>
        <translation>Le numéro FINESS %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the establishments.</source>
        <translation>Impossible de préparer l’import des établissements.</translation>
    </message>
    <message>
        <source>Cannot record establishment %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer l’établissement %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>“%1” is not a FINESS category: a category is a 3-digit code such as 355 (centre hospitalier). The category was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie FINESS&#xa0;: une catégorie est un code à 3 chiffres, par exemple 355 (centre hospitalier). La catégorie n’a pas été importée.</translation>
    </message>
    <message>
        <source>“%1” is not a department code. The department is taken from the FINESS number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de département. Le département est déduit du numéro FINESS.</translation>
    </message>
    <message>
        <source>The department %1 does not match FINESS number %2, which belongs to department %3. Palier keeps %3: check the number and the department.</source>
        <translation>Le département %1 ne correspond pas au numéro FINESS %2, qui relève du département %3. Palier retient %3&#xa0;: vérifiez le numéro et le département.</translation>
    </message>
    <message>
        <source>“%1” is not a region. Write its INSEE code, e.g. 84, or its name; the region is taken from the department anyway.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une région. Indiquez son code INSEE, par exemple 84, ou son nom&#xa0;; la région est de toute façon déduite du département.</translation>
    </message>
    <message>
        <source>The region %1 does not match department %2, which is in region %3. Palier keeps region %3: check the file.</source>
        <translation>La région %1 ne correspond pas au département %2, qui se trouve dans la région %3. Palier retient la région %3&#xa0;: vérifiez le fichier.</translation>
    </message>
    <message>
        <source>“%1” does not start with a 5-digit postal code. The postal code and town were not taken from it.</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par un code postal à 5 chiffres. Le code postal et la commune n’en ont pas été extraits.</translation>
    </message>
    <message>
        <source>“%1” is not a postal code (5 digits). The postal code was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code postal (5 chiffres). Le code postal n’a pas été importé.</translation>
    </message>
    <message>
        <source>Postal code %1 has 4 digits: a spreadsheet probably dropped its leading zero. It was recorded as %2; format the column as text next time.</source>
        <translation>Le code postal %1 a 4 chiffres&#xa0;: un tableur a probablement supprimé son zéro initial. Il a été enregistré comme %2&#xa0;; la prochaine fois, mettez la colonne au format texte.</translation>
    </message>
    <message>
        <source>“%1” is not a legal status. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC, or the SAE codes 1, 2 or 3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut juridique. Indiquez Public, Privé lucratif, Privé non lucratif (ou ESPIC) ou CLCC, ou les codes SAE 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>The status already recorded was kept.</source>
        <translation>Le statut déjà enregistré a été conservé.</translation>
    </message>
    <message>
        <source>The legal status of this new establishment is missing. Write Public, Privé lucratif, Privé non lucratif (or ESPIC) or CLCC.</source>
        <translation>Le statut juridique de ce nouvel établissement est manquant. Indiquez Public, Privé lucratif, Privé non lucratif (ou ESPIC) ou CLCC.</translation>
    </message>
    <message>
        <source>The file gives no legal status, and the FINESS category and public hospital service code of %1 do not tell it (they only identify public hospitals and ESPIC). Import the SAE identity file or a list with a status column first: this file then updates the establishment.</source>
        <translation>Le fichier n’indique pas de statut juridique, et la catégorie FINESS et le code de service public hospitalier de %1 ne permettent pas de le déduire (ils n’identifient que les hôpitaux publics et les ESPIC). Importez d’abord le fichier d’identification de la SAE ou une liste comportant une colonne de statut&#xa0;: ce fichier mettra ensuite l’établissement à jour.</translation>
    </message>
    <message>
        <source>The name of the establishment is missing. Fill it in: an establishment cannot be recorded without one.</source>
        <translation>Le nom de l’établissement (raison sociale) est manquant. Renseignez-le&#xa0;: un établissement ne peut pas être enregistré sans nom.</translation>
    </message>
    <message>
        <source>The legal entity number was not imported.</source>
        <translation>Le numéro d’entité juridique n’a pas été importé.</translation>
    </message>
    <message>
        <source>FINESS number %1 does not start with the code of a department Palier knows. The establishment was imported without a department.</source>
        <translation>Le numéro FINESS %1 ne commence pas par le code d’un département connu de Palier. L’établissement a été importé sans département.</translation>
    </message>
    <message>
        <source>The SIRET was not imported.</source>
        <translation>Le SIRET n’a pas été importé.</translation>
    </message>
    <message>
        <source>“%1” is not a GHT code (5 digits, e.g. 84101). The GHT was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code GHT (5 chiffres, par exemple 84101). Le GHT n’a pas été importé.</translation>
    </message>
    <message>
        <source>GHT %1 is not in this database. Import the GHT list first; the establishment was imported without its GHT.</source>
        <translation>Le GHT %1 ne figure pas dans cette base. Importez d’abord la liste des GHT&#xa0;; l’établissement a été importé sans son GHT.</translation>
    </message>
    <message>
        <source>Cannot read the GHTs already in the database.</source>
        <translation>Impossible de lire les GHT déjà présents dans la base.</translation>
    </message>
    <message>
        <source>The GHT code is missing. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation>Le code GHT est manquant. Un code GHT comporte 5 chiffres&#xa0;: le code INSEE de la région, puis 1 et deux chiffres, par exemple 84101.</translation>
    </message>
    <message>
        <source>“%1” is not a GHT code. A GHT code has 5 digits: the INSEE region code, then 1 and two digits, e.g. 84101.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code GHT. Un code GHT comporte 5 chiffres&#xa0;: le code INSEE de la région, puis 1 et deux chiffres, par exemple 84101.</translation>
    </message>
    <message>
        <source>GHT code %1 does not start with the code of a region (its first two digits are the INSEE region code). Check the code.</source>
        <translation>Le code GHT %1 ne commence pas par le code d’une région (ses deux premiers chiffres sont le code INSEE de la région). Vérifiez le code.</translation>
    </message>
    <message>
        <source>The name of the GHT is missing. Fill it in: a GHT cannot be recorded without one.</source>
        <translation>Le nom du GHT est manquant. Renseignez-le&#xa0;: un GHT ne peut pas être enregistré sans nom.</translation>
    </message>
    <message>
        <source>The region %1 does not match GHT code %2, whose first two digits say region %3. Palier keeps region %3: check the file.</source>
        <translation>La région %1 ne correspond pas au code GHT %2, dont les deux premiers chiffres désignent la région %3. Palier retient la région %3&#xa0;: vérifiez le fichier.</translation>
    </message>
    <message>
        <source>GHT %1</source>
        <translation>Le GHT %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import of the GHTs.</source>
        <translation>Impossible de préparer l’import des GHT.</translation>
    </message>
    <message>
        <source>Cannot record GHT %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer le GHT %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3: a line break or a separator inside an unquoted value may have split or merged records. Check this line and the next in the file.</source>
        <translation>La ligne %1 compte %2 champs alors que l’en-tête en compte %3&#xa0;: un saut de ligne ou un séparateur dans une valeur sans guillemets a pu scinder ou fusionner des enregistrements. Vérifiez cette ligne et la suivante dans le fichier.</translation>
    </message>
    <message>
        <source>No column is chosen for %1. Choose the columns of these fields in the mapping (or a profile that has them); without them no row can be imported.</source>
        <translation>Aucune colonne n’est choisie pour&#xa0;: %1. Choisissez les colonnes de ces champs dans la correspondance des colonnes (ou un profil qui les indique)&#xa0;; sans elles, aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <source>FINESS number (site)</source>
        <translation>Numéro FINESS ET (géographique)</translation>
    </message>
    <message>
        <source>FINESS number (legal entity)</source>
        <translation>Numéro FINESS EJ (entité juridique)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation>Catégorie FINESS</translation>
    </message>
    <message>
        <source>Category label</source>
        <translation>Libellé de catégorie</translation>
    </message>
    <message>
        <source>Department (checked against the FINESS number)</source>
        <translation>Département (contrôlé par rapport au numéro FINESS)</translation>
    </message>
    <message>
        <source>Region (checked against the department)</source>
        <translation>Région (contrôlée par rapport au département)</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Numéro de voie</translation>
    </message>
    <message>
        <source>Street type</source>
        <translation>Type de voie</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Libellé de voie</translation>
    </message>
    <message>
        <source>Street complement</source>
        <translation>Complément de voie</translation>
    </message>
    <message>
        <source>Locality or PO box</source>
        <translation>Lieu-dit ou boîte postale</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Postal code and town (one line)</source>
        <translation>Code postal et commune (sur une ligne)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>GHT code</source>
        <translation>Code GHT</translation>
    </message>
    <message>
        <source>Public hospital service code (FINESS)</source>
        <translation>Code de service public hospitalier (FINESS)</translation>
    </message>
    <message>
        <source>Public hospital service label (FINESS)</source>
        <translation>Libellé de service public hospitalier (FINESS)</translation>
    </message>
    <message>
        <source>Tariff mode label (FINESS)</source>
        <translation>Libellé du mode de fixation des tarifs (FINESS)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Region (checked against the code)</source>
        <translation>Région (contrôlée par rapport au code)</translation>
    </message>
    <message>
        <source>FINESS number of the establishment</source>
        <translation>Numéro FINESS de l’établissement</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Intitulé du projet</translation>
    </message>
    <message>
        <source>Requested amount (euros)</source>
        <translation>Montant demandé (euros)</translation>
    </message>
    <message>
        <source>Vendor or solution</source>
        <translation>Éditeur ou solution</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The import profile “%1” cannot be read: it was damaged or written by a newer Palier. Save it again from the import.</source>
        <translation>Le profil d’import «&#xa0;%1&#xa0;» est illisible&#xa0;: il a été endommagé ou écrit par une version plus récente de Palier. Enregistrez-le de nouveau depuis l’import.</translation>
    </message>
    <message>
        <source>An import profile needs a name, e.g. “FINESS extract”.</source>
        <translation>Un profil d’import doit avoir un nom, par exemple «&#xa0;Extraction FINESS&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot save the import profile “%1”. Check that the database is writable.</source>
        <translation>Impossible d’enregistrer le profil d’import «&#xa0;%1&#xa0;». Vérifiez que la base est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the import profiles of the database.</source>
        <translation>Impossible de lire les profils d’import de la base.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”: this database has none yet. Save one from the import wizard.</source>
        <translation>Il n’existe pas de profil d’import «&#xa0;%1&#xa0;»&#xa0;: cette base n’en contient encore aucun. Enregistrez-en un depuis l’assistant d’import.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”. The profiles of this database are %2.</source>
        <translation>Il n’existe pas de profil d’import «&#xa0;%1&#xa0;». Les profils de cette base sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>L’import a été annulé. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 appears on lines %2 and %3, but may appear only once in a file. Remove or merge the repeated lines: none of them was imported.</source>
        <translation>%1 figure aux lignes %2 et %3, mais ne peut figurer qu’une fois dans un fichier. Supprimez ou fusionnez les lignes répétées&#xa0;: aucune d’elles n’a été importée.</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Code de l’indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Criterion code</source>
        <translation>Code du critère</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Cannot read the indicator values already in the database.</source>
        <translation>Impossible de lire les valeurs d’indicateur déjà présentes dans la base.</translation>
    </message>
    <message>
        <source>The indicator code is missing. Write the code of an indicator of the programme, e.g. %1.</source>
        <translation>Le code de l’indicateur est manquant. Indiquez le code d’un indicateur du programme, par exemple %1.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of this campaign&apos;s programme. Write one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un indicateur du programme de cette campagne. Indiquez l’un des indicateurs suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The value is missing. Write the measured value of the indicator.</source>
        <translation>La valeur est manquante. Indiquez la valeur mesurée de l’indicateur.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write the value with digits, e.g. 85 or 85,5 (and 0 or 1 for a yes/no indicator).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre. Indiquez la valeur en chiffres, par exemple 85 ou 85,5 (et 0 ou 1 pour un indicateur oui/non).</translation>
    </message>
    <message>
        <source>%1 is not a percentage: indicator %2 is a ratio, from 0 to 100. Write 85 for 85 %.</source>
        <translation>%1 n’est pas un pourcentage&#xa0;: l’indicateur %2 est un ratio, de 0 à 100. Indiquez 85 pour 85&#xa0;%.</translation>
    </message>
    <message>
        <source>%1 is not a yes/no value: indicator %2 takes 0 (no) or 1 (yes).</source>
        <translation>%1 n’est pas une valeur oui/non&#xa0;: l’indicateur %2 vaut 0 (non) ou 1 (oui).</translation>
    </message>
    <message>
        <source>%1 is not a count: indicator %2 takes a whole number, 0 or more.</source>
        <translation>%1 n’est pas un effectif&#xa0;: l’indicateur %2 attend un nombre entier, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>La valeur de %1</translation>
    </message>
    <message>
        <source>Cannot record the value %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer la valeur %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>Cannot read the scores already in the database.</source>
        <translation>Impossible de lire les notes déjà présentes dans la base.</translation>
    </message>
    <message>
        <source>The criterion is missing. Write the code of a criterion of the domain&apos;s scoring grid.</source>
        <translation>Le critère est manquant. Indiquez le code d’un critère de la grille de notation du domaine.</translation>
    </message>
    <message>
        <source>Domain %1 has no scoring grid yet. Create its grid before importing its scores.</source>
        <translation>Le domaine %1 n’a pas encore de grille de notation. Créez sa grille avant d’importer ses notes.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de la grille %2 (version %3). Ses critères sont&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The score is missing. Write a whole number within the criterion&apos;s scale.</source>
        <translation>La note est manquante. Indiquez un nombre entier compris dans l’échelle du critère.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number. A score is a whole number within the criterion&apos;s scale, e.g. 3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier. Une note est un nombre entier compris dans l’échelle du critère, par exemple 3.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): write a whole number from %4 to %5.</source>
        <translation>%1 est en dehors de l’échelle du critère %2 (%3)&#xa0;: indiquez un nombre entier de %4 à %5.</translation>
    </message>
    <message>
        <source>Establishment %1 has no application in domain %2. Import the applications first, or check the FINESS number and the domain.</source>
        <translation>L’établissement %1 n’a aucun dossier dans le domaine %2. Importez d’abord les dossiers, ou vérifiez le numéro FINESS et le domaine.</translation>
    </message>
    <message>
        <source>The evaluator is missing. Write the name of an evaluator of this database.</source>
        <translation>L’évaluateur est manquant. Indiquez le nom d’un évaluateur de cette base.</translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database, which has none yet. Add the evaluators first (score sheet of the instruction page).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un évaluateur de cette base, qui n’en compte encore aucun. Ajoutez d’abord les évaluateurs (fiche de notation de la page d’instruction).</translation>
    </message>
    <message>
        <source>“%1” is not an evaluator of this database. Write one of %2, or add the evaluator first (score sheet of the instruction page).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un évaluateur de cette base. Indiquez l’un des évaluateurs suivants (%2), ou ajoutez d’abord l’évaluateur (fiche de notation de la page d’instruction).</translation>
    </message>
    <message>
        <source>The score %1</source>
        <translation>La note %1</translation>
    </message>
    <message>
        <source>Cannot record the score %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer la note %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>The database refused the import. Nothing was imported: the database is as it was before.</source>
        <translation>La base a refusé l’import. Rien n’a été importé&#xa0;: la base est restée telle qu’elle était.</translation>
    </message>
    <message>
        <source>Cannot read the indicator declarations already in the database.</source>
        <translation>Impossible de lire les déclarations d’indicateurs déjà présentes dans la base.</translation>
    </message>
    <message>
        <source>The indicator code is missing. Write the code of a usage indicator of the programme, e.g. %1.</source>
        <translation>Le code de l’indicateur est manquant. Indiquez le code d’un indicateur d’usage du programme, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is not a usage indicator of a domain: only those are declared per period (the prerequisites and organisation indicators are imported as indicator values). Write one of %2.</source>
        <translation>%1 n’est pas un indicateur d’usage d’un domaine&#xa0;: seuls ces indicateurs sont déclarés par période (les indicateurs de prérequis et d’organisation sont importés comme valeurs d’indicateurs). Indiquez l’un des indicateurs suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The period is missing. Write 2021, 2021-06, 2021-T2 or 2021-S1.</source>
        <translation>La période est manquante. Indiquez 2021, 2021-06, 2021-T2 ou 2021-S1.</translation>
    </message>
    <message>
        <source>“%1” is not a period. Write a year (2021), a month (2021-06), a quarter (2021-T2) or a half-year (2021-S1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une période. Indiquez une année (2021), un mois (2021-06), un trimestre (2021-T2) ou un semestre (2021-S1).</translation>
    </message>
    <message>
        <source>The value is missing. Write the value declared for the period.</source>
        <translation>La valeur est manquante. Indiquez la valeur déclarée pour la période.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 30/06/2021 or 2021-06-30.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Écrivez-la sous la forme 30/06/2021 ou 2021-06-30.</translation>
    </message>
    <message>
        <source>The declaration %1</source>
        <translation>La déclaration %1</translation>
    </message>
    <message>
        <source>Cannot record the declaration %1 of line %2. Nothing was imported: the database is as it was before.</source>
        <translation>Impossible d’enregistrer la déclaration %1 de la ligne %2. Rien n’a été importé&#xa0;: la base est restée dans l’état où elle était.</translation>
    </message>
    <message>
        <source>Period (2021, 2021-06, 2021-T2, 2021-S1)</source>
        <translation>Période (2021, 2021-06, 2021-T2, 2021-S1)</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Déclaré le</translation>
    </message>
    <message>
        <source>“%1” is too long for a size class (at most %2 characters, such as S1 or petit, as in the forfait grid). The size class was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long pour une classe de taille (%2 caractères au plus, par exemple S1 ou petit, comme dans la grille des forfaits). La classe de taille n’a pas été importée.</translation>
    </message>
    <message>
        <source>Size class (forfait grid)</source>
        <translation>Catégorie de taille (grille des forfaits)</translation>
    </message>
</context>
<context>
    <name>Palier::InstructionDetail</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Prerequisites</source>
        <translation>&amp;Prérequis</translation>
    </message>
</context>
<context>
    <name>Palier::InstructionPage</name>
    <message>
        <source>Change &amp;State…</source>
        <translation>&amp;Changer l’état…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Moves the selected files to another state</source>
        <translation>Fait passer les dossiers sélectionnés à un autre état</translation>
    </message>
    <message>
        <source>Puts labels on the selected files or takes them off</source>
        <translation>Pose des étiquettes sur les dossiers sélectionnés ou les retire</translation>
    </message>
    <message>
        <source>Shows only the files in this state</source>
        <translation>N’affiche que les dossiers dans cet état</translation>
    </message>
    <message>
        <source>The establishment is eligible for payment.</source>
        <translation>L’établissement est éligible au versement.</translation>
    </message>
    <message>
        <source>The establishment is not eligible for payment yet.</source>
        <translation>L’établissement n’est pas encore éligible au versement.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Score S&amp;heet…</source>
        <translation>&amp;Grille de notation…</translation>
    </message>
    <message>
        <source>Scores the files of a domain, criterion by criterion</source>
        <translation>Note les dossiers d’un domaine, critère par critère</translation>
    </message>
    <message>
        <source>&amp;What-If…</source>
        <translation>&amp;Simulation…</translation>
    </message>
    <message>
        <source>Scoring &amp;Grid…</source>
        <translation>&amp;Grille de notation…</translation>
    </message>
    <message>
        <source>Tries other weights and consensus settings on a domain&apos;s ranking</source>
        <translation>Essaie d’autres poids et d’autres réglages de consensus sur le classement d’un domaine</translation>
    </message>
    <message>
        <source>Edits the criteria, weights and scales of a domain&apos;s scoring grid</source>
        <translation>Modifie les critères, les poids et les échelles de la grille de notation d’un domaine</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
</context>
<context>
    <name>Palier::IssueTableModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Palier::Labels</name>
    <message>
        <source>A label needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>The label name “%1” is too long: keep it to %2 characters.</source>
        <translation>Le nom d’étiquette «&#xa0;%1&#xa0;» est trop long&#xa0;: limitez-le à %2 caractères.</translation>
    </message>
    <message>
        <source>A label named “%1” already exists. Choose another name.</source>
        <translation>Une étiquette nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it #RRGGBB in hexadecimal, e.g. #2980B9.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur&#xa0;: écrivez-la sous la forme #RRGGBB en hexadécimal, par exemple #2980B9.</translation>
    </message>
    <message>
        <source>The label %1 no longer exists; it may have been deleted.</source>
        <translation>L’étiquette %1 n’existe plus&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Cannot read the labels.</source>
        <translation>Impossible de lire les étiquettes.</translation>
    </message>
    <message>
        <source>Cannot change the labels of the file %1.</source>
        <translation>Impossible de modifier les étiquettes du dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the label “%1”.</source>
        <translation>Impossible de créer l’étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot rename the label “%1”.</source>
        <translation>Impossible de renommer l’étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot change the colour of the label.</source>
        <translation>Impossible de changer la couleur de l’étiquette.</translation>
    </message>
    <message>
        <source>Cannot delete the label.</source>
        <translation>Impossible de supprimer l’étiquette.</translation>
    </message>
    <message>
        <source>Cannot read the labels of the file %1.</source>
        <translation>Impossible de lire les étiquettes du dossier %1.</translation>
    </message>
</context>
<context>
    <name>Palier::LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>The colour of the new label</source>
        <translation>La couleur de la nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>Labels of the %Ln file(s) selected:</source>
        <translation>
            <numerusform>Étiquettes du dossier sélectionné&#xa0;:</numerusform>
            <numerusform>Étiquettes des %Ln dossiers sélectionnés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Renames the current label on every file that carries it</source>
        <translation>Renomme l’étiquette sélectionnée sur tous les dossiers qui la portent</translation>
    </message>
    <message>
        <source>Recolo&amp;ur…</source>
        <translation>Changer la co&amp;uleur…</translation>
    </message>
    <message>
        <source>Gives the current label another colour</source>
        <translation>Donne une autre couleur à l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Deletes the current label and takes it off every file</source>
        <translation>Supprime l’étiquette sélectionnée et la retire de tous les dossiers</translation>
    </message>
    <message>
        <source>Delete the label “%1”? No file carries it.</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»&#xa0;? Aucun dossier ne la porte.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “%1”? It is taken off the %Ln file(s) that carry it.</source>
        <translation>
            <numerusform>Supprimer l’étiquette «&#xa0;%1&#xa0;»&#xa0;? Elle sera retirée de %Ln dossier qui la porte.</numerusform>
            <numerusform>Supprimer l’étiquette «&#xa0;%1&#xa0;»&#xa0;? Elle sera retirée des %Ln dossiers qui la portent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the Label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Rename the Label</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Someone else deleted this label meanwhile.</source>
        <translation>Quelqu’un d’autre a supprimé cette étiquette entre-temps.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Palier::LetterBatch</name>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation>Les courriers déjà générés n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The template “%1” (version %2) cannot be used. %3</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» (version %2) ne peut pas être utilisé. %3</translation>
    </message>
    <message>
        <source>This establishment has no decided file: there is no letter to show.</source>
        <translation>Cet établissement n’a aucun dossier ayant fait l’objet d’une décision&#xa0;: il n’y a aucun courrier à afficher.</translation>
    </message>
    <message>
        <source>The letters generated could not be recorded.</source>
        <translation>Les courriers générés n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterData</name>
    <message>
        <source>The amounts of the sealed preselection could not be read.</source>
        <translation>Les montants de la présélection scellée n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>La campagne n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>This database holds no campaign: create one before writing letters.</source>
        <translation>Cette base ne contient aucune campagne&#xa0;: créez-en une avant de rédiger des courriers.</translation>
    </message>
    <message>
        <source>The usage indicators could not be read.</source>
        <translation>Les indicateurs d’usage n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The letters already generated could not be read.</source>
        <translation>Les courriers déjà générés n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>file %1 (%2) is selected but has no amount in the sealed preselection</source>
        <translation>le dossier %1 (%2) est sélectionné mais n’a aucun montant dans la présélection scellée</translation>
    </message>
    <message>
        <source>awaiting DGOS validation (%1)</source>
        <translation>en attente de validation par la DGOS (%1)</translation>
    </message>
    <message>
        <source>no signatory is set for the letters</source>
        <translation>aucun signataire n’est défini pour les courriers</translation>
    </message>
    <message>
        <source>The letter settings could not be read.</source>
        <translation>Les paramètres des courriers n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The letter settings could not be saved.</source>
        <translation>Les paramètres des courriers n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The decisions on the files could not be read.</source>
        <translation>Les décisions sur les dossiers n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterDocument</name>
    <message>
        <source>The letter “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation>Le courrier «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The combined PDF “%1” could not be written: check that the folder exists and that you may write in it.</source>
        <translation>Le PDF combiné «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Cancelled: the combined PDF was not written.</source>
        <translation>Annulé&#xa0;: le PDF combiné n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterGenerationTask</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterListModel</name>
    <message numerus="yes">
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln courrier</numerusform>
            <numerusform>%Ln courriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln letter(s)</source>
        <translation>
            <numerusform>%1 sur %Ln courrier</numerusform>
            <numerusform>%1 sur %Ln courriers</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent on %1 (version %2)</source>
        <translation>Envoyé le %1 (version %2)</translation>
    </message>
    <message>
        <source>Generated on %1 (version %2), not sent</source>
        <translation>Généré le %1 (version %2), non envoyé</translation>
    </message>
    <message>
        <source>To generate</source>
        <translation>À générer</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>liste d’attente</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <source>awaiting DGOS</source>
        <translation>en attente de la DGOS</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Palier::LetterPrintTask</name>
    <message>
        <source>The printer refused the letters: check that it is ready, then print again.</source>
        <translation>L’imprimante a refusé les courriers&#xa0;: vérifiez qu’elle est prête, puis relancez l’impression.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterStore</name>
    <message>
        <source>The letters of the establishment could not be read.</source>
        <translation>Les courriers de l’établissement n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation>Les courriers n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The sending could not be recorded.</source>
        <translation>L’envoi n’a pas pu être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>No letter was generated yet for %Ln establishment(s): generate them before confirming the sending.</source>
        <translation>
            <numerusform>Aucun courrier n’a encore été généré pour %Ln établissement&#xa0;: générez-le avant de confirmer l’envoi.</numerusform>
            <numerusform>Aucun courrier n’a encore été généré pour %Ln établissements&#xa0;: générez-les avant de confirmer l’envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplateDialog</name>
    <message>
        <source>Placeholder</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>%1 (inside %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Letter Templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it at the cursor</source>
        <translation>Double-cliquez sur une variable pour l’insérer à la position du curseur</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier&#xa0;:</translation>
    </message>
    <message>
        <source>Template shipped with Palier</source>
        <translation>Modèle fourni avec Palier</translation>
    </message>
    <message>
        <source>Version %1, saved on %2 by %3</source>
        <translation>Version %1, enregistrée le %2 par %3</translation>
    </message>
    <message>
        <source>No establishment of the campaign gets this letter: the preview is empty.</source>
        <translation>Aucun établissement de la campagne ne reçoit ce courrier&#xa0;: l’aperçu est vide.</translation>
    </message>
    <message>
        <source>Preview with the data of %1.</source>
        <translation>Aperçu avec les données de %1.</translation>
    </message>
    <message>
        <source>Saved as version %1: the next letters use it.</source>
        <translation>Modèle enregistré en version %1&#xa0;: les prochains courriers l’utiliseront.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Variables</translation>
    </message>
</context>
<context>
    <name>Palier::LetterTemplates</name>
    <message>
        <source>Selected</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Name of the establishment</source>
        <translation>Nom de l’établissement</translation>
    </message>
    <message>
        <source>FINESS number (9 characters, leading zero kept)</source>
        <translation>Numéro FINESS (9 caractères, zéro initial conservé)</translation>
    </message>
    <message>
        <source>FINESS number of the legal entity</source>
        <translation>Numéro FINESS de l’entité juridique</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse (numéro et voie)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Reference number of the letter</source>
        <translation>Numéro de référence du courrier</translation>
    </message>
    <message>
        <source>Date of the letter, in words</source>
        <translation>Date du courrier, en toutes lettres</translation>
    </message>
    <message>
        <source>Name of the ARS</source>
        <translation>Nom de l’ARS</translation>
    </message>
    <message>
        <source>Town where the letter is signed</source>
        <translation>Lieu de signature du courrier</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <source>Lines of the ARS address</source>
        <translation>Lignes de l’adresse de l’ARS</translation>
    </message>
    <message>
        <source>One line of the address</source>
        <translation>Une ligne de l’adresse</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Total amount granted</source>
        <translation>Montant total accordé</translation>
    </message>
    <message>
        <source>Start-up part (amorçage) of the amount</source>
        <translation>Part amorçage du montant</translation>
    </message>
    <message>
        <source>Usage part of the amount</source>
        <translation>Part usage du montant</translation>
    </message>
    <message>
        <source>Start-up share, e.g. 20 %</source>
        <translation>Part amorçage, par exemple 20&#xa0;%</translation>
    </message>
    <message>
        <source>Usage share, e.g. 80 %</source>
        <translation>Part usage, par exemple 80&#xa0;%</translation>
    </message>
    <message>
        <source>Deadline for the usage targets</source>
        <translation>Date limite d’atteinte des cibles d’usage</translation>
    </message>
    <message>
        <source>Every file of the establishment (table rows)</source>
        <translation>Tous les dossiers de l’établissement (lignes du tableau)</translation>
    </message>
    <message>
        <source>Files selected</source>
        <translation>Dossiers retenus</translation>
    </message>
    <message>
        <source>Files on the waiting list</source>
        <translation>Dossiers en liste d’attente</translation>
    </message>
    <message>
        <source>Files not selected</source>
        <translation>Dossiers non retenus</translation>
    </message>
    <message>
        <source>Yes when some files are on the waiting list</source>
        <translation>Oui si des dossiers sont en liste d’attente</translation>
    </message>
    <message>
        <source>Yes when some files are not selected</source>
        <translation>Oui si des dossiers ne sont pas retenus</translation>
    </message>
    <message>
        <source>Domain code, e.g. D2</source>
        <translation>Code du domaine, par exemple D2</translation>
    </message>
    <message>
        <source>Domain label</source>
        <translation>Libellé du domaine</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Intitulé du projet</translation>
    </message>
    <message>
        <source>Decision in words</source>
        <translation>Décision en toutes lettres</translation>
    </message>
    <message>
        <source>Amount granted for the file</source>
        <translation>Montant accordé pour le dossier</translation>
    </message>
    <message>
        <source>Reason recorded at instruction</source>
        <translation>Motif enregistré lors de l’instruction</translation>
    </message>
    <message>
        <source>Yes when prerequisites are still to reach</source>
        <translation>Oui si des prérequis restent à atteindre</translation>
    </message>
    <message>
        <source>Prerequisites still to reach</source>
        <translation>Prérequis restant à atteindre</translation>
    </message>
    <message>
        <source>Usage targets of the domains selected</source>
        <translation>Cibles d’usage des domaines retenus</translation>
    </message>
    <message>
        <source>Yes when there are usage targets</source>
        <translation>Oui s’il y a des cibles d’usage</translation>
    </message>
    <message>
        <source>Code of a prerequisite or indicator</source>
        <translation>Code d’un prérequis ou d’un indicateur</translation>
    </message>
    <message>
        <source>Label of a prerequisite or indicator</source>
        <translation>Libellé d’un prérequis ou d’un indicateur</translation>
    </message>
    <message>
        <source>Target of a usage indicator</source>
        <translation>Cible d’un indicateur d’usage</translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is opened but never closed: add {{/%2}}.</source>
        <translation>Ligne %1&#xa0;: la section «&#xa0;%2&#xa0;» est ouverte mais jamais fermée&#xa0;: ajoutez {{/%2}}.</translation>
    </message>
    <message>
        <source>Line %1: the section “%2” is closed but was never opened.</source>
        <translation>Ligne %1&#xa0;: la section «&#xa0;%2&#xa0;» est fermée mais n’a jamais été ouverte.</translation>
    </message>
    <message>
        <source>Line %1: a tag is not closed: “{{” needs its “}}”.</source>
        <translation>Ligne %1&#xa0;: une balise n’est pas fermée&#xa0;: chaque «&#xa0;{{&#xa0;» doit avoir son «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a placeholder Palier knows. Pick one from the list beside the editor.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une variable connue de Palier. Choisissez-en une dans la liste à côté de l’éditeur.</translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation>Les modèles de courrier n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Le modèle n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>Palier::LetterheadDialog</name>
    <message>
        <source>The day the letters are generated</source>
        <translation>Le jour où les courriers sont générés</translation>
    </message>
    <message>
        <source>31 December of the campaign’s last year</source>
        <translation>Le 31 décembre de la dernière année de la campagne</translation>
    </message>
    <message>
        <source>Letterhead and Signature</source>
        <translation>En-tête et signature</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>Signé &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title of the signatory:</source>
        <translation>&amp;Qualité du signataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notification date:</source>
        <translation>Date de &amp;notification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Usage targets due:</source>
        <translation>É&amp;chéance des cibles d’usage&#xa0;:</translation>
    </message>
    <message>
        <source>Name the signatory: a letter without one is not generated.</source>
        <translation>Indiquez le signataire&#xa0;: un courrier sans signataire n’est pas généré.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <source>Usage targets due</source>
        <translation>Date limite des cibles d’usage</translation>
    </message>
</context>
<context>
    <name>Palier::LettersPage</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Generate Letters…</source>
        <translation>&amp;Générer les courriers…</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected…</source>
        <translation>Régénérer la &amp;sélection…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Confirm &amp;Sending</source>
        <translation>Confirmer l’&amp;envoi</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Edits the wording of the letters; a saved template becomes a new version</source>
        <translation>Modifie la rédaction des courriers&#xa0;; un modèle enregistré devient une nouvelle version</translation>
    </message>
    <message>
        <source>Records that the selected letters were sent: their selected files become notified</source>
        <translation>Enregistre l’envoi des courriers sélectionnés&#xa0;: leurs dossiers retenus passent à l’état notifié</translation>
    </message>
    <message>
        <source>Prints the selected letters, or every letter not sent yet</source>
        <translation>Imprime les courriers sélectionnés, ou tous les courriers non encore envoyés</translation>
    </message>
    <message>
        <source>Writes the selected letters again, as new versions</source>
        <translation>Régénère les courriers sélectionnés, sous forme de nouvelles versions</translation>
    </message>
    <message>
        <source>Writes one PDF per establishment for every letter not sent yet</source>
        <translation>Écrit un PDF par établissement pour chaque courrier non encore envoyé</translation>
    </message>
    <message>
        <source>Shows the current letter as it will be printed</source>
        <translation>Affiche le courrier courant tel qu’il sera imprimé</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Courrier adressé à %1</translation>
    </message>
    <message>
        <source>Every letter ready was already sent. Select letters and regenerate them to write new versions.</source>
        <translation>Tous les courriers prêts ont déjà été envoyés. Sélectionnez des courriers et régénérez-les pour en écrire de nouvelles versions.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Écriture des courriers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: no letter was written or recorded.</source>
        <translation>Annulé&#xa0;: aucun courrier n’a été écrit ni enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written; %1 skipped: see their status.</source>
        <translation>
            <numerusform>%Ln courrier écrit&#xa0;; %1 ignoré(s)&#xa0;: consultez leur statut.</numerusform>
            <numerusform>%Ln courriers écrits&#xa0;; %1 ignoré(s)&#xa0;: consultez leur statut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded.</source>
        <translation>
            <numerusform>%Ln courrier écrit et enregistré.</numerusform>
            <numerusform>%Ln courriers écrits et enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Sending</source>
        <translation>Confirmer l’envoi</translation>
    </message>
    <message numerus="yes">
        <source>Record that the letters of %Ln establishment(s) were sent? Their selected files move to Notified.</source>
        <translation>
            <numerusform>Enregistrer l’envoi des courriers de %Ln établissement&#xa0;? Ses dossiers retenus passeront à l’état Notifié.</numerusform>
            <numerusform>Enregistrer l’envoi des courriers de %Ln établissements&#xa0;? Leurs dossiers retenus passeront à l’état Notifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) recorded as sent; %1 file(s) notified.</source>
        <translation>
            <numerusform>%Ln courrier enregistré comme envoyé&#xa0;; %1 dossier(s) notifié(s).</numerusform>
            <numerusform>%Ln courriers enregistrés comme envoyés&#xa0;; %1 dossier(s) notifié(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>En-&amp;tête…</translation>
    </message>
    <message>
        <source>The agency’s address, the signatory and the dates every letter shares</source>
        <translation>L’adresse de l’agence, le signataire et les dates communs à tous les courriers</translation>
    </message>
    <message>
        <source>None of these letters can be printed: see their status.</source>
        <translation>Aucun de ces courriers ne peut être imprimé&#xa0;: consultez leur statut.</translation>
    </message>
    <message>
        <source>Printing the letters…</source>
        <translation>Impression des courriers…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) cannot be printed (incomplete data): see their status.</source>
        <translation>
            <numerusform>%Ln courrier ne peut pas être imprimé (données incomplètes)&#xa0;: consultez son statut.</numerusform>
            <numerusform>%Ln courriers ne peuvent pas être imprimés (données incomplètes)&#xa0;: consultez leur statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) sent to the printer (%1 pages).</source>
        <translation>
            <numerusform>%Ln courrier envoyé à l’imprimante (%1 pages).</numerusform>
            <numerusform>%Ln courriers envoyés à l’imprimante (%1 pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded; all of them in one PDF of %1 pages.</source>
        <translation>
            <numerusform>%Ln courrier écrit et enregistré&#xa0;; il figure aussi dans un PDF unique de %1 pages.</numerusform>
            <numerusform>%Ln courriers écrits et enregistrés&#xa0;; ils sont tous réunis dans un PDF unique de %1 pages.</numerusform>
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
        <translation>Aid&amp;e</translation>
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
        <translation>La base a été mise à jour&#xa0;; la version précédente a été conservée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Programme: %1 %2–%3</source>
        <translation>Programme&#xa0;: %1 %2–%3</translation>
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
        <translation>Copie enregistrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Establishments…</source>
        <translation>É&amp;tablissements…</translation>
    </message>
    <message>
        <source>Import the registry: a FINESS extract, the SAE identity file or any list of establishments (CSV, XLSX)</source>
        <translation>Importer le répertoire des établissements&#xa0;: une extraction FINESS, le fichier d’identification de la SAE ou toute liste d’établissements (CSV, XLSX)</translation>
    </message>
    <message>
        <source>&amp;GHT…</source>
        <translation>&amp;GHT…</translation>
    </message>
    <message>
        <source>Import the hospital groups (GHT), e.g. the SAE GHT file</source>
        <translation>Importer les groupements hospitaliers de territoire (GHT), par exemple le fichier GHT de la SAE</translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation>&amp;Candidatures…</translation>
    </message>
    <message>
        <source>Import the application files of the call for projects (CSV, XLSX)</source>
        <translation>Importer les dossiers de candidature de l’appel à projets (CSV, XLSX)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a regional database first: the rows are imported into it.</source>
        <translation>Ouvrez ou créez d’abord une base régionale&#xa0;: les lignes y sont importées.</translation>
    </message>
    <message>
        <source>Replace the database by one of its backups; the current version is kept as a backup first</source>
        <translation>Remplace la base par l’une de ses sauvegardes&#xa0;; la version actuelle est d’abord conservée comme sauvegarde</translation>
    </message>
    <message>
        <source>A&amp;udit Trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Who changed what and when, with the state of the audit chain</source>
        <translation>Qui a modifié quoi et quand, avec l’état de la chaîne d’audit</translation>
    </message>
    <message>
        <source>Database Already Open</source>
        <translation>Base déjà ouverte</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L’ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>Ouverte en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace “%1” by the backup “%2”? The current version is kept as a backup first.</source>
        <translation>Remplacer «&#xa0;%1&#xa0;» par la sauvegarde «&#xa0;%2&#xa0;»&#xa0;? La version actuelle est d’abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restored from “%1”; the replaced version was kept in “%2”.</source>
        <translation>Base restaurée à partir de «&#xa0;%1&#xa0;»&#xa0;; la version remplacée a été conservée dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Language, backups and recent files; the evaluators and the letterhead of the database</source>
        <translation>Langue, sauvegardes et fichiers récents&#xa0;; évaluateurs et en-tête de la base</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the database and go back to the welcome page</source>
        <translation>Fermer la base et revenir à la page d’accueil</translation>
    </message>
    <message>
        <source>&amp;Print Letters…</source>
        <translation>Imprimer les co&amp;urriers…</translation>
    </message>
    <message>
        <source>Print the notification letters from the Letters page</source>
        <translation>Imprimer les courriers de notification de la page Courriers</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search the table of the page shown</source>
        <translation>Rechercher dans le tableau de la page affichée</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the pages again from the database, e.g. after a change made elsewhere</source>
        <translation>Relire les pages depuis la base, par exemple après une modification faite ailleurs</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>There is no letter to print: generate them first.</source>
        <translation>Il n’y a aucun courrier à imprimer&#xa0;: générez-les d’abord.</translation>
    </message>
    <message>
        <source>Creating the demo region…</source>
        <translation>Création de la région de démonstration…</translation>
    </message>
    <message>
        <source>Demo Region</source>
        <translation>Région de démonstration</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Region</source>
        <translation>Impossible de créer la région de démonstration</translation>
    </message>
    <message>
        <source>Database closed.</source>
        <translation>Base fermée.</translation>
    </message>
    <message>
        <source>Open a National &amp;View…</source>
        <translation>Ouvrir une &amp;vue nationale…</translation>
    </message>
    <message>
        <source>Gather the regional files of a folder into one read-only national view, with the same dashboard</source>
        <translation>Rassembler les fichiers régionaux d’un dossier en une vue nationale consolidée, en lecture seule, avec le même tableau de bord</translation>
    </message>
    <message>
        <source>Folder of the Regional Files</source>
        <translation>Dossier des fichiers régionaux</translation>
    </message>
    <message>
        <source>Cannot Open the National View</source>
        <translation>Impossible d’ouvrir la vue nationale</translation>
    </message>
    <message>
        <source>National View</source>
        <translation>Vue nationale</translation>
    </message>
    <message numerus="yes">
        <source>Gathering %Ln regional file(s)…</source>
        <translation>
            <numerusform>Rassemblement de %Ln fichier régional…</numerusform>
            <numerusform>Rassemblement de %Ln fichiers régionaux…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>National view of %Ln region(s), read-only.</source>
        <translation>
            <numerusform>Vue nationale de %Ln région, en lecture seule.</numerusform>
            <numerusform>Vue nationale de %Ln régions, en lecture seule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>National view: %Ln region(s)</source>
        <translation>
            <numerusform>Vue nationale&#xa0;: %Ln région</numerusform>
            <numerusform>Vue nationale&#xa0;: %Ln régions</numerusform>
        </translation>
    </message>
    <message>
        <source>Connec&amp;t to a Server…</source>
        <translation>Se connec&amp;ter à un serveur…</translation>
    </message>
    <message>
        <source>Open the team’s shared database on a PostgreSQL server</source>
        <translation>Ouvrir la base partagée de l’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Cannot Connect to the Server</source>
        <translation>Impossible de se connecter au serveur</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Read the referent&apos;s guide: the year of a campaign in Palier, step by step</source>
        <translation>Lire le guide du référent&#xa0;: l’année d’une campagne dans Palier, étape par étape</translation>
    </message>
    <message>
        <source>Opened read-only: the file is damaged.</source>
        <translation>Ouverte en lecture seule&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The Database Is Damaged</source>
        <translation>La base est endommagée</translation>
    </message>
</context>
<context>
    <name>Palier::MilestoneDialog</name>
    <message>
        <source>Edit the Milestone</source>
        <translation>Modifier l’échéance</translation>
    </message>
    <message>
        <source>Add a Milestone</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <source>e.g. Regional selection committee</source>
        <translation>par exemple Comité régional de sélection</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
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
        <translation>Une base régionale contient une campagne&#xa0;: une région et un programme. Ses données de référence et la définition du programme sont chargées maintenant&#xa0;; vous pourrez les modifier ensuite.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
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
        <translation>Le tableau de bord résumera la campagne d’un coup d’œil&#xa0;: candidatures reçues et instruites, enveloppe engagée et versée, prochaines échéances.</translation>
    </message>
    <message>
        <source>The roadmap will hold the regional strategy: the envelope, its shares per domain and axis, and the calendar of the campaign.</source>
        <translation>La feuille de route portera la stratégie régionale&#xa0;: l’enveloppe, sa répartition par domaine et par axe, et le calendrier de la campagne.</translation>
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
    <name>Palier::PaymentAlertModel</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
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
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Exigibilité</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>prévu en %1</translation>
    </message>
</context>
<context>
    <name>Palier::PaymentDialog</name>
    <message>
        <source>Record a Payment</source>
        <translation>Enregistrer un versement</translation>
    </message>
    <message>
        <source>e.g. the number of the transfer order</source>
        <translation>par exemple le numéro de l’ordre de virement</translation>
    </message>
    <message>
        <source>Mark as Paid</source>
        <translation>Marquer comme versé</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Versé le&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
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
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Exigible le</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>Palier::PgSetup</name>
    <message>
        <source>Setting up the PostgreSQL database failed; see the details. Connect as a role that may create roles (CREATEROLE) and owns the database.</source>
        <translation>La configuration de la base PostgreSQL a échoué&#xa0;; voir les détails. Connectez-vous avec un rôle qui peut créer des rôles (CREATEROLE) et qui est propriétaire de la base.</translation>
    </message>
    <message>
        <source>Cannot read the roles of the PostgreSQL server.</source>
        <translation>Impossible de lire les rôles du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>pg-setup works on a PostgreSQL database: give its connection string with --pg.</source>
        <translation>pg-setup s’applique à une base PostgreSQL&#xa0;: indiquez sa chaîne de connexion avec --pg.</translation>
    </message>
    <message>
        <source>This user may not change the database; run pg-setup as its owner.</source>
        <translation>Cet utilisateur ne peut pas modifier la base&#xa0;; lancez pg-setup en tant que propriétaire de la base.</translation>
    </message>
    <message>
        <source>Cannot start a change in the database.</source>
        <translation>Impossible de démarrer une modification dans la base.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone.</source>
        <translation>La modification n’a pas pu être enregistrée et a été annulée.</translation>
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
    <name>Palier::PrerequisiteReachModel</name>
    <message>
        <source>Prerequisite</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cannot read the candidate establishments.</source>
        <translation>Impossible de lire les établissements candidats.</translation>
    </message>
</context>
<context>
    <name>Palier::Prerequisites</name>
    <message>
        <source>This database holds no campaign yet, so it has no prerequisites. Create the campaign first.</source>
        <translation>Cette base ne contient encore aucune campagne, et donc aucun prérequis. Créez d’abord la campagne.</translation>
    </message>
    <message>
        <source>There is no establishment %1 in this database.</source>
        <translation>Il n’y a pas d’établissement %1 dans cette base.</translation>
    </message>
    <message>
        <source>Cannot read the indicators of the programme.</source>
        <translation>Impossible de lire les indicateurs du programme.</translation>
    </message>
    <message>
        <source>“%1” is not an indicator of the campaign&apos;s programme.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un indicateur du programme de la campagne.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>The value given for %1 is not a number.</source>
        <translation>La valeur indiquée pour %1 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is a percentage from 0 to 100: %2 is out of range.</source>
        <translation>%1 est un pourcentage de 0 à 100&#xa0;: %2 est hors limites.</translation>
    </message>
    <message>
        <source>%1 is answered yes (1) or no (0), not %2.</source>
        <translation>%1 se renseigne par oui (1) ou non (0), pas %2.</translation>
    </message>
    <message>
        <source>%1 is a count: a whole number, 0 or more, not %2.</source>
        <translation>%1 est un dénombrement&#xa0;: un nombre entier positif ou nul, pas %2.</translation>
    </message>
    <message>
        <source>Cannot read the campaign.</source>
        <translation>Impossible de lire la campagne.</translation>
    </message>
    <message>
        <source>Cannot read the prerequisites of the programme.</source>
        <translation>Impossible de lire les prérequis du programme.</translation>
    </message>
    <message>
        <source>Cannot read the establishments.</source>
        <translation>Impossible de lire les établissements.</translation>
    </message>
    <message>
        <source>Cannot read the indicator values of the establishment.</source>
        <translation>Impossible de lire les valeurs d’indicateurs de l’établissement.</translation>
    </message>
    <message>
        <source>Cannot record the value of %1.</source>
        <translation>Impossible d’enregistrer la valeur de %1.</translation>
    </message>
    <message>
        <source>Cannot remove the value of %1.</source>
        <translation>Impossible de supprimer la valeur de %1.</translation>
    </message>
    <message>
        <source>Someone else changed the value of %1 while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</source>
        <translation>Quelqu’un d’autre a modifié la valeur de %1 pendant que vous saisissiez la vôtre, qui n’a pas été enregistrée. Comparez les deux, puis gardez la sienne ou saisissez de nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>Palier::PrerequisitesModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1, measured on %2</source>
        <translation>%1, mesurée le %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save nothing: the panel shows the value as it is in the database now</source>
        <translation>Ne rien enregistrer&#xa0;: le panneau montre la valeur telle qu’elle est maintenant dans la base</translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionModel</name>
    <message numerus="yes">
        <source>%Ln file(s) compete</source>
        <translation>
            <numerusform>%Ln dossier en concurrence</numerusform>
            <numerusform>%Ln dossiers en concurrence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 sur %Ln dossier</numerusform>
            <numerusform>%1 sur %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation>Remplissage par rang</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimale</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <source>rank-fill: %1</source>
        <translation>remplissage par rang&#xa0;: %1</translation>
    </message>
    <message>
        <source>optimal: %1</source>
        <translation>optimale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forcé</translation>
    </message>
    <message>
        <source>in</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Palier::PreselectionPage</name>
    <message>
        <source>Save &amp;Rank-fill Version</source>
        <translation>Enregistrer la version &amp;remplissage par rang</translation>
    </message>
    <message>
        <source>Save &amp;Optimal Version</source>
        <translation>Enregistrer la version &amp;optimale</translation>
    </message>
    <message>
        <source>&amp;Export for DGOS…</source>
        <translation>&amp;Exporter pour la DGOS…</translation>
    </message>
    <message>
        <source>Checks the selected version, seals it and writes the DGOS file (XLSX and CSV)</source>
        <translation>Vérifie la version sélectionnée, la scelle et écrit le fichier DGOS (XLSX et CSV)</translation>
    </message>
    <message>
        <source>Saves the optimal selection as a new numbered version</source>
        <translation>Enregistre la sélection optimale comme nouvelle version numérotée</translation>
    </message>
    <message>
        <source>Saves the rank-fill selection as a new numbered version</source>
        <translation>Enregistre la sélection obtenue par remplissage par rang comme nouvelle version numérotée</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln file(s), score %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %Ln dossier, note %2, %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %Ln dossiers, note %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Enveloppe&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rank-fill</source>
        <translation>Remplissage par rang</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>optimalité prouvée</translation>
    </message>
    <message>
        <source>not proven, gap %1 %</source>
        <translation>optimalité non prouvée, écart %1&#xa0;%</translation>
    </message>
    <message>
        <source>no selection meets the constraints</source>
        <translation>aucune sélection ne respecte les contraintes</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) decided differently, highlighted.</source>
        <translation>
            <numerusform>%Ln dossier dont la décision diffère, mis en évidence.</numerusform>
            <numerusform>%Ln dossiers dont la décision diffère, mis en évidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Solving the optimum…</source>
        <translation>Recherche de l’optimum…</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 — %4, score %5</source>
        <translation>Version %1 — %2, %3 — %4, note %5</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimale</translation>
    </message>
    <message>
        <source>rank-fill</source>
        <translation>remplissage par rang</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Export for DGOS</source>
        <translation>Exporter pour la DGOS</translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, %Ln day(s) left.</source>
        <translation>
            <numerusform>Date limite DGOS&#xa0;: %1, %Ln jour restant.</numerusform>
            <numerusform>Date limite DGOS&#xa0;: %1, %Ln jours restants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DGOS deadline: %1, passed %Ln day(s) ago.</source>
        <translation>
            <numerusform>Date limite DGOS&#xa0;: %1, dépassée depuis %Ln jour.</numerusform>
            <numerusform>Date limite DGOS&#xa0;: %1, dépassée depuis %Ln jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 cannot be sealed yet.</source>
        <translation>La version %1 ne peut pas encore être scellée.</translation>
    </message>
    <message>
        <source>Seal version %1 and write the DGOS file? A sealed version can no longer change; the files move to their decisions.

%2</source>
        <translation>Sceller la version %1 et écrire le fichier DGOS&#xa0;? Une version scellée ne peut plus être modifiée&#xa0;; les dossiers passent à l’état correspondant à leur décision.

%2</translation>
    </message>
    <message>
        <source>preselection-v%1.xlsx</source>
        <translation>preselection-v%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Version %1 sealed; %2 and %3 written.</source>
        <translation>Version %1 scellée&#xa0;; %2 et %3 écrits.</translation>
    </message>
    <message>
        <source>Force &amp;In…</source>
        <translation>Forcer l’&amp;inclusion…</translation>
    </message>
    <message>
        <source>Force O&amp;ut…</source>
        <translation>Forcer l’e&amp;xclusion…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Lever le forçage</translation>
    </message>
    <message>
        <source>At least one file per &amp;department</source>
        <translation>Au moins un dossier par &amp;département</translation>
    </message>
    <message>
        <source>At least one file per &amp;GHT</source>
        <translation>Au moins un dossier par &amp;GHT</translation>
    </message>
    <message>
        <source>Before running the methods</source>
        <translation>Avant de lancer les méthodes</translation>
    </message>
    <message>
        <source>Both methods take the selected files whatever their rank (a reason is asked)</source>
        <translation>Les deux méthodes retiennent les dossiers sélectionnés quel que soit leur rang (un motif est demandé)</translation>
    </message>
    <message>
        <source>Both methods leave the selected files out (a reason is asked)</source>
        <translation>Les deux méthodes écartent les dossiers sélectionnés (un motif est demandé)</translation>
    </message>
    <message>
        <source>The selected files compete again by their rank</source>
        <translation>Les dossiers sélectionnés reviennent en concurrence selon leur rang</translation>
    </message>
    <message>
        <source>Each department with a competing file gets one selected file at least</source>
        <translation>Chaque département ayant un dossier en concurrence obtient au moins un dossier sélectionné</translation>
    </message>
    <message>
        <source>Each GHT with a competing file gets one selected file at least</source>
        <translation>Chaque GHT ayant un dossier en concurrence obtient au moins un dossier sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Why must %Ln file(s) be selected whatever their rank?</source>
        <translation>
            <numerusform>Pour quelle raison faut-il sélectionner %Ln dossier quel que soit son rang&#xa0;?</numerusform>
            <numerusform>Pour quelle raison faut-il sélectionner %Ln dossiers quel que soit leur rang&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why must %Ln file(s) be left out?</source>
        <translation>
            <numerusform>Pour quelle raison faut-il écarter %Ln dossier&#xa0;?</numerusform>
            <numerusform>Pour quelle raison faut-il écarter %Ln dossiers&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Force In</source>
        <translation>Forcer l’inclusion</translation>
    </message>
    <message>
        <source>Force Out</source>
        <translation>Forcer l’exclusion</translation>
    </message>
    <message>
        <source>Give a reason to force files in or out: it is recorded with the version.</source>
        <translation>Indiquez un motif pour forcer l’inclusion ou l’exclusion de dossiers&#xa0;: il est enregistré avec la version.</translation>
    </message>
    <message>
        <source>File %1 forced in: %2</source>
        <translation>Dossier %1, inclusion forcée&#xa0;: %2</translation>
    </message>
    <message>
        <source>File %1 forced out: %2</source>
        <translation>Dossier %1, exclusion forcée&#xa0;: %2</translation>
    </message>
    <message>
        <source>At least one file per department</source>
        <translation>Au moins un dossier par département</translation>
    </message>
    <message>
        <source>At least one file per GHT</source>
        <translation>Au moins un dossier par GHT</translation>
    </message>
    <message>
        <source>No file forced, no coverage asked.</source>
        <translation>Aucun dossier forcé, aucune couverture territoriale demandée.</translation>
    </message>
    <message>
        <source>Forced in: %1, forced out: %2 (column “Forced”).</source>
        <translation>Inclusions forcées&#xa0;: %1, exclusions forcées&#xa0;: %2 (colonne «&#xa0;Forcé&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Palier::PreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Colonne %1 (%2)</translation>
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
    <name>Palier::ProjectListModel</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s)</source>
        <translation>
            <numerusform>%1 sur %Ln projet</numerusform>
            <numerusform>%1 sur %Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Usage indicators of the domain at their target, out of all of them</source>
        <translation>Indicateurs d’usage du domaine ayant atteint leur cible, sur l’ensemble de ces indicateurs</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
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
        <translation>&amp;Terminé le</translation>
    </message>
    <message>
        <source>&amp;Abandoned, because:</source>
        <translation>&amp;Abandonné, pour le motif suivant&#xa0;:</translation>
    </message>
    <message>
        <source>Change the State of the Project</source>
        <translation>Modifier l’état du projet</translation>
    </message>
    <message>
        <source>Its unpaid tranches will be cancelled; the reason is kept as a note.</source>
        <translation>Ses tranches non versées seront annulées&#xa0;; le motif est conservé sous forme de note.</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>Palier::ProjectStateModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Cannot count the projects.</source>
        <translation>Impossible de compter les projets.</translation>
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
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
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
    <name>Palier::Report</name>
    <message>
        <source>The report “%1” could not be written: check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>% finished</source>
        <translation>% terminés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Due or planned</source>
        <translation>Dû ou prévu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Projects per domain: retained and finished</source>
        <translation>Projets par domaine&#xa0;: retenus et terminés</translation>
    </message>
    <message>
        <source>Amounts per year: paid, and due or planned</source>
        <translation>Montants par année&#xa0;: versés, et dus ou prévus</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d’avancement</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Régions&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Projects retained</source>
        <translation>Projets retenus</translation>
    </message>
    <message>
        <source>Establishments holding a project</source>
        <translation>Établissements porteurs d’un projet</translation>
    </message>
    <message>
        <source>Projects finished</source>
        <translation>Projets terminés</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <source>Projects abandoned</source>
        <translation>Projets abandonnés</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Granted to the finished projects</source>
        <translation>Montant accordé aux projets terminés</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant versé</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Amount planned</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <source>Amount cancelled</source>
        <translation>Montant annulé</translation>
    </message>
    <message>
        <source>Projects per domain</source>
        <translation>Projets par domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Projects per legal status</source>
        <translation>Projets par statut juridique</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Amounts per year</source>
        <translation>Montants par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Paid amounts are counted in the year of their payment, due and planned ones in the year they are planned for. The share finished is the finished projects over the projects retained.</source>
        <translation>Les montants versés sont comptés dans l’année de leur versement, les montants dus et prévus dans l’année pour laquelle ils sont prévus. La part des projets terminés rapporte le nombre de projets terminés au nombre de projets retenus.</translation>
    </message>
    <message>
        <source>Progress report — %1</source>
        <translation>Rapport d’avancement — %1</translation>
    </message>
    <message>
        <source>Progress report — %1 — %2</source>
        <translation>Rapport d’avancement — %1 — %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Granted (€)</source>
        <translation>Accordé (€)</translation>
    </message>
    <message>
        <source>Granted to finished (€)</source>
        <translation>Accordé aux projets terminés (€)</translation>
    </message>
    <message>
        <source>Paid (€)</source>
        <translation>Versé (€)</translation>
    </message>
    <message>
        <source>Due (€)</source>
        <translation>Dû (€)</translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation>Prévu (€)</translation>
    </message>
    <message>
        <source>Cancelled (€)</source>
        <translation>Annulé (€)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Amount granted (€)</source>
        <translation>Montant accordé (€)</translation>
    </message>
    <message>
        <source>Granted to the finished projects (€)</source>
        <translation>Montant accordé aux projets terminés (€)</translation>
    </message>
    <message>
        <source>Amount paid (€)</source>
        <translation>Montant versé (€)</translation>
    </message>
    <message>
        <source>Amount due (€)</source>
        <translation>Montant dû (€)</translation>
    </message>
    <message>
        <source>Amount planned (€)</source>
        <translation>Montant prévu (€)</translation>
    </message>
    <message>
        <source>Amount cancelled (€)</source>
        <translation>Montant annulé (€)</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>By legal status</source>
        <translation>Par statut juridique</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Cannot read the figures of the report from the database.</source>
        <translation>Impossible de lire dans la base les chiffres du rapport.</translation>
    </message>
    <message>
        <source>This database holds no campaign yet: there is nothing to report. Create the campaign or open another database.</source>
        <translation>Cette base ne contient encore aucune campagne&#xa0;: il n’y a rien à présenter dans le rapport. Créez la campagne ou ouvrez une autre base.</translation>
    </message>
</context>
<context>
    <name>Palier::Roadmap</name>
    <message>
        <source>Cannot read the regional roadmap.</source>
        <translation>Impossible de lire la feuille de route régionale.</translation>
    </message>
    <message>
        <source>Cannot record the regional roadmap.</source>
        <translation>Impossible d’enregistrer la feuille de route régionale.</translation>
    </message>
    <message>
        <source>The planned split names %1 twice.</source>
        <translation>La répartition prévue mentionne %1 deux fois.</translation>
    </message>
    <message>
        <source>The planned split of %1 cannot be negative.</source>
        <translation>La part prévue pour %1 ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The planned split of %1 is over 100 %.</source>
        <translation>La part prévue pour %1 dépasse 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>Le minimum de %1 est supérieur à son maximum.</translation>
    </message>
    <message>
        <source>The planned share of %1 is outside its minimum and maximum.</source>
        <translation>La part prévue pour %1 n’est pas comprise entre son minimum et son maximum.</translation>
    </message>
    <message>
        <source>The weight of %1 cannot be negative.</source>
        <translation>Le poids de %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The minimums of the domains add up to %1, more than the envelope (%2).</source>
        <translation>Les minimums des domaines totalisent %1, soit plus que l’enveloppe (%2).</translation>
    </message>
    <message>
        <source>The minimums of the statuses add up to %1, more than the envelope (%2).</source>
        <translation>Les minimums des statuts totalisent %1, soit plus que l’enveloppe (%2).</translation>
    </message>
    <message>
        <source>The planned shares of the domains add up to more than 100 %.</source>
        <translation>Les parts prévues des domaines totalisent plus de 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The planned shares of the statuses add up to more than 100 %.</source>
        <translation>Les parts prévues des statuts totalisent plus de 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Cannot read the calendar.</source>
        <translation>Impossible de lire le calendrier.</translation>
    </message>
    <message>
        <source>This milestone no longer exists: reload the page.</source>
        <translation>Cette échéance n’existe plus&#xa0;: rechargez la page.</translation>
    </message>
    <message>
        <source>The programme&apos;s milestones cannot be changed: add one of the ARS instead.</source>
        <translation>Les échéances du programme ne peuvent pas être modifiées&#xa0;: ajoutez plutôt une échéance de l’ARS.</translation>
    </message>
    <message>
        <source>Give the milestone a date.</source>
        <translation>Indiquez la date de l’échéance.</translation>
    </message>
    <message>
        <source>Give the milestone a label.</source>
        <translation>Indiquez le libellé de l’échéance.</translation>
    </message>
    <message>
        <source>The envelope cannot be negative.</source>
        <translation>L’enveloppe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1 is not a year of the programme.</source>
        <translation>%1 n’est pas une année du programme.</translation>
    </message>
    <message>
        <source>The envelope of %1 cannot be negative.</source>
        <translation>L’enveloppe de %1 ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Axis %1 has no title.</source>
        <translation>L’axe %1 n’a pas d’intitulé.</translation>
    </message>
    <message>
        <source>Cannot record the milestone.</source>
        <translation>Impossible d’enregistrer l’échéance.</translation>
    </message>
    <message>
        <source>%1 saved the regional roadmap on %2 at %3 while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</source>
        <translation>%1 a enregistré la feuille de route régionale le %2 à %3 pendant que vous la modifiiez. Votre modification n’a pas été enregistrée&#xa0;: comparez les deux versions, puis gardez la sienne ou appliquez de nouveau la vôtre.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else saved the regional roadmap while you were editing it. Your change was not saved: compare both versions, then keep theirs or apply yours again.</source>
        <translation>Quelqu’un d’autre a enregistré la feuille de route régionale pendant que vous la modifiiez. Votre modification n’a pas été enregistrée&#xa0;: comparez les deux versions, puis gardez la sienne ou appliquez de nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapDialog</name>
    <message>
        <source>Maximise the score × the domain’s weight (optimal method)</source>
        <translation>Maximiser note × poids du domaine (méthode optimale)</translation>
    </message>
    <message>
        <source>Edit the Roadmap</source>
        <translation>Modifier la feuille de route</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Enveloppe</translation>
    </message>
    <message>
        <source>&amp;Axes</source>
        <translation>&amp;Axes</translation>
    </message>
    <message>
        <source>&amp;Planned Split</source>
        <translation>&amp;Répartition prévue</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cap on the payments of the year (€)</source>
        <translation>Plafond des versements de l’année (€)</translation>
    </message>
    <message>
        <source>Add a &amp;Year</source>
        <translation>Ajouter une &amp;année</translation>
    </message>
    <message>
        <source>Remove the Year</source>
        <translation>Supprimer l’année</translation>
    </message>
    <message>
        <source>&amp;Correspondent:</source>
        <translation>&amp;Correspondant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Enveloppe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Per year:</source>
        <translation>&amp;Par année&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Do&amp;mains:</source>
        <translation>Domai&amp;nes&#xa0;:</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>Leave a cell empty for no bound. Amounts in euros, shares in % of the envelope.</source>
        <translation>Laissez une cellule vide pour ne fixer aucune limite. Montants en euros, parts en&#xa0;% de l’enveloppe.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>“%1” is not an amount (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant (%2).</translation>
    </message>
    <message>
        <source>The year %1 is listed twice.</source>
        <translation>L’année %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Priority axes</source>
        <translation>Axes prioritaires</translation>
    </message>
    <message>
        <source>Regional strategy for the financing lever</source>
        <translation>Stratégie régionale pour le levier de financement</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapExport</name>
    <message>
        <source>“%1”: the roadmap is exported as a PDF (.pdf) or an OpenDocument text (.odt). Choose a file name ending in one of them.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la feuille de route s’exporte en PDF (.pdf) ou en texte OpenDocument (.odt). Choisissez un nom de fichier qui se termine par l’une de ces extensions.</translation>
    </message>
    <message>
        <source>Regional roadmap</source>
        <translation>Feuille de route régionale</translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapModel</name>
    <message numerus="yes">
        <source>%Ln milestone(s)</source>
        <translation>
            <numerusform>%Ln échéance</numerusform>
            <numerusform>%Ln échéances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln milestone(s)</source>
        <translation>
            <numerusform>%1 sur %Ln échéance</numerusform>
            <numerusform>%1 sur %Ln échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Fixée par</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln jour restant</numerusform>
            <numerusform>%Ln jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palier::RoadmapPage</name>
    <message>
        <source>Correspondent</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Priority axes</source>
        <translation>Axes prioritaires</translation>
    </message>
    <message>
        <source>No axis yet.</source>
        <translation>Aucun axe pour l’instant.</translation>
    </message>
    <message>
        <source>Planned split</source>
        <translation>Répartition prévue</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
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
        <translation>%1&#xa0;% (%2)</translation>
    </message>
    <message>
        <source>Strategy for the financing lever</source>
        <translation>Stratégie pour le levier de financement</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigée.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The roadmap as a PDF or an OpenDocument text the ARS can send</source>
        <translation>La feuille de route en PDF ou en texte OpenDocument, prête à être envoyée par l’ARS</translation>
    </message>
    <message>
        <source>Export the Roadmap</source>
        <translation>Exporter la feuille de route</translation>
    </message>
    <message>
        <source>roadmap.pdf</source>
        <translation>feuille-de-route.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument texts (*.odt)</source>
        <translation>Documents PDF (*.pdf);;Textes OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Cannot Export the Roadmap</source>
        <translation>Impossible d’exporter la feuille de route</translation>
    </message>
    <message>
        <source>Edit the &amp;Roadmap…</source>
        <translation>Modifier la &amp;feuille de route…</translation>
    </message>
    <message>
        <source>&amp;Add a Milestone…</source>
        <translation>&amp;Ajouter une échéance…</translation>
    </message>
    <message>
        <source>Edit the &amp;Milestone…</source>
        <translation>&amp;Modifier l’échéance…</translation>
    </message>
    <message>
        <source>Remove the Milestone</source>
        <translation>Supprimer l’échéance</translation>
    </message>
    <message>
        <source>Removes the selected milestone of the ARS (the programme’s stay)</source>
        <translation>Supprime l’échéance de l’ARS sélectionnée (celles du programme sont conservées)</translation>
    </message>
    <message>
        <source>Changes the date or label of the selected milestone of the ARS</source>
        <translation>Modifie la date ou le libellé de l’échéance de l’ARS sélectionnée</translation>
    </message>
    <message>
        <source>Adds a milestone of the ARS to the calendar</source>
        <translation>Ajoute une échéance de l’ARS au calendrier</translation>
    </message>
    <message>
        <source>Edits the correspondent, the envelope, the axes, the planned split and the strategy</source>
        <translation>Modifie le correspondant, l’enveloppe, les axes, la répartition prévue et la stratégie</translation>
    </message>
    <message>
        <source>Edit the roadmap</source>
        <translation>la modification de la feuille de route</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>l’ajout d’une échéance</translation>
    </message>
    <message>
        <source>Edit a milestone</source>
        <translation>la modification d’une échéance</translation>
    </message>
    <message>
        <source>Remove a milestone</source>
        <translation>la suppression d’une échéance</translation>
    </message>
    <message>
        <source>Edit the Roadmap</source>
        <translation>Modifier la feuille de route</translation>
    </message>
    <message>
        <source>&amp;Forfait Grid…</source>
        <translation>&amp;Grille des forfaits…</translation>
    </message>
    <message>
        <source>The forfait granted per size class of establishment and domain</source>
        <translation>Le forfait accordé par classe de taille d’établissement et par domaine</translation>
    </message>
    <message>
        <source>Edit the forfait grid</source>
        <translation>Modifier la grille des forfaits</translation>
    </message>
    <message>
        <source>Forfait grid</source>
        <translation>Grille des forfaits</translation>
    </message>
    <message>
        <source>No forfait yet: every file gets the amount it requests, between %1 and %2.</source>
        <translation>Aucun forfait pour l’instant&#xa0;: chaque dossier reçoit le montant demandé, entre %1 et %2.</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>Every establishment has a size class.</source>
        <translation>Chaque établissement a une classe de taille.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s) without a size class get the amount they request.</source>
        <translation>
            <numerusform>%Ln établissement sans classe de taille reçoit le montant demandé.</numerusform>
            <numerusform>%Ln établissements sans classe de taille reçoivent le montant demandé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap summary</source>
        <translation>Synthèse de la feuille de route</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>planned %1, minimum %2, maximum %3, weight %4</source>
        <translation>prévu %1, minimum %2, maximum %3, poids %4</translation>
    </message>
    <message>
        <source>Score × domain weight</source>
        <translation>Note × poids du domaine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>DGOS deadline</source>
        <translation>Échéance DGOS</translation>
    </message>
    <message>
        <source>from the calendar</source>
        <translation>selon le calendrier</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore rédigée</translation>
    </message>
    <message>
        <source>Envelope of %1</source>
        <translation>Enveloppe %1</translation>
    </message>
    <message>
        <source>Planned split: %1</source>
        <translation>Répartition prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 changed it on %3 at %4, after your change, and undoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été annulé&#xa0;: %2 l’a modifié le %3 à %4, après votre modification, et l’annuler écraserait la sienne. La page le montre tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 changed it on %3 at %4, after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été rétabli&#xa0;: %2 l’a modifié le %3 à %4, après l’annulation, et le rétablir écraserait la sienne. La page le montre tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2 changed it after your change, and undoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été annulé&#xa0;: %2 l’a modifié après votre modification, et l’annuler écraserait la sienne. La page le montre tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2 changed it after the undo, and redoing it would overwrite theirs. The page shows it as it is now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été rétabli&#xa0;: %2 l’a modifié après l’annulation, et le rétablir écraserait la sienne. La page le montre tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>Regional roadmap</source>
        <translation>Feuille de route régionale</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>pas de montant</translation>
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
        <translation>Domaine ou statut</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
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
        <translation>Poids</translation>
    </message>
    <message>
        <source>% of the envelope</source>
        <translation>% de l’enveloppe</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (%2).</translation>
    </message>
    <message>
        <source>Planned split per domain and status</source>
        <translation>Répartition prévue par domaine et par statut</translation>
    </message>
</context>
<context>
    <name>Palier::RowVersion</name>
    <message>
        <source>Palier cannot check for concurrent changes here. Report the problem with its details.</source>
        <translation>Palier ne peut pas détecter ici les modifications concurrentes. Signalez le problème en joignant ses détails.</translation>
    </message>
    <message>
        <source>This entry was deleted by someone else meanwhile; your change was not saved.</source>
        <translation>Cette entrée a été supprimée entre-temps par quelqu’un d’autre&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Cannot read the entry.</source>
        <translation>Impossible de lire l’entrée.</translation>
    </message>
    <message>
        <source>Cannot save the change.</source>
        <translation>Impossible d’enregistrer la modification.</translation>
    </message>
    <message>
        <source>Someone else changed this entry while you were editing it (it is now at version %1, your change was based on version %2). Your change was not saved: compare both values, then keep theirs or apply yours again.</source>
        <translation>Quelqu’un d’autre a modifié cette entrée pendant que vous la modifiiez (elle est désormais en version %1, votre modification partait de la version %2). Votre modification n’a pas été enregistrée&#xa0;: comparez les deux valeurs, puis conservez la sienne ou appliquez de nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetDialog</name>
    <message>
        <source>Score Sheet</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mmenter…</translation>
    </message>
    <message>
        <source>Writes a comment on the current score (Ctrl+M)</source>
        <translation>Rédige un commentaire sur la note en cours (Ctrl+M)</translation>
    </message>
    <message>
        <source>Type a score to enter it and move to the next criterion; Enter and Tab move on; Ctrl+M comments the current score; hover a score to see the consensus and its comment.</source>
        <translation>Tapez une note pour la saisir et passer au critère suivant&#xa0;; Entrée et Tab passent à la suite&#xa0;; Ctrl+M commente la note en cours&#xa0;; survolez une note pour voir le consensus et son commentaire.</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenter…</translation>
    </message>
    <message>
        <source>Enter the score before its comment.</source>
        <translation>Saisissez la note avant son commentaire.</translation>
    </message>
    <message>
        <source>Comment on the Score</source>
        <translation>Commentaire sur la note</translation>
    </message>
    <message>
        <source>Comment on %1 for %2:</source>
        <translation>Commentaire sur %1 pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreSheetModel</name>
    <message numerus="yes">
        <source>Consensus of %Ln evaluator(s): %1</source>
        <translation>
            <numerusform>Consensus de %Ln évaluateur&#xa0;: %1</numerusform>
            <numerusform>Consensus de %Ln évaluateurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>%1 (weight %2, %3–%4)</source>
        <translation>%1 (pondération %2, %3–%4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>The score of %1 goes from %2 to %3.</source>
        <translation>La note du critère %1 va de %2 à %3.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no score on %1 to comment yet: enter the score first.</source>
        <translation>Il n’y a pas encore de note sur %1 à commenter&#xa0;: saisissez d’abord la note.</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(pas de commentaire)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 – score on %2</source>
        <translation>%1 – note sur %2</translation>
    </message>
    <message>
        <source>Save nothing: the sheet shows the score as it is in the database now</source>
        <translation>Ne rien enregistrer&#xa0;: la grille montre la note telle qu’elle est maintenant dans la base</translation>
    </message>
</context>
<context>
    <name>Palier::ScoreWriter</name>
    <message>
        <source>There is no candidature %1 in this database.</source>
        <translation>Il n’y a pas de candidature %1 dans cette base.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the %2 grid (version %3). Its criteria are: %4.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de la grille %2 (version %3). Ses critères sont&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 is outside the scale of criterion %2 (%3): enter a whole number from %4 to %5.</source>
        <translation>%1 est hors de l’échelle du critère %2 (%3)&#xa0;: saisissez un nombre entier de %4 à %5.</translation>
    </message>
</context>
<context>
    <name>Palier::Scoring</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space: a criterion code is one word, e.g. AXES</source>
        <translation>&quot;%1&quot; contient un espace&#xa0;: un code de critère est un seul mot, par exemple AXES</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the code of criterion %2</source>
        <translation>&quot;%1&quot; est déjà le code du critère %2</translation>
    </message>
    <message>
        <source>a weight is a number from 0 to 1000000, not %1</source>
        <translation>une pondération est un nombre de 0 à 1&#xa0;000&#xa0;000, pas %1</translation>
    </message>
    <message>
        <source>the highest level (%1) must be above the lowest (scaleMin, %2)</source>
        <translation>le niveau le plus haut (%1) doit être supérieur au plus bas (scaleMin, %2)</translation>
    </message>
    <message>
        <source>a scale has at most %1 levels; %2 to %3 would have %4</source>
        <translation>une échelle compte au plus %1 niveaux&#xa0;; de %2 à %3, elle en compterait %4</translation>
    </message>
    <message>
        <source>expected %1 descriptors, one per level from %2 to %3; found %4</source>
        <translation>%1 descripteurs attendus, un par niveau de %2 à %3&#xa0;; %4 trouvés</translation>
    </message>
    <message>
        <source>the descriptor of level %1 must not be empty</source>
        <translation>le descripteur du niveau %1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected at least one criterion</source>
        <translation>au moins un critère attendu</translation>
    </message>
    <message>
        <source>the weights add up to 0: give at least one criterion a weight above 0</source>
        <translation>la somme des pondérations est nulle&#xa0;: donnez à au moins un critère une pondération supérieure à 0</translation>
    </message>
    <message>
        <source>Default grid of the programme definition “%1”.</source>
        <translation>Grille par défaut de la définition de programme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The grid of %1 was not saved: %2.</source>
        <translation>La grille du domaine %1 n’a pas été enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The grid of %1 was not saved — criterion %2 (%3): %4.</source>
        <translation>La grille du domaine %1 n’a pas été enregistrée — critère %2 (%3)&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>The grid of %1 was not saved: %Ln score(s) of criterion %2 already entered would be outside its new scale, %3 to %4. Change or clear them first.</source>
        <translation>
            <numerusform>La grille du domaine %1 n’a pas été enregistrée&#xa0;: %Ln note du critère %2 déjà saisie sortirait de sa nouvelle échelle, de %3 à %4. Modifiez-la ou effacez-la d’abord.</numerusform>
            <numerusform>La grille du domaine %1 n’a pas été enregistrée&#xa0;: %Ln notes du critère %2 déjà saisies sortiraient de sa nouvelle échelle, de %3 à %4. Modifiez-les ou effacez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who changes the grid of %1: every version records its author.</source>
        <translation>Indiquez qui modifie la grille du domaine %1&#xa0;: chaque version enregistre son auteur.</translation>
    </message>
    <message>
        <source>How Palier computes the totals from the sheets “Notes” and “Grilles”</source>
        <translation>Comment Palier calcule les totaux à partir des feuilles «&#xa0;Notes&#xa0;» et «&#xa0;Grilles&#xa0;»</translation>
    </message>
    <message>
        <source>Consensus of a criterion: the mean (or the median, as column Consensus says) of the notes its evaluators gave.</source>
        <translation>Consensus d’un critère&#xa0;: la moyenne (ou la médiane, selon la colonne Consensus) des notes données par ses évaluateurs.</translation>
    </message>
    <message>
        <source>Total, 0 to 100 = Σ weight × (consensus − scale min) / (scale max − scale min) ÷ Σ weight × 100, both sums over every criterion of the domain&apos;s grid.</source>
        <translation>Total, de 0 à 100 = Σ poids × (consensus − échelle min) / (échelle max − échelle min) ÷ Σ poids × 100, les deux sommes portant sur tous les critères de la grille du domaine.</translation>
    </message>
    <message>
        <source>A criterion without any note counts at its scale minimum (0 points), and the file is flagged incomplete.</source>
        <translation>Un critère sans aucune note compte pour le minimum de son échelle (0 point), et le dossier est signalé comme incomplet.</translation>
    </message>
    <message>
        <source>Ties: the higher total, then the higher consensus on the grid&apos;s first criterion, then the earlier submission date, then the lower candidature number.</source>
        <translation>Départage des ex æquo&#xa0;: le total le plus élevé, puis le consensus le plus élevé sur le premier critère de la grille, puis la date de dépôt la plus ancienne, puis le plus petit numéro de candidature.</translation>
    </message>
    <message>
        <source>A criterion is flagged for discussion when (highest − lowest note) / (scale max − scale min) is above the spread threshold.</source>
        <translation>Un critère est signalé pour discussion quand (note la plus haute − note la plus basse) / (échelle max − échelle min) dépasse le seuil d’écart.</translation>
    </message>
    <message>
        <source>Irrecevable files are neither ranked nor exported.</source>
        <translation>Les dossiers irrecevables ne sont ni classés ni exportés.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe, que vous pouvez y écrire et que le fichier n’est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>“%1”: name the export file .xlsx (Excel) or .csv (text).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: nommez le fichier d’export en .xlsx (Excel) ou en .csv (texte).</translation>
    </message>
    <message>
        <source>There is no evaluator %1 in this database.</source>
        <translation>Il n’y a pas d’évaluateur %1 dans cette base.</translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation>Un évaluateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an evaluator named “%1”.</source>
        <translation>Il existe déjà un évaluateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the scoring grids and scores from the database: the file may be damaged.</source>
        <translation>Impossible de lire les grilles de notation et les notes de la base&#xa0;: le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Cannot record the scoring change in the database. Check that the disk is not full and the file is writable.</source>
        <translation>Impossible d’enregistrer la modification de la notation dans la base. Vérifiez que le disque n’est pas plein et que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <source>“%1” is not a domain of this campaign. Its domains are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine de cette campagne. Ses domaines sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The domain %1 has no scoring grid yet: create its grid before scoring.</source>
        <translation>Le domaine %1 n’a pas encore de grille de notation&#xa0;: créez sa grille avant de noter.</translation>
    </message>
    <message>
        <source>The spread threshold is a share of the scale, from 0 to 1 (e.g. 0.5 for half of it), not %1.</source>
        <translation>Le seuil d’écart est une part de l’échelle, de 0 à 1 (par exemple 0,5 pour la moitié), pas %1.</translation>
    </message>
    <message>
        <source>There is no score on %1 to comment yet: enter the score first.</source>
        <translation>Il n’y a pas encore de note sur %1 à commenter&#xa0;: saisissez d’abord la note.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” entered %Ln score(s) and cannot be removed: rename them instead, or clear their scores first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a saisi %Ln note et ne peut pas être supprimé&#xa0;: renommez plutôt cet évaluateur, ou effacez d’abord sa note.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a saisi %Ln notes et ne peut pas être supprimé&#xa0;: renommez plutôt cet évaluateur, ou effacez d’abord ses notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this score while you were entering yours, which was not saved. Compare both, then keep theirs or enter yours again.</source>
        <translation>Quelqu’un d’autre a modifié cette note pendant que vous saisissiez la vôtre, qui n’a pas été enregistrée. Comparez les deux, puis gardez la sienne ou saisissez de nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>Palier::Selection</name>
    <message>
        <source>Cannot read the files to select from.</source>
        <translation>Impossible de lire les dossiers candidats à la sélection.</translation>
    </message>
    <message>
        <source>Cannot record the calendar.</source>
        <translation>Impossible d’enregistrer le calendrier.</translation>
    </message>
    <message>
        <source>The solver stopped before proving the optimum (time limit or cancelled): the selection is the best found.</source>
        <translation>Le solveur s’est arrêté avant d’avoir prouvé l’optimum (limite de temps atteinte ou annulation)&#xa0;: la sélection est la meilleure trouvée.</translation>
    </message>
    <message>
        <source>No selection meets every constraint: lower a minimum, raise the envelope or release a forced file.</source>
        <translation>Aucune sélection ne respecte toutes les contraintes&#xa0;: abaissez un minimum, augmentez l’enveloppe ou libérez un dossier forcé.</translation>
    </message>
    <message>
        <source>Cannot read the preselection versions.</source>
        <translation>Impossible de lire les versions de présélection.</translation>
    </message>
    <message>
        <source>Cannot record the preselection version.</source>
        <translation>Impossible d’enregistrer la version de présélection.</translation>
    </message>
    <message>
        <source>Version %1 is already sealed. Save a new version to change the preselection.</source>
        <translation>La version %1 est déjà scellée. Enregistrez une nouvelle version pour modifier la présélection.</translation>
    </message>
    <message>
        <source>Preselection version %1</source>
        <translation>Version de présélection %1</translation>
    </message>
    <message>
        <source>There is no preselection version %1. List the versions with the Preselection page.</source>
        <translation>Il n’existe pas de version de présélection %1. Consultez la liste des versions dans la page Présélection.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private for-profit</source>
        <translation>privé à but lucratif</translation>
    </message>
    <message>
        <source>private non-profit</source>
        <translation>privé à but non lucratif</translation>
    </message>
    <message>
        <source>cancer centres</source>
        <translation>centres de lutte contre le cancer</translation>
    </message>
    <message>
        <source>another file of the establishment in %1 is selected</source>
        <translation>un autre dossier de l’établissement est sélectionné dans %1</translation>
    </message>
    <message>
        <source>%1 envelope exhausted: %2 missing</source>
        <translation>enveloppe %1 épuisée&#xa0;: il manque %2</translation>
    </message>
    <message>
        <source>%1 quota reached</source>
        <translation>quota %1 atteint</translation>
    </message>
    <message>
        <source>%1 budget exhausted: %2 missing</source>
        <translation>budget %1 épuisé&#xa0;: il manque %2</translation>
    </message>
    <message>
        <source>regional envelope exhausted: %1 missing</source>
        <translation>enveloppe régionale épuisée&#xa0;: il manque %1</translation>
    </message>
    <message>
        <source>department %1 count reached</source>
        <translation>nombre maximal atteint pour le département %1</translation>
    </message>
    <message>
        <source>left out by the referent</source>
        <translation>écarté par le référent</translation>
    </message>
    <message>
        <source>fits, but adds nothing to the total score</source>
        <translation>compatible avec les contraintes, mais n’apporte rien à la note totale</translation>
    </message>
    <message>
        <source>fits: the solver stopped before proving the optimum</source>
        <translation>compatible avec les contraintes&#xa0;: le solveur s’est arrêté avant d’avoir prouvé l’optimum</translation>
    </message>
    <message>
        <source>Minimum for %1 not reached: %2 short.</source>
        <translation>Minimum pour %1 non atteint&#xa0;: il manque %2.</translation>
    </message>
    <message>
        <source>Minimum for the %1 status not reached: %2 short.</source>
        <translation>Minimum pour le statut %1 non atteint&#xa0;: il manque %2.</translation>
    </message>
    <message>
        <source>No file selected in department %1.</source>
        <translation>Aucun dossier sélectionné dans le département %1.</translation>
    </message>
    <message>
        <source>Minimum of %1 not reached.</source>
        <translation>Minimum de %1 non atteint.</translation>
    </message>
    <message>
        <source>File %1 is forced in but does not fit.</source>
        <translation>Le dossier %1 est forcé dans la sélection, mais il ne respecte pas les contraintes.</translation>
    </message>
    <message>
        <source>GHT %1 count reached</source>
        <translation>nombre maximal de dossiers atteint pour le GHT %1</translation>
    </message>
    <message>
        <source>No file selected in GHT %1.</source>
        <translation>Aucun dossier sélectionné dans le GHT %1.</translation>
    </message>
    <message>
        <source>Cannot read the demo establishments.</source>
        <translation>Impossible de lire les établissements de la démonstration.</translation>
    </message>
    <message>
        <source>Cannot write the demo establishments.</source>
        <translation>Impossible d’écrire les établissements de la démonstration.</translation>
    </message>
    <message>
        <source>Cannot read the programme.</source>
        <translation>Impossible de lire le programme.</translation>
    </message>
    <message>
        <source>Cannot write the demo forfait grid.</source>
        <translation>Impossible d’écrire la grille des forfaits de la démonstration.</translation>
    </message>
</context>
<context>
    <name>Palier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Palier backs a database up when it closes it and keeps this many backups of each</source>
        <translation>Palier sauvegarde une base quand il la ferme et garde ce nombre de sauvegardes de chacune</translation>
    </message>
    <message>
        <source>The language changes at the next start of Palier.</source>
        <translation>La langue change au prochain démarrage de Palier.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backups kept per database:</source>
        <translation>&amp;Sauvegardes conservées par base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>How many databases File › Open Recent and the welcome page list</source>
        <translation>Nombre de bases listées dans Fichier › Fichiers récents et sur la page d’accueil</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>Fichiers &amp;récents listés&#xa0;:</translation>
    </message>
    <message>
        <source>The database is open read-only: its evaluators and letterhead cannot be changed.</source>
        <translation>La base est ouverte en lecture seule&#xa0;: ses évaluateurs et son en-tête ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Open a database to set its evaluators and the letterhead of its letters.</source>
        <translation>Ouvrez une base pour définir ses évaluateurs et l’en-tête de ses courriers.</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>The agency’s address, the signatory and the dates every letter shares.</source>
        <translation>L’adresse de l’agence, le signataire et les dates communes à tous les courriers.</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>En-&amp;tête…</translation>
    </message>
</context>
<context>
    <name>Palier::SourceTable</name>
    <message>
        <source>Cannot read “%1”. Check that the file exists, that you may read it and that its disk or network share is available, then try again.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;». Vérifiez que le fichier existe, que vous pouvez le lire et que son disque ou son partage réseau est disponible, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a CSV or Excel (.xlsx) file inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un fichier CSV ou Excel (.xlsx) qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no row to read. Check that you chose the right file, or export it again.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il ne contient aucune ligne à lire. Vérifiez que vous avez choisi le bon fichier, ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“%1” is neither a text (CSV) file nor an Excel workbook (.xlsx). Choose a CSV or XLSX file, or export the data to one of these formats.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un fichier texte (CSV) ni un classeur Excel (.xlsx). Choisissez un fichier CSV ou XLSX, ou exportez les données dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>“%1” contains a NUL byte on line %2, which a text file never holds: the file is damaged or is not a CSV file. Export it again as CSV.</source>
        <translation>«&#xa0;%1&#xa0;» contient un octet NUL à la ligne %2, ce qu’un fichier texte ne contient jamais&#xa0;: le fichier est endommagé ou n’est pas un fichier CSV. Exportez-le de nouveau au format CSV.</translation>
    </message>
    <message>
        <source>“%1” is written in UTF-16 (Excel&apos;s “Unicode Text”), which Palier does not read. Save it again as “CSV UTF-8” (or CSV) and import that file.</source>
        <translation>«&#xa0;%1&#xa0;» est encodé en UTF-16 («&#xa0;Texte Unicode&#xa0;» d’Excel), que Palier ne lit pas. Enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» (ou CSV) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which Palier does not read. Open it in Excel or LibreOffice, remove any password and save it as .xlsx or CSV.</source>
        <translation>«&#xa0;%1&#xa0;» est un classeur Excel 97–2003 (.xls) ou un classeur protégé par mot de passe, que Palier ne lit pas. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe éventuel et enregistrez-le au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but not an Excel workbook. If it is a LibreOffice (.ods) or other spreadsheet, save it as .xlsx or CSV; otherwise choose the right file.</source>
        <translation>«&#xa0;%1&#xa0;» est une archive zip, mais pas un classeur Excel. S’il s’agit d’un classeur LibreOffice (.ods) ou d’un autre tableur, enregistrez-le au format .xlsx ou CSV&#xa0;; sinon, choisissez le bon fichier.</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook, whatever its name says: it is a text file. Read it as CSV.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un classeur Excel, quoi qu’en dise son nom&#xa0;: c’est un fichier texte. Lisez-le comme un fichier CSV.</translation>
    </message>
    <message>
        <source>“%1” is a damaged or incomplete Excel workbook. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation>«&#xa0;%1&#xa0;» est un classeur Excel endommagé ou incomplet. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou demandez-en une nouvelle copie à son auteur.</translation>
    </message>
    <message>
        <source>“%1” is damaged: cell %2 of sheet “%3” refers to a text that the workbook does not contain. Open it in Excel or LibreOffice and save it again, or ask its author for a new copy.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: la cellule %2 de la feuille «&#xa0;%3&#xa0;» renvoie à un texte que le classeur ne contient pas. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou demandez-en une nouvelle copie à son auteur.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no worksheet, so there is nothing to read. Check that you chose the file that holds the data.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» ne contient aucune feuille de calcul&#xa0;: il n’y a rien à lire. Vérifiez que vous avez choisi le fichier qui contient les données.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet named “%2”. Choose one of its sheets: %3.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» n’a pas de feuille nommée «&#xa0;%2&#xa0;». Choisissez l’une de ses feuilles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1”, line %2: a value opens with a quote (&quot;) that is never closed, so the rest of the file would be read as one value. Fix the quotes on that line (a quote inside a value is written twice: &quot;&quot;) and import again.</source>
        <translation>«&#xa0;%1&#xa0;», ligne %2&#xa0;: une valeur commence par un guillemet (&quot;) qui n’est jamais fermé, si bien que la suite du fichier serait lue comme une seule valeur. Corrigez les guillemets de cette ligne (un guillemet à l’intérieur d’une valeur s’écrit deux fois&#xa0;: &quot;&quot;) puis importez de nouveau.</translation>
    </message>
    <message>
        <source>“%1”, line %2: a row longer than %3 MB, which no table holds. Check that this is the right file and that its quotes are balanced, then export it again.</source>
        <translation>«&#xa0;%1&#xa0;», ligne %2&#xa0;: une ligne de plus de %3&#xa0;Mo, ce qu’aucun tableau ne contient. Vérifiez qu’il s’agit du bon fichier et que ses guillemets sont équilibrés, puis exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>La lecture de «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
</context>
<context>
    <name>Palier::TableColumns</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>Palier::TablePage</name>
    <message>
        <source>Shows the rows holding every word typed, in any column; case and accents do not matter.</source>
        <translation>Affiche les lignes qui contiennent chaque mot saisi, dans n’importe quelle colonne&#xa0;; majuscules et accents sont ignorés.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
</context>
<context>
    <name>Palier::UpdateTableModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Palier::UsageTargetModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Palier::WelcomePage</name>
    <message>
        <source>Open the &amp;Demo Region</source>
        <translation>Ouvrir la région de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Create a Campaign…</source>
        <translation>&amp;Créer une campagne…</translation>
    </message>
    <message>
        <source>&amp;Open a Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>&amp;Remove from the List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>A fictitious Provence-Alpes-Côte d&apos;Azur campaign at its latest stage, to try every page without risk. Created the first time.</source>
        <translation>Une campagne fictive en Provence-Alpes-Côte d’Azur, à son stade le plus avancé, pour essayer chaque page sans risque. Créée à la première ouverture.</translation>
    </message>
    <message>
        <source>A new regional database for one programme: choose the region, the programme and the file.</source>
        <translation>Une nouvelle base régionale pour un programme&#xa0;: choisissez la région, le programme et le fichier.</translation>
    </message>
    <message>
        <source>A .palier file you already have, or one a colleague sent you.</source>
        <translation>Un fichier .palier dont vous disposez déjà, ou qu’un collègue vous a envoyé.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases récentes</translation>
    </message>
    <message>
        <source>Forget this file in the list; the file itself is left as it is (Delete)</source>
        <translation>Retire ce fichier de la liste&#xa0;; le fichier lui-même n’est pas modifié (Delete)</translation>
    </message>
    <message>
        <source>Welcome to Palier</source>
        <translation>Bienvenue dans Palier</translation>
    </message>
    <message>
        <source>Palier keeps one campaign of a region in one database file: its roadmap, the applications and their review, the preselection sent to the DGOS, the letters and the follow-up of the projects. Start with one of these.</source>
        <translation>Palier conserve une campagne d’une région dans un seul fichier de base&#xa0;: sa feuille de route, les dossiers et leur instruction, la présélection transmise à la DGOS, les courriers et le suivi des projets. Commencez par l’une de ces options.</translation>
    </message>
    <message>
        <source>Recent data&amp;bases:</source>
        <translation>&amp;Bases récentes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>“%1” cannot be found: it was moved or deleted, or its drive is not connected. Remove it from the list, or connect the drive.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable&#xa0;: il a été déplacé ou supprimé, ou son lecteur n’est pas connecté. Retirez-le de la liste, ou connectez le lecteur.</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Aucune base ouverte pour l’instant</translation>
    </message>
    <message>
        <source>Shared database on a PostgreSQL server</source>
        <translation>Base partagée sur un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfDialog</name>
    <message>
        <source>What-If on the Weights</source>
        <translation>Simulation sur les poids</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Mean of the evaluators&apos; scores</source>
        <translation>Moyenne des notes des évaluateurs</translation>
    </message>
    <message>
        <source>Median of the evaluators&apos; scores</source>
        <translation>Médiane des notes des évaluateurs</translation>
    </message>
    <message>
        <source> % of the scale</source>
        <translation>&#xa0;% de l’échelle</translation>
    </message>
    <message>
        <source>A file is flagged for discussion when its evaluators&apos; scores on a criterion differ by more than this share of the criterion&apos;s scale</source>
        <translation>Un dossier est signalé pour discussion lorsque les notes de ses évaluateurs sur un critère diffèrent de plus de cette part de l’échelle du critère</translation>
    </message>
    <message>
        <source>C&amp;onsensus:</source>
        <translation>C&amp;onsensus&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Back to the stored weights and settings</source>
        <translation>Revient aux poids et réglages enregistrés</translation>
    </message>
    <message>
        <source>&amp;Apply Weights…</source>
        <translation>&amp;Appliquer les poids…</translation>
    </message>
    <message>
        <source>Saves these weights as a new version of the domain&apos;s grid</source>
        <translation>Enregistre ces poids comme nouvelle version de la grille du domaine</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Every weight is 0: every file totals 0. Give a criterion some weight.</source>
        <translation>Tous les poids valent 0&#xa0;: chaque dossier totalise 0. Attribuez un poids à au moins un critère.</translation>
    </message>
    <message>
        <source>No file moves.</source>
        <translation>Aucun dossier ne change de rang.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) move; nothing is saved until you apply.</source>
        <translation>
            <numerusform>%Ln dossier change de rang&#xa0;; rien n’est enregistré tant que vous n’appliquez pas.</numerusform>
            <numerusform>%Ln dossiers changent de rang&#xa0;; rien n’est enregistré tant que vous n’appliquez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the Weights</source>
        <translation>Appliquer les poids</translation>
    </message>
    <message>
        <source>Save these weights as version %1 of the %2 grid? The ranking of %2 changes for everyone.</source>
        <translation>Enregistrer ces poids comme version %1 de la grille %2&#xa0;? Le classement de %2 change pour tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Weights set in the what-if</source>
        <translation>Poids fixés dans la simulation</translation>
    </message>
    <message>
        <source>Saved as version %1 of the %2 grid.</source>
        <translation>Enregistrés comme version %1 de la grille %2.</translation>
    </message>
    <message>
        <source>The consensus settings are saved.</source>
        <translation>Les réglages du consensus sont enregistrés.</translation>
    </message>
    <message>
        <source>The ranking shows which files enter or leave the first N, and for each file the range of the last weight moved over which it stays in (or out of) them</source>
        <translation>Le classement montre quels dossiers entrent dans les N premiers ou en sortent et, pour chaque dossier, la plage du dernier poids modifié sur laquelle il y reste (ou en reste exclu)</translation>
    </message>
    <message>
        <source>&amp;Top files:</source>
        <translation>&amp;Premiers dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>D&amp;isagreement above:</source>
        <translation>Dé&amp;saccord au-delà de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Palier::WhatIfModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Trial Total</source>
        <translation>Total simulé</translation>
    </message>
    <message>
        <source>Stored Rank</source>
        <translation>Rang enregistré</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>enters</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dedans</translation>
    </message>
    <message>
        <source>out</source>
        <translation>dehors</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>%1 premiers</translation>
    </message>
    <message>
        <source>Stable Weights of %1</source>
        <translation>Poids stables de %1</translation>
    </message>
</context>
<context>
    <name>Palier::Workflow</name>
    <message>
        <source>Cannot read the history of the file %1.</source>
        <translation>Impossible de lire l’historique du dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is already “%2”.</source>
        <translation>Le dossier %1 est déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are already “%1”: %2.</source>
        <translation>
            <numerusform>%Ln dossier est déjà «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
            <numerusform>%Ln dossiers sont déjà «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: its state can no longer change, so it cannot go to %3.</source>
        <translation>Le dossier %1 est «&#xa0;%2&#xa0;»&#xa0;: son état ne peut plus changer, il ne peut donc pas passer à l’état %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are “%1” (%2): their state can no longer change, so they cannot go to %3.</source>
        <translation>
            <numerusform>%Ln dossier est «&#xa0;%1&#xa0;» (%2)&#xa0;: son état ne peut plus changer, il ne peut donc pas passer à l’état %3.</numerusform>
            <numerusform>%Ln dossiers sont «&#xa0;%1&#xa0;» (%2)&#xa0;: leur état ne peut plus changer, ils ne peuvent donc pas passer à l’état %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is “%2”: it can go to %3, not to %4.</source>
        <translation>Le dossier %1 est «&#xa0;%2&#xa0;»&#xa0;: il peut passer à l’état %3, mais pas à l’état %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files are “%1” (%2): they can go to %3, not to %4.</source>
        <translation>
            <numerusform>%Ln dossier est «&#xa0;%1&#xa0;» (%2)&#xa0;: il peut passer à l’état %3, mais pas à l’état %4.</numerusform>
            <numerusform>%Ln dossiers sont «&#xa0;%1&#xa0;» (%2)&#xa0;: ils peuvent passer à l’état %3, mais pas à l’état %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the files to change.</source>
        <translation>Impossible de lire les dossiers à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>No file has the number(s) %1. Check the numbers; nothing was changed.</source>
        <translation>
            <numerusform>Le numéro %1 ne correspond à aucun dossier. Vérifiez-le&#xa0;; rien n’a été modifié.</numerusform>
            <numerusform>Les numéros %1 ne correspondent à aucun dossier. Vérifiez-les&#xa0;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file is selected: choose the files to move.</source>
        <translation>Aucun dossier n’est sélectionné&#xa0;: choisissez les dossiers dont changer l’état.</translation>
    </message>
    <message>
        <source>“%1” is not a state of the file workflow. Use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état du circuit des dossiers. Utilisez l’un des états suivants&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed, not even the other %Ln file(s).</source>
        <translation>
            <numerusform>Rien n’a été modifié, pas même pour l’autre dossier.</numerusform>
            <numerusform>Rien n’a été modifié, pas même pour les %Ln autres dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required to move the file %1 from “%2” to “%3”; it is kept in the file&apos;s history.</source>
        <translation>Un motif est obligatoire pour faire passer le dossier %1 de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;»&#xa0;; il est conservé dans l’historique du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>A reason is required to move %Ln files to “%1”; it is kept in their history.</source>
        <translation>
            <numerusform>Un motif est obligatoire pour faire passer %Ln dossier à l’état «&#xa0;%1&#xa0;»&#xa0;; il est conservé dans son historique.</numerusform>
            <numerusform>Un motif est obligatoire pour faire passer %Ln dossiers à l’état «&#xa0;%1&#xa0;»&#xa0;; il est conservé dans leur historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the state of the file %1.</source>
        <translation>Impossible de changer l’état du dossier %1.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being moved; nothing was changed. Try again.</source>
        <translation>Le dossier %1 a été modifié par ailleurs pendant l’opération&#xa0;; rien n’a été changé. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot record the history of the file %1.</source>
        <translation>Impossible d’enregistrer l’historique du dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read the states of the file workflow.</source>
        <translation>Impossible de lire les états du circuit des dossiers.</translation>
    </message>
    <message>
        <source>Cannot read the allowed transitions of the file workflow.</source>
        <translation>Impossible de lire les transitions autorisées du circuit des dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) to %1?</source>
        <translation>
            <numerusform>Faire passer %Ln dossier à l’état %1&#xa0;?</numerusform>
            <numerusform>Faire passer %Ln dossiers à l’état %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list of choices</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Cannot change the state of the files.</source>
        <translation>Impossible de changer l’état des dossiers.</translation>
    </message>
    <message>
        <source>Cannot record the history of the files.</source>
        <translation>Impossible d’enregistrer l’historique des dossiers.</translation>
    </message>
    <message>
        <source>Some of the files changed while they were being moved; nothing was changed. Try again.</source>
        <translation>Certains dossiers ont changé pendant leur déplacement ; rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The file %1 is moved twice; nothing was changed.</source>
        <translation>Le dossier %1 est déplacé deux fois ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Palier::XlsxOutput</name>
    <message>
        <source>Cannot write Excel files: the libxlsxwriter library is missing or unusable. Install it (package libxlsxwriter4), or export as CSV.</source>
        <translation>Impossible d’écrire des fichiers Excel&#xa0;: la bibliothèque libxlsxwriter est absente ou inutilisable. Installez-la (paquet libxlsxwriter4), ou exportez au format CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check the free disk space and that you may write there.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez l’espace disque disponible et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>Palier::main</name>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Page inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
