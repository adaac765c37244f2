// Standard rosters in the import wizard (issue 15): chosen on the first page (Choose Roster…, a
// drop on the window, `rollbook ROSTER`), checked on a page of their own (standard, school,
// counts, problems with file, line and column, the synchronisation key, who left), and imported
// by the wizard's Import step; who left is removed only when the user chooses it, undoably.
#include "import/importhistory.h"
#include "importwizard/filepage.h"
#include "importwizard/importrunpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/rostercheckpage.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "page.h"
#include "roster/roster.h"
#include "settings/settingsstore.h"
#include "testsupport.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestImportWizardRoster : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rostersAreCheckedByStandard_data();
    void rostersAreCheckedByStandard();
    void chooseRosterOffersAZipAndAFolder();
    void keyChoiceChecksAgainAndIsRemembered();
    void schoolDataSyncHasNoIdentifier();
    void badRosterShowsWhereAndIsRefused_data();
    void badRosterShowsWhereAndIsRefused();
    void notARosterIsSaidAndRefused();
    void usersWithErrorsCanBeLeftOut();
    void parentLoginIsNeededForARoster();
    void whoLeftIsListedAndLeftAlone();
    void whoLeftIsRemovedOnlyWhenChosenAndUndone();
    void everyoneListsPeopleNotFromARoster();
    void entryPointsOpenTheWizardWithARoster();
    void everyControlIsLabelledAndMnemonicsAreUnique();
    void screenshots();

private:
    RosterCheckPage *rosterPage() const
    {
        return static_cast<RosterCheckPage *>(m_wizard->page(ImportWizard::RosterCheckId));
    }
    QString text(const char *label) const
    {
        return find<QLabel>(ImportWizard::RosterCheckId, label)->text();
    }
    // The wizard with `roster` chosen, on the roster check once its dry run has reported.
    RosterCheckPage *checkRoster(const QString &roster);
    // The roster imported without the wizard, as an earlier term's.
    void importRoster(const QString &roster);
    // A copy of the OneRoster 1.1 fixture a term later: Jens Müller and his father Klaus have
    // left the school.
    QString rosterWithoutTheMullers();
    // Answers the file dialog that opens next with `path`, typed as a user types it.
    // The menu of Choose Roster… that opens next: `key` picks its entry by the mnemonic.
    void answerRosterMenu(Qt::Key key);
    static QStringList column(const QAbstractItemView *table, int column);
    static QString cell(const QAbstractItemView *table, int row, int column);
    // Mnemonics of the visible controls of the current page and the wizard's buttons.
    QStringList mnemonics() const;
};

void TestImportWizardRoster::initTestCase()
{
    setUpCase(u"tst_importwizard_roster"_s);
}

void TestImportWizardRoster::init()
{
    setUp();
    enableParentLogin(); // a roster's guardians are parents
}

void TestImportWizardRoster::cleanup()
{
    tearDown();
}

RosterCheckPage *TestImportWizardRoster::checkRoster(const QString &roster)
{
    openWizard(roster);
    if (!QTest::qWaitFor([this] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }))
        return nullptr;
    next();
    if (m_wizard->currentId() != ImportWizard::RosterCheckId)
        return nullptr;
    RosterCheckPage *page = rosterPage();
    if (!QTest::qWaitFor([page] { return page->report().has_value() && !page->isChecking(); }))
        return nullptr;
    return page;
}

void TestImportWizardRoster::importRoster(const QString &roster)
{
    RosterPlan plan;
    plan.path = roster;
    plan.backupsKept = 0;
    const auto report = runRosterImport(m_database->connection(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->import.committed);
}

QString TestImportWizardRoster::rosterWithoutTheMullers()
{
    static int n = 0;
    const QDir source(fixture("roster/oneroster-1.1"));
    const QString target = m_dir.filePath(u"term-%1/Solbakken_OneRoster_2026-08"_s.arg(++n));
    QDir().mkpath(target);
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile in(source.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = in.readAll();
        if (name == u"users.csv"_s) {
            QStringList kept;
            for (QString line : QString::fromUtf8(data).split(u"\r\n"_s)) {
                if (line.startsWith(u"stu-20002,"_s) || line.startsWith(u"gua-30004,"_s))
                    continue;
                kept.append(line.replace(u"\"gua-30004\""_s, QString()));
            }
            data = kept.join(u"\r\n"_s).toUtf8();
        }
        QFile out(QDir(target).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
    }
    return target;
}

void TestImportWizardRoster::answerRosterMenu(Qt::Key key)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, key] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        QTest::keyClick(menu, key);
    });
    timer->start();
}

