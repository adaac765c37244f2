#include "rostercheckpage.h"

#include "db/background.h"
#include "importwizard.h"
#include "problemtable.h"
#include "settings/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// "Kari Nordmann"; the user name when the roster gives no name.
QString fullName(const RosterPerson &person)
{
    const QString name = QString(person.firstName + u' ' + person.lastName).trimmed();
    return name.isEmpty() ? person.username : name;
}

// The roster's own name for it: "oneroster-1.1", "roster.zip".
QString rosterFileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// A role of the roster's in words: OneRoster's are camel case ("siteAdministrator"); a role
// Rollbook does not know is shown as the roster writes it.
QString roleWords(const QString &role)
{
    static const std::pair<const char *, const char *> known[] = {
            {"administrator", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "administrator")},
            {"aide", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "aide")},
            {"districtadministrator",
             QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "district administrator")},
            {"principal", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "principal")},
            {"proctor", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "proctor")},
            {"siteadministrator",
             QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "site administrator")},
            {"staff", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "staff member")},
            {"systemadministrator",
             QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "system administrator")},
            {"teacher", QT_TRANSLATE_NOOP("Rollbook::RosterCheckPage", "teacher")},
    };
    const QString key = role.toLower();
    for (const auto &[name, words] : known) {
        if (key == QLatin1StringView(name))
            return RosterCheckPage::tr(words);
    }
    return role;
}

} // namespace

