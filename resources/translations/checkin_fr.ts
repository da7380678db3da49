<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No arrivals yet</source>
        <translation>Aucune arrivée pour l’instant</translation>
    </message>
</context>
<context>
    <name>AttendeeDetailPanel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Missing from the latest import: this person was not on the last registration list loaded.</source>
        <translation>Absent de la dernière importation&#xa0;: cette personne ne figurait pas sur la dernière liste des inscrits chargée.</translation>
    </message>
    <message>
        <source>{status} · walk-in</source>
        <translation>{status} · sur place</translation>
    </message>
    <message>
        <source>Added at the desk</source>
        <translation>Ajouté à l’accueil</translation>
    </message>
    <message>
        <source>{source}, id {id}</source>
        <translation>{source}, identifiant {id}</translation>
    </message>
    <message>
        <source>Not registered for any session.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Historique vide pour l’instant.</translation>
    </message>
    <message>
        <source>Select an attendee to see their details.</source>
        <translation>Sélectionnez un participant pour afficher sa fiche.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Badge language</source>
        <translation>Langue du badge</translation>
    </message>
    <message>
        <source>Ticket codes</source>
        <translation>Codes de billet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this attendee&apos;s details (Ctrl+E)</source>
        <translation>Modifier les informations de ce participant (Ctrl+E)</translation>
    </message>
    <message>
        <source>Check this attendee in at the entrance (Ctrl+Return)</source>
        <translation>Valider l’arrivée de ce participant à l’entrée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;Imprimer le badge</translation>
    </message>
    <message>
        <source>Print this attendee&apos;s badge on this desk&apos;s printer (Ctrl+P)</source>
        <translation>Imprimer le badge de ce participant sur l’imprimante de cet accueil (Ctrl+P)</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Valider l’a&amp;rrivée</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Same as the event</source>
        <translation>Celle de l’événement</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know. Pick one from the list or type its two-letter code.</source>
        <translation>«&#xa0;{country}&#xa0;» n’est pas un pays connu. Choisissez-en un dans la liste ou saisissez son code à deux lettres.</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation>«&#xa0;{email}&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{title}” is full ({count} of {capacity} places taken).</source>
        <translation>«&#xa0;{title}&#xa0;» est complet ({count} places prises sur {capacity}).</translation>
    </message>
    <message>
        <source>Untick it, or press “{button}” again to book the place anyway.</source>
        <translation>Décochez-le, ou appuyez de nouveau sur «&#xa0;{button}&#xa0;» pour réserver la place malgré tout.</translation>
    </message>
    <message>
        <source>Discard this walk-in? What was typed will be lost.</source>
        <translation>Abandonner cette inscription sur place&#x202f;? Ce qui a été saisi sera perdu.</translation>
    </message>
    <message>
        <source>Discard the changes to {name}?</source>
        <translation>Abandonner les modifications de {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This event has no sessions yet.</source>
        <translation>Cet événement n’a pas encore de sessions.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Type a country name or code</source>
        <translation>Saisissez le nom ou le code d’un pays</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Inscrire sur place</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Check in and print the badge now</source>
        <translation>&amp;Valider l’arrivée et imprimer le badge tout de suite</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Missing from the latest import</source>
        <translation>Absent de la dernière importation</translation>
    </message>
    <message numerus="yes">
        <source>Badge printed %n time(s)</source>
        <translation>
            <numerusform>Badge imprimé %n fois</numerusform>
            <numerusform>Badge imprimé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge not printed yet</source>
        <translation>Badge pas encore imprimé</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
</context>
<context>
    <name>Attendees</name>
    <message>
        <source>This attendee no longer exists. Refresh the list.</source>
        <translation>Ce participant n’existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know. Use its name or its two-letter code (BE, FR…).</source>
        <translation>«&#xa0;{country}&#xa0;» n’est pas un pays connu. Indiquez son nom ou son code à deux lettres (BE, FR…).</translation>
    </message>
    <message>
        <source>The {field} is {length} characters long; at most {limit} fit on badges and lists. Shorten it.</source>
        <translation>Le champ « {field} » compte {length} caractères ; les badges et les listes en acceptent au plus {limit}. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>An attendee needs at least a given or a family name.</source>
        <translation>Un participant doit avoir au moins un prénom ou un nom.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This event lives on a shared database server: the server&apos;s own backups (pg_dump) keep it. Copies and backups here are for event files.</source>
        <translation>Cet événement se trouve sur un serveur de base de données partagé : ce sont les sauvegardes du serveur (pg_dump) qui le protègent. Les copies et sauvegardes proposées ici concernent les fichiers d&apos;événement.</translation>
    </message>
    <message>
        <source>The copy could not be checked, so it was not kept. The event file may be damaged: run “checkin check”.</source>
        <translation>La copie n&apos;a pas pu être vérifiée : elle n&apos;a pas été conservée. Le fichier d&apos;événement est peut-être endommagé : lancez « checkin check ».</translation>
    </message>
    <message>
        <source>Could not write the copy to {path}: {reason}. Choose another folder or free some space.</source>
        <translation>Impossible d&apos;écrire la copie dans {path} : {reason}. Choisissez un autre dossier ou libérez de la place.</translation>
    </message>
    <message>
        <source>A copy cannot be written over the event itself. Choose another file name.</source>
        <translation>Une copie ne peut pas être écrite par-dessus l&apos;événement lui-même. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{path} already exists. Restore to a new file name; the existing file is left as it is.</source>
        <translation>{path} existe déjà. Restaurez sous un nouveau nom de fichier ; le fichier existant n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>“{path}” cannot be restored: it is not a sound event file ({problem}). Choose another backup.</source>
        <translation>« {path} » ne peut pas être restauré : ce n&apos;est pas un fichier d&apos;événement intact ({problem}). Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas de fichier à l&apos;emplacement {path}. Vérifiez le chemin.</translation>
    </message>
</context>
<context>
    <name>BadgeDesignerDialog</name>
    <message>
        <source>{title} (yours)</source>
        <translation>{title} (le vôtre)</translation>
    </message>
    <message>
        <source>{title} — this event&apos;s layout</source>
        <translation>{title} — modèle de cet événement</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes to “{title}” are not saved. Discard them?</source>
        <translation>Vos modifications de «&#xa0;{title}&#xa0;» ne sont pas enregistrées. Les abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>Copy and adjust</source>
        <translation>Copier et adapter</translation>
    </message>
    <message>
        <source>Name of your copy:</source>
        <translation>Nom de votre copie&#xa0;:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Modèle «&#xa0;{title}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>This event&apos;s badges now use “{title}”.</source>
        <translation>Les badges de cet événement utilisent désormais «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Badge designer</source>
        <translation>Éditeur de badges</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Badge stock:</source>
        <translation>Support&#xa0;:</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>Aperçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Copy and adjust…</source>
        <translation>Copier et adapter…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Use for this event</source>
        <translation>Utiliser pour cet événement</translation>
    </message>
    <message>
        <source>Layouts that come with the app cannot be changed. “Copy and adjust…” makes your own copy to edit.</source>
        <translation>Les modèles fournis avec l’application ne peuvent pas être modifiés. «&#xa0;Copier et adapter…&#xa0;» en crée une copie que vous pourrez modifier.</translation>
    </message>
</context>
<context>
    <name>BadgeFields</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Ville, pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Event dates</source>
        <translation>Dates de l’événement</translation>
    </message>
    <message>
        <source>Badge code (text)</source>
        <translation>Code du badge (texte)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Text: {field}</source>
        <translation>Texte&#xa0;: {field}</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Event logo</source>
        <translation>Logo de l’événement</translation>
    </message>
    <message>
        <source>Colour band</source>
        <translation>Bande de couleur</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>The event logo cannot be read as an image ({reason}). Replace the logo in the event settings.</source>
        <translation>Le logo de l’événement n’est pas une image lisible ({reason}). Remplacez-le dans les paramètres de l’événement.</translation>
    </message>
    <message>
        <source>This badge has been reissued {count} times, the most a badge code allows. Register the person again as a walk-in.</source>
        <translation>Ce badge a été réémis {count} fois, le maximum que permet un code de badge. Inscrivez de nouveau la personne sur place.</translation>
    </message>
    <message>
        <source>There is no session called “{title}”. Sessions: {known}.</source>
        <translation>Aucune session ne s’intitule «&#xa0;{title}&#xa0;». Sessions&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>No attendee matches this selection, so there are no badges to make. Change the filters.</source>
        <translation>Aucun participant ne correspond à cette sélection&#xa0;: il n’y a aucun badge à produire. Modifiez les filtres.</translation>
    </message>
    <message>
        <source>The event has no attendees yet, so there is nothing to preview. Import a list or add someone first.</source>
        <translation>L’événement n’a encore aucun participant&#xa0;: il n’y a rien à prévisualiser. Importez d’abord une liste ou ajoutez quelqu’un.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>1 badge</source>
        <translation>1 badge</translation>
    </message>
    <message>
        <source>{n} badges</source>
        <translation>{n} badges</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 feuille</translation>
    </message>
    <message>
        <source>{n} sheets</source>
        <translation>{n} feuilles</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Sending the badge to the printer…</source>
        <translation>Envoi du badge à l’imprimante…</translation>
    </message>
    <message>
        <source>Sending {n} badges to the printer…</source>
        <translation>Envoi de {n} badges à l’imprimante…</translation>
    </message>
    <message>
        <source>Sent as job {job}; waiting for the printer…</source>
        <translation>Envoyé (tâche {job})&#x202f;; en attente de l’imprimante…</translation>
    </message>
    <message>
        <source>Making the badges…</source>
        <translation>Préparation des badges…</translation>
    </message>
    <message>
        <source>Printed 1 badge on {printer} (job {job}).</source>
        <translation>1 badge imprimé sur {printer} (tâche {job}).</translation>
    </message>
    <message>
        <source>Printed {n} badges on {printer} (job {job}).</source>
        <translation>{n} badges imprimés sur {printer} (tâche {job}).</translation>
    </message>
    <message>
        <source>1 of them had been printed before.</source>
        <translation>L’un d’eux avait déjà été imprimé.</translation>
    </message>
    <message>
        <source>{n} of them had been printed before.</source>
        <translation>{n} d’entre eux avaient déjà été imprimés.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save the badges as</source>
        <translation>Enregistrer les badges sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved 1 badge to {path}.</source>
        <translation>1 badge enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Saved {n} badges to {path}.</source>
        <translation>{n} badges enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Imprimer des badges</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>Not yet printed:</source>
        <translation>Pas encore imprimés&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;ies:</source>
        <translation>&amp;Exemplaires&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Only badges that were never printed</source>
        <translation>Seulement les badges jamais imprimés</translation>
    </message>
    <message>
        <source>Only the attendee selected in the list</source>
        <translation>Seulement le participant sélectionné dans la liste</translation>
    </message>
    <message>
        <source>Only the {n} attendees selected in the list</source>
        <translation>Seulement les {n} participants sélectionnés dans la liste</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country, then city</source>
        <translation>Pays, puis ville</translation>
    </message>
    <message>
        <source>Category, then family name</source>
        <translation>Catégorie, puis nom</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Which event? Give --db FILE.checkin (or a database URL), or set CHECKIN_DB.</source>
        <translation>Quel événement&#x202f;? Indiquez --db FICHIER.checkin (ou l’adresse d’une base de données), ou définissez CHECKIN_DB.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-20.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-20.</translation>
    </message>
    <message>
        <source>Give the event a name with --name, or publish an event file with --from FILE.checkin.</source>
        <translation>Donnez un nom à l’événement avec --name, ou publiez un fichier d’événement avec --from FICHIER.checkin.</translation>
    </message>
    <message>
        <source>--from copies the event file&apos;s own name; leave out --name.</source>
        <translation>--from reprend le nom de l’événement enregistré dans le fichier&#x202f;; n’indiquez pas --name.</translation>
    </message>
    <message>
        <source>{name}: published to {url} ({attendees} attendees, {sessions} sessions, {scans} scans). Badges printed from the file stay valid.</source>
        <translation>{name}&#xa0;: publié sur {url} ({attendees} participants, {sessions} sessions, {scans} scans). Les badges imprimés depuis le fichier restent valables.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} ({read_as}): {rows} rows.</source>
        <translation>{file} ({read_as})&#xa0;: {rows} lignes.</translation>
    </message>
    <message>
        <source>The text encoding could not be told for certain; it was read as {encoding}. If names look wrong, import it again with --encoding (for example --encoding cp1251, koi8-r or cp1253).</source>
        <translation>L’encodage du texte n’a pas pu être déterminé avec certitude&#xa0;; le fichier a été lu en {encoding}. Si les noms s’affichent mal, importez-le de nouveau avec --encoding (par exemple --encoding cp1251, koi8-r ou cp1253).</translation>
    </message>
    <message>
        <source>Added: {added}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}, no longer on the list: {missing}.</source>
        <translation>Ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}, inchangés&#xa0;: {unchanged}, ignorés&#xa0;: {skipped}, ne figurant plus sur la liste&#xa0;: {missing}.</translation>
    </message>
    <message>
        <source>Sessions created: {sessions}, session registrations: {registrations}.</source>
        <translation>Sessions créées&#xa0;: {sessions}, inscriptions aux sessions&#xa0;: {registrations}.</translation>
    </message>
    <message>
        <source>No longer on the list: {name}</source>
        <translation>Ne figure plus sur la liste&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Nothing to scan. Give one or more codes, or --image FILE with a photo of the QR code.</source>
        <translation>Rien à scanner. Indiquez un ou plusieurs codes, ou --image FICHIER avec une photo du code QR.</translation>
    </message>
    <message>
        <source>{verdict}: {message}</source>
        <translation>{verdict}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{verdict}: {name} — {message}</source>
        <translation>{verdict}&#xa0;: {name} — {message}</translation>
    </message>
    <message>
        <source>Event entrance</source>
        <translation>Entrée de l’événement</translation>
    </message>
    <message>
        <source>{checkpoint}: {inside}{places} inside, {arrived} of {expected} expected came at least once.</source>
        <translation>{checkpoint}&#xa0;: {inside}{places} à l’intérieur, {arrived} personnes attendues sur {expected} sont venues au moins une fois.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l’intérieur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortis</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>This computer is the station “{name}” (id {id}).</source>
        <translation>Cet ordinateur est le poste «&#xa0;{name}&#xa0;» (identifiant {id}).</translation>
    </message>
    <message>
        <source>No station has worked on this event yet. Name this one with: checkin --db … station --name NAME</source>
        <translation>Aucun poste n’a encore travaillé sur cet événement. Nommez celui-ci avec&#xa0;: checkin --db … station --name NOM</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>(this computer)</source>
        <translation>(cet ordinateur)</translation>
    </message>
    <message>
        <source>Sent {sent}.</source>
        <translation>Envoi effectué&#xa0;: {sent}.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Rien de nouveau à envoyer.</translation>
    </message>
    <message>
        <source>1 record was already on the server (sent before); it was not sent twice.</source>
        <translation>1 opération était déjà sur le serveur (envoyée auparavant)&#xa0;: elle n’a pas été envoyée deux fois.</translation>
    </message>
    <message>
        <source>{count} records were already on the server (sent before); none was sent twice.</source>
        <translation>Opérations déjà sur le serveur (envoyées auparavant), aucune envoyée deux fois&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Could not reach the shared database ({reason}). Nothing was lost: what this computer has not sent stays queued on it (waiting: {count}). Check the network and the address, then run `checkin sync` again.</source>
        <translation>Impossible de joindre la base de données partagée ({reason}). Rien n’est perdu&#xa0;: ce que cet ordinateur n’a pas encore envoyé reste en file d’attente sur lui (en attente&#xa0;: {count}). Vérifiez le réseau et l’adresse, puis relancez `checkin sync`.</translation>
    </message>
    <message>
        <source>Queued meanwhile, waiting for the next sync: {count}.</source>
        <translation>Mises en file d’attente entre-temps, en attente de la prochaine synchronisation&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the event is up to date.</source>
        <translation>La copie de l’événement sur cet ordinateur est à jour.</translation>
    </message>
    <message>
        <source>{count} scan</source>
        <translation>{count} scan</translation>
    </message>
    <message>
        <source>{count} scans</source>
        <translation>{count} scans</translation>
    </message>
    <message>
        <source>{count} undo</source>
        <translation>{count} annulation</translation>
    </message>
    <message>
        <source>{count} undos</source>
        <translation>{count} annulations</translation>
    </message>
    <message>
        <source>{count} walk-in</source>
        <translation>{count} inscription sur place</translation>
    </message>
    <message>
        <source>{count} walk-ins</source>
        <translation>{count} inscriptions sur place</translation>
    </message>
    <message>
        <source>{count} badge print</source>
        <translation>{count} impression de badge</translation>
    </message>
    <message>
        <source>{count} badge prints</source>
        <translation>{count} impressions de badge</translation>
    </message>
    <message>
        <source>{count} other record</source>
        <translation>{count} autre opération</translation>
    </message>
    <message>
        <source>{count} other records</source>
        <translation>{count} autres opérations</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>No conflicts: nobody was let in twice by desks working offline.</source>
        <translation>Aucun conflit&#xa0;: personne n’a été admis deux fois par des postes hors ligne.</translation>
    </message>
    <message>
        <source>People let in twice at one door by desks working offline: {count}. Each is counted once; check them if it matters (a badge passed on, say):</source>
        <translation>Personnes admises deux fois au même accès par des postes hors ligne&#xa0;: {count}. Chacune est comptée une fois&#xa0;; vérifiez si cela compte (un badge prêté, par exemple)&#xa0;:</translation>
    </message>
    <message>
        <source>{name} at {door}, let in by:</source>
        <translation>{name} à l’accès {door}, admis par&#xa0;:</translation>
    </message>
    <message>
        <source>{station} at {time} (offline)</source>
        <translation>{station} à {time} (hors ligne)</translation>
    </message>
    <message>
        <source>{station} at {time}</source>
        <translation>{station} à {time}</translation>
    </message>
    <message>
        <source>Saved a copy of the event to {path}.</source>
        <translation>Copie de l&apos;événement enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>No automatic backups of this event yet. The window makes one every few minutes while things change, and before each import.</source>
        <translation>Aucune sauvegarde automatique de cet événement pour l&apos;instant. La fenêtre en fait une toutes les quelques minutes quand quelque chose change, et avant chaque importation.</translation>
    </message>
    <message>
        <source>Restored the backup as a new event file: {path}. Open that file to carry on.</source>
        <translation>Sauvegarde restaurée dans un nouveau fichier d&apos;événement : {path}. Ouvrez ce fichier pour continuer.</translation>
    </message>
    <message>
        <source>“checkin check” checks event files; a shared database server checks itself.</source>
        <translation>« checkin check » vérifie les fichiers d&apos;événement ; un serveur de base de données partagé se vérifie lui-même.</translation>
    </message>
    <message>
        <source>The event file is damaged: {problem}. Restore the latest backup (checkin backups, then checkin restore).</source>
        <translation>Le fichier d&apos;événement est endommagé : {problem}. Restaurez la dernière sauvegarde (checkin backups, puis checkin restore).</translation>
    </message>
    <message>
        <source>The event file is sound.</source>
        <translation>Le fichier d&apos;événement est intact.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <source>No camera was found. Connect a webcam (it appears here by itself), or scan with a handheld scanner.</source>
        <translation>Aucune caméra n’a été trouvée. Branchez une webcam (elle apparaîtra ici d’elle-même), ou scannez avec un lecteur portable (douchette).</translation>
    </message>
    <message>
        <source>The camera is off. Press “Start camera” to scan with it.</source>
        <translation>La caméra est éteinte. Appuyez sur «&#xa0;Démarrer la caméra&#xa0;» pour scanner avec elle.</translation>
    </message>
    <message>
        <source>The camera “{name}” is not working ({details}). Check that no other program is using it, then press “Start camera”.</source>
        <translation>La caméra «&#xa0;{name}&#xa0;» ne fonctionne pas ({details}). Vérifiez qu’aucun autre programme ne l’utilise, puis appuyez sur «&#xa0;Démarrer la caméra&#xa0;».</translation>
    </message>
    <message>
        <source>The camera “{name}” is not working. Check that no other program is using it, then press “Start camera”.</source>
        <translation>La caméra «&#xa0;{name}&#xa0;» ne fonctionne pas. Vérifiez qu’aucun autre programme ne l’utilise, puis appuyez sur «&#xa0;Démarrer la caméra&#xa0;».</translation>
    </message>
    <message>
        <source>The camera “{name}” was disconnected. Connect it again, or choose another camera.</source>
        <translation>La caméra «&#xa0;{name}&#xa0;» a été débranchée. Rebranchez-la, ou choisissez une autre caméra.</translation>
    </message>
    <message>
        <source>Check-in Desk is not allowed to use the camera. Allow it in the system’s privacy settings, then press “Start camera”.</source>
        <translation>Check-in Desk n’est pas autorisé à utiliser la caméra. Autorisez-le dans les paramètres de confidentialité du système, puis appuyez sur «&#xa0;Démarrer la caméra&#xa0;».</translation>
    </message>
    <message>
        <source>Starting the camera “{name}”…</source>
        <translation>Démarrage de la caméra «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Hold the QR code of a badge or ticket in front of the camera.</source>
        <translation>Présentez le code QR d’un badge ou d’un billet devant la caméra.</translation>
    </message>
    <message>
        <source>Showing pictures from a video source other than a camera.</source>
        <translation>Images provenant d’une source vidéo autre qu’une caméra.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CategoryBars</name>
    <message numerus="yes">
        <source>%n other categories</source>
        <translation>
            <numerusform>%n autre catégorie</numerusform>
            <numerusform>%n autres catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>unnamed station</source>
        <translation>poste sans nom</translation>
    </message>
    <message>
        <source>{station} at {time} (offline)</source>
        <translation>{station} à {time} (hors ligne)</translation>
    </message>
    <message>
        <source>{station} at {time}</source>
        <translation>{station} à {time}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Let in by</source>
        <translation>Admis par</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <source>{arrived} of {expected} expected people have come in; {inside} are inside now.</source>
        <translation>{arrived} personnes attendues sur {expected} sont entrées&#x202f;; {inside} sont à l’intérieur en ce moment.</translation>
    </message>
    <message>
        <source>{free} of {capacity} places are free.</source>
        <translation>{free} places libres sur {capacity}.</translation>
    </message>
    <message>
        <source>Arrived / expected</source>
        <translation>Arrivés / attendus</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Présents</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <source>{part} / {whole}</source>
        <translation>{part} / {whole}</translation>
    </message>