QStringList TestImportWizardRoster::column(const QAbstractItemView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << cell(table, row, column);
    return texts;
}

QString TestImportWizardRoster::cell(const QAbstractItemView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QStringList TestImportWizardRoster::mnemonics() const
{
    QStringList texts;
    QWizardPage *page = m_wizard->currentPage();
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page))
            texts << button->text();
    }
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(page))
            texts << label->text();
    }
    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
          QWizard::CancelButton}) {
        QAbstractButton *button = m_wizard->button(which);
        if (button->isVisible())
            texts << button->text();
    }
    QStringList keys;
    static const QRegularExpression marker(u"&([^&])"_s);
    for (const QString &text : std::as_const(texts)) {
        const QRegularExpressionMatch match = marker.match(QString(text).replace(u"&&"_s, u""_s));
        if (match.hasMatch())
            keys << match.captured(1).toLower();
    }
    return keys;
}

void TestImportWizardRoster::rostersAreCheckedByStandard_data()
{
    QTest::addColumn<QString>("roster");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QString>("whoLeft");

    QTest::newRow("OneRoster 1.1 folder")
            << u"roster/oneroster-1.1"_s << u"OneRoster 1.1 roster of Solbakken skole"_s
            << u"Learners: 7 · Parents: 5 · Links between them: 9"_s
            << QStringList{u"1 × administrator"_s, u"2 × teacher"_s}
            << u"Nobody has left: this roster has everyone an earlier roster of Solbakken skole "
               u"brought in."_s;
    QTest::newRow("OneRoster 1.2 zip")
            << u"roster/oneroster-1.2.zip"_s << u"OneRoster 1.2 roster of Nordlys skole"_s
            << u"Learners: 6 · Parents: 4 · Links between them: 8"_s
            << QStringList{u"1 × site administrator"_s, u"2 × teacher"_s}
            << u"A delta roster names only changes, so nobody is taken to have left."_s;
    QTest::newRow("OneRoster 1.2 zip with a folder inside")
            << u"roster/oneroster-1.2-in-folder.zip"_s << u"OneRoster 1.2 roster of Nordlys skole"_s
            << u"Learners: 6 · Parents: 4 · Links between them: 8"_s << QStringList{u"teacher"_s}
            << u"A delta roster names only changes, so nobody is taken to have left."_s;
    QTest::newRow("School Data Sync v2.1 folder")
            << u"roster/sds-2.1"_s << u"School Data Sync v2.1 roster of Vestli skole"_s
            << u"Learners: 7 · Parents: 4 · Links between them: 8"_s
            << QStringList{u"2 × teacher"_s}
            << u"Nobody has left: this roster has everyone an earlier roster of Vestli skole "
               u"brought in."_s;
}

void TestImportWizardRoster::rostersAreCheckedByStandard()
{
    QFETCH(QString, roster);
    QFETCH(QString, headline);
    QFETCH(QString, counts);
    QFETCH(QStringList, skipped);
    QFETCH(QString, whoLeft);
    const QString before = Testing::dumpTables(m_database->connection());

    openWizard(fixture(qPrintable(roster)));
    // A roster has no profile to choose: it says who is who itself.
    QVERIFY(m_wizard->isRoster());
    QVERIFY(!find<QGroupBox>(ImportWizard::FileId, "profileBox")->isVisibleTo(m_wizard.get()));
    QVERIFY(find<QGroupBox>(ImportWizard::FileId, "rosterBox")->isVisibleTo(m_wizard.get()));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RosterCheckId));
    RosterCheckPage *page = rosterPage();
    QTRY_VERIFY(page->report().has_value());
    QCOMPARE(text("rosterHeadline"), headline);
    QVERIFY2(text("rosterCounts").startsWith(counts), qPrintable(text("rosterCounts")));
    for (const QString &role : skipped)
        QVERIFY2(text("rosterSkipped").contains(role), qPrintable(text("rosterSkipped")));
    QCOMPARE(text("whoLeftText"), whoLeft);
    QVERIFY(!find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing")
                     ->isVisibleTo(m_wizard.get()));
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(Testing::dumpTables(m_database->connection()), before); // a dry run
}