RosterCheckPage::RosterCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_busy(new QProgressBar(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reportArea(new QWidget(this))
    , m_headline(new QLabel(m_reportArea))
    , m_counts(new QLabel(m_reportArea))
    , m_skipped(new QLabel(m_reportArea))
    , m_notImported(new QLabel(m_reportArea))
    , m_key(new QComboBox(m_reportArea))
    , m_checkAgain(new QPushButton(tr("Check &Again"), this))
    , m_problemsLabel(new QLabel(tr("&Problems:"), m_reportArea))
    , m_problems(new ProblemTable(ProblemTable::Files::Several, m_reportArea))
    , m_skipErrors(new QCheckBox(tr("Import the users without &errors and leave out the others"),
                                 m_reportArea))
    , m_save(new QPushButton(tr("&Save Problem Rows…"), m_reportArea))
    , m_whoLeft(new QGroupBox(tr("Who left"), m_reportArea))
    , m_leftText(new QLabel(m_whoLeft))
    , m_left(new QTableWidget(0, 3, m_whoLeft))
    , m_leftMore(new QLabel(m_whoLeft))
    , m_everyone(new QCheckBox(tr("Also list learners and parents who &never came from a roster"),
                               m_whoLeft))
    , m_leave(new QRadioButton(tr("&Leave them in Rollbook"), m_whoLeft))
    , m_remove(new QRadioButton(tr("&Remove them from Rollbook in this import (Undo import puts "
                                   "them back)"),
                                m_whoLeft))
    , m_verdict(new QLabel(this))
    , m_watcher(new QFutureWatcher<Result<Checked>>(this))
    , m_saveWatcher(new QFutureWatcher<Status>(this))
{
    setTitle(tr("Check the roster"));
    setCommitPage(true);

    m_busy->setObjectName(u"rosterCheckProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->setTextVisible(false);
    m_status->setObjectName(u"rosterStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_reportArea->setObjectName(u"rosterReport"_s);

    // What the roster is, and whom it brings.
    m_headline->setObjectName(u"rosterHeadline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    for (QLabel *label : {m_counts, m_skipped, m_notImported}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_counts->setObjectName(u"rosterCounts"_s);
    m_skipped->setObjectName(u"rosterSkipped"_s);
    m_notImported->setObjectName(u"rosterNotImported"_s);

    m_key->setObjectName(u"rosterKey"_s);
    m_key->addItem(tr("sourcedId: the roster's own id for each person"), int(RosterKey::SourcedId));
    m_key->addItem(tr("identifier: the school's number for each person"),
                   int(RosterKey::Identifier));
    const QString keyWhy = tr("Which of the roster's identifiers becomes each person's "
                              "synchronisation key. Keep the same choice from one roster to the "
                              "next: Rollbook remembers it when you import.");
    m_key->setToolTip(keyWhy);
    m_key->setAccessibleDescription(keyWhy);
    auto *keyLabel = new QLabel(tr("Synchronisation &key:"), m_reportArea);
    keyLabel->setBuddy(m_key);
    m_checkAgain->setObjectName(u"checkAgain"_s);

    m_problemsLabel->setBuddy(m_problems);
    m_problems->setFitRows(fittedRows);
    m_skipErrors->setObjectName(u"skipErrors"_s);
    m_save->setObjectName(u"saveProblemRows"_s);
    m_save->setToolTip(tr("Save the users.csv rows that have problems as a CSV file with a last "
                          "column “Problem”, to correct and import again."));

    // Who left, and the explicit choice of what becomes of them.
    m_whoLeft->setObjectName(u"whoLeft"_s);
    m_leftText->setObjectName(u"whoLeftText"_s);
    m_leftText->setWordWrap(true);
    m_leftText->setTextFormat(Qt::PlainText);
    m_left->setObjectName(u"whoLeftList"_s);
    m_left->setAccessibleName(tr("Who left"));
    m_left->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Profile")});
    m_left->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_left->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_left->setTabKeyNavigation(false);
    m_left->verticalHeader()->hide();
    m_left->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_left->verticalHeader()->setDefaultSectionSize(m_left->fontMetrics().height() + 8);
    m_leftMore->setObjectName(u"whoLeftMore"_s);
    m_everyone->setObjectName(u"missingEveryone"_s);
    m_everyone->setToolTip(tr("Also every learner and parent a CSV file or a person brought into "
                              "Rollbook, when this roster does not have them."));
    m_leave->setObjectName(u"leaveMissing"_s);
    m_remove->setObjectName(u"removeMissing"_s);
    m_leave->setChecked(true);

    m_verdict->setObjectName(u"rosterVerdict"_s);
    m_verdict->setWordWrap(true);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_key);
    keyRow->addStretch();
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(m_skipErrors);
    problemButtons->addStretch();
    problemButtons->addWidget(m_save);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_leave);
    choice->addWidget(m_remove);
    choice->addStretch();
    auto *whoLeftLayout = new QVBoxLayout(m_whoLeft);
    whoLeftLayout->addWidget(m_leftText);
    whoLeftLayout->addWidget(m_left, 1);
    whoLeftLayout->addWidget(m_leftMore);
    whoLeftLayout->addWidget(m_everyone);
    whoLeftLayout->addLayout(choice);

    // The tables take the room they need, up to what there is; the rest stays below them.
    m_reportLayout = new QVBoxLayout(m_reportArea);
    m_reportLayout->setContentsMargins(0, 0, 0, 0);
    m_reportLayout->addWidget(m_headline);
    m_reportLayout->addWidget(m_counts);
    m_reportLayout->addWidget(m_skipped);
    m_reportLayout->addWidget(m_notImported);
    m_reportLayout->addSpacing(4);
    m_reportLayout->addLayout(keyRow);
    m_reportLayout->addSpacing(4);
    m_reportLayout->addWidget(m_problemsLabel);
    m_reportLayout->addWidget(m_problems, 1);
    m_reportLayout->addLayout(problemButtons);
    m_reportLayout->addWidget(m_whoLeft);
    m_reportLayout->addStretch();

    m_statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_statusIcon->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verdict, 1);
    buttons->addWidget(m_checkAgain, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addLayout(statusRow);
    layout->addWidget(m_reportArea, 1);
    layout->addStretch(); // takes the room while there is no report to show
    layout->addLayout(buttons);
    m_reportArea->hide();

    connect(m_watcher, &QFutureWatcherBase::finished, this, &RosterCheckPage::showReport);
    connect(m_checkAgain, &QPushButton::clicked, this, &RosterCheckPage::check);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        m_keyKnown = true; // the user's choice, not the remembered one
        check();
    });
    connect(m_everyone, &QCheckBox::toggled, this, &RosterCheckPage::check);
    connect(m_skipErrors, &QCheckBox::toggled, this, &RosterCheckPage::check);
    connect(m_remove, &QRadioButton::toggled, this, [this] {
        showVerdict();
        emit completeChanged();
    });
    connect(m_save, &QPushButton::clicked, this, &RosterCheckPage::saveProblemRows);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_save->setEnabled(true);
        const Status saved = m_saveWatcher->result();
        if (!saved)
            QMessageBox::warning(this, tr("Save Problem Rows"), saved.error().message);
    });
}

RosterCheckPage::~RosterCheckPage()
{
    cancel();
    m_watcher->waitForFinished();
    m_saveWatcher->waitForFinished();
}

void RosterCheckPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RosterCheckPage::isChecking() const
{
    return m_watcher->isRunning();
}

