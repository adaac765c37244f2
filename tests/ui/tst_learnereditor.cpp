// The learner editor, its Parent tab and the parent search (ui/personeditor.cpp,
// ui/personsearchdialog.cpp), with the undo stack behind Edit > Undo.
#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "modalanswer.h"
#include "people/personstore.h"
#include "personeditor.h"
#include "personsearchdialog.h"
#include "testsupport.h"
#include "userspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The offscreen platform activates no new window by itself.
void activate(QWidget *window)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->windowHandle()->requestActivate();
    QTRY_COMPARE(QGuiApplication::focusWindow(), window->windowHandle());
}

} // namespace

class TestLearnerEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void linkTwoParentsRemoveOneUndo();
    void cancelLinksNone();
    void alreadyLinkedParentsShowCheckedAndLocked();
    void keyboardOnly();
    void generalTabValidatesAsTheImport_data();
    void generalTabValidatesAsTheImport();
    void saveIsOneUndoableAuditedEdit();
    void saveOverSomeoneElsesChangeIsRefused();
    void undoOverSomeoneElsesChangeIsRefused();
    void passwordIsMaskedUntilRevealed();
    void everyFieldHasALabel();
    void eraseAfterConfirmationWithTheParentsLeftAlone();
    void eraseCancelledChangesNothing();
    void screenshots();

private:
    qint64 addPerson(const QString &first, const QString &last, const QString &username,
                     const QString &profile, const QString &syncKey = {});
    int links(qint64 learner) const;
    int auditRows(const QString &action) const;
    PersonEditor *openFromTable(const QString &username);
    PersonSearchDialog *clickAddLink(PersonEditor *editor);
    void checkRow(PersonSearchDialog *dialog, const QString &username);
    QStringList linkedUsernames(PersonEditor *editor) const;
    // Another administrator's Rollbook, on a connection of its own, changes Ada's last name.
    Person changeElsewhere(const QString &lastName);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<UsersPage> m_page;
    qint64 m_ada = -1;
    qint64 m_mum = -1;
    qint64 m_dad = -1;
};

void TestLearnerEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLearnerEditor::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"editor-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_ada = addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"learner"_s, u"L-1"_s);
    addPerson(u"Alan"_s, u"Turing"_s, u"alan"_s, u"learner"_s, u"L-2"_s);
    m_mum = addPerson(u"Anne"_s, u"Lovelace"_s, u"anne"_s, u"parent"_s, u"P-1"_s);
    m_dad = addPerson(u"William"_s, u"Lovelace"_s, u"william"_s, u"parent"_s, u"P-2"_s);
    addPerson(u"Grace"_s, u"Hopper"_s, u"grace"_s, u"parent"_s, u"P-3"_s);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<UsersPage>(m_undo.get());
    m_page->setDatabase(m_database.get());
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLearnerEditor::cleanup()
{
    if (m_page && m_page->editor())
        delete m_page->editor();
    m_page.reset();
    m_undo.reset();
    m_database.reset();
}

qint64 TestLearnerEditor::addPerson(const QString &first, const QString &last,
                                    const QString &username, const QString &profile,
                                    const QString &syncKey)
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

int TestLearnerEditor::links(qint64 learner) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT count(*) FROM parent_link WHERE learner_id = ?"_s);
    query.addBindValue(learner);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

int TestLearnerEditor::auditRows(const QString &action) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT count(*) FROM audit WHERE action = ?"_s);
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

PersonEditor *TestLearnerEditor::openFromTable(const QString &username)
{
    QTableView *view = m_page->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex edit = view->model()->index(row, UserTableModel::Edit);
        if (view->model()->index(row, UserTableModel::Username).data().toString() != username)
            continue;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(edit).center());
        return m_page->editor();
    }
    return nullptr;
}

