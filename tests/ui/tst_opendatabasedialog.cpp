#include "opendatabasedialog.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestOpenDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverByKeyboardBuildsTheAddress();
    void defaultPortIsLeftOutOfTheAddress();
    void fileByKeyboardGivesThePath();
    void emptyFieldsAreNamedAndKeepTheDialogOpen_data();
    void emptyFieldsAreNamedAndKeepTheDialogOpen();
    void emptyFileIsNamed();
    void aServerNameWithSpacesIsRefused();
    void aPastedAddressIsTakenApart();
    void aPastedAddressWithAPasswordIsRefused();
    void setLocationFillsTheMatchingFields();
    void onlyTheChosenKindsFieldsAreEnabled();
    void everyFieldHasALabelAndThePasswordIsExplained();
    void screenshot();

private:
    template<typename T>
    T *field(const QString &name) const
    {
        auto *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("No field %s", qPrintable(name));
        return widget;
    }
    void typeInto(QWidget *widget, const QString &text);
    QString problem() const;

    std::unique_ptr<OpenDatabaseDialog> m_dialog;
};

void TestOpenDatabaseDialog::init()
{
    m_dialog = std::make_unique<OpenDatabaseDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestOpenDatabaseDialog::cleanup()
{
    m_dialog.reset();
}

void TestOpenDatabaseDialog::typeInto(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
}

QString TestOpenDatabaseDialog::problem() const
{
    auto *label = m_dialog->findChild<QLabel *>(u"problem"_s);
    return label && label->isVisible() ? label->text() : QString();
}

void TestOpenDatabaseDialog::serverByKeyboardBuildsTheAddress()
{
    // Alt and the underlined letters, as a keyboard user moves through it.
    // The radio button's mnemonic clicks it after a brief animation.
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(field<QRadioButton>(u"serverChoice"_s)->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"host"_s));
    typeInto(QApplication::focusWidget(), u"db.school.example"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_R, Qt::AltModifier);
    // The port's number is selected, so typing replaces it.
    QCOMPARE(QApplication::focusWidget(), field<QSpinBox>(u"port"_s));
    typeInto(QApplication::focusWidget(), u"5433"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    typeInto(QApplication::focusWidget(), u"rollbook"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_U, Qt::AltModifier);
    typeInto(QApplication::focusWidget(), u"anna"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://anna@db.school.example:5433/rollbook"_s);
}

void TestOpenDatabaseDialog::defaultPortIsLeftOutOfTheAddress()
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    QCOMPARE(field<QSpinBox>(u"port"_s)->value(), 5432);
    typeInto(field<QLineEdit>(u"host"_s), u"  10.0.0.7 "_s);
    typeInto(field<QLineEdit>(u"name"_s), u"skole"_s);
    typeInto(field<QLineEdit>(u"user"_s), u"ola.nordmann"_s);
    QTest::keyClick(field<QLineEdit>(u"user"_s), Qt::Key_Enter);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://ola.nordmann@10.0.0.7/skole"_s);
}

void TestOpenDatabaseDialog::fileByKeyboardGivesThePath()
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    QTest::keyClick(m_dialog.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(field<QRadioButton>(u"fileChoice"_s)->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"filePath"_s));
    const QString path = QDir::temp().filePath(u"skole.sqlite"_s);
    typeInto(QApplication::focusWidget(), QDir::toNativeSeparators(path));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), path);
}

void TestOpenDatabaseDialog::emptyFieldsAreNamedAndKeepTheDialogOpen_data()
{
    QTest::addColumn<QString>("empty");
    QTest::addColumn<QString>("named");
    QTest::newRow("server") << u"host"_s << u"Fill in the server"_s;
    QTest::newRow("database name") << u"name"_s << u"name of the database"_s;
    QTest::newRow("user name") << u"user"_s << u"user name"_s;
    QTest::newRow("only spaces") << u"spaces"_s << u"Fill in the server"_s;
}

void TestOpenDatabaseDialog::emptyFieldsAreNamedAndKeepTheDialogOpen()
{
    QFETCH(QString, empty);
    QFETCH(QString, named);
    field<QRadioButton>(u"serverChoice"_s)->click();
    for (const QString &name : {u"host"_s, u"name"_s, u"user"_s}) {
        if (name != empty)
            typeInto(field<QLineEdit>(name), u"x"_s);
    }
    if (empty == u"spaces"_s) {
        field<QLineEdit>(u"host"_s)->clear();
        typeInto(field<QLineEdit>(u"host"_s), u"   "_s);
    }
    QCOMPARE(problem(), QString());
    field<QPushButton>(u"open"_s)->click();

    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY2(problem().contains(named), qPrintable(problem()));
    // The empty field has the focus, to be filled in at once.
    const QString focused = empty == u"spaces"_s ? u"host"_s : empty;
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(focused));

    // Filled in, the same button opens it.
    typeInto(field<QLineEdit>(focused), u"y"_s);
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->location().startsWith(u"postgresql://"_s));
}

