#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Rollbook {

// File > Open Database…: a database that is a file on this computer, or one on a PostgreSQL
// server (server, port, database name, user name, connection security and the CA certificate
// that verifies the server). The password is never typed here: libpq takes it from PGPASSWORD
// or the user's password file. Open checks the fields and stays open with the problem in words
// until they make a location.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);

    // Fills in the file path or the server's fields from `location` and chooses that kind; the
    // other kind's fields keep what they hold. An empty location changes nothing.
    void setLocation(const QString &location);
    // The chosen file path, or the server address (ServerAddress::toString()).
    QString location() const { return m_location; }

    void accept() override;

private:
    void browse();
    void browseCertificate();
    void updateChoice();
    // Enables what the connection security uses and shows its warning, if any.
    void updateSecurity();
    void refuse(const QString &problem, QWidget *field);

    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QList<QWidget *> m_fileWidgets;
    QList<QWidget *> m_serverWidgets;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_securityWarning = nullptr;
    QList<QWidget *> m_certificateWidgets;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_problemSign = nullptr;
    QLabel *m_problem = nullptr;
    QString m_location;
};

} // namespace Rollbook
