#include "opendatabasedialog.h"

#include "db/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// Where libpq looks for the password file when PGPASSFILE does not say.
QString passwordFile()
{
#ifdef Q_OS_WIN
    return u"%APPDATA%\\postgresql\\pgpass.conf"_s;
#else
    return u"~/.pgpass"_s;
#endif
}

// Where libpq looks for the CA certificate when none is given.
QString rootCertificateFile()
{
#ifdef Q_OS_WIN
    return u"%APPDATA%\\postgresql\\root.crt"_s;
#else
    return u"~/.postgresql/root.crt"_s;
#endif
}

SslMode chosenMode(const QComboBox *security)
{
    return SslMode(security->currentData().toInt());
}

// Whether the mode checks the server's certificate, with the CA certificate.
bool verifies(SslMode mode)
{
    return mode == SslMode::VerifyFull || mode == SslMode::VerifyCa;
}

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    setObjectName(u"openDatabase"_s);

    // One grid, so that the file's and the server's labels and fields line up; the fields of a
    // choice sit under its radio button, in line with its text (column 0 is the indent).
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0,
                                style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                                        style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    int row = 0;
    // A label and its field; the field spans the Browse… column unless `columns` says not.
    const auto addRow = [&](const QString &text, QWidget *field, QList<QWidget *> &group,
                            int columns = 2) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, 1);
        grid->addWidget(field, row, 2, 1, columns);
        group << label << field;
        ++row;
        return label;
    };

    grid->addWidget(new QLabel(tr("Open a Rollbook database that is:"), this), row++, 0, 1, 4);

    m_fileChoice = new QRadioButton(tr("A &file on this computer"), this);
    m_fileChoice->setObjectName(u"fileChoice"_s);
    grid->addWidget(m_fileChoice, row++, 0, 1, 4);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"filePath"_s);
    m_path->setPlaceholderText(tr("The database file, as in rollbook.sqlite"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browse"_s);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    grid->addWidget(browse, row, 3);
    addRow(tr("F&ile:"), m_path, m_fileWidgets, 1);
    m_fileWidgets << browse;
    grid->setRowMinimumHeight(row++, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));

    m_serverChoice = new QRadioButton(tr("A database on a &PostgreSQL server"), this);
    m_serverChoice->setObjectName(u"serverChoice"_s);
    grid->addWidget(m_serverChoice, row++, 0, 1, 4);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("Its name or address, as in db.school.example"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    // The port keeps the width of its number, not the row's.
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("&Server:"), m_host, m_serverWidgets);
    addRow(tr("Po&rt:"), m_port, m_serverWidgets);
    addRow(tr("&Database name:"), m_name, m_serverWidgets);
    addRow(tr("&User name:"), m_user, m_serverWidgets);

    // How the connection is protected: libpq's sslmode, verified by default.
    m_security = new QComboBox(this);
    m_security->setObjectName(u"security"_s);
    m_security->addItem(tr("Encrypted, server verified (recommended)"), int(SslMode::VerifyFull));
    m_security->addItem(tr("Encrypted, server verified by its certificate authority only"),
                        int(SslMode::VerifyCa));
    m_security->addItem(tr("Encrypted, server not verified"), int(SslMode::Require));
    m_security->addItem(tr("Not encrypted (this computer only)"), int(SslMode::Disable));
    m_security->setItemData(m_security->findData(int(SslMode::Disable)),
                            tr("Only for a server on this computer: 127.0.0.1, ::1 or localhost."),
                            Qt::ToolTipRole);
    m_security->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("Co&nnection security:"), m_security, m_serverWidgets);
    m_securityWarning = new QLabel(this);
    m_securityWarning->setObjectName(u"securityWarning"_s);
    m_securityWarning->setWordWrap(true);
    m_securityWarning->setTextFormat(Qt::PlainText);
    {
        // Said like the problem below: the platform's warning colour is not to be relied on.
        QFont font = m_securityWarning->font();
        font.setBold(true);
        m_securityWarning->setFont(font);
    }
    grid->addWidget(m_securityWarning, row++, 2, 1, 2);
    m_serverWidgets << m_securityWarning;

    // The certificate of the authority that signed the server's, for verifying it.
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(u"caCertificate"_s);
    m_certificate->setPlaceholderText(
            tr("Empty: PostgreSQL's own, %1").arg(QDir::toNativeSeparators(rootCertificateFile())));
    auto *browseCertificate = new QPushButton(tr("Bro&wse…"), this);
    browseCertificate->setObjectName(u"browseCertificate"_s);
    browseCertificate->setAccessibleName(tr("Browse for the CA certificate"));
    browseCertificate->setAutoDefault(false);
    connect(browseCertificate, &QPushButton::clicked, this, &OpenDatabaseDialog::browseCertificate);
    grid->addWidget(browseCertificate, row, 3);
    QLabel *certificateLabel = addRow(tr("C&A certificate:"), m_certificate, m_serverWidgets, 1);
    m_certificateWidgets << certificateLabel << m_certificate << browseCertificate;
    m_serverWidgets << browseCertificate;
    auto *password = new QLabel(
            tr("You do not type a password here: Rollbook takes it from the PGPASSWORD "
               "environment variable or from your PostgreSQL password file (%1). Ask the "
               "server's administrator if you have neither.")
                    .arg(QDir::toNativeSeparators(passwordFile())),
            this);
    password->setObjectName(u"passwordNote"_s);
    password->setWordWrap(true);
    password->setContentsMargins(0, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing), 0, 0);
    grid->addWidget(password, row++, 1, 1, 3);
    m_serverWidgets << password;

    // What keeps Open from opening, beside a warning sign.
    m_problemSign = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemSign->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemSign->setAlignment(Qt::AlignTop);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    // Room for a problem of two lines is kept, so that none squeezes the fields when it shows.
    m_problem->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemSign);
    problemRow->addWidget(m_problem, 1);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addLayout(problemRow);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setObjectName(u"open"_s);
    buttons->button(QDialogButtonBox::Open)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateChoice);
    connect(m_security, &QComboBox::currentIndexChanged, this, &OpenDatabaseDialog::updateSecurity);
    connect(m_host, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateSecurity);
    m_fileChoice->setChecked(true);
    updateChoice();
    // Wide enough for a path, and for the password note to wrap to a few lines.
    setMinimumWidth(std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 84));
}

