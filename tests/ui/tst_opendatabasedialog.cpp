#include "db/database.h"
#include "modalanswer.h"
#include "opendatabasedialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void securityIsChosenByKeyboard();
    void notEncryptedIsOnlyForThisComputer();
    void caCertificateByKeyboardGoesIntoTheAddress();
    void caCertificateIsChosenWithBrowse();
    void missingCaCertificateIsRefused();
    void caCertificateIsOnlyForAVerifiedConnection();
    void setLocationFillsTheSecurity();
    void mnemonicsAreUsedOnce();
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
    // The warning under Connection security, when it shows.
    QString securityWarning() const;
    SslMode chosenSecurity() const;
    // Chooses a server and fills in its fields (not the security).
    void fillServer(const QString &host);
    // A file that stands for a CA certificate, in the test's own folder.
    QString certificateFile(const QString &name);
    // Answers the next file dialog with `path`, as a user typing it.

    QTemporaryDir m_dir;

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

QString TestOpenDatabaseDialog::securityWarning() const
{
    auto *label = m_dialog->findChild<QLabel *>(u"securityWarning"_s);
    return label && label->isVisibleTo(m_dialog.get()) ? label->text() : QString();
}

SslMode TestOpenDatabaseDialog::chosenSecurity() const
{
    return SslMode(field<QComboBox>(u"security"_s)->currentData().toInt());
}

void TestOpenDatabaseDialog::fillServer(const QString &host)
{
    field<QRadioButton>(u"serverChoice"_s)->click();
    typeInto(field<QLineEdit>(u"host"_s), host);
    typeInto(field<QLineEdit>(u"name"_s), u"rollbook"_s);
    typeInto(field<QLineEdit>(u"user"_s), u"anna"_s);
}

QString TestOpenDatabaseDialog::certificateFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n") <= 0)
        qFatal("Cannot write %s", qPrintable(path));
    return path;
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
    for (const QString &name : {u"host"_s, u"name"_s, u"user"_s, u"caCertificate"_s})
        QVERIFY(field<QLineEdit>(name)->isEnabled());
    QVERIFY(field<QSpinBox>(u"port"_s)->isEnabled());
    QVERIFY(field<QComboBox>(u"security"_s)->isEnabled());
    QVERIFY(field<QPushButton>(u"browseCertificate"_s)->isEnabled());
    field<QRadioButton>(u"fileChoice"_s)->click();
    QVERIFY(!field<QComboBox>(u"security"_s)->isEnabled());
    QVERIFY(!field<QLineEdit>(u"caCertificate"_s)->isEnabled());
    QVERIFY(!field<QPushButton>(u"browseCertificate"_s)->isEnabled());
}

void TestOpenDatabaseDialog::everyFieldHasALabelAndThePasswordIsExplained()
{
    QStringList labelled;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.append(label->buddy()->objectName() + u'=' + label->text());
    }
    labelled.sort();
    QCOMPARE(labelled, QStringList({u"caCertificate=C&A certificate:"_s, u"filePath=F&ile:"_s,
                                    u"host=&Server:"_s, u"name=&Database name:"_s, u"port=Po&rt:"_s,
                                    u"security=Co&nnection security:"_s, u"user=&User name:"_s}));
    // The two Browse… buttons say for what.
    QCOMPARE(field<QPushButton>(u"browseCertificate"_s)->accessibleName(),
             u"Browse for the CA certificate"_s);
    const QString note = field<QLabel>(u"passwordNote"_s)->text();
    QVERIFY2(note.contains(u"PGPASSWORD"_s) && note.contains(u"password file"_s), qPrintable(note));
    // No field takes a password.
    for (const QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
}

