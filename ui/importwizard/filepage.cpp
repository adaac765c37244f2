#include "filepage.h"

#include "db/audit.h"
#include "db/background.h"
#include "importwizard.h"
#include "settings/settingsstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

FilePage::FilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_learner(new QRadioButton(tr("&Learner"), this))
    , m_parent(new QRadioButton(tr("&Parent"), this))
    , m_parentLoginOff(new QWidget(this))
    , m_switchOn(new QPushButton(tr("&Switch On Parent Login"), m_parentLoginOff))
    , m_fileProblem(new QLabel(this))
    , m_parentLoginWatcher(new QFutureWatcher<Result<bool>>(this))
{
    setTitle(tr("File and profile"));
    setSubTitle(tr("Choose the CSV file your spreadsheet or student system saved, and who it "
                   "holds."));

    m_path->setObjectName(u"filePath"_s);
    m_path->setPlaceholderText(tr("A .csv or .txt file"));
    m_choose->setObjectName(u"chooseFile"_s);
    m_choose->setAccessibleName(tr("Choose the file"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_fileProblem->setObjectName(u"fileProblem"_s);
    m_fileProblem->setWordWrap(true);
    m_fileProblem->hide();

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    m_learner->setObjectName(u"learnerProfile"_s);
    m_parent->setObjectName(u"parentProfile"_s);
    m_learner->setChecked(true);
    auto *order = new QLabel(tr("Import the children first: each parent is linked to a learner "
                                "who is already in the database, so import the learners' file "
                                "before the parents' file."),
                             profileBox);
    order->setObjectName(u"childrenFirst"_s);
    order->setWordWrap(true);
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addWidget(m_learner);
    profileLayout->addWidget(m_parent);
    profileLayout->addWidget(order);

    m_parentLoginOff->setObjectName(u"parentLoginOff"_s);
    auto *offIcon = new QLabel(m_parentLoginOff);
    offIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto *offText = new QLabel(tr("Parent login is off, so parents cannot be imported. Switch it "
                                  "on here, or in Edit global settings > General > Available "
                                  "functions > Enable parent login."),
                               m_parentLoginOff);
    offText->setWordWrap(true);
    m_switchOn->setObjectName(u"switchOnParentLogin"_s);
    auto *offLayout = new QHBoxLayout(m_parentLoginOff);
    offLayout->setContentsMargins(0, 0, 0, 0);
    offLayout->addWidget(offIcon, 0, Qt::AlignTop);
    offLayout->addWidget(offText, 1);
    offLayout->addWidget(m_switchOn, 0, Qt::AlignTop);
    m_parentLoginOff->hide();

    auto *grid = new QGridLayout;
    grid->addWidget(fileLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_choose, 0, 2);
    grid->addWidget(m_fileProblem, 1, 1, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(profileBox);
    layout->addWidget(m_parentLoginOff);
    layout->addStretch();

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        const QString path = filePath();
        const QFileInfo info(path);
        const bool bad = !path.isEmpty() && (!info.exists() || !info.isFile());
        m_fileProblem->setText(bad ? tr("There is no file “%1”.").arg(path) : QString());
        m_fileProblem->setVisible(bad);
        emit completeChanged();
    });
    connect(m_choose, &QPushButton::clicked, this, &FilePage::chooseFile);
    connect(m_parent, &QRadioButton::toggled, this, &FilePage::profileChanged);
    connect(m_switchOn, &QPushButton::clicked, this, &FilePage::switchOnParentLogin);
    connect(m_parentLoginWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<bool> on = m_parentLoginWatcher->result();
        m_parentLogin = on.ok() && on.value();
        m_switchOn->setEnabled(true);
        showParentLogin();
    });
}

FilePage::~FilePage()
{
    m_parentLoginWatcher->waitForFinished();
}

QString FilePage::filePath() const
{
    return m_path->text().trimmed();
}

void FilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
}

Profile FilePage::profile() const
{
    return m_parent->isChecked() ? Profile::Parent : Profile::Learner;
}

bool FilePage::isComplete() const
{
    const QFileInfo info(filePath());
    if (filePath().isEmpty() || !info.isFile())
        return false;
    return profile() == Profile::Learner || m_parentLogin.value_or(false);
}

void FilePage::chooseFile()
{
    const QString start =
            filePath().isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import users from file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void FilePage::profileChanged()
{
    if (profile() == Profile::Parent && !m_parentLogin.has_value() &&
        !m_parentLoginWatcher->isRunning()) {
        m_parentLoginWatcher->setFuture(
                runWithDatabase(m_wizard->databasePath(), [](Database &db) -> Result<bool> {
                    return SettingsStore(db.connection()).parentLoginEnabled();
                }));
    }
    showParentLogin();
}

void FilePage::showParentLogin()
{
    m_parentLoginOff->setVisible(profile() == Profile::Parent && m_parentLogin.has_value() &&
                                 !*m_parentLogin);
    emit completeChanged();
}

void FilePage::switchOnParentLogin()
{
    m_switchOn->setEnabled(false);
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<bool> on = watcher->result();
        m_switchOn->setEnabled(true);
        if (!on) {
            m_fileProblem->setText(on.error().message);
            m_fileProblem->show();
            return;
        }
        m_parentLogin = true;
        showParentLogin();
        emit m_wizard->parentLoginSwitchedOn();
    });
    // Through the settings, so that the change is audited like one made on the settings page.
    watcher->setFuture(runWithDatabase(m_wizard->databasePath(), [](Database &db) -> Result<bool> {
        const Status set = SettingsStore(db.connection())
                                   .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled),
                                        u"true"_s, Audit::currentActor());
        if (!set)
            return set.error();
        return true;
    }));
}

} // namespace Rollbook
