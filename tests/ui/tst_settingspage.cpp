#include "db/database.h"
#include "modalanswer.h"
#include "people/password.h"
#include "settings/settingsstore.h"
#include "settingspage.h"
#include "settingspagefixture.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestSettingsPage
    : public QObject
    , private SettingsPageFixture
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

    // Passwords, Export, Letter, E-mail.
    void newDatabaseShowsTheDefaults();
    void eachNewControlIsSavedAndReverted_data();
    void eachNewControlIsSavedAndReverted();
    void notModifiedRightAfterLoading_data();
    void notModifiedRightAfterLoading();
    void passwordsTabShowsTheCharactersAndAnExample();
    void restoreTheDefaultEmail();
    void badEmailFromIsRefused_data();
    void badEmailFromIsRefused();
    void badTemplatesAreRefused_data();
    void badTemplatesAreRefused();
    void mnemonicsReachTheNewControls();
    void privacyTabForgetsPasswordsAutomatically();
    void tabOrderReachesTheNewControls_data();
    void tabOrderReachesTheNewControls();
    void newControlsHaveLabelsOrNames();
    void fitsBesideTheNavigation();
    void screenshots();
};

void TestSettingsPage::initTestCase()
{
    startTestCase();
}

void TestSettingsPage::init()
{
    openNewPage();
}

void TestSettingsPage::cleanup()
{
    closePage();
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

void TestSettingsPage::newDatabaseShowsTheDefaults()
{
    QCOMPARE(child<QSpinBox>("passwordLength")->value(), 12);
    QCOMPARE(child<QSpinBox>("passwordLength")->minimum(), 10);
    QCOMPARE(child<QSpinBox>("passwordLength")->maximum(), 64);
    QCOMPARE(child<QComboBox>("passwordCharacters")->currentText(), u"Letters and digits"_s);
    QCOMPARE(child<QComboBox>("exportEncoding")->currentText(), u"UTF-8 with BOM (Excel)"_s);
    QCOMPARE(child<QComboBox>("exportDelimiter")->currentData().toString(), u"comma"_s);
    QVERIFY(child<QCheckBox>("exportPasswords")->isChecked());
    QVERIFY(child<QTextEdit>("letter")->toPlainText().contains(u"{username}"_s));
    QCOMPARE(child<QLineEdit>("emailFrom")->text(), QString());
    QCOMPARE(child<QLineEdit>("emailSubject")->text(), u"Your login for {school}"_s);
    QCOMPARE(child<QPlainTextEdit>("emailBody")->toPlainText(),
             storedValue(SettingsStore::EmailBody));

    QStringList encodings;
    for (int i = 0; i < child<QComboBox>("exportEncoding")->count(); ++i)
        encodings.append(child<QComboBox>("exportEncoding")->itemText(i));
    QCOMPARE(encodings, QStringList({u"UTF-8 with BOM (Excel)"_s, u"UTF-8"_s, u"Windows-1252"_s,
                                     u"UTF-16 LE"_s}));
    QCOMPARE(child<QComboBox>("exportDelimiter")->count(), 4);
    QStringList tabs;
    for (int i = 0; i < child<QTabWidget>("tabs")->count(); ++i)
        tabs.append(child<QTabWidget>("tabs")->tabText(i).remove(u'&'));
    QCOMPARE(tabs, QStringList({u"General"_s, u"Passwords"_s, u"Export"_s, u"Letter"_s, u"E-mail"_s,
                                u"Privacy"_s, u"Presets"_s}));
    QCOMPARE(child<QSpinBox>("backupsKept")->value(), 5);
    QCOMPARE(child<QSpinBox>("backupDays")->value(), 30);
    QVERIFY(!child<QCheckBox>("forgetAutomatically")->isChecked());
    QVERIFY(!child<QSpinBox>("forgetAfterDays")->isEnabled());
    QVERIFY(!m_page->isModified());
}

void TestSettingsPage::eachNewControlIsSavedAndReverted_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    const auto row = [](const char *name, const char *control, const char *key,
                        const QString &value) {
        QTest::newRow(name) << QString::fromLatin1(control) << QString::fromLatin1(key) << value;
    };
    row("length 10", "passwordLength", SettingsStore::PasswordLength, u"10"_s);
    row("length 64", "passwordLength", SettingsStore::PasswordLength, u"64"_s);
    row("symbols", "passwordCharacters", SettingsStore::PasswordCharacters,
        u"letters-digits-symbols"_s);
    row("utf-8", "exportEncoding", SettingsStore::ExportEncoding, u"utf-8"_s);
    row("windows-1252", "exportEncoding", SettingsStore::ExportEncoding, u"windows-1252"_s);
    row("utf-16le", "exportEncoding", SettingsStore::ExportEncoding, u"utf-16le"_s);
    row("semicolon", "exportDelimiter", SettingsStore::ExportDelimiter, u"semicolon"_s);
    row("tab", "exportDelimiter", SettingsStore::ExportDelimiter, u"tab"_s);
    row("pipe", "exportDelimiter", SettingsStore::ExportDelimiter, u"pipe"_s);
    row("no passwords in files", "exportPasswords", SettingsStore::ExportPasswords, u"false"_s);
    row("two backups", "backupsKept", SettingsStore::BackupsKept, u"2"_s);
    row("no backups", "backupsKept", SettingsStore::BackupsKept, u"0"_s);
    row("backups a year", "backupDays", SettingsStore::BackupDays, u"365"_s);
    row("backups whatever their age", "backupDays", SettingsStore::BackupDays, u"0"_s);
    row("from", "emailFrom", SettingsStore::EmailFrom, u"office@nordby.no"_s);
    row("subject", "emailSubject", SettingsStore::EmailSubject, u"Login for {name} at Nordby"_s);
    row("message", "emailBody", SettingsStore::EmailBody,
        u"Hello {first_name},\n\n\tuser name {username}\n\tpassword {password}\n"_s);
}

