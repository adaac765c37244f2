<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../models/core/translation.cpp" line="+63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Utfør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>Rollbook::Audience</name>
    <message>
        <location filename="../../models/distribution/audience.cpp" line="+116"/>
        <source>Import %1 was undone on %2: its people are no longer there as it left them. Choose another import.</source>
        <translation>Import %1 ble angret %2: personene er ikke lenger slik importen etterlot dem. Velg en annen import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile is learner, parent or staff, not “%1”.</source>
        <translation>Profilen er elev, foresatt eller ansatt, ikke «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>Parent login is off, so no letters or e-mails are made for the %n parents chosen. Turn on Enable parent login in Edit global settings, or choose learners only.</source>
        <translation>
            <numerusform>Pålogging for foresatte er slått av, så det lages ingen brev eller e-poster for den valgte foresatte. Slå på Aktiver pålogging for foresatte i Rediger globale innstillinger, eller velg bare elever.</numerusform>
            <numerusform>Pålogging for foresatte er slått av, så det lages ingen brev eller e-poster for de %n valgte foresatte. Slå på Aktiver pålogging for foresatte i Rediger globale innstillinger, eller velg bare elever.</numerusform>
        </translation>
    </message>
    <message>
        <source>the parent chosen</source>
        <translation type="vanished">den valgte foresatte</translation>
    </message>
    <message>
        <source>the %1 parents chosen</source>
        <translation type="vanished">de %1 valgte foresatte</translation>
    </message>
    <message>
        <source>Parent login is off, so no letters or e-mails are made for %1. Turn on Enable parent login in Edit global settings, or choose learners only.</source>
        <translation type="vanished">Pålogging for foresatte er slått av, så det lages ingen brev eller e-poster for %1. Slå på Aktiver pålogging for foresatte i Rediger globale innstillinger, eller velg bare elever.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Backups</name>
    <message>
        <location filename="../../models/db/backups.cpp" line="+187"/>
        <source>Rollbook could not change the backup “%1”, so it changed nothing, here or in the database: %2</source>
        <translation>Rollbook kunne ikke endre sikkerhetskopien «%1», så ingenting ble endret, verken der eller i databasen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is read-only. Allow changes to it (or delete it) and try again.</source>
        <translation>den er skrivebeskyttet. Tillat endringer i den (eller slett den), og prøv igjen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rollbook could not replace the backup “%1” with its changed copy, so it still holds what was to be removed. Close any program that has it open, and try again.</source>
        <translation>Rollbook kunne ikke erstatte sikkerhetskopien «%1» med den endrede kopien, så den inneholder fortsatt det som skulle fjernes. Lukk programmer som har den åpen, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::BatchExport</name>
    <message>
        <location filename="../../models/distribution/batchexport.cpp" line="+35"/>
        <source>their first child</source>
        <translation>sitt første barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their second child</source>
        <translation>sitt andre barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their third child</source>
        <translation>sitt tredje barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their fourth child</source>
        <translation>sitt fjerde barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their fifth child</source>
        <translation>sitt femte barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their sixth child</source>
        <translation>sitt sjette barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their seventh child</source>
        <translation>sitt sjuende barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their eighth child</source>
        <translation>sitt åttende barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their ninth child</source>
        <translation>sitt niende barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their tenth child</source>
        <translation>sitt tiende barn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>child number %1</source>
        <translation>barn nummer %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Synchronisation key</source>
        <translation>Synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 with a byte order mark (BOM)</source>
        <translation>%1 med byte order mark (BOM)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to upload these files</source>
        <translation>Slik laster du opp disse filene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the platform, go to Import users from file and upload the files below one at a time, in this order. The learners come first: each row of a parents file names a child, and the platform can link a parent only to a learner it already has.</source>
        <translation>Gå til Importer brukere fra fil på plattformen, og last opp filene nedenfor én om gangen, i denne rekkefølgen. Elevene kommer først: hver rad i en foresatt-fil viser til et barn, og plattformen kan bare koble en foresatt til en elev den allerede har.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For every file, choose both Add new users and Update existing users, so that a parent already added from an earlier file gets the next child linked.</source>
        <translation>Velg både Legg til nye brukere og Oppdater eksisterende brukere for hver fil, slik at en foresatt som allerede er lagt til fra en tidligere fil, får koblet til neste barn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>%1. %2: %3.</source>
        <translation>%1. %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n learners</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n parents, each with %1</source>
        <translation>
            <numerusform>%n foresatt, med %1</numerusform>
            <numerusform>%n foresatte, hver med %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>- %n parents have no child in Rollbook: they are in %1 with an empty ChildID, and the platform adds them without a link.</source>
        <translation>
            <numerusform>- %n foresatt har ikke noe barn i Rollbook: vedkommende står i %1 med tom ChildID, og plattformen legger vedkommende til uten kobling.</numerusform>
            <numerusform>- %n foresatte har ikke noe barn i Rollbook: de står i %1 med tom ChildID, og plattformen legger dem til uten kobling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>- %n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match them by user name only, so keep their user names unchanged, or give them keys: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</source>
        <translation>
            <numerusform>- %n foresatt har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: den finner bare igjen denne foresatte på brukernavnet, så behold brukernavnet uendret, eller gi vedkommende en nøkkel: importer på nytt med rollbook-cli import FIL --derive-sync-keys, eller med Gi foresatte uten synkroniseringsnøkkel en nøkkel laget av brukernavnet deres i importveiviserens alternativer.</numerusform>
            <numerusform>- %n foresatte har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: den finner dem bare igjen på brukernavnet, så behold brukernavnene uendret, eller gi dem nøkler: importer dem på nytt med rollbook-cli import FIL --derive-sync-keys, eller med Gi foresatte uten synkroniseringsnøkkel en nøkkel laget av brukernavnet deres i importveiviserens alternativer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>- %n staff members chosen are not in these files: staff are not imported this way.</source>
        <translation>
            <numerusform>- %n valgt ansatt er ikke med i disse filene: ansatte importeres ikke på denne måten.</numerusform>
            <numerusform>- %n valgte ansatte er ikke med i disse filene: ansatte importeres ikke på denne måten.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation type="vanished">1 elev</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="vanished">%1 elever</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>   Profile: Learner</source>
        <translation>   Profil: Elev</translation>
    </message>
    <message>
        <source>1 parent, with %1</source>
        <translation type="vanished">1 foresatt, med %1</translation>
    </message>
    <message>
        <source>%1 parents, each with %2</source>
        <translation type="vanished">%1 foresatte, hver med %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>   Profile: Parent</source>
        <translation>   Profil: Foresatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Synchronisation field in import file: ChildID</source>
        <translation>   Synkroniseringsfelt i importfil: ChildID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Matching synchronisation field for child: %1</source>
        <translation>   Tilsvarende synkroniseringsfelt for barn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   These parents are in an earlier file too: the platform keeps one user for each and adds the link to this child.</source>
        <translation>   Disse foresatte finnes også i en tidligere fil: plattformen beholder én bruker for hver og legger til koblingen til dette barnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the files</source>
        <translation>Om filene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Encoding: %1. Delimiter: %2. The first row holds the column names.</source>
        <translation>- Tegnkoding: %1. Skilletegn: %2. Første rad inneholder kolonnenavnene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- Columns: %1; the parents files also have ChildID.</source>
        <translation>- Kolonner: %1; filene med foresatte har også ChildID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- Passwords are included, in the Password column. Keep these files safe and delete them once they are uploaded.</source>
        <translation>- Passordene er med, i kolonnen Password. Oppbevar filene trygt, og slett dem når de er lastet opp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- Passwords are not included: the files have no Password column (Export passwords is off in Edit global settings). Give the passwords with the login letters or e-mails.</source>
        <translation>- Passordene er ikke med: filene har ingen Password-kolonne (Eksporter passord er slått av i Rediger globale innstillinger). Gi passordene i påloggingsbrevene eller e-postene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- ChildID holds each child&apos;s synchronisation key.</source>
        <translation>- ChildID inneholder hvert barns synkroniseringsnøkkel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- ChildID holds each child&apos;s user name, because at least one learner has no synchronisation key.</source>
        <translation>- ChildID inneholder hvert barns brukernavn, fordi minst én elev mangler synkroniseringsnøkkel.</translation>
    </message>
    <message>
        <source>- 1 parent has no child in Rollbook: they are in %1 with an empty ChildID, and the platform adds them without a link.</source>
        <translation type="vanished">- 1 foresatt har ikke noe barn i Rollbook: vedkommende står i %1 med tom ChildID, og plattformen legger dem til uten kobling.</translation>
    </message>
    <message>
        <source>- %1 parents have no child in Rollbook: they are in %2 with an empty ChildID, and the platform adds them without a link.</source>
        <translation type="vanished">- %1 foresatte har ikke noe barn i Rollbook: de står i %2 med tom ChildID, og plattformen legger dem til uten kobling.</translation>
    </message>
    <message>
        <source>- 1 parent has no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match this parent by user name only, so keep their user name unchanged, or give them a key: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</source>
        <translation type="vanished">- 1 foresatt har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: den finner bare igjen denne foresatte på brukernavnet, så behold brukernavnet uendret, eller gi vedkommende en nøkkel: importer på nytt med rollbook-cli import FIL --derive-sync-keys, eller med Gi foresatte uten synkroniseringsnøkkel en nøkkel laget av brukernavnet deres i importveiviserens alternativer.</translation>
    </message>
    <message>
        <source>- %1 parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match them by user name only, so keep their user names unchanged, or give them keys: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</source>
        <translation type="vanished">- %1 foresatte har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: den finner dem bare igjen på brukernavnet, så behold brukernavnene uendret, eller gi dem nøkler: importer dem på nytt med rollbook-cli import FIL --derive-sync-keys, eller med Gi foresatte uten synkroniseringsnøkkel en nøkkel laget av brukernavnet deres i importveiviserens alternativer.</translation>
    </message>
    <message>
        <source>- 1 staff member chosen is not in these files: staff are not imported this way.</source>
        <translation type="vanished">- 1 valgt ansatt er ikke med i disse filene: ansatte importeres ikke på denne måten.</translation>
    </message>
    <message>
        <source>- %1 staff members chosen are not in these files: staff are not imported this way.</source>
        <translation type="vanished">- %1 valgte ansatte er ikke med i disse filene: ansatte importeres ikke på denne måten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>- %1 are written exactly as Rollbook has them, never changed: the platform matches and signs in with them. Rollbook refuses a value there that begins with =, +, - or @, so none needs changing.</source>
        <translation>- %1 skrives nøyaktig slik Rollbook har dem, aldri endret: plattformen kobler og logger på med dem. Rollbook avviser en verdi der som begynner med =, +, - eller @, så ingen trenger å endres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- A cell of %1 that begins with =, +, - or @ starts with an apostrophe (&apos;) so that a spreadsheet shows it instead of running it as a formula.</source>
        <translation>- En celle i %1 som begynner med =, +, - eller @, får en apostrof (&apos;) foran, slik at et regneark viser den i stedet for å kjøre den som en formel.</translation>
    </message>
    <message>
        <source>- A cell that begins with =, +, - or @ starts with an apostrophe (&apos;) so that a spreadsheet shows it instead of running it as a formula.</source>
        <translation type="vanished">- En celle som begynner med =, +, - eller @, starter med en apostrof (&apos;) slik at et regneark viser den i stedet for å kjøre den som en formel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <source>Rollbook cannot write “%1”: %2</source>
        <translation>Rollbook kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only staff were chosen, and staff are not in the export files. Choose learners or parents.</source>
        <translation>Bare ansatte ble valgt, og ansatte er ikke med i eksportfilene. Velg elever eller foresatte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody was chosen, so there is nothing to export.</source>
        <translation>Ingen ble valgt, så det er ingenting å eksportere.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder for the export files.</source>
        <translation type="vanished">«%1» er en fil, ikke en mappe. Velg en mappe for eksportfilene.</translation>
    </message>
    <message>
        <source>Rollbook cannot make the folder “%1”. Choose a folder you may write in.</source>
        <translation type="vanished">Rollbook kan ikke lage mappen «%1». Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <source>Rollbook cannot write in the folder “%1”: %2. Choose a folder you may write in.</source>
        <translation type="vanished">Rollbook kan ikke skrive i mappen «%1»: %2. Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <source>Rollbook cannot write in the folder “%1”.</source>
        <translation type="vanished">Rollbook kan ikke skrive i mappen «%1».</translation>
    </message>
    <message>
        <source>Rollbook cannot replace “%1”. If it is open in another program, such as a spreadsheet, close it and export again. Nothing was changed in the folder.</source>
        <translation type="vanished">Rollbook kan ikke erstatte «%1». Hvis filen er åpen i et annet program, for eksempel et regneark, lukker du den og eksporterer på nytt. Ingenting ble endret i mappen.</translation>
    </message>
    <message>
        <source>Rollbook cannot put “%1” in place: a folder of that name is in the way. Move or rename it and export again. Nothing was changed in the folder.</source>
        <translation type="vanished">Rollbook kan ikke legge «%1» på plass: en mappe med det navnet er i veien. Flytt eller gi den nytt navn, og eksporter på nytt. Ingenting ble endret i mappen.</translation>
    </message>
    <message>
        <source>Rollbook cannot put “%1” in place. Nothing was changed in the folder.</source>
        <translation type="vanished">Rollbook kan ikke legge «%1» på plass. Ingenting ble endret i mappen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::CheckPage</name>
    <message>
        <location filename="../../ui/importwizard/problemtable.cpp" line="+68"/>
        <location line="+55"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/checkpage.cpp" line="+33"/>
        <source>&amp;Problems:</source>
        <translation>P&amp;roblemer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;Again</source>
        <translation>Sjekk &amp;på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Problem Rows…</source>
        <translation>&amp;Lagre problemrader …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollbook checks every row as if it imported the file, and changes nothing yet.</source>
        <translation>Rollbook sjekker hver rad som om filen ble importert, og endrer ingenting ennå.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking</source>
        <translation>Sjekker</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln kobling</numerusform>
            <numerusform>%Ln koblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln feil</numerusform>
            <numerusform>%Ln feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln advarsel</numerusform>
            <numerusform>%Ln advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n problems are not shown here. The table shows the first %1 of each kind; Save Problem Rows… saves every row with a problem.</source>
        <translation>
            <numerusform>%n problem vises ikke her. Tabellen viser de første %1 av hver type; Lagre problemrader … lagrer hver rad med et problem.</numerusform>
            <numerusform>%n problemer vises ikke her. Tabellen viser de første %1 av hver type; Lagre problemrader … lagrer hver rad med et problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/problemtable.cpp" line="-60"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/checkpage.cpp" line="-138"/>
        <source>Save the rows that have problems as a CSV file with a last column “Problem”, to correct in a spreadsheet and import again.</source>
        <translation>Lagre radene med problemer som en CSV-fil med en siste kolonne «Problem», slik at du kan rette dem i et regneark og importere på nytt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+137"/>
        <source>Save Problem Rows</source>
        <translation>Lagre problemrader</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Checking %1…</source>
        <translation>Sjekker %1 …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking %1: %2 rows read…</source>
        <translation>Sjekker %1: %2 rader lest …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5; %6, %7.</source>
        <translation>%1: %2 nye, %3 oppdatert, %4 uendret, %5; %6, %7.</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation type="vanished">%1 rad</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 rader</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation type="vanished">%1 kobling</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation type="vanished">%1 koblinger</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="vanished">%1 feil</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="vanished">%1 feil</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="vanished">%1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="vanished">%1 advarsler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready to import. Press Import to write it to the database.</source>
        <translation>Klar til import. Trykk Importer for å skrive til databasen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rows with errors will be skipped; the others will be imported.</source>
        <translation>Radene med feil hoppes over; de andre importeres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be imported while there are errors. Correct the file and press Check Again, or go Back and choose to skip the rows with errors.</source>
        <translation>Ingenting kan importeres så lenge det er feil. Rett filen og trykk Sjekk på nytt, eller gå Tilbake og velg å hoppe over radene med feil.</translation>
    </message>
    <message numerus="yes">
        <source>Problems not shown here: %n. The table shows the first %1 of each kind; Save Problem Rows… saves every row with a problem.</source>
        <translation type="vanished">
            <numerusform>Problemer som ikke vises her: %n. Tabellen viser de første %1 av hver type; Lagre problemrader … lagrer hver rad med et problem.</numerusform>
            <numerusform>Problemer som ikke vises her: %n. Tabellen viser de første %1 av hver type; Lagre problemrader … lagrer hver rad med et problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/problemtable.cpp" line="-30"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/checkpage.cpp" line="+37"/>
        <source>%1-problems.csv</source>
        <translation>%1-problemer.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>Rollbook::ChildMatch</name>
    <message>
        <location filename="../../models/import/childmatch.cpp" line="+49"/>
        <source>The file has no column “%1”.</source>
        <translation>Filen har ingen kolonne «%1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The count was cancelled.</source>
        <translation>Tellingen ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Cli</name>
    <message>
        <location filename="../../app/rollbook-cli/cli.cpp" line="+29"/>
        <location filename="../../app/rollbook-cli/settingscommands.cpp" line="+14"/>
        <source>Create the database, or bring it up to date.</source>
        <translation>Opprett databasen, eller oppdater den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or change the global settings.</source>
        <translation>Vis eller endre de globale innstillingene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show how a CSV file reads: encoding, delimiter, records.</source>
        <translation>Vis hvordan en CSV-fil leses: tegnkoding, skilletegn, poster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import learners or parents from a CSV file.</source>
        <translation>Importer elever eller foresatte fra en CSV-fil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a OneRoster or School Data Sync roster (a folder or .zip).</source>
        <translation>Importer en brukerliste fra OneRoster eller School Data Sync (en mappe eller .zip).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, export, import or delete the import presets.</source>
        <translation>Vis, eksporter, importer eller slett forhåndsinnstillingene for import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the imports made.</source>
        <translation>Vis importene som er gjort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo an import.</source>
        <translation>Angre en import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the people, with their parents or children.</source>
        <translation>Vis personene, med foresatte eller barn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link a parent to a learner.</source>
        <translation>Koble en foresatt til en elev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a parent&apos;s link to a learner.</source>
        <translation>Fjern koblingen mellom en foresatt og en elev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV files to upload, in upload order.</source>
        <translation>Skriv CSV-filene som skal lastes opp, i opplastingsrekkefølge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the login letters as a PDF.</source>
        <translation>Skriv påloggingsbrevene som PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one login e-mail (.eml) per person with an address.</source>
        <translation>Skriv én påloggings-e-post (.eml) per person med adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the stored initial passwords once distributed.</source>
        <translation>Fjern de lagrede startpassordene når de er delt ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase people on request, from the database and its backups.</source>
        <translation>Slett personer på forespørsel, fra databasen og sikkerhetskopiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a made-up school&apos;s files to try Rollbook on.</source>
        <translation>Skriv filene til en oppdiktet skole som du kan prøve Rollbook med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: rollbook-cli [--database DATABASE] COMMAND [ARGUMENTS]

Prepares itslearning user imports without a window.

Commands:
</source>
        <translation>Bruk: rollbook-cli [--database DATABASE] KOMMANDO [ARGUMENTER]

Forbereder brukerimport til itslearning uten vindu.

Kommandoer:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Options:
  --database DATABASE  The database file (default: %1), or a database
                       on a PostgreSQL server:
                       postgresql://USER@HOST[:PORT]/NAME. The password
                       comes from PGPASSWORD or the password file
                       (.pgpass), never from the command line.
  -h, --help           Show this help; COMMAND --help shows a command&apos;s help.
  -v, --version        Show the version.

Exit status: 0 done, 1 refused by validation (nothing written), 2 wrong arguments, 3 a file or the database could not be read or written.
</source>
        <translation>
Valg:
  --database DATABASE  Databasefilen (standard: %1), eller en database
                       på en PostgreSQL-server:
                       postgresql://BRUKER@VERT[:PORT]/NAVN. Passordet
                       kommer fra PGPASSWORD eller passordfilen
                       (.pgpass), aldri fra kommandolinjen.
  -h, --help           Vis denne hjelpen; KOMMANDO --help viser hjelpen for en kommando.
  -v, --version        Vis versjonen.

Avslutningsstatus: 0 ferdig, 1 avvist av kontrollen (ingenting skrevet), 2 feil argumenter, 3 en fil eller databasen kunne ikke leses eller skrives.
</translation>
    </message>
    <message>
        <source>Usage: rollbook-cli [--database PATH] COMMAND [ARGUMENTS]

Prepares itslearning user imports without a window.

Commands:
</source>
        <translation type="vanished">Bruk: rollbook-cli [--database STI] KOMMANDO [ARGUMENTER]

Forbereder brukerimport til itslearning uten vindu.

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Options:
  --database PATH  The database file (default: %1)
  -h, --help       Show this help; COMMAND --help shows a command&apos;s help.
  -v, --version    Show the version.

Exit status: 0 done, 1 refused by validation (nothing written), 2 wrong arguments, 3 a file or the database could not be read or written.
</source>
        <translation type="vanished">
Valg:
  --database STI   Databasefilen (standard: %1)
  -h, --help       Vis denne hjelpen; KOMMANDO --help viser hjelpen for en kommando.
  -v, --version    Vis versjonen.