PersonSearchDialog *TestLearnerEditor::clickAddLink(PersonEditor *editor)
{
    auto *tabs = editor->findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentIndex(1);
    auto *add = editor->findChild<QPushButton *>(u"addLink"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    return editor->searchDialog();
}

void TestLearnerEditor::checkRow(PersonSearchDialog *dialog, const QString &username)
{
    auto *view = dialog->findChild<QTableView *>(u"results"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, UserTableModel::Username).data().toString() != username)
            continue;
        // A click on the check box itself, as a user would.
        const QRect cell = view->visualRect(view->model()->index(row, UserTableModel::Name));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(cell.left() + 10, cell.center().y()));
        return;
    }
    QFAIL(qPrintable(u"%1 is not in the search results"_s.arg(username)));
}

QStringList TestLearnerEditor::linkedUsernames(PersonEditor *editor) const
{
    auto *table = editor->findChild<QTableWidget *>(u"links"_s);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, 1)->text());
    return names;
}

Person TestLearnerEditor::changeElsewhere(const QString &lastName)
{
    auto other = Database::open(m_database->path());
    if (!other)
        qFatal("second connection: %s", qPrintable(other.error().message));
    PersonStore store(other.value()->connection());
    Person ada = *store.find(m_ada).value();
    ada.lastName = lastName;
    if (!store.update(ada, u"bob"_s))
        qFatal("the other administrator's save failed");
    return *store.find(m_ada).value();
}

void TestLearnerEditor::linkTwoParentsRemoveOneUndo()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *tabs = editor->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->tabText(1), u"Parent"_s);
    QVERIFY(linkedUsernames(editor).isEmpty());

    PersonSearchDialog *search = clickAddLink(editor);
    QVERIFY(search);
    QTRY_VERIFY(search->isVisible());
    // Only parents are offered.
    QCOMPARE(search->model()->rowCount(), 3);
    QTest::keyClicks(search->findChild<QLineEdit *>(u"search"_s), u"love"_s);
    QTRY_COMPARE(search->model()->rowCount(), 2);
    checkRow(search, u"anne"_s);
    checkRow(search, u"william"_s);
    QCOMPARE(search->checkedIds(), QSet<qint64>({m_mum, m_dad}));
    QTest::mouseClick(search->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);

    QCOMPARE(links(m_ada), 2);
    QCOMPARE(auditRows(u"link"_s), 2);
    QCOMPARE(linkedUsernames(editor), QStringList({u"anne"_s, u"william"_s}));
    QCOMPARE(m_undo->count(), 1); // one OK, one step to undo
    // The table behind shows the count.
    QTRY_COMPARE(m_page->model()
                         ->index(m_page->model()->rowOf(m_ada), UserTableModel::Linked)
                         .data()
                         .toInt(),
                 2);

    // Remove: the deletion icon of Anne's row; nothing is asked.
    auto *remove = editor->findChild<QToolButton *>(u"remove-anne"_s);
    QVERIFY(remove);
    QCOMPARE(remove->accessibleName(), u"Remove Anne Lovelace"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(links(m_ada), 1);
    QCOMPARE(auditRows(u"unlink"_s), 1);
    QTRY_COMPARE(linkedUsernames(editor), QStringList({u"william"_s}));

    // Undo: two again, with its own audit row.
    m_undo->undo();
    QCOMPARE(links(m_ada), 2);
    QCOMPARE(auditRows(u"link"_s), 3);
    QCOMPARE(linkedUsernames(editor), QStringList({u"anne"_s, u"william"_s}));
    // Undo the OK: none; redo: two.
    m_undo->undo();
    QCOMPARE(links(m_ada), 0);
    m_undo->redo();
    QCOMPARE(links(m_ada), 2);
    editor->close();

    // The mirror: the parent's Children tab lists the learner.
    PersonEditor *mother = openFromTable(u"anne"_s);
    QVERIFY(mother);
    QCOMPARE(mother->findChild<QTabWidget *>(u"tabs"_s)->tabText(1), u"Children"_s);
    QCOMPARE(linkedUsernames(mother), QStringList{u"ada"_s});
    QCOMPARE(mother->findChild<QPushButton *>(u"addLink"_s)->text(), u"+ &Child"_s);
    // + Child offers learners, with Ada already linked: checked and locked.
    PersonSearchDialog *children = clickAddLink(mother);
    QVERIFY(children);
    QCOMPARE(children->model()->rowCount(), 2);
    const QModelIndex ada =
            children->model()->index(children->model()->rowOf(m_ada), UserTableModel::Name);
    QCOMPARE(ada.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    children->reject();
    mother->close();
}

void TestLearnerEditor::cancelLinksNone()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    PersonSearchDialog *search = clickAddLink(editor);
    QVERIFY(search);
    checkRow(search, u"grace"_s);
    QTest::mouseClick(search->findChild<QPushButton *>(u"cancel"_s), Qt::LeftButton);
    QCOMPARE(links(m_ada), 0);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(linkedUsernames(editor).isEmpty());
}

