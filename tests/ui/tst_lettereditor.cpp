// The login letter's editor (Edit global settings > Letter) on its own, as the page uses it and
// as a user drives it by keyboard: its value in and out, formatting, the placeholders, the check
// of a placeholder formatted half one way, and the default letter put back. On the page, with
// saving, it is tested in tst_settingspage_letter.cpp.
#include "lettereditor.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString defaultLetter()
{
    return SettingsStore::definition(QString::fromLatin1(SettingsStore::LetterTemplate))
            ->defaultValue;
}

} // namespace

class TestLetterEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void valueRoundTrip_data();
    void valueRoundTrip();
    void anEditIsTheValue();
    void everyControlHasAName();
    void tabReachesEveryControlInOrder();
    void formattingASelection();
    void formattingTakesInWholePlaceholders();
    void paragraphStyleByKeyboard();
    void insertingAPlaceholderByKeyboard();
    void insertPlaceholderAtTheCursor();
    void halfFormattedPlaceholder_data();
    void halfFormattedPlaceholder();
    void halfFormattedPlaceholderFormattedAlike();
    void restoreTheDefaultByKeyboard();

private:
    // Shown and active, so that focus and mnemonics work as for a user.
    void showActive();
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_editor->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    QTextEdit *letter() const { return m_editor->textEdit(); }
    // Selects the characters from `start` to `end` of the letter's text.
    void select(int start, int end);
    // The keys a user presses, to whichever widget has the focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<LetterEditor> m_editor;
};

void TestLetterEditor::init()
{
    m_editor = std::make_unique<LetterEditor>();
    m_editor->resize(600, 400);
}

void TestLetterEditor::cleanup()
{
    m_editor.reset();
}

void TestLetterEditor::showActive()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestLetterEditor::select(int start, int end)
{
    QTextCursor cursor = letter()->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    letter()->setTextCursor(cursor);
}

void TestLetterEditor::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_editor.get(), Qt::Key(key), modifiers);
}

void TestLetterEditor::valueRoundTrip_data()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("the default") << defaultLetter();
    QTest::newRow("simple") << u"<p>Hello <b>{name}</b>, your user name is {username}.</p>"_s;
    QTest::newRow("many parts")
            << u"<html><head><style>p { color: #333; }</style></head><body>"
               u"<h1 align=\"center\">{school}</h1><h2>Login</h2>"
               u"<p style=\"margin-left: 20px\">Dear <i>{first_name}</i> &amp; family,</p>"
               u"<ul><li>{username}</li><li><span style=\"font-size: 14pt\">{password}</span></li>"
               u"</ul><p>Æøå — “quoted” {children}</p></body></html>"_s;
    QTest::newRow("plain text") << u"Dear {name}\nyour password is {password}"_s;
    QTest::newRow("empty") << QString();
}

void TestLetterEditor::valueRoundTrip()
{
    QFETCH(QString, html);
    QSignalSpy changed(m_editor.get(), &LetterEditor::changed);
    m_editor->setValue(html);
    QVERIFY(!changed.isEmpty());
    // The stored template comes back as it was given, not as the editor rewrites it...
    QCOMPARE(m_editor->value(), html);
    QVERIFY(m_editor->problem().isEmpty());
    // ...also once shown, with its fonts settled.
    showActive();
    QCOMPARE(m_editor->value(), html);

    // Typed and taken back: the same again.
    letter()->setFocus();
    letter()->moveCursor(QTextCursor::End);
    QTest::keyClicks(letter(), u"PS"_s);
    QVERIFY(m_editor->value() != html);
    QTest::keyClick(letter(), Qt::Key_Backspace);
    QTest::keyClick(letter(), Qt::Key_Backspace);
    QCOMPARE(m_editor->value(), html);
}

void TestLetterEditor::anEditIsTheValue()
{
    m_editor->setValue(u"<p>Dear {name}</p>"_s);
    QSignalSpy changed(m_editor.get(), &LetterEditor::changed);
    letter()->moveCursor(QTextCursor::End);
    QTest::keyClicks(letter(), u", welcome"_s);
    QCOMPARE(changed.size(), 9);
    const QString value = m_editor->value();
    QCOMPARE(value, letter()->toHtml());
    QVERIFY(value.contains(u"Dear {name}, welcome"_s));

    // What the page stores is shown again as unchanged.
    m_editor->setValue(value);
    QCOMPARE(m_editor->value(), value);
    QCOMPARE(letter()->toPlainText(), u"Dear {name}, welcome"_s);
}