void TestSettingsPage::eachNewControlIsSavedAndReverted()
{
    QFETCH(QString, control);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QByteArray keyName = key.toLatin1();
    const QString before = storedValue(keyName.constData());
    QVERIFY(before != value);

    // Revert puts back what is stored.
    setControl(control, value);
    QVERIFY(m_page->isModified());
    QVERIFY(child<QPushButton>("save")->isEnabled());
    QTest::mouseClick(child<QPushButton>("revert"), Qt::LeftButton);
    QCOMPARE(controlValue(control), before);
    QVERIFY(!m_page->isModified());
    QCOMPARE(storedValue(keyName.constData()), before);
    QCOMPARE(auditRows(), 0);

    // Save stores it, with one audit row, and it is there after reopening.
    setControl(control, value);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(storedValue(keyName.constData()), value);
    QCOMPARE(auditRows(), 1);
    QVERIFY(!m_page->isModified());
    reopenPage();
    QCOMPARE(controlValue(control), value);
    QVERIFY(!m_page->isModified());

    // Back to what it was: the buttons follow.
    setControl(control, before);
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->save());
    QCOMPARE(storedValue(keyName.constData()), before);
    QCOMPARE(auditRows(), 2);
}

void TestSettingsPage::notModifiedRightAfterLoading_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("body");

    QTest::newRow("defaults") << QString() << QString();
    QTest::newRow("simple letter")
            << u"<p>Hello <b>{name}</b>, your user name is {username}.</p>"_s << QString();
    QTest::newRow("letter of many parts")
            << u"<html><head><style>p { color: #333; }</style></head><body>"
               u"<h1 align=\"center\">{school}</h1><h2>Login</h2>"
               u"<p style=\"margin-left: 20px\">Dear <i>{first_name}</i> &amp; family,</p>"
               u"<ul><li>{username}</li><li><span style=\"font-size: 14pt\">{password}</span></li>"
               u"</ul><table border=\"1\"><tr><td>{login_address}</td></tr></table>"
               u"<p>Æøå — “quoted” {children}</p></body></html>"_s
            << QString();
    QTest::newRow("letter as plain text")
            << u"Dear {name}\nyour password is {password}\n\n  indented"_s << QString();
    QTest::newRow("message with tabs, non-breaking spaces and no final line break")
            << QString() << u"Dear\u00a0{name},\n\n\t{username}\r\n\t{password}"_s;
}