// Choose Roster… asks which (a .zip file or a folder), then opens the dialog made for it; from
// the keyboard, its mnemonic and the menu's.
void TestImportWizardRoster::chooseRosterOffersAZipAndAFolder()
{
    openWizard(QString());
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    auto *choose = find<QPushButton>(ImportWizard::FileId, "chooseRoster");
    QCOMPARE(choose->text(), u"Choose &Roster…"_s);
    QVERIFY(choose->menu());

    answerRosterMenu(Qt::Key_Z);
    Testing::answerNextFileDialog(fixture("roster/oneroster-1.2.zip"));
    QTest::keyClick(m_wizard.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QDir::fromNativeSeparators(filePage()->filePath()),
                 fixture("roster/oneroster-1.2.zip"));
    QVERIFY(m_wizard->isRoster());

    answerRosterMenu(Qt::Key_F);
    Testing::answerNextFileDialog(fixture("roster/sds-2.1"));
    QTest::mouseClick(choose, Qt::LeftButton);
    QTRY_COMPARE(QDir::fromNativeSeparators(filePage()->filePath()), fixture("roster/sds-2.1"));
    QVERIFY(m_wizard->isRoster());
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next();
    QTRY_VERIFY(rosterPage()->report().has_value());
    QCOMPARE(text("rosterHeadline"), u"School Data Sync v2.1 roster of Vestli skole"_s);

    // Back to a CSV file: the profiles again, and the CSV steps.
    m_wizard->back();
    find<QLineEdit>(ImportWizard::FileId, "filePath")->setText(fixture("learners-utf8.csv"));
    QVERIFY(!m_wizard->isRoster());
    QVERIFY(find<QGroupBox>(ImportWizard::FileId, "profileBox")->isVisibleTo(m_wizard.get()));
    QTRY_VERIFY(!filePage()->isGuessing());
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FormatId));
}

void TestImportWizardRoster::keyChoiceChecksAgainAndIsRemembered()
{
    // Last term's roster came in with the roster's sourcedIds as the keys.
    importRoster(fixture("roster/oneroster-1.1"));
    RosterCheckPage *page = checkRoster(fixture("roster/oneroster-1.1"));
    QVERIFY(page);
    auto *key = find<QComboBox>(ImportWizard::RosterCheckId, "rosterKey");
    QCOMPARE(key->currentData().toInt(), int(RosterKey::SourcedId)); // nothing remembered yet
    QCOMPARE(page->report()->import.counts.unchanged, 12);

    // From the keyboard: the school's numbers as the keys, checked again at once; they clash
    // with the keys the learners have.
    key->setFocus();
    QTest::keyClick(key, Qt::Key_Down);
    QCOMPARE(key->currentData().toInt(), int(RosterKey::Identifier));
    QTRY_VERIFY(page->report().has_value() && !page->isChecking());
    QVERIFY(page->report()->import.hasErrors());
    auto *problems = find<QTableView>(ImportWizard::RosterCheckId, "problems");
    QVERIFY(column(problems, 2).contains(u"identifier"_s));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QTest::keyClick(key, Qt::Key_Up);
    QTRY_VERIFY(page->report().has_value() && !page->isChecking());
    QVERIFY(!page->report()->import.hasErrors());
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());

    // Another school's database: the identifier chosen, imported, and remembered then only.
    m_wizard.reset();
    tearDown();
    setUp();
    enableParentLogin();
    page = checkRoster(fixture("roster/oneroster-1.1"));
    QVERIFY(page);
    key = find<QComboBox>(ImportWizard::RosterCheckId, "rosterKey");
    key->setFocus();
    QTest::keyClick(key, Qt::Key_Down);
    QTRY_VERIFY(page->report().has_value() && !page->isChecking());
    QVERIFY(page->isComplete());
    QCOMPARE(SettingsStore(m_database->connection()).text(SettingsStore::RosterKey),
             u"sourcedid"_s); // a check remembers nothing
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY(m_wizard->batchId() > 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key = '20001'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key LIKE 'stu-%'"_s), 0);
    QCOMPARE(SettingsStore(m_database->connection()).text(SettingsStore::RosterKey),
             u"identifier"_s);

    // The next roster starts with the key remembered.
    m_wizard.reset();
    page = checkRoster(fixture("roster/oneroster-1.1"));
    QVERIFY(page);
    QCOMPARE(find<QComboBox>(ImportWizard::RosterCheckId, "rosterKey")->currentData().toInt(),
             int(RosterKey::Identifier));
    QCOMPARE(page->report()->import.counts.unchanged, 12);
}

