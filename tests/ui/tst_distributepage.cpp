// The Distribute page driven as an administrator would: whom, what each gets, export, letters,
// e-mails, forget passwords, and the parent-login offer. Files and dialogs are answered by the
// test; the database is compared whole where nothing may change.
#include "db/database.h"
#include "distributepage.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "modalanswer.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestDistributePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void summaryCountsWhoGetsWhat();
    void profileImportAndSelectionNarrowWhom();
    void exportWritesTheBatchesAndKeepsThePasswords();
    void windows1252ExportSaysWhatItCouldNotWrite();
    void lettersAreSavedAsOnePdfPagePerPerson();
    void parentLoginOffIsOfferedAndCancelChangesNothing();
    void parentLoginCanBeSwitchedOnFromTheOffer();
    void previewShowsAPagePerPersonAndClosingStoresNothing();
    void emailsAreWrittenForThoseWithAnAddress();
    void aNewImportIsChosen();
    void forgetPasswordsAsksFirst();
    void failureIsShownAndChangesNothing();
    void aFailedCommitRemovesTheFilesWritten_data();
    void aFailedCommitRemovesTheFilesWritten();
    void everyButtonHasAKeyboardPath();
    void screenshots();

private:
    qint64 seed(const char *file, Profile profile, const QString &syncField = {});
    void showPage();
    void waitIdle();
    QPushButton *button(const char *name) const;
    QString dump() const;
    int emptyPasswords() const;
    static int pdfPages(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DistributePage> m_page;
    QString m_target; // what the page's file and folder questions are answered with
};

void TestDistributePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDistributePage::init()
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"distribute-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    SettingsStore settings(m_database->connection());
    QVERIFY(settings.set({{u"parent_login_enabled"_s, u"true"_s},
                          {u"school_name"_s, u"Nordby skole"_s},
                          {u"login_address"_s, u"https://nordby.itslearning.com"_s},
                          {u"email_from"_s, u"office@nordby.no"_s}},
                         u"test"_s)
                    .ok());
    // Åse, Øystein, Bjørn (no e-mail), Zoë; the seed learners 1 and 2 and their two parents.
    seed("learners-utf8.csv", Profile::Learner);
    seed("seed-a-children.csv", Profile::Learner);
    seed("parents-combined.csv", Profile::Parent, u"ChildID"_s);
    m_target.clear();
    m_page = std::make_unique<DistributePage>();
    m_page->setTargetChooser([this](DistributePage::Target, const QString &) { return m_target; });
}

void TestDistributePage::cleanup()
{
    m_page.reset();
    m_database.reset();
}

qint64 TestDistributePage::seed(const char *file, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QString::fromLatin1(file));
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    if (!report || !report.value().errors.isEmpty()) {
        QTest::qFail(file, __FILE__, __LINE__);
        return -1;
    }
    return report.value().batchId;
}

void TestDistributePage::showPage()
{
    m_page->setDatabase(m_database.get());
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitIdle();
}

void TestDistributePage::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
}

QPushButton *TestDistributePage::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
}

QString TestDistributePage::dump() const
{
    return Testing::dumpTables(m_database->connection());
}

