// The Letter tab's rich-text editor of the login letter: formatting, the placeholders and their
// menu (the e-mail's menu too), a placeholder formatted half one way, and the default letter put
// back. The rest of the settings page is tested in tst_settingspage.cpp.
#include "db/database.h"
#include "distribution/placeholders.h"
#include "settings/settingsstore.h"
#include "settingspage.h"
#include "settingspagefixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestSettingsPageLetter
    : public QObject
    , private SettingsPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void letterIsSavedWithItsPlaceholders();
    void placeholderMenuInsertsAtTheCursor_data();
    void placeholderMenuInsertsAtTheCursor();
    void placeholderMenuOpensFromTheKeyboard();
    void restoreTheDefaultLetter();
    void formattingToolsChangeTheLetter();
    void formattingTakesInWholePlaceholders();
    void halfFormattedPlaceholderIsRefused();
};

void TestSettingsPageLetter::initTestCase()
{
    startTestCase();
}

void TestSettingsPageLetter::init()
{
    openNewPage();
}

void TestSettingsPageLetter::cleanup()
{
    closePage();
}

void TestSettingsPageLetter::letterIsSavedWithItsPlaceholders()
{
    auto *letter = child<QTextEdit>("letter");
    letter->moveCursor(QTextCursor::End);
    QTest::keyClicks(letter, u"Kind regards, the office. Your user name once more: "_s);
    QVERIFY(m_page->isModified());
    placeholderAction("letterPlaceholder", u"{username}"_s)->trigger();
    const QString html = letter->toHtml();
    QVERIFY(html.contains(u"{username}</"_s));
    QVERIFY(m_page->save());
    QCOMPARE(storedValue(SettingsStore::LetterTemplate), html);
    QCOMPARE(auditRows(), 1);

    // The placeholders are there, literally, for the letters to fill in.
    QMap<QString, QString> values{{u"username"_s, u"ada.lovelace"_s},
                                  {u"password"_s, u"Pw4-secret"_s}};
    const QString filled = Placeholders::fill(html, values, Placeholders::Format::Html);
    QVERIFY(!filled.contains(u"{username}"_s));
    QCOMPARE(filled.count(u"ada.lovelace"_s), 2);
    QVERIFY(filled.contains(u"Pw4-secret"_s));

    reopenPage();
    QVERIFY(child<QTextEdit>("letter")->toPlainText().contains(u"Kind regards, the office."_s));
    QVERIFY(!m_page->isModified());
}

void TestSettingsPageLetter::placeholderMenuInsertsAtTheCursor_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("expected");

    QTest::newRow("letter") << 3 << u"letter"_s << u"letterPlaceholder"_s << u"Dear , welcome"_s
                            << 5 << u"{name}"_s << u"Dear {name}, welcome"_s;
    QTest::newRow("subject") << 4 << u"emailSubject"_s << u"emailPlaceholder"_s << u"Login for "_s
                             << 10 << u"{school}"_s << u"Login for {school}"_s;
    QTest::newRow("message") << 4 << u"emailBody"_s << u"emailPlaceholder"_s
                             << u"Hello\nYour password is .\nBye"_s << 23 << u"{password}"_s
                             << u"Hello\nYour password is {password}.\nBye"_s;
}

void TestSettingsPageLetter::placeholderMenuInsertsAtTheCursor()
{
    QFETCH(int, tab);
    QFETCH(QString, control);
    QFETCH(QString, button);
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, placeholder);
    QFETCH(QString, expected);

    showActive();
    child<QTabWidget>("tabs")->setCurrentIndex(tab);
    QWidget *widget = m_page->findChild<QWidget *>(control);
    QString (*contents)(QWidget *) = nullptr;
    if (auto *letter = qobject_cast<QTextEdit *>(widget)) {
        letter->setPlainText(text);
        QTextCursor cursor = letter->textCursor();
        cursor.setPosition(position);
        letter->setTextCursor(cursor);
        contents = [](QWidget *w) { return static_cast<QTextEdit *>(w)->toPlainText(); };
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(text);
        line->setCursorPosition(position);
        contents = [](QWidget *w) { return static_cast<QLineEdit *>(w)->text(); };
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setPlainText(text);
        QTextCursor cursor = plain->textCursor();
        cursor.setPosition(position);
        plain->setTextCursor(cursor);
        contents = [](QWidget *w) { return static_cast<QPlainTextEdit *>(w)->toPlainText(); };
    }
    QVERIFY(contents);
    // The user was in the field, then went to the button (by Tab or its mnemonic).
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
    child<QPushButton>(button.toLatin1().constData())->setFocus();

    QAction *action = placeholderAction(button.toLatin1().constData(), placeholder);
    QVERIFY(action);
    QVERIFY2(action->text().contains(placeholder), qPrintable(action->text()));
    QVERIFY2(action->text().size() > placeholder.size() + 5, qPrintable(action->text()));
    action->trigger();
    QCOMPARE(contents(widget), expected);
    QVERIFY(widget->hasFocus()); // back where the user was, to go on writing
    QVERIFY(m_page->isModified());
    // Every placeholder the letters know is on offer.
    QCOMPARE(child<QPushButton>(button.toLatin1().constData())->menu()->actions().size(),
             SettingsStore::placeholders().size());
}

void TestSettingsPageLetter::placeholderMenuOpensFromTheKeyboard()
{
    showActive();
    QTest::keyClick(m_page.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), 3);
    auto *letter = child<QTextEdit>("letter");
    letter->setPlainText(u"User name: "_s);
    letter->setFocus();
    letter->moveCursor(QTextCursor::End);

    // Alt+I opens the menu; the user picks {username} with the keyboard.
    bool answered = false;
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [this, timer, &answered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        menu->setActiveAction(placeholderAction("letterPlaceholder", u"{username}"_s));
        QTest::keyClick(menu, Qt::Key_Return);
        answered = true;
    });
    timer->start();
    QTest::keyClick(m_page.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(letter->toPlainText(), u"User name: {username}"_s);
}