void TestSettingsPage::notModifiedRightAfterLoading()
{
    QFETCH(QString, letter);
    QFETCH(QString, body);
    QMap<QString, QString> values;
    if (!letter.isEmpty())
        values.insert(QString::fromLatin1(SettingsStore::LetterTemplate), letter);
    if (!body.isEmpty())
        values.insert(QString::fromLatin1(SettingsStore::EmailBody), body);
    if (!values.isEmpty()) {
        QVERIFY(SettingsStore(m_database->connection()).set(values, u"test"_s).ok());
        m_page->setDatabase(m_database.get());
    }
    QVERIFY(!m_page->isModified());
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QVERIFY(!child<QPushButton>("revert")->isEnabled());
    // Shown and polished (fonts settled), it is still unchanged.
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    QVERIFY(!m_page->isModified());
    child<QTabWidget>("tabs")->setCurrentIndex(4);
    QVERIFY(!m_page->isModified());
    QVERIFY(m_page->maybeLeave()); // nothing to ask

    // Saving something else writes that alone: the templates stay as they were stored.
    const int rows = auditRows();
    const QString storedLetter = storedValue(SettingsStore::LetterTemplate);
    const QString storedBody = storedValue(SettingsStore::EmailBody);
    child<QCheckBox>("parentLogin")->setChecked(true);
    QVERIFY(m_page->save());
    QCOMPARE(auditRows(), rows + 1);
    QCOMPARE(storedValue(SettingsStore::LetterTemplate), storedLetter);
    QCOMPARE(storedValue(SettingsStore::EmailBody), storedBody);
    QVERIFY(!m_page->isModified());
}

void TestSettingsPage::passwordsTabShowsTheCharactersAndAnExample()
{
    auto *alphabet = child<QLabel>("passwordAlphabet");
    auto *example = child<QLabel>("passwordExample");
    const auto shownAlphabet = [alphabet] { return alphabet->text().remove(u' '); };
    const auto madeOf = [](const QString &password, const QString &characters) {
        return std::all_of(password.cbegin(), password.cend(),
                           [&characters](QChar c) { return characters.contains(c); });
    };
    QCOMPARE(shownAlphabet(), Passwords::alphabet(false));
    for (const QChar lookAlike : u"0O1lI"_s)
        QVERIFY(!alphabet->text().contains(lookAlike));
    QCOMPARE(example->text().size(), 12);
    QVERIFY(madeOf(example->text(), Passwords::alphabet(false)));

    // The example follows the policy as it changes.
    child<QSpinBox>("passwordLength")->setValue(23);
    QCOMPARE(example->text().size(), 23);
    setControl(u"passwordCharacters"_s, u"letters-digits-symbols"_s);
    QCOMPARE(shownAlphabet(), Passwords::alphabet(true));
    QCOMPARE(example->text().size(), 23);
    QVERIFY(madeOf(example->text(), Passwords::alphabet(true)));
    QVERIFY(!madeOf(example->text(), Passwords::alphabet(false))); // it holds a symbol

    // Another example on demand (one of 23 random characters: a repeat is all but impossible).
    const QString first = example->text();
    for (int i = 0; i < 5 && example->text() == first; ++i)
        QTest::mouseClick(child<QPushButton>("anotherExample"), Qt::LeftButton);
    QVERIFY(example->text() != first);
    QCOMPARE(example->text().size(), 23);

    // And the page says why some characters are missing.
    bool explained = false;
    for (const QLabel *label : m_page->findChildren<QLabel *>())
        explained = explained || label->text().contains(u"such as 0 and O or 1, l and I"_s);
    QVERIFY(explained);
}