void TestOpenDatabaseDialog::securityIsChosenByKeyboard()
{
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(field<QRadioButton>(u"serverChoice"_s)->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier);
    typeInto(QApplication::focusWidget(), u"127.0.0.1"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    typeInto(QApplication::focusWidget(), u"rollbook"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_U, Qt::AltModifier);
    typeInto(QApplication::focusWidget(), u"anna"_s);

    // Verified by default, with nothing to warn about.
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QComboBox>(u"security"_s));
    QCOMPARE(chosenSecurity(), SslMode::VerifyFull);
    QCOMPARE(field<QComboBox>(u"security"_s)->currentText(),
             u"Encrypted, server verified (recommended)"_s);
    QCOMPARE(securityWarning(), QString());

    // Each choice in turn with the arrow key, the warning under it as it goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(chosenSecurity(), SslMode::VerifyCa);
    QCOMPARE(field<QComboBox>(u"security"_s)->currentText(),
             u"Encrypted, server verified by its certificate authority only"_s);
    QCOMPARE(securityWarning(), QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(chosenSecurity(), SslMode::Require);
    QCOMPARE(field<QComboBox>(u"security"_s)->currentText(), u"Encrypted, server not verified"_s);
    QVERIFY2(securityWarning().contains(u"not verified"_s), qPrintable(securityWarning()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(chosenSecurity(), SslMode::Disable);
    QCOMPARE(field<QComboBox>(u"security"_s)->currentText(),
             u"Not encrypted (this computer only)"_s);
    QVERIFY2(securityWarning().contains(u"not encrypted"_s), qPrintable(securityWarning()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://anna@127.0.0.1/rollbook?sslmode=disable"_s);
}

void TestOpenDatabaseDialog::notEncryptedIsOnlyForThisComputer()
{
    fillServer(u"db.school.example"_s);
    auto *security = field<QComboBox>(u"security"_s);
    const int disable = security->findData(int(SslMode::Disable));
    auto *items = qobject_cast<QStandardItemModel *>(security->model());
    QVERIFY(items);
    QVERIFY(!items->item(disable)->isEnabled());
    // The keyboard passes it by: the last choice it reaches is "not verified".
    security->setFocus();
    QTest::keyClick(security, Qt::Key_End);
    QCOMPARE(chosenSecurity(), SslMode::Require);

    // The server's name changed to this computer's makes it a choice.
    field<QLineEdit>(u"host"_s)->clear();
    typeInto(field<QLineEdit>(u"host"_s), u"localhost"_s);
    QVERIFY(items->item(disable)->isEnabled());
    security->setFocus();
    QTest::keyClick(security, Qt::Key_End);
    QCOMPARE(chosenSecurity(), SslMode::Disable);

    // And back to another computer: said under the choice, and refused.
    field<QLineEdit>(u"host"_s)->clear();
    typeInto(field<QLineEdit>(u"host"_s), u"10.0.0.7"_s);
    QVERIFY(!items->item(disable)->isEnabled());
    QVERIFY2(securityWarning().contains(u"only to a server on this computer"_s),
             qPrintable(securityWarning()));
    field<QPushButton>(u"open"_s)->click();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY2(problem().contains(u"“10.0.0.7” is another computer"_s), qPrintable(problem()));
    QCOMPARE(QApplication::focusWidget(), security);
    QTest::keyClick(security, Qt::Key_Home);
    QCOMPARE(chosenSecurity(), SslMode::VerifyFull);
    QCOMPARE(securityWarning(), QString());
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://anna@10.0.0.7/rollbook"_s);
}

void TestOpenDatabaseDialog::caCertificateByKeyboardGoesIntoTheAddress()
{
    QVERIFY(m_dir.isValid());
    const QString certificate = certificateFile(u"school ca&co.crt"_s);
    fillServer(u"db.school.example"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"caCertificate"_s));
    typeInto(QApplication::focusWidget(), QDir::toNativeSeparators(certificate));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto address = ServerAddress::parse(m_dialog->location());
    QVERIFY2(address.ok(), qPrintable(m_dialog->location()));
    QCOMPARE(address->sslMode, SslMode::VerifyFull);
    QCOMPARE(address->sslRootCert, certificate);
    QCOMPARE(address->host, u"db.school.example"_s);
    QVERIFY2(m_dialog->location().contains(u"?sslrootcert="_s), qPrintable(m_dialog->location()));
}

void TestOpenDatabaseDialog::caCertificateIsChosenWithBrowse()
{
    QVERIFY(m_dir.isValid());
    const QString certificate = certificateFile(u"school-ca.pem"_s);
    fillServer(u"db.school.example"_s);
    // Alt+W presses Browse… beside the CA certificate; the file dialog is answered by typing.
    Testing::answerNextFileDialog(certificate);
    QTest::keyClick(m_dialog.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(field<QLineEdit>(u"caCertificate"_s)->text(),
                 QDir::toNativeSeparators(certificate));
    // The database file's own Browse… is untouched.
    QCOMPARE(field<QLineEdit>(u"filePath"_s)->text(), QString());

    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(ServerAddress::parse(m_dialog->location())->sslRootCert, certificate);
}

void TestOpenDatabaseDialog::missingCaCertificateIsRefused()
{
    QVERIFY(m_dir.isValid());
    fillServer(u"db.school.example"_s);
    const QString missing = m_dir.filePath(u"no-such-ca.crt"_s);
    typeInto(field<QLineEdit>(u"caCertificate"_s), QDir::toNativeSeparators(missing));
    field<QPushButton>(u"open"_s)->click();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY2(problem().contains(u"There is no file “%1”"_s.arg(QDir::toNativeSeparators(missing))),
             qPrintable(problem()));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(u"caCertificate"_s));

    // Emptied, PostgreSQL's own place is used: the address names none.
    field<QLineEdit>(u"caCertificate"_s)->clear();
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), u"postgresql://anna@db.school.example/rollbook"_s);
}

void TestOpenDatabaseDialog::caCertificateIsOnlyForAVerifiedConnection()
{
    QVERIFY(m_dir.isValid());
    const QString certificate = certificateFile(u"ca.crt"_s);
    fillServer(u"db.school.example"_s);
    typeInto(field<QLineEdit>(u"caCertificate"_s), QDir::toNativeSeparators(certificate));
    auto *security = field<QComboBox>(u"security"_s);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down);
    QCOMPARE(chosenSecurity(), SslMode::VerifyCa);
    QVERIFY(field<QLineEdit>(u"caCertificate"_s)->isEnabled());
    QVERIFY(field<QPushButton>(u"browseCertificate"_s)->isEnabled());
    QTest::keyClick(security, Qt::Key_Down);
    QCOMPARE(chosenSecurity(), SslMode::Require);
    // Not verified: the certificate has no use, and is not in the address.
    QVERIFY(!field<QLineEdit>(u"caCertificate"_s)->isEnabled());
    QVERIFY(!field<QPushButton>(u"browseCertificate"_s)->isEnabled());
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(),
             u"postgresql://anna@db.school.example/rollbook?sslmode=require"_s);
}