void TestLearnerEditor::alreadyLinkedParentsShowCheckedAndLocked()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    PersonSearchDialog *search = clickAddLink(editor);
    checkRow(search, u"grace"_s);
    search->accept();
    QCOMPARE(linkedUsernames(editor), QStringList{u"grace"_s});
    search = clickAddLink(editor);
    QVERIFY(search);
    const QModelIndex grace = search->model()->index(
            search->model()->rowOf(search->model()->personId(0)), UserTableModel::Name);
    QCOMPARE(search->model()->index(0, UserTableModel::Username).data().toString(), u"grace"_s);
    QCOMPARE(grace.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!(grace.flags() & Qt::ItemIsEnabled));
    QVERIFY(!search->findChild<QPushButton *>(u"ok"_s)->isEnabled());
    search->reject();
}

void TestLearnerEditor::keyboardOnly()
{
    // From the table: Enter opens the editor.
    QTableView *view = m_page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(m_page->model()->rowOf(m_ada), 0));
    QTest::keyClick(view, Qt::Key_Return);
    PersonEditor *editor = m_page->editor();
    QVERIFY(editor);
    activate(editor);
    QCOMPARE(QApplication::focusWidget(), editor->findChild<QLineEdit *>(u"firstName"_s));
    // Alt+P: the "+ Parent" button, once on the Parent tab (Ctrl+Tab).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(editor->findChild<QTabWidget *>(u"tabs"_s)->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(editor->searchDialog()); // a mnemonic clicks after a short animation
    PersonSearchDialog *search = editor->searchDialog();
    activate(search);
    QCOMPARE(QApplication::focusWidget(), search->findChild<QLineEdit *>(u"search"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"hop"_s);
    QTRY_COMPARE(search->model()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), search->findChild<QTableView *>(u"results"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(search->checkedIds().size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!editor->searchDialog());
    activate(editor);
    QCOMPARE(links(m_ada), 1);
    QCOMPARE(linkedUsernames(editor), QStringList{u"grace"_s});
    // Delete in the list removes the current row's parent.
    auto *table = editor->findChild<QTableWidget *>(u"links"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(links(m_ada), 0);
    // Ctrl+Z in the dialog: the Edit menu's Undo is out of reach while it is open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(links(m_ada), 1);
    QTRY_COMPARE(linkedUsernames(editor), QStringList{u"grace"_s});
    // Escape closes the editor.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->editor());
}

void TestLearnerEditor::generalTabValidatesAsTheImport_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("first name") << u"firstName"_s << QString()
                                << u"The first name is missing. Every user needs one."_s;
    QTest::newRow("last name") << u"lastName"_s << u"  "_s
                               << u"The last name is missing. Every user needs one."_s;
    QTest::newRow("user name") << u"username"_s << QString()
                               << u"The user name is missing. Every user needs one."_s;
    QTest::newRow("user name taken")
            << u"username"_s << u"alan"_s
            << u"The user name “alan” belongs to someone else. Every user needs their own."_s;
    QTest::newRow("sync key taken") << u"syncKey"_s << u"P-1"_s
                                    << u"The synchronisation key “P-1” belongs to someone else. "
                                       u"Every user needs their own."_s;
    QTest::newRow("e-mail") << u"email"_s << u"ada(at)example.org"_s
                            << u"“ada(at)example.org” is not an e-mail address."_s;
    QTest::newRow("tab") << u"firstName"_s << u"A\tda"_s
                         << u"The first name contains an invisible control character (such as "
                            u"a tab). Retype it."_s;
    // What is uploaded is what was meant: identity and secrets are never changed on export, so
    // a first character a spreadsheet reads as a formula is refused there.
    QTest::newRow("user name like a formula")
            << u"username"_s << u"-ada"_s
            << u"The user name may not begin with “-”: a spreadsheet would read it as a formula, "
               u"and the platform would get another value. Change its first character."_s;
    QTest::newRow("sync key like a formula")
            << u"syncKey"_s << u"=L-1"_s
            << u"The synchronisation key may not begin with “=”: a spreadsheet would read it as a "
               u"formula, and the platform would get another value. Change its first character."_s;
    QTest::newRow("password like a formula")
            << u"password"_s << u"@secret1"_s
            << u"The password may not begin with “@”: a spreadsheet would read it as a formula, "
               u"and the platform would get another value. Change its first character."_s;
}

void TestLearnerEditor::generalTabValidatesAsTheImport()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    auto *edit = editor->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setText(value);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    auto *problems = editor->findChild<QLabel *>(u"problems"_s);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), message);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->focusWidget(), edit);
    QCOMPARE(auditRows(u"edit"_s), 0);
    QCOMPARE(m_undo->count(), 0);
}

