#include "core/translation.h"
#include "db/database.h"
#include "distributepage.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "opendatabasedialog.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

// The Norwegian translation is compiled in and replaces the English of the key screens, with the
// platform's own Norwegian labels; English stays when English is chosen; the .ts is complete.
class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void norwegianLabelsOfTheWizard();
    void norwegianLabelsOfTheSettingsPage();
    void mnemonicsOfEachSettingsTabAreUsedOnce_data();
    void mnemonicsOfEachSettingsTabAreUsedOnce();
    void englishStaysWhenEnglishIsChosen();
    void countsHaveTheirSingularAndPluralInEachLanguage();
    void languageChoiceIsStoredPerUser();
    void translationFileIsComplete();
    void englishCountsAreComplete();
    void screenshots();

private:
    // The Parent relationship page: its title, its two labels and the match choices.
    QStringList relationshipTexts();
    // The settings page: Enable parent login and the tab titles.
    QStringList settingsTexts();

    QTemporaryDir m_dir;
    QString m_databasePath;
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"RollbookTests"_s);
    QCoreApplication::setApplicationName(u"tst_translation"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_databasePath = m_dir.filePath(u"translation.sqlite"_s);
    auto opened = Database::open(m_databasePath);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
}

void TestTranslation::cleanup()
{
    installTranslations(u"en"_s);
    setLanguageSetting(QString());
}

QStringList TestTranslation::relationshipTexts()
{
    ImportWizard wizard(m_databasePath);
    QWizardPage *page = wizard.page(ImportWizard::RelationshipId);
    QStringList texts{page->title()};
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    const auto *match = page->findChild<QComboBox *>(u"matchField"_s);
    for (int i = 0; match && i < match->count(); ++i)
        texts << match->itemText(i);
    return texts;
}

QStringList TestTranslation::settingsTexts()
{
    SettingsPage page;
    QStringList texts{page.title(), page.findChild<QCheckBox *>(u"parentLogin"_s)->text()};
    const auto *tabs = page.findChild<QTabWidget *>(u"tabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

void TestTranslation::mnemonicsOfEachSettingsTabAreUsedOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Norwegian") << u"nb"_s;
}

void TestTranslation::mnemonicsOfEachSettingsTabAreUsedOnce()
{
    // Alt and a letter reaches one control only: the tabs, the page's own controls and those of
    // the open tab are on the screen together, in each language.
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    SettingsPage page;
    auto *tabs = page.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList letters;
        QStringList texts;
        const auto add = [&](const QString &text) {
            const qsizetype at = QString(text).replace(u"&&"_s, u"__"_s).indexOf(u'&');
            if (at >= 0 && at + 1 < text.size()) {
                letters << text.at(at + 1).toLower();
                texts << text;
            }
        };
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
        for (const QAbstractButton *button : page.findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&page) && !qobject_cast<QTabBar *>(button->parentWidget()))
                add(button->text());
        }
        for (const QLabel *label : page.findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(&page))
                add(label->text());
        }
        for (const QString &letter : std::as_const(letters))
            QVERIFY2(letters.count(letter) == 1,
                     qPrintable(tabs->tabText(tab) + u": "_s + texts.join(u" | "_s)));
    }
}

void TestTranslation::norwegianLabelsOfTheWizard()
{
    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    QCOMPARE(relationshipTexts(),
             QStringList({u"Foreldrerelasjon"_s, u"&Synkroniseringsfelt i importfil"_s,
                          u"&Tilsvarende synkroniseringsfelt for barn"_s, u"Intern person-ID"_s,
                          u"Synkroniseringsnøkkel"_s, u"Brukernavn"_s}));

    ImportWizard wizard(m_databasePath);
    QCOMPARE(wizard.windowTitle(), u"Importer brukere fra fil"_s);
    // Qt has no Bokmål of its own: the wizard's and message boxes' buttons come from ours.
    QCOMPARE(wizard.buttonText(QWizard::NextButton), u"&Neste >"_s);
    QCOMPARE(wizard.buttonText(QWizard::BackButton), u"< &Tilbake"_s);
    QCOMPARE(wizard.buttonText(QWizard::CancelButton), u"Avbryt"_s);
    QMessageBox box(QMessageBox::Question, u"?"_s, u"?"_s,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Save)->text(), u"Lagre"_s);
    QCOMPARE(box.button(QMessageBox::Discard)->text(), u"Forkast"_s);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), u"Avbryt"_s);
}

void TestTranslation::norwegianLabelsOfTheSettingsPage()
{
    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    QCOMPARE(settingsTexts(),
             QStringList({u"Rediger globale innstillinger"_s, u"Aktiver pålogging for &foresatte"_s,
                          u"&Generelt"_s, u"Pass&ord"_s, u"E&ksport"_s, u"&Brev"_s, u"E-&post"_s,
                          u"Person&vern"_s, u"Fo&rhåndsinnstillinger"_s}));
    // Norwegian without a written standard, and Nynorsk, get Bokmål rather than English.
    QCOMPARE(installTranslations(u"no"_s), u"nb"_s);
    QCOMPARE(installTranslations(u"nn-NO"_s), u"nb"_s);
}