void TestOpenDatabaseDialog::setLocationFillsTheSecurity()
{
    QVERIFY(m_dir.isValid());
    const QString certificate = certificateFile(u"ca.crt"_s);
    ServerAddress given;
    given.user = u"anna"_s;
    given.host = u"db.school.example"_s;
    given.name = u"rollbook"_s;
    given.sslMode = SslMode::VerifyCa;
    given.sslRootCert = certificate;
    m_dialog->setLocation(given.toString());
    QVERIFY(field<QRadioButton>(u"serverChoice"_s)->isChecked());
    QCOMPARE(chosenSecurity(), SslMode::VerifyCa);
    QCOMPARE(field<QLineEdit>(u"caCertificate"_s)->text(), QDir::toNativeSeparators(certificate));
    QCOMPARE(securityWarning(), QString());

    // Another address replaces them all.
    m_dialog->setLocation(u"postgresql://anna@db.school.example/rollbook?sslmode=require"_s);
    QCOMPARE(chosenSecurity(), SslMode::Require);
    QCOMPARE(field<QLineEdit>(u"caCertificate"_s)->text(), QString());
    QVERIFY2(securityWarning().contains(u"not verified"_s), qPrintable(securityWarning()));

    // Open gives back what was set, unchanged.
    m_dialog->setLocation(given.toString());
    field<QPushButton>(u"open"_s)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), given.toString());

    // A pasted address with its security is taken apart as well.
    OpenDatabaseDialog pasted;
    pasted.show();
    QVERIFY(QTest::qWaitForWindowActive(&pasted));
    pasted.findChild<QRadioButton *>(u"serverChoice"_s)->click();
    QTest::keyClicks(pasted.findChild<QLineEdit *>(u"host"_s),
                     u"postgresql://kari@localhost:6543/district?sslmode=disable"_s);
    pasted.findChild<QPushButton *>(u"open"_s)->click();
    QCOMPARE(pasted.result(), int(QDialog::Accepted));
    QCOMPARE(pasted.location(), u"postgresql://kari@localhost:6543/district?sslmode=disable"_s);
    QCOMPARE(SslMode(pasted.findChild<QComboBox *>(u"security"_s)->currentData().toInt()),
             SslMode::Disable);
}

void TestOpenDatabaseDialog::mnemonicsAreUsedOnce()
{
    // Alt and a letter must lead to one place only: the labels', the buttons' and the choices'.
    QStringList texts;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    for (const QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    QStringList letters;
    QStringList twice;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            continue;
        const QString letter = text.at(at + 1).toLower();
        if (letters.contains(letter))
            twice << text;
        letters << letter;
    }
    QCOMPARE(twice, QStringList());
    for (const QString &letter : {u"n"_s, u"a"_s, u"w"_s})
        QVERIFY2(letters.contains(letter), qPrintable(letters.join(u' ')));
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
    m_dialog->setLocation(u"postgresql://anna@db.school.example/rollbook?sslmode=require"_s);
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(u"open-database-not-verified.png"_s)));
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