Avslutningsstatus: 0 ferdig, 1 avvist av kontrollen (ingenting skrevet), 2 feil argumenter, 3 en fil eller databasen kunne ikke leses eller skrives.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../app/rollbook-cli/command.cpp" line="+88"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Vis versjonen.</translation>
    </message>
    <message>
        <source>--database needs the name of a database file.</source>
        <translation type="vanished">--database trenger navnet på en databasefil.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a rollbook-cli command.</source>
        <translation>«%1» er ikke en rollbook-cli-kommando.</translation>
    </message>
    <message>
        <source>The database file to use (created when it does not exist). Default: %1.</source>
        <translation type="vanished">Databasefilen som skal brukes (opprettes hvis den ikke finnes). Standard: %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="vanished">STI</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/csvpreviewcommand.cpp" line="+84"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show how Rollbook reads a CSV file: its encoding and delimiter (detected unless given), its columns and records. A malformed file gives exit status 1 and the problems, with line and column, on stderr.</source>
        <translation>Vis hvordan Rollbook leser en CSV-fil: tegnkoding og skilletegn (oppdaget hvis ikke oppgitt), kolonner og poster. En feilformet fil gir avslutningsstatus 1 og problemene, med linje og kolonne, på stderr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+41"/>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every record as one JSON array of objects keyed by the header.</source>
        <translation>Skriv ut hver post som én JSON-matrise av objekter med overskriftene som nøkler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only the number of records.</source>
        <translation>Skriv bare ut antallet poster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the file in this encoding: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Les filen med denne tegnkodingen: utf-8, utf-16le, utf-16be eller windows-1252.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+51"/>
        <source>ENCODING</source>
        <translation>TEGNKODING</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split fields at this character: comma, semicolon, tab, pipe, or the character.</source>
        <translation>Del feltene ved dette tegnet: comma, semicolon, tab, pipe eller tegnet selv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+5"/>
        <source>DELIMITER</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only the first N records (the table shows 20 unless told).</source>
        <translation>Les bare de første N postene (tabellen viser 20 hvis ikke annet er oppgitt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one CSV file.</source>
        <translation>Oppgi én CSV-fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --json or --count, not both.</source>
        <translation>Velg --json eller --count, ikke begge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an encoding Rollbook reads: choose utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>«%1» er ikke en tegnkoding Rollbook kan lese: velg utf-8, utf-16le, utf-16be eller windows-1252.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be a delimiter: choose comma, semicolon, tab, pipe, or another punctuation character.</source>
        <translation>«%1» kan ikke være skilletegn: velg comma, semicolon, tab, pipe eller et annet skilletegn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--rows takes a number of records, 0 or more, not “%1”.</source>
        <translation>--rows tar et antall poster, 0 eller mer, ikke «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: filen kan ikke leses (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encoding: %1 (%2)</source>
        <translation>Tegnkoding: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delimiter: %1 (%2)</source>
        <translation>Skilletegn: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… og %n problem til.</numerusform>
            <numerusform>… og %n problemer til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %n records shown.</source>
        <translation>
            <numerusform>%1 av %n post vist.</numerusform>
            <numerusform>%1 av %n poster vist.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="vanished">… og %1 problemer til.</translation>
    </message>
    <message>
        <source>%1 of %2 records shown.</source>
        <translation type="vanished">%1 av %2 poster vist.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/distributecommands.cpp" line="+17"/>
        <source>Only the people import ID created or updated (see “batches”).</source>
        <translation>Bare personene som import-ID opprettet eller oppdaterte (se «batches»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only learners, parents or staff.</source>
        <translation>Bare elever, foresatte eller ansatte.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--batch takes the number of an import, as “batches” lists them, not “%1”.</source>
        <translation>--batch tar nummeret på en import, slik «batches» viser dem, ikke «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--profile is learner, parent or staff, not “%1”.</source>
        <translation>--profile er learner, parent eller staff, ikke «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="+109"/>
        <source>%n learners</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="+1"/>
        <source>%n parents</source>
        <translation>
            <numerusform>%n foresatt</numerusform>
            <numerusform>%n foresatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n staff members</source>
        <translation>
            <numerusform>%n ansatt</numerusform>
            <numerusform>%n ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Forgot %n initial passwords.</source>
        <translation>
            <numerusform>Glemte %n startpassord.</numerusform>
            <numerusform>Glemte %n startpassord.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation type="vanished">1 elev</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="vanished">%1 elever</translation>
    </message>
    <message>
        <source>1 parent</source>
        <translation type="vanished">1 foresatt</translation>
    </message>
    <message>
        <source>%1 parents</source>
        <translation type="vanished">%1 foresatte</translation>
    </message>
    <message>
        <source>1 staff member</source>
        <translation type="vanished">1 ansatt</translation>
    </message>
    <message>
        <source>%1 staff members</source>
        <translation type="vanished">%1 ansatte</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/rollbook-cli/importguess.cpp" line="+21"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the stored initial passwords, once the letters, e-mails or files that hold them have been handed out. Without --batch or --profile: everyone&apos;s.</source>
        <translation>Fjern de lagrede startpassordene når brevene, e-postene eller filene som inneholder dem, er delt ut. Uten --batch eller --profile: alles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“forget-passwords” takes no arguments, only options.</source>
        <translation>«forget-passwords» tar ingen argumenter, bare valg.</translation>
    </message>
    <message>
        <source>Forgot 1 initial password.</source>
        <translation type="vanished">Glemte 1 startpassord.</translation>
    </message>
    <message>
        <source>Forgot %1 initial passwords.</source>
        <translation type="vanished">Glemte %1 startpassord.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/exportcommand.cpp" line="+27"/>
        <source>Exported %1 into %2 in “%3”.</source>
        <translation>Eksporterte %1 til %2 i «%3».</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="vanished">1 fil</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="vanished">%1 filer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the parents files choose ChildID as Synchronisation field in import file and %1 as Matching synchronisation field for child.</source>
        <translation>For filene med foresatte velger du ChildID som Synkroniseringsfelt i importfil og %1 som Tilsvarende synkroniseringsfelt for barn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files hold no passwords (Export passwords is off in the settings).</source>
        <translation>Filene inneholder ingen passord (Eksporter passord er slått av i innstillingene).</translation>
    </message>
    <message>
        <source>1 missing password was generated.</source>
        <translation type="vanished">1 manglende passord ble laget.</translation>
    </message>
    <message>
        <source>%1 missing passwords were generated.</source>
        <translation type="vanished">%1 manglende passord ble laget.</translation>
    </message>
    <message>
        <source>1 parent has no child: they are in the first parents file with an empty ChildID.</source>
        <translation type="vanished">1 foresatt har ikke noe barn: vedkommende står i den første filen med foresatte med tom ChildID.</translation>
    </message>
    <message>
        <source>%1 parents have no child: they are in the first parents file with an empty ChildID.</source>
        <translation type="vanished">%1 foresatte har ikke noe barn: de står i den første filen med foresatte med tom ChildID.</translation>
    </message>
    <message>
        <source>1 staff member chosen is not in the files.</source>
        <translation type="vanished">1 valgt ansatt er ikke med i filene.</translation>
    </message>
    <message>
        <source>%1 staff members chosen are not in the files.</source>
        <translation type="vanished">%1 valgte ansatte er ikke med i filene.</translation>
    </message>
    <message>
        <source>1 character the file encoding cannot hold was written as “?”. Choose UTF-8 in the export settings to keep every letter.</source>
        <translation type="vanished">1 tegn som filens tegnkoding ikke kan lagre, ble skrevet som «?». Velg UTF-8 i eksportinnstillingene for å beholde alle bokstaver.</translation>
    </message>
    <message>
        <source>%1 characters the file encoding cannot hold were written as “?”. Choose UTF-8 in the export settings to keep every letter.</source>
        <translation type="vanished">%1 tegn som filens tegnkoding ikke kan lagre, ble skrevet som «?». Velg UTF-8 i eksportinnstillingene for å beholde alle bokstaver.</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+54"/>
        <location filename="../../app/rollbook-cli/letterscommand.cpp" line="+43"/>
        <source>%n missing passwords were generated.</source>
        <translation>
            <numerusform>%n manglende passord ble laget.</numerusform>
            <numerusform>%n manglende passord ble laget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-52"/>
        <source>%n parents have no child: they are in the first parents file with an empty ChildID.</source>
        <translation>
            <numerusform>%n foresatt har ikke noe barn: vedkommende står i den første filen med foresatte med tom ChildID.</numerusform>
            <numerusform>%n foresatte har ikke noe barn: de står i den første filen med foresatte med tom ChildID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n staff members chosen are not in the files.</source>
        <translation>
            <numerusform>%n valgt ansatt er ikke med i filene.</numerusform>
            <numerusform>%n valgte ansatte er ikke med i filene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n characters the file encoding cannot hold were written as “?”. Choose UTF-8 in the export settings to keep every letter.</source>
        <translation>
            <numerusform>%n tegn som filens tegnkoding ikke kan lagre, ble skrevet som «?». Velg UTF-8 i eksportinnstillingene for å beholde alle bokstaver.</numerusform>
            <numerusform>%n tegn som filens tegnkoding ikke kan lagre, ble skrevet som «?». Velg UTF-8 i eksportinnstillingene for å beholde alle bokstaver.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload the files in the order UPLOAD.txt gives.</source>
        <translation>Last opp filene i den rekkefølgen UPLOAD.txt oppgir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1 as a OneRoster 1.1 bundle (manifest.csv, orgs.csv, users.csv) in “%2”.</source>
        <translation>Eksporterte %1 som en OneRoster 1.1-pakke (manifest.csv, orgs.csv, users.csv) i «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every user belongs to the school “%1” (sourcedId %2).</source>
        <translation>Alle brukerne hører til skolen «%1» (sourcedId %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No school name is set. Set it before the bundle goes to another system (rollbook-cli settings school_name NAME): the school&apos;s sourcedId is made from it.</source>
        <translation>Skolens navn er ikke angitt. Angi det før pakken går til et annet system (rollbook-cli settings school_name NAVN): skolens sourcedId lages av navnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parent–learner link(s) in agentSourcedIds.</source>
        <translation>
            <numerusform>%n kobling mellom foresatt og elev i agentSourcedIds.</numerusform>
            <numerusform>%n koblinger mellom foresatte og elever i agentSourcedIds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out %n link(s) of the parents to learners not in the bundle.</source>
        <translation>
            <numerusform>Utelot %n kobling fra foresatte til elever som ikke er med i pakken.</numerusform>
            <numerusform>Utelot %n koblinger fra foresatte til elever som ikke er med i pakken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) without a synchronisation key (or with a comma in it) have the sourcedId rollbook-NUMBER, after their number in Rollbook.</source>
        <translation>
            <numerusform>%n person uten synkroniseringsnøkkel (eller med komma i den) har sourcedId rollbook-NUMMER, etter nummeret sitt i Rollbook.</numerusform>
            <numerusform>%n personer uten synkroniseringsnøkkel (eller med komma i den) har sourcedId rollbook-NUMMER, etter nummeret sitt i Rollbook.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password column is empty (Export passwords is off in the settings).</source>
        <translation>Passordkolonnen er tom (Eksporter passord er slått av i innstillingene).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n staff member(s) chosen are not in the bundle.</source>
        <translation>
            <numerusform>%n valgt ansatt er ikke med i pakken.</numerusform>
            <numerusform>%n valgte ansatte er ikke med i pakken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is a whole roster (bulk): a system that reads it may take everyone not in it as gone. Leave out --batch and --profile to export the whole school.</source>
        <translation>Pakken er en fullstendig brukerliste (bulk): et system som leser den, kan tro at alle som ikke er med, har sluttet. Utelat --batch og --profile for å eksportere hele skolen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>itslearning: the platform&apos;s CSV files in upload order (the default); oneroster: a OneRoster 1.1 CSV bundle for another system.</source>
        <translation>itslearning: plattformens CSV-filer i opplastingsrekkefølge (standard); oneroster: en OneRoster 1.1-pakke med CSV-filer til et annet system.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format is itslearning or oneroster, not “%1”.</source>
        <translation>--format er itslearning eller oneroster, ikke «%1».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the CSV files to upload to the platform into DIR, in upload order: 01-learners.csv, then 02-parents-1.csv, 03-parents-2.csv, … (one file per child of a parent), and UPLOAD.txt that says what to choose when uploading. With --format oneroster, write a OneRoster 1.1 CSV bundle instead: manifest.csv, orgs.csv and users.csv, the learners and parents with their links. Missing passwords are generated first. Files of an earlier export in DIR are replaced; other files are left alone. Without --batch or --profile: everyone.</source>
        <translation>Skriv CSV-filene som skal lastes opp til plattformen, i MAPPE, i opplastingsrekkefølge: 01-learners.csv, deretter 02-parents-1.csv, 03-parents-2.csv, … (én fil per barn av en foresatt), og UPLOAD.txt som forteller hva du skal velge ved opplasting. Med --format oneroster skrives i stedet en OneRoster 1.1-pakke med CSV-filer: manifest.csv, orgs.csv og users.csv, med elevene og de foresatte og koblingene mellom dem. Manglende passord lages først. Filer fra en tidligere eksport i MAPPE erstattes; andre filer blir liggende. Uten --batch eller --profile: alle.</translation>
    </message>
    <message>
        <source>Write the CSV files to upload to the platform into DIR, in upload order: 01-learners.csv, then 02-parents-1.csv, 03-parents-2.csv, … (one file per child of a parent), and UPLOAD.txt that says what to choose when uploading. Missing passwords are generated first. Files of an earlier export in DIR are replaced; other files are left alone. Without --batch or --profile: everyone.</source>
        <translation type="vanished">Skriv CSV-filene som skal lastes opp til plattformen, i MAPPE, i opplastingsrekkefølge: 01-learners.csv, deretter 02-parents-1.csv, 03-parents-2.csv, … (én fil per barn av en foresatt), og UPLOAD.txt som forteller hva du skal velge ved opplasting. Manglende passord lages først. Filer fra en tidligere eksport i MAPPE erstattes; andre filer blir liggende. Uten --batch eller --profile: alle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="-37"/>
        <source>The folder for the files (made when missing).</source>
        <translation>Mappen for filene (lages hvis den mangler).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name one folder for the export files.</source>
        <translation>Oppgi én mappe for eksportfilene.</translation>
    </message>
    <message>
        <source>Import learners or parents from a CSV file. Every row is checked first; with an error nothing is imported (exit 1) unless --skip-errors. Import the children before their parents.</source>
        <translation type="vanished">Importer elever eller foresatte fra en CSV-fil. Hver rad sjekkes først; ved en feil importeres ingenting (status 1) med mindre --skip-errors er gitt. Importer barna før de foresatte.</translation>
    </message>
    <message>
        <source>Who the file holds: learner or parent.</source>
        <translation type="vanished">Hvem filen inneholder: learner (elev) eller parent (foresatt).</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="-50"/>
        <location filename="../../app/rollbook-cli/peoplecommands.cpp" line="+81"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Parents: the column that names each parent&apos;s child (Synchronisation field in import file).</source>
        <translation type="vanished">Foresatte: kolonnen som viser til hver foresattes barn (Synkroniseringsfelt i importfil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COLUMN</source>
        <translation>KOLONNE</translation>
    </message>
    <message>
        <source>Parents: how that column names the child (Matching synchronisation field for child): internal-id, sync-key (default) or username.</source>
        <translation type="vanished">Foresatte: hvordan kolonnen viser til barnet (Tilsvarende synkroniseringsfelt for barn): internal-id, sync-key (standard) eller username.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FIELD</source>
        <translation>FELT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add (new users only), update (existing users only) or add-update (default).</source>
        <translation>add (bare nye brukere), update (bare eksisterende brukere) eller add-update (standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Map a column to a field by hand: first-name, last-name, username, password, sync-key, email, internal-id or ignore. May be given again.</source>
        <translation type="vanished">Knytt en kolonne til et felt manuelt: first-name, last-name, username, password, sync-key, email, internal-id eller ignore. Kan gis flere ganger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COLUMN=FIELD</source>
        <translation>KOLONNE=FELT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learners with their parents: a guardian with a name but neither user name nor e-mail address gets a user name made from the name (see --username-rule); otherwise that row is an error.</source>
        <translation>Elever med foresatte: en foresatt med navn, men verken brukernavn eller e-postadresse, får et brukernavn laget av navnet (se --username-rule); ellers er raden en feil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How --make-usernames makes a user name from “Kari Nordmann”: first.last (kari.nordmann, the default), firstlast (karinordmann), f.last (k.nordmann) or last.first (nordmann.kari). A digit is added when the name is taken.</source>
        <translation>Hvordan --make-usernames lager et brukernavn av «Kari Nordmann»: first.last (kari.nordmann, standard), firstlast (karinordmann), f.last (k.nordmann) eller last.first (nordmann.kari). Et siffer legges til når navnet er i bruk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/command.cpp" line="-46"/>
        <source>Import the rows without errors and report the others.</source>
        <translation>Importer radene uten feil, og rapporter de andre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check only: change nothing.</source>
        <translation>Bare sjekk: endre ingenting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give new users without a password a generated one.</source>
        <translation>Gi nye brukere uten passord et laget passord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as JSON to FILE.</source>
        <translation>Skriv rapporten som JSON til FIL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Write the rows with problems to FILE, as CSV with a last column “Problem”.</source>
        <translation>Skriv radene med problemer til FIL, som CSV med en siste kolonne «Problem».</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+9"/>
        <source>The file&apos;s encoding, when detection gets it wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Filens tegnkoding, når oppdagelsen tar feil: utf-8, utf-16le, utf-16be eller windows-1252.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The delimiter, when detection gets it wrong: comma, semicolon, tab or pipe.</source>
        <translation>Skilletegnet, når oppdagelsen tar feil: comma, semicolon, tab eller pipe.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/command.cpp" line="+3"/>
        <source>Say on stderr how far the import has come.</source>
        <translation>Vis på stderr hvor langt importen har kommet.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+24"/>
        <source>Name one CSV file to import.</source>
        <translation>Oppgi én CSV-fil som skal importeres.</translation>
    </message>
    <message>
        <source>Say who the file holds: --profile learner or --profile parent.</source>
        <translation type="vanished">Oppgi hvem filen inneholder: --profile learner eller --profile parent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--match is internal-id, sync-key or username, not “%1”.</source>
        <translation>--match er internal-id, sync-key eller username, ikke «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mode is add, update or add-update, not “%1”.</source>
        <translation>--mode er add, update eller add-update, ikke «%1».</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Parents need --sync-field: the column that names each parent&apos;s child.</source>
        <translation>Foresatte trenger --sync-field: kolonnen som viser til hver foresattes barn.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, where FIELD is first-name, last-name, username, password, sync-key, email, internal-id or ignore; “%1” is not that.</source>
        <translation type="vanished">--map tar KOLONNE=FELT, der FELT er first-name, last-name, username, password, sync-key, email, internal-id eller ignore; «%1» er ikke det.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Import learners, parents, or learners with their parents from a CSV file. Options left out are guessed from the file as the import wizard guesses them (who it holds, its columns, the column that names each parent&apos;s child and how it names the child), and each guess is said before importing. Every row is checked first; with an error nothing is imported (exit 1) unless --skip-errors. Import the children before their parents.</source>
        <translation>Importer elever, foresatte eller elever med foresatte fra en CSV-fil. Valg som er utelatt, gjettes ut fra filen slik importveiviseren gjetter dem (hvem filen inneholder, kolonnene, kolonnen som viser til hver foresattes barn, og hvordan den viser til barnet), og hver gjetning skrives ut før importen. Hver rad sjekkes først; ved en feil importeres ingenting (status 1) med mindre --skip-errors er gitt. Importer barna før de foresatte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who the file holds: learner, parent, or learners-with-parents (one row per learner with the guardians&apos; columns beside). Guessed from the columns when left out.</source>
        <translation>Hvem filen inneholder: learner (elev), parent (foresatt) eller learners-with-parents (én rad per elev med de foresattes kolonner ved siden av). Gjettes ut fra kolonnene hvis det er utelatt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parents: the column that names each parent&apos;s child (Synchronisation field in import file). Guessed when one column names the child.</source>
        <translation>Foresatte: kolonnen som viser til hver foresattes barn (Synkroniseringsfelt i importfil). Gjettes når én kolonne viser til barnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parents: how that column names the child (Matching synchronisation field for child): internal-id, sync-key or username. Guessed when left out: the one that finds the most children in the database.</source>
        <translation>Foresatte: hvordan kolonnen viser til barnet (Tilsvarende synkroniseringsfelt for barn): internal-id, sync-key eller username. Gjettes hvis det er utelatt: det som finner flest barn i databasen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map a column to a field by hand: first-name, last-name, full-name, username, password, sync-key, email, internal-id or ignore. May be given again.</source>
        <translation>Knytt en kolonne til et felt manuelt: first-name, last-name, full-name, username, password, sync-key, email, internal-id eller ignore. Kan gis flere ganger.</translation>
    </message>
    <message>
        <source>Learners with their parents: a guardian with a name but neither user name nor e-mail address gets a user name made from the name (first.last); otherwise that row is an error.</source>
        <translation type="vanished">Elever med foresatte: en foresatt med navn, men verken brukernavn eller e-postadresse, får et brukernavn laget av navnet (fornavn.etternavn); ellers er raden en feil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parents without a synchronisation key get one made from their user name (“P-” and 16 hexadecimal digits, the same for the same user name every time), so that the platform can connect them automatically.</source>
        <translation>Foresatte uten synkroniseringsnøkkel får en nøkkel laget av brukernavnet («P-» og 16 heksadesimale sifre, den samme for det samme brukernavnet hver gang), slik at plattformen kan koble dem til automatisk.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read the columns as the preset NAME says (see “presets”). Refused when the file lacks a column the preset names.</source>
        <translation>Les kolonnene slik forhåndsinnstillingen NAVN angir (se «presets»). Avvises hvis filen mangler en kolonne som forhåndsinnstillingen nevner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guess the columns even when a file with the same columns was imported before; otherwise that import&apos;s choices are used, and said.</source>
        <translation>Gjett kolonnene selv om en fil med de samme kolonnene er importert før; ellers brukes valgene fra den importen, og det sies fra om det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the choices of a file imported before whose columns differ only in order or by one or two more in this file (said when there is one).</source>
        <translation>Bruk valgene fra en tidligere importert fil der kolonnene bare skiller seg i rekkefølgen, eller ved at denne filen har én eller to kolonner til (det sies fra når det finnes en slik fil).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--profile is learner, parent or learners-with-parents, not “%1”.</source>
        <translation>--profile er learner, parent eller learners-with-parents, ikke «%1».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--map takes COLUMN=FIELD, where FIELD is first-name, last-name, full-name, username, password, sync-key, email, internal-id or ignore; “%1” is not that.</source>
        <translation>--map tar KOLONNE=FELT, der FELT er first-name, last-name, full-name, username, password, sync-key, email, internal-id eller ignore; «%1» er ikke det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--username-rule is first.last, firstlast, f.last or last.first, not “%1”.</source>
        <translation>--username-rule er first.last, firstlast, f.last eller last.first, ikke «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--username-rule says how --make-usernames makes user names: give both.</source>
        <translation>--username-rule sier hvordan --make-usernames lager brukernavn: oppgi begge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--preset and --no-remembered do not go together: a preset is never remembered.</source>
        <translation>--preset og --no-remembered kan ikke brukes sammen: en forhåndsinnstilling blir aldri husket.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>--make-usernames is for a file of learners with their parents (--profile learners-with-parents).</source>
        <translation>--make-usernames er for en fil med elever og foresattene deres (--profile learners-with-parents).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--derive-sync-keys gives parents keys: it is for a parents file or a file of learners with their parents.</source>
        <translation>--derive-sync-keys gir foresatte nøkler: det er for en fil med foresatte eller en fil med elever og foresattene deres.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Read %1 rows; checking and writing…</source>
        <translation>Leste %1 rader; sjekker og skriver …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1 rows (%2%)…</source>
        <translation>Leste %1 rader (%2 %) …</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/rollbook-cli/rostercommand.cpp" line="+139"/>
        <source>Rollbook cannot write the report “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive rapporten «%1»: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/rollbook-cli/rostercommand.cpp" line="+10"/>
        <source>Error: </source>
        <translation>Feil: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/rollbook-cli/rostercommand.cpp" line="+2"/>
        <source>Warning: </source>
        <translation>Advarsel: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problems are not shown here (the first %1 of each kind are). --report and --rejected write every one.</source>
        <translation>
            <numerusform>%n problem vises ikke her (de første %1 av hver type vises). --report og --rejected skriver hvert eneste.</numerusform>
            <numerusform>%n problemer vises ikke her (de første %1 av hver type vises). --report og --rejected skriver hvert eneste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n kobling</numerusform>
            <numerusform>%n koblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems not shown here: %n (the first %1 of each kind are). --report and --rejected write every one.</source>
        <translation type="vanished">
            <numerusform>Problemer som ikke vises her: %n (de første %1 av hver type vises). --report og --rejected skriver hvert eneste.</numerusform>
            <numerusform>Problemer som ikke vises her: %n (de første %1 av hver type vises). --report og --rejected skriver hvert eneste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 made</source>
        <translation>%1: %2 opprettet, %3 oppdatert, %4 uendret, %5 laget</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="vanished">1 rad</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">%1 rader</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation type="vanished">1 kobling</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation type="vanished">%1 koblinger</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="vanished">1 feil</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="vanished">%1 feil</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="vanished">1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="vanished">%1 advarsler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: the next file with these columns will be guessed again: %1</source>
        <translation>Merk: kolonnene blir gjettet på nytt for neste fil med de samme kolonnene: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as import %2. %3; %4, %5.</source>
        <translation>Importerte %1 som import %2. %3; %4, %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported from %1: %2. Correct the file and import again, or use --skip-errors to import the other rows.</source>
        <translation>Ingenting ble importert fra %1: %2. Rett filen og importer på nytt, eller bruk --skip-errors for å importere de andre radene.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked %1 (nothing was changed). %2; %3.</source>
        <translation>Sjekket %1 (ingenting ble endret). %2; %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the imports made, newest first: number, when, profile, file, what they did, and whether undone.</source>
        <translation>Vis importene som er gjort, nyeste først: nummer, når, profil, fil, hva de gjorde, og om de er angret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“batches” takes no arguments.</source>
        <translation>«batches» tar ingen argumenter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undo an import: the people it created are removed, the people it changed get their earlier values back, and the links it made are removed. Refused, saying who and why, when later changes build on it.</source>
        <translation>Angre en import: personene den opprettet, fjernes, personene den endret, får tilbake de tidligere verdiene, og koblingene den laget, fjernes. Avvises, med hvem og hvorfor, når senere endringer bygger på den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import&apos;s number (see “batches”).</source>
        <translation>Nummeret på importen (se «batches»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one import by its number.</source>
        <translation>Oppgi én import med nummeret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import %1 was undone.</source>
        <translation>Import %1 ble angret.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/letterscommand.cpp" line="-27"/>
        <source>Write the login letters as one PDF, one page per person: the school&apos;s name, the person&apos;s name, user name and password, the login address, and a parent&apos;s children, from the letter template in the settings. Missing passwords are generated first and kept only when the PDF is written. Letters to parents need Enable parent login. Without --batch or --profile: everyone.</source>
        <translation>Skriv påloggingsbrevene som én PDF, én side per person: skolens navn, personens navn, brukernavn og passord, påloggingsadressen og barna til en foresatt, fra brevmalen i innstillingene. Manglende passord lages først og beholdes bare når PDF-en blir skrevet. Brev til foresatte krever Aktiver pålogging for foresatte. Uten --batch eller --profile: alle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF file to write, such as letters.pdf.</source>
        <translation>PDF-filen som skal skrives, for eksempel brev.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name one PDF file for the letters.</source>
        <translation>Oppgi én PDF-fil for brevene.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n letters to “%1” (%2).</source>
        <translation>
            <numerusform>Skrev %n brev til «%1» (%2).</numerusform>
            <numerusform>Skrev %n brev til «%1» (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parents are linked to no learner: their letters name no child.</source>
        <translation>
            <numerusform>%n foresatt er ikke koblet til noen elev: brevet nevner ikke noe barn.</numerusform>
            <numerusform>%n foresatte er ikke koblet til noen elev: brevene nevner ikke noe barn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote 1 letter to “%2” (%3).</source>
        <translation type="vanished">Skrev 1 brev til «%2» (%3).</translation>
    </message>
    <message>
        <source>Wrote %1 letters to “%2” (%3).</source>
        <translation type="vanished">Skrev %1 brev til «%2» (%3).</translation>
    </message>
    <message>
        <source>1 parent is linked to no learner: their letter names no child.</source>
        <translation type="vanished">1 foresatt er ikke koblet til noen elev: brevet nevner ikke noe barn.</translation>
    </message>
    <message>
        <source>%1 parents are linked to no learner: their letters name no child.</source>
        <translation type="vanished">%1 foresatte er ikke koblet til noen elev: brevene nevner ikke noe barn.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/outboxcommand.cpp" line="+26"/>
        <source>Write one e-mail (.eml) with the user name and password to every chosen person with an e-mail address, into the folder DIR, for a mail client to send. Missing passwords are generated first. The people without an address are listed: they need a letter instead. The sender (email_from), subject and text come from the settings. Without --batch or --profile: everyone.</source>
        <translation>Skriv én e-post (.eml) med brukernavn og passord til hver valgt person med e-postadresse, i mappen MAPPE, som et e-postprogram kan sende. Manglende passord lages først. Personene uten adresse listes opp: de trenger brev i stedet. Avsender (email_from), emne og tekst hentes fra innstillingene. Uten --batch eller --profile: alle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outbox folder (made when missing).</source>
        <translation>Utboksmappen (lages hvis den mangler).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name one folder to write the e-mails into.</source>
        <translation>Oppgi én mappe som e-postene skal skrives til.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody was chosen, so no e-mails were written.</source>
        <translation>Ingen ble valgt, så ingen e-poster ble skrevet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No e-mails were written: nobody chosen has an e-mail address.</source>
        <translation>Ingen e-poster ble skrevet: ingen av de valgte har e-postadresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n e-mails into %1.</source>
        <translation>
            <numerusform>Skrev %n e-post til %1.</numerusform>
            <numerusform>Skrev %n e-poster til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Generated %n missing passwords first.</source>
        <translation>
            <numerusform>Laget først %n manglende passord.</numerusform>
            <numerusform>Laget først %n manglende passord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people have no e-mail address — they need a letter instead:</source>
        <translation>
            <numerusform>%n person har ingen e-postadresse – vedkommende trenger brev i stedet:</numerusform>
            <numerusform>%n personer har ingen e-postadresse – de trenger brev i stedet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote 1 e-mail into %2.</source>
        <translation type="vanished">Skrev 1 e-post til %2.</translation>
    </message>
    <message>
        <source>Wrote %1 e-mails into %2.</source>
        <translation type="vanished">Skrev %1 e-poster til %2.</translation>
    </message>
    <message>
        <source>Generated 1 missing password first.</source>
        <translation type="vanished">Laget først 1 manglende passord.</translation>
    </message>
    <message>
        <source>Generated %1 missing passwords first.</source>
        <translation type="vanished">Laget først %1 manglende passord.</translation>
    </message>
    <message>
        <source>1 person has no e-mail address — they need a letter instead:</source>
        <translation type="vanished">1 person har ingen e-postadresse – vedkommende trenger brev i stedet:</translation>
    </message>
    <message>
        <source>%1 people have no e-mail address — they need a letter instead:</source>
        <translation type="vanished">%1 personer har ingen e-postadresse – de trenger brev i stedet:</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/peoplecommands.cpp" line="-55"/>
        <source>Link a parent to a learner. Each is named by user name, synchronisation key or Internal person ID.</source>
        <translation>Koble en foresatt til en elev. Begge oppgis med brukernavn, synkroniseringsnøkkel eller intern person-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the link between a parent and a learner. Each is named by user name, synchronisation key or Internal person ID.</source>
        <translation>Fjern koblingen mellom en foresatt og en elev. Begge oppgis med brukernavn, synkroniseringsnøkkel eller intern person-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent.</source>
        <translation>Den foresatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learner.</source>
        <translation>Eleven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name one parent and one learner.</source>
        <translation>Oppgi én foresatt og én elev.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked %1 to %2.</source>
        <translation>Koblet %1 til %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked %1 from %2.</source>
        <translation>Fjernet koblingen mellom %1 og %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>List the people in the database, with the user names of their parents or children. Passwords are not shown.</source>
        <translation>Vis personene i databasen, med brukernavnene til deres foresatte eller barn. Passord vises ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this profile: learner, parent or staff.</source>
        <translation>Bare denne profilen: learner, parent eller staff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only people whose name, user name, synchronisation key or e-mail contains TEXT.</source>
        <translation>Bare personer der navn, brukernavn, synkroniseringsnøkkel eller e-post inneholder TEKST.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Skriv ut en JSON-matrise i stedet for en tabell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“users” takes no arguments.</source>
        <translation>«users» tar ingen argumenter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile is learner, parent or staff, not “%1”.</source>
        <translation>Profilen er elev, foresatt eller ansatt, ikke «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n people.</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n personer.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person.</source>
        <translation type="vanished">1 person.</translation>
    </message>
    <message>
        <source>%1 people.</source>
        <translation type="vanished">%1 personer.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/settingscommands.cpp" line="+5"/>
        <source>“init” takes no arguments.</source>
        <translation>«init» tar ingen argumenter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database “%1” is ready (version %2).</source>
        <translation>Databasen «%1» er klar (versjon %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show or change the global settings. With no key: every setting as key=value. With a key: its value. With a key and a value: change it.

Settings:</source>
        <translation>Vis eller endre de globale innstillingene. Uten nøkkel: alle innstillinger som nøkkel=verdi. Med en nøkkel: verdien. Med en nøkkel og en verdi: endre den.

Innstillinger:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The setting to show or change.</source>
        <translation>Innstillingen som skal vises eller endres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its new value.</source>
        <translation>Den nye verdien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“settings” takes at most a key and a value.</source>
        <translation>«settings» tar høyst en nøkkel og en verdi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no setting called “%1”. Run “rollbook-cli settings --help” for the list.</source>
        <translation>Det finnes ingen innstilling som heter «%1». Kjør «rollbook-cli settings --help» for å se listen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(%1 lines; “rollbook-cli settings %2” shows them)</source>
        <translation>(%1 linjer; «rollbook-cli settings %2» viser dem)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: %1 = %2</source>
        <translation>Lagret: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/command.cpp" line="+12"/>
        <source>The database file to use (created when it does not exist), or a database on a PostgreSQL server: postgresql://USER@HOST[:PORT]/NAME, with the password in PGPASSWORD or .pgpass, never on the command line. Default: %1.</source>
        <translation>Databasefilen som skal brukes (opprettes hvis den ikke finnes), eller en database på en PostgreSQL-server: postgresql://BRUKER@VERT[:PORT]/NAVN, med passordet i PGPASSWORD eller .pgpass, aldri på kommandolinjen. Standard: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DATABASE</source>
        <translation>DATABASE</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--database needs a database file or a server address.</source>
        <translation>--database trenger en databasefil eller en serveradresse.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/importguess.cpp" line="+0"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: %1</source>
        <translation>Kolonner: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The column %1 holds full names: each is split into first and last name (the last word is the last name, or “Last, First” at the comma).</source>
        <translation>Kolonnen %1 inneholder fulle navn: hvert navn deles i fornavn og etternavn (det siste ordet er etternavnet, eller «Etternavn, Fornavn» ved kommaet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns %1 hold full names: each is split into first and last name (the last word is the last name, or “Last, First” at the comma).</source>
        <translation>Kolonnene %1 inneholder fulle navn: hvert navn deles i fornavn og etternavn (det siste ordet er etternavnet, eller «Etternavn, Fornavn» ved kommaet).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guardians: %1</source>
        <translation>Foresatte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Synchronisation field in import file: %1 — %2 of %n rows find their child by %3</source>
        <translation>
            <numerusform>Synkroniseringsfelt i importfil: %1 – %2 av %n rad finner barnet sitt via %3</numerusform>
            <numerusform>Synkroniseringsfelt i importfil: %1 – %2 av %n rader finner barnet sitt via %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="vanished">Elev</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="vanished">Foresatt</translation>
    </message>
    <message>
        <source>Learners with their parents</source>
        <translation type="vanished">Elever med foresatte</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1 — %2</source>
        <translation>Profil: %1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several columns could name each parent&apos;s child: %1. Choose one with --sync-field.</source>
        <translation>Flere kolonner kan vise til hver foresattes barn: %1. Velg én med --sync-field.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The column “%1” finds as many children by %2: %3 of %4 rows each. Choose how it names the child: %5.</source>
        <translation>Kolonnen «%1» finner like mange barn via %2: %3 av %4 rader hver. Velg hvordan den viser til barnet: %5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synchronisation field in import file: %1</source>
        <translation>Synkroniseringsfelt i importfil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation field in import file: %1 — no row names a child, so the parents are imported without children</source>
        <translation>Synkroniseringsfelt i importfil: %1 – ingen rad viser til et barn, så de foresatte importeres uten barn</translation>
    </message>
    <message>
        <source>Synchronisation field in import file: %1 — %2 of 1 row finds its child by %3</source>
        <translation type="vanished">Synkroniseringsfelt i importfil: %1 – %2 av 1 rad finner barnet sitt via %3</translation>
    </message>
    <message>
        <source>Synchronisation field in import file: %1 — %2 of %3 rows find their child by %4</source>
        <translation type="vanished">Synkroniseringsfelt i importfil: %1 – %2 av %3 rader finner barnet sitt via %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preset “%1” names columns this file does not have: %2. Nothing was imported.</source>
        <translation>Forhåndsinnstillingen «%1» nevner kolonner som denne filen ikke har: %2. Ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preset “%1” is for the profile %2, not %3.</source>
        <translation>Forhåndsinnstillingen «%1» er for profilen %2, ikke %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns as in the preset “%1”.</source>
        <translation>Kolonner som i forhåndsinnstillingen «%1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A file like this one was imported before (%1; %2). Its choices are not used: to use them, import again with --use-similar.</source>
        <translation>En fil som ligner denne, er importert før (%1; %2). Valgene derfra brukes ikke: importer på nytt med --use-similar for å bruke dem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns as in %1 (--no-remembered guesses them instead).</source>
        <translation>Kolonner som i %1 (--no-remembered gjetter dem i stedet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns as in %1 (%2).</source>
        <translation>Kolonner som i %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1.</source>
        <translation>Merk: %1.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/rostercommand.cpp" line="-127"/>
        <source>%1 is a %2 roster</source>
        <translation>%1 er en brukerliste i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> of %1</source>
        <translation> fra %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>: %n learner(s), </source>
        <translation>
            <numerusform>: %n elev, </numerusform>
            <numerusform>: %n elever, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guardian(s) </source>
        <translation>
            <numerusform>%n foresatt </numerusform>
            <numerusform>%n foresatte </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n link(s) between them.</source>
        <translation>
            <numerusform>og %n kobling mellom dem.</numerusform>
            <numerusform>og %n koblinger mellom dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped, as they are neither learners nor guardians: %1.</source>
        <translation>Hoppet over fordi de verken er elever eller foresatte: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a standard roster: a OneRoster 1.1 or 1.2 CSV export, or a School Data Sync v2.1 CSV export, as a folder or a .zip file. Its students become learners, its guardians (parents, relatives) parents, linked as the roster says, in one import that Undo import takes back as a whole. Teachers and administrators are counted and skipped. Every user is checked first; with an error nothing is imported (exit 1) unless --skip-errors. People of an earlier roster of the same school who are not in this one are listed, and removed only with --remove-missing.</source>
        <translation>Importer en brukerliste i standardformat: en CSV-eksport fra OneRoster 1.1 eller 1.2, eller en CSV-eksport fra School Data Sync v2.1, som en mappe eller en .zip-fil. Elevene og de foresatte (foreldre, slektninger) importeres som elever og foresatte, koblet slik brukerlisten angir, i én import som Angre import tar tilbake i sin helhet. Lærere og administratorer telles og hoppes over. Hver bruker sjekkes først; ved en feil importeres ingenting (status 1) med mindre --skip-errors er gitt. Personer fra en tidligere brukerliste fra samme skole som ikke er med i denne, listes opp, og de fjernes bare med --remove-missing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The roster: a folder or a .zip file.</source>
        <translation>Brukerlisten: en mappe eller en .zip-fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which identifier becomes the synchronisation key: sourcedId (the roster&apos;s own id) or identifier (the school&apos;s number for the person). Remembered for the next roster; sourcedId at first.</source>
        <translation>Hvilken ID som blir synkroniseringsnøkkelen: sourcedId (brukerlistens egen ID) eller identifier (skolens nummer for personen). Huskes til neste brukerliste; sourcedId første gang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KEY</source>
        <translation>NØKKEL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from Rollbook, in the same import, the people who are not in this roster (see --all-missing). Undo import puts them back.</source>
        <translation>Fjern personene som ikke er med i denne brukerlisten, fra Rollbook i samme import (se --all-missing). Angre import legger dem tilbake.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who left is every learner and parent in the database who is not in the roster, not only those an earlier roster of this school brought in.</source>
        <translation>Som sluttet regnes alle elever og foresatte i databasen som ikke er med i brukerlisten, ikke bare de som en tidligere brukerliste fra denne skolen hentet inn.</translation>
    </message>
    <message>
        <source>Import the users without errors and report the others.</source>
        <translation type="vanished">Importer brukerne uten feil, og rapporter de andre.</translation>
    </message>
    <message>
        <source>Write the users.csv rows with problems to FILE, as CSV with a last column “Problem”.</source>
        <translation type="vanished">Skriv radene i users.csv med problemer til FIL, som CSV med en siste kolonne «Problem».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name one roster: a folder or a .zip file.</source>
        <translation>Oppgi én brukerliste: en mappe eller en .zip-fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--key is sourcedId or identifier, not “%1”.</source>
        <translation>--key er sourcedId eller identifier, ikke «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synchronisation key: %1 (--key to choose).</source>
        <translation>Synkroniseringsnøkkel: %1 (velg med --key).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read %1 users; checking and writing…</source>
        <translation>Leste %1 brukere; sjekker og skriver …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read %1 rows of %2…</source>
        <translation>Leste %1 rader i %2 …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The roster is a delta (only changes), so nobody is taken to have left.</source>
        <translation>Brukerlisten er en delta (bare endringer), så ingen regnes som sluttet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not in this roster (who left): %n.</source>
        <translation>
            <numerusform>Ikke med i denne brukerlisten (har sluttet): %n.</numerusform>
            <numerusform>Ikke med i denne brukerlisten (har sluttet): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … og %n til.</numerusform>
            <numerusform>  … og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They are left as they are; --remove-missing removes them in the same import.</source>
        <translation>De blir værende som de er; --remove-missing fjerner dem i samme import.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n created, </source>
        <translation>
            <numerusform>%n opprettet, </numerusform>
            <numerusform>%n opprettet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n oppdatert, </numerusform>
            <numerusform>%n oppdatert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n uendret, </numerusform>
            <numerusform>%n uendret, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s) made</source>
        <translation>
            <numerusform>%n kobling laget</numerusform>
            <numerusform>%n koblinger laget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Removed %n who left.</source>
        <translation>
            <numerusform>Fjernet %n som har sluttet.</numerusform>
            <numerusform>Fjernet %n som har sluttet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 as import %2: %3; %4, %5.</source>
        <translation>Importerte %1 som import %2: %3; %4, %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported from %1: %2. Correct the roster and import again, or use --skip-errors to import the other users.</source>
        <translation>Ingenting ble importert fra %1: %2. Rett brukerlisten og importer på nytt, eller bruk --skip-errors for å importere de andre brukerne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked %1 (nothing was changed): %2; %3.</source>
        <translation>Sjekket %1 (ingenting ble endret): %2; %3.</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/presetscommand.cpp" line="+13"/>
        <source>The presets: named ways of reading a file&apos;s columns, to share between schools.
  presets [list]            the presets, with the profile each is for
  presets export NAME FILE  write the preset to a small JSON file
  presets import FILE       read a preset file into this database
  presets delete NAME       delete the preset
Use one with “import FILE --preset NAME”; the import wizard saves them (Save as Preset…).</source>
        <translation>Forhåndsinnstillingene: navngitte måter å lese kolonnene i en fil på, som skoler kan dele.
  presets [list]            forhåndsinnstillingene, med profilen hver av dem gjelder
  presets export NAME FILE  skriv forhåndsinnstillingen til en liten JSON-fil
  presets import FILE       les en forhåndsinnstillingsfil inn i denne databasen
  presets delete NAME       slett forhåndsinnstillingen
Bruk en av dem med «import FILE --preset NAME»; importveiviseren lagrer dem (Lagre som forhåndsinnstilling …).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list, export, import or delete.</source>
        <translation>list, export, import eller delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the action takes.</source>
        <translation>Argumentene handlingen tar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: replace a preset of the same name.</source>
        <translation>import: erstatt en forhåndsinnstilling med samme navn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an action of presets: list, export, import or delete.</source>
        <translation>«%1» er ikke en handling for presets: list, export, import eller delete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export takes a preset&apos;s name and a file.</source>
        <translation>export tar navnet på en forhåndsinnstilling og en fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list takes no arguments.</source>
        <translation>list tar ingen argumenter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import takes one preset file.</source>
        <translation>import tar én forhåndsinnstillingsfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete takes a preset&apos;s name.</source>
        <translation>delete tar navnet på en forhåndsinnstilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--replace is for import.</source>
        <translation>--replace gjelder bare import.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no presets yet.</source>
        <translation>Det finnes ingen forhåndsinnstillinger ennå.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote the preset “%1” to %2.</source>
        <translation>Skrev forhåndsinnstillingen «%1» til %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the preset “%1” (%2).</source>
        <translation>La til forhåndsinnstillingen «%1» (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted the preset “%1”.</source>
        <translation>Slettet forhåndsinnstillingen «%1».</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="-45"/>
        <source>--learners takes a number from 1 to %1, not “%2”.</source>
        <translation>--learners tar et tall fra 1 til %1, ikke «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--parents-per-learner takes a number from 0 to 4, such as 1.6, not “%1”.</source>
        <translation>--parents-per-learner tar et tall fra 0 til 4, for eksempel 1.6, ikke «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--seed takes a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>--seed tar et heltall fra 0 til 4294967295, ikke «%1».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a made-up school into DIR to try Rollbook on: its learners and parents in the platform&apos;s own two files, in a Norwegian student system&apos;s pair, and in one file of learners with their parents; a small file with mistakes; and README.txt, which says what each file shows and how to import it. The same options always write the same files. Files of an earlier sample in DIR are replaced; other files are left alone.</source>
        <translation>Skriv filene til en oppdiktet skole i DIR, som du kan prøve Rollbook med: elevene og de foresatte i plattformens egne to filer, i et filpar fra et norsk elevsystem og i én fil med elever og foresattene deres; en liten fil med feil; og README.txt, som forteller hva hver fil viser og hvordan den importeres. De samme valgene skriver alltid de samme filene. Filer fra et tidligere eksempel i DIR erstattes; andre filer blir ikke rørt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many learners the school has (1 to %1; default 60).</source>
        <translation>Hvor mange elever skolen har (1 til %1; standard 60).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many parents there are for each learner, on average (0 to 4; default 1.6). Brothers and sisters share theirs.</source>
        <translation>Hvor mange foresatte hver elev har i gjennomsnitt (0 til 4; standard 1.6). Søsken deler foresatte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another number makes another school of the same size (default 1).</source>
        <translation>Et annet tall gir en annen skole av samme størrelse (standard 1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name one folder for the sample school.</source>
        <translation>Oppgi én mappe for eksempelskolen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote a sample school of %1 and %2 to %3: %4.</source>
        <translation>Skrev en eksempelskole med %1 og %2 til %3: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import the children first: the learners, then their parents, with parent login on. README.txt gives the commands, such as:</source>
        <translation>Importer barna først: elevene, deretter de foresatte, med pålogging for foresatte slått på. README.txt viser kommandoene, for eksempel:</translation>
    </message>
    <message>
        <location filename="../../app/rollbook-cli/erasecommand.cpp" line="+13"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase people on request (a family that left and asks for deletion): each person, their links, their values in the undo records and import history, and their names in the audit rows (kept, with a neutral marker), in the database and in every backup beside it. It cannot be undone. --dry-run says what would go and changes nothing.</source>
        <translation>Slett personer på forespørsel (en familie som har flyttet og ber om sletting): hver person, koblingene, verdiene i angreopplysningene og importhistorikken, og navnene i revisjonsloggen (radene beholdes, med en nøytral markør), i databasen og i alle sikkerhetskopier ved siden av den. Dette kan ikke angres. --dry-run viser hva som ville bli slettet, og endrer ingenting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user names of the people.</source>
        <translation>Brukernavnene til personene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what would be erased; change nothing.</source>
        <translation>Vis hva som ville bli slettet; endre ingenting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also erase the parents who would have no child left in Rollbook.</source>
        <translation>Slett også foresatte som ikke ville ha noe barn igjen i Rollbook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the user names of the people to erase.</source>
        <translation>Oppgi brukernavnene til personene som skal slettes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Would erase:</source>
        <translation>Ville slette:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erasing:</source>
        <translation>Sletter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>And their parents, who would have no child left:</source>
        <translation>Og foresatte som ikke ville ha noe barn igjen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These parents would have no child left in Rollbook; add --with-parents to erase them too:</source>
        <translation>Disse foresatte ville ikke ha noe barn igjen i Rollbook; legg til --with-parents for å slette dem også:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was erased (--dry-run).</source>
        <translation>Ingenting ble slettet (--dry-run).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone.</source>
        <translation>Dette kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>Rollbook::ColumnsPage</name>
    <message>
        <location filename="../../ui/importwizard/columnspage.cpp" line="+47"/>
        <source>&amp;Forget This Mapping</source>
        <translation>&amp;Glem denne kolonnekoblingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use Its Choices</source>
        <translation>&amp;Bruk valgene derfra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a &amp;preset:</source>
        <translation>Start fra en &amp;forhåndsinnstilling:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what each column of the file holds. Rollbook has guessed from the column names; a column set to “Ignore this column” is not imported.</source>
        <translation>Angi hva hver kolonne i filen inneholder. Rollbook har gjettet ut fra kolonnenavnene; en kolonne satt til «Ignorer denne kolonnen» blir ikke importert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guess the columns from their names again, now and for the next file with these columns.</source>
        <translation>Gjett kolonnene ut fra navnene deres på nytt, nå og for neste fil med de samme kolonnene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the columns as that file&apos;s were read.</source>
        <translation>Les kolonnene slik de ble lest i den filen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Columns as in %1.</source>
        <translation>Kolonner som i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1.</source>
        <translation>Merk: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A file like this one was imported before (%1; %2). Rollbook has guessed the columns; you can use that file&apos;s choices instead.</source>
        <translation>En fil som ligner denne, er importert før (%1; %2). Rollbook har gjettet kolonnene; du kan bruke valgene fra den filen i stedet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forgotten: Rollbook guesses the columns from their names, now and for the next file with these columns.</source>
        <translation>Glemt: Rollbook gjetter kolonnene ut fra navnene deres, nå og for neste fil med de samme kolonnene.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns as in %1 (%2).</source>
        <translation>Kolonner som i %1 (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The preset “%1” is for %2 files, and this file is imported as %3. Go back to choose that profile, or choose another preset.</source>
        <translation>Forhåndsinnstillingen «%1» er for profilen %2, og denne filen importeres som %3. Gå tilbake og velg den profilen, eller velg en annen forhåndsinnstilling.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preset “%1” names columns this file does not have: %2. Choose another preset, or say here what each column holds.</source>
        <translation>Forhåndsinnstillingen «%1» nevner kolonner som denne filen ikke har: %2. Velg en annen forhåndsinnstilling, eller angi her hva hver kolonne inneholder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns as in the preset “%1”.</source>
        <translation>Kolonner som i forhåndsinnstillingen «%1».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Names each parent&apos;s child: the next step, Parent relationship, uses it.</source>
        <translation>Viser til hver foresattes barn: neste trinn, Foreldrerelasjon, bruker den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learner</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Names a guardian, but no guardian group takes it, so it is not imported.</source>
        <translation>Gjelder en foresatt, men ingen foresatt-gruppe tar den med, så den blir ikke importert.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Column “%1”</source>
        <translation>Kolonne «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example “%1”</source>
        <translation>For eksempel «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(column %1 has no name)</source>
        <translation>(kolonne %1 har ikke noe navn)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is chosen for %2 columns: %3. Choose it for one column only.</source>
        <translation>%1 er valgt for %2 kolonner: %3. Velg det for bare én kolonne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>In “%1”, %2 is chosen for %3 columns: %4. Choose it for one column only.</source>
        <translation>I «%1» er %2 valgt for %3 kolonner: %4. Velg det for bare én kolonne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The guardian “%1” needs a column for the name (First name or Full name) and one for the user name or the e-mail address. Choose them, or set all of the guardian&apos;s columns to “%2” to leave this guardian out.</source>
        <translation>Den foresatte «%1» trenger en kolonne for navnet (Fornavn eller Fullt navn) og en for brukernavnet eller e-postadressen. Velg dem, eller sett alle kolonnene til den foresatte til «%2» for å utelate denne foresatte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column is chosen for %1, which every user needs. Choose the column that holds it.</source>
        <translation>Ingen kolonne er valgt for %1, som alle brukere trenger. Velg kolonnen som inneholder det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column of “%1” is chosen for %2, which every learner needs. Choose the column that holds it.</source>
        <translation>Ingen kolonne i «%1» er valgt for %2, som alle elever trenger. Velg kolonnen som inneholder det.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No column is chosen for a guardian. Choose the columns of at least one guardian, or go back and import the file as learners.</source>
        <translation>Ingen kolonne er valgt for noen foresatt. Velg kolonnene til minst én foresatt, eller gå tilbake og importer filen som elever.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Split into first and last name: the last word is the last name, the words before it the first name.</source>
        <translation>Deles i fornavn og etternavn: det siste ordet er etternavnet, ordene foran det er fornavnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split into first and last name: “%1” → %2 | %3</source>
        <translation>Deles i fornavn og etternavn: «%1» → %2 | %3</translation>
    </message>
</context>
<context>
    <name>Rollbook::Csv</name>
    <message>
        <location filename="../../models/csv/csvdetection.cpp" line="+69"/>
        <location line="+61"/>
        <source>chosen by you</source>
        <translation>valgt av deg</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>the file starts with a UTF-8 byte order mark</source>
        <translation>filen starter med en UTF-8 byte order mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file starts with a %1 byte order mark, as Excel&apos;s “Unicode text” does</source>
        <translation>filen starter med en %1 byte order mark, slik Excels «Unicode-tekst» gjør</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the text is plain ASCII, which reads the same in every encoding; read as UTF-8</source>
        <translation>teksten er ren ASCII, som leses likt i alle tegnkodinger; lest som UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is valid UTF-8</source>
        <translation>teksten er gyldig UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text is not valid UTF-8 (line %1), so it is read as Windows-1252, as Excel writes “CSV (MS-DOS)”</source>
        <translation>teksten er ikke gyldig UTF-8 (linje %1), så den leses som Windows-1252, slik Excel skriver «CSV (MS-DOS)»</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no comma, semicolon, tab or pipe divides the first line, so the file is read as one column</source>
        <translation>ingen komma, semikolon, tabulator eller loddrett strek deler den første linjen, så filen leses som én kolonne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header splits into %1 columns at each %2</source>
        <translation>overskriftsraden deles i %1 kolonner ved hvert %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each of the first %1 lines splits into %2 columns at each %3</source>
        <translation>hver av de første %1 linjene deles i %2 kolonner ved hvert %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header splits into %1 columns at each %2, as do %3 of the next %4 lines</source>
        <translation>overskriftsraden deles i %1 kolonner ved hvert %2, og det samme gjør %3 av de neste %4 linjene</translation>
    </message>
    <message>
        <location filename="../../models/csv/csvformat.cpp" line="+61"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>loddrett strek</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 with BOM</source>
        <translation>%1 med BOM</translation>
    </message>
    <message>
        <location filename="../../models/csv/csvreader.cpp" line="+75"/>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, linje %2, kolonne %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2, column %3 (“%4”): %5</source>
        <translation>%1, linje %2, kolonne %3 («%4»): %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+191"/>
        <source>the file cannot be read (%1).</source>
        <translation>filen kan ikke leses (%1).</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>this is not a text file: it holds bytes that no text file has (such as NUL), so it cannot be read as CSV.</source>
        <translation>dette er ikke en tekstfil: den inneholder byte som ingen tekstfil har (for eksempel NUL), så den kan ikke leses som CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It looks like UTF-16 text without a byte order mark: choose the encoding UTF-16, or save the file again as UTF-8.</source>
        <translation>Det ser ut som UTF-16-tekst uten byte order mark: velg tegnkodingen UTF-16, eller lagre filen på nytt som UTF-8.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>no file</source>
        <translation>ingen fil</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>this field holds bytes that are not valid %1 text; save the file again, or choose its encoding.</source>
        <translation>dette feltet inneholder byte som ikke er gyldig %1-tekst; lagre filen på nytt, eller velg tegnkodingen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty: it has no header line and no records.</source>
        <translation>filen er tom: den har verken overskriftsrad eller poster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field that starts in column %1 of the header is never closed.</source>
        <translation>et felt i anførselstegn som starter i kolonne %1 i overskriftsraden, blir aldri lukket.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the header line is far too long to be a list of column names.</source>
        <translation>overskriftsraden er altfor lang til å være en liste over kolonnenavn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the first line has no column names.</source>
        <translation>den første linjen har ingen kolonnenavn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>columns %1 (“%2”) and %3 (“%4”) have the same name; each column needs a name of its own.</source>
        <translation>kolonne %1 («%2») og %3 («%4») har samme navn; hver kolonne trenger sitt eget navn.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the value is far longer than %L1 characters, the most allowed.</source>
        <translation>verdien er langt lengre enn %L1 tegn, som er det meste som er tillatt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>this row has %L1 fields, where the header has %L2.</source>
        <translation>denne raden har %L1 felt, mens overskriftsraden har %L2.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>this row is larger than %L1 MB, far more than a row of people holds.</source>
        <translation>denne raden er større enn %L1 MB, langt mer enn en rad med personer inneholder.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The row runs from line %1 to line %2: a quote that is not closed where it should be may have joined lines together.</source>
        <translation>Raden går fra linje %1 til linje %2: et anførselstegn som ikke er lukket der det skulle, kan ha slått sammen linjer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the value is %L1 characters long; at most %L2 are allowed.</source>
        <translation>verdien er %L1 tegn lang; høyst %L2 er tillatt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the file has a header line but no records.</source>
        <translation>filen har en overskriftsrad, men ingen poster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a quoted field that starts in column %1 is never closed.</source>
        <translation>et felt i anførselstegn som starter i kolonne %1, blir aldri lukket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted field that starts in column %1 (“%2”) is never closed.</source>
        <translation>et felt i anførselstegn som starter i kolonne %1 («%2»), blir aldri lukket.</translation>
    </message>
    <message>
        <location filename="../../models/csv/csvwriter.cpp" line="+132"/>
        <source>The file cannot be written (%1).</source>
        <translation>Filen kan ikke skrives (%1).</translation>
    </message>
</context>
<context>
    <name>Rollbook::Database</name>
    <message>
        <location filename="../../models/db/database.cpp" line="+60"/>
        <source>There is no database at “%1”.</source>
        <translation>Det finnes ingen database i «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollbook cannot create “%1”: “%2” is a file, not a folder.</source>
        <translation>Rollbook kan ikke opprette «%1»: «%2» er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollbook cannot read “%1”: you do not have permission to open it. Ask whoever manages this computer for access, or choose another file.</source>
        <translation>Rollbook kan ikke lese «%1»: du har ikke tilgang til å åpne den. Be den som har ansvar for denne datamaskinen om tilgang, eller velg en annen fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rollbook cannot read “%1”: %2.</source>
        <translation>Rollbook kan ikke lese «%1»: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a Rollbook database. It may be another kind of file with the same name. Choose another file, or create a new database.</source>
        <translation>«%1» er ikke en Rollbook-database. Det kan være en annen type fil med samme navn. Velg en annen fil, eller opprett en ny database.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rollbook cannot create the folder “%1”.</source>
        <translation>Rollbook kan ikke opprette mappen «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollbook cannot create “%1”: %2.</source>
        <translation>Rollbook kan ikke opprette «%1»: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>“%1” is not a Rollbook database, or it is damaged (%2).</source>
        <translation>«%1» er ikke en Rollbook-database, eller den er skadet (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was made by a newer version of Rollbook (database version %2; this Rollbook understands up to version %3). Install the newer Rollbook to open it. The database has not been changed.</source>
        <translation>«%1» ble laget av en nyere versjon av Rollbook (databaseversjon %2; denne Rollbook forstår opp til versjon %3). Installer den nyere Rollbook for å åpne den. Databasen er ikke endret.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Rollbook (database version %2; this Rollbook understands up to version %3). Install the newer Rollbook to open it. The file has not been changed.</source>
        <translation type="vanished">«%1» ble laget av en nyere versjon av Rollbook (databaseversjon %2; denne Rollbook forstår opp til versjon %3). Installer den nyere Rollbook for å åpne den. Filen er ikke endret.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is an SQLite database, but not a Rollbook database. Choose another file, or create a new database.</source>
        <translation>«%1» er en SQLite-database, men ikke en Rollbook-database. Velg en annen fil, eller opprett en ny database.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+285"/>
        <source>The SQLite driver for Qt is missing (QSQLITE). Reinstall Rollbook.</source>
        <translation>SQLite-driveren for Qt mangler (QSQLITE). Installer Rollbook på nytt.</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+282"/>
        <source>Rollbook cannot open “%1”: %2.</source>
        <translation>Rollbook kan ikke åpne «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../../models/db/serveraddress.cpp" line="+390"/>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <location filename="../../models/db/database.cpp" line="-200"/>
        <source>a row of “%1” names a missing one</source>
        <translation>en rad i «%1» viser til en rad som mangler</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+5"/>
        <location line="+24"/>
        <source>Rollbook cannot read the database “%1”: %2.</source>
        <translation>Rollbook kan ikke lese databasen «%1»: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a Rollbook database: it holds another program&apos;s tables. Ask the server&apos;s administrator for an empty database for Rollbook.</source>
        <translation>«%1» er ikke en Rollbook-database: den inneholder et annet programs tabeller. Be serverens administrator om en tom database til Rollbook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+189"/>
        <source>Rollbook cannot set up the database “%1”: %2.</source>
        <translation>Rollbook kan ikke gjøre klar databasen «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../../models/db/serveraddress.cpp" line="-346"/>
        <source>the server did not say why.</source>
        <translation>serveren sa ikke hvorfor.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>or, to connect without verifying the server, choose “Encrypted, server not verified” (sslmode=require in the address).</source>
        <translation>eller, for å koble til uten å bekrefte serveren, velg «Kryptert, serveren ikke bekreftet» (sslmode=require i adressen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server could not be verified, because the CA certificate “%1” (sslrootcert) does not exist.</source>
        <translation>serveren kunne ikke bekreftes, fordi CA-sertifikatet «%1» (sslrootcert) ikke finnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the path of the CA certificate in the address (in Open Database: CA certificate), %1</source>
        <translation>Kontroller banen til CA-sertifikatet i adressen (i Åpne database: CA-sertifikat), %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server could not be verified, because Rollbook has no certificate of the authority (CA) that signed the server&apos;s certificate (PostgreSQL looked for “%1”).</source>
        <translation>serveren kunne ikke bekreftes, fordi Rollbook ikke har sertifikatet til utstederen (CA) som signerte serverens sertifikat (PostgreSQL så etter «%1»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the CA certificate in the address with sslrootcert=, as in ?sslrootcert=/path/to/school-ca.crt (in Open Database: CA certificate), or place it where PostgreSQL looks by default, %1; %2</source>
        <translation>Oppgi CA-sertifikatet i adressen med sslrootcert=, som i ?sslrootcert=/sti/til/skole-ca.crt (i Åpne database: CA-sertifikat), eller legg det der PostgreSQL ser som standard, %1; %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server could not be verified, because the CA certificate “%1” cannot be read (%2).</source>
        <translation>serveren kunne ikke bekreftes, fordi CA-sertifikatet «%1» ikke kan leses (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a CA certificate in PEM format (a text file that begins with -----BEGIN CERTIFICATE-----), %1</source>
        <translation>Oppgi et CA-sertifikat i PEM-format (en tekstfil som begynner med -----BEGIN CERTIFICATE-----), %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server could not be verified, because its certificate was not signed by the authority whose CA certificate Rollbook checked it with (“%1”).</source>
        <translation>serveren kunne ikke bekreftes, fordi sertifikatet ikke var signert av utstederen som Rollbook kontrollerte det med («%1»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the server&apos;s administrator for the CA certificate that signed the server&apos;s certificate, %1</source>
        <translation>Be serverens administrator om CA-sertifikatet som signerte serverens sertifikat, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server could not be verified, because its certificate is made out to “%1”, not to “%2”.</source>
        <translation>serveren kunne ikke bekreftes, fordi sertifikatet er utstedt til «%1», ikke til «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the server&apos;s name as its certificate gives it, or choose “Encrypted, server verified by its certificate authority only” (sslmode=verify-ca in the address).</source>
        <translation>Skriv servernavnet slik sertifikatet oppgir det, eller velg «Kryptert, serveren bekreftet bare av utstederen» (sslmode=verify-ca i adressen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server accepts only encrypted connections, and this one was not encrypted (sslmode=disable).</source>
        <translation>serveren godtar bare krypterte tilkoblinger, og denne var ikke kryptert (sslmode=disable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an encrypted connection: leave sslmode out of the address (in Open Database: “Encrypted, server verified (recommended)”).</source>
        <translation>Velg en kryptert tilkobling: utelat sslmode fra adressen (i Åpne database: «Kryptert, serveren bekreftet (anbefalt)»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server does not offer encryption (TLS).</source>
        <translation>serveren tilbyr ikke kryptering (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask its administrator to turn TLS on (ssl = on in postgresql.conf, with the server&apos;s certificate and key), or, since the server is on this computer, choose “Not encrypted (this computer only)” (sslmode=disable in the address).</source>
        <translation>Be administratoren slå på TLS (ssl = on i postgresql.conf, med serverens sertifikat og nøkkel), eller, siden serveren er på denne datamaskinen, velg «Ikke kryptert (bare denne datamaskinen)» (sslmode=disable i adressen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask its administrator to turn TLS on (ssl = on in postgresql.conf, with the server&apos;s certificate and key).</source>
        <translation>Be administratoren slå på TLS (ssl = on i postgresql.conf, med serverens sertifikat og nøkkel).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address, that the server is running, and the password in PGPASSWORD or your PostgreSQL password file (.pgpass).</source>
        <translation>Kontroller adressen, at serveren kjører, og passordet i PGPASSWORD eller PostgreSQL-passordfilen din (.pgpass).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” gives %2 more than once. Give it once.</source>
        <translation>«%1» oppgir %2 mer enn én gang. Oppgi det én gang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a kind of connection security Rollbook knows (in “%2”). Write sslmode=verify-full (the default: encrypted, the server verified), verify-ca (encrypted, the server verified by its certificate authority only), require (encrypted, the server not verified) or disable (not encrypted, for a server on this computer only).</source>
        <translation>«%1» er ikke en type tilkoblingssikkerhet Rollbook kjenner (i «%2»). Skriv sslmode=verify-full (standard: kryptert, serveren bekreftet), verify-ca (kryptert, serveren bekreftet bare av utstederen), require (kryptert, serveren ikke bekreftet) eller disable (ikke kryptert, bare for en server på denne datamaskinen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rollbook does not know what follows the ? in “%1”: %2. An address may give sslmode (verify-full, verify-ca, require or disable) and sslrootcert (the file of the CA certificate), as in %3; other connection settings go in PostgreSQL&apos;s environment variables.</source>
        <translation>Rollbook kjenner ikke det som følger etter ? i «%1»: %2. En adresse kan oppgi sslmode (verify-full, verify-ca, require eller disable) og sslrootcert (filen med CA-sertifikatet), som i %3; andre tilkoblingsinnstillinger hører hjemme i PostgreSQLs miljøvariabler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” gives sslrootcert without a file. Name the file of the CA certificate, as in %2.</source>
        <translation>«%1» oppgir sslrootcert uten en fil. Oppgi filen med CA-sertifikatet, som i %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA certificate&apos;s path “%1” holds a semicolon (;), which Qt&apos;s PostgreSQL driver cannot pass on. Move or rename the file.</source>
        <translation>Banen til CA-sertifikatet «%1» inneholder et semikolon (;), som Qts PostgreSQL-driver ikke kan sende videre. Flytt eller gi filen nytt navn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” gives a CA certificate (sslrootcert), but with sslmode=%2 the server is not verified, so it has no use. Write sslmode=verify-full (or leave sslmode out) to verify the server with it, or leave sslrootcert out.</source>
        <translation>«%1» oppgir et CA-sertifikat (sslrootcert), men med sslmode=%2 blir ikke serveren bekreftet, så det er til ingen nytte. Skriv sslmode=verify-full (eller utelat sslmode) for å bekrefte serveren med det, eller utelat sslrootcert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” asks for a connection that is not encrypted (sslmode=disable) to %2, another computer: anyone on the network between could read the children&apos;s data and the passwords. Rollbook connects without encryption only to a server on this computer. Leave sslmode out to connect encrypted with the server verified, or write sslmode=require to connect encrypted without verifying it.</source>
        <translation>«%1» ber om en tilkobling som ikke er kryptert (sslmode=disable) til %2, en annen datamaskin: alle på nettverket imellom kunne lese barnas opplysninger og passordene. Rollbook kobler til uten kryptering bare til en server på denne datamaskinen. Utelat sslmode for å koble til kryptert med serveren bekreftet, eller skriv sslmode=require for å koble til kryptert uten å bekrefte den.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is not a server address. Write it as %2, for example %3.</source>
        <translation>«%1» er ikke en serveradresse. Skriv den som %2, for eksempel %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address holds a password. Leave it out: Rollbook takes the password from PGPASSWORD or from your PostgreSQL password file (.pgpass), so that it never shows on screen or in a list of running programs.</source>
        <translation>Serveradressen inneholder et passord. Ta det bort: Rollbook henter passordet fra PGPASSWORD eller fra PostgreSQL-passordfilen din (.pgpass), slik at det aldri vises på skjermen eller i en liste over kjørende programmer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a complete server address: %2 Write it as %3, for example %4.</source>
        <translation>«%1» er ikke en fullstendig serveradresse: %2 Skriv den som %3, for eksempel %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the user name (before the @) is missing.</source>
        <translation>brukernavnet (foran @) mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s name (after the @) is missing.</source>
        <translation>servernavnet (etter @) mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database name (after the last /) is missing.</source>
        <translation>databasenavnet (etter siste /) mangler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has something after the database name (from the # on). Leave it out and write the address as %2.</source>
        <translation>«%1» har noe etter databasenavnet (fra # og utover). Ta det bort og skriv adressen som %2.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The connection to the server is encrypted, but the server is not verified: another computer could pose as it.</source>
        <translation>Tilkoblingen til serveren er kryptert, men serveren er ikke bekreftet: en annen datamaskin kan utgi seg for å være den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server is not encrypted, which is safe only because the server is on this computer.</source>
        <translation>Tilkoblingen til serveren er ikke kryptert, noe som bare er trygt fordi serveren er på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../models/db/database.cpp" line="-23"/>
        <source>Rollbook cannot connect to the database “%1” on port %2 as %3: %4 %5</source>
        <translation>Rollbook kan ikke koble til databasen «%1» på port %2 som %3: %4 %5</translation>
    </message>
    <message>
        <source>“%1” has something after the database name (from the %2 on). Leave it out and write the address as %3; other connection settings go in PostgreSQL&apos;s environment variables, such as PGSSLMODE.</source>
        <translation type="vanished">«%1» har noe etter databasenavnet (fra %2 og utover). Ta det bort og skriv adressen som %3; andre tilkoblingsinnstillinger hører hjemme i PostgreSQLs miljøvariabler, som PGSSLMODE.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>No database file was named.</source>
        <translation>Ingen databasefil ble oppgitt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” is read-only, so Rollbook cannot save changes to it. Copy it to a folder where you may save files, or ask for permission to change it.</source>
        <translation>«%1» er skrivebeskyttet, så Rollbook kan ikke lagre endringer i den. Kopier den til en mappe der du kan lagre filer, eller be om tilgang til å endre den.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Rollbook cannot use “%1”: %2.</source>
        <translation>Rollbook kan ikke bruke «%1»: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rollbook&apos;s PostgreSQL support is missing (the QPSQL driver of Qt). Install it (on Debian and Ubuntu: the package libqt6sql6-psql), or reinstall Rollbook.</source>
        <translation>Rollbooks PostgreSQL-støtte mangler (Qts QPSQL-driver). Installer den (på Debian og Ubuntu: pakken libqt6sql6-psql), eller installer Rollbook på nytt.</translation>
    </message>
    <message>
        <source>Rollbook cannot connect to the database “%1” on port %2 as %3: %4 Check the address, that the server is running, and the password in PGPASSWORD or your PostgreSQL password file (.pgpass).</source>
        <translation type="vanished">Rollbook kan ikke koble til databasen «%1» på port %2 som %3: %4 Kontroller adressen, at serveren kjører, og passordet i PGPASSWORD eller PostgreSQL-passordfilen din (.pgpass).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Waiting for another administrator&apos;s import or undo on this database to finish…</source>
        <translation>Venter på at en annen administrators import eller angring i denne databasen skal bli ferdig …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled while waiting; nothing was changed.</source>
        <translation>Avbrutt under ventingen; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Rollbook could not bring “%1” up to database version %2 (%3). The database was left at the version before it.</source>
        <translation>Rollbook kunne ikke oppdatere «%1» til databaseversjon %2 (%3). Databasen ble stående på versjonen før.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Distribute</name>
    <message>
        <location filename="../../models/distribution/distribute.cpp" line="+51"/>
        <source>The passwords could not be stored in the database (%1).</source>
        <translation>Passordene kunne ikke lagres i databasen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files written were removed again, since their passwords would not work. Try again.</source>
        <translation>Filene som ble skrevet, er fjernet igjen, siden passordene i dem ikke ville virke. Prøv på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files hold passwords that will not work; delete them: %1.</source>
        <translation>Disse filene inneholder passord som ikke vil virke; slett dem: %1.</translation>
    </message>
</context>
<context>
    <name>Rollbook::DistributePage</name>
    <message>
        <location filename="../../ui/distributepage.cpp" line="+61"/>
        <source>parents</source>
        <translation>foresatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learners</source>
        <translation>elever</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1: %2 (%3, %4)</source>
        <translation>Import %1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the letters to “%1”: %2. No letters were printed.</source>
        <translation>Kunne ikke skrive brevene til «%1»: %2. Ingen brev ble skrevet ut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose whom, then export the files to upload to the platform, print the login letters or write the e-mails. People without a password get one from the password policy first.</source>
        <translation>Velg hvem, og eksporter deretter filene som skal lastes opp til plattformen, skriv ut påloggingsbrevene eller skriv e-postene. Personer uten passord får først et passord etter passordreglene.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Whom</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people of an &amp;import:</source>
        <translation>Personene i en &amp;import:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people &amp;selected on the Users page</source>
        <translation>Personene som er &amp;valgt på siden Brukere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every profile</source>
        <translation>Alle profiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Foresatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who gets what</source>
        <translation>Hvem får hva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who lacks what</source>
        <translation>Hvem mangler hva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lacks</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Distribute</source>
        <translation>Del ut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport Batches…</source>
        <translation>E&amp;ksporter filer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV files to upload to the platform, in upload order, with UPLOAD.txt saying what to choose</source>
        <translation>Skriv CSV-filene som skal lastes opp til plattformen, i opplastingsrekkefølge, med UPLOAD.txt som forteller hva du skal velge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;OneRoster…</source>
        <translation>Eksporter &amp;OneRoster …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a OneRoster 1.1 CSV bundle (manifest.csv, orgs.csv, users.csv) of the learners and parents with their links, for another school system</source>
        <translation>Skriv en OneRoster 1.1-pakke med CSV-filer (manifest.csv, orgs.csv, users.csv) med elevene og de foresatte og koblingene mellom dem, til et annet skolesystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Forhåndsvis …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the login letters before printing them</source>
        <translation>Se på påloggingsbrevene før du skriver dem ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint Letters…</source>
        <translation>Skriv &amp;ut brev …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print one login letter per person</source>
        <translation>Skriv ut ett påloggingsbrev per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Letters as P&amp;DF…</source>
        <translation>Lagre brevene som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the login letters as one PDF file, one page per person</source>
        <translation>Lagre påloggingsbrevene som én PDF-fil, én side per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write E-mails…</source>
        <translation>Skriv &amp;e-poster …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one e-mail per person with an address into a folder that your mail program can send from</source>
        <translation>Skriv én e-post per person med adresse i en mappe som e-postprogrammet ditt kan sende fra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget Passwords…</source>
        <translation>&amp;Glem passord …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the stored initial passwords once they are handed out</source>
        <translation>Fjern de lagrede startpassordene når de er delt ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to upload:</source>
        <translation>Filer som skal lastes opp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login letters:</source>
        <translation>Påloggingsbrev:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards:</source>
        <translation>Etterpå:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Distribute user names and passwords</source>
        <translation>Del ut brukernavn og passord</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The people &amp;selected on the Users page (none selected)</source>
        <translation>Personene som er &amp;valgt på siden Brukere (ingen valgt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people &amp;selected on the Users page (%1)</source>
        <translation>Personene som er &amp;valgt på siden Brukere (%1)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Counting…</source>
        <translation>Teller …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody is chosen: there is nobody to distribute to.</source>
        <translation>Ingen er valgt: det er ingen å dele ut til.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln learners</source>
        <translation>
            <numerusform>%Ln elev</numerusform>
            <numerusform>%Ln elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln parents</source>
        <translation>
            <numerusform>%Ln foresatt</numerusform>
            <numerusform>%Ln foresatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln staff members</source>
        <translation>
            <numerusform>%Ln ansatt</numerusform>
            <numerusform>%Ln ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln get</source>
        <translation>
            <numerusform>%Ln får</numerusform>
            <numerusform>%Ln får</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need</source>
        <translation>
            <numerusform>%Ln trenger</numerusform>
            <numerusform>%Ln trenger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln have no password yet: they are generated from the password policy first.</source>
        <translation>
            <numerusform>%Ln har ikke passord ennå: det lages først etter passordreglene.</numerusform>
            <numerusform>%Ln har ikke passord ennå: de lages først etter passordreglene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln parents are linked to no learner.</source>
        <translation>
            <numerusform>%Ln foresatt er ikke koblet til noen elev.</numerusform>
            <numerusform>%Ln foresatte er ikke koblet til noen elev.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%Ln parents are among the people chosen. Turn on Enable parent login in the global settings now?</source>
        <translation>
            <numerusform>%Ln foresatt er blant de valgte. Vil du slå på Aktiver pålogging for foresatte i de globale innstillingene nå?</numerusform>
            <numerusform>%Ln foresatte er blant de valgte. Vil du slå på Aktiver pålogging for foresatte i de globale innstillingene nå?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%Ln characters the file encoding cannot hold were written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</source>
        <translation>
            <numerusform>%Ln tegn som filens tegnkoding ikke kan ha, ble skrevet som «?». Velg UTF-8 under Rediger globale innstillinger for å beholde alle tegn.</numerusform>
            <numerusform>%Ln tegn som filens tegnkoding ikke kan ha, ble skrevet som «?». Velg UTF-8 under Rediger globale innstillinger for å beholde alle tegn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Saved %Ln login letters to %1.</source>
        <translation>
            <numerusform>Lagret %Ln påloggingsbrev i %1.</numerusform>
            <numerusform>Lagret %Ln påloggingsbrev i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Printed %Ln login letters.</source>
        <translation>
            <numerusform>Skrev ut %Ln påloggingsbrev.</numerusform>
            <numerusform>Skrev ut %Ln påloggingsbrev.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %Ln e-mails to %1.</source>
        <translation>
            <numerusform>Skrev %Ln e-post til %1.</numerusform>
            <numerusform>Skrev %Ln e-poster til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln people have no e-mail address and need a letter: %1.</source>
        <translation>
            <numerusform>%Ln person har ingen e-postadresse og trenger brev: %1.</numerusform>
            <numerusform>%Ln personer har ingen e-postadresse og trenger brev: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Forget the initial passwords of the %Ln people chosen?</source>
        <translation>
            <numerusform>Vil du glemme startpassordet til den valgte personen?</numerusform>
            <numerusform>Vil du glemme startpassordene til de %Ln valgte personene?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Forgot %Ln initial passwords.</source>
        <translation>
            <numerusform>Glemte %Ln startpassord.</numerusform>
            <numerusform>Glemte %Ln startpassord.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation type="vanished">1 elev</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="vanished">%1 elever</translation>
    </message>
    <message>
        <source>1 parent</source>
        <translation type="vanished">1 foresatt</translation>
    </message>
    <message>
        <source>%1 parents</source>
        <translation type="vanished">%1 foresatte</translation>
    </message>
    <message>
        <source>1 staff member</source>
        <translation type="vanished">1 ansatt</translation>
    </message>
    <message>
        <source>%1 staff members</source>
        <translation type="vanished">%1 ansatte</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>%1 chosen: %2.</source>
        <translation>%1 valgt: %2.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="vanished">1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="vanished">%1 personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 an e-mail; %2 a printed letter instead.</source>
        <translation>%1 e-post; %2 et utskrevet brev i stedet.</translation>
    </message>
    <message>
        <source>1 gets</source>
        <translation type="vanished">1 får</translation>
    </message>
    <message>
        <source>%1 get</source>
        <translation type="vanished">%1 får</translation>
    </message>
    <message>
        <source>1 needs</source>
        <translation type="vanished">1 trenger</translation>
    </message>
    <message>
        <source>%1 need</source>
        <translation type="vanished">%1 trenger</translation>
    </message>
    <message>
        <source>1 has no password yet: it is generated from the password policy first.</source>
        <translation type="vanished">1 har ikke passord ennå: det lages først etter passordreglene.</translation>
    </message>
    <message>
        <source>%1 have no password yet: they are generated from the password policy first.</source>
        <translation type="vanished">%1 har ikke passord ennå: de lages først etter passordreglene.</translation>
    </message>
    <message>
        <source>1 parent is linked to no learner.</source>
        <translation type="vanished">1 foresatt er ikke koblet til noen elev.</translation>
    </message>
    <message>
        <source>%1 parents are linked to no learner.</source>
        <translation type="vanished">%1 foresatte er ikke koblet til noen elev.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parent login is off: letters and e-mails to parents are made only once it is on.</source>
        <translation>Pålogging for foresatte er slått av: brev og e-poster til foresatte lages først når den er slått på.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters and e-mails name the school and where to sign in: fill in the school&apos;s name and login address in Edit global settings first.</source>
        <translation>Brev og e-poster oppgir skolen og hvor man logger på: fyll først inn skolens navn og påloggingsadresse i Rediger globale innstillinger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No e-mail address: print a letter</source>
        <translation>Ingen e-postadresse: skriv ut et brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address that cannot be used: print a letter</source>
        <translation>En e-postadresse som ikke kan brukes: skriv ut et brev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No child linked</source>
        <translation>Ingen barn koblet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save Login Letters as PDF</source>
        <translation>Lagre påloggingsbrev som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the Files to Upload</source>
        <translation>Mappe for filene som skal lastes opp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the OneRoster Files</source>
        <translation>Mappe for OneRoster-filene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the E-mails</source>
        <translation>Mappe for e-postene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was distributed</source>
        <translation>Ingenting ble delt ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is as it was.</source>
        <translation>Databasen er som den var.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parent login is off</source>
        <translation>Pålogging for foresatte er slått av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters and e-mails to parents are made only while parent login is on.</source>
        <translation>Brev og e-poster til foresatte lages bare mens pålogging for foresatte er slått på.</translation>
    </message>
    <message>
        <source>1 parent is among the people chosen. Turn on Enable parent login in the global settings now?</source>
        <translation type="vanished">1 foresatt er blant de valgte. Vil du slå på Aktiver pålogging for foresatte i de globale innstillingene nå?</translation>
    </message>
    <message>
        <source>%1 parents are among the people chosen. Turn on Enable parent login in the global settings now?</source>
        <translation type="vanished">%1 foresatte er blant de valgte. Vil du slå på Aktiver pålogging for foresatte i de globale innstillingene nå?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn On Parent Login</source>
        <translation>Slå på pålogging for foresatte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letters or e-mails were made: parent login is off.</source>
        <translation>Ingen brev eller e-poster ble laget: pålogging for foresatte er slått av.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Wrote %1 and UPLOAD.txt to %2. Upload them in that order; UPLOAD.txt says what to choose in the platform&apos;s import.</source>
        <translation>Skrev %1 og UPLOAD.txt til %2. Last dem opp i den rekkefølgen; UPLOAD.txt forteller hva du skal velge i plattformens import.</translation>
    </message>
    <message>
        <source>1 character the file encoding cannot hold was written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</source>
        <translation type="vanished">1 tegn som filens tegnkoding ikke kan ha, ble skrevet som «?». Velg UTF-8 under Rediger globale innstillinger for å beholde alle tegn.</translation>
    </message>
    <message>
        <source>%1 characters the file encoding cannot hold were written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</source>
        <translation type="vanished">%1 tegn som filens tegnkoding ikke kan ha, ble skrevet som «?». Velg UTF-8 under Rediger globale innstillinger for å beholde alle tegn.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Wrote a OneRoster 1.1 bundle of %n person(s) to %1: manifest.csv, orgs.csv and users.csv.</source>
        <translation>
            <numerusform>Skrev en OneRoster 1.1-pakke med %n person til %1: manifest.csv, orgs.csv og users.csv.</numerusform>
            <numerusform>Skrev en OneRoster 1.1-pakke med %n personer til %1: manifest.csv, orgs.csv og users.csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n link(s) to learners not chosen are left out.</source>
        <translation>
            <numerusform>%n kobling til elever som ikke er valgt, er utelatt.</numerusform>
            <numerusform>%n koblinger til elever som ikke er valgt, er utelatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n staff member(s) chosen are not in the bundle.</source>
        <translation>
            <numerusform>%n valgt ansatt er ikke med i pakken.</numerusform>
            <numerusform>%n valgte ansatte er ikke med i pakken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle is a whole roster: a system that reads it may take everyone not in it as gone. Choose Everyone and Every profile to export the whole school.</source>
        <translation>Pakken er en fullstendig brukerliste: et system som leser den, kan tro at alle som ikke er med, har sluttet. Velg Alle og Alle profiler for å eksportere hele skolen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>login letters.pdf</source>
        <translation>påloggingsbrev.pdf</translation>
    </message>
    <message>
        <source>Saved 1 login letter to %2.</source>
        <translation type="vanished">Lagret 1 påloggingsbrev i %2.</translation>
    </message>
    <message>
        <source>Saved %1 login letters to %2.</source>
        <translation type="vanished">Lagret %1 påloggingsbrev i %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nobody is chosen: there is nobody to write to.</source>
        <translation>Ingen er valgt: det er ingen å skrive til.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login letters</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login Letters</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Login Letters</source>
        <translation>Skriv ut påloggingsbrev</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No letters were printed.</source>
        <translation>Ingen brev ble skrevet ut.</translation>
    </message>
    <message>
        <source>Printed 1 login letter.</source>
        <translation type="vanished">Skrev ut 1 påloggingsbrev.</translation>
    </message>
    <message>
        <source>Printed %1 login letters.</source>
        <translation type="vanished">Skrev ut %1 påloggingsbrev.</translation>
    </message>
    <message>
        <source>Wrote 1 e-mail to %2.</source>
        <translation type="vanished">Skrev 1 e-post til %2.</translation>
    </message>
    <message>
        <source>Wrote %1 e-mails to %2.</source>
        <translation type="vanished">Skrev %1 e-poster til %2.</translation>
    </message>
    <message>
        <source>1 person has no e-mail address and needs a letter: %2.</source>
        <translation type="vanished">1 person har ingen e-postadresse og trenger brev: %2.</translation>
    </message>
    <message>
        <source>%1 people have no e-mail address and need a letter: %2.</source>
        <translation type="vanished">%1 personer har ingen e-postadresse og trenger brev: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Forget passwords</source>
        <translation>Glem passord</translation>
    </message>
    <message>
        <source>Forget the initial password of the person chosen?</source>
        <translation type="vanished">Vil du glemme startpassordet til den valgte personen?</translation>
    </message>
    <message>
        <source>Forget the initial passwords of the %1 people chosen?</source>
        <translation type="vanished">Vil du glemme startpassordene til de %1 valgte personene?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do this once their letters, e-mails or files have been handed out. Rollbook cannot show these passwords again; new ones are generated if you distribute to them later.</source>
        <translation>Gjør dette når brevene, e-postene eller filene deres er delt ut. Rollbook kan ikke vise disse passordene igjen; nye lages hvis du deler ut til dem senere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget Passwords</source>
        <translation>Glem passord</translation>
    </message>
    <message>
        <source>Forgot 1 initial password.</source>
        <translation type="vanished">Glemte 1 startpassord.</translation>
    </message>
    <message>
        <source>Forgot %1 initial passwords.</source>
        <translation type="vanished">Glemte %1 startpassord.</translation>
    </message>
</context>
<context>
    <name>Rollbook::EditPersonCommand</name>
    <message>
        <location filename="../../ui/personcommands.cpp" line="+90"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
</context>
<context>
    <name>Rollbook::EmailTab</name>
    <message>
        <location filename="../../ui/emailtab.cpp" line="+41"/>
        <source>Login e-mail</source>
        <translation>Påloggings-e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written for each person who has an e-mail address, one message each, with the same placeholders as the letter. Those without an address get a letter.</source>
        <translation>Skrives for hver person som har e-postadresse, én melding hver, med de samme plassholderne som brevet. De uten adresse får brev.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office@yourschool.no</source>
        <translation>kontor@dinskole.no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address the e-mails come from, and where replies go</source>
        <translation>Adressen e-postene kommer fra, og dit svarene går</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;bject:</source>
        <translation>E&amp;mne:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mess&amp;age:</source>
        <translation>M&amp;elding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;nsert placeholder</source>
        <translation>Sett i&amp;nn plassholder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a placeholder into the e-mail</source>
        <translation>Sett inn en plassholder i e-posten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a placeholder where the cursor is in the subject or the message</source>
        <translation>Sett inn en plassholder der markøren står i emnet eller meldingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the defa&amp;ult e-mail</source>
        <translation>Gjenopprett stan&amp;dard-e-posten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the subject and the message with the ones Rollbook comes with</source>
        <translation>Erstatt emnet og meldingen med dem som følger med Rollbook</translation>
    </message>
</context>
<context>
    <name>Rollbook::Erasure</name>
    <message>
        <location filename="../../models/people/erasure.cpp" line="+252"/>
        <source>There is nobody with the user name “%1”. Nothing was erased.</source>
        <translation>Ingen har brukernavnet «%1». Ingenting ble slettet.</translation>
    </message>
    <message numerus="yes">
        <source>People erased: %n.</source>
        <translation type="vanished">
            <numerusform>Personer slettet: %n.</numerusform>
            <numerusform>Personer slettet: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Erased %n people.</source>
        <translation>
            <numerusform>Slettet %n person.</numerusform>
            <numerusform>Slettet %n personer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Their links removed: %n; undo records and import history: %1; audit rows made anonymous: %2.</source>
        <translation>
            <numerusform>Koblinger fjernet: %n; angreopplysninger og importhistorikk: %1; rader i revisjonsloggen gjort anonyme: %2.</numerusform>
            <numerusform>Koblinger fjernet: %n; angreopplysninger og importhistorikk: %1; rader i revisjonsloggen gjort anonyme: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is on a server, where Rollbook keeps no copies of it; the server&apos;s own backups are its administrator&apos;s.</source>
        <translation>Databasen ligger på en server, der Rollbook ikke lagrer kopier av den. Serverens egne sikkerhetskopier er administratorens ansvar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups beside the database were rewritten without them.</source>
        <translation>
            <numerusform>%n sikkerhetskopi ved siden av databasen ble skrevet på nytt uten dem.</numerusform>
            <numerusform>%n sikkerhetskopier ved siden av databasen ble skrevet på nytt uten dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups beside the database rewritten without them: %n.</source>
        <translation type="vanished">
            <numerusform>Sikkerhetskopier ved siden av databasen skrevet på nytt uten dem: %n.</numerusform>
            <numerusform>Sikkerhetskopier ved siden av databasen skrevet på nytt uten dem: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::ExportTab</name>
    <message>
        <location filename="../../ui/exporttab.cpp" line="+38"/>
        <source>Exported files</source>
        <translation>Eksporterte filer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The files you upload to the platform from Distribute user names and passwords &gt; Export batches.</source>
        <translation>Filene du laster opp til plattformen fra Del ut brukernavn og passord &gt; Eksporter filer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 med BOM (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>Tegnkod&amp;ing:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>Loddrett strek ( | )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>Skillet&amp;egn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with BOM and comma suit the platform and open right in Excel. Windows-1252 cannot hold every name: a character it lacks is written as a question mark.</source>
        <translation>UTF-8 med BOM og komma passer for plattformen og åpnes riktig i Excel. Windows-1252 kan ikke lagre alle navn: et tegn den mangler, skrives som et spørsmålstegn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the initial &amp;passwords in exported files</source>
        <translation>Ta med &amp;startpassordene i eksporterte filer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this is off, the files have no Password column. Letters and e-mails always give the passwords.</source>
        <translation>Når dette er slått av, har filene ingen Password-kolonne. Brev og e-poster oppgir alltid passordene.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Fields</name>
    <message>
        <location filename="../../models/people/field.cpp" line="+69"/>
        <source>Ignore this column</source>
        <translation>Ignorer denne kolonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (first and last)</source>
        <translation>Fullt navn (fornavn og etternavn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Synchronisation key</source>
        <translation>Synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Internal person ID</source>
        <translation>Intern person-ID</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Learner</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Foresatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners with their parents</source>
        <translation>Elever med foresatte</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
</context>
<context>
    <name>Rollbook::FileLayout</name>
    <message>
        <location filename="../../models/import/filelayout.cpp" line="+235"/>
        <source>Each row holds a learner with the columns of one guardian beside: %1.</source>
        <translation>Hver rad inneholder en elev med kolonnene til én foresatt ved siden av: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row holds a learner with the columns of %1 guardians beside: %2.</source>
        <translation>Hver rad inneholder en elev med kolonnene til %1 foresatte ved siden av: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every column names a guardian, and the column “%1” names each parent&apos;s child.</source>
        <translation>Alle kolonnene gjelder en foresatt, og kolonnen «%1» viser til hver foresattes barn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column names a guardian.</source>
        <translation>Alle kolonnene gjelder en foresatt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The column “%1” names each parent&apos;s child.</source>
        <translation>Kolonnen «%1» viser til hver foresattes barn.</translation>
    </message>
</context>
<context>
    <name>Rollbook::FilePage</name>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="+70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;Roster…</source>
        <translation>Velg &amp;brukerliste …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard roster</source>
        <translation>Brukerliste i standardformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learner</source>
        <translation>&amp;Elev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent</source>
        <translation>&amp;Foresatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners &amp;with their parents</source>
        <translation>Elever &amp;med foresatte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Switch On Parent Login</source>
        <translation>&amp;Slå på pålogging for foresatte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File and profile</source>
        <translation>Fil og profil</translation>
    </message>
    <message>
        <source>Choose the CSV file your spreadsheet or student system saved, and who it holds.</source>
        <translation type="vanished">Velg CSV-filen som regnearket eller elevsystemet lagret, og hvem den inneholder.</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation type="vanished">En .csv- eller .txt-fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the CSV file your spreadsheet or student system saved, and who it holds; or a standard roster your student system exported.</source>
        <translation>Velg CSV-filen som regnearket eller elevsystemet lagret, og hvem den inneholder; eller en brukerliste i standardformat som elevsystemet eksporterte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .csv or .txt file, or a roster: a folder or a .zip file</source>
        <translation>En .csv- eller .txt-fil, eller en brukerliste: en mappe eller en .zip-fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a roster</source>
        <translation>Velg en brukerliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A OneRoster 1.1 or 1.2 or a School Data Sync v2.1 export, as a .zip file or a folder</source>
        <translation>En eksport fra OneRoster 1.1 eller 1.2 eller fra School Data Sync v2.1, som en .zip-fil eller en mappe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;Zip File…</source>
        <translation>En &amp;zip-fil …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;Folder…</source>
        <translation>En m&amp;appe …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One row per learner with the guardians&apos; columns beside: learners, parents and links in one import.</source>
        <translation>Én rad per elev med de foresattes kolonner ved siden av: elever, foresatte og koblinger i én import.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OneRoster 1.1 or 1.2, or School Data Sync v2.1. Its students become learners and its guardians parents, linked as the roster says, all in one import; teachers and administrators are left out. Next checks the roster and lists who has left; nothing is written before Import.</source>
        <translation>OneRoster 1.1 eller 1.2, eller School Data Sync v2.1. Elevene og de foresatte importeres, koblet slik brukerlisten angir, alt i én import; lærere og administratorer utelates. Neste sjekker brukerlisten og viser hvem som har sluttet; ingenting skrives før du trykker Importer.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>There is no file or folder “%1”.</source>
        <translation>Det finnes ingen fil eller mappe «%1».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a Roster</source>
        <translation>Velg en brukerliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosters as a zip file (*.zip)</source>
        <translation>Brukerlister som zip-fil (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the Roster&apos;s Folder</source>
        <translation>Velg mappen med brukerlisten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import the children first: each parent is linked to a learner who is already in the database, so import the learners&apos; file before the parents&apos; file.</source>
        <translation>Importer barna først: hver foresatt kobles til en elev som allerede finnes i databasen, så importer elevfilen før filen med foresatte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollbook takes care of the order: it imports the learners first, then their parents, and then links each parent to the learner on the same row.</source>
        <translation>Rollbook tar seg av rekkefølgen: den importerer elevene først, deretter de foresatte, og kobler så hver foresatt til eleven på samme rad.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="vanished">Foresatt</translation>
    </message>
    <message>
        <source>Learners with their parents</source>
        <translation type="vanished">Elever med foresatte</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="vanished">Elev</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No column names a guardian or a child, so each row is a learner.</source>
        <translation>Ingen kolonne gjelder en foresatt eller et barn, så hver rad er en elev.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollbook chose “%1” for this file. %2</source>
        <translation>Rollbook valgte «%1» for denne filen. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose “%1”. Rollbook would choose “%2” for this file. %3</source>
        <translation>Du valgte «%1». Rollbook ville valgt «%2» for denne filen. %3</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Parent login is off, so parents cannot be imported. Switch it on here, or in Edit global settings &gt; General &gt; Available functions &gt; Enable parent login.</source>
        <translation>Pålogging for foresatte er slått av, så foresatte kan ikke importeres. Slå den på her, eller i Rediger globale innstillinger &gt; Generelt &gt; Tilgjengelige funksjoner &gt; Aktiver pålogging for foresatte.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>There is no file “%1”.</source>
        <translation>Det finnes ingen fil «%1».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import users from file</source>
        <translation>Importer brukere fra fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Rollbook::FormatPage</name>
    <message>
        <location filename="../../ui/importwizard/formatpage.cpp" line="+32"/>
        <source>The first &amp;row holds the column names</source>
        <translation>Første &amp;rad inneholder kolonnenavnene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollbook has worked out how the file is written. If names such as Åse, Bjørn or Næss look wrong in the preview, choose another encoding.</source>
        <translation>Rollbook har funnet ut hvordan filen er skrevet. Hvis navn som Åse, Bjørn eller Næss ser feil ut i forhåndsvisningen, velger du en annen tegnkoding.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview of the first rows</source>
        <translation>Forhåndsvisning av de første radene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;review of the first rows:</source>
        <translation>&amp;Forhåndsvisning av de første radene:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Encoding %1: %2.</source>
        <translation>Tegnkoding %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter %1: %2.</source>
        <translation>Skilletegn %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected. %1</source>
        <translation>Oppdaget. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You chose %1 and %2.</source>
        <translation>Du valgte %1 og %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rollbook reads the column names from the first row. Add a row of column names (such as First name, Last name, User name) in your spreadsheet, save the file and choose it again.</source>
        <translation>Rollbook leser kolonnenavnene fra den første raden. Legg til en rad med kolonnenavn (for eksempel Fornavn, Etternavn, Brukernavn) i regnearket, lagre filen og velg den på nytt.</translation>
    </message>
</context>
<context>
    <name>Rollbook::GeneralTab</name>
    <message>
        <location filename="../../ui/generaltab.cpp" line="+35"/>
        <source>Available functions</source>
        <translation>Tilgjengelige funksjoner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable &amp;parent login</source>
        <translation>Aktiver pålogging for &amp;foresatte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parents can sign in and follow their children. Rollbook imports parents and prepares their login letters and e-mails only while this is on.</source>
        <translation>Foresatte kan logge på og følge barna sine. Rollbook importerer foresatte og lager påloggingsbrev og e-poster til dem bare mens denne er slått på.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School &amp;name:</source>
        <translation>Skolens &amp;navn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://yourschool.itslearning.com</source>
        <translation>https://dinskole.itslearning.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login address:</source>
        <translation>Påloggings&amp;adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on login letters and e-mails: where users go to sign in.</source>
        <translation>Skrives ut på påloggingsbrev og e-poster: hvor brukerne går for å logge på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For you on this computer. Takes effect the next time Rollbook starts.</source>
        <translation>Gjelder for deg på denne datamaskinen. Tas i bruk neste gang Rollbook starter.</translation>
    </message>
</context>
<context>
    <name>Rollbook::HelpBrowser</name>
    <message>
        <location filename="../../ui/helpbrowser.cpp" line="+80"/>
        <source>Help navigation</source>
        <translation>Hjelpenavigasjon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the page you read before</source>
        <translation>Gå tilbake til siden du leste før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward again</source>
        <translation>Gå fram igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the contents of the help</source>
        <translation>Gå til innholdslisten i hjelpen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help contents</source>
        <translation>Innholdsliste for hjelpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innhold</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportHistory</name>
    <message>
        <location filename="../../models/import/importhistory.cpp" line="+79"/>
        <source>There is no import %1.</source>
        <translation>Det finnes ingen import %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” was changed again by the later import %2. Undo that one first.</source>
        <translation>«%1» ble endret igjen av den senere importen %2. Angre den først.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was matched by the later import %2. Undo that one first.</source>
        <translation>«%1» ble funnet igjen av den senere importen %2. Angre den først.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was linked to someone by the later import %2. Undo that one first.</source>
        <translation>«%1» ble koblet til noen av den senere importen %2. Angre den først.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was linked by hand since (%2). Remove that link first.</source>
        <translation>«%1» er koblet manuelt siden (%2). Fjern den koblingen først.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed by hand since (%2).</source>
        <translation>«%1» er endret manuelt siden (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” was changed since, by %2 at %3.</source>
        <translation>«%1» er endret siden, av %2 kl. %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”, removed by this import, cannot come back: “%2” has their user name or key since.</source>
        <translation>«%1», som ble fjernet av denne importen, kan ikke komme tilbake: «%2» har fått brukernavnet eller nøkkelen siden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import %1 (%2) was already undone on %3.</source>
        <translation>Import %1 (%2) ble allerede angret %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1 (%2) cannot be undone, because later changes build on it:
%3</source>
        <translation>Import %1 (%2) kan ikke angres, fordi senere endringer bygger på den:
%3</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import %1 could not be undone: %2</source>
        <translation>Import %1 kunne ikke angres: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import %1 (%2) cannot be undone: someone changed its people while it was being undone. Try again.</source>
        <translation>Import %1 (%2) kan ikke angres: noen endret personene i den mens den ble angret. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportHistoryPage</name>
    <message>
        <source>Learner</source>
        <translation type="vanished">Elev</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="vanished">Foresatt</translation>
    </message>
    <message>
        <source>Learners with their parents</source>
        <translation type="vanished">Elever med foresatte</translation>
    </message>
    <message>
        <location filename="../../ui/importhistorypage.cpp" line="+80"/>
        <location line="+209"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Angre import</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every import made in this database, newest first. Undo import removes the people an import created and its links, and puts back the values it changed.</source>
        <translation>Alle importer som er gjort i denne databasen, nyeste først. Angre import fjerner personene en import opprettet og koblingene den laget, og setter tilbake verdiene den endret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+119"/>
        <source>No import has been made in this database yet.</source>
        <translation>Ingen import er gjort i denne databasen ennå.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Put the database back as it was before the selected import</source>
        <translation>Sett databasen tilbake slik den var før den valgte importen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rollbook cannot undo import %1</source>
        <translation>Rollbook kan ikke angre import %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 was not undone, and nothing was changed.</source>
        <translation>Import %1 ble ikke angret, og ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import history</source>
        <translation>Importhistorikk</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone %1</source>
        <translation>Angret %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Undo import %1?</source>
        <translation>Vil du angre import %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo import %1 (%2)?</source>
        <translation>Vil du angre import %1 (%2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 people it created are removed with their links, the %2 people it updated get their earlier values back, and the %3 links it made are removed.</source>
        <translation>De %1 personene den opprettet, fjernes sammen med koblingene sine, de %2 personene den oppdaterte, får tilbake de tidligere verdiene, og de %3 koblingene den laget, fjernes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undoing import %1…</source>
        <translation>Angrer import %1 …</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportMappings</name>
    <message>
        <location filename="../../models/import/importmapping.cpp" line="+67"/>
        <source>%1 “%2” is not text</source>
        <translation>%1: «%2» er ikke tekst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 “%2” is not true or false</source>
        <translation>%1: «%2» er ikke true eller false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 “%2” is not a list</source>
        <translation>%1: «%2» er ikke en liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 “%2” is “%3”, which this version of Rollbook does not know</source>
        <translation>%1: «%2» er «%3», som denne versjonen av Rollbook ikke kjenner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has “%2”, which this version of Rollbook does not know</source>
        <translation>%1 har «%2», som denne versjonen av Rollbook ikke kjenner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has a column that is not an object</source>
        <translation>%1 har en kolonne som ikke er et objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The column “%1” was mapped to “%2”, which this version of Rollbook does not have</source>
        <translation>Kolonnen «%1» ble koblet til «%2», som denne versjonen av Rollbook ikke har</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; Rollbook guesses that column again.</source>
        <translation>%1; Rollbook gjetter den kolonnen på nytt.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>new in this file: %1</source>
        <translation>nytt i denne filen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in this file: %1</source>
        <translation>mangler i denne filen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the columns are in another order</source>
        <translation>kolonnene står i en annen rekkefølge</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The mapping</source>
        <translation>Kolonnekoblingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a column name that is not text</source>
        <translation>%1 har et kolonnenavn som ikke er tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names no profile Rollbook knows (“%2”)</source>
        <translation>%1 oppgir ingen profil som Rollbook kjenner («%2»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a guardian that is not an object</source>
        <translation>%1 har en foresatt som ikke er et objekt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is for parents but names no column for the child.</source>
        <translation>%1 er for foresatte, men oppgir ingen kolonne for barnet.</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportPage</name>
    <message>
        <location filename="../../ui/importpage.cpp" line="+18"/>
        <source>&amp;Import users from file…</source>
        <translation>&amp;Importer brukere fra fil …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rollbook reads the CSV files a spreadsheet or student system saves, checks every row and imports the learners, or the parents with their children.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Import the children first:&lt;/b&gt; a parent is linked to a learner who is already in the database. Then import the parents&apos; file.&lt;/p&gt;&lt;p&gt;Nothing is written until every row has been checked, and each import can be undone from Import history.&lt;/p&gt;&lt;p&gt;You can also drop a CSV file on this window.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Rollbook leser CSV-filene som et regneark eller elevsystem lagrer, sjekker hver rad og importerer elevene, eller de foresatte med barna deres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Importer barna først:&lt;/b&gt; en foresatt kobles til en elev som allerede finnes i databasen. Importer deretter filen med foresatte.&lt;/p&gt;&lt;p&gt;Ingenting skrives før alle radene er sjekket, og hver import kan angres fra Importhistorikk.&lt;/p&gt;&lt;p&gt;Du kan også slippe en CSV-fil på dette vinduet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Rollbook reads the CSV files a spreadsheet or student system saves, checks every row and imports the learners, or the parents with their children.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Import the children first:&lt;/b&gt; a parent is linked to a learner who is already in the database. Then import the parents&apos; file.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;standard roster&lt;/b&gt; (OneRoster 1.1 or 1.2, School Data Sync v2.1: a folder or a .zip file) brings learners, their parents and the links in one import: choose it with Choose Roster… in the wizard.&lt;/p&gt;&lt;p&gt;Nothing is written until every row has been checked, and each import can be undone from Import history.&lt;/p&gt;&lt;p&gt;You can also drop a CSV file or a roster on this window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rollbook leser CSV-filene som et regneark eller elevsystem lagrer, sjekker hver rad og importerer elevene, eller de foresatte med barna deres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Importer barna først:&lt;/b&gt; en foresatt kobles til en elev som allerede finnes i databasen. Importer deretter filen med foresatte.&lt;/p&gt;&lt;p&gt;En &lt;b&gt;brukerliste i standardformat&lt;/b&gt; (OneRoster 1.1 eller 1.2, School Data Sync v2.1: en mappe eller en .zip-fil) gir elever, foresatte og koblingene mellom dem i én import: velg den med Velg brukerliste … i veiviseren.&lt;/p&gt;&lt;p&gt;Ingenting skrives før alle radene er sjekket, og hver import kan angres fra Importhistorikk.&lt;/p&gt;&lt;p&gt;Du kan også slippe en CSV-fil eller en brukerliste på dette vinduet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About importing</source>
        <translation>Om import</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import users from file</source>
        <translation>Importer brukere fra fil</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportProblem</name>
    <message>
        <location filename="../../models/import/importproblem.cpp" line="+247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column “%3”: %4</source>
        <translation>%1, linje %2, kolonne «%3»: %4</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportRun</name>
    <message>
        <location filename="../../models/import/importrun.cpp" line="+40"/>
        <source>“%1” is not an encoding Rollbook reads. Choose UTF-8, UTF-16 LE, UTF-16 BE or Windows-1252.</source>
        <translation>«%1» er ikke en tegnkoding Rollbook kan lese. Velg UTF-8, UTF-16 LE, UTF-16 BE eller Windows-1252.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a delimiter Rollbook reads. Choose comma, semicolon, tab or pipe.</source>
        <translation>«%1» er ikke et skilletegn Rollbook kan lese. Velg komma, semikolon, tabulator eller loddrett strek.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file holds no users.</source>
        <translation>Filen inneholder ingen brukere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>Rollbook cannot open “%1”: %2.</source>
        <translation>Rollbook kan ikke åpne «%1»: %2.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Rollbook cannot read “%1”: %2.</source>
        <translation>Rollbook kan ikke lese «%1»: %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rollbook cannot read back the problems the check found. Check the free space of the temporary folder, and check the file again.</source>
        <translation>Rollbook kan ikke lese tilbake problemene kontrollen fant. Sjekk ledig plass i den midlertidige mappen, og kontroller filen på nytt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Importen ble avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+19"/>
        <source>Rollbook cannot write “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportRunPage</name>
    <message>
        <location filename="../../ui/importwizard/importrunpage.cpp" line="+28"/>
        <source>Show Import &amp;History</source>
        <translation>Vis import&amp;historikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distribute User Names and Passwords</source>
        <translation>&amp;Del ut brukernavn og passord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is written in one step: if the import is cancelled or stops, the database stays as it was.</source>
        <translation>Alt skrives i ett trinn: hvis importen avbrytes eller stopper, forblir databasen som den var.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Importfremdrift</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Avbryter … ingenting blir endret.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Importing %1…</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read %1 users; checking and writing them…</source>
        <translation>Leste %1 brukere; sjekker og skriver dem …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2 rows…</source>
        <translation>Leser %1: %2 rader …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read %1 rows; checking and writing them…</source>
        <translation>Leste %1 rader; sjekker og skriver dem …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1 rows…</source>
        <translation>Leste %1 rader …</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Removed %Ln who left.</source>
        <translation>
            <numerusform>Fjernet %Ln som har sluttet.</numerusform>
            <numerusform>Fjernet %Ln som har sluttet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n errors now. Go through the wizard again to see them.</source>
        <translation>
            <numerusform>%1 har %n feil nå. Gå gjennom veiviseren på nytt for å se den.</numerusform>
            <numerusform>%1 har %n feil nå. Gå gjennom veiviseren på nytt for å se dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 as import %2: %3 new, %4 updated, %5 unchanged, %6.</source>
        <translation>Importerte %1 som import %2: %3 nye, %4 oppdatert, %5 uendret, %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln kobling</numerusform>
            <numerusform>%Ln koblinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln rows with errors were skipped.</source>
        <translation>
            <numerusform>%Ln rad med feil ble hoppet over.</numerusform>
            <numerusform>%Ln rader med feil ble hoppet over.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 errors now. Go through the wizard again to see them.</source>
        <translation type="vanished">%1 har %2 feil nå. Gå gjennom veiviseren på nytt for å se dem.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Done.</source>
        <translation>Ferdig.</translation>
    </message>
    <message>
        <source>Imported %1 as import %2: %3 new, %4 updated, %5 unchanged, %6 links.</source>
        <translation type="vanished">Importerte %1 som import %2: %3 nye, %4 oppdatert, %5 uendret, %6 koblinger.</translation>
    </message>
    <message>
        <source>1 row with errors was skipped.</source>
        <translation type="vanished">1 rad med feil ble hoppet over.</translation>
    </message>
    <message>
        <source>%1 rows with errors were skipped.</source>
        <translation type="vanished">%1 rader med feil ble hoppet over.</translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportWizard</name>
    <message>
        <location filename="../../ui/importwizard/importwizard.cpp" line="+33"/>
        <source>Import users from file</source>
        <translation>Importer brukere fra fil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>Rollbook::Importer</name>
    <message>
        <location filename="../../models/import/importsql.cpp" line="+14"/>
        <source>The database refused the import: %1</source>
        <translation>Databasen avviste importen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Internal person ID</source>
        <translation>Intern person-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronisation key</source>
        <translation>synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user name</source>
        <translation>brukernavn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> and %1 more</source>
        <translation> og %1 til</translation>
    </message>
    <message>
        <location filename="../../models/import/importer.cpp" line="+179"/>
        <source>The file has no column “%1” to map. Its columns are: %2.</source>
        <translation>Filen har ingen kolonne «%1» å knytte til. Kolonnene er: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the column that names each parent&apos;s child (Synchronisation field in import file).</source>
        <translation>Velg kolonnen som viser til hver foresattes barn (Synkroniseringsfelt i importfil).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column “%1” for the child. Its columns are: %2.</source>
        <translation>Filen har ingen kolonne «%1» for barnet. Kolonnene er: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This column is not imported: Rollbook does not know what it holds. Map it to a field if it should be.</source>
        <translation>Denne kolonnen blir ikke importert: Rollbook vet ikke hva den inneholder. Knytt den til et felt hvis den skal importeres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No column holds the %1, which every user needs. Name a column for it.</source>
        <translation>Ingen kolonne inneholder %1, som alle brukere trenger. Angi en kolonne for det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parents cannot be imported while parent login is off. Turn on Enable parent login in Edit global settings &gt; General &gt; Available functions (or “rollbook-cli settings parent_login_enabled true”).</source>
        <translation>Foresatte kan ikke importeres mens pålogging for foresatte er slått av. Slå på Aktiver pålogging for foresatte i Rediger globale innstillinger &gt; Generelt &gt; Tilgjengelige funksjoner (eller «rollbook-cli settings parent_login_enabled true»).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The full name gives no %1: write it as “First Last” or “Last, First”.</source>
        <translation>Det fulle navnet gir ikke noe %1: skriv det som «Fornavn Etternavn» eller «Etternavn, Fornavn».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The child&apos;s %1 is %2 characters long; at most %3 fit.</source>
        <translation>Barnets %1 er %2 tegn lang; høyst %3 får plass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>child&apos;s %1</source>
        <translation>barnets %1</translation>
    </message>
    <message>
        <location filename="../../models/import/importchecks.cpp" line="+69"/>
        <source>The guardian “%1” is written with other names, keys or e-mail addresses on line %2. A guardian beside several learners must be written the same way each time.</source>
        <translation>Den foresatte «%1» er skrevet med andre navn, nøkler eller e-postadresser på linje %2. En foresatt som står ved siden av flere elever, må skrives likt hver gang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 “%2” is used by two different people in this file (also on line %3). It must belong to one person only.</source>
        <translation>%1 «%2» brukes av to forskjellige personer i denne filen (også på linje %3). Den kan bare tilhøre én person.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The user name “%1” already belongs to someone else in the database (%2 %3).</source>
        <translation>Brukernavnet «%1» tilhører allerede en annen i databasen (%2 %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the database, “%1” has the synchronisation key “%2”, but this row gives “%3”. One of them belongs to another person.</source>
        <translation>I databasen har «%1» synkroniseringsnøkkelen «%2», men denne raden oppgir «%3». En av dem tilhører en annen person.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Internal person ID “%1” already belongs to “%2” in the database.</source>
        <translation>Intern person-ID «%1» tilhører allerede «%2» i databasen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is a %2 in the database; a %3 import cannot change them.</source>
        <translation>«%1» er %2 i databasen; en import av %3 kan ikke endre vedkommende.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The learner on this line is not imported, so this guardian is not imported either.</source>
        <translation>Eleven på denne linjen blir ikke importert, så denne foresatte blir heller ikke importert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No learner has %1 %2. Import the children first, or check the Matching synchronisation field for child.</source>
        <translation>Ingen elev har %1 %2. Importer barna først, eller sjekk Tilsvarende synkroniseringsfelt for barn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No child is given, so this parent is imported without a child.</source>
        <translation>Ikke noe barn er oppgitt, så denne foresatte importeres uten barn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is already in the database and is not changed: this import only adds new users.</source>
        <translation>«%1» finnes allerede i databasen og endres ikke: denne importen legger bare til nye brukere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not in the database and is not added: this import only updates existing users.</source>
        <translation>«%1» finnes ikke i databasen og legges ikke til: denne importen oppdaterer bare eksisterende brukere.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: without one, a parent is found again by user name only, and a changed user name makes a second account. Choose to give them a key made from their user name (--derive-sync-keys), or add a key column.</source>
        <translation>
            <numerusform>%n foresatt har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: uten nøkkel blir en foresatt bare funnet igjen på brukernavnet, og et endret brukernavn gir en konto til. Velg å gi vedkommende en nøkkel laget av brukernavnet (--derive-sync-keys), eller legg til en nøkkelkolonne.</numerusform>
            <numerusform>%n foresatte har ingen synkroniseringsnøkkel. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: uten nøkkel blir en foresatt bare funnet igjen på brukernavnet, og et endret brukernavn gir en konto til. Velg å gi dem nøkler laget av brukernavnet (--derive-sync-keys), eller legg til en nøkkelkolonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parents without a synchronisation key: %n. The platform says “A synchronisation key is mandatory for automatic connection”: without one, a parent is found again by user name only, and a changed user name makes a second account. Choose to give them a key made from their user name (--derive-sync-keys), or add a key column.</source>
        <translation type="vanished">
            <numerusform>Foresatte uten synkroniseringsnøkkel: %n. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: uten nøkkel blir en foresatt bare funnet igjen på brukernavnet, og et endret brukernavn gir en konto til. Velg å gi vedkommende en nøkkel laget av brukernavnet (--derive-sync-keys), eller legg til en nøkkelkolonne.</numerusform>
            <numerusform>Foresatte uten synkroniseringsnøkkel: %n. Plattformen sier «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling»: uten nøkkel blir en foresatt bare funnet igjen på brukernavnet, og et endret brukernavn gir en konto til. Velg å gi dem nøkler laget av brukernavnet (--derive-sync-keys), eller legg til en nøkkelkolonne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/import/importer.cpp" line="+180"/>
        <location filename="../../models/import/wideimporter.cpp" line="+278"/>
        <source>The file holds no users.</source>
        <translation>Filen inneholder ingen brukere.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Importen ble avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="vanished">fornavn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="vanished">etternavn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="vanished">fullt navn</translation>
    </message>
    <message>
        <source>password</source>
        <translation type="vanished">passord</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="vanished">e-postadresse</translation>
    </message>
    <message>
        <source>The %1 may not begin with “%2”: a spreadsheet would read it as a formula, and the platform would get another value. Change its first character.</source>
        <translation type="vanished">Verdien i %1 kan ikke begynne med «%2»: et regneark ville lese det som en formel, og plattformen ville få en annen verdi. Endre det første tegnet.</translation>
    </message>
    <message>
        <source>The %1 is missing. Every user needs one.</source>
        <translation type="vanished">Feltet %1 mangler. Alle brukere trenger det.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 fit.</source>
        <translation type="vanished">Feltet %1 er %2 tegn langt; høyst %3 får plass.</translation>
    </message>
    <message>
        <source>A %1 cannot contain a line break. Put it on one line.</source>
        <translation type="vanished">Feltet %1 kan ikke inneholde linjeskift. Skriv det på én linje.</translation>
    </message>
    <message>
        <source>The %1 contains an invisible control character (such as a tab). Retype it.</source>
        <translation type="vanished">Feltet %1 inneholder et usynlig kontrolltegn (for eksempel en tabulator). Skriv det inn på nytt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="vanished">«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../../models/import/wideimporter.cpp" line="-197"/>
        <source>This column of “%1” is not imported: Rollbook does not know what it holds, or another column of theirs gives it. Map it to a field if it should be.</source>
        <translation>Denne kolonnen for «%1» importeres ikke: Rollbook vet ikke hva den inneholder, eller en annen kolonne for samme foresatt gir det. Knytt den til et felt hvis den skal importeres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This column names a guardian but belongs to none of the guardians Rollbook found (%1), so it is not imported. Map it to a guardian if it should be.</source>
        <translation>Denne kolonnen gjelder en foresatt, men hører ikke til noen av de foresatte Rollbook fant (%1), så den blir ikke importert. Knytt den til en foresatt hvis den skal importeres.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No column names a guardian (such as “Foresatt 1 e-post” or “Parent1 Email”). Import this file as learners.</source>
        <translation>Ingen kolonne gjelder en foresatt (som «Foresatt 1 e-post» eller «Parent1 Email»). Importer denne filen som elever.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file names %1 guardians per learner; Rollbook imports at most %2.</source>
        <translation>Filen har %1 foresatte per elev; Rollbook importerer høyst %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The guardian “%1” needs a column for the name and one for the user name or the e-mail address.</source>
        <translation>Den foresatte «%1» trenger en kolonne for navnet og en for brukernavnet eller e-postadressen.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The user name would be made from the e-mail address “%1”, but a user name may not begin with “%2”: a spreadsheet would read it as a formula, and the platform would get another value. Give this guardian a user name.</source>
        <translation>Brukernavnet ville blitt laget av e-postadressen «%1», men et brukernavn kan ikke begynne med «%2»: et regneark ville lese det som en formel, og plattformen ville få en annen verdi. Gi denne foresatte et brukernavn.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 has neither a user name nor an e-mail address, so the platform cannot tell who they are. Add one of them, or choose to make user names from the guardians&apos; names.</source>
        <translation>%1 %2 har verken brukernavn eller e-postadresse, så plattformen kan ikke vite hvem vedkommende er. Legg til ett av dem, eller velg å lage brukernavn ut fra navnene til de foresatte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This guardian has no name, user name or e-mail address.</source>
        <translation>Denne foresatte har verken navn, brukernavn eller e-postadresse.</translation>
    </message>
</context>
<context>
    <name>Rollbook::InitialPasswords</name>
    <message>
        <location filename="../../models/distribution/initialpasswords.cpp" line="+207"/>
        <source>Someone gave some of these people a password while the letters were being printed, so the printed passwords were not stored. Print the letters again.</source>
        <translation>Noen ga noen av disse personene et passord mens brevene ble skrevet ut, så de utskrevne passordene ble ikke lagret. Skriv ut brevene på nytt.</translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>%n earlier passwords of the same people were cleared from the undo records of imports.</source>
        <translation>
            <numerusform>%n tidligere passord for de samme personene ble fjernet fra angreopplysningene til importer.</numerusform>
            <numerusform>%n tidligere passord for de samme personene ble fjernet fra angreopplysningene til importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n backups beside the database were rewritten without the forgotten passwords.</source>
        <translation>
            <numerusform>%n sikkerhetskopi ved siden av databasen ble skrevet på nytt uten de glemte passordene.</numerusform>
            <numerusform>%n sikkerhetskopier ved siden av databasen ble skrevet på nytt uten de glemte passordene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Someone gave some of these people a password while the files were being written, so the passwords in them were not stored. Do it again.</source>
        <translation>Noen ga noen av disse personene et passord mens filene ble skrevet, så passordene i dem ble ikke lagret. Gjør det på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier passwords of the same people cleared from the undo records of imports: %n.</source>
        <translation type="vanished">
            <numerusform>Tidligere passord for de samme personene fjernet fra angreopplysningene til importer: %n.</numerusform>
            <numerusform>Tidligere passord for de samme personene fjernet fra angreopplysningene til importer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database is on a server, where Rollbook keeps no copies of it; the server&apos;s own backups are its administrator&apos;s to keep or delete.</source>
        <translation>Databasen ligger på en server, der Rollbook ikke lagrer kopier av den. Serverens egne sikkerhetskopier er administratorens ansvar å beholde eller slette.</translation>
    </message>
    <message numerus="yes">
        <source>Backups beside the database rewritten without the forgotten passwords: %n.</source>
        <translation type="vanished">
            <numerusform>Sikkerhetskopier ved siden av databasen skrevet på nytt uten de glemte passordene: %n.</numerusform>
            <numerusform>Sikkerhetskopier ved siden av databasen skrevet på nytt uten de glemte passordene: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::LetterEditor</name>
    <message>
        <location filename="../../ui/lettereditor.cpp" line="+70"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Paragraph style</source>
        <translation>Avsnittsstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text</source>
        <translation>Vanlig tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subheading</source>
        <translation>Underoverskrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Insert placeholder</source>
        <translation>Sett &amp;inn plassholder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a placeholder into the letter</source>
        <translation>Sett inn en plassholder i brevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a placeholder where the cursor is in the letter</source>
        <translation>Sett inn en plassholder der markøren står i brevet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login letter</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the &amp;default letter</source>
        <translation>Gjenopprett stan&amp;dardbrevet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the letter with the one Rollbook comes with</source>
        <translation>Erstatt brevet med det som følger med Rollbook</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The placeholder %1 in the login letter is formatted partly one way and partly another, so it would not be replaced. Select all of it and format it alike, or write it again.</source>
        <translation>Plassholderen %1 i påloggingsbrevet er formatert delvis på én måte og delvis på en annen, så den ville ikke blitt erstattet. Merk hele plassholderen og gi den samme formatering, eller skriv den på nytt.</translation>
    </message>
</context>
<context>
    <name>Rollbook::LetterTab</name>
    <message>
        <location filename="../../ui/lettertab.cpp" line="+26"/>
        <source>Login letter</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed for each person, one page each. A placeholder in braces, such as {name} or {password}, is replaced by the person&apos;s own details.</source>
        <translation>Skrives ut for hver person, én side hver. En plassholder i klammeparenteser, som {name} eller {password}, erstattes med personens egne opplysninger.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Letters</name>
    <message>
        <location filename="../../models/distribution/letters.cpp" line="+113"/>
        <source>There is nobody to write a letter to, so “%1” was not written. Choose other people.</source>
        <translation>Det er ingen å skrive brev til, så «%1» ble ikke skrevet. Velg andre personer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Could not write the letters to “%1”: %2.</source>
        <translation>Kunne ikke skrive brevene til «%1»: %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Login letters</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the letters to “%1”.</source>
        <translation>Kunne ikke skrive brevene til «%1».</translation>
    </message>
</context>
<context>
    <name>Rollbook::LinkCommand</name>
    <message>
        <location filename="../../ui/personcommands.cpp" line="-27"/>
        <source>Link %1 to %2</source>
        <translation>Koble %1 til %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from %2</source>
        <translation>Fjern %1 fra %2</translation>
    </message>
</context>
<context>
    <name>Rollbook::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+55"/>
        <source>Rollbook databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rollbook-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+346"/>
        <location line="+15"/>
        <source>Rollbook</source>
        <translation>Rollbook</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Users from File…</source>
        <translation>&amp;Importer brukere fra fil …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sikkerhetskopier database …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollbook &amp;Help</source>
        <translation>&amp;Hjelp for Rollbook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Rollbook</source>
        <translation>&amp;Om Rollbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The current page kept its unsaved changes.</source>
        <translation>Den gjeldende siden beholdt endringene som ikke er lagret.</translation>
    </message>
    <message numerus="yes">
        <location line="+231"/>
        <source>%Ln learners</source>
        <translation>
            <numerusform>%Ln elev</numerusform>
            <numerusform>%Ln elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln parents</source>
        <translation>
            <numerusform>%Ln foresatt</numerusform>
            <numerusform>%Ln foresatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln kobling</numerusform>
            <numerusform>%Ln koblinger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="vanished">%1 på %2</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1 …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening %1…</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop Waiting</source>
        <translation>Slutt å vente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped waiting for %1.</source>
        <translation>Sluttet å vente på %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open database: %1</source>
        <translation>Den åpne databasen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open database</source>
        <translation>Den åpne databasen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rollbook cannot open this database</source>
        <translation>Rollbook kan ikke åpne denne databasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Another…</source>
        <translation>Åpne en annen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Database…</source>
        <translation>Ny database …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the Current One</source>
        <translation>Behold den gjeldende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>rollbook.sqlite</source>
        <translation>rollbook.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New Database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Choose another name, or use Open Database… to open it.</source>
        <translation>«%1» finnes allerede. Velg et annet navn, eller bruk Åpne database … for å åpne den.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rollbook-backup-%1.sqlite</source>
        <translation>rollbook-sikkerhetskopi-%1.sqlite</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Back Up Database</source>
        <translation>Sikkerhetskopier database</translation>
    </message>
    <message>
        <source>“%1” is a database on a PostgreSQL server, so Rollbook does not copy it to a file. The server&apos;s own backups apply: ask the server&apos;s administrator how often they are made and how to get a copy back.</source>
        <translation type="vanished">«%1» er en database på en PostgreSQL-server, så Rollbook kopierer den ikke til en fil. Serverens egne sikkerhetskopier gjelder: spør serverens administrator hvor ofte de tas og hvordan du får tilbake en kopi.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Backing up to %1…</source>
        <translation>Sikkerhetskopierer til %1 …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup saved as %1</source>
        <translation>Sikkerhetskopien er lagret som %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts unavailable</source>
        <translation>Antall er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>%1 learner</source>
        <translation type="vanished">%1 elev</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="vanished">%1 elever</translation>
    </message>
    <message>
        <source>%1 parent</source>
        <translation type="vanished">%1 foresatt</translation>
    </message>
    <message>
        <source>%1 parents</source>
        <translation type="vanished">%1 foresatte</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation type="vanished">%1 kobling</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation type="vanished">%1 koblinger</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Initial passwords stored: %1 (the first distributed on %2)</source>
        <translation>Lagrede startpassord: %1 (det første delt ut %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial passwords stored: %1 (none distributed yet)</source>
        <translation>Lagrede startpassord: %1 (ingen delt ut ennå)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: %1. Distributed (exported, printed or e-mailed): %2. Forget Passwords on the Distribute page removes them once they have been handed out; Edit global settings &gt; Privacy can forget them automatically some days after.</source>
        <translation>Lagret: %1. Delt ut (eksportert, skrevet ut eller sendt på e-post): %2. Glem passord på siden Del ut fjerner dem når de er levert; Rediger globale innstillinger &gt; Personvern kan glemme dem automatisk noen dager etter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Rollbook</source>
        <translation>Om Rollbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rollbook %1&lt;/h3&gt;&lt;p&gt;Prepares the user imports of itslearning offline: learners, their parents and which parent belongs to which child, with login letters and e-mails to hand them out.&lt;/p&gt;&lt;p&gt;Released under the MIT License. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rollbook %1&lt;/h3&gt;&lt;p&gt;Forbereder brukerimporten til itslearning uten nett: elever, deres foresatte og hvilken foresatt som hører til hvilket barn, med påloggingsbrev og e-poster for å dele dem ut.&lt;/p&gt;&lt;p&gt;Utgitt under MIT-lisensen. Bygget med Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rollbook::Maintenance</name>
    <message>
        <location filename="../../models/db/maintenance.cpp" line="+53"/>
        <source>“%1” is a database on a PostgreSQL server, so Rollbook does not copy it to a file. The server&apos;s own backups apply (its administrator makes them, with pg_dump or the like): ask them how often they are made and how to get a copy back.</source>
        <translation>«%1» er en database på en PostgreSQL-server, så Rollbook kopierer den ikke til en fil. Serverens egne sikkerhetskopier gjelder (administratoren tar dem, med pg_dump eller lignende): spør hvor ofte de tas og hvordan du får tilbake en kopi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A backup cannot replace the database it copies. Choose another file name.</source>
        <translation>En sikkerhetskopi kan ikke erstatte databasen den kopierer. Velg et annet filnavn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>Mappen til «%1» finnes ikke.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+69"/>
        <source>Rollbook could not write the backup “%1”: %2.</source>
        <translation>Rollbook kunne ikke skrive sikkerhetskopien «%1»: %2.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Rollbook could not replace “%1”.</source>
        <translation>Rollbook kunne ikke erstatte «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollbook could not write the backup “%1”.</source>
        <translation>Rollbook kunne ikke skrive sikkerhetskopien «%1».</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>it cannot be renamed</source>
        <translation>den kan ikke gis nytt navn</translation>
    </message>
</context>
<context>
    <name>Rollbook::MappingStore</name>
    <message>
        <location filename="../../models/import/mappingstore.cpp" line="+49"/>
        <source>A remembered mapping in the database cannot be read.</source>
        <translation>En husket kolonnekobling i databasen kan ikke leses.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>d MMMM yyyy</source>
        <extracomment>A date as the sentence &quot;as in the import of 12 March 2026&quot; writes it (QDate format).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import of %1, “%2”</source>
        <translation>importen %1, «%2»</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is no preset “%1”: this database has no presets yet.</source>
        <translation>Det finnes ingen forhåndsinnstilling «%1»: denne databasen har ingen forhåndsinnstillinger ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no preset “%1”. The presets are: %2.</source>
        <translation>Det finnes ingen forhåndsinnstilling «%1». Forhåndsinnstillingene er: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A preset needs a name.</source>
        <translation>En forhåndsinnstilling må ha et navn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Rollbook cannot write to the database.</source>
        <translation>Rollbook kan ikke skrive til databasen.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>There is a preset “%1” already. Choose another name, or replace it.</source>
        <translation>Det finnes allerede en forhåndsinnstilling «%1». Velg et annet navn, eller erstatt den.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>“%1” is not a preset Rollbook can read: %2</source>
        <translation>«%1» er ikke en forhåndsinnstilling som Rollbook kan lese: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not JSON (line %1, column %2: %3).</source>
        <translation>den er ikke JSON (linje %1, kolonne %2: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it holds no preset.</source>
        <translation>den inneholder ingen forhåndsinnstilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no preset (it does not say &quot;format&quot;: &quot;rollbook-preset&quot;).</source>
        <translation>den inneholder ingen forhåndsinnstilling (den sier ikke &quot;format&quot;: &quot;rollbook-preset&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was made by a newer version of Rollbook (preset format %1; this version reads %2). Update Rollbook to use it.</source>
        <translation>den ble laget av en nyere versjon av Rollbook (format %1 for forhåndsinnstillinger; denne versjonen leser %2). Oppdater Rollbook for å bruke den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its &quot;version&quot; is missing or wrong.</source>
        <translation>feltet &quot;version&quot; mangler eller er feil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has “%1”, which this version of Rollbook does not know.</source>
        <translation>den har «%1», som denne versjonen av Rollbook ikke kjenner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no name.</source>
        <translation>den har ikke noe navn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no mapping.</source>
        <translation>den har ingen kolonnekobling.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rollbook cannot write “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollbook cannot open “%1”: %2.</source>
        <translation>Rollbook kan ikke åpne «%1»: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a preset Rollbook can read: it is too large.</source>
        <translation>«%1» er ikke en forhåndsinnstilling som Rollbook kan lese: den er for stor.</translation>
    </message>
</context>
<context>
    <name>Rollbook::OneRosterExport</name>
    <message>
        <location filename="../../models/distribution/onerosterexport.cpp" line="+186"/>
        <source>Rollbook cannot write “%1”: %2</source>
        <translation>Rollbook kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only staff were chosen, and staff are not in the OneRoster files. Choose learners or parents.</source>
        <translation>Bare ansatte ble valgt, og ansatte er ikke med i OneRoster-filene. Velg elever eller foresatte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody was chosen, so there is nothing to export.</source>
        <translation>Ingen ble valgt, så det er ingenting å eksportere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
</context>
<context>
    <name>Rollbook::OpenDatabaseDialog</name>
    <message>
        <location filename="../../ui/opendatabasedialog.cpp" line="+65"/>
        <location line="+212"/>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Open a Rollbook database that is:</source>
        <translation>Åpne en Rollbook-database som er:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;file on this computer</source>
        <translation>En &amp;fil på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file, as in rollbook.sqlite</source>
        <translation>Databasefilen, som rollbook.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database on a &amp;PostgreSQL server</source>
        <translation>En database på en &amp;PostgreSQL-server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its name or address, as in db.school.example</source>
        <translation>Navnet eller adressen, som db.skole.example</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database name:</source>
        <translation>&amp;Databasenavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Br&amp;ukernavn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted, server verified (recommended)</source>
        <translation>Kryptert, serveren bekreftet (anbefalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server verified by its certificate authority only</source>
        <translation>Kryptert, serveren bekreftet bare av utstederen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted, server not verified</source>
        <translation>Kryptert, serveren ikke bekreftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (this computer only)</source>
        <translation>Ikke kryptert (bare denne datamaskinen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server on this computer: 127.0.0.1, ::1 or localhost.</source>
        <translation>Bare for en server på denne datamaskinen: 127.0.0.1, ::1 eller localhost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnection security:</source>
        <translation>Tilkoblingssikker&amp;het:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Empty: PostgreSQL&apos;s own, %1</source>
        <translation>Tomt: PostgreSQLs eget, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Bla gje&amp;nnom …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the CA certificate</source>
        <translation>Bla etter CA-sertifikatet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-sertifikat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not type a password here: Rollbook takes it from the PGPASSWORD environment variable or from your PostgreSQL password file (%1). Ask the server&apos;s administrator if you have neither.</source>
        <translation>Du skriver ikke noe passord her: Rollbook henter det fra miljøvariabelen PGPASSWORD eller fra PostgreSQL-passordfilen din (%1). Spør serverens administrator hvis du ikke har noen av dem.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A connection that is not encrypted is allowed only to a server on this computer (127.0.0.1, ::1 or localhost). Choose an encrypted one.</source>
        <translation>En tilkobling som ikke er kryptert, er bare tillatt til en server på denne datamaskinen (127.0.0.1, ::1 eller localhost). Velg en kryptert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rollbook databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rollbook-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA Certificate</source>
        <translation>CA-sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikater (*.crt *.pem *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the path of the database file, or choose it with Browse….</source>
        <translation>Skriv stien til databasefilen, eller velg den med Bla gjennom ….</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fill in the server: its name, as in db.school.example, or its address.</source>
        <translation>Fyll inn serveren: navnet, som db.skole.example, eller adressen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a server name. Write its name, as in db.school.example, or its address, as in 192.0.2.10.</source>
        <translation>«%1» er ikke et servernavn. Skriv navnet, som db.skole.example, eller adressen, som 192.0.2.10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in the name of the database on the server.</source>
        <translation>Fyll inn navnet på databasen på serveren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in your user name on the server.</source>
        <translation>Fyll inn brukernavnet ditt på serveren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is another computer: a connection to it must be encrypted, so that no one on the network between can read the children&apos;s data and the passwords. Choose an encrypted kind of connection security.</source>
        <translation>«%1» er en annen datamaskin: en tilkobling til den må være kryptert, slik at ingen på nettverket imellom kan lese barnas opplysninger og passordene. Velg en kryptert type tilkoblingssikkerhet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no file “%1”. Choose the CA certificate with Browse…, or leave the field empty to use PostgreSQL&apos;s own, %2.</source>
        <translation>Det finnes ingen fil «%1». Velg CA-sertifikatet med Bla gjennom …, eller la feltet stå tomt for å bruke PostgreSQLs eget, %2.</translation>
    </message>
</context>
<context>
    <name>Rollbook::OptionsPage</name>
    <message>
        <location filename="../../ui/importwizard/optionspage.cpp" line="+26"/>
        <source>&amp;Add new users</source>
        <translation>&amp;Legg til nye brukere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update existing users</source>
        <translation>&amp;Oppdater eksisterende brukere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give new users without a password one made from the password policy</source>
        <translation>&amp;Gi nye brukere uten passord et passord laget etter passordreglene</translation>
    </message>
    <message>
        <source>Import &amp;nothing, so that I can correct the file and import it again</source>
        <translation type="vanished">Importer i&amp;ngenting, slik at jeg kan rette filen og importere den på nytt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parents</source>
        <translation>Foresatte</translation>
    </message>
    <message>
        <source>&amp;Make user names for guardians who have none from their names (first.last)</source>
        <translation type="vanished">Lag &amp;brukernavn ut fra navnet til foresatte som mangler brukernavn (fornavn.etternavn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make user names for guardians who have none from their names:</source>
        <translation>Lag &amp;brukernavn ut fra navnet til foresatte som mangler brukernavn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give parents without a synchronisation &amp;key one made from their user name</source>
        <translation>Gi foresatte uten &amp;synkroniseringsnøkkel en nøkkel laget av brukernavnet deres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import n&amp;othing, so that I can correct the file and import it again</source>
        <translation>Importer &amp;ingenting, slik at jeg kan rette filen og importere den på nytt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip the rows with errors and import the others</source>
        <translation>&amp;Hopp over radene med feil og importer de andre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row is an existing user when its synchronisation key or user name is already in Rollbook.</source>
        <translation>En rad er en eksisterende bruker når synkroniseringsnøkkelen eller brukernavnet allerede finnes i Rollbook.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passwords</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A guardian with an e-mail address but no user name gets the address as user name. One with neither is an error, unless Rollbook makes one from the name: “Kari Nordmann” becomes kari.nordmann.</source>
        <translation>En foresatt med e-postadresse, men uten brukernavn, får adressen som brukernavn. En foresatt som mangler begge, er en feil, med mindre Rollbook lager et brukernavn ut fra navnet: «Kari Nordmann» blir kari.nordmann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>itslearning says: “A synchronisation key is mandatory for automatic connection.” A parent without one is not connected to the child automatically. The key made is the same every time for the same user name.</source>
        <translation>itslearning sier: «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling.» En foresatt uten nøkkel blir ikke koblet til barnet automatisk. Nøkkelen som lages, er den samme hver gang for det samme brukernavnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>itslearning says: “A synchronisation key is mandatory for automatic connection.”</source>
        <translation>itslearning sier: «En synkroniseringsnøkkel er obligatorisk for automatisk tilkobling.»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the user names are made</source>
        <translation>Hvordan brukernavnene lages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A digit is added when the name is taken: kari.nordmann2.</source>
        <translation>Et siffer legges til når navnet er i bruk: kari.nordmann2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When rows have errors</source>
        <translation>Når rader har feil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;Preset…</source>
        <translation>Lagre som &amp;forhåndsinnstilling …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep how this file&apos;s columns are read and these options under a name, to use for other files or share with other schools.</source>
        <translation>Lagre under et navn hvordan kolonnene i denne filen leses, sammen med disse alternativene, slik at du kan bruke det for andre filer eller dele det med andre skoler.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved as the preset “%1”. Edit global settings &gt; Presets lists it.</source>
        <translation>Lagret som forhåndsinnstillingen «%1». Du finner den under Rediger globale innstillinger &gt; Forhåndsinnstillinger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Save as Preset</source>
        <translation>Lagre som forhåndsinnstilling</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A name for the preset, such as the student system and whom the file holds:</source>
        <translation>Et navn på forhåndsinnstillingen, for eksempel elevsystemet og hvem filen inneholder:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is a preset “%1” already. Replace it?</source>
        <translation>Det finnes allerede en forhåndsinnstilling som heter «%1». Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
</context>
<context>
    <name>Rollbook::Outbox</name>
    <message>
        <location filename="../../models/distribution/outbox.cpp" line="+361"/>
        <source>no e-mail address</source>
        <translation>ingen e-postadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a single, plain e-mail address such as name@school.no</source>
        <translation>«%1» er ikke én enkel e-postadresse, som navn@skole.no</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The e-mails need a sender address. Set the sender (email_from) in Edit global settings, such as office@yourschool.no (or “rollbook-cli settings email_from office@yourschool.no”).</source>
        <translation>E-postene trenger en avsenderadresse. Angi avsender (email_from) i Rediger globale innstillinger, for eksempel kontor@dinskole.no (eller «rollbook-cli settings email_from kontor@dinskole.no»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be the sender of the e-mails: it must be one plain address, such as office@yourschool.no. Correct the sender (email_from) in Edit global settings.</source>
        <translation>«%1» kan ikke være avsender av e-postene: det må være én enkel adresse, for eksempel kontor@dinskole.no. Rett avsenderen (email_from) i Rediger globale innstillinger.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1. Choose another folder for the e-mails.</source>
        <translation>Kan ikke opprette mappen %1. Velg en annen mappe for e-postene.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write the e-mail %1: %2. No e-mails were written.</source>
        <translation>Kan ikke skrive e-posten %1: %2. Ingen e-poster ble skrevet.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PageHeader</name>
    <message>
        <location filename="../../ui/pageheader.cpp" line="+42"/>
        <source>Help on this page</source>
        <translation>Hjelp for denne siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help on this page (%1)</source>
        <translation>Hjelp for denne siden (%1)</translation>
    </message>
</context>
<context>
    <name>Rollbook::PasswordsTab</name>
    <message>
        <location filename="../../ui/passwordstab.cpp" line="+62"/>
        <source>Initial passwords</source>
        <translation>Startpassord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollbook makes a password for everyone who has none when you import users with that option, or export, print or e-mail their user names and passwords.</source>
        <translation>Rollbook lager et passord til alle som ikke har et, når du importerer brukere med det valget, eller eksporterer, skriver ut eller sender brukernavnene og passordene deres på e-post.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2 characters</source>
        <translation>Fra %1 til %2 tegn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Length:</source>
        <translation>Le&amp;ngde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters and digits</source>
        <translation>Bokstaver og sifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits and symbols</source>
        <translation>Bokstaver, sifre og symboler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Characters:</source>
        <translation>Tegn å velge &amp;fra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters used</source>
        <translation>Tegn som brukes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters used:</source>
        <translation>Tegn som brukes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example password</source>
        <translation>Eksempelpassord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Another example</source>
        <translation>&amp;Et annet eksempel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make another example password from these settings</source>
        <translation>Lag et nytt eksempelpassord etter disse innstillingene</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters that look alike, such as 0 and O or 1, l and I, are never used, so that a password read from a letter is typed right the first time.</source>
        <translation>Tegn som ligner hverandre, som 0 og O eller 1, l og I, brukes aldri, slik at et passord som leses fra et brev, skrives riktig første gang.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonCommand</name>
    <message>
        <location filename="../../ui/personcommands.cpp" line="-11"/>
        <source>Undo or redo failed</source>
        <translation>Angre eller gjør om mislyktes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be done again or taken back: %2</source>
        <translation>«%1» kunne ikke gjøres om eller angres: %2</translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonEditor</name>
    <message>
        <location filename="../../ui/personeditor.cpp" line="+72"/>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ynchronisation key:</source>
        <translation>&amp;Synkroniseringsnøkkel:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="vanished">E-&amp;post:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-&amp;mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None stored</source>
        <translation>Ingen lagret</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show or hide the initial password</source>
        <translation>Vis eller skjul startpassordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Show password</source>
        <translation>Vis passord</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hi&amp;de</source>
        <translation>S&amp;kjul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide password</source>
        <translation>Skjul passord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial &amp;password:</source>
        <translation>Start&amp;passord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Åpne på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this person as stored now; what you typed here is discarded</source>
        <translation>Vis personen slik den er lagret nå; det du har skrevet her, forkastes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;arents of %1:</source>
        <translation>&amp;Foresatte til %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hildren of %1:</source>
        <translation>&amp;Barn av %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ &amp;Parent</source>
        <translation>+ &amp;Foresatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ &amp;Child</source>
        <translation>+ &amp;Barn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for parents and link them to this learner</source>
        <translation>Søk etter foresatte og koble dem til denne eleven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for learners and link them to this parent</source>
        <translation>Søk etter elever og koble dem til denne foresatte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synchronisation key</source>
        <translation>Synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the person of the current row.</source>
        <translation>Delete fjerner personen på gjeldende rad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Parent</source>
        <translation>Foresatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the General tab</source>
        <translation>Lagre fanen Generelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>Slet&amp;t …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person from Rollbook and its backups, on their request</source>
        <translation>Slett denne personen fra Rollbook og sikkerhetskopiene, på personens forespørsel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Parent: %1</source>
        <translation>Foresatt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learner: %1</source>
        <translation>Elev: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No parent is linked to this learner yet. Use + Parent to add one.</source>
        <translation>Ingen foresatt er koblet til denne eleven ennå. Bruk + Foresatt for å legge til en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child is linked to this parent yet. Use + Child to add one.</source>
        <translation>Ikke noe barn er koblet til denne foresatte ennå. Bruk + Barn for å legge til et.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes here are saved at once. %1 (Edit &gt; Undo) takes them back.</source>
        <translation>Endringer her lagres med en gang. %1 (Rediger &gt; Angre) tar dem tilbake.</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Link %n parent(s) to %1</source>
        <translation>
            <numerusform>Koble %n foresatt til %1</numerusform>
            <numerusform>Koble %n foresatte til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link %n child(ren) to %1</source>
        <translation>
            <numerusform>Koble %n barn til %1</numerusform>
            <numerusform>Koble %n barn til %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase %1 from Rollbook?</source>
        <translation>Vil du slette %1 fra Rollbook?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollbook removes the person, their links, their values in the undo records and import history, and their name from the audit (the rows stay, marked “(erased)”), in this database and in every backup beside it. This cannot be undone.</source>
        <translation>Rollbook fjerner personen, koblingene, verdiene i angreopplysningene og importhistorikken, og navnet fra revisjonsloggen (radene blir stående, merket «(erased)»), i denne databasen og i alle sikkerhetskopier ved siden av den. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also erase the parents who would have no child left: %1</source>
        <translation>Slett også foresatte som ikke ville ha noe barn igjen: %1</translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonRules</name>
    <message>
        <location filename="../../models/people/personvalidation.cpp" line="+27"/>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>etternavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full name</source>
        <translation>fullt navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user name</source>
        <translation>brukernavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>passord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronisation key</source>
        <translation>synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal person ID</source>
        <translation>Intern person-ID</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The %1 may not begin with “%2”: a spreadsheet would read it as a formula, and the platform would get another value. Change its first character.</source>
        <translation>Verdien i %1 kan ikke begynne med «%2»: et regneark ville lese det som en formel, og plattformen ville få en annen verdi. Endre det første tegnet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The %1 is missing. Every user needs one.</source>
        <translation>Feltet %1 mangler. Alle brukere trenger det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is %2 characters long; at most %3 fit.</source>
        <translation>Feltet %1 er %2 tegn langt; høyst %3 får plass.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A %1 cannot contain a line break. Put it on one line.</source>
        <translation>Feltet %1 kan ikke inneholde linjeskift. Skriv det på én linje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 contains an invisible control character (such as a tab). Retype it.</source>
        <translation>Feltet %1 inneholder et usynlig kontrolltegn (for eksempel en tabulator). Skriv det inn på nytt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonSearchDialog</name>
    <message>
        <location filename="../../ui/personsearchdialog.cpp" line="+27"/>
        <source>Add parents</source>
        <translation>Legg til foresatte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add children</source>
        <translation>Legg til barn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search for parents:</source>
        <translation>&amp;Søk etter foresatte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Search for learners:</source>
        <translation>&amp;Søk etter elever:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, user name, synchronisation key or e-mail</source>
        <translation>Navn, brukernavn, synkroniseringsnøkkel eller e-post</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Matching parents</source>
        <translation>Foresatte som passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching learners</source>
        <translation>Elever som passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space checks or unchecks the current person.</source>
        <translation>Mellomrom krysser av eller fjerner avkrysningen for gjeldende person.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no one to add.</source>
        <translation>Det er ingen å legge til.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one matches “%1”.</source>
        <translation>Ingen passer med «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n avkrysset</numerusform>
            <numerusform>%n avkrysset</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonStore</name>
    <message>
        <location filename="../../models/people/personstore.cpp" line="+120"/>
        <source>No person was named.</source>
        <translation>Ingen person ble oppgitt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No one has the user name, synchronisation key or Internal person ID “%1”.</source>
        <translation>Ingen har brukernavnet, synkroniseringsnøkkelen eller den interne person-ID-en «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is the synchronisation key of %2 and the Internal person ID of %3. Name the person by user name instead.</source>
        <translation>«%1» er synkroniseringsnøkkelen til %2 og den interne person-ID-en til %3. Oppgi personen med brukernavn i stedet.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>That person is no longer in the database.</source>
        <translation>Den personen finnes ikke lenger i databasen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was changed by %2 at %3; reopen to see the change.</source>
        <translation>%1 ble endret av %2 kl. %3; åpne på nytt for å se endringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed by %2; reopen to see the change.</source>
        <translation>%1 ble endret av %2; åpne på nytt for å se endringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed at %2; reopen to see the change.</source>
        <translation>%1 ble endret kl. %2; åpne på nytt for å se endringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by someone else; reopen to see the change.</source>
        <translation>%1 ble endret av noen andre; åpne på nytt for å se endringen.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 is not a parent: only parents can be linked to a learner.</source>
        <translation>%1 er ikke foresatt: bare foresatte kan kobles til en elev.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a learner: a parent can be linked only to a learner.</source>
        <translation>%1 er ikke elev: en foresatt kan bare kobles til en elev.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is already a parent of %2.</source>
        <translation>%1 er allerede foresatt for %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not linked to %2.</source>
        <translation>%1 er ikke koblet til %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The user name “%1” belongs to someone else. Every user needs their own.</source>
        <translation>Brukernavnet «%1» tilhører en annen. Hver bruker trenger sitt eget.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The synchronisation key “%1” belongs to someone else. Every user needs their own.</source>
        <translation>Synkroniseringsnøkkelen «%1» tilhører en annen. Hver bruker trenger sin egen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PlaceholderMenu</name>
    <message>
        <location filename="../../ui/placeholdermenu.cpp" line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Rollbook::Placeholders</name>
    <message>
        <location filename="../../models/distribution/placeholders.cpp" line="+25"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With this login you follow %1.</source>
        <translation>Med denne påloggingen følger du %1.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PresetsTab</name>
    <message>
        <location filename="../../ui/presetstab.cpp" line="+65"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 → %2 of %3</source>
        <translation>%1 → %2 for %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → the child</source>
        <translation>%1 → barnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It reads none of the file&apos;s columns.</source>
        <translation>Den leser ingen av kolonnene i filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It reads:</source>
        <translation>Den leser:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Exp&amp;ort…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+367"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Presets are made in the import wizard, with &lt;b&gt;Save as Preset…&lt;/b&gt; on the Options step, and used with &lt;b&gt;Start from a preset&lt;/b&gt; on the Columns step. On the command line:&lt;br&gt;&lt;code&gt;rollbook-cli import FILE --preset NAME&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Export a preset to give it to other schools, and import the file they give you. What you do here is done at once, without Save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Forhåndsinnstillinger lages i importveiviseren, med &lt;b&gt;Lagre som forhåndsinnstilling …&lt;/b&gt; på trinnet Alternativer, og brukes med &lt;b&gt;Start fra en forhåndsinnstilling&lt;/b&gt; på trinnet Kolonner. På kommandolinjen:&lt;br&gt;&lt;code&gt;rollbook-cli import FILE --preset NAME&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Eksporter en forhåndsinnstilling for å gi den til andre skoler, og importer filen de gir deg. Det du gjør her, utføres med en gang, uten Lagre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Presets in this database:</source>
        <translation>&amp;Forhåndsinnstillinger i denne databasen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presets</source>
        <translation>Forhåndsinnstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database has no presets yet. Save one with &lt;b&gt;Save as Preset…&lt;/b&gt; in the import wizard, or import a preset file another school gave you.</source>
        <translation>Denne databasen har ingen forhåndsinnstillinger ennå. Lagre en med &lt;b&gt;Lagre som forhåndsinnstilling …&lt;/b&gt; i importveiviseren, eller importer en forhåndsinnstillingsfil som en annen skole har gitt deg.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write the selected preset to a file to give to other schools</source>
        <translation>Skriv den valgte forhåndsinnstillingen til en fil som du kan gi til andre skoler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the preset in a file another school gave you</source>
        <translation>Legg til forhåndsinnstillingen fra en fil som en annen skole har gitt deg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected preset (%1)</source>
        <translation>Slett den valgte forhåndsinnstillingen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done</source>
        <translation>Hva som ble gjort</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Exported the preset “%1” to %2.</source>
        <translation>Eksporterte forhåndsinnstillingen «%1» til %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting “%1”…</source>
        <translation>Eksporterer «%1» …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replaced the preset “%1” with the one in “%2”.</source>
        <translation>Erstattet forhåndsinnstillingen «%1» med den i «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the preset “%1” from “%2”.</source>
        <translation>Importerte forhåndsinnstillingen «%1» fra «%2».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing “%1”…</source>
        <translation>Importerer «%1» …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted the preset “%1”.</source>
        <translation>Slettet forhåndsinnstillingen «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting “%1”…</source>
        <translation>Sletter «%1» …</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+56"/>
        <source>Import Preset</source>
        <translation>Importer forhåndsinnstilling</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>There is a preset “%1” already. Replace it?</source>
        <translation>Det finnes allerede en forhåndsinnstilling som heter «%1». Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace puts the preset in “%1” in its place. Cancel imports nothing.</source>
        <translation>Erstatt setter forhåndsinnstillingen i «%1» i stedet for den som finnes. Avbryt importerer ingenting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Nothing was imported: there is a preset “%1” already.</source>
        <translation>Ingenting ble importert: det finnes allerede en forhåndsinnstilling som heter «%1».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Preset</source>
        <translation>Eksporter forhåndsinnstilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Rollbook presets (*.json)</source>
        <translation>Rollbook-forhåndsinnstillinger (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Preset</source>
        <translation>Slett forhåndsinnstilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the preset “%1”?</source>
        <translation>Vil du slette forhåndsinnstillingen «%1»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports made with it are not changed. Export it first if you may want it again.</source>
        <translation>Importer som er gjort med den, blir ikke endret. Eksporter den først hvis du kan komme til å trenge den igjen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PrivacyTab</name>
    <message>
        <location filename="../../ui/privacytab.cpp" line="+54"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before each import Rollbook copies the database file beside it (its name, “.backup-” and the date), so that the whole import can be taken back. The copies hold the same personal data as the database. Those beyond these limits are deleted each time Rollbook opens the database and after each import.</source>
        <translation>Før hver import kopierer Rollbook databasefilen ved siden av den (navnet, «.backup-» og datoen), slik at hele importen kan tas tilbake. Kopiene inneholder de samme personopplysningene som databasen. Kopier utover disse grensene slettes hver gang Rollbook åpner databasen, og etter hver import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: make no backups</source>
        <translation>Ingen: lag ingen sikkerhetskopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest are kept; 0 makes no backup before an import</source>
        <translation>De nyeste beholdes; 0 lager ingen sikkerhetskopi før en import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;backups kept:</source>
        <translation>&amp;Antall sikkerhetskopier som beholdes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never: keep them whatever their age</source>
        <translation>Aldri: behold dem uansett alder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backups &amp;older than (days):</source>
        <translation>Slett sikkerhetskopier &amp;eldre enn (dager):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database on a server has no such copies: the server&apos;s own backups apply, kept as its administrator decides.</source>
        <translation>En database på en server har ingen slike kopier: serverens egne sikkerhetskopier gjelder, og de beholdes slik administratoren bestemmer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial passwords</source>
        <translation>Startpassord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget initial passwords automatically</source>
        <translation>Glem startpassordene a&amp;utomatisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Days after they were distributed:</source>
        <translation>&amp;Dager etter at de ble delt ut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is distributed when it is exported, printed, saved in letters or written in an e-mail. Once these days have passed, Rollbook forgets it the next time it opens the database, in the database and in every backup, as Forget Passwords on the Distribute page does. A new password starts the days again. The status bar says how many passwords are stored.</source>
        <translation>Et passord er delt ut når det er eksportert, skrevet ut, lagret i brev eller skrevet i en e-post. Når disse dagene er gått, glemmer Rollbook det neste gang databasen åpnes, i databasen og i alle sikkerhetskopier, slik Glem passord på siden Del ut gjør. Et nytt passord begynner dagene på nytt. Statuslinjen viser hvor mange passord som er lagret.</translation>
    </message>
</context>
<context>
    <name>Rollbook::PrivateSaveFile</name>
    <message>
        <location filename="../../models/core/privatefile.cpp" line="+125"/>
        <source>The file is open already.</source>
        <translation>Filen er allerede åpen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file can only be written from the start.</source>
        <translation>Filen kan bare skrives fra begynnelsen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not open.</source>
        <translation>Filen er ikke åpen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::RelationshipPage</name>
    <message>
        <location filename="../../ui/importwizard/relationshippage.cpp" line="+25"/>
        <source>Parent relationship</source>
        <translation>Foreldrerelasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which column names each parent&apos;s child, and how it names the child. Each child must already be in Rollbook as a learner.</source>
        <translation>Angi hvilken kolonne som viser til hver foresattes barn, og hvordan den viser til barnet. Hvert barn må allerede finnes i Rollbook som elev.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Synchronisation field in import file</source>
        <translation>&amp;Synkroniseringsfelt i importfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matching synchronisation field for child</source>
        <translation>&amp;Tilsvarende synkroniseringsfelt for barn</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the column that names each parent&apos;s child.</source>
        <translation>Velg kolonnen som viser til hver foresattes barn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the rows that find their child…</source>
        <translation>Teller radene som finner barnet sitt …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No row of this column names a child, so the parents would be imported without children.</source>
        <translation>Ingen rad i denne kolonnen viser til et barn, så de foresatte ville blitt importert uten barn.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln rows find their child.</source>
        <translation>
            <numerusform>%1 av %Ln rad finner barnet sitt.</numerusform>
            <numerusform>%1 av %Ln rader finner barnet sitt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %2 rows find their child; %Ln do not: lines %3.</source>
        <translation>
            <numerusform>%1 av %2 rader finner barnet sitt; %Ln gjør det ikke: linje %3.</numerusform>
            <numerusform>%1 av %2 rader finner barnet sitt; %Ln gjør det ikke: linjene %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows find their child.</source>
        <translation type="vanished">%1 av %2 rader finner barnet sitt.</translation>
    </message>
    <message>
        <source>%1 of %2 rows find their child; %3 does not: line %4.</source>
        <translation type="vanished">%1 av %2 rader finner barnet sitt; %3 gjør det ikke: linje %4.</translation>
    </message>
    <message>
        <source>%1 of %2 rows find their child; %3 do not: lines %4.</source>
        <translation type="vanished">%1 av %2 rader finner barnet sitt; %3 gjør det ikke: linje %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the matching field, and import the children first.</source>
        <translation>Sjekk det tilsvarende feltet, og importer barna først.</translation>
    </message>
</context>
<context>
    <name>Rollbook::Retention</name>
    <message>
        <location filename="../../models/distribution/retention.cpp" line="+77"/>
        <source>Initial passwords distributed more than %1 days ago were forgotten, as Edit global settings &gt; Privacy asks: %2.</source>
        <translation>Startpassord som ble delt ut for mer enn %1 dager siden, ble glemt, slik Rediger globale innstillinger &gt; Personvern ber om: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Initial passwords distributed more than %1 days ago could not be forgotten: %2 Nothing of them was changed; Rollbook tries again the next time it opens this database.</source>
        <translation>Startpassord som ble delt ut for mer enn %1 dager siden, kunne ikke glemmes: %2 Ingenting av dem ble endret; Rollbook prøver igjen neste gang denne databasen åpnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups were deleted because Edit global settings &gt; Privacy keeps fewer or younger ones.</source>
        <translation>
            <numerusform>%n sikkerhetskopi ble slettet fordi Rediger globale innstillinger &gt; Personvern beholder færre eller nyere.</numerusform>
            <numerusform>%n sikkerhetskopier ble slettet fordi Rediger globale innstillinger &gt; Personvern beholder færre eller nyere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups deleted because Edit global settings &gt; Privacy keeps fewer or younger ones: %n.</source>
        <translation type="vanished">
            <numerusform>Sikkerhetskopier slettet fordi Rediger globale innstillinger &gt; Personvern beholder færre eller nyere: %n.</numerusform>
            <numerusform>Sikkerhetskopier slettet fordi Rediger globale innstillinger &gt; Personvern beholder færre eller nyere: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Roster</name>
    <message>
        <location filename="../../models/roster/roster.cpp" line="+57"/>
        <source>Rollbook cannot read “%1”: %2.</source>
        <translation>Rollbook kan ikke lese «%1»: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollbook cannot read users.csv of “%1”: %2.</source>
        <translation>Rollbook kan ikke lese users.csv i «%1»: %2.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+17"/>
        <source>Rollbook cannot write “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../models/roster/rosterimporter.cpp" line="+182"/>
        <source>This guardian has more than %1 children in the roster; Rollbook links at most %1.</source>
        <translation>Denne foresatte har mer enn %1 barn i brukerlisten; Rollbook kobler høyst %1.</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>This guardian is not imported: none of their children in the roster can be imported (see the learners&apos; errors).</source>
        <translation>Denne foresatte blir ikke importert: ingen av barna i brukerlisten kan importeres (se feilene hos elevene).</translation>
    </message>
    <message>
        <location filename="../../models/roster/rosterreading.cpp" line="+207"/>
        <source>%1 has no column “%2”, which the %3 specification requires. Its columns are: %4.</source>
        <translation>%1 har ingen kolonne «%2», som spesifikasjonen for %3 krever. Kolonnene er: %4.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is a roster without users.csv, so it names nobody to import. Export the roster again with its users.</source>
        <translation>«%1» er en brukerliste uten users.csv, så den inneholder ingen å importere. Eksporter brukerlisten på nytt med brukerne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a roster Rollbook can read: it has neither manifest.csv nor users.csv. Rollbook reads OneRoster 1.1 and 1.2 and School Data Sync v2.1 exports (a folder or a .zip).</source>
        <translation>«%1» er ikke en brukerliste Rollbook kan lese: den har verken manifest.csv eller users.csv. Rollbook leser eksporter fra OneRoster 1.1 og 1.2 og School Data Sync v2.1 (en mappe eller en .zip).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>manifest.csv of “%1” says OneRoster version “%2”; Rollbook reads versions 1.1 and 1.2.</source>
        <translation>manifest.csv i «%1» oppgir OneRoster-versjon «%2»; Rollbook leser versjon 1.1 og 1.2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” has users.csv, but Rollbook cannot tell which standard it follows: there is no manifest.csv (OneRoster), and no roles.csv with the columns userSourcedId and role (School Data Sync v2.1).</source>
        <translation>«%1» har users.csv, men Rollbook kan ikke se hvilken standard den følger: det finnes ingen manifest.csv (OneRoster) og ingen roles.csv med kolonnene userSourcedId og role (School Data Sync v2.1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The roster has no manifest.csv, which OneRoster requires; Rollbook reads it as %1 by its columns.</source>
        <translation>Brukerlisten har ingen manifest.csv, som OneRoster krever; Rollbook leser den som %1 ut fra kolonnene.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>users.csv has no column “identifier”, which you chose for the synchronisation key. Choose sourcedId instead.</source>
        <translation>users.csv har ingen kolonne «identifier», som du valgte som synkroniseringsnøkkel. Velg sourcedId i stedet.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The roster has no roles.csv, so Rollbook cannot tell learners from guardians. %1 keeps each user&apos;s role there.</source>
        <translation>Brukerlisten har ingen roles.csv, så Rollbook kan ikke skille elever fra foresatte. %1 lagrer rollen til hver bruker der.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Relationships of the kind “%1” are not a parent or guardian, so they make no link (%n in the file, the first on this line).</source>
        <translation>
            <numerusform>Relasjoner av typen «%1» gjelder ikke foreldre eller foresatte, så de gir ingen kobling (%n i filen, den første på denne linjen).</numerusform>
            <numerusform>Relasjoner av typen «%1» gjelder ikke foreldre eller foresatte, så de gir ingen kobling (%n i filen, den første på denne linjen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>users.csv holds no users.</source>
        <translation>users.csv inneholder ingen brukere.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+16"/>
        <source>This user has no sourcedId, which every user of a roster needs.</source>
        <translation>Denne brukeren har ingen sourcedId, som alle brukere i en brukerliste trenger.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The sourcedId “%1” is used by two users in users.csv (also on line %2). It must belong to one user only.</source>
        <translation>sourcedId «%1» brukes av to brukere i users.csv (også på linje %2). Den kan bare tilhøre én bruker.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a student in roles.csv and a contact in relationships.csv</source>
        <translation>elev i roles.csv og kontakt i relationships.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles.csv gives both roles</source>
        <translation>roles.csv gir begge rollene</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is both a student and a guardian (%2). Rollbook imports a person as a learner or as a parent, not both: correct the roster.</source>
        <translation>«%1» er både elev og foresatt (%2). Rollbook importerer en person som elev eller som foresatt, ikke begge deler: rett brukerlisten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” has no role in the roster, so Rollbook cannot tell whether they are a learner or a guardian. They are not imported.</source>
        <translation>«%1» har ingen rolle i brukerlisten, så Rollbook kan ikke vite om vedkommende er elev eller foresatt. Vedkommende blir ikke importert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This role is of “%1”, who is not in users.csv.</source>
        <translation>Denne rollen gjelder «%1», som ikke finnes i users.csv.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is named here, but there is no user with that sourcedId in users.csv.</source>
        <translation>«%1» er nevnt her, men ingen bruker i users.csv har denne sourcedId.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” is named here as a guardian, but the roster does not make them one; no link is made.</source>
        <translation>«%1» er nevnt her som foresatt, men brukerlisten gjør ikke vedkommende til foresatt; ingen kobling lages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is named here as a guardian&apos;s child, but the roster does not make them a student; no link is made.</source>
        <translation>«%1» er nevnt her som barn av en foresatt, men brukerlisten gjør ikke vedkommende til elev; ingen kobling lages.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” names “%2”, but the agentSourcedIds of “%2” (line %3) do not name “%1”. Rollbook links them; check the roster if they should not be.</source>
        <translation>«%1» viser til «%2», men agentSourcedIds for «%2» (linje %3) viser ikke til «%1». Rollbook kobler dem; sjekk brukerlisten hvis de ikke skal kobles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” has no identifier, which you chose for the synchronisation key. Fill it in, or choose sourcedId.</source>
        <translation>«%1» har ingen identifier, som du valgte som synkroniseringsnøkkel. Fyll den inn, eller velg sourcedId.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The roster deletes them (status tobedeleted).</source>
        <translation>Brukerlisten sletter vedkommende (status tobedeleted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster disables them (enabledUser false).</source>
        <translation>Brukerlisten deaktiverer vedkommende (enabledUser false).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not imported. %2</source>
        <translation>«%1» blir ikke importert. %2</translation>
    </message>
</context>
<context>
    <name>Rollbook::RosterCheckPage</name>
    <message>
        <location filename="../../ui/importwizard/rostercheckpage.cpp" line="+53"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aide</source>
        <translation>assistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district administrator</source>
        <translation>administrator hos skoleeier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal</source>
        <translation>rektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proctor</source>
        <translation>eksamensvakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site administrator</source>
        <translation>skoleadministrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff member</source>
        <translation>ansatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system administrator</source>
        <translation>systemadministrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher</source>
        <translation>lærer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check &amp;Again</source>
        <translation>Sjekk &amp;på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>P&amp;roblemer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the users without &amp;errors and leave out the others</source>
        <translation>Importer brukerne &amp;uten feil, og utelat de andre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Problem Rows…</source>
        <translation>&amp;Lagre problemrader …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Who left</source>
        <translation>Hvem som har sluttet</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Also list learners and parents who &amp;never came from a roster</source>
        <translation>Vis også elever og foresatte som &amp;aldri kom fra en brukerliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave them in Rollbook</source>
        <translation>&amp;Behold dem i Rollbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove them from Rollbook in this import (Undo import puts them back)</source>
        <translation>&amp;Fjern dem fra Rollbook i denne importen (Angre import legger dem tilbake)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the roster</source>
        <translation>Sjekk brukerlisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking</source>
        <translation>Sjekker</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sourcedId: the roster&apos;s own id for each person</source>
        <translation>sourcedId: brukerlistens egen ID for hver person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier: the school&apos;s number for each person</source>
        <translation>identifier: skolens nummer for hver person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the roster&apos;s identifiers becomes each person&apos;s synchronisation key. Keep the same choice from one roster to the next: Rollbook remembers it when you import.</source>
        <translation>Hvilken av brukerlistens ID-er som blir synkroniseringsnøkkelen til hver person. Behold det samme valget fra én brukerliste til den neste: Rollbook husker det når du importerer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synchronisation &amp;key:</source>
        <translation>&amp;Synkroniseringsnøkkel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the users.csv rows that have problems as a CSV file with a last column “Problem”, to correct and import again.</source>
        <translation>Lagre radene i users.csv som har problemer, som en CSV-fil med en siste kolonne «Problem», slik at du kan rette dem og importere på nytt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also every learner and parent a CSV file or a person brought into Rollbook, when this roster does not have them.</source>
        <translation>Også alle elever og foresatte som en CSV-fil eller en person har lagt inn i Rollbook, når denne brukerlisten ikke har dem.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+362"/>
        <source>Save Problem Rows</source>
        <translation>Lagre problemrader</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Rollbook reads every user of %1 as if it imported them, and changes nothing yet.</source>
        <translation>Rollbook leser hver bruker i %1 som om de ble importert, og endrer ingenting ennå.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking %1…</source>
        <translation>Sjekker %1 …</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Read %Ln users; checking them…</source>
        <translation>
            <numerusform>Leste %Ln bruker; sjekker …</numerusform>
            <numerusform>Leste %Ln brukere; sjekker dem …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reading %1: %Ln rows…</source>
        <translation>
            <numerusform>Leser %1: %Ln rad …</numerusform>
            <numerusform>Leser %1: %Ln rader …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing can be imported from it. Go Back and choose another roster, or correct this one and press Check Again.</source>
        <translation>Ingenting kan importeres fra den. Gå Tilbake og velg en annen brukerliste, eller rett denne og trykk Sjekk på nytt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>School Data Sync has no identifier column.</source>
        <translation>School Data Sync har ingen identifier-kolonne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 roster</source>
        <translation>Brukerliste i %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 roster of %2</source>
        <translation>Brukerliste i %1 fra %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learners: %1 · Parents: %2 · Links between them: %3</source>
        <translation>Elever: %1 · Foresatte: %2 · Koblinger mellom dem: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with Rollbook: %1 new, %2 updated, %3 unchanged; %4 links to make.</source>
        <translation>Sammenlignet med Rollbook: %1 nye, %2 oppdatert, %3 uendret; %4 koblinger skal lages.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln × %1</source>
        <translation>
            <numerusform>%Ln × %1</numerusform>
            <numerusform>%Ln × %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, as they are neither learners nor guardians: %1.</source>
        <translation>Utelatt fordi de verken er elever eller foresatte: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), line %3 of users.csv: %4</source>
        <translation>%1 (%2), linje %3 i users.csv: %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>Ikke importert:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more, in the problems below.</source>
        <translation>
            <numerusform>… og %Ln til, i problemene nedenfor.</numerusform>
            <numerusform>… og %Ln til, i problemene nedenfor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A delta roster names only changes, so nobody is taken to have left.</source>
        <translation>En delta-brukerliste inneholder bare endringer, så ingen regnes som sluttet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has left: every learner and parent in Rollbook is in this roster.</source>
        <translation>Ingen har sluttet: alle elever og foresatte i Rollbook er med i denne brukerlisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has left: this roster has everyone an earlier roster brought in.</source>
        <translation>Ingen har sluttet: denne brukerlisten har alle som en tidligere brukerliste hentet inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has left: this roster has everyone an earlier roster of %1 brought in.</source>
        <translation>Ingen har sluttet: denne brukerlisten har alle som en tidligere brukerliste fra %1 hentet inn.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In Rollbook, but not in this roster: %Ln.</source>
        <translation>
            <numerusform>I Rollbook, men ikke i denne brukerlisten: %Ln.</numerusform>
            <numerusform>I Rollbook, men ikke i denne brukerlisten: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Brought in by an earlier roster, but not in this one: %Ln.</source>
        <translation>
            <numerusform>Hentet inn av en tidligere brukerliste, men ikke med i denne: %Ln.</numerusform>
            <numerusform>Hentet inn av en tidligere brukerliste, men ikke med i denne: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Brought in by an earlier roster of %1, but not in this one: %Ln.</source>
        <translation>
            <numerusform>Hentet inn av en tidligere brukerliste fra %1, men ikke med i denne: %Ln.</numerusform>
            <numerusform>Hentet inn av en tidligere brukerliste fra %1, men ikke med i denne: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>… and %Ln more, not listed here.</source>
        <translation>
            <numerusform>… og %Ln til, som ikke er vist her.</numerusform>
            <numerusform>… og %Ln til, som ikke er vist her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Ready to import. Press Import to write it to the database and to remove the %Ln who left.</source>
        <translation>
            <numerusform>Klar til import. Trykk Importer for å skrive til databasen og fjerne %Ln som har sluttet.</numerusform>
            <numerusform>Klar til import. Trykk Importer for å skrive til databasen og fjerne de %Ln som har sluttet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import. Press Import to write it to the database.</source>
        <translation>Klar til import. Trykk Importer for å skrive til databasen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be imported while the roster has these errors. Correct it and press Check Again.</source>
        <translation>Ingenting kan importeres så lenge brukerlisten har disse feilene. Rett den og trykk Sjekk på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The users with errors will be left out; the others will be imported.</source>
        <translation>Brukerne med feil utelates; de andre importeres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be imported while the roster has errors. Correct it and press Check Again, or import the users without errors.</source>
        <translation>Ingenting kan importeres så lenge brukerlisten har feil. Rett den og trykk Sjekk på nytt, eller importer brukerne uten feil.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1-problems.csv</source>
        <translation>%1-problemer.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>Rollbook::RosterFiles</name>
    <message>
        <location filename="../../models/roster/rosterfiles.cpp" line="+93"/>
        <source>%1 is not a zip file. Choose the .zip file the roster came as, or a folder of CSV files.</source>
        <translation>%1 er ikke en zip-fil. Velg .zip-filen som brukerlisten kom som, eller en mappe med CSV-filer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+416"/>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 kan ikke åpnes (%2).</translation>
    </message>
    <message>
        <location line="-414"/>
        <location line="+109"/>
        <source>%1 cannot be read as a zip file: it is damaged or incomplete (%2). Ask for the roster again.</source>
        <translation>%1 kan ikke leses som zip-fil: den er skadet eller ufullstendig (%2). Be om å få brukerlisten på nytt.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 has CSV files in more than one folder (%2), so it is not clear which are the roster. Choose one of the folders.</source>
        <translation>%1 har CSV-filer i mer enn én mappe (%2), så det er ikke klart hvilke som er brukerlisten. Velg en av mappene.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has two files named %2 (“%3” and “%4”): keep only one of them.</source>
        <translation>%1 har to filer som heter %2 («%3» og «%4»): behold bare én av dem.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot be used: the file “%2” in it would be unpacked outside its folder. A zip file made that way may be meant to do harm; ask for the roster again.</source>
        <translation>%1 kan ikke brukes: filen «%2» i den ville blitt pakket ut utenfor mappen sin. En zip-fil som er laget slik, kan være ment å gjøre skade; be om å få brukerlisten på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used: the file “%2” in it is protected with a password. Unzip it with the password, then choose the folder.</source>
        <translation>%1 kan ikke brukes: filen «%2» i den er beskyttet med passord. Pakk den ut med passordet, og velg deretter mappen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used: the file “%2” in it unpacks to %3, more than the %4 a roster file may have.</source>
        <translation>%1 kan ikke brukes: filen «%2» i den blir %3 når den pakkes ut, mer enn de %4 en fil i en brukerliste kan ha.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be used: the files in it unpack to more than %2 together, which no roster needs.</source>
        <translation>%1 kan ikke brukes: filene i den blir til sammen mer enn %2 når de pakkes ut, og det trenger ingen brukerliste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be used: the file “%2” in it unpacks to %3 from only %4. CSV files do not pack that tightly; a zip file made that way may be meant to fill the memory or the disk.</source>
        <translation>%1 kan ikke brukes: filen «%2» i den blir %3 når den pakkes ut, fra bare %4. CSV-filer pakkes ikke så tett; en zip-fil som er laget slik, kan være ment å fylle opp minnet eller disken.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>“%1” in %2 ends before the size the zip file gives for it: the zip file is damaged</source>
        <translation>«%1» i %2 slutter før størrelsen zip-filen oppgir for den: zip-filen er skadet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” in %2 holds more data than the zip file says it does: the zip file is damaged, or made to fill the memory or the disk</source>
        <translation>«%1» i %2 inneholder mer data enn zip-filen oppgir: zip-filen er skadet, eller laget for å fylle opp minnet eller disken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” in %2 is damaged: its data does not match its checksum</source>
        <translation>«%1» i %2 er skadet: dataene stemmer ikke med kontrollsummen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” in %2 cannot be unpacked (%3): the zip file may be damaged</source>
        <translation>«%1» i %2 kan ikke pakkes ut (%3): zip-filen kan være skadet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 cannot be opened: there is no such file or folder.</source>
        <translation>%1 kan ikke åpnes: det finnes ingen slik fil eller mappe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be opened: the folder cannot be read.</source>
        <translation>%1 kan ikke åpnes: mappen kan ikke leses.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty: it is not a zip file. Choose the .zip file the roster came as, or a folder of CSV files.</source>
        <translation>%1 er tom: den er ikke en zip-fil. Velg .zip-filen som brukerlisten kom som, eller en mappe med CSV-filer.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 has no file named %2.</source>
        <translation>%1 har ingen fil som heter %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has changed since it was opened. Open it again.</source>
        <translation>%1 er endret siden den ble åpnet. Åpne den på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” in %2 is packed in a way Rollbook cannot unpack. Unzip it with another program, then choose the folder.</source>
        <translation>«%1» i %2 er pakket på en måte Rollbook ikke kan pakke ut. Pakk den ut med et annet program, og velg deretter mappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in %2 cannot be opened (%3).</source>
        <translation>«%1» i %2 kan ikke åpnes (%3).</translation>
    </message>
</context>
<context>
    <name>Rollbook::SampleLauncher</name>
    <message>
        <location filename="../../ui/samplelauncher.cpp" line="+61"/>
        <source>Rollbook sample school</source>
        <comment>the file name of a sample database</comment>
        <translation>Rollbook-eksempelskole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>a sample&apos;s name and number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 files</source>
        <comment>the folder of a sample&apos;s import files</comment>
        <translation>%1 – filer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Making a sample school…</source>
        <translation>Lager en eksempelskole …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Open a Sample School</source>
        <translation>Åpne en eksempelskole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollbook could not make the sample school. %1 Your own database is still open, as it was.</source>
        <translation>Rollbook kunne ikke lage eksempelskolen. %1 Din egen database er fortsatt åpen, slik den var.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sample school is at “%1”, but Rollbook could not open it: %2</source>
        <translation>Eksempelskolen ligger i «%1», men Rollbook kunne ikke åpne den: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a sample school, made up by Rollbook to try things on: %1 learners and %2 parents, none of them real.</source>
        <translation>Dette er en oppdiktet eksempelskole som Rollbook har laget til utprøving: %1 elever og %2 foresatte, ingen av dem virkelige.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sample database:
%1</source>
        <translation>Eksempeldatabasen:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its files, to try Import Users from File… on:
%1</source>
        <translation>Filene, som du kan prøve Importer brukere fra fil … på:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to your own database, choose File &gt; Open Database….</source>
        <translation>For å gå tilbake til din egen database velger du Fil &gt; Åpne database ….</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own database is as you left it. To go back to it, choose File &gt; Open Database… and open:
%1</source>
        <translation>Din egen database er slik du forlot den. For å gå tilbake til den velger du Fil &gt; Åpne database … og åpner:
%1</translation>
    </message>
</context>
<context>
    <name>Rollbook::SampleSchool</name>
    <message>
        <location filename="../../models/sample/sampleschool.cpp" line="+60"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+194"/>
        <source>Rollbook cannot write “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Rollbook sample school</source>
        <translation>Rollbook-eksempelskole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files describe one made-up school, %1: %2 learners and %3 parents, with %4 links between them. Brothers and sisters share their last name and their parents; some learners have one parent, most two, a few more. Every name, address and number is invented, and the passwords are empty: Rollbook makes them when you distribute user names and passwords. Made with rollbook-cli sample --learners %2 --parents-per-learner %5 --seed %6.</source>
        <translation>Disse filene beskriver én oppdiktet skole, %1: %2 elever og %3 foresatte, med %4 koblinger mellom dem. Søsken har samme etternavn og de samme foresatte; noen elever har én foresatt, de fleste to, noen få flere. Alle navn, adresser og numre er oppdiktet, og passordene er tomme: Rollbook lager dem når du deler ut brukernavn og passord. Laget med rollbook-cli sample --learners %2 --parents-per-learner %5 --seed %6.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The files</source>
        <translation>Filene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of work: children first</source>
        <translation>Gangen i arbeidet: barna først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the learners before their parents: a parent&apos;s row names the child, and the child must already be in Rollbook. Parents can only be imported while parent login is on (Edit global settings, General, Enable parent login). Each of the three shapes holds the same whole school: try each in a database of its own, or one after another in the same database, which then finds nobody new.</source>
        <translation>Importer elevene før de foresatte: raden til en foresatt viser til barnet, og barnet må allerede finnes i Rollbook. Foresatte kan bare importeres når pålogging for foresatte er slått på (Rediger globale innstillinger, Generelt, Aktiver pålogging for foresatte). Hvert av de tre formatene inneholder hele den samme skolen: prøv hvert av dem i en egen database, eller etter hverandre i samme database, som da ikke finner noen nye.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the window: File &gt; Import Users from File…, choose the file, and Rollbook recognises what it holds.</source>
        <translation>I vinduet: Fil &gt; Importer brukere fra fil …, velg filen, så gjenkjenner Rollbook hva den inneholder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the command line, in this folder:</source>
        <translation>På kommandolinjen, i denne mappen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rollbook recognises each file by its headers: no --profile or --map is needed. To see the problems of problems.csv, each with its line and column, and to save the rows to fix in a spreadsheet:</source>
        <translation>Rollbook gjenkjenner hver fil på kolonneoverskriftene: --profile og --map trengs ikke. For å se problemene i problems.csv, hvert med linje og kolonne, og lagre radene slik at du kan rette dem i et regneark:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing of problems.csv is imported while it has errors; with --skip-errors the two rows without any are.</source>
        <translation>Ingenting fra problems.csv importeres så lenge filen har feil; med --skip-errors importeres de to radene som ikke har noen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sample school has from 1 to %1 learners, not %2.</source>
        <translation>En eksempelskole har fra 1 til %1 elever, ikke %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sample school has from 0 to 4 parents per learner on average, not %1.</source>
        <translation>En eksempelskole har i gjennomsnitt fra 0 til 4 foresatte per elev, ikke %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name a folder for the sample school.</source>
        <translation>Oppgi en mappe for eksempelskolen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a file, not a folder. Choose a folder for the sample school.</source>
        <translation>«%1» er en fil, ikke en mappe. Velg en mappe for eksempelskolen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The learners in the platform&apos;s own shape (UTF-8, commas): synchronisation key, user name, names, e-mail address and internal person ID; import it first, as Learner.</source>
        <translation>Elevene i plattformens eget format (UTF-8, komma): synkroniseringsnøkkel, brukernavn, navn, e-postadresse og intern person-ID; importer denne filen først, som Elev.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their parents in the platform&apos;s own shape, one row per child, the column ChildID holding the child&apos;s synchronisation key; import it after learners.csv, as Parent.</source>
        <translation>De foresatte i plattformens eget format, én rad per barn, der kolonnen ChildID inneholder barnets synkroniseringsnøkkel; importer denne filen etter learners.csv, som Foresatt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same learners as a Norwegian student system exports them (Windows-1252, semicolons, Norwegian headers), Elevnummer being the synchronisation key.</source>
        <translation>De samme elevene slik et norsk elevsystem eksporterer dem (Windows-1252, semikolon, norske kolonneoverskrifter), med Elevnummer som synkroniseringsnøkkel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their parents from the same student system, one row per child, the column Elevnummer naming the child; import it after elever.csv.</source>
        <translation>De foresatte fra det samme elevsystemet, én rad per barn, der kolonnen Elevnummer viser til barnet; importer denne filen etter elever.csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole school in one file, one row per learner with up to %1 guardians beside, imported as Learners with their parents in one go.</source>
        <translation>Hele skolen i én fil, én rad per elev med opptil %1 foresatte ved siden av, importert som Elever med foresatte i én omgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few learners with mistakes, to see how Rollbook reports them: a missing last name, a user name used twice, an e-mail address without its domain and a missing user name.</source>
        <translation>Noen elever med feil, så du kan se hvordan Rollbook rapporterer dem: et manglende etternavn, et brukernavn som er brukt to ganger, en e-postadresse uten domene og et manglende brukernavn.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The sample school could not be imported: %1</source>
        <translation>Eksempelskolen kunne ikke importeres: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Name a new database file for the sample school.</source>
        <translation>Oppgi en ny databasefil for eksempelskolen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample school is made in a new database file on this computer, not on a server.</source>
        <translation>En eksempelskole lages i en ny databasefil på denne datamaskinen, ikke på en server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” already exists. A sample school goes into a new database: choose a name no file has yet.</source>
        <translation>«%1» finnes allerede. En eksempelskole legges i en ny database: velg et navn som ingen fil har ennå.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rollbook cannot make the folder “%1”. Choose a folder you may write in.</source>
        <translation>Rollbook kan ikke lage mappen «%1». Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollbook cannot write in the folder “%1”: %2.</source>
        <translation>Rollbook kan ikke skrive i mappen «%1»: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollbook cannot put the sample database at “%1”.</source>
        <translation>Rollbook kan ikke legge eksempeldatabasen i «%1».</translation>
    </message>
</context>
<context>
    <name>Rollbook::SettingsPage</name>
    <message>
        <location filename="../../ui/settingspage.cpp" line="+52"/>
        <source>Pr&amp;esets</source>
        <translation>Fo&amp;rhåndsinnstillinger</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Settings sections</source>
        <translation>Innstillingsdeler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;words</source>
        <translation>Pass&amp;ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;tter</source>
        <translation>&amp;Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vacy</source>
        <translation>Person&amp;vern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back the settings as they were last saved</source>
        <translation>Sett innstillingene tilbake slik de sist ble lagret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the settings (%1)</source>
        <translation>Lagre innstillingene (%1)</translation>
    </message>
    <message>
        <source>Available functions</source>
        <translation type="vanished">Tilgjengelige funksjoner</translation>
    </message>
    <message>
        <source>Enable &amp;parent login</source>
        <translation type="vanished">Aktiver pålogging for &amp;foresatte</translation>
    </message>
    <message>
        <source>Parents can sign in and follow their children. Rollbook imports parents and prepares their login letters and e-mails only while this is on.</source>
        <translation type="vanished">Foresatte kan logge på og følge barna sine. Rollbook importerer foresatte og lager påloggingsbrev og e-poster til dem bare mens denne er slått på.</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="vanished">Skole</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="vanished">Skolens &amp;navn:</translation>
    </message>
    <message>
        <source>https://yourschool.itslearning.com</source>
        <translation type="vanished">https://dinskole.itslearning.com</translation>
    </message>
    <message>
        <source>&amp;Login address:</source>
        <translation type="vanished">Påloggings&amp;adresse:</translation>
    </message>
    <message>
        <source>Printed on login letters and e-mails: where users go to sign in.</source>
        <translation type="vanished">Skrives ut på påloggingsbrev og e-poster: hvor brukerne går for å logge på.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="vanished">Systemstandard</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="vanished">&amp;Språk:</translation>
    </message>
    <message>
        <source>For you on this computer. Takes effect the next time Rollbook starts.</source>
        <translation type="vanished">Gjelder for deg på denne datamaskinen. Tas i bruk neste gang Rollbook starter.</translation>
    </message>
    <message>
        <source>Initial passwords</source>
        <translation type="vanished">Startpassord</translation>
    </message>
    <message>
        <source>Rollbook makes a password for everyone who has none when you import users with that option, or export, print or e-mail their user names and passwords.</source>
        <translation type="vanished">Rollbook lager et passord til alle som ikke har et, når du importerer brukere med det valget, eller eksporterer, skriver ut eller sender brukernavnene og passordene deres på e-post.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="vanished"> tegn</translation>
    </message>
    <message>
        <source>From %1 to %2 characters</source>
        <translation type="vanished">Fra %1 til %2 tegn</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="vanished">Le&amp;ngde:</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation type="vanished">Bokstaver og sifre</translation>
    </message>
    <message>
        <source>Letters, digits and symbols</source>
        <translation type="vanished">Bokstaver, sifre og symboler</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation type="vanished">Tegn å velge &amp;fra:</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation type="vanished">Tegn som brukes</translation>
    </message>
    <message>
        <source>Characters used:</source>
        <translation type="vanished">Tegn som brukes:</translation>
    </message>
    <message>
        <source>Example password</source>
        <translation type="vanished">Eksempelpassord</translation>
    </message>
    <message>
        <source>&amp;Another example</source>
        <translation type="vanished">&amp;Et annet eksempel</translation>
    </message>
    <message>
        <source>Make another example password from these settings</source>
        <translation type="vanished">Lag et nytt eksempelpassord etter disse innstillingene</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="vanished">Eksempel:</translation>
    </message>
    <message>
        <source>Characters that look alike, such as 0 and O or 1, l and I, are never used, so that a password read from a letter is typed right the first time.</source>
        <translation type="vanished">Tegn som ligner hverandre, som 0 og O eller 1, l og I, brukes aldri, slik at et passord som leses fra et brev, skrives riktig første gang.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation type="vanished">Eksporterte filer</translation>
    </message>
    <message>
        <source>The files you upload to the platform from Distribute user names and passwords &gt; Export batches.</source>
        <translation type="vanished">Filene du laster opp til plattformen fra Del ut brukernavn og passord &gt; Eksporter filer.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="vanished">UTF-8 med BOM (Excel)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="vanished">UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="vanished">Windows-1252</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="vanished">UTF-16 LE</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation type="vanished">Tegnkod&amp;ing:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="vanished">Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="vanished">Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="vanished">Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="vanished">Loddrett strek ( | )</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="vanished">Skillet&amp;egn:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM and comma suit the platform and open right in Excel. Windows-1252 cannot hold every name: a character it lacks is written as a question mark.</source>
        <translation type="vanished">UTF-8 med BOM og komma passer for plattformen og åpnes riktig i Excel. Windows-1252 kan ikke lagre alle navn: et tegn den mangler, skrives som et spørsmålstegn.</translation>
    </message>
    <message>
        <source>Include the initial &amp;passwords in exported files</source>
        <translation type="vanished">Ta med &amp;startpassordene i eksporterte filer</translation>
    </message>
    <message>
        <source>When this is off, the files have no Password column. Letters and e-mails always give the passwords.</source>
        <translation type="vanished">Når dette er slått av, har filene ingen Password-kolonne. Brev og e-poster oppgir alltid passordene.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Login letter</source>
        <translation>Påloggingsbrev</translation>
    </message>
    <message>
        <source>Printed for each person, one page each. A placeholder in braces, such as {name} or {password}, is replaced by the person&apos;s own details.</source>
        <translation type="vanished">Skrives ut for hver person, én side hver. En plassholder i klammeparenteser, som {name} eller {password}, erstattes med personens egne opplysninger.</translation>
    </message>
    <message>
        <source>B</source>
        <translation type="vanished">F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="vanished">Fet</translation>
    </message>
    <message>
        <source>I</source>
        <translation type="vanished">K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="vanished">Kursiv</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="vanished">Avsnittsstil</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation type="vanished">Vanlig tekst</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="vanished">Overskrift</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="vanished">Underoverskrift</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation type="vanished">Sett &amp;inn plassholder</translation>
    </message>
    <message>
        <source>Insert a placeholder into the letter</source>
        <translation type="vanished">Sett inn en plassholder i brevet</translation>
    </message>
    <message>
        <source>Insert a placeholder where the cursor is in the letter</source>
        <translation type="vanished">Sett inn en plassholder der markøren står i brevet</translation>
    </message>
    <message>
        <source>Restore the &amp;default letter</source>
        <translation type="vanished">Gjenopprett stan&amp;dardbrevet</translation>
    </message>
    <message>
        <source>Replace the letter with the one Rollbook comes with</source>
        <translation type="vanished">Erstatt brevet med det som følger med Rollbook</translation>
    </message>
    <message>
        <source>Login e-mail</source>
        <translation type="vanished">Påloggings-e-post</translation>
    </message>
    <message>
        <source>Written for each person who has an e-mail address, one message each, with the same placeholders as the letter. Those without an address get a letter.</source>
        <translation type="vanished">Skrives for hver person som har e-postadresse, én melding hver, med de samme plassholderne som brevet. De uten adresse får brev.</translation>
    </message>
    <message>
        <source>office@yourschool.no</source>
        <translation type="vanished">kontor@dinskole.no</translation>
    </message>
    <message>
        <source>The address the e-mails come from, and where replies go</source>
        <translation type="vanished">Adressen e-postene kommer fra, og dit svarene går</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="vanished">&amp;Fra:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="vanished">E&amp;mne:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation type="vanished">M&amp;elding:</translation>
    </message>
    <message>
        <source>I&amp;nsert placeholder</source>
        <translation type="vanished">Sett i&amp;nn plassholder</translation>
    </message>
    <message>
        <source>Insert a placeholder into the e-mail</source>
        <translation type="vanished">Sett inn en plassholder i e-posten</translation>
    </message>
    <message>
        <source>Insert a placeholder where the cursor is in the subject or the message</source>
        <translation type="vanished">Sett inn en plassholder der markøren står i emnet eller meldingen</translation>
    </message>
    <message>
        <source>Restore the defa&amp;ult e-mail</source>
        <translation type="vanished">Gjenopprett stan&amp;dard-e-posten</translation>
    </message>
    <message>
        <source>Replace the subject and the message with the ones Rollbook comes with</source>
        <translation type="vanished">Erstatt emnet og meldingen med dem som følger med Rollbook</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1 — %2</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Edit global settings</source>
        <translation>Rediger globale innstillinger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings could not be read: %1</source>
        <translation>Innstillingene kunne ikke leses: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>School name</source>
        <translation>Skolens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login address</source>
        <translation>Påloggingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login address must be a web address such as https://yourschool.itslearning.com.</source>
        <translation>Påloggingsadressen må være en nettadresse, for eksempel https://dinskole.itslearning.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Lengde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Tegnkoding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Skilletegn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail&apos;s From must be one e-mail address, such as office@yourschool.no.</source>
        <translation>Avsenderen (Fra) for e-posten må være én e-postadresse, for eksempel kontor@dinskole.no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>The placeholder %1 in the login letter is formatted partly one way and partly another, so it would not be replaced. Select all of it and format it alike, or write it again.</source>
        <translation type="vanished">Plassholderen %1 i påloggingsbrevet er formatert delvis på én måte og delvis på en annen, så den ville ikke blitt erstattet. Merk hele plassholderen og gi den samme formatering, eller skriv den på nytt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settings could not be saved: %1</source>
        <translation>Innstillingene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved settings</source>
        <translation>Innstillinger som ikke er lagret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changed the global settings without saving them.</source>
        <translation>Du har endret de globale innstillingene uten å lagre dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to save your changes?</source>
        <translation>Vil du lagre endringene?</translation>
    </message>
</context>
<context>
    <name>Rollbook::SettingsStore</name>
    <message>
        <location filename="../../models/settings/settingsstore.cpp" line="+88"/>
        <source>Enable parent login: parents may be imported and sent login letters</source>
        <translation>Aktiver pålogging for foresatte: foresatte kan importeres og få påloggingsbrev</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The school&apos;s name, printed on login letters</source>
        <translation>Skolens navn, skrives ut på påloggingsbrev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address where users sign in, printed on login letters</source>
        <translation>Adressen der brukerne logger på, skrives ut på påloggingsbrev</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many characters a generated password has (10 to 64)</source>
        <translation>Hvor mange tegn et laget passord har (10 til 64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What generated passwords are made of: letters-digits or letters-digits-symbols</source>
        <translation>Hva lagede passord består av: letters-digits (bokstaver og sifre) eller letters-digits-symbols (bokstaver, sifre og symboler)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of exported files: utf-8-bom, utf-8, windows-1252 or utf-16le</source>
        <translation>Tegnkodingen til eksporterte filer: utf-8-bom, utf-8, windows-1252 eller utf-16le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The delimiter of exported files: comma, semicolon, tab or pipe</source>
        <translation>Skilletegnet i eksporterte filer: comma, semicolon, tab eller pipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether exported files hold the initial passwords</source>
        <translation>Om eksporterte filer inneholder startpassordene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login letter: HTML with placeholders such as {username}</source>
        <translation>Påloggingsbrevet: HTML med plassholdere som {username}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender of login e-mails, such as office@yourschool.no</source>
        <translation>Avsenderen av påloggings-e-poster, for eksempel kontor@dinskole.no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject of login e-mails, with placeholders such as {school}</source>
        <translation>Emnet for påloggings-e-poster, med plassholdere som {school}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of login e-mails, with placeholders such as {password}</source>
        <translation>Teksten i påloggings-e-poster, med plassholdere som {password}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many backups of a database file to keep beside it, the newest first; 0 makes none (0 to 100)</source>
        <translation>Hvor mange sikkerhetskopier av en databasefil som beholdes ved siden av den, de nyeste først; 0 lager ingen (0 til 100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After how many days a backup is deleted; 0 keeps it whatever its age (0 to 3650)</source>
        <translation>Etter hvor mange dager en sikkerhetskopi slettes; 0 beholder den uansett alder (0 til 3650)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget initial passwords automatically this many days after they were distributed; 0 never does (0 to 365)</source>
        <translation>Glem startpassord automatisk så mange dager etter at de ble delt ut; 0 gjør det aldri (0 til 365)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which identifier of a standard roster becomes the synchronisation key: sourcedId or identifier</source>
        <translation>Hvilken ID i en brukerliste i standardformat som blir synkroniseringsnøkkelen: sourcedId eller identifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is a sample school made by Rollbook to try things on.</source>
        <translation>Denne databasen er en eksempelskole som Rollbook har laget til utprøving.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+85"/>
        <location line="+7"/>
        <source>There is no setting called “%1”.</source>
        <translation>Det finnes ingen innstilling som heter «%1».</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The setting “%1” is yes or no: write true or false, not “%2”.</source>
        <translation>Innstillingen «%1» er ja eller nei: skriv true eller false, ikke «%2».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The setting “%1” must be one line of text without control characters.</source>
        <translation>Innstillingen «%1» må være én linje tekst uten kontrolltegn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The setting “%1” is longer than 1,000 characters.</source>
        <translation>Innstillingen «%1» er lengre enn 1 000 tegn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting “%1” holds a control character that is not text.</source>
        <translation>Innstillingen «%1» inneholder et kontrolltegn som ikke er tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The setting “%1” is longer than 100,000 characters.</source>
        <translation>Innstillingen «%1» er lengre enn 100 000 tegn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting “%1” is a whole number from %2 to %3, not “%4”.</source>
        <translation>Innstillingen «%1» er et heltall fra %2 til %3, ikke «%4».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting “%1” is one of %2, not “%3”.</source>
        <translation>Innstillingen «%1» er en av %2, ikke «%3».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setting “%1” must be an e-mail address such as office@yourschool.no, not “%2”.</source>
        <translation>Innstillingen «%1» må være en e-postadresse, for eksempel kontor@dinskole.no, ikke «%2».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The setting “%1” must be a web address such as https://yourschool.itslearning.com, not “%2”.</source>
        <translation>Innstillingen «%1» må være en nettadresse, for eksempel https://dinskole.itslearning.com, ikke «%2».</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>the school&apos;s name</source>
        <translation>skolens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s first and last name</source>
        <translation>personens fornavn og etternavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s first name</source>
        <translation>personens fornavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s last name</source>
        <translation>personens etternavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name</source>
        <translation>brukernavnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the initial password</source>
        <translation>startpassordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s e-mail address</source>
        <translation>personens e-postadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to sign in</source>
        <translation>hvor man logger på</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a parent, a sentence that names their children; nothing for a learner</source>
        <translation>for en foresatt, en setning som nevner barna; ingenting for en elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a parent, the children&apos;s names</source>
        <translation>for en foresatt, barnas navn</translation>
    </message>
</context>
<context>
    <name>Rollbook::StagedFolder</name>
    <message>
        <location filename="../../models/distribution/stagedfolder.cpp" line="+77"/>
        <source>“%1” is a file, not a folder. Choose a folder for the export files.</source>
        <translation>«%1» er en fil, ikke en mappe. Velg en mappe for eksportfilene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollbook cannot make the folder “%1”. Choose a folder you may write in.</source>
        <translation>Rollbook kan ikke lage mappen «%1». Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rollbook cannot write in the folder “%1”: %2. Choose a folder you may write in.</source>
        <translation>Rollbook kan ikke skrive i mappen «%1»: %2. Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rollbook cannot write in the folder “%1”.</source>
        <translation>Rollbook kan ikke skrive i mappen «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollbook cannot replace “%1”. If it is open in another program, such as a spreadsheet, close it and export again. Nothing was changed in the folder.</source>
        <translation>Rollbook kan ikke erstatte «%1». Hvis filen er åpen i et annet program, for eksempel et regneark, lukker du den og eksporterer på nytt. Ingenting ble endret i mappen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollbook cannot put “%1” in place: a folder of that name is in the way. Move or rename it and export again. Nothing was changed in the folder.</source>
        <translation>Rollbook kan ikke legge «%1» på plass: en mappe med det navnet er i veien. Flytt eller gi den nytt navn, og eksporter på nytt. Ingenting ble endret i mappen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollbook cannot put “%1” in place. Nothing was changed in the folder.</source>
        <translation>Rollbook kan ikke legge «%1» på plass. Ingenting ble endret i mappen.</translation>
    </message>
</context>
<context>
    <name>Rollbook::UserTableModel</name>
    <message>
        <location filename="../../models/itemmodels/usertablemodel.cpp" line="+397"/>
        <source>Learner</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Foresatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n barn</numerusform>
            <numerusform>%n barn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parent(s)</source>
        <translation>
            <numerusform>%n foresatt</numerusform>
            <numerusform>%n foresatte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already linked</source>
        <translation>%1 er allerede koblet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation key</source>
        <translation>Synkroniseringsnøkkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents</source>
        <translation>Foresatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents/children</source>
        <translation>Foresatte/barn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many parents a learner has, or children a parent has</source>
        <translation>Hvor mange foresatte en elev har, eller hvor mange barn en foresatt har</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
</context>
<context>
    <name>Rollbook::UsersPage</name>
    <message>
        <location filename="../../ui/userspage.cpp" line="+104"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, user name, synchronisation key or e-mail</source>
        <translation>Navn, brukernavn, synkroniseringsnøkkel eller e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the people with a name, user name, synchronisation key or e-mail address that begins with each word typed</source>
        <translation>Viser personene med navn, brukernavn, synkroniseringsnøkkel eller e-postadresse som begynner med hvert ord du skriver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All profiles</source>
        <translation>Alle profiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learners</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Foresatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or a double-click opens the person&apos;s editor.</source>
        <translation>Enter eller et dobbeltklikk åpner redigeringsvinduet for personen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The users could not be read: %1</source>
        <translation>Brukerne kunne ikke leses: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Users and access rights</source>
        <translation>Brukere og tilgangsrettigheter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sample school</source>
        <translation>Eksempelskole</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a sample school made up by Rollbook to try things on; nothing here is real. File &gt; Open Database… takes you back to your own.</source>
        <translation>Dette er en oppdiktet eksempelskole som Rollbook har laget til utprøving; ingenting her er virkelig. Fil &gt; Åpne database … tar deg tilbake til din egen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a database to see its users.</source>
        <translation>Åpne en database for å se brukerne i den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one here yet. Import learners, then their parents, with Import users from file.</source>
        <translation>Ingen her ennå. Importer elever, deretter de foresatte, med Importer brukere fra fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one’s name, user name, synchronisation key or e-mail begins with “%1”.</source>
        <translation>Ingen har navn, brukernavn, synkroniseringsnøkkel eller e-post som begynner med «%1».</translation>
    </message>
</context>
<context>
    <name>Rollbook::WelcomeWidget</name>
    <message>
        <location filename="../../ui/welcomewidget.cpp" line="+54"/>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rollbook</source>
        <translation>Rollbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Rollbook</source>
        <translation>Velkommen til Rollbook</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nobody in this database yet. Start with your learners: import them from a file, then their parents. Each parent names a child, so the children come first.</source>
        <translation>Det er ingen i denne databasen ennå. Begynn med elevene: importer dem fra en fil, og deretter de foresatte. Hver foresatt viser til et barn, så barna må komme først.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To look around first, open a sample school: Rollbook makes one up in a database of its own and leaves yours as it is.</source>
        <translation>Vil du se deg om først, kan du åpne en eksempelskole: Rollbook lager en i en egen database og lar din egen være som den er.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import Users from File…</source>
        <translation>&amp;Importer brukere fra fil …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens Import users from file, to import the learners first</source>
        <translation>Åpner Importer brukere fra fil, for å importere elevene først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a Sample School</source>
        <translation>Å&amp;pne en eksempelskole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes a sample school in a new database beside yours and opens it</source>
        <translation>Lager en eksempelskole i en ny database ved siden av din egen og åpner den</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The order of work: children first</source>
        <translation>Gangen i arbeidet: barna først</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Opens the help on the order of work</source>
        <translation>Åpner hjelpen om gangen i arbeidet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/rollbook/main.cpp" line="+59"/>
        <source>Prepare itslearning user imports: learners, parents and their links.</source>
        <translation>Forbered brukerimport til itslearning: elever, foresatte og koblingene mellom dem.</translation>
    </message>
    <message>
        <source>The database file to open (created when it does not exist). Default: the one used last, else %1.</source>
        <translation type="vanished">Databasefilen som skal åpnes (opprettes hvis den ikke finnes). Standard: den som ble brukt sist, ellers %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="vanished">STI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database to open: a file (created when it does not exist), or a database on a PostgreSQL server, postgresql://USER@HOST[:PORT]/NAME, with the password in PGPASSWORD or .pgpass, never on the command line. Default: the one used last, else %1.</source>
        <translation>Databasen som skal åpnes: en fil (opprettes hvis den ikke finnes), eller en database på en PostgreSQL-server, postgresql://BRUKER@VERT[:PORT]/NAVN, med passordet i PGPASSWORD eller .pgpass, aldri på kommandolinjen. Standard: den som ble brukt sist, ellers %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DATABASE</source>
        <translation>DATABASE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file to import, or a standard roster (OneRoster, School Data Sync): a folder or a .zip file. Opens Import users from file with it.</source>
        <translation>En CSV-fil som skal importeres, eller en brukerliste i standardformat (OneRoster, School Data Sync): en mappe eller en .zip-fil. Åpner Importer brukere fra fil med den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[FILE.csv | ROSTER]</source>
        <translation>[FIL.csv | BRUKERLISTE]</translation>
    </message>
    <message>
        <source>A CSV file to import: opens Import users from file with it.</source>
        <translation type="vanished">En CSV-fil som skal importeres: åpner Importer brukere fra fil med den.</translation>
    </message>
    <message>
        <source>[FILE.csv]</source>
        <translation type="vanished">[FIL.csv]</translation>
    </message>
</context>
</TS>