// School Data Sync has no identifier: the choice is not offered, and a remembered identifier
// (from OneRoster) is neither used nor forgotten.
void TestImportWizardRoster::schoolDataSyncHasNoIdentifier()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::RosterKey), u"identifier"_s, u"test"_s)
                    .ok());
    RosterCheckPage *page = checkRoster(fixture("roster/sds-2.1"));
    QVERIFY(page);
    auto *key = find<QComboBox>(ImportWizard::RosterCheckId, "rosterKey");
    QCOMPARE(key->currentData().toInt(), int(RosterKey::SourcedId));
    auto *model = qobject_cast<QStandardItemModel *>(key->model());
    QVERIFY(!model->item(key->findData(int(RosterKey::Identifier)))->isEnabled());
    QVERIFY(!page->report()->import.hasErrors());
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    QVERIFY(m_wizard->batchId() > 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key = '5001'"_s), 1);
    QCOMPARE(SettingsStore(m_database->connection()).text(SettingsStore::RosterKey),
             u"identifier"_s);
}

void TestImportWizardRoster::badRosterShowsWhereAndIsRefused_data()
{
    QTest::addColumn<QString>("roster");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("unknown guardian") << u"roster/bad/unknown-guardian"_s << u"users.csv"_s
                                      << u"3"_s << u"agentSourcedIds"_s << u"gua-9"_s;
    QTest::newRow("student and guardian")
            << u"roster/bad/student-and-guardian"_s << u"users.csv"_s << u"2"_s << u"sourcedId"_s
            << u"both a student and a guardian"_s;
    QTest::newRow("duplicate sourcedId") << u"roster/bad/duplicate-sourcedid"_s << u"users.csv"_s
                                         << u"3"_s << u"sourcedId"_s << u"stu-2"_s;
}

void TestImportWizardRoster::badRosterShowsWhereAndIsRefused()
{
    QFETCH(QString, roster);
    QFETCH(QString, file);
    QFETCH(QString, line);
    QFETCH(QString, column);
    QFETCH(QString, words);
    const QString where = column;
    const QString before = Testing::dumpTables(m_database->connection());

    RosterCheckPage *page = checkRoster(fixture(qPrintable(roster)));
    QVERIFY(page);
    QVERIFY(page->report()->import.hasErrors());
    auto *problems = find<QTableView>(ImportWizard::RosterCheckId, "problems");
    QVERIFY(problems->isVisibleTo(m_wizard.get()));
    QCOMPARE(problems->model()->headerData(0, Qt::Horizontal).toString(), u"File"_s);
    bool found = false;
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        const auto at = [&](int c) { return TestImportWizardRoster::cell(problems, row, c); };
        if (at(0) == file && at(1) == line && at(2) == where && at(3) == u"Error"_s)
            found = found || at(4).contains(words);
    }
    QVERIFY2(found, qPrintable(TestImportWizardRoster::column(problems, 4).join(u'\n')));
    // Import is refused, and says why.
    QVERIFY(!page->isComplete());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY2(page->verdictText().startsWith(u"Nothing can be imported"_s),
             qPrintable(page->verdictText()));
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);
}

void TestImportWizardRoster::notARosterIsSaidAndRefused()
{
    const QString before = Testing::dumpTables(m_database->connection());
    openWizard(fixture("roster/bad/not-a-roster"));
    next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RosterCheckId));
    QTRY_VERIFY(!rosterPage()->isChecking() && !text("rosterStatus").startsWith(u"Checking"_s));
    QVERIFY2(text("rosterStatus").contains(u"is not a roster"_s), qPrintable(text("rosterStatus")));
    QVERIFY(!find<QWidget>(ImportWizard::RosterCheckId, "rosterReport")
                     ->isVisibleTo(m_wizard.get()));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(find<QAbstractButton>(ImportWizard::RosterCheckId, "checkAgain")->isEnabled());
    QCOMPARE(Testing::dumpTables(m_database->connection()), before);

    // A zip or folder that is not there: said on the first page, and Next waits.
    m_wizard.reset();
    openWizard(fixture("roster/nothing-here.zip"));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(ImportWizard::FileId, "fileProblem")->text().contains(u"no file"_s));
}

