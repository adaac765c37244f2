#include "filepage.h"

#include "csv/csvreader.h"
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
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The header and first rows of a file, read as the Format step reads it (encoding and delimiter
// detected), and what they say about it; no layout when the file has no header to read. What the
// database at `databasePath` remembers for those headers comes with it; a database that cannot
// be read remembers nothing.
FileGuess guessFile(const QString &path, const QString &databasePath)
{
    FileGuess guess;
    const CsvTable table = CsvReader::readFile(path, {}, FilePage::guessRows);
    if (table.header.isEmpty())
        return guess;
    QList<QStringList> rows;
    rows.reserve(table.rows.size());
    for (const CsvRow &row : table.rows)
        rows.append(row.fields);
    guess.layout = FileLayouts::guess(table.header, rows);
    guess.headers = table.header;
    if (databasePath.isEmpty())
        return guess;
    Database::Options options;
    options.create = false;
    auto database = Database::open(databasePath, options);
    if (!database)
        return guess;
    const MappingStore store(database.value()->connection());
    for (Profile profile : {Profile::Learner, Profile::Parent, Profile::LearnersWithParents}) {
        if (auto recall = store.recall(table.header, profile))
            guess.recalls[size_t(profile)] = recall.value();
    }
    if (auto presets = store.presets())
        guess.presets = presets.value();
    return guess;
}

} // namespace

