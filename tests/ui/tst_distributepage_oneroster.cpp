// The Distribute page's Export OneRoster… driven as an administrator would: by mouse and by its
// mnemonic, the folder question answered by the test, the bundle written on a worker with the
// passwords kept, and a failure that changes nothing.
#include "core/translation.h"
#include "csv/csvreader.h"
#include "db/database.h"
#include "distributepage.h"
#include "import/importrun.h"
#include "modalanswer.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestDistributePageOneRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesTheBundleAndKeepsThePasswords();
    void mnemonicOpensTheFolderQuestionAndCancelChangesNothing();
    void partOfTheSchoolIsSaidToBeAWholeRoster();
    void failureIsShownAndChangesNothing();
    void everyMnemonicOnThePageIsUnique();

private:
    void seed(const char *file, Profile profile, const QString &syncField = {});
    void showPage();
    void waitIdle();
    QPushButton *oneRosterButton() const;
    QString dump() const;
    int emptyPasswords() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DistributePage> m_page;
    QString m_target; // what the page's folder question is answered with
    QList<DistributePage::Target> m_asked;
};

void TestDistributePageOneRoster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

void TestDistributePageOneRoster::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"oneroster-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    // Parents are imported only while parent login is on.
    QVERIFY(SettingsStore(m_database->connection())
                    .set({{u"parent_login_enabled"_s, u"true"_s},
                          {u"school_name"_s, u"Nordby skole"_s}},
                         u"test"_s)
                    .ok());
    // Åse, Øystein, Bjørn, Zoë; the seed learners 1 and 2 and their two parents.
    seed("learners-utf8.csv", Profile::Learner);
    seed("seed-a-children.csv", Profile::Learner);
    seed("parents-combined.csv", Profile::Parent, u"ChildID"_s);
    m_target.clear();
    m_asked.clear();
    m_page = std::make_unique<DistributePage>();
    m_page->setTargetChooser([this](DistributePage::Target target, const QString &) {
        m_asked.append(target);
        return m_target;
    });
}

void TestDistributePageOneRoster::cleanup()
{
    m_page.reset();
    m_database.reset();
}

void TestDistributePageOneRoster::seed(const char *file, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = Testing::fixture(QString::fromLatin1(file));
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    QVERIFY2(report && report.value().errors.isEmpty(), file);
}

void TestDistributePageOneRoster::showPage()
{
    m_page->setDatabase(m_database.get());
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitIdle();
}

void TestDistributePageOneRoster::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
}

QPushButton *TestDistributePageOneRoster::oneRosterButton() const
{
    return m_page->findChild<QPushButton *>(u"exportOneRoster"_s);
}

QString TestDistributePageOneRoster::dump() const
{
    return Testing::dumpTables(m_database->connection());
}

int TestDistributePageOneRoster::emptyPasswords() const
{
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT COUNT(*) FROM person WHERE password IS NULL OR password = ''"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestDistributePageOneRoster::exportWritesTheBundleAndKeepsThePasswords()
{
    showPage();
    QPushButton *button = oneRosterButton();
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    QSignalSpy passwordsChanged(m_page.get(), &DistributePage::passwordsChanged);
    m_target = m_dir.filePath(u"bundle"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(m_asked, QList<DistributePage::Target>({DistributePage::Target::OneRosterFolder}));
    QCOMPARE(passwordsChanged.size(), 1);

    const QDir bundle(m_target);
    QCOMPARE(bundle.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             QStringList({u"manifest.csv"_s, u"orgs.csv"_s, u"users.csv"_s}));
    const CsvTable users = CsvReader::readFile(bundle.filePath(u"users.csv"_s));
    QVERIFY(users.ok());
    QCOMPARE(users.rows.size(), 8);
    // Every password generated is in the file and kept.
    QCOMPARE(emptyPasswords(), 0);
    for (const CsvRow &row : users.rows)
        QVERIFY2(!row.fields.last().isEmpty(), qPrintable(row.fields.at(6)));
    const CsvTable orgs = CsvReader::readFile(bundle.filePath(u"orgs.csv"_s));
    QCOMPARE(orgs.rows.value(0).fields.value(3), u"Nordby skole"_s);

    const QString result = m_page->findChild<QLabel *>(u"result"_s)->text();
    QVERIFY2(result.contains(u"OneRoster 1.1 bundle"_s), qPrintable(result));
    QVERIFY2(result.contains(QDir::toNativeSeparators(m_target)), qPrintable(result));
    QVERIFY(result.contains(u"Open the folder"_s));
    QVERIFY2(!result.contains(u"whole roster"_s), qPrintable(result)); // everyone was chosen
    waitIdle();
    QCOMPARE(m_page->summary().withoutPassword, 0);
}

// Alt+O is the button's keyboard path; cancelling the folder question does nothing at all.
void TestDistributePageOneRoster::mnemonicOpensTheFolderQuestionAndCancelChangesNothing()
{
    showPage();
    const QString before = dump();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first(), DistributePage::Target::OneRosterFolder);
    waitIdle();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(dump(), before);
}

void TestDistributePageOneRoster::partOfTheSchoolIsSaidToBeAWholeRoster()
{
    showPage();
    auto *profile = m_page->findChild<QComboBox *>(u"profile"_s);
    profile->setCurrentIndex(profile->findData(u"parent"_s));
    waitIdle();
    QCOMPARE(m_page->summary().people, 2);
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"parents"_s);
    oneRosterButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"whole roster"_s), qPrintable(message));
    QVERIFY2(message.contains(u"4 links to learners not chosen are left out."_s),
             qPrintable(message));
    const CsvTable users = CsvReader::readFile(QDir(m_target).filePath(u"users.csv"_s));
    QCOMPARE(users.rows.size(), 2);
}

void TestDistributePageOneRoster::failureIsShownAndChangesNothing()
{
    showPage();
    const QString before = dump();
    // A file where the folder should be: nothing is written, passwords are not kept.
    m_target = m_dir.filePath(u"a-file"_s);
    QFile file(m_target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    QString seen;
    Testing::answerNextMessageBox(QMessageBox::Ok, &seen);
    oneRosterButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(seen.contains(u"a-file"_s), qPrintable(seen));
    QVERIFY(seen.contains(u"The database is as it was."_s));
    waitIdle();
    QCOMPARE(dump(), before);
}

// Alt and a letter must reach one control only: the new button's O among them.
void TestDistributePageOneRoster::everyMnemonicOnThePageIsUnique()
{
    showPage();
    QStringList texts;
    for (auto *button : m_page->findChildren<QAbstractButton *>())
        texts << button->text();
    for (auto *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    QMap<QChar, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + u" and "_s + text));
        seen.insert(key, text);
    }
    QCOMPARE(seen.value(u'o'), oneRosterButton()->text());
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestDistributePageOneRoster)
#include "tst_distributepage_oneroster.moc"