void RosterCheckPage::initializePage()
{
    // Leaving out users with errors is chosen for one roster, after seeing its errors.
    const QString path = m_wizard->rosterPlan().path;
    if (path != m_checkedPath) {
        m_checkedPath = path;
        const QSignalBlocker blocker(m_skipErrors);
        m_skipErrors->setChecked(false);
    }
    setSubTitle(tr("Rollbook reads every user of %1 as if it imported them, and changes nothing "
                   "yet.")
                        .arg(rosterFileName(m_wizard->rosterPlan().path)));
    check();
}

void RosterCheckPage::cleanupPage()
{
    cancel();
}

RosterKey RosterCheckPage::chosenKey() const
{
    return RosterKey(m_key->currentData().toInt());
}

void RosterCheckPage::setKey(RosterKey key)
{
    const QSignalBlocker blocker(m_key);
    m_key->setCurrentIndex(m_key->findData(int(key)));
}

void RosterCheckPage::applyTo(RosterPlan &plan) const
{
    plan.key = chosenKey();
    plan.missingScope =
            m_everyone->isChecked() ? MissingScope::Everyone : MissingScope::EarlierRosters;
    // Removal is only ever what the user chose for the people the page shows.
    plan.removeMissing =
            m_remove->isChecked() && m_report && !m_report->delta && m_report->missingCount > 0;
    plan.skipErrors = m_skipErrors->isChecked();
}

bool RosterCheckPage::keyIsAChoice() const
{
    // School Data Sync has one identifier only: its sourcedId is the key, not a choice.
    return m_report && m_report->standard != RosterStandard::SchoolDataSync21;
}

void RosterCheckPage::check()
{
    if (m_watcher->isRunning()) {
        cancel();
        m_watcher->waitForFinished(); // a cancelled check stops within a few thousand rows
    }
    m_plan = m_wizard->rosterPlan();
    m_plan.dryRun = true;
    m_plan.removeMissing = false; // a check removes nobody
    m_report.reset();
    const QString name = rosterFileName(m_plan.path);
    m_busy->show();
    m_status->setText(tr("Checking %1…").arg(name));
    m_status->show();
    m_statusIcon->hide();
    m_verdict->clear();
    m_save->setEnabled(false);
    emit completeChanged();

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Progress comes back as queued calls; this page outlives the worker (the destructor waits).
    const auto progress = [this](const RosterProgress &state) {
        QMetaObject::invokeMethod(
                this,
                [this, state] {
                    if (!m_watcher->isRunning())
                        return;
                    if (!state.waiting.isEmpty())
                        m_status->setText(state.waiting);
                    else if (state.checking)
                        m_status->setText(
                                tr("Read %Ln users; checking them…", nullptr, int(state.rows)));
                    else
                        m_status->setText(tr("Reading %1: %Ln rows…", nullptr, int(state.rows))
                                                  .arg(state.file));
                },
                Qt::QueuedConnection);
    };
    // Until the user has chosen a key (or the settings have told it), the check reads the one
    // remembered from the last roster.
    m_watcher->setFuture(runWithDatabase(
            m_wizard->databasePath(),
            [plan = m_plan, keyKnown = m_keyKnown, progress,
             cancel = m_cancel](Database &db) -> Result<Checked> {
                RosterPlan run = plan;
                if (!keyKnown)
                    run.key = rosterKeyFromName(
                                      SettingsStore(db.connection()).text(SettingsStore::RosterKey))
                                      .value_or(RosterKey::SourcedId);
                auto report = runRosterImport(db.connection(), run, progress, cancel.get());
                if (!report)
                    return report.error();
                return Checked{std::move(report).value(), run.key};
            }));
}

void RosterCheckPage::showReport()
{
    if (m_watcher->isRunning())
        return; // a newer check is under way
    m_busy->hide();
    const Result<Checked> result = m_watcher->result();
    if (!result) {
        // Not a roster at all, or one that cannot be read: nothing else to show.
        m_status->setText(result.error().message);
        m_statusIcon->show();
        m_reportArea->hide();
        m_verdict->setText(tr("Nothing can be imported from it. Go Back and choose another roster, "
                              "or correct this one and press Check Again."));
        emit completeChanged();
        return;
    }
    const Checked &checked = result.value();
    if (!m_keyKnown) {
        m_keyKnown = true;
        m_plan.key = checked.key;
        setKey(checked.key);
    }
    // School Data Sync has no identifier: the only key is its sourcedId.
    const bool sds = checked.report.standard == RosterStandard::SchoolDataSync21;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_key->model())) {
        QStandardItem *identifier = model->item(m_key->findData(int(RosterKey::Identifier)));
        identifier->setEnabled(!sds);
        identifier->setToolTip(sds ? tr("School Data Sync has no identifier column.") : QString());
    }
    if (sds && m_plan.key == RosterKey::Identifier) {
        setKey(RosterKey::SourcedId);
        check();
        return;
    }

    m_report = checked.report;
    m_status->hide();
    showSummary(*m_report);
    showWhoLeft(*m_report);
    m_reportArea->show();
    showVerdict();
    emit completeChanged();
}