void OpenDatabaseDialog::setLocation(const QString &location)
{
    if (location.trimmed().isEmpty())
        return;
    if (!ServerAddress::isServer(location)) {
        m_path->setText(QDir::toNativeSeparators(location));
        m_fileChoice->setChecked(true);
        return;
    }
    const auto address = ServerAddress::parse(location);
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_name->setText(address->name);
    m_user->setText(address->user);
    m_security->setCurrentIndex(m_security->findData(int(address->sslMode)));
    m_certificate->setText(QDir::toNativeSeparators(address->sslRootCert));
    m_serverChoice->setChecked(true);
    updateSecurity();
}

void OpenDatabaseDialog::updateChoice()
{
    const bool file = m_fileChoice->isChecked();
    for (QWidget *widget : std::as_const(m_fileWidgets))
        widget->setEnabled(file);
    for (QWidget *widget : std::as_const(m_serverWidgets))
        widget->setEnabled(!file);
    m_problem->clear();
    m_problemSign->setVisible(false);
    updateSecurity();
}

void OpenDatabaseDialog::updateSecurity()
{
    const bool local = ServerAddress::isLocalHost(m_host->text().trimmed());
    if (auto *items = qobject_cast<QStandardItemModel *>(m_security->model()))
        items->item(m_security->findData(int(SslMode::Disable)))->setEnabled(local);
    const SslMode mode = chosenMode(m_security);
    const bool server = m_serverChoice->isChecked();
    for (QWidget *widget : std::as_const(m_certificateWidgets))
        widget->setEnabled(server && verifies(mode));

    ServerAddress chosen;
    chosen.sslMode = mode;
    QString warning = chosen.securityWarning();
    if (mode == SslMode::Disable && !local)
        warning = tr("A connection that is not encrypted is allowed only to a server on this "
                     "computer (127.0.0.1, ::1 or localhost). Choose an encrypted one.");
    m_securityWarning->setText(warning);
    m_securityWarning->setVisible(!warning.isEmpty());
}