void TestLetterEditor::everyControlHasAName()
{
    for (const char *name : {"bold", "italic", "paragraphStyle", "letterPlaceholder", "letter"}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
    }
    QCOMPARE(child<QToolButton>("bold")->accessibleName(), u"Bold"_s);
    QCOMPARE(child<QToolButton>("italic")->accessibleName(), u"Italic"_s);
    QCOMPARE(letter()->accessibleName(), u"Login letter"_s);
    // The tools say their shortcut.
    QVERIFY2(child<QToolButton>("bold")->toolTip().contains(
                     QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)),
             qPrintable(child<QToolButton>("bold")->toolTip()));
    // The buttons by their text, each with a mnemonic.
    QCOMPARE(child<QPushButton>("letterPlaceholder")->text(), u"&Insert placeholder"_s);
    QCOMPARE(child<QPushButton>("restoreLetter")->text(), u"Restore the &default letter"_s);
    QStringList styles;
    for (int i = 0; i < child<QComboBox>("paragraphStyle")->count(); ++i)
        styles << child<QComboBox>("paragraphStyle")->itemText(i);
    QCOMPARE(styles, QStringList({u"Normal text"_s, u"Heading"_s, u"Subheading"_s}));
}

void TestLetterEditor::tabReachesEveryControlInOrder()
{
    showActive();
    const QStringList order = {u"bold"_s,           u"italic"_s,
                               u"paragraphStyle"_s, u"letterPlaceholder"_s,
                               u"letter"_s,         u"restoreLetter"_s};
    child<QToolButton>("bold")->setFocus();
    QTRY_VERIFY(child<QToolButton>("bold")->hasFocus());
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (int i = 1; i < order.size(); ++i) {
        press(Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    // Tab goes on out of the letter rather than typing a tab into it.
    QCOMPARE(visited, order);
    QVERIFY(!letter()->toPlainText().contains(u'\t'));
    // And Shift+Tab back.
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), letter());
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"letterPlaceholder"_s);
}

void TestLetterEditor::formattingASelection()
{
    showActive();
    m_editor->setValue(u"<p>Welcome</p><p>to the school</p>"_s);
    letter()->setFocus();
    QTRY_VERIFY(letter()->hasFocus());
    auto *bold = child<QToolButton>("bold");
    auto *italic = child<QToolButton>("italic");
    QVERIFY(!bold->isChecked());

    // "to the": bold by Ctrl+B, italic by the button.
    select(8, 14);
    press(Qt::Key_B, Qt::ControlModifier);
    QVERIFY(letter()->textCursor().charFormat().fontWeight() >= QFont::Bold);
    QVERIFY(bold->isChecked());
    QTest::mouseClick(italic, Qt::LeftButton);
    QVERIFY(letter()->textCursor().charFormat().fontItalic());
    QVERIFY(italic->isChecked());
    QVERIFY(letter()->hasFocus()); // a click on a tool leaves the cursor in the letter

    // Only the selection changed.
    QTextCursor at(letter()->document());
    at.setPosition(3);
    QVERIFY(at.charFormat().fontWeight() < QFont::Bold);
    at.setPosition(16);
    QVERIFY(at.charFormat().fontWeight() < QFont::Bold);
    QVERIFY(!at.charFormat().fontItalic());
    // The buttons show the format where the cursor is.
    letter()->moveCursor(QTextCursor::Start);
    QVERIFY(!bold->isChecked());
    QVERIFY(!italic->isChecked());
    const QString value = m_editor->value();
    QVERIFY(value.contains(u"font-weight:700"_s));
    QVERIFY(value.contains(u"font-style:italic"_s));

    // Ctrl+B again takes the bold off.
    select(8, 14);
    QVERIFY(bold->isChecked());
    press(Qt::Key_B, Qt::ControlModifier);
    QVERIFY(letter()->textCursor().charFormat().fontWeight() < QFont::Bold);
    QVERIFY(!bold->isChecked());
    QVERIFY(!m_editor->value().contains(u"font-weight:700"_s));
}