void TestSettingsPage::restoreTheDefaultEmail()
{
    QVERIFY(SettingsStore(m_database->connection())
                    .set({{QString::fromLatin1(SettingsStore::EmailFrom), u"office@nordby.no"_s},
                          {QString::fromLatin1(SettingsStore::EmailSubject), u"Hi {name}"_s},
                          {QString::fromLatin1(SettingsStore::EmailBody), u"Short: {password}"_s}},
                         u"test"_s)
                    .ok());
    m_page->setDatabase(m_database.get());
    const int rows = auditRows();
    QTest::mouseClick(child<QPushButton>("restoreEmail"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("emailSubject")->text(), u"Your login for {school}"_s);
    QVERIFY(child<QPlainTextEdit>("emailBody")->toPlainText().startsWith(u"Dear {name},"_s));
    QCOMPARE(child<QLineEdit>("emailFrom")->text(), u"office@nordby.no"_s); // the school's own
    QVERIFY(m_page->save());
    const auto &definitions = SettingsStore::definitions();
    const auto standard = [&definitions](const char *key) {
        for (const auto &d : definitions) {
            if (d.key == QString::fromLatin1(key))
                return d.defaultValue;
        }
        return QString();
    };
    QCOMPARE(storedValue(SettingsStore::EmailSubject), standard(SettingsStore::EmailSubject));
    QCOMPARE(storedValue(SettingsStore::EmailBody), standard(SettingsStore::EmailBody));
    QCOMPARE(storedValue(SettingsStore::EmailFrom), u"office@nordby.no"_s);
    QCOMPARE(auditRows(), rows + 2);
}

void TestSettingsPage::badEmailFromIsRefused_data()
{
    QTest::addColumn<QString>("from");

    QTest::newRow("no at sign") << u"the office"_s;
    QTest::newRow("no domain") << u"office@nordby"_s;
    QTest::newRow("two addresses") << u"office@nordby.no, head@nordby.no"_s;
    QTest::newRow("with a name") << u"Office <office@nordby.no>"_s;
    QTest::newRow("line break") << u"office@nordby.no\nBcc: all@example.com"_s;
}

void TestSettingsPage::badEmailFromIsRefused()
{
    QFETCH(QString, from);
    showActive();
    child<QTabWidget>("tabs")->setCurrentIndex(0);
    child<QLineEdit>("emailSubject")->setText(u"A good subject"_s);
    child<QLineEdit>("emailFrom")->setText(from);
    QVERIFY(m_page->isModified());
    QVERIFY(!m_page->save());
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"From must be one e-mail address"_s),
             qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), 4);
    QTRY_VERIFY(child<QLineEdit>("emailFrom")->hasFocus());
    // Nothing saved, not even the good subject next to it; what the user typed is kept.
    QCOMPARE(storedValue(SettingsStore::EmailFrom), QString());
    QCOMPARE(storedValue(SettingsStore::EmailSubject), u"Your login for {school}"_s);
    QCOMPARE(auditRows(), 0);
    QCOMPARE(child<QLineEdit>("emailFrom")->text(), from);
    QVERIFY(m_page->isModified());

    // Corrected, it saves and the message goes.
    child<QLineEdit>("emailFrom")->setText(u"office@nordby.no"_s);
    QVERIFY(m_page->save());
    QVERIFY(!error->isVisible());
    QCOMPARE(storedValue(SettingsStore::EmailFrom), u"office@nordby.no"_s);
}

void TestSettingsPage::badTemplatesAreRefused_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("subject of two lines")
            << u"emailSubject"_s << u"Your login\nBcc: all@example.com"_s
            << u"The setting “Subject” must be one line"_s;
    QTest::newRow("message with a control character")
            << u"emailBody"_s << u"Dear {name}\u0007"_s
            << u"The setting “Message” holds a control character"_s;
    QTest::newRow("message too long") << u"emailBody"_s << QString(100001, u'x')
                                      << u"The setting “Message” is longer than 100,000"_s;
    QTest::newRow("letter too long") << u"letter"_s << QString(100001, u'x')
                                     << u"The setting “Login letter” is longer than 100,000"_s;
}

void TestSettingsPage::badTemplatesAreRefused()
{
    QFETCH(QString, control);
    QFETCH(QString, value);
    QFETCH(QString, message);
    showActive();
    child<QCheckBox>("parentLogin")->setChecked(true);
    QWidget *widget = m_page->findChild<QWidget *>(control);
    if (auto *letter = qobject_cast<QTextEdit *>(widget))
        letter->setPlainText(value);
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setText(value);
    else
        setControl(control, value);
    QVERIFY(!m_page->save());
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QTRY_VERIFY(widget->hasFocus());
    QCOMPARE(auditRows(), 0);
    QCOMPARE(storedValue(SettingsStore::ParentLoginEnabled), u"false"_s);
}

