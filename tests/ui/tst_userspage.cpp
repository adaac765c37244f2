// Users and access rights (ui/userspage.cpp), driven offscreen.
#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "personeditor.h"
#include "testsupport.h"
#include "userspage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsTheColumnsOfEveryone();
    void scrollingFetchesMore();
    void searchWaitsForThePause();
    void profileFilterNarrowsTheTable();
    void headerClickSorts();
    void editIconDoubleClickAndEnterOpenTheEditor();
    void noMatchSaysSo();
    void severalRowsCanBeSelectedForDistribution();
    void everyControlIsLabelledOrNamed();

private:
    qint64 addPerson(const QString &first, const QString &last, const QString &username,
                     const QString &profile, const QString &syncKey = {});
    QStringList usernames() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<UsersPage> m_page;
};

void TestUsersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUsersPage::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"page-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"learner"_s, u"L-1"_s);
    addPerson(u"Grace"_s, u"Hopper"_s, u"grace"_s, u"parent"_s, u"P-1"_s);
    addPerson(u"Alan"_s, u"Turing"_s, u"alan"_s, u"staff"_s);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<UsersPage>(m_undo.get());
    m_page->setDatabase(m_database.get());
    m_page->resize(1000, 600);
}

void TestUsersPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_database.reset();
}

qint64 TestUsersPage::addPerson(const QString &first, const QString &last, const QString &username,
                                const QString &profile, const QString &syncKey)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO person (first_name, last_name, username, profile, sync_key, "
                  u"created_at, updated_at) VALUES (?, ?, ?, ?, nullif(?, ''), '', '')"_s);
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(username);
    query.addBindValue(profile);
    query.addBindValue(syncKey);
    if (!query.exec())
        qFatal("insert failed");
    return query.lastInsertId().toLongLong();
}

QStringList TestUsersPage::usernames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, UserTableModel::Username).data().toString());
    return names;
}

void TestUsersPage::tableShowsTheColumnsOfEveryone()
{
    const QAbstractItemModel *model = m_page->view()->model();
    QStringList headers;
    for (int c = 0; c < UserTableModel::Edit; ++c)
        headers.append(model->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({u"Name"_s, u"User name"_s, u"Synchronisation key"_s,
                                   u"Profile"_s, u"E-mail"_s, u"Parents/children"_s}));
    // By last name: Hopper, Lovelace, Turing.
    QCOMPARE(usernames(), QStringList({u"grace"_s, u"ada"_s, u"alan"_s}));
    QCOMPARE(model->index(1, UserTableModel::Name).data().toString(), u"Lovelace, Ada"_s);
    QCOMPARE(model->index(1, UserTableModel::Profile).data().toString(), u"Learner"_s);
    QCOMPARE(model->index(1, UserTableModel::SyncKey).data().toString(), u"L-1"_s);
    QVERIFY(!model->index(1, UserTableModel::Edit).data(Qt::DecorationRole).isNull());
    QCOMPARE(model->index(1, UserTableModel::Edit).data(Qt::ToolTipRole).toString(),
             u"Edit Ada Lovelace"_s);
}

void TestUsersPage::severalRowsCanBeSelectedForDistribution()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTableView *view = m_page->view();
    QVERIFY(m_page->selectedPersonIds().isEmpty());
    // Click the first row, Shift+Down takes in the second: Grace and Ada, not Alan.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, UserTableModel::Name)).center());
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QList<qint64> ids = m_page->selectedPersonIds();
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{
            view->model()->index(0, 0).data(UserTableModel::PersonIdRole).toLongLong(),
            view->model()->index(1, 0).data(UserTableModel::PersonIdRole).toLongLong()};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    // Ctrl+A: everyone listed.
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_page->selectedPersonIds().size(), 3);
}

void TestUsersPage::scrollingFetchesMore()
{
    QSqlDatabase db = m_database->connection();
    db.transaction();
    for (int i = 0; i < 600; ++i)
        addPerson(u"P%1"_s.arg(i), u"Zz%1"_s.arg(i, 4, 10, QChar(u'0')), u"z%1"_s.arg(i),
                  u"learner"_s);
    db.commit();
    m_page->model()->refresh();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->model()->rowCount(), UserTableModel::pageSize);
    QScrollBar *bar = m_page->view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QTRY_VERIFY(m_page->model()->rowCount() > UserTableModel::pageSize);
    QVERIFY(m_page->model()->rowCount() < 603);
}