void TestLearnerEditor::saveIsOneUndoableAuditedEdit()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(u"email"_s)->setText(u"ada@example.org"_s);
    editor->findChild<QLineEdit *>(u"lastName"_s)->setText(u"King"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    QCOMPARE(auditRows(u"edit"_s), 1);
    QCOMPARE(m_undo->count(), 1);
    QTRY_COMPARE(m_page->model()
                         ->index(m_page->model()->rowOf(m_ada), UserTableModel::Name)
                         .data()
                         .toString(),
                 u"King, Ada"_s);
    m_undo->undo();
    QCOMPARE(auditRows(u"edit"_s), 2);
    QCOMPARE(m_page->model()
                     ->index(m_page->model()->rowOf(m_ada), UserTableModel::Name)
                     .data()
                     .toString(),
             u"Lovelace, Ada"_s);
    QCOMPARE(m_page->model()
                     ->index(m_page->model()->rowOf(m_ada), UserTableModel::Email)
                     .data()
                     .toString(),
             QString());
}

void TestLearnerEditor::saveOverSomeoneElsesChangeIsRefused()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    auto *email = editor->findChild<QLineEdit *>(u"email"_s);
    auto *firstName = editor->findChild<QLineEdit *>(u"firstName"_s);
    auto *lastName = editor->findChild<QLineEdit *>(u"lastName"_s);
    auto *save = editor->findChild<QPushButton *>(u"save"_s);
    auto *reopen = editor->findChild<QPushButton *>(u"reopen"_s);
    auto *problems = editor->findChild<QLabel *>(u"problems"_s);
    QVERIFY(reopen);
    QVERIFY(!reopen->isVisible());
    email->setText(u"ada@example.org"_s);
    firstName->setText(u"Augusta Ada"_s);

    // Meanwhile Bob, elsewhere, renames her.
    const Person bobs = changeElsewhere(u"King"_s);
    QCOMPARE(bobs.version, 2);

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(editor->isVisible());
    QVERIFY(problems->isVisible());
    const QString when = QLocale().toString(
            QDateTime::fromString(bobs.updatedAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    QCOMPARE(problems->text(),
             u"Ada King (ada) was changed by bob at %1; reopen to see the change."_s.arg(when));
    // What was typed is still there, and nothing of it was stored.
    QCOMPARE(email->text(), u"ada@example.org"_s);
    QCOMPARE(firstName->text(), u"Augusta Ada"_s);
    QCOMPARE(lastName->text(), u"Lovelace"_s);
    QVERIFY(save->isEnabled());
    QCOMPARE(auditRows(u"edit"_s), 1); // Bob's
    QCOMPARE(m_undo->count(), 0);
    PersonStore store(m_database->connection());
    QCOMPARE(store.find(m_ada).value()->email, QString());
    QCOMPARE(store.find(m_ada).value()->firstName, u"Ada"_s);

    if (const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(editor->grab().save(QDir(folder).filePath(u"editor-changed-meanwhile.png"_s)));
    }

    // Reopen shows Bob's change, and a save over it lands.
    QVERIFY(reopen->isVisible());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QVERIFY(!reopen->isVisible());
    QVERIFY(!problems->isVisible());
    QCOMPARE(lastName->text(), u"King"_s);
    QCOMPARE(firstName->text(), u"Ada"_s);
    QCOMPARE(email->text(), QString());
    QVERIFY(!save->isEnabled());
    QCOMPARE(editor->windowTitle(), u"Learner: Ada King"_s);
    email->setText(u"ada@example.org"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    const Person stored = *store.find(m_ada).value();
    QCOMPARE(stored.lastName, u"King"_s);
    QCOMPARE(stored.email, u"ada@example.org"_s);
    QCOMPARE(stored.version, 3);
    QCOMPARE(auditRows(u"edit"_s), 2);
    QCOMPARE(m_undo->count(), 1);
    // The user's own undo and redo go on over the versions they leave.
    m_undo->undo();
    QCOMPARE(store.find(m_ada).value()->email, QString());
    m_undo->redo();
    QCOMPARE(store.find(m_ada).value()->email, u"ada@example.org"_s);
    QCOMPARE(store.find(m_ada).value()->version, 5);
}

void TestLearnerEditor::undoOverSomeoneElsesChangeIsRefused()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(u"email"_s)->setText(u"ada@example.org"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    QCOMPARE(m_undo->count(), 1);

    changeElsewhere(u"King"_s);
    // Undo would put back the e-mail and the name as they were before the edit, over Bob's.
    QString seen;
    Testing::answerNextMessageBox(QMessageBox::Ok, &seen);
    m_undo->undo();
    QVERIFY2(seen.contains(u"Ada King (ada) was changed by bob at "_s), qPrintable(seen));
    const Person stored = *PersonStore(m_database->connection()).find(m_ada).value();
    QCOMPARE(stored.lastName, u"King"_s);
    QCOMPARE(stored.email, u"ada@example.org"_s);
    QCOMPARE(auditRows(u"edit"_s), 2); // the edit and Bob's
}

void TestLearnerEditor::passwordIsMaskedUntilRevealed()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    auto *password = editor->findChild<QLineEdit *>(u"password"_s);
    auto *reveal = editor->findChild<QToolButton *>(u"revealPassword"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(reveal->accessibleName(), u"Hide password"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestLearnerEditor::everyFieldHasALabel()
{
    PersonEditor *editor = openFromTable(u"ada"_s);
    QSet<QWidget *> labelled;
    for (QLabel *label : editor->findChildren<QLabel *>()) {
        if (label->buddy() && !qobject_cast<QLabel *>(label->buddy())) {
            labelled.insert(label->buddy());
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
        }
    }
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>())
        QVERIFY2(labelled.contains(edit), qPrintable(edit->objectName()));
    QVERIFY(labelled.contains(editor->findChild<QTableWidget *>(u"links"_s)));
    for (QToolButton *button : editor->findChildren<QToolButton *>()) {
        if (button->isVisible())
            QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                     qPrintable(button->objectName()));
    }
}

void TestLearnerEditor::eraseAfterConfirmationWithTheParentsLeftAlone()
{
    // Anne is the parent of Ada only; William of Ada and Alan.
    PersonStore store(m_database->connection());
    const qint64 alan = store.resolve(u"alan"_s)->id;
    QVERIFY(store.link(m_mum, m_ada, u"test"_s).ok());
    QVERIFY(store.link(m_dad, m_ada, u"test"_s).ok());
    QVERIFY(store.link(m_dad, alan, u"test"_s).ok());
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    activate(editor);
    auto *erase = editor->findChild<QPushButton *>(u"erase"_s);
    QVERIFY(erase && erase->isVisible());
    QCOMPARE(erase->text(), u"&Erase…"_s);

    // Alt+E asks first, naming whom, what goes, that it cannot be undone, and Anne; the box is
    // answered with Anne ticked.
    QString asked;
    bool offeredAnne = false;
    Testing::answerNextMessageBox(
            [&offeredAnne](QMessageBox *box) -> QAbstractButton * {
                if (const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
                    !folder.isEmpty())
                    box->grab().save(QDir(folder).filePath(u"erase-confirmation.png"_s));
                if (box->checkBox()) {
                    offeredAnne = box->checkBox()->text().contains(u"Anne Lovelace (anne)"_s) &&
                                  !box->checkBox()->text().contains(u"william"_s);
                    box->checkBox()->setChecked(true);
                }
                return box->findChild<QPushButton *>(u"confirmEraseButton"_s);
            },
            &asked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(!m_page->editor());
    QVERIFY2(asked.contains(u"Ada Lovelace (ada)"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"cannot be undone"_s), qPrintable(asked));
    QVERIFY(offeredAnne);

    // Ada and Anne are gone, with their links; William and Alan stay, linked.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT username FROM person ORDER BY username"_s));
    QStringList left;
    while (query.next())
        left.append(query.value(0).toString());
    QCOMPARE(left, QStringList({u"alan"_s, u"grace"_s, u"william"_s}));
    QCOMPARE(links(alan), 1);
    QCOMPARE(links(m_ada), 0);
    QCOMPARE(auditRows(u"erase"_s), 1);
    // The page says what was done and lists them no more; nothing is left to undo.
    auto *notice = m_page->findChild<QLabel *>(u"notice"_s);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Erased 2 people."_s), qPrintable(notice->text()));
    QTRY_COMPARE(m_page->model()->rowOf(m_ada), -1);
    QCOMPARE(m_undo->count(), 0);
}

void TestLearnerEditor::eraseCancelledChangesNothing()
{
    QVERIFY(PersonStore(m_database->connection()).link(m_mum, m_ada, u"test"_s).ok());
    const QString before = Testing::dumpFile(m_database->path());
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(editor);
    Testing::answerNextMessageBox(QMessageBox::Cancel);
    editor->findChild<QPushButton *>(u"erase"_s)->click();
    QVERIFY(m_page->editor());
    QCOMPARE(Testing::dumpFile(m_database->path()), before);
    QVERIFY(!m_page->findChild<QLabel *>(u"notice"_s)->isVisible());
}

void TestLearnerEditor::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"users-page.png"_s)));
    PersonEditor *editor = openFromTable(u"ada"_s);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->findChild<QLineEdit *>(u"email"_s)->setText(u"ada at example"_s);
    editor->findChild<QLineEdit *>(u"password"_s)->setText(u"Secret-42"_s);
    editor->save();
    QVERIFY(editor->grab().save(QDir(folder).filePath(u"editor-general.png"_s)));
    PersonSearchDialog *search = clickAddLink(editor);
    QVERIFY(QTest::qWaitForWindowExposed(search));
    QTest::keyClicks(search->findChild<QLineEdit *>(u"search"_s), u"love"_s);
    QTRY_COMPARE(search->model()->rowCount(), 2);
    checkRow(search, u"anne"_s);
    checkRow(search, u"william"_s);
    QVERIFY(search->grab().save(QDir(folder).filePath(u"parent-search.png"_s)));
    search->accept();
    QVERIFY(editor->grab().save(QDir(folder).filePath(u"editor-parent.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestLearnerEditor)
#include "tst_learnereditor.moc"
