#include "db/database.h"
#include "modalanswer.h"
#include "settings/settingsstore.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newDatabaseHasParentLoginOff();
    void toggleSaveAndReopenKeepsTheSetting();
    void saveWritesOneAuditRowPerChange();
    void revertPutsBackTheStoredValues();
    void buttonsFollowTheModifiedState();
    void badLoginAddressIsShownAndNothingSaved();
    void keyboardReachesEveryControl();
    void labelsAreBuddiesOfTheirFields();
    void leavingAsksToSave_data();
    void leavingAsksToSave();

private:
    QString storedValue(const char *key) const;
    int auditRows() const;
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettingsPage::init()
{
    static int n = 0;
    auto opened = Database::open(m_dir.filePath(u"settings-%1.sqlite"_s.arg(++n)));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_page = std::make_unique<SettingsPage>();
    m_page->setDatabase(m_database.get());
    m_page->resize(700, 500);
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_database.reset();
}

QString TestSettingsPage::storedValue(const char *key) const
{
    auto value = SettingsStore(m_database->connection()).value(QString::fromLatin1(key));
    return value ? value.value() : u"<error>"_s;
}

int TestSettingsPage::auditRows() const
{
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT count(*) FROM audit WHERE action = 'setting'"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestSettingsPage::newDatabaseHasParentLoginOff()
{
    QCOMPARE(m_page->title(), u"Edit global settings"_s);
    QVERIFY(!child<QCheckBox>("parentLogin")->isChecked());
    QCOMPARE(child<QCheckBox>("parentLogin")->text().remove(u'&'), u"Enable parent login"_s);
    QCOMPARE(storedValue(SettingsStore::ParentLoginEnabled), u"false"_s);
    QVERIFY(!m_page->isModified());
}

void TestSettingsPage::toggleSaveAndReopenKeepsTheSetting()
{
    QTest::mouseClick(child<QCheckBox>("parentLogin"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("schoolName"), u"Nordby skole"_s);
    QTest::keyClicks(child<QLineEdit>("loginAddress"), u"https://nordby.itslearning.com"_s);
    QVERIFY(m_page->isModified());
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(!m_page->isModified());
    QCOMPARE(storedValue(SettingsStore::ParentLoginEnabled), u"true"_s);
    QCOMPARE(storedValue(SettingsStore::SchoolName), u"Nordby skole"_s);

    // Reopen: a new page on a new connection to the same file.
    const QString path = m_database->path();
    m_page.reset();
    m_database.reset();
    m_database = std::move(Database::open(path).value());
    m_page = std::make_unique<SettingsPage>();
    m_page->setDatabase(m_database.get());
    QVERIFY(child<QCheckBox>("parentLogin")->isChecked());
    QCOMPARE(child<QLineEdit>("schoolName")->text(), u"Nordby skole"_s);
    QCOMPARE(child<QLineEdit>("loginAddress")->text(), u"https://nordby.itslearning.com"_s);
    QVERIFY(!child<QPushButton>("save")->isEnabled());
}

void TestSettingsPage::saveWritesOneAuditRowPerChange()
{
    QCOMPARE(auditRows(), 0);
    child<QCheckBox>("parentLogin")->setChecked(true);
    QVERIFY(m_page->save());
    QCOMPARE(auditRows(), 1);
    child<QLineEdit>("schoolName")->setText(u"Nordby"_s);
    child<QCheckBox>("parentLogin")->setChecked(false);
    QVERIFY(m_page->save());
    QCOMPARE(auditRows(), 3);
}

void TestSettingsPage::revertPutsBackTheStoredValues()
{
    child<QLineEdit>("schoolName")->setText(u"Saved name"_s);
    QVERIFY(m_page->save());
    QTest::keyClicks(child<QLineEdit>("schoolName"), u" and more"_s);
    QTest::mouseClick(child<QCheckBox>("parentLogin"), Qt::LeftButton);
    QVERIFY(m_page->isModified());
    QTest::mouseClick(child<QPushButton>("revert"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("schoolName")->text(), u"Saved name"_s);
    QVERIFY(!child<QCheckBox>("parentLogin")->isChecked());
    QVERIFY(!m_page->isModified());
    QCOMPARE(storedValue(SettingsStore::SchoolName), u"Saved name"_s);
}

void TestSettingsPage::buttonsFollowTheModifiedState()
{
    auto *save = child<QPushButton>("save");
    auto *revert = child<QPushButton>("revert");
    auto *box = child<QCheckBox>("parentLogin");
    QVERIFY(!save->isEnabled() && !revert->isEnabled());
    box->setChecked(true);
    QVERIFY(save->isEnabled() && revert->isEnabled());
    box->setChecked(false); // back to what is stored: nothing to save
    QVERIFY(!save->isEnabled() && !revert->isEnabled());
}

void TestSettingsPage::badLoginAddressIsShownAndNothingSaved()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    child<QCheckBox>("parentLogin")->setChecked(true);
    child<QLineEdit>("loginAddress")->setText(u"not a web address"_s);
    QVERIFY(!m_page->save());
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"web address"_s), qPrintable(error->text()));
    // All or nothing: the good change next to the bad one is not saved either.
    QCOMPARE(storedValue(SettingsStore::ParentLoginEnabled), u"false"_s);
    QCOMPARE(storedValue(SettingsStore::LoginAddress), QString());
    QCOMPARE(auditRows(), 0);
    QVERIFY(m_page->isModified()); // what the user typed is kept to correct
}