void TestUsersPage::searchWaitsForThePause()
{
    auto *search = m_page->findChild<QLineEdit *>(u"search"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"lov"_s);
    QCOMPARE(usernames().size(), 3); // not yet: the user may still be typing
    QTRY_COMPARE(usernames(), QStringList{u"ada"_s});
    search->clear();
    QTRY_COMPARE(usernames().size(), 3);
}

void TestUsersPage::profileFilterNarrowsTheTable()
{
    auto *profile = m_page->findChild<QComboBox *>(u"profile"_s);
    QVERIFY(profile);
    QCOMPARE(profile->currentText(), u"All profiles"_s);
    profile->setCurrentIndex(profile->findData(u"parent"_s));
    QCOMPARE(usernames(), QStringList{u"grace"_s});
    QCOMPARE(m_page->view()->model()->headerData(UserTableModel::Linked, Qt::Horizontal).toString(),
             u"Children"_s);
    profile->setCurrentIndex(profile->findData(u"staff"_s));
    QCOMPARE(usernames(), QStringList{u"alan"_s});
}

void TestUsersPage::headerClickSorts()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QHeaderView *header = m_page->view()->horizontalHeader();
    const auto click = [header](int section) {
        QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(section) + 10, header->height() / 2));
    };
    click(UserTableModel::Username);
    QCOMPARE(usernames(), QStringList({u"ada"_s, u"alan"_s, u"grace"_s}));
    click(UserTableModel::Username);
    QCOMPARE(usernames(), QStringList({u"grace"_s, u"alan"_s, u"ada"_s}));
    // The count column keeps the order and the indicator where they were.
    click(UserTableModel::Linked);
    QCOMPARE(usernames(), QStringList({u"grace"_s, u"alan"_s, u"ada"_s}));
    QCOMPARE(header->sortIndicatorSection(), int(UserTableModel::Username));
}

void TestUsersPage::editIconDoubleClickAndEnterOpenTheEditor()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTableView *view = m_page->view();
    const auto cellCentre = [view](int row, int column) {
        return view->visualRect(view->model()->index(row, column)).center();
    };
    // Row 1 is Ada Lovelace.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellCentre(1, UserTableModel::Edit));
    QTRY_VERIFY(m_page->editor());
    QCOMPARE(m_page->editor()->person().username, u"ada"_s);
    m_page->editor()->close();
    QTRY_VERIFY(!m_page->editor());

    // A double-click is a press and release, then a second press that is the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellCentre(0, UserTableModel::Name));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cellCentre(0, UserTableModel::Name));
    QTRY_VERIFY(m_page->editor());
    QCOMPARE(m_page->editor()->person().username, u"grace"_s);
    QCOMPARE(m_page->editor()->findChild<QTabWidget *>(u"tabs"_s)->tabText(1), u"Children"_s);
    m_page->editor()->close();
    QTRY_VERIFY(!m_page->editor());

    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, UserTableModel::Name));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_page->editor());
    QCOMPARE(m_page->editor()->person().username, u"alan"_s);
    QCOMPARE(m_page->editor()->findChild<QTabWidget *>(u"tabs"_s)->count(), 1); // staff
    m_page->editor()->close();
}

void TestUsersPage::noMatchSaysSo()
{
    m_page->show();
    m_page->setSearchDelay(0);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"search"_s), u"xyz"_s);
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *status = m_page->findChild<QLabel *>(u"status"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"“xyz”"_s), qPrintable(status->text()));
}

void TestUsersPage::everyControlIsLabelledOrNamed()
{
    QSet<QWidget *> labelled;
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QVERIFY(labelled.contains(m_page->findChild<QLineEdit *>(u"search"_s)));
    QVERIFY(labelled.contains(m_page->findChild<QComboBox *>(u"profile"_s)));
    QVERIFY(!m_page->view()->accessibleName().isEmpty());
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestUsersPage)
#include "tst_userspage.moc"