void TestSettingsPage::privacyTabForgetsPasswordsAutomatically()
{
    showActive();
    auto *tabs = child<QTabWidget>("tabs");
    auto *forget = child<QCheckBox>("forgetAutomatically");
    auto *days = child<QSpinBox>("forgetAfterDays");
    const auto press = [this](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get(),
                        key, Qt::AltModifier);
    };
    press(Qt::Key_V);
    QCOMPARE(tabs->currentWidget()->objectName(), u"privacyTab"_s);
    press(Qt::Key_B);
    QVERIFY(child<QSpinBox>("backupsKept")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    press(Qt::Key_O);
    QVERIFY(child<QSpinBox>("backupDays")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    // Off, the days cannot be set; the check box switches them on, starting at 30.
    QVERIFY(!days->isEnabled());
    press(Qt::Key_F);
    QTRY_VERIFY(forget->isChecked());
    QVERIFY(days->isEnabled());
    QCOMPARE(days->value(), 30);
    press(Qt::Key_D);
    QVERIFY(days->hasFocus());
    days->selectAll();
    QTest::keyClicks(days, u"14"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(storedValue(SettingsStore::ForgetPasswordsAfterDays), u"14"_s);
    QCOMPARE(storedValue(SettingsStore::BackupsKept), u"4"_s);
    QCOMPARE(storedValue(SettingsStore::BackupDays), u"31"_s);
    reopenPage();
    QVERIFY(child<QCheckBox>("forgetAutomatically")->isChecked());
    QCOMPARE(child<QSpinBox>("forgetAfterDays")->value(), 14);

    // Switched off, the stored value is 0, whatever the days showed.
    child<QCheckBox>("forgetAutomatically")->setChecked(false);
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->save());
    QCOMPARE(storedValue(SettingsStore::ForgetPasswordsAfterDays), u"0"_s);
    QVERIFY(!child<QSpinBox>("forgetAfterDays")->isEnabled());
}

void TestSettingsPage::mnemonicsReachTheNewControls()
{
    showActive();
    auto *tabs = child<QTabWidget>("tabs");
    const auto press = [this](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get(),
                        key, Qt::AltModifier);
    };

    press(Qt::Key_W);
    QCOMPARE(tabs->currentIndex(), 1);
    press(Qt::Key_L);
    QVERIFY(child<QSpinBox>("passwordLength")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(child<QSpinBox>("passwordLength")->value(), 13);
    press(Qt::Key_C);
    QVERIFY(child<QComboBox>("passwordCharacters")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(controlValue(u"passwordCharacters"_s), u"letters-digits-symbols"_s);
    const QString example = child<QLabel>("passwordExample")->text();
    press(Qt::Key_A);
    QTRY_VERIFY(child<QLabel>("passwordExample")->text() != example);

    press(Qt::Key_X);
    QCOMPARE(tabs->currentIndex(), 2);
    press(Qt::Key_N);
    QVERIFY(child<QComboBox>("exportEncoding")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    press(Qt::Key_D);
    QVERIFY(child<QComboBox>("exportDelimiter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    press(Qt::Key_P);
    QTRY_VERIFY(!child<QCheckBox>("exportPasswords")->isChecked());

    press(Qt::Key_T);
    QCOMPARE(tabs->currentIndex(), 3);
    child<QTextEdit>("letter")->setPlainText(u"Changed"_s);
    press(Qt::Key_D); // restore the default letter
    QTRY_VERIFY(child<QTextEdit>("letter")->toPlainText().contains(u"{username}"_s));

    press(Qt::Key_M);
    QCOMPARE(tabs->currentIndex(), 4);
    press(Qt::Key_O);
    QVERIFY(child<QLineEdit>("emailFrom")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"office@nordby.no"_s);
    press(Qt::Key_B);
    QVERIFY(child<QLineEdit>("emailSubject")->hasFocus());
    press(Qt::Key_A);
    QVERIFY(child<QPlainTextEdit>("emailBody")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"Shorter: "_s);
    press(Qt::Key_U); // restore the default e-mail
    QTRY_VERIFY(child<QPlainTextEdit>("emailBody")->toPlainText().startsWith(u"Dear {name},"_s));

    press(Qt::Key_G);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(storedValue(SettingsStore::PasswordLength), u"13"_s);
    QCOMPARE(storedValue(SettingsStore::PasswordCharacters), u"letters-digits-symbols"_s);
    QCOMPARE(storedValue(SettingsStore::ExportEncoding), u"utf-8"_s);
    QCOMPARE(storedValue(SettingsStore::ExportDelimiter), u"semicolon"_s);
    QCOMPARE(storedValue(SettingsStore::ExportPasswords), u"false"_s);
    QCOMPARE(storedValue(SettingsStore::EmailFrom), u"office@nordby.no"_s);
    QCOMPARE(auditRows(), 6);
}

void TestSettingsPage::tabOrderReachesTheNewControls_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("passwords") << 1
                               << QStringList({u"passwordLength"_s, u"passwordCharacters"_s,
                                               u"anotherExample"_s});
    QTest::newRow("export") << 2
                            << QStringList({u"exportEncoding"_s, u"exportDelimiter"_s,
                                            u"exportPasswords"_s});
    QTest::newRow("letter") << 3
                            << QStringList({u"bold"_s, u"italic"_s, u"paragraphStyle"_s,
                                            u"letterPlaceholder"_s, u"letter"_s,
                                            u"restoreLetter"_s});
    QTest::newRow("e-mail") << 4
                            << QStringList({u"emailFrom"_s, u"emailSubject"_s, u"emailBody"_s,
                                            u"emailPlaceholder"_s, u"restoreEmail"_s});
}

void TestSettingsPage::tabOrderReachesTheNewControls()
{
    QFETCH(int, tab);
    QFETCH(QStringList, order);
    showActive();
    auto *tabs = child<QTabWidget>("tabs");
    tabs->setCurrentIndex(tab);
    // From the tab bar, Tab walks through the tab's controls in reading order (also out of the
    // letter and the message: Tab does not type a tab there).
    tabs->findChild<QTabBar *>()->setFocus();
    QTRY_VERIFY(tabs->findChild<QTabBar *>()->hasFocus());
    QStringList visited;
    for (int i = 0; i < order.size() + 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QStringList reached;
    for (const QString &name : std::as_const(visited)) {
        if (order.contains(name) && !reached.contains(name))
            reached.append(name);
    }
    QCOMPARE(reached, order);
    QCOMPARE(visited.mid(0, order.size()), order);
}

void TestSettingsPage::newControlsHaveLabelsOrNames()
{
    QHash<QString, QWidget *> buddies;
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->text().remove(u'&'), label->buddy());
    }
    QCOMPARE(buddies.value(u"Length:"_s), child<QSpinBox>("passwordLength"));
    QCOMPARE(buddies.value(u"Characters:"_s), child<QComboBox>("passwordCharacters"));
    QCOMPARE(buddies.value(u"Encoding:"_s), child<QComboBox>("exportEncoding"));
    QCOMPARE(buddies.value(u"Delimiter:"_s), child<QComboBox>("exportDelimiter"));
    QCOMPARE(buddies.value(u"From:"_s), child<QLineEdit>("emailFrom"));
    QCOMPARE(buddies.value(u"Subject:"_s), child<QLineEdit>("emailSubject"));
    QCOMPARE(buddies.value(u"Message:"_s), child<QPlainTextEdit>("emailBody"));
    // The others say what they are by their text or an accessible name.
    for (const char *name : {"letter", "bold", "italic", "paragraphStyle", "letterPlaceholder",
                             "emailPlaceholder", "passwordExample", "passwordAlphabet"}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    for (const char *name : {"anotherExample", "restoreLetter", "restoreEmail"})
        QVERIFY2(!child<QPushButton>(name)->text().isEmpty(), name);
    QVERIFY(child<QCheckBox>("exportPasswords")->text().contains(u"passwords"_s));
}

void TestSettingsPage::fitsBesideTheNavigation()
{
    // The main window is 1000 by 640 at first and may be made as small as 870 wide, of which the
    // navigation list takes 290: no tab may need more than what is left.
    const QSize minimum = m_page->minimumSizeHint();
    QVERIFY2(minimum.width() <= 560, qPrintable(QString::number(minimum.width())));
    QVERIFY2(minimum.height() <= 480, qPrintable(QString::number(minimum.height())));
}

// Pictures of each tab for a person to judge: written when ROLLBOOK_SCREENSHOTS names a folder.
void TestSettingsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    // As in the main window at its default size, beside the navigation list.
    m_page->resize(700, 580);
    child<QLineEdit>("schoolName")->setText(u"Nordby skole"_s);
    child<QLineEdit>("loginAddress")->setText(u"https://nordby.itslearning.com"_s);
    child<QLineEdit>("emailFrom")->setText(u"office@nordby.no"_s);
    QVERIFY(m_page->save());
    showActive();
    const QStringList names = {u"general"_s, u"passwords"_s, u"export"_s,
                               u"letter"_s,  u"email"_s,     u"privacy"_s};
    for (int tab = 0; tab < names.size(); ++tab) {
        child<QTabWidget>("tabs")->setCurrentIndex(tab);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QDir(folder).filePath(u"settings-%1.png"_s.arg(names[tab]))));
    }
    // The placeholders on offer, as the letter's menu shows them.
    bool grabbed = false;
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, &grabbed, &folder] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        grabbed = menu->grab().save(QDir(folder).filePath(u"settings-placeholders.png"_s));
        menu->close();
    });
    timer->start();
    QTest::mouseClick(child<QPushButton>("letterPlaceholder"), Qt::LeftButton);
    QTRY_VERIFY(grabbed);

    // A refusal as the user sees it.
    child<QLineEdit>("emailFrom")->setText(u"the office"_s);
    QVERIFY(!m_page->save());
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"settings-refused.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestSettingsPage)
#include "tst_settingspage.moc"