void TestSettingsPage::keyboardReachesEveryControl()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // The mnemonic of the check box toggles it (after its brief animated click); Ctrl+S saves.
    QTest::keyClick(m_page.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>("parentLogin")->isChecked());
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::AltModifier);
    QVERIFY(child<QLineEdit>("schoolName")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"Keyboard school"_s);
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(storedValue(SettingsStore::ParentLoginEnabled), u"true"_s);
    QCOMPARE(storedValue(SettingsStore::SchoolName), u"Keyboard school"_s);

    // Tab walks through every control in layout order.
    child<QCheckBox>("parentLogin")->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 8; ++i) {
        visited.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY(visited.indexOf(child<QCheckBox>("parentLogin")) <
            visited.indexOf(child<QLineEdit>("schoolName")));
    QVERIFY(visited.indexOf(child<QLineEdit>("schoolName")) <
            visited.indexOf(child<QLineEdit>("loginAddress")));
}

void TestSettingsPage::labelsAreBuddiesOfTheirFields()
{
    QHash<QString, QWidget *> buddies;
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->text().remove(u'&'), label->buddy());
    }
    QCOMPARE(buddies.value(u"School name:"_s), child<QLineEdit>("schoolName"));
    QCOMPARE(buddies.value(u"Login address:"_s), child<QLineEdit>("loginAddress"));
}

void TestSettingsPage::leavingAsksToSave_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("mayLeave");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("stillModified");

    QTest::newRow("save") << int(QMessageBox::Save) << true << u"true"_s << false;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << u"false"_s << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << u"false"_s << true;
}

void TestSettingsPage::leavingAsksToSave()
{
    QFETCH(int, answer);
    QFETCH(bool, mayLeave);
    QFETCH(QString, stored);
    QFETCH(bool, stillModified);

    QVERIFY(m_page->maybeLeave()); // nothing changed: no question
    child<QCheckBox>("parentLogin")->setChecked(true);
    QString asked;
    Testing::answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    QCOMPARE(m_page->maybeLeave(), mayLeave);
    QVERIFY2(asked.contains(u"without saving"_s), qPrintable(asked));
    QCOMPARE(storedValue(SettingsStore::ParentLoginEnabled), stored);
    QCOMPARE(m_page->isModified(), stillModified);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestSettingsPage)
#include "tst_settingspage.moc"