void TestSettingsPageLetter::restoreTheDefaultLetter()
{
    const QString letterKey = QString::fromLatin1(SettingsStore::LetterTemplate);
    const QString standard = SettingsStore::definition(letterKey)->defaultValue;
    QVERIFY(SettingsStore(m_database->connection())
                    .set(letterKey, u"<p>Our own letter for {name}</p>"_s, u"test"_s)
                    .ok());
    m_page->setDatabase(m_database.get());
    auto *letter = child<QTextEdit>("letter");
    QCOMPARE(letter->toPlainText(), u"Our own letter for {name}"_s);
    QVERIFY(!m_page->isModified());

    QTest::mouseClick(child<QPushButton>("restoreLetter"), Qt::LeftButton);
    QVERIFY(letter->toPlainText().contains(u"Here is your login for {school}."_s));
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->save());
    // The default itself is stored, not the editor's rewriting of it.
    QCOMPARE(storedValue(SettingsStore::LetterTemplate), standard);
    QVERIFY(!m_page->isModified());

    // Put back once more over the default: nothing to save.
    letter->setPlainText(u"Something else"_s);
    QVERIFY(m_page->isModified());
    QTest::mouseClick(child<QPushButton>("restoreLetter"), Qt::LeftButton);
    QVERIFY(!m_page->isModified());
}

void TestSettingsPageLetter::formattingToolsChangeTheLetter()
{
    showActive();
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    auto *letter = child<QTextEdit>("letter");
    letter->setPlainText(u"Welcome\nto the school"_s);
    letter->setFocus();
    QTRY_VERIFY(letter->hasFocus());

    // Bold and italic on a selection, by the buttons and by Ctrl+B.
    QTextCursor cursor = letter->textCursor();
    cursor.setPosition(8);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    letter->setTextCursor(cursor);
    QTest::mouseClick(child<QToolButton>("bold"), Qt::LeftButton);
    QVERIFY(letter->textCursor().charFormat().fontWeight() >= QFont::Bold);
    QVERIFY(child<QToolButton>("bold")->isChecked());
    QTest::mouseClick(child<QToolButton>("italic"), Qt::LeftButton);
    QVERIFY(letter->textCursor().charFormat().fontItalic());
    QVERIFY(letter->hasFocus()); // a click on a tool leaves the cursor in the letter
    QTest::keyClick(letter, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(letter->textCursor().charFormat().fontWeight() < QFont::Bold);
    QVERIFY(!child<QToolButton>("bold")->isChecked());

    // The first paragraph as a heading, then back to normal text.
    auto *style = child<QComboBox>("paragraphStyle");
    letter->moveCursor(QTextCursor::Start);
    QCOMPARE(style->currentText(), u"Normal text"_s);
    style->setFocus();
    QTest::keyClick(style, Qt::Key_Down); // the keyboard way through the styles
    QCOMPARE(style->currentText(), u"Heading"_s);
    QCOMPARE(letter->document()->firstBlock().blockFormat().headingLevel(), 1);
    QCOMPARE(letter->document()->lastBlock().blockFormat().headingLevel(), 0);
    QVERIFY(letter->toHtml().contains(u"<h1"_s));
    style->setCurrentIndex(0);
    emit style->activated(0);
    QCOMPARE(letter->document()->firstBlock().blockFormat().headingLevel(), 0);
    QVERIFY(!letter->toHtml().contains(u"<h1"_s));
    QVERIFY(m_page->isModified());
    QVERIFY(m_page->save());
    QVERIFY(storedValue(SettingsStore::LetterTemplate).contains(u"font-style:italic"_s));
}

void TestSettingsPageLetter::formattingTakesInWholePlaceholders()
{
    auto *letter = child<QTextEdit>("letter");
    letter->setPlainText(u"Your user name: {username} and more"_s);
    // "name} an": ends in a placeholder's middle.
    QTextCursor cursor = letter->textCursor();
    cursor.setPosition(21);
    cursor.setPosition(29, QTextCursor::KeepAnchor);
    letter->setTextCursor(cursor);
    QTest::mouseClick(child<QToolButton>("bold"), Qt::LeftButton);
    for (int position = 16; position < 26; ++position) {
        QTextCursor at(letter->document());
        at.setPosition(position + 1);
        QVERIFY2(at.charFormat().fontWeight() >= QFont::Bold,
                 qPrintable(QString::number(position)));
    }
    QVERIFY(letter->toHtml().contains(u"{username}"_s));
    QVERIFY(m_page->save());
    QVERIFY(storedValue(SettingsStore::LetterTemplate).contains(u"{username}"_s));
}

void TestSettingsPageLetter::halfFormattedPlaceholderIsRefused()
{
    showActive();
    auto *letter = child<QTextEdit>("letter");
    letter->setHtml(u"<p>Your user name: {user<b>name</b>}</p>"_s);
    child<QLineEdit>("schoolName")->setText(u"Nordby"_s);
    QVERIFY(!m_page->save());
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"{username}"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"login letter"_s), qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), 3);
    QTRY_VERIFY(letter->hasFocus());
    QCOMPARE(auditRows(), 0);
    QCOMPARE(storedValue(SettingsStore::SchoolName), QString());
    QVERIFY(m_page->isModified());
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestSettingsPageLetter)
#include "tst_settingspage_letter.moc"