int TestDistributePage::emptyPasswords() const
{
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT COUNT(*) FROM person WHERE password IS NULL OR password = ''"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

int TestDistributePage::pdfPages(const QString &path)
{
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    if (!info.waitForFinished(30000) || info.exitCode() != 0)
        return -1;
    for (const QString &line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestDistributePage::summaryCountsWhoGetsWhat()
{
    showPage();
    const AudienceSummary &summary = m_page->summary();
    QCOMPARE(summary.people, 8);
    QCOMPARE(summary.learners, 6);
    QCOMPARE(summary.parents, 2);
    QCOMPARE(summary.withoutPassword, 8);
    const QString counts = m_page->findChild<QLabel *>(u"counts"_s)->text();
    QVERIFY2(counts.contains(u"8 people chosen: 6 learners, 2 parents."_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"8 have no password yet"_s), qPrintable(counts));
    // Who lacks an e-mail address is named, to get a letter instead.
    auto *lacking = m_page->findChild<QTreeWidget *>(u"lacking"_s);
    QCOMPARE(lacking->topLevelItemCount(), summary.people - summary.withEmail);
    QStringList names;
    for (int i = 0; i < lacking->topLevelItemCount(); ++i)
        names << lacking->topLevelItem(i)->text(1);
    QVERIFY2(names.contains(u"bjorn.naess"_s), qPrintable(names.join(u' ')));
    QVERIFY(!names.contains(u"aase.berg"_s));
}

void TestDistributePage::profileImportAndSelectionNarrowWhom()
{
    showPage();
    auto *profile = m_page->findChild<QComboBox *>(u"profile"_s);
    profile->setCurrentIndex(profile->findData(u"parent"_s));
    waitIdle();
    QCOMPARE(m_page->audience().profile, u"parent"_s);
    QCOMPARE(m_page->summary().people, 2);
    QCOMPARE(m_page->summary().parents, 2);
    profile->setCurrentIndex(0);
    waitIdle();

    // The people of one import: the combo lists the imports, newest first.
    auto *ofImport = m_page->findChild<QRadioButton *>(u"ofImport"_s);
    auto *batch = m_page->findChild<QComboBox *>(u"batch"_s);
    QCOMPARE(batch->count(), 3);
    QVERIFY(batch->itemText(0).contains(u"parents-combined.csv"_s));
    QVERIFY(!batch->isEnabled());
    ofImport->click();
    waitIdle();
    QVERIFY(batch->isEnabled());
    QCOMPARE(m_page->summary().people, 2); // the parents' import
    batch->setCurrentIndex(2);             // learners-utf8.csv
    waitIdle();
    QCOMPARE(m_page->summary().people, 4);
    QCOMPARE(*m_page->audience().batchId, batch->currentData().toLongLong());

    // The selection on the users page: offered only when there is one.
    auto *ofSelection = m_page->findChild<QRadioButton *>(u"ofSelection"_s);
    QVERIFY(!ofSelection->isEnabled());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT id FROM person WHERE username IN ('aase.berg', 'zoe.dubois')"_s));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    m_page->setSelectedPeople(ids);
    QVERIFY(ofSelection->isEnabled());
    QVERIFY(ofSelection->text().contains(u"(2)"_s));
    ofSelection->click();
    waitIdle();
    QCOMPARE(m_page->summary().people, 2);
    m_page->setSelectedPeople({});
    waitIdle();
    QVERIFY(m_page->findChild<QRadioButton *>(u"everyone"_s)->isChecked());
    QCOMPARE(m_page->summary().people, 8);
}

void TestDistributePage::exportWritesTheBatchesAndKeepsThePasswords()
{
    showPage();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"upload"_s);
    button("exportBatches")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QDir upload(m_target);
    for (const auto &name :
         {u"01-learners.csv"_s, u"02-parents-1.csv"_s, u"03-parents-2.csv"_s, u"UPLOAD.txt"_s})
        QVERIFY2(upload.exists(name), qPrintable(name));
    QCOMPARE(emptyPasswords(), 0);
    const QString result = m_page->findChild<QLabel *>(u"result"_s)->text();
    QVERIFY2(result.contains(u"01-learners.csv"_s), qPrintable(result));
    QVERIFY(result.contains(u"Open the folder"_s));
    QVERIFY2(!result.contains(u"cannot hold"_s), qPrintable(result)); // UTF-8 holds every letter
    waitIdle();
    QCOMPARE(m_page->summary().withoutPassword, 0);

    // Cancelling the folder question does nothing at all.
    const QString before = dump();
    m_target.clear();
    button("exportBatches")->click();
    waitIdle();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dump(), before);
}

// As the command line does, the window says how many characters Windows-1252 could not hold.
void TestDistributePage::windows1252ExportSaysWhatItCouldNotWrite()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"export_encoding"_s, u"windows-1252"_s, u"test"_s)
                    .ok());
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(u"UPDATE person SET first_name = 'Łukasz', last_name = 'Żółw' "
                   u"WHERE username = 'son1'"_s));
    showPage();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"upload-1252"_s);
    button("exportBatches")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(message));
    // Ł, Ż and ł; ó is in Windows-1252.
    const QString counted = u"3 characters the file encoding cannot hold were written as “?”. "
                            u"Choose UTF-8 in Edit global settings to keep every letter."_s;
    QVERIFY2(message.contains(counted), qPrintable(message));
    const QString result = m_page->findChild<QLabel *>(u"result"_s)->text();
    QVERIFY2(result.contains(counted), qPrintable(result));
    QFile learners(QDir(m_target).filePath(u"01-learners.csv"_s));
    QVERIFY(learners.open(QIODevice::ReadOnly));
    QVERIFY(learners.readAll().contains(",?ukasz,?\xF3?w,"));
}