void TestTranslation::englishStaysWhenEnglishIsChosen()
{
    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    QCOMPARE(installTranslations(u"en"_s), u"en"_s); // replaces the Norwegian
    QCOMPARE(relationshipTexts(),
             QStringList({u"Parent relationship"_s, u"&Synchronisation field in import file"_s,
                          u"&Matching synchronisation field for child"_s, u"Internal person ID"_s,
                          u"Synchronisation key"_s, u"Username"_s}));
    QCOMPARE(settingsTexts(),
             QStringList({u"Edit global settings"_s, u"Enable &parent login"_s, u"&General"_s,
                          u"Pass&words"_s, u"E&xport"_s, u"Le&tter"_s, u"E-&mail"_s, u"Pri&vacy"_s,
                          u"Pr&esets"_s}));
    // A language Rollbook does not have keeps the English too.
    QCOMPARE(installTranslations(u"fr"_s), u"en"_s);
}

void TestTranslation::countsHaveTheirSingularAndPluralInEachLanguage()
{
    // A count is written once, tr("%n parent(s)", nullptr, n); each language's catalogue gives
    // its forms, English's too (rollbook_en.ts), whether English is chosen or nothing matches.
    const auto parents = [](int n) {
        return QCoreApplication::translate("Rollbook::UserTableModel", "%n parent(s)", nullptr, n);
    };
    const auto files = [](int n) {
        return QCoreApplication::translate("Rollbook::Cli", "%n files", nullptr, n);
    };
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        QCOMPARE(installTranslations(language), u"en"_s);
        QCOMPARE(parents(1), u"1 parent"_s);
        QCOMPARE(parents(2), u"2 parents"_s);
        QCOMPARE(parents(0), u"0 parents"_s);
        QCOMPARE(files(1), u"1 file"_s);
        QCOMPARE(files(12), u"12 files"_s);
    }

    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    QCOMPARE(parents(1), u"1 foresatt"_s);
    QCOMPARE(parents(2), u"2 foresatte"_s);
    QCOMPARE(parents(0), u"0 foresatte"_s);

    // Through the code that counts: the status bar of an open database.
    QCOMPARE(installTranslations(u"en"_s), u"en"_s);
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    auto *counts = window.findChild<QLabel *>(u"databaseCounts"_s);
    QVERIFY(counts);
    QTRY_COMPARE(counts->text(), u"0 learners · 0 parents · 0 links"_s);
}

void TestTranslation::languageChoiceIsStoredPerUser()
{
    QCOMPARE(languageSetting(), QString());
    setLanguageSetting(u"nb"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"nb"_s);

    SettingsPage page;
    auto *language = page.findChild<QComboBox *>(u"language"_s);
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), u"nb"_s);
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemText(2), u"Norsk bokmål"_s);

    // Choosing is the user's, not the school's: stored at once, and Save is not needed for it.
    const bool modified = page.isModified();
    language->setCurrentIndex(language->findData(u"en"_s));
    emit language->activated(language->currentIndex());
    QCOMPARE(languageSetting(), u"en"_s);
    QCOMPARE(page.isModified(), modified);
    language->setCurrentIndex(0);
    emit language->activated(0);
    QCOMPARE(languageSetting(), QString());
    QVERIFY(!QSettings().contains(u"ui/language"_s));

    QSettings().setValue(u"ui/language"_s, u"klingon"_s);
    QCOMPARE(languageSetting(), QString()); // an unknown value follows the system
}

namespace {

// A catalogue's messages in force (not obsolete or vanished), as a test reads them.
struct CatalogueMessage
{
    QString source;
    bool numerus = false;
    bool finished = false; // translated, with no form left empty
    qsizetype forms = 0;
};

QList<CatalogueMessage> readCatalogue(const QString &path, QString *error)
{
    QList<CatalogueMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    CatalogueMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            message = {};
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (type == u"obsolete" || type == u"vanished") {
                xml.skipCurrentElement();
                continue;
            }
            const bool unfinished = type == u"unfinished";
            QStringList forms;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            message.forms = forms.size();
            message.finished = !unfinished && !forms.isEmpty() &&
                               std::none_of(forms.cbegin(), forms.cend(), [](const QString &form) {
                                   return form.trimmed().isEmpty();
                               });
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

void TestTranslation::translationFileIsComplete()
{
    QString error;
    const QList<CatalogueMessage> messages =
            readCatalogue(QStringLiteral(ROLLBOOK_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unfinished;
    for (const CatalogueMessage &message : messages) {
        if (!message.finished)
            unfinished << message.source;
    }
    QVERIFY(messages.size() > 800);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

// Every count (a numerus message) has its English singular and plural in rollbook_en.ts.
void TestTranslation::englishCountsAreComplete()
{
    QString error;
    const QList<CatalogueMessage> counts =
            readCatalogue(QStringLiteral(ROLLBOOK_EN_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unfinished;
    for (const CatalogueMessage &count : counts) {
        QVERIFY2(count.numerus, "only counts");
        if (!count.finished || count.forms != 2)
            unfinished << count.source;
    }
    QVERIFY(counts.size() > 50);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

// The window in Norwegian, every page, for a person to judge: longer words must still fit.
void TestTranslation::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    QCOMPARE(installTranslations(u"nb"_s), u"nb"_s);
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int id = 0; id < MainWindow::pageCount; ++id) {
        QVERIFY(window.showPage(MainWindow::PageId(id)));
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(folder).filePath(u"nb-page-%1.png"_s.arg(id))));
    }
    ImportWizard wizard(m_databasePath);
    wizard.resize(760, 560);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.grab().save(QDir(folder).filePath(u"nb-wizard.png"_s)));
    OpenDatabaseDialog open;
    open.setLocation(u"postgresql://anna@db.skole.example/rollbook"_s);
    open.show();
    QVERIFY(QTest::qWaitForWindowExposed(&open));
    QVERIFY(open.grab().save(QDir(folder).filePath(u"nb-open-database.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestTranslation)
#include "tst_translation.moc"