</context>
<context>
    <name>DashboardRefresher</name>
    <message>
        <source>The event database does not answer ({reason}). The numbers shown may be out of date; the dashboard keeps trying.</source>
        <translation>La base de données de l’événement ne répond pas ({reason}). Les chiffres affichés ne sont peut-être plus à jour&#x202f;; le tableau de bord continue d’essayer.</translation>
    </message>
    <message>
        <source>The numbers could not be read; the dashboard keeps trying. The details are in the log file (Help › About in the desk window).</source>
        <translation>Les chiffres n’ont pas pu être lus&#x202f;; le tableau de bord continue d’essayer. Les détails figurent dans le fichier journal (Aide › À propos dans la fenêtre de l’accueil).</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>{percent} of registered people</source>
        <translation>{percent} des inscrits</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Encore attendus</translation>
    </message>
    <message>
        <source>registered, not arrived yet</source>
        <translation>inscrits, pas encore arrivés</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Inscriptions sur place</translation>
    </message>
    <message>
        <source>registered on the spot</source>
        <translation>inscrits sur place</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>checked in and not gone out</source>
        <translation>arrivés et pas ressortis</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd’hui, {day}</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour, {day}</source>
        <translation>Arrivées par quart d’heure, {day}</translation>
    </message>
    <message>
        <source>Sessions, {day}</source>
        <translation>Sessions, {day}</translation>
    </message>
    <message>
        <source>Site visits, {day}</source>
        <translation>Visites de terrain, {day}</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour, today</source>
        <translation>Arrivées par quart d’heure, aujourd’hui</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sessions du jour</translation>
    </message>
    <message>
        <source>Today&apos;s site visits</source>
        <translation>Visites de terrain du jour</translation>
    </message>
    <message>
        <source>Arrived by category</source>
        <translation>Arrivés par catégorie</translation>
    </message>
    <message>
        <source>Attendance — {event}</source>
        <translation>Présences — {event}</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
</context>
<context>
    <name>DatabaseLane</name>
    <message>
        <source>Something went wrong and nothing was saved. Please try again; if it happens again, the details are in the log file (Help › About).</source>
        <translation>Une erreur s’est produite et rien n’a été enregistré. Veuillez réessayer&#x202f;; si le problème se reproduit, les détails figurent dans le fichier journal (Aide › À propos).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A demo event holds between 1 and {maximum} attendees, not {count}. Choose a number in that range.</source>
        <translation>Un événement de démonstration compte entre 1 et {maximum} participants, pas {count}. Choisissez un nombre dans cet intervalle.</translation>
    </message>
</context>
<context>
    <name>DeskBadgeActions</name>
    <message>
        <source>Printing the badge on {printer}…</source>
        <translation>Impression du badge sur {printer}…</translation>
    </message>
    <message>
        <source>🖶 Badge printed on {printer} at {time}.</source>
        <translation>🖶 Badge imprimé sur {printer} à {time}.</translation>
    </message>
    <message>
        <source>Badge not printed: {reason}</source>
        <translation>Badge non imprimé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <source>&amp;Print badge of the selected attendee</source>
        <translation>&amp;Imprimer le badge du participant sélectionné</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>Imprimer des &amp;badges…</translation>
    </message>
    <message>
        <source>Badge &amp;designer…</source>
        <translation>É&amp;diteur de badges…</translation>
    </message>
    <message>
        <source>Badge printer at this &amp;desk…</source>
        <translation>Imprimante de badges de ce &amp;poste…</translation>
    </message>
</context>
<context>
    <name>DeskCodeFinder</name>
    <message>
        <source>This badge was replaced by a newer one: it no longer opens the doors. Check the person, then print a new badge (Ctrl+P).</source>
        <translation>Ce badge a été remplacé par un plus récent&#xa0;: il n’ouvre plus les portes. Vérifiez l’identité de la personne, puis imprimez un nouveau badge (Ctrl+P).</translation>
    </message>
    <message>
        <source>Badge scanned: {name}. Ctrl+Return checks them in.</source>
        <translation>Badge scanné&#xa0;: {name}. Ctrl+Entrée valide son arrivée.</translation>
    </message>
    <message>
        <source>“{code}” is not a valid badge of this event (altered, damaged or mistyped). Search by name instead.</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un badge valable de cet événement (modifié, abîmé ou mal saisi). Cherchez plutôt par le nom.</translation>
    </message>
    <message>
        <source>No one at this event has the code “{code}”. Search by name before registering a walk-in: the person may be on the list.</source>
        <translation>Personne à cet événement n’a le code «&#xa0;{code}&#xa0;». Cherchez par le nom avant d’inscrire quelqu’un sur place&#xa0;: la personne est peut-être sur la liste.</translation>
    </message>
</context>
<context>
    <name>DeskDashboardActions</name>
    <message>
        <source>Attendance &amp;dashboard</source>
        <translation>&amp;Tableau de bord des présences</translation>
    </message>
</context>
<context>
    <name>DeskEventFileActions</name>
    <message>
        <source>Save a copy of the event</source>
        <translation>Enregistrer une copie de l&apos;événement</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d&apos;événement (*.checkin)</translation>
    </message>
    <message>
        <source>Saved a copy of the event to {path}.</source>
        <translation>Copie de l&apos;événement enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored as a new event file:
{path}

Open it now? The current event stays as it is.</source>
        <translation>La sauvegarde a été restaurée dans un nouveau fichier d&apos;événement :
{path}

L&apos;ouvrir maintenant ? L&apos;événement actuel reste tel quel.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
</context>
<context>
    <name>DeskLive</name>
    <message>
        <source>The event file cannot be read — check the disk or network share that holds it. Nothing can be saved until it answers again.</source>
        <translation>Le fichier de l’événement est illisible — vérifiez le disque ou le partage réseau qui le contient. Rien ne peut être enregistré tant qu’il ne répond pas.</translation>
    </message>
    <message>
        <source>Offline — check-ins and walk-ins are kept on this laptop and sent when the network is back ({count} waiting). Editing waits until then.</source>
        <translation>Hors ligne — les arrivées et les inscriptions sur place sont gardées sur cet ordinateur et envoyées au retour du réseau ({count} en attente). Les modifications attendront jusque-là.</translation>
    </message>
    <message>
        <source>The event database does not answer, so this change cannot be saved now; nothing was changed. Check the network (cable or Wi-Fi), then try again once the orange banner is gone.</source>
        <translation>La base de données de l’événement ne répond pas&#xa0;: cette modification ne peut pas être enregistrée pour l’instant, et rien n’a été modifié. Vérifiez le réseau (câble ou Wi-Fi), puis réessayez une fois le bandeau orange disparu.</translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <source>&amp;Shared database…</source>
        <translation>Base de données &amp;partagée…</translation>
    </message>
    <message>
        <source>&amp;Import registration list…</source>
        <translation>&amp;Importer la liste des inscrits…</translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation>&amp;Fermer l’événement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>&amp;Inscrire sur place…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;About Check-in Desk</source>
        <translation>À &amp;propos de Check-in Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Événements &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Missing from the latest import</source>
        <translation>Absent de la dernière importation</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>No attendees yet. Import the registration list (File › Import registration list…).</source>
        <translation>Aucun participant pour l’instant. Importez la liste des inscrits (Fichier › Importer la liste des inscrits…).</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Check the spelling, or add a walk-in (Ctrl+N).</source>
        <translation>Personne ne correspond à «&#xa0;{text}&#xa0;». Vérifiez l’orthographe, ou inscrivez la personne sur place (Ctrl+N).</translation>
    </message>
    <message>
        <source>1 attendee</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{total} attendees</source>
        <translation>{total} participants</translation>
    </message>
    <message>
        <source>{shown} of {total} attendees</source>
        <translation>{shown} participants sur {total}</translation>
    </message>
    <message>
        <source>Search name, organisation, city, email or code…</source>
        <translation>Rechercher par nom, organisation, ville, e-mail ou code…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show one category</source>
        <translation>Afficher une seule catégorie</translation>
    </message>
    <message>
        <source>Show the people registered for one session</source>
        <translation>Afficher les inscrits d’une session</translation>
    </message>
    <message>
        <source>Show one registration status</source>
        <translation>Afficher un seul statut d’inscription</translation>
    </message>
</context>
<context>
    <name>DeskPrintSetupDialog</name>
    <message>
        <source>Choose a layout and a printer.</source>
        <translation>Choisissez un modèle et une imprimante.</translation>
    </message>
    <message>
        <source>Badge printing at this desk</source>
        <translation>Impression des badges à ce poste</translation>
    </message>
    <message>
        <source>Badge &amp;layout:</source>
        <translation>&amp;Modèle de badge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeskPrintWorker</name>
    <message>
        <source>No badge printer is chosen at this desk yet. Choose it once: Print badge (Ctrl+P) then prints there without asking. Badges › Badge printer at this desk changes it.</source>
        <translation>Aucune imprimante à badges n’est encore choisie pour cet accueil. Choisissez-la une fois&#xa0;: Imprimer le badge (Ctrl+P) y imprimera ensuite sans rien demander. Badges › Imprimante à badges de cet accueil permet d’en changer.</translation>
    </message>
    <message>
        <source>The badge of {name} was not printed.</source>
        <translation>Le badge de {name} n’a pas été imprimé.</translation>
    </message>
    <message>
        <source>The badge was not printed.</source>
        <translation>Le badge n’a pas été imprimé.</translation>
    </message>
    <message>
        <source>Badge not printed</source>
        <translation>Badge non imprimé</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>Imprimante…</translation>
    </message>