// As the CSV wizard's "skip the rows with errors": the users without errors are imported; the
// rows with problems can be saved to correct them.
void TestImportWizardRoster::usersWithErrorsCanBeLeftOut()
{
    RosterCheckPage *page = checkRoster(fixture("roster/bad/duplicate-sourcedid"));
    QVERIFY(page);
    QVERIFY(!page->isComplete());
    const QString rows = m_dir.filePath(u"roster-problems.csv"_s);
    Testing::answerNextFileDialog(rows);
    auto *save = find<QAbstractButton>(ImportWizard::RosterCheckId, "saveProblemRows");
    save->click();
    QTRY_VERIFY(QFile::exists(rows));
    QTRY_VERIFY(save->isEnabled());
    QFile saved(rows);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(saved.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and lines 3 and 4
    QVERIFY(lines.first().trimmed().endsWith(u"Problem"_s));
    QVERIFY(lines.at(1).contains(u"stu-2"_s));

    auto *skip = find<QCheckBox>(ImportWizard::RosterCheckId, "skipErrors");
    QVERIFY(skip->isVisibleTo(m_wizard.get()));
    QVERIFY(!skip->isChecked());
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    QVERIFY(skip->isChecked());
    QTRY_VERIFY(page->isComplete());
    QVERIFY2(page->verdictText().contains(u"left out"_s), qPrintable(page->verdictText()));
    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY(m_wizard->batchId() > 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE sync_key = 'stu-2'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s),
             page->report()->learners + page->report()->guardians);
}

// A roster's guardians are parents: while parent login is off, the first page says so and
// offers to switch it on.
void TestImportWizardRoster::parentLoginIsNeededForARoster()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"false"_s,
                         u"test"_s)
                    .ok());
    openWizard(fixture("roster/oneroster-1.1"));
    auto *off = find<QWidget>(ImportWizard::FileId, "parentLoginOff");
    QTRY_VERIFY(off->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    find<QAbstractButton>(ImportWizard::FileId, "switchOnParentLogin")->click();
    QTRY_VERIFY(!off->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(SettingsStore(m_database->connection()).parentLoginEnabled());
}

void TestImportWizardRoster::whoLeftIsListedAndLeftAlone()
{
    importRoster(fixture("roster/oneroster-1.1"));
    const QString next = rosterWithoutTheMullers();
    QVERIFY(!next.isEmpty());
    RosterCheckPage *page = checkRoster(next);
    QVERIFY(page);
    QCOMPARE(page->report()->missingCount, 2);
    QCOMPARE(text("whoLeftText"),
             u"Brought in by an earlier roster of Solbakken skole, but not in this one: 2."_s);
    auto *list = find<QTableWidget>(ImportWizard::RosterCheckId, "whoLeftList");
    QVERIFY(list->isVisibleTo(m_wizard.get()));
    QCOMPARE(column(list, 0), (QStringList{u"Klaus Müller"_s, u"Jens Müller"_s}));
    QCOMPARE(column(list, 1), (QStringList{u"klaus.muller"_s, u"jens.muller"_s}));
    QCOMPARE(column(list, 2), (QStringList{u"Parent"_s, u"Learner"_s}));
    // Left in Rollbook unless the user chooses otherwise.
    auto *leave = find<QRadioButton>(ImportWizard::RosterCheckId, "leaveMissing");
    auto *remove = find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing");
    QVERIFY(leave->isVisibleTo(m_wizard.get()) && leave->isChecked());
    QVERIFY(remove->isVisibleTo(m_wizard.get()) && !remove->isChecked());
    QVERIFY(!m_wizard->rosterPlan().removeMissing);

    this->next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    QVERIFY(m_wizard->batchId() > 0);
    QVERIFY2(!run->resultText().contains(u"Removed"_s), qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username IN ('jens.muller', "
                   u"'klaus.muller')"_s),
             2);
}

void TestImportWizardRoster::whoLeftIsRemovedOnlyWhenChosenAndUndone()
{
    importRoster(fixture("roster/oneroster-1.1"));
    const auto people = [this] {
        QSqlQuery q(m_database->connection());
        QStringList rows;
        if (!q.exec(u"SELECT id, sync_key, username, first_name, last_name, profile, batch_id, "
                    u"(SELECT count(*) FROM parent_link l WHERE l.parent_id = p.id OR "
                    u"l.learner_id = p.id) FROM person p ORDER BY id"_s))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row << q.value(i).toString();
            rows << row.join(u'|');
        }
        return rows;
    };
    const QStringList before = people();
    QCOMPARE(before.size(), 12);
    RosterCheckPage *page = checkRoster(rosterWithoutTheMullers());
    QVERIFY(page);
    auto *remove = find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing");
    QTest::mouseClick(remove, Qt::LeftButton, {}, QPoint(8, remove->height() / 2));
    QVERIFY(remove->isChecked());
    QVERIFY(m_wizard->rosterPlan().removeMissing);
    QVERIFY2(page->verdictText().contains(u"remove the 2 who left"_s),
             qPrintable(page->verdictText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username = 'jens.muller'"_s), 1);

    next();
    auto *run = static_cast<ImportRunPage *>(m_wizard->page(ImportWizard::ImportId));
    QTRY_VERIFY(run->isComplete());
    const qint64 batch = m_wizard->batchId();
    QVERIFY(batch > 0);
    QVERIFY2(run->resultText().contains(u"as import %1"_s.arg(batch)),
             qPrintable(run->resultText()));
    QVERIFY2(run->resultText().contains(u"Removed 2 who left."_s), qPrintable(run->resultText()));
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE username IN ('jens.muller', "
                   u"'klaus.muller')"_s),
             0);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 8);

    // Undo import puts them back as they were.
    QVERIFY(ImportHistory(m_database->connection()).undo(batch, u"test"_s).ok());
    QCOMPARE(people(), before);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), 9);
}