void RosterCheckPage::showSummary(const RosterReport &r)
{
    const QLocale locale;
    const QString standard = rosterStandardName(r.standard);
    m_headline->setText(r.school.isEmpty() ? tr("%1 roster").arg(standard)
                                           : tr("%1 roster of %2").arg(standard, r.school));
    const ImportCounts &c = r.import.counts;
    m_counts->setText(tr("Learners: %1 · Parents: %2 · Links between them: %3")
                              .arg(locale.toString(r.learners), locale.toString(r.guardians),
                                   locale.toString(r.links)) +
                      u'\n' +
                      tr("Compared with Rollbook: %1 new, %2 updated, %3 unchanged; %4 links to "
                         "make.")
                              .arg(locale.toString(c.created), locale.toString(c.updated),
                                   locale.toString(c.unchanged), locale.toString(c.links)));

    QStringList roles;
    for (const auto &[role, n] : r.skippedRoles)
        roles.append(tr("%Ln × %1", nullptr, int(n)).arg(roleWords(role)));
    m_skipped->setText(roles.isEmpty()
                               ? QString()
                               : tr("Left out, as they are neither learners nor guardians: %1.")
                                         .arg(roles.join(u", "_s)));
    m_skipped->setVisible(!roles.isEmpty());

    // The people the roster disables or deletes, named here with the reason; their warnings
    // would only say it again in the table.
    QStringList named;
    QList<ImportProblem> warnings;
    const qsizetype shown = std::min<qsizetype>(r.notImported.size(), namedNotImported);
    for (qsizetype i = 0; i < shown; ++i) {
        const RosterPerson &person = r.notImported.at(i);
        named.append(tr("%1 (%2), line %3 of users.csv: %4")
                             .arg(fullName(person), person.username, locale.toString(person.line),
                                  person.reason));
    }
    for (const ImportProblem &problem : r.import.warnings) {
        const bool said = problem.code == ProblemCode::NotImported &&
                          problem.file == u"users.csv"_s &&
                          std::any_of(r.notImported.cbegin(), r.notImported.cbegin() + shown,
                                      [&problem](const RosterPerson &person) {
                                          return person.line == problem.line;
                                      });
        if (!said)
            warnings.append(problem);
    }
    QString notImported;
    if (named.size() == 1 && r.notImported.size() == 1) {
        notImported = tr("Not imported: %1").arg(named.first());
    } else if (!named.isEmpty()) {
        notImported = tr("Not imported:") + u'\n' + named.join(u'\n');
        if (r.notImported.size() > shown)
            notImported += u'\n' + tr("… and %Ln more, in the problems below.", nullptr,
                                      int(r.notImported.size() - shown));
    }
    m_notImported->setText(notImported);
    m_notImported->setVisible(!notImported.isEmpty());

    m_problems->setProblems(r.import.errors, warnings, r.rosterName);
    const bool any = m_problems->rowCount() > 0;
    m_problemsLabel->setVisible(any);
    m_problems->setVisible(any);
    m_save->setVisible(any);
    m_save->setEnabled(any);
    // Users with errors can be left out; a roster wrong as a whole (a column missing, parent
    // login off) cannot be imported in part.
    m_skipErrors->setVisible(r.import.hasErrors() && errorsSkippable());
}