</context>
<context>
    <name>DeskReportActions</name>
    <message>
        <source>&amp;Export attendance and reports…</source>
        <translation>&amp;Exporter les présences et rapports…</translation>
    </message>
</context>
<context>
    <name>DeskStationActions</name>
    <message>
        <source>{verdict} — {name}: {reason}</source>
        <translation>{verdict} — {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{verdict} (decided offline, sent when the network is back)</source>
        <translation>{verdict} (décision prise hors ligne, transmise au retour du réseau)</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>cet accueil</translation>
    </message>
    <message>
        <source>✓ Checked in at {time} at {station}.</source>
        <translation>✓ Arrivée validée à {time} ({station}).</translation>
    </message>
    <message>
        <source>{verdict} ({time}, {station}): {reason}</source>
        <translation>{verdict} ({time}, {station})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>↶ Scan undone at {time} at {station}: this person is no longer counted as arrived there.</source>
        <translation>↶ Scan annulé à {time} ({station})&#xa0;: cette personne n’y est plus comptée comme arrivée.</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>le poste</translation>
    </message>
    <message>
        <source>&amp;Doors</source>
        <translation>A&amp;ccès</translation>
    </message>
    <message>
        <source>Open a check-in &amp;station…</source>
        <translation>Ouvrir un &amp;poste de contrôle…</translation>
    </message>
    <message>
        <source>&amp;Check the selected attendee in</source>
        <translation>&amp;Valider l’arrivée du participant sélectionné</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>Check-in events (*.checkin);;All files (*)</source>
        <translation>Fichiers d’événement (*.checkin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening {location}…</source>
        <translation>Ouverture de {location}…</translation>
    </message>
    <message>
        <source>Save the demo event as</source>
        <translation>Enregistrer l’événement de démonstration sous</translation>
    </message>
    <message>
        <source>Check-in events (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>Creating the demo event…</source>
        <translation>Création de l’événement de démonstration…</translation>
    </message>
    <message>
        <source>Close the event?</source>
        <translation>Fermer l’événement&#x202f;?</translation>
    </message>
    <message>
        <source>These windows work on this event and will close with it:
{windows}</source>
        <translation>Ces fenêtres travaillent sur cet événement et se fermeront avec lui&#xa0;:
{windows}</translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation>Fermer l’événement</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Le garder ouvert</translation>
    </message>
    <message>
        <source>A code was scanned, but no event is open. Open the event, then scan again.</source>
        <translation>Un code a été scanné, mais aucun événement n’est ouvert. Ouvrez l’événement, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>Aucun événement ouvert</translation>
    </message>
    <message>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <source>{event} — Check-in Desk</source>
        <translation>{event} — Check-in Desk</translation>
    </message>
    <message>
        <source>The history cannot be read while the event database does not answer.</source>
        <translation>L’historique ne peut pas être lu tant que la base de données de l’événement ne répond pas.</translation>
    </message>
    <message>
        <source>Walk-in added at {time}: {name}.</source>
        <translation>Inscription sur place à {time}&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Walk-in added: {name}.</source>
        <translation>Inscription sur place ajoutée&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Choose the registration list</source>
        <translation>Choisir la liste des inscrits</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes des inscrits (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Check-in Desk</source>
        <translation>À propos de Check-in Desk</translation>
    </message>
    <message>
        <source>Check-in Desk {version}
Conference check-in: registration list, badges, door scanning.

Log file: {log}</source>
        <translation>Check-in Desk {version}
Accueil des participants aux conférences&#xa0;: liste des inscrits, badges, contrôle à l’entrée.

Fichier journal&#xa0;: {log}</translation>
    </message>
</context>
<context>
    <name>DoorRulesDialog</name>
    <message>
        <source>Door rules</source>
        <translation>Règles d’accès</translation>
    </message>
    <message>
        <source>Reading the door&apos;s rules…</source>
        <translation>Lecture des règles d’accès…</translation>
    </message>
    <message>
        <source>Entrance of the event</source>
        <translation>Entrée de l’événement</translation>
    </message>
    <message>
        <source>Let them in again</source>
        <translation>Laisser entrer de nouveau</translation>
    </message>
    <message>
        <source>Let them in again, with a warning</source>
        <translation>Laisser entrer de nouveau, avec un avertissement</translation>
    </message>
    <message>
        <source>Refuse: one entry per person</source>
        <translation>Refuser&#xa0;: une entrée par personne</translation>
    </message>
    <message>
        <source>A &amp;second entry:</source>
        <translation>&amp;Seconde entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Doors open &amp;early / close late by:</source>
        <translation>Ouvrir &amp;plus tôt / fermer plus tard de&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>People not registered for it may take &amp;free places (walk-ins)</source>
        <translation>Les personnes non inscrites peuvent prendre les places &amp;libres (inscriptions sur place)</translation>
    </message>
    <message>
        <source>&amp;Warn when someone has not checked in at the entrance yet</source>
        <translation>&amp;Avertir si l’arrivée de la personne n’est pas encore enregistrée à l’entrée</translation>
    </message>
    <message>
        <source>Only the second entry applies to the entrance; the other rules are for sessions.</source>
        <translation>Seule la règle de seconde entrée s’applique à l’entrée&#x202f;; les autres règles concernent les sessions.</translation>
    </message>
    <message>
        <source>These rules apply to every station at this door, from its next scan.</source>
        <translation>Ces règles s’appliquent à tous les postes de cet accès, dès leur prochain scan.</translation>
    </message>
</context>
<context>
    <name>ElementForm</name>
    <message>
        <source>Shows:</source>
        <translation>Affiche&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Largest size:</source>
        <translation>Taille maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest size:</source>
        <translation>Taille minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Bold:</source>
        <translation>Gras&#xa0;:</translation>
    </message>
    <message>
        <source>Capitals:</source>
        <translation>Majuscules&#xa0;:</translation>
    </message>
    <message>
        <source>Lines at most:</source>
        <translation>Lignes au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation>Alignement&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>From the left:</source>
        <translation>Depuis la gauche&#xa0;:</translation>
    </message>
    <message>
        <source>From the top:</source>
        <translation>Depuis le haut&#xa0;:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Size (with margin):</source>
        <translation>Taille (avec marge)&#xa0;:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>À gauche</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centré</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>À droite</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <source>e.g. {city} · {country}</source>
        <translation>par ex. {city} · {country}</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>The event needs a name.</source>
        <translation>L’événement doit avoir un nom.</translation>
    </message>
    <message>
        <source>The event ends before it starts. Check the dates.</source>
        <translation>L’événement se termine avant de commencer. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>{path} is a station&apos;s offline copy of a shared event, not an event file: what is written in it never reaches the shared database. Open the shared database instead (File › Shared database…, or --db postgresql+psycopg://…); this computer uses its copy by itself when the network drops.</source>
        <translation>{path} est la copie hors ligne d’un événement partagé, propre à un poste, et non un fichier d’événement&#xa0;: ce qu’on y écrit n’atteint jamais la base de données partagée. Ouvrez plutôt la base partagée (Fichier › Base de données partagée…, ou --db postgresql+psycopg://…)&#xa0;; cet ordinateur se sert de sa copie tout seul quand le réseau tombe.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Choisissez où l’enregistrer.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>{done} of {total} written…</source>
        <translation>{done} sur {total} écrits…</translation>
    </message>
    <message>
        <source>{count} certificates saved in {path}</source>
        <translation>{count} attestations enregistrées dans {path}</translation>
    </message>
    <message>
        <source>{count} rows saved to {path}</source>
        <translation>{count} lignes enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation>Tout l’événement</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <source>Attendance (who came in where, and when)</source>
        <translation>Présences (qui est entré où, et quand)</translation>
    </message>
    <message>
        <source>Scan log (every scan)</source>
        <translation>Journal des scans (tous les scans)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Inscriptions sur place</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d’émargement</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Attestations de présence</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Journal des scans</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for French and Belgian spreadsheets</source>
        <translation>Point-virgule ( ; ) pour les tableurs français et belges</translation>
    </message>
    <message>
        <source>One PDF</source>
        <translation>Un seul PDF</translation>
    </message>
    <message>
        <source>One file per person, in a folder</source>
        <translation>Un fichier par personne, dans un dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>Séparateur CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Attestations&#xa0;:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Badge language</source>
        <translation>Langue du badge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Identifiant source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Registered sessions</source>
        <translation>Inscriptions aux sessions</translation>
    </message>
    <message>
        <source>Attendee ID</source>
        <translation>Identifiant du participant</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>HistoryStrip</name>
    <message>
        <source>{scan} (undone)</source>
        <translation>{scan} (annulé)</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Derniers scans&#xa0;:</translation>
    </message>
    <message>
        <source>None yet at this station.</source>
        <translation>Aucun scan à ce poste pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{name}” could not be read as CSV near row {row} ({reason}). A quotation mark is probably left open: fix that row and import again.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu comme CSV vers la ligne {row} ({reason}). Un guillemet n’est sans doute pas fermé&#xa0;: corrigez cette ligne et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>In “{name}”, a quotation mark opened on row {row} is never closed, so the rows after it run together. Fix that row and import again.</source>
        <translation>Dans «&#xa0;{name}&#xa0;», un guillemet ouvert à la ligne {row} n’est jamais fermé&#xa0;: les lignes suivantes se confondent. Corrigez cette ligne et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” has more than {columns} cells, more than any spreadsheet has columns. Check that this is the registration list.</source>
        <translation>La ligne {line} de «&#xa0;{name}&#xa0;» compte plus de {columns} cellules, plus de colonnes qu’aucun tableur n’en a. Vérifiez qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as {encoding}: it holds bytes that encoding does not have. Choose another encoding, or let it be detected.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu en {encoding}&#xa0;: il contient des octets que cet encodage ne connaît pas. Choisissez un autre encodage, ou laissez-le être détecté.</translation>
    </message>
    <message>
        <source>“{name}” is not a text file. Export the registration list as CSV or Excel (.xlsx) and import that file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier texte. Exportez la liste des inscrits au format CSV ou Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” has a line longer than {size} MB. Check that this is the registration list.</source>
        <translation>«&#xa0;{name}&#xa0;» contient une ligne de plus de {size} Mo. Vérifiez qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>Same registration ID as row {first}; the two rows were merged into one person.</source>
        <translation>Même identifiant d’inscription qu’à la ligne {first}&#x202f;; les deux lignes ont été fusionnées en une seule personne.</translation>
    </message>
    <message>
        <source>Same name and email as row {first}; the two rows were merged into one person.</source>
        <translation>Mêmes nom et e-mail qu’à la ligne {first}&#x202f;; les deux lignes ont été fusionnées en une seule personne.</translation>
    </message>
    <message>
        <source>Same name and organisation as row {first}; the two rows were merged into one person.</source>
        <translation>Mêmes nom et organisation qu’à la ligne {first}&#x202f;; les deux lignes ont été fusionnées en une seule personne.</translation>
    </message>
    <message>
        <source>Same name as row {first}, and nothing else tells them apart; imported as two people. Check whether it is one person.</source>
        <translation>Même nom qu’à la ligne {first}, et rien d’autre ne les distingue&#x202f;; les deux lignes ont été importées comme deux personnes. Vérifiez s’il s’agit de la même personne.</translation>
    </message>
    <message>
        <source>This is not a column mapping saved by Check-in Desk ({reason}). Save the mapping again from the import window or with --save-mapping.</source>
        <translation>Ce n’est pas une correspondance de colonnes enregistrée par Check-in Desk ({reason}). Enregistrez de nouveau la correspondance depuis la fenêtre d’importation ou avec --save-mapping.</translation>
    </message>
    <message>
        <source>The saved column mapping does not fit this file: none of its column headers are in it. Check that you chose the right mapping, or let the import detect the columns.</source>
        <translation>La correspondance de colonnes enregistrée ne convient pas à ce fichier&#xa0;: aucun de ses en-têtes de colonne n’y figure. Vérifiez que vous avez choisi la bonne correspondance, ou laissez l’importation détecter les colonnes.</translation>
    </message>
    <message>
        <source>There is no column mapping file at {path}.</source>
        <translation>Il n’y a aucun fichier de correspondance de colonnes à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The column mapping {path} could not be read ({reason}).</source>
        <translation>La correspondance de colonnes {path} n’a pas pu être lue ({reason}).</translation>
    </message>
    <message>
        <source>The column mapping {path} is not valid JSON (line {line}: {reason}).</source>
        <translation>La correspondance de colonnes {path} n’est pas un JSON valide (ligne {line}&#xa0;: {reason}).</translation>
    </message>
    <message>
        <source>Ticket code {code} already belongs to {name}, who is not on this row; it was left with them.</source>
        <translation>Le code de billet {code} appartient déjà à {name}, qui ne figure pas sur cette ligne&#x202f;; il lui a été laissé.</translation>
    </message>
    <message>
        <source>None of the {count} people imported earlier from this kind of list ({source}) are in this file, so it looks like a different list: they were not marked as no longer on the list.</source>
        <translation>Aucune des {count} personnes importées auparavant depuis ce type de liste ({source}) ne figure dans ce fichier&#x202f;; il semble donc s’agir d’une autre liste&#xa0;: elles n’ont pas été marquées comme ne figurant plus sur la liste.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a compressed (gzip) archive</source>
        <translation>une archive compressée (gzip)</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>a Word (RTF) document</source>
        <translation>un document Word (RTF)</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>un fichier de base de données</translation>
    </message>
    <message>
        <source>{variable} is “{value}”: it must be a number of megabytes, such as 200.</source>
        <translation>{variable} vaut «&#xa0;{value}&#xa0;»&#xa0;: ce doit être un nombre de mégaoctets, par exemple 200.</translation>
    </message>
    <message>
        <source>The import size limit must be more than 0 MB (it is {value}).</source>
        <translation>La taille maximale d’import doit être supérieure à 0 Mo (elle est de {value}).</translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB, the most an import reads. Check that this is the registration list; to import a larger one, raise the limit (--max-size, or the {variable} environment variable).</source>
        <translation>«&#xa0;{name}&#xa0;» dépasse {limit} Mo, le maximum qu’un import lit. Vérifiez qu’il s’agit bien de la liste des inscrits&#xa0;; pour importer un fichier plus gros, relevez la limite (--max-size, ou la variable d’environnement {variable}).</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the name and the folder.</source>
        <translation>Il n’y a aucun fichier à l’emplacement {path}. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose the registration list file inside it.</source>
        <translation>{path} est un dossier. Choisissez le fichier de la liste des inscrits qu’il contient.</translation>
    </message>
    <message>
        <source>“{name}” is not a file but a device or a pipe, which could be read without end. Save the registration list as a file and import that.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier mais un périphérique ou un tube, qui pourrait être lu sans fin. Enregistrez la liste des inscrits dans un fichier et importez celui-ci.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened ({reason}). Check that you may read it and that no other program locks it.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être ouvert ({reason}). Vérifiez que vous avez le droit de le lire et qu’aucun autre programme ne le verrouille.</translation>
    </message>
    <message>
        <source>“{name}” is empty. Export the registration list again and import the new file.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide. Exportez de nouveau la liste des inscrits et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>“{name}” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as Excel (.xlsx) or CSV, then import that file.</source>
        <translation>«&#xa0;{name}&#xa0;» est un classeur OpenDocument (.ods). Ouvrez-le dans LibreOffice et enregistrez-le au format Excel (.xlsx) ou CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” looks like an Excel workbook but is damaged or incomplete. Download or export it again.</source>
        <translation>«&#xa0;{name}&#xa0;» ressemble à un classeur Excel, mais il est endommagé ou incomplet. Téléchargez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP archive, not a registration list. Unpack it and import the CSV or Excel file inside.</source>
        <translation>«&#xa0;{name}&#xa0;» est une archive ZIP, pas une liste des inscrits. Décompressez-la et importez le fichier CSV ou Excel qu’elle contient.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import it again.</source>
        <translation>«&#xa0;{name}&#xa0;» est protégé par un mot de passe. Ouvrez-le dans Excel, supprimez le mot de passe (Fichier › Informations › Protéger le classeur), enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is in the old Excel 97–2003 format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that file.</source>
        <translation>«&#xa0;{name}&#xa0;» est dans l’ancien format Excel 97–2003 (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is {what}, not a registration list. Export the list as CSV or Excel (.xlsx) and import that file.</source>
        <translation>«&#xa0;{name}&#xa0;» est {what}, pas une liste des inscrits. Exportez la liste au format CSV ou Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>Email: the buyer&apos;s address; pretix has no email of this attendee&apos;s own.</source>
        <translation>Courriel : l’adresse de l’acheteur ; pretix n’a pas de courriel propre à ce participant.</translation>
    </message>
    <message>
        <source>The {field} is {length} characters long; it was imported cut to {limit} characters. Check it.</source>
        <translation>Le champ « {field} » compte {length} caractères ; il a été importé raccourci à {limit} caractères. Vérifiez-le.</translation>
    </message>
    <message>
        <source>This row has no name; it was not imported.</source>
        <translation>Cette ligne ne contient aucun nom&#x202f;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address; it was imported as it is. Check it.</source>
        <translation>«&#xa0;{value}&#xa0;» ne ressemble pas à une adresse e-mail&#x202f;; la valeur a été importée telle quelle. Vérifiez-la.</translation>
    </message>
    <message>
        <source>“{value}” is not a country we know; the person was imported without a country.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un pays connu&#x202f;; la personne a été importée sans pays.</translation>
    </message>
    <message>
        <source>“{value}” is not a language we know; the badge language was left empty.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une langue connue&#x202f;; la langue du badge est restée vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a registration state we know; the status was left as it was.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un état d’inscription connu&#x202f;; le statut n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Ticket code {code} is already on row {first}; it was not given to this person too.</source>
        <translation>Le code de billet {code} figure déjà à la ligne {first}&#x202f;; il n’a pas été attribué en plus à cette personne.</translation>
    </message>
    <message>
        <source>“{value}” in column “{column}” is neither a mark nor blank; the person was not registered for “{session}”.</source>
        <translation>«&#xa0;{value}&#xa0;» dans la colonne «&#xa0;{column}&#xa0;» n’est ni une marque ni une case vide&#x202f;; la personne n’a pas été inscrite à «&#xa0;{session}&#xa0;».</translation>
    </message>
    <message>
        <source>No column holds the names. Choose which column is the given name, the family name or the full name.</source>
        <translation>Aucune colonne ne contient les noms. Indiquez quelle colonne contient le prénom, le nom ou le nom complet.</translation>
    </message>
    <message>
        <source>This row is an add-on to position {position} of order {order}, which is not in the file; it was not imported.</source>
        <translation>Cette ligne est un complément de la position {position} de la commande {order}, qui n’est pas dans le fichier ; elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>“{name}” has no rows with any text in them. Check that this is the registration list.</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient aucune ligne avec du texte. Vérifiez qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>This row has more cells than the header; the extra ones ({cells}) were not imported. Check it for a misplaced separator.</source>
        <translation>Cette ligne a plus de cellules que l’en-tête&#x202f;; les cellules en trop ({cells}) n’ont pas été importées. Vérifiez qu’un séparateur n’y est pas mal placé.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its contents cannot be read as an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx or CSV, or export it again.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé&#xa0;: son contenu ne peut pas être lu comme un classeur Excel. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx ou en CSV, ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{name}” would unpack to more than {size} MB, far more than a registration list holds: it was not read. Open it in Excel or LibreOffice and save it again, or export the list as CSV.</source>
        <translation>«&#xa0;{name}&#xa0;» occuperait plus de {size} Mo une fois décompressé, bien plus que ne contient une liste d’inscrits&#xa0;: il n’a pas été lu. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou exportez la liste en CSV.</translation>
    </message>
    <message>
        <source>“{name}” holds more rows or cells than Excel allows in a sheet. Check that this is the registration list.</source>
        <translation>«&#xa0;{name}&#xa0;» contient plus de lignes ou de cellules qu’Excel n’en permet dans une feuille. Vérifiez qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas de feuille nommée «&#xa0;{sheet}&#xa0;». Ses feuilles sont&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>Every sheet of “{name}” is empty. Check that this is the registration list.</source>
        <translation>Toutes les feuilles de «&#xa0;{name}&#xa0;» sont vides. Vérifiez qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>No one could be imported from “{name}”: no row has a name. Check the column meanings, or that this is the registration list.</source>
        <translation>Personne n’a pu être importé depuis «&#xa0;{name}&#xa0;»&#xa0;: aucune ligne ne contient de nom. Vérifiez le contenu attribué aux colonnes, ou qu’il s’agit bien de la liste des inscrits.</translation>
    </message>
    <message>
        <source>“{name}” is the Orders sheet of pretix&apos;s Order data export: one row per order, without the attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) or the Order data export&apos;s “Order positions” sheet instead.</source>
        <translation>« {name} » est la feuille Commandes de l’export « Données de commande » de pretix : une ligne par commande, sans les participants. Importez plutôt la liste d’enregistrement (Exporter › Liste d’enregistrement, avec « Inclure le secret du code QR ») ou la feuille « Positions de commande » de l’export des données de commande.</translation>
    </message>
    <message>
        <source>“{name}” is the Order fees sheet of pretix&apos;s Order data export: fees, not attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) or the Order data export&apos;s “Order positions” sheet instead.</source>
        <translation>« {name} » est la feuille Frais de commande de l’export « Données de commande » de pretix : des frais, pas des participants. Importez plutôt la liste d’enregistrement (Exporter › Liste d’enregistrement, avec « Inclure le secret du code QR ») ou la feuille « Positions de commande » de l’export des données de commande.</translation>
    </message>
    <message>
        <source>“{name}” is pretix&apos;s list of valid check-in codes: codes without names. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) instead.</source>
        <translation>« {name} » est la liste des codes d’enregistrement valides de pretix : des codes sans noms. Importez plutôt la liste d’enregistrement (Exporter › Liste d’enregistrement, avec « Inclure le secret du code QR »).</translation>
    </message>
    <message>
        <source>“{name}” is pretix&apos;s check-in log: scans made in pretix, not attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) instead.</source>
        <translation>« {name} » est le journal des enregistrements de pretix : des passages scannés dans pretix, pas des participants. Importez plutôt la liste d’enregistrement (Exporter › Liste d’enregistrement, avec « Inclure le secret du code QR »).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Mac Roman (Western European)</source>
        <translation>Mac Roman (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Western European)</source>
        <translation>ISO-8859-1 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (cyrillique)</translation>
    </message>
    <message>
        <source>ISO-8859-5 (Cyrillic)</source>
        <translation>ISO-8859-5 (cyrillique)</translation>
    </message>
    <message>
        <source>Mac Cyrillic</source>
        <translation>Mac cyrillique</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (grec)</translation>
    </message>
    <message>
        <source>ISO-8859-7 (Greek)</source>
        <translation>ISO-8859-7 (grec)</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding this program knows. Use for example utf-8, cp1252, cp1251, koi8-r or cp1253.</source>
        <translation>«&#xa0;{encoding}&#xa0;» n’est pas un encodage de texte connu de ce programme. Utilisez par exemple utf-8, cp1252, cp1251, koi8-r ou cp1253.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the registration list</source>
        <translation>Choisir la liste des inscrits</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes des inscrits (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Classeur Excel, feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by {delimiter}</source>
        <translation>CSV, {encoding}, séparé par des {delimiter}</translation>
    </message>
    <message>
        <source>{form} · {rows} rows · {recognised} of {columns} columns recognised</source>
        <translation>{form} · {rows} lignes · {recognised} colonnes reconnues sur {columns}</translation>
    </message>
    <message>
        <source>Recognised as a pretix check-in list.</source>
        <translation>Reconnu comme une liste d’enregistrement pretix.</translation>
    </message>
    <message>
        <source>Recognised as pretix&apos;s Order data export (order positions): add-ons go to their ticket&apos;s holder.</source>
        <translation>Reconnu comme l’export « Données de commande » de pretix (positions de commande) : les produits complémentaires vont au titulaire de leur billet.</translation>
    </message>
    <message>
        <source>Recognised as an Indico registrant export.</source>
        <translation>Reconnu comme un export des inscrits Indico.</translation>
    </message>
    <message>
        <source>A spreadsheet: the column meanings below were guessed from the headers. Check them.</source>
        <translation>Tableur&#xa0;: le contenu des colonnes ci-dessous a été deviné d’après les en-têtes. Vérifiez-le.</translation>
    </message>
    <message>
        <source>No column holds names. Choose the column with the given name, the family name or the full name.</source>
        <translation>Aucune colonne ne contient de noms. Choisissez la colonne du prénom, du nom ou du nom complet.</translation>
    </message>
    <message>
        <source>Save the column meanings</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Use saved column meanings</source>
        <translation>Utiliser une correspondance de colonnes enregistrée</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Stopping… nothing will be written.</source>
        <translation>Arrêt en cours… rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Import a registration list</source>
        <translation>Importer une liste des inscrits</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>The text encoding could not be told for certain. Check that the names below read correctly; if not, choose the encoding that shows them right.</source>
        <translation>L’encodage du texte n’a pas pu être déterminé avec certitude. Vérifiez que les noms ci-dessous s’affichent correctement&#xa0;; sinon, choisissez l’encodage qui les affiche bien.</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Use saved meanings…</source>
        <translation>&amp;Utiliser une correspondance…</translation>
    </message>
    <message>
        <source>Sa&amp;ve meanings…</source>
        <translation>En&amp;registrer la correspondance…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>First name(s), as the person spells them</source>
        <translation>Prénom(s), tels que la personne les écrit</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Surname, as the person spells it</source>
        <translation>Nom de famille, tel que la personne l’écrit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Both names in one column; split into given and family name</source>
        <translation>Prénom et nom dans une même colonne&#x202f;; séparés en prénom et nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City, authority, company or institution</source>
        <translation>Ville, collectivité, entreprise ou institution</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Job title or function</source>
        <translation>Intitulé du poste ou fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City or municipality</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country name in any language, or its two-letter code</source>
        <translation>Nom du pays dans n’importe quelle langue, ou son code à deux lettres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Participant type, such as Speaker or Member city</source>
        <translation>Type de participant, par ex. Intervenant ou Ville membre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Badge language</source>
        <translation>Langue du badge</translation>
    </message>
    <message>
        <source>Language name or code (en, fr…)</source>
        <translation>Nom ou code de la langue (en, fr…)</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Statut d’inscription</translation>
    </message>
    <message>
        <source>Complete, pending, cancelled, withdrawn…</source>
        <translation>Complet, en attente, annulé, désisté…</translation>
    </message>
    <message>
        <source>Paid (yes/no)</source>
        <translation>Payé (oui/non)</translation>
    </message>
    <message>
        <source>Unpaid registrations are imported as pending</source>
        <translation>Les inscriptions non payées sont importées «&#xa0;en attente&#xa0;»</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Identifiant d’inscription</translation>
    </message>
    <message>
        <source>The registration system&apos;s id for the person</source>
        <translation>L’identifiant de la personne dans le système d’inscription</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Code de commande</translation>
    </message>
    <message>
        <source>Rows with the same order code and name are one person</source>
        <translation>Les lignes ayant le même code de commande et le même nom sont une seule personne</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code de billet</translation>
    </message>
    <message>
        <source>Ticket secret or barcode the desk can scan</source>
        <translation>Secret du billet ou code-barres que l’accueil peut scanner</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Ticket type: gives the category, or a session for workshop and visit add-ons</source>
        <translation>Type de billet&#xa0;: donne la catégorie, ou une session pour les options atelier et visite</translation>
    </message>
    <message>
        <source>Product variation</source>
        <translation>Variante du produit</translation>
    </message>
    <message>
        <source>pretix&apos;s variation of the product: a ticket&apos;s category, or part of a workshop&apos;s title</source>
        <translation>La variante du produit dans pretix : la catégorie d’un billet, ou une partie du titre d’un atelier</translation>
    </message>
    <message>
        <source>Position ID</source>
        <translation>N° de position</translation>
    </message>
    <message>
        <source>The ticket&apos;s number within its order, which add-ons refer to</source>
        <translation>Le numéro du billet dans sa commande, auquel renvoient les produits complémentaires</translation>
    </message>
    <message>
        <source>Add-on to position</source>
        <translation>Complément de la position</translation>
    </message>
    <message>
        <source>The ticket an add-on belongs to: its workshop or visit goes to that ticket&apos;s holder</source>
        <translation>Le billet auquel se rattache un produit complémentaire : son atelier ou sa visite va au titulaire de ce billet</translation>
    </message>
    <message>
        <source>Buyer&apos;s email</source>
        <translation>Courriel de l’acheteur</translation>
    </message>
    <message>
        <source>The order&apos;s email: used, and noted as the buyer&apos;s, only for people without their own</source>
        <translation>Le courriel de la commande : repris, avec la mention qu’il est celui de l’acheteur, seulement pour les personnes qui n’en ont pas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comments and special needs, shown at the desk</source>
        <translation>Commentaires et besoins particuliers, affichés à l’accueil</translation>
    </message>
    <message>
        <source>Session (marked with X)</source>
        <translation>Session (cochée d’un X)</translation>
    </message>
    <message>
        <source>One session; a mark such as X, yes or 1 registers the person</source>
        <translation>Une session&#x202f;; une marque comme X, oui ou 1 y inscrit la personne</translation>
    </message>
    <message>
        <source>Sessions (listed by name)</source>
        <translation>Sessions (par leur nom)</translation>
    </message>
    <message>
        <source>Session names, separated by ; or , or line breaks</source>
        <translation>Noms des sessions, séparés par «&#xa0;;&#xa0;», «&#xa0;,&#xa0;» ou des retours à la ligne</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>The column is left out</source>
        <translation>La colonne est ignorée</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Not recognised from the header: choose what this column holds, or leave it out.</source>
        <translation>Non reconnue d’après l’en-tête&#xa0;: choisissez ce que contient cette colonne, ou ignorez-la.</translation>
    </message>
</context>
<context>
    <name>ImportResultPanel</name>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L’importation a été annulée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is imported: {rows} rows read.</source>
        <translation>{file} est importé&#xa0;: {rows} lignes lues.</translation>
    </message>
    <message>
        <source>People added:</source>
        <translation>Personnes ajoutées&#xa0;:</translation>
    </message>
    <message>
        <source>People updated:</source>
        <translation>Personnes mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangées&#xa0;:</translation>
    </message>
    <message>
        <source>No longer on the list:</source>
        <translation>Ne figurent plus sur la liste&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions created:</source>
        <translation>Sessions créées&#xa0;:</translation>
    </message>
    <message>
        <source>Session registrations:</source>
        <translation>Inscriptions aux sessions&#xa0;:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Lignes ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Encodage du texte&#xa0;:</translation>
    </message>
    <message>
        <source>They stay in the event, marked “missing from the latest import”; nothing recorded for them is lost: {names}</source>
        <translation>Elles restent dans l’événement, marquées «&#xa0;absent de la dernière importation&#xa0;»&#x202f;; rien de ce qui a été enregistré pour elles n’est perdu&#xa0;: {names}</translation>
    </message>
    <message>
        <source>and {count} more.</source>
        <translation>et {count} autres.</translation>
    </message>
    <message>
        <source>Rows to check ({count}):</source>
        <translation>Lignes à vérifier ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>“{value}”</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>{field}: {change}</source>
        <translation>{field}&#xa0;: {change}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Edited: {changes}</source>
        <translation>Modifié&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>Registered at the desk as a walk-in</source>
        <translation>Inscrit sur place à l’accueil</translation>
    </message>
    <message>
        <source>Badge reprinted</source>
        <translation>Badge réimprimé</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Badge printing failed</source>
        <translation>Échec de l’impression du badge</translation>
    </message>
    <message>
        <source>New badge code issued; the old badge no longer scans</source>
        <translation>Badge réémis avec un nouveau code&#x202f;; l’ancien badge n’est plus accepté au scan</translation>
    </message>
    <message>
        <source>the entrance</source>
        <translation>entrée de l’événement</translation>
    </message>
    <message>
        <source>Scan at {place} undone</source>
        <translation>Scan annulé&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Scanned out at {place}</source>
        <translation>Scan de sortie&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Scanned in at {place}</source>
        <translation>Scan d’entrée&#xa0;: {place}</translation>
    </message>
    <message>
        <source>{verdict}: {reason}</source>
        <translation>{verdict}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Badge language</source>
        <translation>Langue du badge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>LayoutEditorPanel</name>
    <message>
        <source>Other categories:</source>
        <translation>Autres catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Category colours</source>
        <translation>Couleurs des catégories</translation>
    </message>
    <message>
        <source>Selected element</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <source>Bands and texts set to “category colour” take the attendee&apos;s category colour.</source>
        <translation>Les bandes et les textes réglés sur «&#xa0;Couleur de la catégorie&#xa0;» prennent la couleur de la catégorie du participant.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>The badge layout {source} is not valid: {problem} Fix the file or pick another layout.</source>
        <translation>Le modèle de badge {source} n’est pas valide&#xa0;: {problem} Corrigez le fichier ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a colour; write it as #rrggbb.</source>
        <translation>{where}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une couleur&#x202f;; écrivez-la sous la forme #rrggbb.</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} n’est pas un objet.</translation>
    </message>
    <message>
        <source>{where} has type “{kind}”; use one of {known}.</source>
        <translation>{where} est de type «&#xa0;{kind}&#xa0;»&#x202f;; types possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{where} has unknown settings: {names}.</source>
        <translation>{where} a des réglages inconnus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{where} lacks {names}.</source>
        <translation>Il manque {names} à {where}.</translation>
    </message>
    <message>
        <source>{where}: {name} must be a number.</source>
        <translation>{where}&#xa0;: {name} doit être un nombre.</translation>
    </message>
    <message>
        <source>{where} has no area.</source>
        <translation>{where} n’a pas de surface.</translation>
    </message>
    <message>
        <source>{where} reaches outside the {width} × {height} mm badge.</source>
        <translation>{where} dépasse du badge de {width} × {height} mm.</translation>
    </message>
    <message>
        <source>{where} shows “{field}”; use one of {known}.</source>
        <translation>{where} affiche «&#xa0;{field}&#xa0;»&#x202f;; champs possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{where} uses unknown placeholders: {names}.</source>
        <translation>{where} utilise des variables inconnues&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{where} uses the font “{font}”; bundled fonts: {known}.</source>
        <translation>{where} utilise la police «&#xa0;{font}&#xa0;»&#x202f;; polices fournies&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{where}: the smallest size must be above zero and at most the largest.</source>
        <translation>{where}&#xa0;: la taille minimale doit être supérieure à zéro et ne pas dépasser la taille maximale.</translation>
    </message>
    <message>
        <source>{where}: max_lines must be a whole number from 1 to 12.</source>
        <translation>{where}&#xa0;: max_lines doit être un nombre entier de 1 à 12.</translation>
    </message>
    <message>
        <source>{where}: {name} “{value}”; use one of {known}.</source>
        <translation>{where}&#xa0;: {name} «&#xa0;{value}&#xa0;»&#x202f;; valeurs possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{where} shows the image “{source}”; use one of {known}.</source>
        <translation>{where} affiche l’image «&#xa0;{source}&#xa0;»&#x202f;; images possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{where} overlaps the QR code and its quiet zone; move one of them.</source>
        <translation>{where} empiète sur le code QR et sa zone de silence&#x202f;; déplacez l’un des deux.</translation>
    </message>
    <message>
        <source>the name “{name}” must be lower-case letters, digits and dashes.</source>
        <translation>le nom «&#xa0;{name}&#xa0;» ne doit contenir que des minuscules, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>le fichier ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <source>it lacks “{key}”.</source>
        <translation>la clé «&#xa0;{key}&#xa0;» manque.</translation>
    </message>
    <message>
        <source>“colours” must be an object with “default” and “categories”.</source>
        <translation>«&#xa0;colours&#xa0;» doit être un objet contenant «&#xa0;default&#xa0;» et «&#xa0;categories&#xa0;».</translation>
    </message>
    <message>
        <source>“{side}” must be a list of elements.</source>
        <translation>«&#xa0;{side}&#xa0;» doit être une liste d’éléments.</translation>
    </message>
    <message>
        <source>it has a back, but the stock “{stock}” is single-sided.</source>
        <translation>il a un verso, mais le support «&#xa0;{stock}&#xa0;» est en recto seul.</translation>
    </message>
    <message>
        <source>the font “{font}” is not bundled; use one of {known}.</source>
        <translation>la police «&#xa0;{font}&#xa0;» n’est pas fournie&#x202f;; polices possibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>Could not read the badge layout {path}: {reason}.</source>
        <translation>Impossible de lire le modèle de badge {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The badge layout {path} is not valid JSON ({where}). Fix the file or pick another layout.</source>
        <translation>Le modèle de badge {path} n’est pas un JSON valide ({where}). Corrigez le fichier ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>There is no badge layout called “{name}”. Known layouts: {known}.</source>
        <translation>Il n’existe aucun modèle de badge nommé «&#xa0;{name}&#xa0;». Modèles disponibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>“{name}” is a bundled layout and cannot be changed. Save your version under another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est un modèle fourni avec l’application et ne peut pas être modifié. Enregistrez votre version sous un autre nom.</translation>
    </message>
    <message>
        <source>Could not save the badge layout to {path}: {reason}.</source>
        <translation>Impossible d’enregistrer le modèle de badge dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>A layout called “{name}” already exists. Choose another name.</source>
        <translation>Un modèle nommé «&#xa0;{name}&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{name}” is a bundled layout and cannot be deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» est un modèle fourni avec l’application et ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Machine</name>
    <message>
        <source>A station needs a name, e.g. “Main entrance, left”. Type one and try again.</source>
        <translation>Un poste doit avoir un nom, par ex. «&#xa0;Entrée principale, gauche&#xa0;». Saisissez-en un et réessayez.</translation>
    </message>
    <message>
        <source>The station name “{name}” is longer than {limit} characters. Choose a shorter one.</source>
        <translation>Le nom de poste «&#xa0;{name}&#xa0;» dépasse {limit} caractères. Choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings in {path} could not be read ({reason}). They start afresh: enter the station name and the shared database again. The station id was kept; the unreadable file was kept as {backup}.</source>
        <translation>Les paramètres de cet ordinateur ({path}) n’ont pas pu être lus ({reason}). Ils repartent de zéro&#xa0;: saisissez de nouveau le nom du poste et la base de données partagée. L’identifiant du poste a été conservé&#x202f;; le fichier illisible a été gardé sous le nom {backup}.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings in {path} could not be read ({reason}). They start afresh with a new station id: enter the station name and the shared database again.</source>
        <translation>Les paramètres de cet ordinateur ({path}) n’ont pas pu être lus ({reason}). Ils repartent de zéro avec un nouvel identifiant de poste&#xa0;: saisissez de nouveau le nom du poste et la base de données partagée.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved in {path}: {reason}. Check that the folder can be written to and the disk is not full, then try again.</source>
        <translation>Les paramètres de cet ordinateur n’ont pas pu être enregistrés dans {path}&#xa0;: {reason}. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>The password could not be stored in this computer&apos;s keychain ({reason}). It is used until the program closes; enter it again next time.</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau de cet ordinateur ({reason}). Il reste utilisé jusqu’à la fermeture du programme&#x202f;; saisissez-le de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep passwords safely, so the password is not stored: it is used until the program closes, and asked for again next time.</source>
        <translation>Cet ordinateur n’a pas de trousseau pour conserver les mots de passe en sécurité&#xa0;: le mot de passe n’est donc pas enregistré. Il sert jusqu’à la fermeture du programme et sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>ManualCheckInPanel</name>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Check the spelling, or register a walk-in (Ctrl+N).</source>
        <translation>Personne ne correspond à «&#xa0;{text}&#xa0;». Vérifiez l’orthographe, ou inscrivez la personne sur place (Ctrl+N).</translation>
    </message>
    <message>
        <source>↓ and Enter check the chosen person in.</source>
        <translation>↓ puis Entrée&#xa0;: valider l’arrivée de la personne choisie.</translation>
    </message>
    <message>
        <source>Type a name, an organisation or a city.</source>
        <translation>Saisissez un nom, une organisation ou une ville.</translation>
    </message>
    <message>
        <source>Check in by &amp;name (Ctrl+F)</source>
        <translation>Valider une arrivée par le &amp;nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, organisation, city…</source>
        <translation>Nom, organisation, ville…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Recherche par nom</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Valider l’arrivée (Entrée)</translation>
    </message>
    <message>
        <source>Check in {name} (Enter)</source>
        <translation>Valider l’arrivée de {name} (Entrée)</translation>
    </message>
    <message>
        <source>Check the chosen person in</source>
        <translation>Valider l’arrivée de la personne choisie</translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Inscription sur place… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register someone who is not on the list, check them in and print their badge</source>
        <translation>Inscrire une personne absente de la liste, valider son arrivée et imprimer son badge</translation>
    </message>
</context>
<context>
    <name>MeaningDelegate</name>
    <message>
        <source>Meaning of column {column}</source>
        <translation>Contenu de la colonne {column}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Save the event as</source>
        <translation>Enregistrer l’événement sous</translation>
    </message>
    <message>
        <source>Check-in events (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à l’événement.</translation>
    </message>
    <message>
        <source>The event ends before it starts. Check the dates.</source>
        <translation>L’événement se termine avant de commencer. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Brussels.</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un fuseau horaire. Choisissez-en un dans la liste, par ex. Europe/Brussels.</translation>
    </message>
    <message>
        <source>Choose at least one badge language.</source>
        <translation>Choisissez au moins une langue de badge.</translation>
    </message>
    <message>
        <source>Choose where to save the event file.</source>
        <translation>Choisissez où enregistrer le fichier d’événement.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event &amp;name:</source>
        <translation>&amp;Nom de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Badge languages:</source>
        <translation>Langues des badges&#xa0;:</translation>
    </message>
    <message>
        <source>Event &amp;file:</source>
        <translation>F&amp;ichier de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Security, Democracy &amp; Cities</source>
        <translation>par ex. Sécurité, démocratie et villes</translation>
    </message>
    <message>
        <source>e.g. The Square, Brussels</source>
        <translation>par ex. The Square, Bruxelles</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer l’événement</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scans</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undo</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undos</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in</source>
        <translation>
            <numerusform>%n inscription sur place</numerusform>
            <numerusform>%n inscriptions sur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-ins</source>
        <translation>
            <numerusform>%n inscription sur place</numerusform>
            <numerusform>%n inscriptions sur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge print</source>
        <translation>
            <numerusform>%n impression de badge</numerusform>
            <numerusform>%n impressions de badge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge prints</source>
        <translation>
            <numerusform>%n impression de badge</numerusform>
            <numerusform>%n impressions de badge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record</source>
        <translation>
            <numerusform>%n autre opération</numerusform>
            <numerusform>%n autres opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other records</source>
        <translation>
            <numerusform>%n autre opération</numerusform>
            <numerusform>%n autres opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Connexion rétablie</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the end of a list: 5 scans, 1 walk-in and 2 badge prints</comment>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>Back online — {sent} sent</source>
        <translation>Connexion rétablie — envoi effectué&#xa0;: {sent}</translation>
    </message>
</context>
<context>
    <name>PresenceLists</name>
    <message>
        <source>&amp;Missing, not scanned in yet: {count}</source>
        <translation>&amp;Absents, pas encore scannés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>&amp;Not back yet: {count}</source>
        <translation>&amp;Pas encore revenus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>&amp;Missing, not come in yet: {count}</source>
        <translation>&amp;Absents, pas encore entrés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>&amp;Still inside: {count}</source>
        <translation>&amp;Toujours à l’intérieur&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>PrintRunWorker</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
</context>
<context>
    <name>PrinterComboBox</name>
    <message>
        <source>{printer} (default)</source>
        <translation>{printer} (par défaut)</translation>
    </message>
    <message>
        <source>{printer} — paused</source>
        <translation>{printer} — en pause</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Which printer? Give --printer NAME; `checkin printers` lists this computer&apos;s printers.</source>
        <translation>Quelle imprimante&#x202f;? Indiquez --printer NOM&#x202f;; `checkin printers` liste les imprimantes de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sent to {printer} as job {job}; waiting for the printer…</source>
        <translation>Envoyé à {printer} (tâche {job})&#x202f;; en attente de l’imprimante…</translation>
    </message>
    <message>
        <source>Printed {badges} badge(s) on {pages} page(s) on {printer} (job {job}); {reprints} of them reprint(s).</source>
        <translation>{badges} badge(s) imprimé(s) sur {printer}, {pages} page(s) (tâche {job})&#x202f;; dont {reprints} réimpression(s).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>refuse les tâches</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>There is no printer called “{printer}”. Printers on this computer: {known}. Choose one of them.</source>
        <translation>Aucune imprimante ne s’appelle «&#xa0;{printer}&#xa0;». Imprimantes de cet ordinateur&#xa0;: {known}. Choisissez-en une.</translation>
    </message>
    <message>
        <source>There is no printer called “{printer}”, and no printer is set up on this computer. Add one in the system&apos;s printer settings, or save the badges as a PDF.</source>
        <translation>Aucune imprimante ne s’appelle «&#xa0;{printer}&#xa0;», et aucune imprimante n’est configurée sur cet ordinateur. Ajoutez-en une dans les paramètres d’impression du système, ou enregistrez les badges en PDF.</translation>
    </message>
    <message>
        <source>Printing was cancelled; the job was removed from the printer queue.</source>
        <translation>L’impression a été annulée&#x202f;; la tâche a été retirée de la file d’attente de l’imprimante.</translation>
    </message>
    <message>
        <source>{printer} made no progress with the job for {seconds} seconds{detail}. The job was removed from the queue; check the printer, then retry.</source>
        <translation>L’imprimante {printer} n’a pas avancé dans la tâche depuis {seconds} secondes{detail}. La tâche a été retirée de la file d’attente&#x202f;; vérifiez l’imprimante, puis réessayez.</translation>
    </message>
    <message>
        <source>The print system (CUPS) is not running, so nothing can be printed. Start it (on Linux: sudo systemctl start cups), or save the badges as a PDF.</source>
        <translation>Le système d’impression (CUPS) n’est pas démarré&#xa0;: rien ne peut être imprimé. Démarrez-le (sous Linux&#xa0;: sudo systemctl start cups), ou enregistrez les badges en PDF.</translation>
    </message>
    <message>
        <source>The printing tool “{tool}” is not installed. Install CUPS&apos;s command-line tools (Debian/Ubuntu: sudo apt install cups-client cups-bsd), or save the badges as a PDF.</source>
        <translation>L’outil d’impression «&#xa0;{tool}&#xa0;» n’est pas installé. Installez les outils en ligne de commande de CUPS (Debian/Ubuntu&#xa0;: sudo apt install cups-client cups-bsd), ou enregistrez les badges en PDF.</translation>
    </message>
    <message>
        <source>The print system did not answer within {seconds} seconds. Check that CUPS is running and the printer is reachable, then retry.</source>
        <translation>Le système d’impression n’a pas répondu dans les {seconds} secondes. Vérifiez que CUPS est démarré et que l’imprimante est joignable, puis réessayez.</translation>
    </message>
    <message>
        <source>The print system refused the job: {detail}. Check the printer in the system&apos;s printer settings, then retry.</source>
        <translation>Le système d’impression a refusé la tâche&#xa0;: {detail}. Vérifiez l’imprimante dans les paramètres d’impression du système, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} is out of labels or paper{detail}. Load more, then retry.</source>
        <translation>L’imprimante {printer} n’a plus d’étiquettes ou de papier{detail}. Rechargez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} has a label or paper jam{detail}. Clear it, then retry.</source>
        <translation>L’imprimante {printer} a un bourrage d’étiquettes ou de papier{detail}. Dégagez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} has a cover open{detail}. Close it, then retry.</source>
        <translation>L’imprimante {printer} a un capot ouvert{detail}. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} is out of ink, toner or ribbon{detail}. Replace it, then retry.</source>
        <translation>L’imprimante {printer} n’a plus d’encre, de toner ou de ruban{detail}. Remplacez le consommable, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} is offline or cannot be reached{detail}. Check that it is switched on and connected, then retry.</source>
        <translation>L’imprimante {printer} est hors ligne ou injoignable{detail}. Vérifiez qu’elle est allumée et connectée, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} reports a problem{detail}. Check the printer, then retry.</source>
        <translation>L’imprimante {printer} signale un problème{detail}. Vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} is set to refuse new prints{detail}. Whoever looks after the printers must allow prints again on this computer (print queue “{queue}”); then press Retry.</source>
        <translation>{printer} est réglée pour refuser les impressions{detail}. La personne qui s’occupe des imprimantes doit les autoriser à nouveau sur cet ordinateur (file d’impression «&#xa0;{queue}&#xa0;»), puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>{printer} is paused{detail}. Resume the print queue “{queue}” in this computer&apos;s printer settings, then press Retry.</source>
        <translation>{printer} est en pause{detail}. Reprenez la file d’impression «&#xa0;{queue}&#xa0;» dans les réglages d’imprimante de cet ordinateur, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>The job is on hold in the queue of {printer}{detail}. The job was removed; retry to print again.</source>
        <translation>La tâche est suspendue dans la file d’attente de {printer}{detail}. Elle a été retirée&#x202f;; réessayez pour imprimer de nouveau.</translation>
    </message>
    <message>
        <source>The print system could not process the job for {printer}{detail}. The job was removed; check the printer&apos;s driver, then retry.</source>
        <translation>Le système d’impression n’a pas pu traiter la tâche pour {printer}{detail}. Elle a été retirée&#x202f;; vérifiez le pilote de l’imprimante, puis réessayez.</translation>
    </message>
    <message>
        <source>The job for {printer} was cancelled or aborted in the print queue{detail}, so the badges may not have printed. Retry to print them.</source>
        <translation>La tâche pour {printer} a été annulée ou interrompue dans la file d’impression{detail}&#xa0;: les badges n’ont peut-être pas été imprimés. Réessayez pour les imprimer.</translation>
    </message>
    <message>
        <source>No attendee matches this selection, so there is nothing to print. Change the filters.</source>
        <translation>Aucun participant ne correspond à cette sélection&#xa0;: il n’y a rien à imprimer. Modifiez les filtres.</translation>
    </message>
    <message>
        <source>Badge: {name}</source>
        <translation>Badge&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Badges ({count})</source>
        <translation>Badges ({count})</translation>
    </message>
    <message>
        <source>The number of copies must be at least 1.</source>
        <translation>Le nombre d’exemplaires doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The badge file {path} could not be read for printing ({error}). Make the badges again, then retry.</source>
        <translation>Le fichier de badges {path} n’a pas pu être lu pour l’impression ({error}). Générez de nouveau les badges, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not start printing on {printer}. Check that it is switched on and connected, then retry.</source>
        <translation>Impossible de lancer l’impression sur {printer}. Vérifiez que l’imprimante est allumée et connectée, puis réessayez.</translation>
    </message>
    <message>
        <source>{printer} reports an error. Check the printer and its queue in the system&apos;s settings, then retry.</source>
        <translation>L’imprimante {printer} signale une erreur. Vérifiez-la ainsi que sa file d’attente dans les paramètres du système, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Wrote the sign-in sheets of {count} sessions to {path}.</source>
        <translation>Feuilles d’émargement de {count} sessions écrites dans {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} certificates of attendance to {path}.</source>
        <translation>{count} attestations de présence écrites dans {path}.</translation>
    </message>
    <message>
        <source>Wrote the summary report to {path}.</source>
        <translation>Rapport de synthèse écrit dans {path}.</translation>
    </message>
    <message>
        <source>Which format? Give --format {formats}, or an --out file ending in one of them.</source>
        <translation>Quel format&#x202f;? Indiquez --format {formats}, ou un fichier --out qui se termine par l’un d’eux.</translation>
    </message>
    <message>
        <source>{what} can only be written as {formats}, not {format}.</source>
        <translation>{what} ne peut être écrit qu’en {formats}, pas en {format}.</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}.</source>
        <translation>{rows} lignes écrites dans {path}.</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {registered} ({percent}); walk-ins: {walk_ins}; no-shows so far: {no_shows}</source>
        <translation>Arrivés&#xa0;: {arrived} sur {registered} ({percent})&#x202f;; inscriptions sur place&#xa0;: {walk_ins}&#x202f;; absents à ce stade&#xa0;: {no_shows}</translation>
    </message>
    <message>
        <source>Sessions: registered, inside now, peak / capacity, came</source>
        <translation>Sessions&#xa0;: inscrits, présents, pic / capacité, venus</translation>
    </message>
    <message>
        <source>Site visits: out now, back</source>
        <translation>Visites de terrain&#xa0;: en visite, revenus</translation>
    </message>
    <message>
        <source>Arrivals on {day}, per quarter hour</source>
        <translation>Arrivées le {day}, par quart d’heure</translation>
    </message>
    <message>
        <source>Countries: arrived / registered</source>
        <translation>Pays&#xa0;: arrivés / inscrits</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <source>Annulled at</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>Annuls the scan of</source>
        <translation>Annule le scan du</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Journal des scans</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Registered on site at</source>
        <translation>Inscrit sur place le</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Inscriptions sur place</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Nous attestons que</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>a participé à</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sessions suivies</translation>
    </message>
    <message>
        <source>Checked in on {date}.</source>
        <translation>Arrivée enregistrée le {date}.</translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation>Pour les organisateurs</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>The CSV delimiter must be “,” or “;”, not “{delimiter}”.</source>
        <translation>Le séparateur CSV doit être «&#xa0;,&#xa0;» ou «&#xa0;;&#xa0;», pas «&#xa0;{delimiter}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no column called “{name}”. The columns are: {known}.</source>
        <translation>Il n’existe aucune colonne nommée «&#xa0;{name}&#xa0;». Colonnes disponibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}. Choose another folder or file name.</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: {reason}. Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Badge language</source>
        <translation>Langue du badge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Identifiant source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>Registered sessions</source>
        <translation>Inscriptions aux sessions</translation>
    </message>
    <message>
        <source>Ticket codes</source>
        <translation>Codes de billet</translation>
    </message>
    <message>
        <source>Attendee ID</source>
        <translation>Identifiant du participant</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>désisté</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>let in with a warning</source>
        <translation>entré avec un avertissement</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>annulment</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <source>forged code</source>
        <translation>code falsifié</translation>
    </message>
    <message>
        <source>replaced badge</source>
        <translation>badge remplacé</translation>
    </message>
    <message>
        <source>registration cancelled</source>
        <translation>inscription annulée</translation>
    </message>
    <message>
        <source>not registered for the session</source>
        <translation>non inscrit à la session</translation>
    </message>
    <message>
        <source>session full</source>
        <translation>session complète</translation>
    </message>
    <message>
        <source>outside the session&apos;s hours</source>
        <translation>en dehors des horaires de la session</translation>
    </message>
    <message>
        <source>not checked in at the entrance</source>
        <translation>arrivée non enregistrée à l’entrée</translation>
    </message>
    <message>
        <source>exit without an entry</source>
        <translation>sortie sans entrée</translation>
    </message>
    <message>
        <source>several people match</source>
        <translation>plusieurs personnes correspondent</translation>
    </message>
    <message>
        <source>undone at the station</source>
        <translation>annulé au poste</translation>
    </message>
    <message>
        <source>The event logo cannot be read as an image ({reason}). Replace the logo in the event settings.</source>
        <translation>Le logo de l’événement n’est pas une image lisible ({reason}). Remplacez-le dans les paramètres de l’événement.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Personne.</translation>
    </message>
    <message>
        <source>Part {part} of {parts}</source>
        <translation>Partie {part} sur {parts}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>{count} registered. Please sign on your line; if you are not on the list, add your name at the end.</source>
        <translation>Inscrits&#xa0;: {count}. Merci de signer sur votre ligne&#x202f;; si vous ne figurez pas sur la liste, ajoutez votre nom à la fin.</translation>
    </message>
    <message>
        <source>people registered</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <source>came ({share} of those registered)</source>
        <translation>venus ({share} des inscrits)</translation>
    </message>
    <message>
        <source>walk-ins registered on site</source>
        <translation>inscriptions sur place</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>absents</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivées par quart d’heure</translation>
    </message>
    <message>
        <source>{day}: {count} people, busiest quarter hour {busiest} ({most})</source>
        <translation>{day}&#xa0;: {count} personnes, quart d’heure le plus chargé {busiest} ({most})</translation>
    </message>
    <message>
        <source>Nobody has checked in yet.</source>
        <translation>Personne n’est encore arrivé.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Venus</translation>
    </message>
    <message>
        <source>Most inside at once</source>
        <translation>Maximum simultané</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Taux de remplissage</translation>
    </message>
    <message>
        <source>Fill rate: the most people inside at once against the capacity.</source>
        <translation>Taux de remplissage&#xa0;: le plus grand nombre de personnes présentes en même temps, rapporté à la capacité.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Went</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>Pas encore revenus</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Visites de terrain</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Par ville</translation>
    </message>
    <message>
        <source>This document is a PDF: give a file name ending in .pdf, not “{name}”.</source>
        <translation>Ce document est un PDF&#xa0;: indiquez un nom de fichier qui se termine par .pdf, pas «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The event has no sessions yet, so there is no sign-in sheet to print.</source>
        <translation>L’événement n’a encore aucune session&#xa0;: il n’y a aucune feuille d’émargement à imprimer.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Nobody has checked in yet, so there is no certificate to write.</source>
        <translation>Personne n’est encore arrivé&#xa0;: il n’y a aucune attestation à produire.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>c’est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <source>There is no session called “{title}”. The sessions are: {titles}.</source>
        <translation>Aucune session ne s’intitule «&#xa0;{title}&#xa0;». Sessions&#xa0;: {titles}.</translation>
    </message>
    <message>
        <source>Exported on {date} at {time} with Check-in Desk</source>
        <translation>Exporté le {date} à {time} avec Check-in Desk</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation>Fuseau horaire des heures</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Lecture de l’événement…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are made every few minutes while the event changes, and before each import. Restoring makes a new event file from the one you choose; the current file is left as it is.</source>
        <translation>Des sauvegardes sont faites toutes les quelques minutes quand l&apos;événement change, et avant chaque importation. La restauration crée un nouveau fichier d&apos;événement à partir de celle que vous choisissez ; le fichier actuel reste tel quel.</translation>
    </message>
    <message>
        <source>Restore as a new file…</source>
        <translation>Restaurer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before an app upgrade</source>
        <translation>avant une mise à jour de l&apos;application</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <source>No backups of this event yet.</source>
        <translation>Aucune sauvegarde de cet événement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Event files (*.checkin)</source>
        <translation>Fichiers d&apos;événement (*.checkin)</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation>Scannez un badge</translation>
    </message>
    <message>
        <source>Hold the badge or the phone&apos;s QR code to the scanner or the camera.</source>
        <translation>Présentez le badge ou le code QR du téléphone au lecteur ou à la caméra.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Note: {notes}</source>
        <translation>Remarque&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes this scan.</source>
        <translation>Ctrl+Z annule ce scan.</translation>
    </message>
    <message>
        <source>Decided offline — sent when the network is back</source>
        <translation>Décision prise hors ligne — transmise au retour du réseau</translation>
    </message>
    <message>
        <source>✕ Not recorded</source>
        <translation>✕ Non enregistré</translation>
    </message>
    <message>
        <source>Scan not saved</source>
        <translation>Scan non enregistré</translation>
    </message>
    <message>
        <source>Undo the last scan?</source>
        <translation>Annuler le dernier scan&#x202f;?</translation>
    </message>
    <message>
        <source>Press Ctrl+Z again to undo it. The scan stays in the log, marked as annulled.</source>
        <translation>Appuyez de nouveau sur Ctrl+Z pour l’annuler. Le scan reste dans le journal, marqué comme annulé.</translation>
    </message>
    <message>
        <source>Scanning the next badge keeps the last scan.</source>
        <translation>Scanner le badge suivant conserve le dernier scan.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>This station has no scan left to undo.</source>
        <translation>Ce poste n’a plus de scan à annuler.</translation>
    </message>
    <message>
        <source>↶ Scan undone</source>
        <translation>↶ Scan annulé</translation>
    </message>
    <message>
        <source>The scan is annulled: it no longer counts, and the log keeps both.</source>
        <translation>Le scan est annulé&#xa0;: il ne compte plus, et le journal conserve les deux.</translation>
    </message>
    <message>
        <source>Code read: {code}</source>
        <translation>Code lu&#xa0;: {code}</translation>
    </message>
    <message>
        <source>✓ Exit recorded</source>
        <translation>✓ Sortie enregistrée</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Accepté</translation>
    </message>
    <message>
        <source>! Check, then let out</source>
        <translation>! Vérifier, puis laisser sortir</translation>
    </message>
    <message>
        <source>! Check, then let in</source>
        <translation>! Vérifier, puis laisser entrer</translation>
    </message>
    <message>
        <source>✕ Not admitted</source>
        <translation>✕ Accès refusé</translation>
    </message>