void TestLetterEditor::formattingTakesInWholePlaceholders()
{
    m_editor->setValue(u"<p>Your user name: {username} and more</p>"_s);
    // "name} an" ends in a placeholder's middle: all of {username} is made bold.
    select(21, 29);
    QTest::mouseClick(child<QToolButton>("bold"), Qt::LeftButton);
    for (int position = 16; position < 26; ++position) {
        QTextCursor at(letter()->document());
        at.setPosition(position + 1);
        QVERIFY2(at.charFormat().fontWeight() >= QFont::Bold,
                 qPrintable(QString::number(position)));
    }
    QTextCursor before(letter()->document());
    before.setPosition(15);
    QVERIFY(before.charFormat().fontWeight() < QFont::Bold);
    QVERIFY(m_editor->value().contains(u"{username}"_s));
    QCOMPARE(m_editor->problem(), QString());
}

void TestLetterEditor::paragraphStyleByKeyboard()
{
    showActive();
    m_editor->setValue(u"<p>Welcome</p><p>to the school</p>"_s);
    auto *style = child<QComboBox>("paragraphStyle");
    QCOMPARE(style->currentText(), u"Normal text"_s);
    letter()->setFocus();
    QTRY_VERIFY(letter()->hasFocus());
    letter()->moveCursor(QTextCursor::Start);

    // Shift+Tab from the letter reaches the style (past the placeholder button).
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), style);
    press(Qt::Key_Down);
    QCOMPARE(style->currentText(), u"Heading"_s);
    QCOMPARE(letter()->document()->firstBlock().blockFormat().headingLevel(), 1);
    QCOMPARE(letter()->document()->lastBlock().blockFormat().headingLevel(), 0);
    QVERIFY(m_editor->value().contains(u"<h1"_s));
    press(Qt::Key_Down);
    QCOMPARE(style->currentText(), u"Subheading"_s);
    QCOMPARE(letter()->document()->firstBlock().blockFormat().headingLevel(), 2);
    QVERIFY(!m_editor->value().contains(u"<h1"_s));
    QVERIFY(m_editor->value().contains(u"<h2"_s));

    // The style follows the cursor.
    letter()->moveCursor(QTextCursor::End);
    QCOMPARE(style->currentText(), u"Normal text"_s);
    letter()->moveCursor(QTextCursor::Start);
    QCOMPARE(style->currentText(), u"Subheading"_s);
    style->setFocus();
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    QCOMPARE(style->currentText(), u"Normal text"_s);
    QCOMPARE(letter()->document()->firstBlock().blockFormat().headingLevel(), 0);
    QVERIFY(!m_editor->value().contains(u"<h2"_s));
}

void TestLetterEditor::insertingAPlaceholderByKeyboard()
{
    showActive();
    m_editor->setValue(u"<p>User name: </p>"_s);
    letter()->setFocus();
    QTRY_VERIFY(letter()->hasFocus());
    letter()->moveCursor(QTextCursor::End);

    // Alt+I opens the menu of every placeholder; the user goes down to {username} and picks it.
    const auto target = [](const QMenu *menu) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == u"{username}"_s)
                return action;
        }
        return nullptr;
    };
    QStringList offered;
    bool answered = false;
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, target, &offered, &answered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        for (const QAction *action : menu->actions())
            offered << action->data().toString();
        for (int i = 0; i <= offered.size() && menu->activeAction() != target(menu); ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        answered = true;
    });
    timer->start();
    press(Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(letter()->toPlainText(), u"User name: {username}"_s);
    QTRY_VERIFY(letter()->hasFocus()); // back in the letter, to go on writing

    QStringList placeholders;
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        Q_UNUSED(description)
        placeholders << placeholder;
    }
    QCOMPARE(offered, placeholders);
    const QString value = m_editor->value();
    QVERIFY(value.contains(u"{username}</"_s));
    QCOMPARE(m_editor->problem(), QString());
}