FilePage::FilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_chooseRoster(new QPushButton(tr("Choose &Roster…"), this))
    , m_profileBox(new QGroupBox(tr("Profile"), this))
    , m_rosterBox(new QGroupBox(tr("Standard roster"), this))
    , m_learner(new QRadioButton(tr("&Learner"), this))
    , m_parent(new QRadioButton(tr("&Parent"), this))
    , m_learnersWithParents(new QRadioButton(tr("Learners &with their parents"), this))
    , m_order(new QLabel(this))
    , m_guessLabel(new QLabel(this))
    , m_parentLoginOff(new QWidget(this))
    , m_switchOn(new QPushButton(tr("&Switch On Parent Login"), m_parentLoginOff))
    , m_fileProblem(new QLabel(this))
    , m_parentLoginWatcher(new QFutureWatcher<Result<bool>>(this))
    , m_guessWatcher(new QFutureWatcher<FileGuess>(this))
    , m_forgetWatcher(new QFutureWatcher<Status>(this))
{
    setTitle(tr("File and profile"));
    setSubTitle(tr("Choose the CSV file your spreadsheet or student system saved, and who it "
                   "holds; or a standard roster your student system exported."));

    m_path->setObjectName(u"filePath"_s);
    m_path->setPlaceholderText(tr("A .csv or .txt file, or a roster: a folder or a .zip file"));
    m_choose->setObjectName(u"chooseFile"_s);
    m_choose->setAccessibleName(tr("Choose the file"));
    // A roster is a folder or a .zip file, and no native file dialog (Windows, macOS) offers
    // both at once: the button asks which, then opens the dialog made for it.
    m_chooseRoster->setObjectName(u"chooseRoster"_s);
    m_chooseRoster->setAccessibleName(tr("Choose a roster"));
    m_chooseRoster->setToolTip(tr("A OneRoster 1.1 or 1.2 or a School Data Sync v2.1 export, as "
                                  "a .zip file or a folder"));
    auto *rosterMenu = new QMenu(m_chooseRoster);
    rosterMenu->setObjectName(u"rosterMenu"_s);
    rosterMenu->addAction(tr("A &Zip File…"), this, &FilePage::chooseRosterZip)
            ->setObjectName(u"chooseRosterZip"_s);
    rosterMenu->addAction(tr("A &Folder…"), this, &FilePage::chooseRosterFolder)
            ->setObjectName(u"chooseRosterFolder"_s);
    m_chooseRoster->setMenu(rosterMenu);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_fileProblem->setObjectName(u"fileProblem"_s);
    m_fileProblem->setWordWrap(true);
    m_fileProblem->hide();

    m_profileBox->setObjectName(u"profileBox"_s);
    m_learner->setObjectName(u"learnerProfile"_s);
    m_parent->setObjectName(u"parentProfile"_s);
    m_learnersWithParents->setObjectName(u"learnersWithParentsProfile"_s);
    m_learner->setChecked(true);
    const QString wideText = tr("One row per learner with the guardians' columns beside: "
                                "learners, parents and links in one import.");
    for (QRadioButton *radio : {m_learner, m_parent, m_learnersWithParents})
        radio->setAccessibleName(QString(radio->text()).remove(u'&'));
    m_learnersWithParents->setAccessibleDescription(wideText);
    auto *wide = new QLabel(wideText, m_profileBox);
    wide->setObjectName(u"learnersWithParentsText"_s);
    wide->setWordWrap(true);
    // Under the radio button's text, not under its circle.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr,
                                            m_learnersWithParents) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr,
                                            m_learnersWithParents);
    wide->setContentsMargins(indent, 0, 0, 0);
    m_order->setObjectName(u"childrenFirst"_s);
    m_order->setWordWrap(true);
    auto *profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->addWidget(m_learner);
    profileLayout->addWidget(m_parent);
    profileLayout->addWidget(m_learnersWithParents);
    profileLayout->addWidget(wide);
    profileLayout->addSpacing(6);
    profileLayout->addWidget(m_order);

    m_guessLabel->setObjectName(u"profileGuess"_s);
    m_guessLabel->setWordWrap(true);
    m_guessLabel->setTextFormat(Qt::PlainText);
    m_guessLabel->hide();

    m_rosterBox->setObjectName(u"rosterBox"_s);
    auto *rosterText = new QLabel(
            tr("OneRoster 1.1 or 1.2, or School Data Sync v2.1. Its students become learners "
               "and its guardians parents, linked as the roster says, all in one import; "
               "teachers and administrators are left out. Next checks the roster and lists who "
               "has left; nothing is written before Import."),
            m_rosterBox);
    rosterText->setObjectName(u"rosterText"_s);
    rosterText->setWordWrap(true);
    auto *rosterLayout = new QVBoxLayout(m_rosterBox);
    rosterLayout->addWidget(rosterText);
    m_rosterBox->hide();

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
    grid->addWidget(m_chooseRoster, 0, 3);
    grid->addWidget(m_fileProblem, 1, 1, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_rosterBox);
    layout->addWidget(m_guessLabel);
    layout->addWidget(m_parentLoginOff);
    layout->addStretch();

    connect(m_path, &QLineEdit::textChanged, this, &FilePage::pathChanged);
    connect(m_choose, &QPushButton::clicked, this, &FilePage::chooseFile);
    for (QRadioButton *radio : {m_learner, m_parent, m_learnersWithParents}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                profileChanged();
        });
        // Clicked (with the mouse, the keyboard or its mnemonic) is the user's choice; a profile
        // set by the guess is not.
        connect(radio, &QRadioButton::clicked, this, [this] {
            m_profileChosen = true;
            showGuess();
        });
    }
    connect(m_switchOn, &QPushButton::clicked, this, &FilePage::switchOnParentLogin);
    connect(m_parentLoginWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<bool> on = m_parentLoginWatcher->result();
        m_parentLogin = on.ok() && on.value();
        m_switchOn->setEnabled(true);
        showParentLogin();
    });
    connect(m_guessWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_guessing = false;
        if (m_guessPath != filePath()) {
            emit completeChanged();
            return; // a file no longer chosen
        }
        m_guess = m_guessWatcher->result();
        if (m_guess.layout && !m_profileChosen)
            radioOf(m_guess.layout->profile)->setChecked(true);
        showGuess();
        emit completeChanged();
    });
    profileChanged();
}

FilePage::~FilePage()
{
    m_parentLoginWatcher->waitForFinished();
    m_guessWatcher->waitForFinished();
    m_forgetWatcher->waitForFinished();
}

void FilePage::forgetRemembered(Profile profile)
{
    MappingRecall &recall = m_guess.recalls[size_t(profile)];
    if (!recall.same)
        return;
    const RememberedMapping forgotten = *recall.same;
    recall.same.reset();
    m_forgetWatcher->waitForFinished();
    m_forgetWatcher->setFuture(runWithDatabase(m_wizard->databasePath(), [forgotten](Database &db) {
        return MappingStore(db.connection()).forget(forgotten);
    }));
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
    if (m_learnersWithParents->isChecked())
        return Profile::LearnersWithParents;
    return m_parent->isChecked() ? Profile::Parent : Profile::Learner;
}

QRadioButton *FilePage::radioOf(Profile profile) const
{
    switch (profile) {
    case Profile::Learner:
        break;
    case Profile::Parent:
        return m_parent;
    case Profile::LearnersWithParents:
        return m_learnersWithParents;
    }
    return m_learner;
}

bool FilePage::isGuessing() const
{
    return m_guessing;
}

QString FilePage::guessText() const
{
    return m_guessLabel->isHidden() ? QString() : m_guessLabel->text();
}