void OpenDatabaseDialog::browse()
{
    const QFileInfo current(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString start =
            !m_path->text().trimmed().isEmpty() && current.absoluteDir().exists()
                    ? current.absolutePath()
                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                         tr("Rollbook databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void OpenDatabaseDialog::browseCertificate()
{
    const QFileInfo current(QDir::fromNativeSeparators(m_certificate->text().trimmed()));
    const QString start =
            !m_certificate->text().trimmed().isEmpty() && current.absoluteDir().exists()
                    ? current.absolutePath()
                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
            QFileDialog::getOpenFileName(this, tr("CA Certificate"), start,
                                         tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(QDir::toNativeSeparators(path));
}

void OpenDatabaseDialog::refuse(const QString &problem, QWidget *field)
{
    m_problem->setText(problem);
    m_problemSign->setVisible(true);
    field->setFocus();
}

void OpenDatabaseDialog::accept()
{
    if (m_fileChoice->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return refuse(tr("Type the path of the database file, or choose it with Browse…."),
                          m_path);
        m_location = QDir::fromNativeSeparators(path);
        QDialog::accept();
        return;
    }

    // A whole address pasted into the server field is taken apart into the fields.
    if (ServerAddress::isServer(m_host->text())) {
        const auto pasted = ServerAddress::parse(m_host->text());
        if (!pasted)
            return refuse(pasted.error().message, m_host);
        setLocation(pasted->toString());
    }
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.name = m_name->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = chosenMode(m_security);
    if (address.host.isEmpty())
        return refuse(tr("Fill in the server: its name, as in db.school.example, or its "
                         "address."),
                      m_host);
    QUrl check;
    check.setHost(address.host, QUrl::StrictMode);
    if (check.host().isEmpty())
        return refuse(tr("“%1” is not a server name. Write its name, as in db.school.example, "
                         "or its address, as in 192.0.2.10.")
                              .arg(address.host),
                      m_host);
    if (address.name.isEmpty())
        return refuse(tr("Fill in the name of the database on the server."), m_name);
    if (address.user.isEmpty())
        return refuse(tr("Fill in your user name on the server."), m_user);
    if (address.sslMode == SslMode::Disable && !ServerAddress::isLocalHost(address.host))
        return refuse(tr("“%1” is another computer: a connection to it must be encrypted, so "
                         "that no one on the network between can read the children's data and "
                         "the passwords. Choose an encrypted kind of connection security.")
                              .arg(address.host),
                      m_security);
    if (verifies(address.sslMode) && !m_certificate->text().trimmed().isEmpty()) {
        const QFileInfo certificate(QDir::fromNativeSeparators(m_certificate->text().trimmed()));
        if (!certificate.isFile())
            return refuse(tr("There is no file “%1”. Choose the CA certificate with Browse…, or "
                             "leave the field empty to use PostgreSQL's own, %2.")
                                  .arg(QDir::toNativeSeparators(certificate.filePath()),
                                       QDir::toNativeSeparators(rootCertificateFile())),
                          m_certificate);
        // Absolute, so that the address works from any folder the next time.
        address.sslRootCert = certificate.absoluteFilePath();
    }
    const auto parsed = ServerAddress::parse(address.toString());
    if (!parsed)
        return refuse(parsed.error().message, m_name);
    m_location = parsed->toString();
    QDialog::accept();
}

} // namespace Rollbook
