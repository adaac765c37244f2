<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rollbook::Audience</name>
    <message numerus="yes">
        <location filename="../../models/distribution/audience.cpp" line="+237"/>
        <source>Parent login is off, so no letters or e-mails are made for the %n parents chosen. Turn on Enable parent login in Edit global settings, or choose learners only.</source>
        <translation>
            <numerusform>Parent login is off, so no letters or e-mails are made for the parent chosen. Turn on Enable parent login in Edit global settings, or choose learners only.</numerusform>
            <numerusform>Parent login is off, so no letters or e-mails are made for the %n parents chosen. Turn on Enable parent login in Edit global settings, or choose learners only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::BatchExport</name>
    <message numerus="yes">
        <location filename="../../models/distribution/batchexport.cpp" line="+236"/>
        <source>%n learners</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n parents, each with %1</source>
        <translation>
            <numerusform>%n parent, with %1</numerusform>
            <numerusform>%n parents, each with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>- %n parents have no child in Rollbook: they are in %1 with an empty ChildID, and the platform adds them without a link.</source>
        <translation>
            <numerusform>- %n parent has no child in Rollbook: they are in %1 with an empty ChildID, and the platform adds them without a link.</numerusform>
            <numerusform>- %n parents have no child in Rollbook: they are in %1 with an empty ChildID, and the platform adds them without a link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>- %n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match them by user name only, so keep their user names unchanged, or give them keys: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</source>
        <translation>
            <numerusform>- %n parent has no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match this parent by user name only, so keep their user name unchanged, or give them a key: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</numerusform>
            <numerusform>- %n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: it will match them by user name only, so keep their user names unchanged, or give them keys: import them again with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a synchronisation key one made from their user name in the import wizard&apos;s options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>- %n staff members chosen are not in these files: staff are not imported this way.</source>
        <translation>
            <numerusform>- %n staff member chosen is not in these files: staff are not imported this way.</numerusform>
            <numerusform>- %n staff members chosen are not in these files: staff are not imported this way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/importwizard/checkpage.cpp" line="+171"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n problems are not shown here. The table shows the first %1 of each kind; Save Problem Rows… saves every row with a problem.</source>
        <translation>
            <numerusform>%n problem is not shown here. The table shows the first %1 of each kind; Save Problem Rows… saves every row with a problem.</numerusform>
            <numerusform>%n problems are not shown here. The table shows the first %1 of each kind; Save Problem Rows… saves every row with a problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Cli</name>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/distributecommands.cpp" line="+89"/>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="+109"/>
        <source>%n learners</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../app/rollbook-cli/samplecommand.cpp" line="+1"/>
        <source>%n parents</source>
        <translation>
            <numerusform>%n parent</numerusform>
            <numerusform>%n parents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Forgot %n initial passwords.</source>
        <translation>
            <numerusform>Forgot %n initial password.</numerusform>
            <numerusform>Forgot %n initial passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/exportcommand.cpp" line="+29"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+54"/>
        <location filename="../../app/rollbook-cli/letterscommand.cpp" line="+43"/>
        <source>%n missing passwords were generated.</source>
        <translation>
            <numerusform>%n missing password was generated.</numerusform>
            <numerusform>%n missing passwords were generated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-52"/>
        <source>%n parents have no child: they are in the first parents file with an empty ChildID.</source>
        <translation>
            <numerusform>%n parent has no child: they are in the first parents file with an empty ChildID.</numerusform>
            <numerusform>%n parents have no child: they are in the first parents file with an empty ChildID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n staff members chosen are not in the files.</source>
        <translation>
            <numerusform>%n staff member chosen is not in the files.</numerusform>
            <numerusform>%n staff members chosen are not in the files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n characters the file encoding cannot hold were written as “?”. Choose UTF-8 in the export settings to keep every letter.</source>
        <translation>
            <numerusform>%n character the file encoding cannot hold was written as “?”. Choose UTF-8 in the export settings to keep every letter.</numerusform>
            <numerusform>%n characters the file encoding cannot hold were written as “?”. Choose UTF-8 in the export settings to keep every letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n parent–learner link(s) in agentSourcedIds.</source>
        <translation>
            <numerusform>%n parent–learner link in agentSourcedIds.</numerusform>
            <numerusform>%n parent–learner links in agentSourcedIds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Left out %n link(s) of the parents to learners not in the bundle.</source>
        <translation>
            <numerusform>Left out %n link of the parents to learners not in the bundle.</numerusform>
            <numerusform>Left out %n links of the parents to learners not in the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) without a synchronisation key (or with a comma in it) have the sourcedId rollbook-NUMBER, after their number in Rollbook.</source>
        <translation>
            <numerusform>%n person without a synchronisation key (or with a comma in it) has the sourcedId rollbook-NUMBER, after their number in Rollbook.</numerusform>
            <numerusform>%n people without a synchronisation key (or with a comma in it) have the sourcedId rollbook-NUMBER, after their number in Rollbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n staff member(s) chosen are not in the bundle.</source>
        <translation>
            <numerusform>%n staff member chosen is not in the bundle.</numerusform>
            <numerusform>%n staff members chosen are not in the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/importcommands.cpp" line="+339"/>
        <source>%n problems are not shown here (the first %1 of each kind are). --report and --rejected write every one.</source>
        <translation>
            <numerusform>%n problem is not shown here (the first %1 of each kind are). --report and --rejected write every one.</numerusform>
            <numerusform>%n problems are not shown here (the first %1 of each kind are). --report and --rejected write every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/importguess.cpp" line="+191"/>
        <source>Synchronisation field in import file: %1 — %2 of %n rows find their child by %3</source>
        <translation>
            <numerusform>Synchronisation field in import file: %1 — %2 of %n row finds its child by %3</numerusform>
            <numerusform>Synchronisation field in import file: %1 — %2 of %n rows find their child by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/letterscommand.cpp" line="-4"/>
        <source>Wrote %n letters to “%1” (%2).</source>
        <translation>
            <numerusform>Wrote %n letter to “%1” (%2).</numerusform>
            <numerusform>Wrote %n letters to “%1” (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n parents are linked to no learner: their letters name no child.</source>
        <translation>
            <numerusform>%n parent is linked to no learner: their letter names no child.</numerusform>
            <numerusform>%n parents are linked to no learner: their letters name no child.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/outboxcommand.cpp" line="+60"/>
        <source>Wrote %n e-mails into %1.</source>
        <translation>
            <numerusform>Wrote %n e-mail into %1.</numerusform>
            <numerusform>Wrote %n e-mails into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Generated %n missing passwords first.</source>
        <translation>
            <numerusform>Generated %n missing password first.</numerusform>
            <numerusform>Generated %n missing passwords first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people have no e-mail address — they need a letter instead:</source>
        <translation>
            <numerusform>%n person has no e-mail address — they need a letter instead:</numerusform>
            <numerusform>%n people have no e-mail address — they need a letter instead:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/peoplecommands.cpp" line="+144"/>
        <source>%n people.</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/rostercommand.cpp" line="+27"/>
        <source>: %n learner(s), </source>
        <translation>
            <numerusform>: %n learner, </numerusform>
            <numerusform>: %n learners, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n guardian(s) </source>
        <translation>
            <numerusform>%n guardian </numerusform>
            <numerusform>%n guardians </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n link(s) between them.</source>
        <translation>
            <numerusform>and %n link between them.</numerusform>
            <numerusform>and %n links between them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>Not in this roster (who left): %n.</source>
        <translation>
            <numerusform>Not in this roster (who left): %n.</numerusform>
            <numerusform>Not in this roster (who left): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more.</numerusform>
            <numerusform>  … and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n created, </source>
        <translation>
            <numerusform>%n created, </numerusform>
            <numerusform>%n created, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s) made</source>
        <translation>
            <numerusform>%n link made</numerusform>
            <numerusform>%n links made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Removed %n who left.</source>
        <translation>
            <numerusform>Removed %n who left.</numerusform>
            <numerusform>Removed %n who left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/rollbook-cli/csvpreviewcommand.cpp" line="+252"/>
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %n records shown.</source>
        <translation>
            <numerusform>%1 of %n record shown.</numerusform>
            <numerusform>%1 of %n records shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::DistributePage</name>
    <message numerus="yes">
        <location filename="../../ui/distributepage.cpp" line="+429"/>
        <source>%Ln learners</source>
        <translation>
            <numerusform>%Ln learner</numerusform>
            <numerusform>%Ln learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln parents</source>
        <translation>
            <numerusform>%Ln parent</numerusform>
            <numerusform>%Ln parents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln staff members</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln get</source>
        <translation>
            <numerusform>%Ln gets</numerusform>
            <numerusform>%Ln get</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln need</source>
        <translation>
            <numerusform>%Ln needs</numerusform>
            <numerusform>%Ln need</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln have no password yet: they are generated from the password policy first.</source>
        <translation>
            <numerusform>%Ln has no password yet: it is generated from the password policy first.</numerusform>
            <numerusform>%Ln have no password yet: they are generated from the password policy first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln parents are linked to no learner.</source>
        <translation>
            <numerusform>%Ln parent is linked to no learner.</numerusform>
            <numerusform>%Ln parents are linked to no learner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%Ln parents are among the people chosen. Turn on Enable parent login in the global settings now?</source>
        <translation>
            <numerusform>%Ln parent is among the people chosen. Turn on Enable parent login in the global settings now?</numerusform>
            <numerusform>%Ln parents are among the people chosen. Turn on Enable parent login in the global settings now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%Ln characters the file encoding cannot hold were written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</source>
        <translation>
            <numerusform>%Ln character the file encoding cannot hold was written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</numerusform>
            <numerusform>%Ln characters the file encoding cannot hold were written as “?”. Choose UTF-8 in Edit global settings to keep every letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Wrote a OneRoster 1.1 bundle of %n person(s) to %1: manifest.csv, orgs.csv and users.csv.</source>
        <translation>
            <numerusform>Wrote a OneRoster 1.1 bundle of %n person to %1: manifest.csv, orgs.csv and users.csv.</numerusform>
            <numerusform>Wrote a OneRoster 1.1 bundle of %n people to %1: manifest.csv, orgs.csv and users.csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n link(s) to learners not chosen are left out.</source>
        <translation>
            <numerusform>%n link to learners not chosen is left out.</numerusform>
            <numerusform>%n links to learners not chosen are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n staff member(s) chosen are not in the bundle.</source>
        <translation>
            <numerusform>%n staff member chosen is not in the bundle.</numerusform>
            <numerusform>%n staff members chosen are not in the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Saved %Ln login letters to %1.</source>
        <translation>
            <numerusform>Saved %Ln login letter to %1.</numerusform>
            <numerusform>Saved %Ln login letters to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Printed %Ln login letters.</source>
        <translation>
            <numerusform>Printed %Ln login letter.</numerusform>
            <numerusform>Printed %Ln login letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %Ln e-mails to %1.</source>
        <translation>
            <numerusform>Wrote %Ln e-mail to %1.</numerusform>
            <numerusform>Wrote %Ln e-mails to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln people have no e-mail address and need a letter: %1.</source>
        <translation>
            <numerusform>%Ln person has no e-mail address and needs a letter: %1.</numerusform>
            <numerusform>%Ln people have no e-mail address and need a letter: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Forget the initial passwords of the %Ln people chosen?</source>
        <translation>
            <numerusform>Forget the initial password of the person chosen?</numerusform>
            <numerusform>Forget the initial passwords of the %Ln people chosen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Forgot %Ln initial passwords.</source>
        <translation>
            <numerusform>Forgot %Ln initial password.</numerusform>
            <numerusform>Forgot %Ln initial passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Erasure</name>
    <message numerus="yes">
        <location filename="../../models/people/erasure.cpp" line="+349"/>
        <source>Erased %n people.</source>
        <translation>
            <numerusform>Erased %n person.</numerusform>
            <numerusform>Erased %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Their links removed: %n; undo records and import history: %1; audit rows made anonymous: %2.</source>
        <translation>
            <numerusform>Their links removed: %n; undo records and import history: %1; audit rows made anonymous: %2.</numerusform>
            <numerusform>Their links removed: %n; undo records and import history: %1; audit rows made anonymous: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n backups beside the database were rewritten without them.</source>
        <translation>
            <numerusform>%n backup beside the database was rewritten without them.</numerusform>
            <numerusform>%n backups beside the database were rewritten without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::ImportRunPage</name>
    <message numerus="yes">
        <location filename="../../ui/importwizard/importrunpage.cpp" line="+222"/>
        <source>Removed %Ln who left.</source>
        <translation>
            <numerusform>Removed %Ln who left.</numerusform>
            <numerusform>Removed %Ln who left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 has %n errors now. Go through the wizard again to see them.</source>
        <translation>
            <numerusform>%1 has %n error now. Go through the wizard again to see it.</numerusform>
            <numerusform>%1 has %n errors now. Go through the wizard again to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln rows with errors were skipped.</source>
        <translation>
            <numerusform>%Ln row with errors was skipped.</numerusform>
            <numerusform>%Ln rows with errors were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Importer</name>
    <message numerus="yes">
        <location filename="../../models/import/importchecks.cpp" line="+301"/>
        <source>%n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: without one, a parent is found again by user name only, and a changed user name makes a second account. Choose to give them a key made from their user name (--derive-sync-keys), or add a key column.</source>
        <translation>
            <numerusform>%n parent has no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: without one, a parent is found again by user name only, and a changed user name makes a second account. Choose to give them a key made from their user name (--derive-sync-keys), or add a key column.</numerusform>
            <numerusform>%n parents have no synchronisation key. The platform says “A synchronisation key is mandatory for automatic connection”: without one, a parent is found again by user name only, and a changed user name makes a second account. Choose to give them a key made from their user name (--derive-sync-keys), or add a key column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::InitialPasswords</name>
    <message numerus="yes">
        <location filename="../../models/distribution/initialpasswords.cpp" line="+339"/>
        <source>%n earlier passwords of the same people were cleared from the undo records of imports.</source>
        <translation>
            <numerusform>%n earlier password of the same people was cleared from the undo records of imports.</numerusform>
            <numerusform>%n earlier passwords of the same people were cleared from the undo records of imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n backups beside the database were rewritten without the forgotten passwords.</source>
        <translation>
            <numerusform>%n backup beside the database was rewritten without the forgotten passwords.</numerusform>
            <numerusform>%n backups beside the database were rewritten without the forgotten passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+553"/>
        <source>%Ln learners</source>
        <translation>
            <numerusform>%Ln learner</numerusform>
            <numerusform>%Ln learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln parents</source>
        <translation>
            <numerusform>%Ln parent</numerusform>
            <numerusform>%Ln parents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonEditor</name>
    <message numerus="yes">
        <location filename="../../ui/personeditor.cpp" line="+421"/>
        <source>Link %n parent(s) to %1</source>
        <translation>
            <numerusform>Link %n parent to %1</numerusform>
            <numerusform>Link %n parents to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Link %n child(ren) to %1</source>
        <translation>
            <numerusform>Link %n child to %1</numerusform>
            <numerusform>Link %n children to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::PersonSearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/personsearchdialog.cpp" line="+135"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::RelationshipPage</name>
    <message numerus="yes">
        <location filename="../../ui/importwizard/relationshippage.cpp" line="+165"/>
        <source>%1 of %Ln rows find their child.</source>
        <translation>
            <numerusform>%1 of %Ln row finds its child.</numerusform>
            <numerusform>%1 of %Ln rows find their child.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %2 rows find their child; %Ln do not: lines %3.</source>
        <translation>
            <numerusform>%1 of %2 rows find their child; %Ln does not: line %3.</numerusform>
            <numerusform>%1 of %2 rows find their child; %Ln do not: lines %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Retention</name>
    <message numerus="yes">
        <location filename="../../models/distribution/retention.cpp" line="+92"/>
        <source>%n backups were deleted because Edit global settings &gt; Privacy keeps fewer or younger ones.</source>
        <translation>
            <numerusform>%n backup was deleted because Edit global settings &gt; Privacy keeps fewer or younger ones.</numerusform>
            <numerusform>%n backups were deleted because Edit global settings &gt; Privacy keeps fewer or younger ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::Roster</name>
    <message numerus="yes">
        <location filename="../../models/roster/rosterreading.cpp" line="+585"/>
        <source>Relationships of the kind “%1” are not a parent or guardian, so they make no link (%n in the file, the first on this line).</source>
        <translation>
            <numerusform>Relationships of the kind “%1” are not a parent or guardian, so they make no link (%n in the file, the first on this line).</numerusform>
            <numerusform>Relationships of the kind “%1” are not a parent or guardian, so they make no link (%n in the file, the first on this line).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::RosterCheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/importwizard/rostercheckpage.cpp" line="+351"/>
        <source>Read %Ln users; checking them…</source>
        <translation>
            <numerusform>Read %Ln user; checking them…</numerusform>
            <numerusform>Read %Ln users; checking them…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reading %1: %Ln rows…</source>
        <translation>
            <numerusform>Reading %1: %Ln row…</numerusform>
            <numerusform>Reading %1: %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%Ln × %1</source>
        <translation>
            <numerusform>%Ln × %1</numerusform>
            <numerusform>%Ln × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>… and %Ln more, in the problems below.</source>
        <translation>
            <numerusform>… and %Ln more, in the problems below.</numerusform>
            <numerusform>… and %Ln more, in the problems below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>In Rollbook, but not in this roster: %Ln.</source>
        <translation>
            <numerusform>In Rollbook, but not in this roster: %Ln.</numerusform>
            <numerusform>In Rollbook, but not in this roster: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Brought in by an earlier roster, but not in this one: %Ln.</source>
        <translation>
            <numerusform>Brought in by an earlier roster, but not in this one: %Ln.</numerusform>
            <numerusform>Brought in by an earlier roster, but not in this one: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Brought in by an earlier roster of %1, but not in this one: %Ln.</source>
        <translation>
            <numerusform>Brought in by an earlier roster of %1, but not in this one: %Ln.</numerusform>
            <numerusform>Brought in by an earlier roster of %1, but not in this one: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>… and %Ln more, not listed here.</source>
        <translation>
            <numerusform>… and %Ln more, not listed here.</numerusform>
            <numerusform>… and %Ln more, not listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Ready to import. Press Import to write it to the database and to remove the %Ln who left.</source>
        <translation>
            <numerusform>Ready to import. Press Import to write it to the database and to remove the %Ln who left.</numerusform>
            <numerusform>Ready to import. Press Import to write it to the database and to remove the %Ln who left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollbook::UserTableModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/usertablemodel.cpp" line="+427"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parent(s)</source>
        <translation>
            <numerusform>%n parent</numerusform>
            <numerusform>%n parents</numerusform>
        </translation>
    </message>
</context>
</TS>