void TestOpenDatabaseDialog::emptyFileIsNamed()
{
    QVERIFY(field<QRadioButton>(u"fileChoice"_s)->isChecked());
    typeInto(field<QLineEdit>(u"filePath"_s), u"  "_s);
    QTest::keyClick(field<QLineEdit>(u"filePath"_s), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(problem().contains(u"path of the database file"_s), qPrintable(problem()));
    QCOMPARE(m_dialog->location(), QString());
    // Choosing the other kind clears a problem that was about this one.
    field<QRadioButton>(u"serverChoice"_s)->click();
    QCOMPARE(problem(), QString());
}

void TestOpenDatabaseDialog::aServerNameWithSpacesIsRefused()
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    typeInto(field<QLineEdit>(u"host"_s), u"db school"_s);
    typeInto(field<QLineEdit>(u"name"_s), u"rollbook"_s);
    typeInto(field<QLineEdit>(u"user"_s), u"anna"_s);
    field<QPushButton>(u"open"_s)->click();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(problem().contains(u"“db school” is not a server name"_s), qPrintable(problem()));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"host"_s));
}

void TestOpenDatabaseDialog::aPastedAddressIsTakenApart()
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    typeInto(field<QLineEdit>(u"host"_s), u"postgresql://kari@db.school.example:6543/district"_s);
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://kari@db.school.example:6543/district"_s);
    QCOMPARE(field<QLineEdit>(u"host"_s)->text(), u"db.school.example"_s);
    QCOMPARE(field<QSpinBox>(u"port"_s)->value(), 6543);
    QCOMPARE(field<QLineEdit>(u"name"_s)->text(), u"district"_s);
    QCOMPARE(field<QLineEdit>(u"user"_s)->text(), u"kari"_s);
}

void TestOpenDatabaseDialog::aPastedAddressWithAPasswordIsRefused()
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    typeInto(field<QLineEdit>(u"host"_s), u"postgresql://kari:secret@db.school.example/d"_s);
    field<QPushButton>(u"open"_s)->click();
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(problem().contains(u"holds a password"_s), qPrintable(problem()));
    QVERIFY(!problem().contains(u"secret"_s));
}

void TestOpenDatabaseDialog::setLocationFillsTheMatchingFields()
{
    m_dialog->setLocation(u"postgresql://anna@db.school.example:5433/rollbook"_s);
    QVERIFY(field<QRadioButton>(u"serverChoice"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(u"host"_s)->text(), u"db.school.example"_s);
    QCOMPARE(field<QSpinBox>(u"port"_s)->value(), 5433);
    QCOMPARE(field<QLineEdit>(u"name"_s)->text(), u"rollbook"_s);
    QCOMPARE(field<QLineEdit>(u"user"_s)->text(), u"anna"_s);

    // A file afterwards chooses the file and leaves the server's fields as they were.
    const QString path = QDir::temp().filePath(u"rollbook.sqlite"_s);
    m_dialog->setLocation(path);
    QVERIFY(field<QRadioButton>(u"fileChoice"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(u"filePath"_s)->text(), QDir::toNativeSeparators(path));
    QCOMPARE(field<QLineEdit>(u"host"_s)->text(), u"db.school.example"_s);

    // Nothing, or an address that is not one, changes nothing.
    m_dialog->setLocation(QString());
    m_dialog->setLocation(u"postgresql://nobody"_s);
    QVERIFY(field<QRadioButton>(u"fileChoice"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(u"name"_s)->text(), u"rollbook"_s);

    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->location(), path);
}

void TestOpenDatabaseDialog::onlyTheChosenKindsFieldsAreEnabled()
{
    QVERIFY(field<QLineEdit>(u"filePath"_s)->isEnabled());
    QVERIFY(field<QPushButton>(u"browse"_s)->isEnabled());
    QVERIFY(!field<QLineEdit>(u"host"_s)->isEnabled());
    QVERIFY(!field<QSpinBox>(u"port"_s)->isEnabled());
    field<QRadioButton>(u"serverChoice"_s)->click();
    QVERIFY(!field<QLineEdit>(u"filePath"_s)->isEnabled());
    QVERIFY(!field<QPushButton>(u"browse"_s)->isEnabled());
    for (const QString &name : {u"host"_s, u"name"_s, u"user"_s})
        QVERIFY(field<QLineEdit>(name)->isEnabled());
    QVERIFY(field<QSpinBox>(u"port"_s)->isEnabled());
}

void TestOpenDatabaseDialog::everyFieldHasALabelAndThePasswordIsExplained()
{
    QStringList labelled;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.append(label->buddy()->objectName() + u'=' + label->text());
    }
    labelled.sort();
    QCOMPARE(labelled,
             QStringList({u"filePath=F&ile:"_s, u"host=&Server:"_s, u"name=&Database name:"_s,
                          u"port=Po&rt:"_s, u"user=&User name:"_s}));
    const QString note = field<QLabel>(u"passwordNote"_s)->text();
    QVERIFY2(note.contains(u"PGPASSWORD"_s) && note.contains(u"password file"_s), qPrintable(note));
    // No field takes a password.
    for (const QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
}

// A picture of the dialog for a person to judge: written when ROLLBOOK_SCREENSHOTS names a folder.
void TestOpenDatabaseDialog::screenshot()
{
    const QString folder = qEnvironmentVariable("ROLLBOOK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set ROLLBOOK_SCREENSHOTS to a folder to get screenshots.");
    QDir().mkpath(folder);
    m_dialog->setLocation(u"postgresql://anna@db.school.example/rollbook"_s);
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"open-database-server.png"_s)));
    m_dialog->findChild<QLineEdit *>(u"name"_s)->clear();
    m_dialog->findChild<QPushButton *>(u"open"_s)->click();
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"open-database-problem.png"_s)));
    m_dialog->setLocation(QDir::temp().filePath(u"rollbook.sqlite"_s));
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"open-database-file.png"_s)));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestOpenDatabaseDialog)
#include "tst_opendatabasedialog.moc"