void TestDistributePage::lettersAreSavedAsOnePdfPagePerPerson()
{
    showPage();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"letters.pdf"_s);
    button("saveLettersAsPdf")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(QFile::exists(m_target));
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: the pages are not counted.");
    QCOMPARE(pdfPages(m_target), 8);
    QCOMPARE(emptyPasswords(), 0);
}

void TestDistributePage::parentLoginOffIsOfferedAndCancelChangesNothing()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    showPage();
    QVERIFY(m_page->findChild<QLabel *>(u"counts"_s)->text().contains(u"Parent login is off"_s));
    const QString before = dump();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"refused.pdf"_s);
    QString seen;
    Testing::answerNextMessageBox(QMessageBox::Cancel, &seen);
    Testing::answerNextMessageBox(QMessageBox::Ok); // "Nothing was distributed"
    button("saveLettersAsPdf")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(seen.contains(u"Enable parent login"_s), qPrintable(seen));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!QFile::exists(m_target));
    QCOMPARE(dump(), before);
}

void TestDistributePage::parentLoginCanBeSwitchedOnFromTheOffer()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    showPage();
    QSignalSpy switched(m_page.get(), &DistributePage::parentLoginSwitchedOn);
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"after-switch.pdf"_s);
    Testing::answerNextMessageBox(u"Turn On Parent Login"_s);
    button("saveLettersAsPdf")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(switched.size(), 1);
    QVERIFY(SettingsStore(m_database->connection()).parentLoginEnabled());
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(QFile::exists(m_target));
}

void TestDistributePage::previewShowsAPagePerPersonAndClosingStoresNothing()
{
    showPage();
    const QString before = dump();
    int pages = -1;
    bool seen = false;
    auto *timer = new QTimer(m_page.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (!preview || preview->pageCount() == 0)
            return;
        timer->stop();
        seen = true;
        pages = preview->pageCount();
        dialog->reject();
    });
    timer->start();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    button("previewLetters")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(seen);
    QCOMPARE(pages, 8);
    QVERIFY(finished.at(0).at(1).toString().contains(u"No letters were printed"_s));
    waitIdle();
    QCOMPARE(dump(), before); // the passwords shown were not stored
}

void TestDistributePage::emailsAreWrittenForThoseWithAnAddress()
{
    showPage();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"outbox"_s);
    button("writeEmails")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(message));
    const int withEmail = m_page->summary().withEmail;
    QCOMPARE(QDir(m_target).entryList({u"*.eml"_s}, QDir::Files).size(), withEmail);
    QVERIFY2(message.contains(u"Bjørn Næss"_s), qPrintable(message));
    QVERIFY(message.contains(u"need a letter"_s));
}

void TestDistributePage::aNewImportIsChosen()
{
    showPage();
    // An import made while the page is open: its people are chosen once it is listed.
    const qint64 batch = seed("seed-pupils-rgb.csv", Profile::Learner);
    m_page->chooseBatch(batch);
    waitIdle();
    QVERIFY(m_page->findChild<QRadioButton *>(u"ofImport"_s)->isChecked());
    QCOMPARE(m_page->audience().batchId, std::optional<qint64>(batch));
    QCOMPARE(m_page->summary().people, 2);
    // An import already listed is chosen at once.
    const qint64 first = ImportHistory(m_database->connection()).batches().value().last().id;
    m_page->chooseBatch(first);
    waitIdle();
    QCOMPARE(m_page->audience().batchId, std::optional<qint64>(first));
    QCOMPARE(m_page->summary().people, 4);
}