bool FilePage::isComplete() const
{
    const QFileInfo info(filePath());
    if (filePath().isEmpty() || !(info.isFile() || (info.isDir() && isRoster())))
        return false;
    // Next waits the moment it takes to read the first rows, so that the guess cannot change
    // the profile behind the user's back on a later step.
    if (isGuessing())
        return false;
    return !needsParentLogin() || m_parentLogin.value_or(false);
}

bool FilePage::isRosterPath(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() &&
           (info.isDir() || info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0);
}

bool FilePage::isRoster() const
{
    return isRosterPath(filePath());
}

bool FilePage::needsParentLogin() const
{
    // A roster's guardians are imported as parents.
    return isRoster() || profile() != Profile::Learner;
}

void FilePage::pathChanged()
{
    const QString path = filePath();
    const QFileInfo info(path);
    const bool bad = !path.isEmpty() && !info.exists();
    m_fileProblem->setText(bad ? (info.suffix().isEmpty() ? tr("There is no file or folder “%1”.")
                                                          : tr("There is no file “%1”."))
                                           .arg(path)
                               : QString());
    m_fileProblem->setVisible(bad);
    // A new file is guessed afresh, and the profile is the guess's again until the user clicks.
    if (path != m_guessPath) {
        m_guessPath = path;
        m_guess = {};
        m_profileChosen = false;
        // A roster has no profile to guess: it says who is who itself.
        if (!path.isEmpty() && info.isFile() && !isRosterPath(path)) {
            m_guessing = true;
            m_guessWatcher->setFuture(QtConcurrent::run(guessFile, path, m_wizard->databasePath()));
        }
        showGuess();
    }
    showRoster();
    emit completeChanged();
}

QString FilePage::startFolder() const
{
    return filePath().isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                   : QFileInfo(filePath()).absolutePath();
}

void FilePage::chooseFile()
{
    const QString path =
            QFileDialog::getOpenFileName(this, tr("Import users from file"), startFolder(),
                                         tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void FilePage::chooseRosterZip()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Roster"), startFolder(),
                                                      tr("Rosters as a zip file (*.zip)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void FilePage::chooseRosterFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the Roster's Folder"),
                                                           startFolder());
    if (!path.isEmpty())
        setFilePath(path);
}

// A roster says itself who is a learner and who a parent: no profile to choose, but what a
// roster import does instead.
void FilePage::showRoster()
{
    const bool roster = isRoster();
    m_profileBox->setVisible(!roster);
    m_rosterBox->setVisible(roster);
    if (roster)
        askParentLogin();
    showGuess();
    showParentLogin();
}

void FilePage::profileChanged()
{
    switch (profile()) {
    case Profile::Learner:
    case Profile::Parent:
        m_order->setText(tr("Import the children first: each parent is linked to a learner who "
                            "is already in the database, so import the learners' file before "
                            "the parents' file."));
        break;
    case Profile::LearnersWithParents:
        m_order->setText(tr("Rollbook takes care of the order: it imports the learners first, "
                            "then their parents, and then links each parent to the learner on "
                            "the same row."));
        break;
    }
    showGuess();
    askParentLogin();
    showParentLogin();
}

void FilePage::askParentLogin()
{
    if (needsParentLogin() && !m_parentLogin.has_value() && !m_parentLoginWatcher->isRunning()) {
        m_parentLoginWatcher->setFuture(
                runWithDatabase(m_wizard->databasePath(), [](Database &db) -> Result<bool> {
                    return SettingsStore(db.connection()).parentLoginEnabled();
                }));
    }
}

void FilePage::showParentLogin()
{
    m_parentLoginOff->setVisible(needsParentLogin() && m_parentLogin.has_value() &&
                                 !*m_parentLogin);
    emit completeChanged();
}

void FilePage::showGuess()
{
    if (!m_guess.layout || isRoster()) {
        m_guessLabel->hide();
        return;
    }
    const auto name = [](Profile profile) { return profileLabel(profile); };
    const QString reason =
            m_guess.layout->reason.isEmpty()
                    ? tr("No column names a guardian or a child, so each row is a learner.")
                    : m_guess.layout->reason;
    const Profile guessed = m_guess.layout->profile;
    m_guessLabel->setText(
            profile() == guessed
                    ? tr("Rollbook chose “%1” for this file. %2").arg(name(guessed), reason)
                    : tr("You chose “%1”. Rollbook would choose “%2” for this file. %3")
                              .arg(name(profile()), name(guessed), reason));
    m_guessLabel->show();
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