// "Also list learners and parents who never came from a roster": people of a CSV import are
// listed too, and a choice to remove made for another list is asked again.
void TestImportWizardRoster::everyoneListsPeopleNotFromARoster()
{
    seed("learners-utf8.csv", Profile::Learner);
    importRoster(fixture("roster/oneroster-1.1"));
    RosterCheckPage *page = checkRoster(fixture("roster/oneroster-1.1"));
    QVERIFY(page);
    QCOMPARE(page->report()->missingCount, 0);
    auto *remove = find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing");
    QVERIFY(!remove->isVisibleTo(m_wizard.get()));

    auto *everyone = find<QCheckBox>(ImportWizard::RosterCheckId, "missingEveryone");
    QTest::mouseClick(everyone, Qt::LeftButton, {}, QPoint(8, everyone->height() / 2));
    QVERIFY(everyone->isChecked());
    QTRY_VERIFY(page->report().has_value() && !page->isChecking());
    QCOMPARE(page->report()->missingCount, 4);
    QCOMPARE(text("whoLeftText"), u"In Rollbook, but not in this roster: 4."_s);
    QCOMPARE(find<QTableWidget>(ImportWizard::RosterCheckId, "whoLeftList")->rowCount(), 4);
    QVERIFY(remove->isVisibleTo(m_wizard.get()));
    QTest::mouseClick(remove, Qt::LeftButton, {}, QPoint(8, remove->height() / 2));
    QVERIFY(m_wizard->rosterPlan().removeMissing);
    QCOMPARE(m_wizard->rosterPlan().missingScope, MissingScope::Everyone);

    // Another list: the choice is asked again.
    QTest::mouseClick(everyone, Qt::LeftButton, {}, QPoint(8, everyone->height() / 2));
    QTRY_VERIFY(page->report().has_value() && !page->isChecking());
    QCOMPARE(page->report()->missingCount, 0);
    QVERIFY(!remove->isChecked());
    QVERIFY(!m_wizard->rosterPlan().removeMissing);
    QCOMPARE(m_wizard->rosterPlan().missingScope, MissingScope::EarlierRosters);
}