void RosterCheckPage::showWhoLeft(const RosterReport &r)
{
    const QLocale locale;
    const bool everyone = m_everyone->isChecked();
    QString text;
    if (r.delta) {
        text = tr("A delta roster names only changes, so nobody is taken to have left.");
    } else if (r.missingCount == 0) {
        text = everyone ? tr("Nobody has left: every learner and parent in Rollbook is in this "
                             "roster.")
               : r.school.isEmpty()
                       ? tr("Nobody has left: this roster has everyone an earlier roster brought "
                            "in.")
                       : tr("Nobody has left: this roster has everyone an earlier roster of %1 "
                            "brought in.")
                                 .arg(r.school);
    } else {
        text = everyone ? tr("In Rollbook, but not in this roster: %Ln.", nullptr,
                             int(r.missingCount))
               : r.school.isEmpty()
                       ? tr("Brought in by an earlier roster, but not in this one: %Ln.", nullptr,
                            int(r.missingCount))
                       : tr("Brought in by an earlier roster of %1, but not in this one: %Ln.",
                            nullptr, int(r.missingCount))
                                 .arg(r.school);
    }
    m_leftText->setText(text);

    const qsizetype listed = std::min<qsizetype>(r.missing.size(), listedMissing);
    m_left->setRowCount(int(listed));
    for (int row = 0; row < listed; ++row) {
        const RosterPerson &person = r.missing.at(row);
        m_left->setItem(row, 0, new QTableWidgetItem(fullName(person)));
        m_left->setItem(row, 1, new QTableWidgetItem(person.username));
        m_left->setItem(row, 2, new QTableWidgetItem(profileLabel(person.profile)));
    }
    // As tall as its rows, up to a few; more rows take the room there is.
    int height = m_left->horizontalHeader()->sizeHint().height() + 2 * m_left->frameWidth();
    for (int row = 0; row < std::min<int>(int(listed), fittedRows); ++row)
        height += m_left->rowHeight(row);
    m_left->setMaximumHeight(listed > fittedRows ? QWIDGETSIZE_MAX : height);
    m_left->setMinimumHeight(std::min(height, m_left->verticalHeader()->defaultSectionSize() * 4));
    // A short list (or none) keeps the section as small as it is; a long one takes the room.
    const bool grows = listed > fittedRows;
    m_whoLeft->setSizePolicy(QSizePolicy::Preferred,
                             grows ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    m_reportLayout->setStretchFactor(m_whoLeft, grows ? 1 : 0);
    const qint64 more = r.missingCount - listed;
    m_leftMore->setText(more > 0 ? tr("… and %Ln more, not listed here.", nullptr, int(more))
                                 : QString());
    m_leftMore->setVisible(more > 0);

    const bool someone = !r.delta && r.missingCount > 0;
    m_left->setVisible(someone);
    m_everyone->setVisible(!r.delta);
    m_leave->setVisible(someone);
    m_remove->setVisible(someone);
    // The choice to remove holds for the people it was made for: another list asks again.
    QList<qint64> ids;
    ids.reserve(r.missing.size());
    for (const RosterPerson &person : r.missing)
        ids.append(person.id);
    if (ids != m_choiceMissing || r.missingCount != m_choiceMissingCount) {
        m_leave->setChecked(true);
        m_choiceMissing = ids;
        m_choiceMissingCount = r.missingCount;
    }
}

bool RosterCheckPage::errorsSkippable() const
{
    if (!m_report)
        return false;
    // Line 1 is the header: a problem there (a column missing) is the whole file's.
    return std::all_of(m_report->import.errors.cbegin(), m_report->import.errors.cend(),
                       [](const ImportProblem &problem) { return problem.line > 1; });
}

void RosterCheckPage::showVerdict()
{
    if (!m_report)
        return;
    const RosterReport &r = *m_report;
    QString text;
    if (!r.import.hasErrors()) {
        text = m_remove->isChecked() && !r.delta && r.missingCount > 0
                       ? tr("Ready to import. Press Import to write it to the database and to "
                            "remove the %Ln who left.",
                            nullptr, int(r.missingCount))
                       : tr("Ready to import. Press Import to write it to the database.");
    } else if (!errorsSkippable()) {
        text = tr("Nothing can be imported while the roster has these errors. Correct it and "
                  "press Check Again.");
    } else if (m_plan.skipErrors) {
        text = tr("The users with errors will be left out; the others will be imported.");
    } else {
        text = tr("Nothing can be imported while the roster has errors. Correct it and press "
                  "Check Again, or import the users without errors.");
    }
    m_verdict->setText(text);
}

QString RosterCheckPage::verdictText() const
{
    return m_verdict->text();
}

bool RosterCheckPage::isComplete() const
{
    if (!m_report || m_watcher->isRunning())
        return false;
    if (m_report->import.hasErrors())
        return errorsSkippable() && m_plan.skipErrors && m_skipErrors->isChecked();
    return true;
}

void RosterCheckPage::saveProblemRows()
{
    if (!m_report)
        return;
    const QFileInfo roster(m_plan.path);
    const QString base = roster.isDir() ? roster.fileName() : roster.completeBaseName();
    const QString suggested = roster.absoluteDir().filePath(tr("%1-problems.csv").arg(base));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Problem Rows"), suggested,
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    m_save->setEnabled(false);
    // The roster is read again to pick the rows: off the GUI thread.
    m_saveWatcher->setFuture(QtConcurrent::run([plan = m_plan, report = *m_report, target] {
        return writeRosterRejected(plan, report, target);
    }));
}

} // namespace Rollbook