</context>
<context>
    <name>SamplePickerPanel</name>
    <message>
        <source>Longest name</source>
        <translation>Nom le plus long</translation>
    </message>
    <message>
        <source>Longest organisation</source>
        <translation>Organisation la plus longue</translation>
    </message>
    <message>
        <source>Greek name</source>
        <translation>Nom grec</translation>
    </message>
    <message>
        <source>Cyrillic name</source>
        <translation>Nom cyrillique</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”</source>
        <translation>Personne ne correspond à «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message>
        <source>Search an attendee…</source>
        <translation>Rechercher un participant…</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>A code was scanned while this window was open. It went to the window behind (“{title}”); nothing here was changed.</source>
        <translation>Un code a été scanné pendant que cette fenêtre était ouverte. Il est passé à la fenêtre de derrière («&#xa0;{title}&#xa0;»)&#x202f;; rien n’a été modifié ici.</translation>
    </message>
    <message>
        <source>A code was scanned, but this window cannot use it. Open the event&apos;s desk or a check-in station, then scan again.</source>
        <translation>Un code a été scanné, mais cette fenêtre ne peut pas s’en servir. Ouvrez l’accueil de l’événement ou un poste de contrôle, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Scan not used</source>
        <translation>Scan non utilisé</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>“{path}” is a folder, not a picture. Give the path of a photo or screenshot file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas une image. Indiquez le chemin d’une photo ou d’une capture d’écran.</translation>
    </message>
    <message>
        <source>There is no file “{path}”. Check the name and the folder, then try again.</source>
        <translation>Il n’y a aucun fichier «&#xa0;{path}&#xa0;». Vérifiez le nom et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>You are not allowed to open “{path}”. Copy the picture somewhere you can read it, then try again.</source>
        <translation>Vous n’avez pas le droit d’ouvrir «&#xa0;{path}&#xa0;». Copiez l’image dans un dossier que vous pouvez lire, puis réessayez.</translation>
    </message>
    <message>
        <source>“{path}” is not a picture Check-in Desk can read. Save the photo or screenshot as PNG or JPEG and try again.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas une image que Check-in Desk sait lire. Enregistrez la photo ou la capture d’écran au format PNG ou JPEG, puis réessayez.</translation>
    </message>
    <message>
        <source>“{path}” is damaged or incomplete, so it cannot be read. Take the photo or screenshot again.</source>
        <translation>«&#xa0;{path}&#xa0;» est endommagé ou incomplet et ne peut pas être lu. Reprenez la photo ou la capture d’écran.</translation>
    </message>
    <message>
        <source>No QR code was found in “{path}”. Take the picture again with the whole code in view, sharp and well lit, or type the code instead.</source>
        <translation>Aucun code QR n’a été trouvé dans «&#xa0;{path}&#xa0;». Reprenez la photo avec le code entier dans le cadre, net et bien éclairé, ou saisissez plutôt le code.</translation>
    </message>
    <message>
        <source>This code is not on this event&apos;s list. Search the person by name, or send them to the registration desk.</source>
        <translation>Ce code ne figure pas dans la liste de cet événement. Recherchez la personne par son nom, ou envoyez-la à l’accueil.</translation>
    </message>
    <message>
        <source>This code was not issued for this event: it has been altered or made elsewhere. Ask for an identity document and call the organiser.</source>
        <translation>Ce code n’a pas été émis pour cet événement&#xa0;: il a été modifié ou fabriqué ailleurs. Demandez une pièce d’identité et appelez l’organisateur.</translation>
    </message>
    <message>
        <source>This badge was replaced on {date}. Ask for the new badge, or send the person to the registration desk.</source>
        <translation>Ce badge a été remplacé ({date}). Demandez le nouveau badge, ou envoyez la personne à l’accueil.</translation>
    </message>
    <message>
        <source>{name}&apos;s registration is {status}. Send them to the registration desk.</source>
        <translation>L’inscription de {name} est {status}. Envoyez la personne à l’accueil.</translation>
    </message>
    <message>
        <source>This scan matches several people ({names}). Search the person by name and check them in by hand.</source>
        <translation>Ce scan correspond à plusieurs personnes ({names}). Recherchez la personne par son nom et enregistrez son arrivée à la main.</translation>
    </message>
    <message>
        <source>{session} is full: {inside} of {capacity} places taken. Wait for someone to leave.</source>
        <translation>Complet pour {session}&#xa0;: {inside} places prises sur {capacity}. Attendez qu’une personne sorte.</translation>
    </message>
    <message>
        <source>{session} is open from {opens} to {closes}. Check the programme with the person.</source>
        <translation>Accès à {session} ouvert de {opens} à {closes}. Vérifiez le programme avec la personne.</translation>
    </message>
    <message>
        <source>Not checked in at the entrance yet. Let them in and send them to the registration desk afterwards.</source>
        <translation>Arrivée pas encore enregistrée à l’entrée. Laissez entrer la personne, puis envoyez-la à l’accueil.</translation>
    </message>
    <message>
        <source>Leaving, but their entry was never scanned here.</source>
        <translation>Sortie, mais l’entrée de cette personne n’a jamais été scannée ici.</translation>
    </message>
    <message>
        <source>{name} is no longer on the registration list: the registration was cancelled or removed there. Send them to the registration desk.</source>
        <translation>{name} ne figure plus sur la liste des inscrits : l’inscription y a été annulée ou retirée. Envoyez la personne à l’accueil.</translation>
    </message>
    <message>
        <source>Not registered for {session}; takes a free place ({free} left).</source>
        <translation>Pas d’inscription à {session}&#x202f;; occupe une place libre (places restantes&#xa0;: {free}).</translation>
    </message>
    <message>
        <source>Not registered for {session}; let in because this door takes walk-ins.</source>
        <translation>Pas d’inscription à {session}&#x202f;; entrée autorisée car cet accès accepte les inscriptions sur place.</translation>
    </message>
    <message>
        <source>{name} is not registered for {session}.</source>
        <translation>Aucune inscription de {name} à {session}.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Leaving the venue.</source>
        <translation>Sortie du site.</translation>
    </message>
    <message>
        <source>Leaving {session}.</source>
        <translation>Sortie&#xa0;: {session}.</translation>
    </message>
    <message>
        <source>Welcome! Checked in.</source>
        <translation>Bienvenue&#x202f;! Arrivée enregistrée.</translation>
    </message>
    <message>
        <source>Registered for {session}.</source>
        <translation>Inscription confirmée&#xa0;: {session}.</translation>
    </message>
    <message>
        <source>Already inside: checked in at {when} at {station}, no exit since.</source>
        <translation>Déjà à l’intérieur&#xa0;: entrée à {when} par {station}, sans sortie depuis.</translation>
    </message>
    <message>
        <source>Coming back in. First checked in at {when} at {station}.</source>
        <translation>Retour. Première entrée à {when} par {station}.</translation>
    </message>
    <message>
        <source>Already checked in at {when} at {station}; this door admits each person once.</source>
        <translation>Entrée déjà enregistrée à {when} par {station}&#x202f;; cet accès n’admet chaque personne qu’une seule fois.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <source>forged code</source>
        <translation>code falsifié</translation>
    </message>
    <message>
        <source>replaced badge</source>
        <translation>badge remplacé</translation>
    </message>
    <message>
        <source>registration cancelled</source>
        <translation>inscription annulée</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>hors des horaires</translation>
    </message>
    <message>
        <source>not checked in at the entrance</source>
        <translation>pas enregistré à l’entrée</translation>
    </message>
    <message>
        <source>exit without entry</source>
        <translation>sortie sans entrée</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambigu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>There is no session called “{title}”. `checkin sessions` lists them.</source>
        <translation>Aucune session ne s’intitule «&#xa0;{title}&#xa0;». `checkin sessions` en donne la liste.</translation>
    </message>
    <message>
        <source>The station name “{name}” is longer than {limit} characters. Choose a shorter one.</source>
        <translation>Le nom de poste «&#xa0;{name}&#xa0;» dépasse {limit} caractères. Choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>The operator name “{name}” is longer than {limit} characters. Choose a shorter one.</source>
        <translation>Le nom d’opérateur «&#xa0;{name}&#xa0;» dépasse {limit} caractères. Choisissez-en un plus court.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Peak fill</source>
        <translation>Taux au pic</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>A session needs a title.</source>
        <translation>Une session doit avoir un titre.</translation>
    </message>
    <message>
        <source>There is already a session called “{title}”.</source>
        <translation>Il existe déjà une session intitulée «&#xa0;{title}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Connected. This database holds the event “{name}”: click Open to work on it.</source>
        <translation>Connexion réussie. Cette base de données contient l’événement «&#xa0;{name}&#xa0;»&#xa0;: cliquez sur Ouvrir pour y travailler.</translation>
    </message>
    <message>
        <source>Connected, but this database is empty. Create a new event in it, or copy a prepared event file into it (badges already printed from the file stay valid).</source>
        <translation>Connexion réussie, mais cette base de données est vide. Créez-y un nouvel événement, ou copiez-y un fichier d’événement préparé (les badges déjà imprimés à partir de ce fichier restent valides).</translation>
    </message>
    <message>
        <source>Connected. This database holds an event saved by a newer version of Check-in Desk: update the app on this computer to open it.</source>
        <translation>Connexion réussie. Cette base de données contient un événement enregistré par une version plus récente de Check-in Desk&#xa0;: mettez l’application à jour sur cet ordinateur pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Connected, but this database holds something other than a Check-in Desk event. Check the database name, or ask the technician for an empty database for the event.</source>
        <translation>Connexion réussie, mais cette base de données contient autre chose qu’un événement Check-in Desk. Vérifiez le nom de la base, ou demandez au technicien une base vide pour l’événement.</translation>
    </message>
    <message>
        <source>Could not reach a database server at {host}, port {port} ({reason}). Check the address and the port, that this computer is on the venue network, and that the server is running.</source>
        <translation>Aucun serveur de base de données joignable sur {host}, port {port} ({reason}). Vérifiez l’adresse et le port, que cet ordinateur est bien sur le réseau du lieu, et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>The server asks for a password for user “{user}”. Type it and test again.</source>
        <translation>Le serveur demande un mot de passe pour l’utilisateur «&#xa0;{user}&#xa0;». Saisissez-le et testez de nouveau.</translation>
    </message>
    <message>
        <source>The server refused user “{user}” with this password. Check the user name and the password (capitals count) and test again.</source>
        <translation>Le serveur a refusé l’utilisateur «&#xa0;{user}&#xa0;» avec ce mot de passe. Vérifiez le nom d’utilisateur et le mot de passe (majuscules comprises) et testez de nouveau.</translation>
    </message>
    <message>
        <source>The server answers, but has no database called “{database}”. Check the name, or ask the technician to create it (createdb {database}).</source>
        <translation>Le serveur répond, mais n’a pas de base de données nommée «&#xa0;{database}&#xa0;». Vérifiez le nom, ou demandez au technicien de la créer (createdb {database}).</translation>
    </message>
    <message>
        <source>The server at {host} does not let this computer in ({reason}). Ask the technician to allow the venue network in the server&apos;s pg_hba.conf.</source>
        <translation>Le serveur {host} refuse l’accès à cet ordinateur ({reason}). Demandez au technicien d’autoriser le réseau du lieu dans le fichier pg_hba.conf du serveur.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Kept on this computer; type to change it</source>
        <translation>Enregistré sur cet ordinateur&#x202f;; tapez-en un autre pour le changer</translation>
    </message>
    <message>
        <source>Type the server&apos;s address (its name or IP address on the venue network).</source>
        <translation>Saisissez l’adresse du serveur (son nom ou son adresse IP sur le réseau du lieu).</translation>
    </message>
    <message>
        <source>Type the name of the event&apos;s database on the server.</source>
        <translation>Saisissez le nom de la base de données de l’événement sur le serveur.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>New event on the shared database</source>
        <translation>Nouvel événement sur la base de données partagée</translation>
    </message>
    <message>
        <source>Name of the event:</source>
        <translation>Nom de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>Copy an event file to the shared database</source>
        <translation>Copier un fichier d’événement vers la base de données partagée</translation>
    </message>
    <message>
        <source>Check-in events (*.checkin)</source>
        <translation>Fichiers d’événement (*.checkin)</translation>
    </message>
    <message>
        <source>Creating “{name}” on the server…</source>
        <translation>Création de «&#xa0;{name}&#xa0;» sur le serveur…</translation>
    </message>
    <message>
        <source>Copying the event file to the server…</source>
        <translation>Copie du fichier d’événement sur le serveur…</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de données partagée</translation>
    </message>
    <message>
        <source>The event&apos;s database server</source>
        <translation>Serveur de base de données de l’événement</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Used &amp;before:</source>
        <translation>Dé&amp;jà utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
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
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>&amp;Nom du poste&#xa0;:</translation>
    </message>
    <message>
        <source>Station id:</source>
        <translation>Identifiant du poste&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or venue-server</source>
        <translation>par ex. 192.168.1.10 ou serveur-salle</translation>
    </message>
    <message>
        <source>e.g. summit2026</source>
        <translation>par ex. sommet2026</translation>
    </message>
    <message>
        <source>e.g. desk</source>
        <translation>par ex. accueil</translation>
    </message>
    <message>
        <source>e.g. Summit 2026, venue server</source>
        <translation>par ex. Sommet 2026, serveur de la salle</translation>
    </message>
    <message>
        <source>How this database is listed under “Used before”</source>
        <translation>Nom de cette base de données dans la liste «&#xa0;Déjà utilisées&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Enregistrer le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>Scans, prints and walk-ins made here are logged under this name</source>
        <translation>Les scans, impressions et inscriptions sur place faits ici sont consignés sous ce nom</translation>
    </message>
    <message>
        <source>Made once for this computer; the event tells stations apart by it</source>
        <translation>Créé une fois pour toutes sur cet ordinateur&#x202f;; l’événement s’en sert pour distinguer les postes</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Create a new event here…</source>
        <translation>&amp;Créer un nouvel événement ici…</translation>
    </message>
    <message>
        <source>Cop&amp;y an event file here…</source>
        <translation>Co&amp;pier un fichier d’événement ici…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <source>Open the event you are working on, or create a new one and load its registration list.</source>
        <translation>Ouvrez l’événement sur lequel vous travaillez, ou créez-en un et chargez sa liste des inscrits.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <source>&amp;Shared database…</source>
        <translation>Base de données &amp;partagée…</translation>
    </message>
    <message>
        <source>Work on an event kept on the venue&apos;s database server, with the other desks</source>
        <translation>Travailler avec les autres postes sur un événement hébergé par le serveur de base de données du lieu</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>No recent events yet.</source>
        <translation>Aucun événement récent pour l’instant.</translation>
    </message>
    <message>
        <source>Just looking? A demo event has 700 attendees from 140 cities and a three-day programme.</source>
        <translation>Envie d’essayer&#x202f;? L’événement de démonstration réunit 700 participants de 140 villes autour d’un programme de trois jours.</translation>
    </message>
    <message>
        <source>Create a &amp;demo event…</source>
        <translation>Créer un événement de &amp;démonstration…</translation>
    </message>
</context>
<context>
    <name>StationFlow</name>
    <message>
        <source>The event database did not answer, so this scan was not recorded ({detail}). Check the network or the disk holding the event, then scan the badge again.</source>
        <translation>La base de données de l’événement n’a pas répondu&#xa0;: ce scan n’a pas été enregistré ({detail}). Vérifiez le réseau ou le disque qui contient l’événement, puis scannez de nouveau le badge.</translation>
    </message>
</context>
<context>
    <name>StationLive</name>
    <message>
        <source>Offline — scans are kept on this laptop and sent when the network is back ({count} waiting)</source>
        <translation>Hors ligne — les scans sont gardés sur cet ordinateur et envoyés au retour du réseau ({count} en attente)</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>&amp;Set up this station…</source>
        <translation>&amp;Configurer ce poste…</translation>
    </message>
    <message>
        <source>Door &amp;rules…</source>
        <translation>&amp;Règles d’accès…</translation>
    </message>
    <message>
        <source>&amp;Close the station</source>
        <translation>&amp;Fermer le poste</translation>
    </message>
    <message>
        <source>&amp;Undo the last scan</source>
        <translation>&amp;Annuler le dernier scan</translation>
    </message>
    <message>
        <source>Check in by &amp;name</source>
        <translation>Valider une arrivée par le &amp;nom</translation>
    </message>
    <message>
        <source>Register a &amp;walk-in…</source>
        <translation>&amp;Inscription sur place…</translation>
    </message>
    <message>
        <source>&amp;Back to scanning</source>
        <translation>&amp;Retour au scan</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Mute the sounds</source>
        <translation>&amp;Couper les sons</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>StationPrinting</name>
    <message>
        <source>Printing the badge of {name}…</source>
        <translation>Impression du badge de {name}…</translation>
    </message>
    <message>
        <source>Badge of {name} printed.</source>
        <translation>Badge de {name} imprimé.</translation>
    </message>
    <message>
        <source>The badge of {name} was not printed: {problem}</source>
        <translation>Le badge de {name} n’a pas été imprimé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>Imprimante…</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <source>capacity {count}</source>
        <translation>capacité {count}</translation>
    </message>
    <message>
        <source>Give this station a name, e.g. “Main entrance, left”.</source>
        <translation>Donnez un nom à ce poste, par ex. «&#xa0;Entrée principale, gauche&#xa0;».</translation>
    </message>
    <message>
        <source>Say who is scanning at this station, e.g. “Léa”: the scan log names them.</source>
        <translation>Indiquez qui scanne à ce poste, par ex. «&#xa0;Léa&#xa0;»&#xa0;: le journal des scans le mentionne.</translation>
    </message>
    <message>
        <source>Looking for the badge printer…</source>
        <translation>Recherche de l’imprimante de badges…</translation>
    </message>
    <message>
        <source>No badge printer chosen yet: the first badge asks for one.</source>
        <translation>Aucune imprimante de badges choisie pour l’instant&#xa0;: elle sera demandée au premier badge.</translation>
    </message>
    <message>
        <source>Badges: {layout}, on {printer}</source>
        <translation>Badges&#xa0;: {layout}, sur {printer}</translation>
    </message>
    <message>
        <source>Check-in station</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <source>This station &amp;guards:</source>
        <translation>Ce poste &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Entrance of the event
Everyone checks in here once</source>
        <translation>Entrée de l’événement
Chaque participant y est enregistré une fois</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <source>E&amp;xits</source>
        <translation>&amp;Sorties</translation>
    </message>
    <message>
        <source>&amp;Both: a scan lets the person in, the next one out</source>
        <translation>&amp;Les deux&#xa0;: un scan fait entrer la personne, le suivant la fait sortir</translation>
    </message>
    <message>
        <source>It records:</source>
        <translation>Il enregistre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>&amp;Nom du poste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict shown for (&amp;seconds):</source>
        <translation>Résultat affiché pendant (secon&amp;des)&#xa0;:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>Badges&#xa0;:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra&#xa0;:</translation>
    </message>
    <message>
        <source>The scan log and Undo tell stations apart by this name</source>
        <translation>Le journal des scans et l’annulation distinguent les postes par ce nom</translation>
    </message>
    <message>
        <source>e.g. Main entrance, left</source>
        <translation>par ex. Entrée principale, gauche</translation>
    </message>
    <message>
        <source>Who scans, e.g. Léa</source>
        <translation>Qui scanne, par ex. Léa</translation>
    </message>
    <message>
        <source>First time on this computer: give this station a name and say who is scanning. Both are remembered for next time.</source>
        <translation>Première utilisation sur cet ordinateur&#xa0;: donnez un nom à ce poste et indiquez qui scanne. Les deux sont retenus pour la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Print the badge at a person&apos;s first entrance check-in</source>
        <translation>&amp;Imprimer le badge au premier enregistrement de la personne à l’entrée</translation>
    </message>
    <message>
        <source>Badge &amp;printer…</source>
        <translation>Im&amp;primante de badges…</translation>
    </message>
    <message>
        <source>Scan with the &amp;webcam too</source>
        <translation>Scanner aussi avec la &amp;webcam</translation>
    </message>
    <message>
        <source>Door &amp;rules…</source>
        <translation>&amp;Règles d’accès…</translation>
    </message>
    <message>
        <source>For organisers: re-entry, walk-ins, opening times; for every station at this door</source>
        <translation>Pour les organisateurs&#xa0;: nouvelle entrée, inscriptions sur place, horaires&#x202f;; pour tous les postes de cet accès</translation>
    </message>
    <message>
        <source>Open the station</source>
        <translation>Ouvrir le poste</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Not heard from since {time}: switched off, or offline with scans still to send.</source>
        <translation>Aucune nouvelle depuis {time}&#xa0;: éteint, ou hors ligne avec des scans encore à envoyer.</translation>
    </message>
    <message>
        <source>Made offline (scans, walk-ins) and waiting to be sent: {count}.</source>
        <translation>Faites hors ligne (scans, inscriptions sur place) et en attente d’envoi&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>The last scan</source>
        <translation>Le dernier scan</translation>
    </message>
    <message>
        <source>This station&apos;s last scan</source>
        <translation>Le dernier scan de ce poste</translation>
    </message>
    <message>
        <source>Entrance of the event</source>
        <translation>Entrée de l’événement</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <source>{door} — Check-in station</source>
        <translation>{door} — Poste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Scan a badge, or type its code and press Enter</source>
        <translation>Scannez un badge, ou saisissez son code et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Champ de scan</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <source>1 person let in twice at the same door by desks that were offline. They are counted once; check with the stations named if in doubt.</source>
        <translation>1 personne admise deux fois au même accès par des postes hors ligne. Elle n’est comptée qu’une fois&#x202f;; en cas de doute, vérifiez auprès des postes indiqués.</translation>
    </message>
    <message>
        <source>{count} people let in twice at the same door by desks that were offline. Each is counted once; check with the stations named if in doubt.</source>
        <translation>{count} personnes admises deux fois au même accès par des postes hors ligne. Chacune n’est comptée qu’une fois&#x202f;; en cas de doute, vérifiez auprès des postes indiqués.</translation>
    </message>
    <message>
        <source>None: no one was let in twice by desks that were offline.</source>
        <translation>Aucune&#xa0;: personne n’a été admis deux fois par des postes hors ligne.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Conflicts after sync</source>
        <translation>Conflits après synchronisation</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>A6 insert, one per page (105 × 148 mm)</source>
        <translation>Insert A6, un par page (105 × 148 mm)</translation>
    </message>
    <message>
        <source>A6 insert landscape, one per page (148 × 105 mm)</source>
        <translation>Insert A6 paysage, un par page (148 × 105 mm)</translation>
    </message>
    <message>
        <source>A6 inserts, 4 per A4 sheet</source>
        <translation>Inserts A6, 4 par feuille A4</translation>
    </message>
    <message>
        <source>A6 landscape inserts, 4 per A4 sheet (landscape)</source>
        <translation>Inserts A6 paysage, 4 par feuille A4 (paysage)</translation>
    </message>
    <message>
        <source>A6 fold-over, front and back, 2 per A4 sheet</source>
        <translation>A6 plié, recto et verso, 2 par feuille A4</translation>
    </message>
    <message>
        <source>Name badge labels 86 × 55 mm, 8 per A4 (Avery L7418 type)</source>
        <translation>Étiquettes badge 86 × 55 mm, 8 par A4 (type Avery L7418)</translation>
    </message>
    <message>
        <source>Cards 90 × 54 mm, 10 per A4</source>
        <translation>Cartes 90 × 54 mm, 10 par A4</translation>
    </message>
    <message>
        <source>CR80 plastic card (85.6 × 54 mm), card printer</source>
        <translation>Carte plastique CR80 (85,6 × 54 mm), imprimante à cartes</translation>
    </message>
    <message>
        <source>CR80 plastic card portrait (54 × 85.6 mm)</source>
        <translation>Carte plastique CR80 portrait (54 × 85,6 mm)</translation>
    </message>
    <message>
        <source>Brother QL 62 mm continuous label, cut at 100 mm</source>
        <translation>Étiquette continue Brother QL 62 mm, coupée à 100 mm</translation>
    </message>
    <message>
        <source>Label 57 × 102 mm (DYMO/Zebra 2.25 × 4 in)</source>
        <translation>Étiquette 57 × 102 mm (DYMO/Zebra 2,25 × 4 po)</translation>
    </message>
    <message>
        <source>Badges 4 × 3 in, 6 per US Letter sheet</source>
        <translation>Badges 4 × 3 po, 6 par feuille US Letter</translation>
    </message>
    <message>
        <source>There is no badge stock called “{stock}”. Known stocks: {known}.</source>
        <translation>Il n’existe aucun support de badge nommé «&#xa0;{stock}&#xa0;». Supports disponibles&#xa0;: {known}.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{url}” is neither an event file nor a database address this app can use. A shared database is written postgresql+psycopg://USER@SERVER:PORT/DATABASE.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est ni un fichier d’événement ni une adresse de base de données utilisable par l’application. Une base partagée s’écrit postgresql+psycopg://UTILISATEUR@SERVEUR:PORT/BASE.</translation>
    </message>
    <message>
        <source>“{url}” is not a Check-in Desk event.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas un événement Check-in Desk.</translation>
    </message>
    <message>
        <source>The server at “{url}” wants a password for this user, and none was given or it was wrong. In the window, use File › Shared database… (it can keep the password in the keychain); on the command line, set PGPASSWORD or put it in ~/.pgpass.</source>
        <translation>Le serveur «&#xa0;{url}&#xa0;» demande un mot de passe pour cet utilisateur, et il manque ou il est faux. Dans la fenêtre, passez par Fichier › Base de données partagée… (qui peut garder le mot de passe dans le trousseau)&#xa0;; en ligne de commande, définissez PGPASSWORD ou mettez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Could not open “{url}”: {reason}. Check the path or address, and that the database is running.</source>
        <translation>Impossible d’ouvrir «&#xa0;{url}&#xa0;»&#xa0;: {reason}. Vérifiez le chemin ou l’adresse, et que la base de données est en service.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name, or open it instead.</source>
        <translation>{path} existe déjà. Choisissez un autre nom de fichier, ou ouvrez plutôt ce fichier.</translation>
    </message>
    <message>
        <source>This database already holds an event. Open it instead, or use an empty database.</source>
        <translation>Cette base de données contient déjà un événement. Ouvrez-le plutôt, ou utilisez une base de données vide.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not read the event file {path}. Ask whoever owns it for access, or open a copy.</source>
        <translation>L&apos;utilisateur de cet ordinateur n&apos;a pas le droit de lire le fichier d&apos;événement {path}. Demandez l&apos;accès à son propriétaire, ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>There is no event file at {path}. Check the path, or create the event first (File › New event, or “checkin new”).</source>
        <translation>Il n’y a aucun fichier d’événement à l’emplacement {path}. Vérifiez le chemin, ou créez d’abord l’événement (Fichier › Nouvel événement, ou «&#xa0;checkin new&#xa0;»).</translation>
    </message>
    <message>
        <source>This event was saved by a newer version of Check-in Desk. Update the app to open it.</source>
        <translation>Cet événement a été enregistré par une version plus récente de Check-in Desk. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This event file was made by an older version and must be upgraded, but it is read-only here. Copy it to a writable folder, then open the copy.</source>
        <translation>Ce fichier d&apos;événement a été créé par une version plus ancienne et doit être mis à jour, mais il est ici en lecture seule. Copiez-le dans un dossier modifiable, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>The event file {path} is damaged ({problem}), so it was not opened and nothing was written to it. Restore the latest backup: File › Restore from backup…, or “checkin restore”.</source>
        <translation>Le fichier d&apos;événement {path} est endommagé ({problem}) : il n&apos;a pas été ouvert et rien n&apos;y a été écrit. Restaurez la dernière sauvegarde : Fichier › Restaurer une sauvegarde…, ou « checkin restore ».</translation>
    </message>
    <message>
        <source>Another import is running on this event, on this computer or another one. Nothing was changed: wait for it to finish, then import again.</source>
        <translation>Une autre importation est en cours sur cet événement, sur cet ordinateur ou sur un autre. Rien n&apos;a été modifié : attendez qu&apos;elle se termine, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Another program touched the event file {path} while it was open here, so this app could no longer be sure its changes reach the file. To keep every check-in safe, this was not recorded and the event has been reopened. Please do it again.</source>
        <translation>Un autre programme a touché au fichier d&apos;événement {path} pendant qu&apos;il était ouvert ici : l&apos;application ne pouvait plus garantir que ses modifications y parviennent. Pour ne perdre aucune arrivée, rien n&apos;a été enregistré et l&apos;événement a été rouvert. Recommencez, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>“{path}” is the event file open here, not a file to read from. To copy the event, use File › Save a copy… (or “checkin backup”).</source>
        <translation>« {path} » est le fichier d&apos;événement ouvert ici, pas un fichier à lire. Pour copier l&apos;événement, utilisez Fichier › Enregistrer une copie… (ou « checkin backup »).</translation>
    </message>
    <message>
        <source>Not recorded: the disk holding the event file is full. Nothing was half-written. Free some space (empty the bin, delete large files), then try again.</source>
        <translation>Non enregistré : le disque qui contient le fichier d&apos;événement est plein. Rien n&apos;a été écrit à moitié. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis réessayez.</translation>
    </message>
    <message>
        <source>Not recorded: the event file is read-only here (a write-protected file, folder or USB stick). You can still look people up and export. To record check-ins, use File › Save a copy… to a writable folder and open the copy.</source>
        <translation>Non enregistré : le fichier d&apos;événement est ici en lecture seule (fichier, dossier ou clé USB protégés en écriture). Vous pouvez toujours rechercher des personnes et exporter. Pour enregistrer des arrivées, utilisez Fichier › Enregistrer une copie… dans un dossier modifiable et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The event file is damaged, so nothing more is written to it. Restore the latest backup (File › Restore from backup…, or “checkin restore”), then carry on with the restored file.</source>
        <translation>Le fichier d&apos;événement est endommagé : plus rien n&apos;y est écrit. Restaurez la dernière sauvegarde (Fichier › Restaurer une sauvegarde…, ou « checkin restore »), puis continuez avec le fichier restauré.</translation>
    </message>
    <message>
        <source>Not recorded: another program kept the event file busy for more than 5 seconds. Close other programs that have it open (a second copy of this app, a database tool), then try again.</source>
        <translation>Non enregistré : un autre programme a occupé le fichier d&apos;événement pendant plus de 5 secondes. Fermez les autres programmes qui l&apos;ont ouvert (une deuxième copie de cette application, un outil de base de données), puis réessayez.</translation>
    </message>
    <message>
        <source>The event database did not answer, so this was not done and nothing was changed. Check the network (or the disk holding the event file), then try again.</source>
        <translation>La base de données de l&apos;événement n&apos;a pas répondu : rien n&apos;a été fait ni modifié. Vérifiez le réseau (ou le disque qui contient le fichier d&apos;événement), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The shared database at {where} cannot be reached ({reason}). Nothing is lost: this station&apos;s records stay queued on this computer. Check the network, then sync again.</source>
        <translation>La base de données partagée sur {where} est injoignable ({reason}). Rien n’est perdu&#xa0;: les opérations de ce poste restent en file d’attente sur cet ordinateur. Vérifiez le réseau, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The database at {where} refused the event file&apos;s data ({reason}). Nothing was copied: that database is as empty as before. Correct the value in the event file (open it in the app and edit the person), then publish again.</source>
        <translation>La base de données sur {where} a refusé les données du fichier d’événement ({reason}). Rien n’a été copié&#xa0;: cette base de données est restée vide. Corrigez la valeur dans le fichier d’événement (ouvrez-le dans l’application et modifiez la personne concernée), puis publiez-le de nouveau.</translation>
    </message>
    <message>
        <source>This person is not in this computer&apos;s copy of the list yet (they were added elsewhere just before the network went), so their badge can only be printed once the shared database answers again.</source>
        <translation>Cette personne ne figure pas encore dans la copie de la liste sur cet ordinateur (elle a été ajoutée ailleurs juste avant la coupure du réseau)&#x202f;: son badge ne pourra être imprimé que lorsque la base de données partagée répondra de nouveau.</translation>
    </message>
    <message>
        <source>The badge of {name} was withdrawn and a new badge code can only be issued by the shared database, so this badge cannot be printed offline. Print it once the orange banner is gone.</source>
        <translation>Le badge de {name} a été annulé et seule la base de données partagée peut attribuer un nouveau code de badge&#x202f;: ce badge ne peut donc pas être imprimé hors ligne. Imprimez-le une fois le bandeau orange disparu.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>En visite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Revenus</translation>
    </message>
</context>
</TS>