void TestImportWizardRoster::entryPointsOpenTheWizardWithARoster()
{
    const QString path = m_database->path();
    m_database.reset();
    MainWindow window;
    QVERIFY(window.openDatabase(path).ok());

    // A roster's folder, and a roster's zip, dropped on the window.
    for (const char *roster : {"roster/oneroster-1.1", "roster/oneroster-1.2.zip"}) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(fixture(roster))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *wizard = window.findChild<ImportWizard *>();
        QTRY_VERIFY(wizard && wizard->isVisible());
        QCOMPARE(QDir::fromNativeSeparators(wizard->rosterPlan().path), fixture(roster));
        QVERIFY(wizard->isRoster());
        QCOMPARE(wizard->currentId(), int(ImportWizard::FileId));
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!window.findChild<ImportWizard *>());
    }

    // `rollbook ROSTER` calls the same, with the path made absolute.
    ImportWizard *wizard =
            window.openImportWizard(QFileInfo(fixture("roster/sds-2.1")).absoluteFilePath());
    QVERIFY(wizard && wizard->isVisible());
    QVERIFY(wizard->isRoster());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(ImportWizard::RosterCheckId));
    auto *page = static_cast<RosterCheckPage *>(wizard->page(ImportWizard::RosterCheckId));
    QTRY_VERIFY(page->isComplete());
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY(wizard->batchId() > 0);
    // The status bar and the history follow, as after a CSV import.
    auto *counts = window.findChild<QLabel *>(u"databaseCounts"_s);
    QTRY_VERIFY2(counts->text().contains(u"7 learners"_s), qPrintable(counts->text()));
    auto *batches =
            window.page(MainWindow::PageId::History)->findChild<QTableWidget *>(u"batches"_s);
    QTRY_COMPARE(batches->rowCount(), 1);
}

void TestImportWizardRoster::everyControlIsLabelledAndMnemonicsAreUnique()
{
    importRoster(fixture("roster/oneroster-1.1"));
    openWizard(rosterWithoutTheMullers());
    const auto check = [this] {
        QWizardPage *page = m_wizard->currentPage();
        QSet<const QWidget *> buddies;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (const QWidget *widget : page->findChildren<QWidget *>()) {
            const bool control = qobject_cast<const QComboBox *>(widget) ||
                                 qobject_cast<const QLineEdit *>(widget) ||
                                 qobject_cast<const QTableWidget *>(widget);
            if (!control || qobject_cast<const QComboBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(buddies.contains(widget) || !widget->accessibleName().isEmpty(),
                     qPrintable(widget->objectName()));
        }
        for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (qobject_cast<const QAbstractItemView *>(button->parentWidget()))
                continue; // a table's corner button
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                     qPrintable(button->objectName()));
        }
        const QStringList keys = mnemonics();
        QVERIFY2(QSet<QString>(keys.cbegin(), keys.cend()).size() == keys.size(),
                 qPrintable(u"page %1: %2"_s.arg(m_wizard->currentId()).arg(keys.join(u' '))));
    };
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    check();
    next();
    QTRY_VERIFY(rosterPage()->isComplete());
    QVERIFY(find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing")
                    ->isVisibleTo(m_wizard.get()));
    check();

    // With problems too (the table, Save Problem Rows…, leaving out the users with errors).
    m_wizard.reset();
    QVERIFY(checkRoster(fixture("roster/bad/duplicate-sourcedid")));
    QVERIFY(find<QCheckBox>(ImportWizard::RosterCheckId, "skipErrors")
                    ->isVisibleTo(m_wizard.get()));
    check();
}

// Pictures for a person to judge, written when ROLLBOOK_SCREENSHOTS names a folder; the roster
// check of a term when one family has left is the README's (docs/screenshots/roster-check.png).
void TestImportWizardRoster::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    const auto shoot = [this, &folder](const QString &name) {
        QTest::qWait(100);
        QVERIFY(m_wizard->grab().save(QDir(folder).filePath(name)));
    };

    importRoster(fixture("roster/oneroster-1.1"));
    openWizard(rosterWithoutTheMullers());
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    shoot(u"roster-1-file.png"_s);
    next();
    QTRY_VERIFY(rosterPage()->isComplete());
    shoot(u"roster-check.png"_s);
    auto *remove = find<QRadioButton>(ImportWizard::RosterCheckId, "removeMissing");
    remove->click();
    shoot(u"roster-check-remove.png"_s);
    next();
    QTRY_VERIFY(m_wizard->page(ImportWizard::ImportId)->isComplete());
    shoot(u"roster-import.png"_s);

    m_wizard.reset();
    QVERIFY(checkRoster(fixture("roster/bad/duplicate-sourcedid")));
    shoot(u"roster-check-errors.png"_s);
    m_wizard.reset();
    QVERIFY(checkRoster(fixture("roster/oneroster-1.2.zip")));
    shoot(u"roster-check-delta.png"_s);
    m_wizard.reset();
    openWizard(fixture("roster/bad/not-a-roster"));
    next();
    QTRY_VERIFY(!rosterPage()->isChecking() && !text("rosterStatus").startsWith(u"Checking"_s));
    shoot(u"roster-check-not-a-roster.png"_s);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestImportWizardRoster)
#include "tst_importwizard_roster.moc"