void TestDistributePage::forgetPasswordsAsksFirst()
{
    showPage();
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    m_target = m_dir.filePath(u"forget-upload"_s);
    button("exportBatches")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    waitIdle();
    QCOMPARE(emptyPasswords(), 0);

    // Only the parents; Cancel first, then Forget Passwords.
    auto *profile = m_page->findChild<QComboBox *>(u"profile"_s);
    profile->setCurrentIndex(profile->findData(u"parent"_s));
    waitIdle();
    const QString before = dump();
    Testing::answerNextMessageBox(QMessageBox::Cancel);
    button("forgetPasswords")->click();
    waitIdle();
    QCOMPARE(dump(), before);

    QString seen;
    Testing::answerNextMessageBox(u"Forget Passwords"_s, &seen);
    button("forgetPasswords")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(seen.contains(u"2 people"_s), qPrintable(seen));
    QCOMPARE(emptyPasswords(), 2);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM person WHERE profile = 'parent' AND password IS "
                       u"NOT NULL"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDistributePage::failureIsShownAndChangesNothing()
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
    button("exportBatches")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(seen.contains(u"a-file"_s), qPrintable(seen));
    QVERIFY(seen.contains(u"The database is as it was."_s));
    waitIdle();
    QCOMPARE(dump(), before);
}

void TestDistributePage::aFailedCommitRemovesTheFilesWritten_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("target");
    QTest::newRow("letters as PDF") << u"saveLettersAsPdf"_s << u"letters.pdf"_s;
    QTest::newRow("e-mails") << u"writeEmails"_s << u"outbox"_s;
    QTest::newRow("export") << u"exportBatches"_s << u"export"_s;
    QTest::newRow("OneRoster") << u"exportOneRoster"_s << u"oneroster"_s;
}

// The files are written, then storing their passwords fails at the commit: the files go again,
// as on the command line, since their passwords would not work.
void TestDistributePage::aFailedCommitRemovesTheFilesWritten()
{
    QFETCH(QString, button);
    QFETCH(QString, target);
    QSqlDatabase db = m_database->connection();
    QVERIFY(QSqlQuery(db).exec(u"UPDATE person SET password = NULL"_s));
    QVERIFY(Testing::failCommitsOfDistributedPasswords(db));
    showPage();
    const QString before = dump();
    m_target =
            m_dir.filePath(u"commit-%1/%2"_s.arg(QLatin1String(QTest::currentDataTag()), target));
    QVERIFY(QDir().mkpath(QFileInfo(m_target).absolutePath()));
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    QString seen;
    Testing::answerNextMessageBox(QMessageBox::Ok, &seen);
    this->button(button.toLatin1().constData())->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(seen.contains(u"removed again"_s), qPrintable(seen));
    QVERIFY(seen.contains(u"The database is as it was."_s));
    waitIdle();
    QCOMPARE(dump(), before);
    QCOMPARE(emptyPasswords(), m_page->summary().people);
    // Nothing holding a password is left: no letters, no e-mails, no files to upload.
    const QFileInfo written(m_target);
    if (written.isDir())
        QCOMPARE(QDir(m_target).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    else
        QVERIFY(!written.exists());
}

void TestDistributePage::everyButtonHasAKeyboardPath()
{
    showPage();
    // Each action and choice has a mnemonic, and every control a name a screen reader reads.
    for (auto *b : m_page->findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        QVERIFY2(b->text().contains(u'&'), qPrintable(b->objectName()));
    }
    for (auto *combo : m_page->findChildren<QComboBox *>())
        QVERIFY2(!combo->accessibleName().isEmpty() ||
                         m_page->findChildren<QLabel *>().end() !=
                                 std::find_if(m_page->findChildren<QLabel *>().begin(),
                                              m_page->findChildren<QLabel *>().end(),
                                              [combo](QLabel *l) { return l->buddy() == combo; }),
                 qPrintable(combo->objectName()));
    // Alt+P moves to the profile, and the keyboard changes it.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_P, Qt::AltModifier);
    auto *profile = m_page->findChild<QComboBox *>(u"profile"_s);
    QCOMPARE(QApplication::focusWidget(), profile);
    QTest::keyClick(profile, Qt::Key_Down);
    waitIdle();
    QCOMPARE(m_page->audience().profile, u"learner"_s);
    QCOMPARE(m_page->summary().people, 6);
}

void TestDistributePage::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"false"_s, u"test"_s)
                    .ok());
    showPage();
    QTest::qWait(50); // the layout follows the summary's new text
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"distribute.png"_s)));
    m_target = m_dir.filePath(u"shot-upload"_s);
    QSignalSpy finished(m_page.get(), &DistributePage::finished);
    button("exportBatches")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    waitIdle();
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"distribute-exported.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestDistributePage)
#include "tst_distributepage.moc"