void TestLetterEditor::insertPlaceholderAtTheCursor()
{
    m_editor->setValue(u"<p>Dear , welcome</p>"_s);
    QTextCursor cursor = letter()->textCursor();
    cursor.setPosition(5);
    letter()->setTextCursor(cursor);
    m_editor->insertPlaceholder(u"{first_name}"_s);
    QCOMPARE(letter()->toPlainText(), u"Dear {first_name}, welcome"_s);
    QCOMPARE(letter()->textCursor().position(), 17);

    // Each menu entry says what its placeholder stands for.
    const QList<QAction *> actions = child<QPushButton>("letterPlaceholder")->menu()->actions();
    QCOMPARE(actions.size(), SettingsStore::placeholders().size());
    for (const QAction *action : actions) {
        QVERIFY2(action->text().startsWith(action->data().toString() + u" — "_s),
                 qPrintable(action->text()));
        QVERIFY2(action->text().size() > action->data().toString().size() + 5,
                 qPrintable(action->text()));
    }
}

void TestLetterEditor::halfFormattedPlaceholder_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("refused"); // the placeholder named, or empty if it can be saved

    QTest::newRow("half bold") << QString() << u"<p>Your user name: {user<b>name</b>}</p>"_s
                               << u"{username}"_s;
    QTest::newRow("half italic, the second of two")
            << QString() << u"<p>{school}: <i>{pass</i>word}</p>"_s << u"{password}"_s;
    QTest::newRow("half of another size")
            << QString() << u"<p>{na<span style=\"font-size:20pt\">me}</span></p>"_s << u"{name}"_s;
    QTest::newRow("all bold") << QString() << u"<p>Your user name: <b>{username}</b></p>"_s
                              << QString();
    QTest::newRow("plain") << QString() << u"<p>Dear {first_name} {last_name}</p>"_s << QString();
    QTest::newRow("no placeholders") << QString() << u"<p>Dear <b>pa</b>rent</p>"_s << QString();
    // What is stored is not refused: saving something else must not fail on it.
    QTest::newRow("stored so") << u"<p>Your user name: {user<b>name</b>}</p>"_s << QString()
                               << QString();
}

void TestLetterEditor::halfFormattedPlaceholder()
{
    QFETCH(QString, stored);
    QFETCH(QString, edited);
    QFETCH(QString, refused);
    m_editor->setValue(stored);
    if (!edited.isEmpty())
        letter()->setHtml(edited); // as pasted from elsewhere
    const QString problem = m_editor->problem();
    if (refused.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(refused), qPrintable(problem));
        QVERIFY2(problem.contains(u"login letter"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"formatted partly one way"_s), qPrintable(problem));
    }
}

void TestLetterEditor::halfFormattedPlaceholderFormattedAlike()
{
    showActive();
    m_editor->setValue(QString());
    letter()->setHtml(u"<p>Your user name: {user<b>name</b>}</p>"_s);
    QVERIFY(!m_editor->problem().isEmpty());

    // Selected whole and made bold by the keyboard, it is one piece again.
    select(16, 26);
    letter()->setFocus();
    const bool wasBold = child<QToolButton>("bold")->isChecked();
    press(Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(child<QToolButton>("bold")->isChecked(), !wasBold);
    QVERIFY2(m_editor->problem().isEmpty(), qPrintable(m_editor->problem()));
    QVERIFY(m_editor->value().contains(u"{username}"_s));
}

void TestLetterEditor::restoreTheDefaultByKeyboard()
{
    const QString own = u"<p>Our own letter for {name}</p>"_s;
    m_editor->setValue(own);
    showActive();
    QCOMPARE(letter()->toPlainText(), u"Our own letter for {name}"_s);
    QCOMPARE(m_editor->value(), own);

    child<QToolButton>("bold")->setFocus();
    press(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(letter()->toPlainText().contains(u"Here is your login for {school}."_s));
    QTRY_VERIFY(letter()->hasFocus());
    // The default itself, not the editor's rewriting of it.
    QCOMPARE(m_editor->value(), defaultLetter());
    QCOMPARE(m_editor->problem(), QString());

    // Put back once more over an edit of it: the default again.
    letter()->moveCursor(QTextCursor::End);
    QTest::keyClicks(letter(), u"PS"_s);
    QVERIFY(m_editor->value() != defaultLetter());
    m_editor->restoreDefault();
    QCOMPARE(m_editor->value(), defaultLetter());
    // And the stored letter is the stored one still, once shown again.
    m_editor->setValue(own);
    QCOMPARE(m_editor->value(), own);
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestLetterEditor)
#include "tst_lettereditor.moc"
