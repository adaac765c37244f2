#include "distributepage.h"

#include "core/privatefile.h"
#include "db/audit.h"
#include "db/background.h"
#include "db/database.h"
#include "distribution/distribute.h"
#include "import/importhistory.h"
#include "pageheader.h"
#include "settings/settingsstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The people a summary lists by name; the counts above it are always complete.
constexpr int listedAtMost = 1000;

struct SummaryResult
{
    AudienceSummary summary;
    bool parentLoginOn = false;
    SchoolDetails school;
};

QString personName(const Person &person)
{
    return person.fullName().isEmpty() ? person.username : person.fullName();
}

QString batchLabel(const ImportBatch &batch)
{
    const QString profile = batch.profile == u"parent"_s ? DistributePage::tr("parents")
                                                         : DistributePage::tr("learners");
    QDateTime when = QDateTime::fromString(batch.committedAt, Qt::ISODateWithMs);
    const QString shown = when.isValid()
                                  ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                  : batch.committedAt;
    return DistributePage::tr("Import %1: %2 (%3, %4)")
            .arg(batch.id)
            .arg(batch.fileName, profile, shown);
}

// Qt's printer writes to a file (Print to File, PDF) by opening it by name and truncating it,
// which keeps the permissions of a file already there. A new, empty, owner-only file put there
// first makes the letters owner-only from their first byte, as Save as PDF writes them
// (core/privatefile.h). Empty when the printer writes no file or the file is ready; otherwise
// why the letters cannot be written.
QString prepareLettersFile(QPrinter &printer)
{
    if (printer.outputFileName().isEmpty())
        return {};
    QFile file(printer.outputFileName());
    if (PrivateFiles::replaceWithEmpty(file))
        return {};
    return DistributePage::tr("Could not write the letters to “%1”: %2. No letters were printed.")
            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

DistributePage::DistributePage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title(), u"distribute"_s, this));
    auto *intro = new QLabel(tr("Choose whom, then export the files to upload to the platform, "
                                "print the login letters or write the e-mails. People without a "
                                "password get one from the password policy first."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    createWhom(layout);
    createActions(layout);

    m_result = new QLabel(this);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setAccessibleName(tr("Result"));
    connect(m_result, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_result);

    setSelectedPeople({});
    setDatabase(nullptr);
}

DistributePage::~DistributePage()
{
    for (const auto &watcher : std::as_const(m_running)) {
        if (watcher)
            watcher->waitForFinished();
    }
}

void DistributePage::createWhom(QVBoxLayout *layout)
{
    auto *whom = new QGroupBox(tr("Whom"), this);
    auto *grid = new QGridLayout(whom);
    m_whom = new QButtonGroup(this);
    m_everyone = new QRadioButton(tr("&Everyone"), whom);
    m_everyone->setObjectName(u"everyone"_s);
    m_ofImport = new QRadioButton(tr("The people of an &import:"), whom);
    m_ofImport->setObjectName(u"ofImport"_s);
    m_batch = new QComboBox(whom);
    m_batch->setObjectName(u"batch"_s);
    m_batch->setAccessibleName(tr("Import"));
    m_batch->setMinimumContentsLength(24);
    m_ofSelection = new QRadioButton(tr("The people &selected on the Users page"), whom);
    m_ofSelection->setObjectName(u"ofSelection"_s);
    m_profile = new QComboBox(whom);
    m_profile->setObjectName(u"profile"_s);
    m_profile->addItem(tr("Every profile"), QString());
    m_profile->addItem(tr("Learners"), u"learner"_s);
    m_profile->addItem(tr("Parents"), u"parent"_s);
    m_profile->addItem(tr("Staff"), u"staff"_s);
    auto *profileLabel = new QLabel(tr("&Profile:"), whom);
    profileLabel->setBuddy(m_profile);
    m_whom->addButton(m_everyone);
    m_whom->addButton(m_ofImport);
    m_whom->addButton(m_ofSelection);
    m_everyone->setChecked(true);

    grid->addWidget(m_everyone, 0, 0, 1, 2);
    grid->addWidget(m_ofImport, 1, 0);
    grid->addWidget(m_batch, 1, 1);
    grid->addWidget(m_ofSelection, 2, 0, 1, 2);
    grid->addWidget(profileLabel, 3, 0);
    grid->addWidget(m_profile, 3, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    layout->addWidget(whom);

    auto *summary = new QGroupBox(tr("Who gets what"), this);
    auto *summaryLayout = new QVBoxLayout(summary);
    m_counts = new QLabel(summary);
    m_counts->setObjectName(u"counts"_s);
    m_counts->setAccessibleName(tr("Summary"));
    // One line a fact, never wrapped; a narrow window clips rather than widens.
    m_counts->setMinimumWidth(200);
    summaryLayout->addWidget(m_counts);
    m_lacking = new QTreeWidget(summary);
    m_lacking->setObjectName(u"lacking"_s);
    m_lacking->setAccessibleName(tr("Who lacks what"));
    m_lacking->setRootIsDecorated(false);
    m_lacking->setUniformRowHeights(true);
    m_lacking->setHeaderLabels({tr("Name"), tr("User name"), tr("Lacks")});
    m_lacking->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lacking->header()->setStretchLastSection(true);
    summaryLayout->addWidget(m_lacking);
    layout->addWidget(summary, 1);

    connect(m_whom, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on) {
            m_batch->setEnabled(m_ofImport->isChecked());
            reloadSummary();
        }
    });
    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ofImport->isChecked())
            reloadSummary();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &DistributePage::reloadSummary);
}

void DistributePage::createActions(QVBoxLayout *layout)
{
    auto *actions = new QGroupBox(tr("Distribute"), this);
    auto *grid = new QGridLayout(actions);
    const auto button = [actions](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, actions);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_export = button(tr("E&xport Batches…"), "exportBatches",
                      tr("Write the CSV files to upload to the platform, in upload order, with "
                         "UPLOAD.txt saying what to choose"));
    // Its own button rather than a choice behind Export Batches: one click and one mnemonic
    // each, and the platform's files stay where administrators know them.
    m_exportOneRoster =
            button(tr("Export &OneRoster…"), "exportOneRoster",
                   tr("Write a OneRoster 1.1 CSV bundle (manifest.csv, orgs.csv, users.csv) of the "
                      "learners and parents with their links, for another school system"));
    m_preview = button(tr("Print Pre&view…"), "previewLetters",
                       tr("Look at the login letters before printing them"));
    m_print =
            button(tr("P&rint Letters…"), "printLetters", tr("Print one login letter per person"));
    m_pdf = button(tr("Save Letters as P&DF…"), "saveLettersAsPdf",
                   tr("Save the login letters as one PDF file, one page per person"));
    m_email = button(tr("&Write E-mails…"), "writeEmails",
                     tr("Write one e-mail per person with an address into a folder that your "
                        "mail program can send from"));
    m_forget = button(tr("&Forget Passwords…"), "forgetPasswords",
                      tr("Clear the stored initial passwords once they are handed out"));

    const auto caption = [actions](const QString &text) { return new QLabel(text, actions); };
    grid->addWidget(caption(tr("Files to upload:")), 0, 0);
    grid->addWidget(m_export, 0, 1);
    grid->addWidget(m_exportOneRoster, 0, 2);
    grid->addWidget(caption(tr("Login letters:")), 1, 0);
    grid->addWidget(m_preview, 1, 1);
    grid->addWidget(m_print, 1, 2);
    grid->addWidget(m_pdf, 1, 3);
    grid->addWidget(caption(tr("E-mail:")), 2, 0);
    grid->addWidget(m_email, 2, 1);
    grid->addWidget(caption(tr("Afterwards:")), 3, 0);
    grid->addWidget(m_forget, 3, 1);
    grid->setColumnStretch(4, 1);
    layout->addWidget(actions);

    connect(m_export, &QPushButton::clicked, this, &DistributePage::exportBatches);
    connect(m_exportOneRoster, &QPushButton::clicked, this, &DistributePage::exportOneRoster);
    connect(m_preview, &QPushButton::clicked, this, &DistributePage::previewLetters);
    connect(m_print, &QPushButton::clicked, this, &DistributePage::printLetters);
    connect(m_pdf, &QPushButton::clicked, this, &DistributePage::saveLettersAsPdf);
    connect(m_email, &QPushButton::clicked, this, &DistributePage::writeEmails);
    connect(m_forget, &QPushButton::clicked, this, &DistributePage::forgetPasswords);
}

QString DistributePage::title() const
{
    return tr("Distribute user names and passwords");
}

void DistributePage::setDatabase(Database *database)
{
    m_database = database;
    m_summary = {};
    m_batch->clear();
    m_lacking->clear();
    m_counts->clear();
    m_result->clear();
    setEnabled(m_database != nullptr);
    refresh();
}

void DistributePage::setSelectedPeople(const QList<qint64> &ids)
{
    m_selected = ids;
    m_ofSelection->setText(ids.isEmpty()
                                   ? tr("The people &selected on the Users page (none selected)")
                                   : tr("The people &selected on the Users page (%1)")
                                             .arg(QLocale().toString(qsizetype(ids.size()))));
    m_ofSelection->setEnabled(!ids.isEmpty());
    if (ids.isEmpty() && m_ofSelection->isChecked())
        m_everyone->setChecked(true);
    else if (m_ofSelection->isChecked())
        reloadSummary();
}

void DistributePage::chooseBatch(qint64 batchId)
{
    m_wantedBatch = batchId;
    const int index = m_batch->findData(batchId);
    if (index >= 0) {
        m_batch->setCurrentIndex(index);
        m_ofImport->setChecked(true);
        m_wantedBatch = -1;
    } else {
        reloadBatches(); // a new import: its entry comes with the reload
    }
}

Audience DistributePage::audience() const
{
    Audience audience;
    if (m_ofImport->isChecked() && m_batch->currentIndex() >= 0)
        audience.batchId = m_batch->currentData().toLongLong();
    if (m_ofSelection->isChecked())
        audience.personIds = m_selected;
    audience.profile = m_profile->currentData().toString();
    return audience;
}

bool DistributePage::isBusy() const
{
    // Until its result is shown: a finished future's watcher reports it a moment later.
    return !m_running.isEmpty();
}

void DistributePage::setTargetChooser(TargetChooser chooser)
{
    m_chooser = std::move(chooser);
}

template<typename Task, typename Done>
void DistributePage::run(Task task, Done done)
{
    if (!m_database)
        return;
    using R = std::invoke_result_t<Task, Database &>;
    auto *watcher = new QFutureWatcher<R>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        m_running.removeAll(watcher);
        watcher->deleteLater();
        done(watcher->result());
        updateButtons();
    });
    watcher->setFuture(runWithDatabase(m_database->path(), std::move(task)));
    updateButtons();
}

void DistributePage::refresh()
{
    reloadBatches();
    reloadSummary();
}

void DistributePage::reloadBatches()
{
    run([](Database &db) { return ImportHistory(db.connection()).batches(); },
        [this](const Result<QList<ImportBatch>> &batches) {
            if (!batches)
                return;
            const qint64 current =
                    m_wantedBatch >= 0 ? m_wantedBatch : m_batch->currentData().toLongLong();
            const QSignalBlocker blocker(m_batch);
            m_batch->clear();
            for (const ImportBatch &batch : batches.value()) {
                if (!batch.isUndone())
                    m_batch->addItem(batchLabel(batch), batch.id);
            }
            const int index = m_batch->findData(current);
            m_batch->setCurrentIndex(index >= 0 ? index : 0);
            m_ofImport->setEnabled(m_batch->count() > 0);
            m_batch->setEnabled(m_ofImport->isChecked());
            if (m_wantedBatch >= 0 && index >= 0) {
                m_wantedBatch = -1;
                if (m_ofImport->isChecked())
                    reloadSummary();
                else
                    m_ofImport->setChecked(true);
            } else if (m_ofImport->isChecked() && m_batch->count() == 0) {
                m_everyone->setChecked(true);
            } else if (m_ofImport->isChecked()) {
                reloadSummary();
            }
        });
}

void DistributePage::reloadSummary()
{
    if (!m_database)
        return;
    if (std::any_of(m_running.cbegin(), m_running.cend(), [](const auto &watcher) {
            return watcher && watcher->property("summary").toBool() && watcher->isRunning();
        })) {
        m_summaryStale = true; // read again when this one is done
        return;
    }
    m_counts->setText(tr("Counting…"));
    const Audience wanted = audience();
    run(
            [wanted](Database &db) -> Result<SummaryResult> {
                const auto recipients = loadRecipients(db.connection(), wanted);
                if (!recipients)
                    return recipients.error();
                SummaryResult result{summarize(recipients.value()),
                                     SettingsStore(db.connection()).parentLoginEnabled(),
                                     SchoolDetails::fromSettings(db.connection())};
                // The window lists a thousand names at most; the counts stay whole.
                result.summary.withoutEmail = result.summary.withoutEmail.mid(0, listedAtMost);
                result.summary.withoutChildren =
                        result.summary.withoutChildren.mid(0, listedAtMost);
                return result;
            },
            [this](const Result<SummaryResult> &result) {
                if (m_summaryStale) {
                    m_summaryStale = false;
                    reloadSummary();
                    return;
                }
                if (!result) {
                    m_summary = {};
                    m_counts->setText(result.error().message);
                    m_lacking->clear();
                    return;
                }
                showSummary(result.value().summary, result.value().parentLoginOn,
                            result.value().school);
            });
    m_running.constLast()->setProperty("summary", true);
}

void DistributePage::showSummary(const AudienceSummary &summary, bool parentLoginOn,
                                 const SchoolDetails &school)
{
    m_summary = summary;
    m_parentLoginOn = parentLoginOn;
    if (summary.people == 0) {
        m_counts->setText(tr("Nobody is chosen: there is nobody to distribute to."));
        m_lacking->clear();
        return;
    }
    QStringList kinds;
    if (summary.learners > 0)
        kinds << tr("%Ln learners", nullptr, summary.learners);
    if (summary.parents > 0)
        kinds << tr("%Ln parents", nullptr, summary.parents);
    if (summary.staff > 0)
        kinds << tr("%Ln staff members", nullptr, summary.staff);
    QStringList lines;
    lines << tr("%1 chosen: %2.")
                     .arg(tr("%Ln people", nullptr, summary.people), kinds.join(u", "_s));
    lines << tr("%1 an e-mail; %2 a printed letter instead.")
                     .arg(tr("%Ln get", nullptr, summary.withEmail),
                          tr("%Ln need", nullptr, summary.people - summary.withEmail));
    if (summary.withoutPassword > 0)
        lines << tr("%Ln have no password yet: they are generated from the password policy "
                    "first.",
                    nullptr, summary.withoutPassword);
    if (summary.parentsWithoutChildren > 0)
        lines << tr("%Ln parents are linked to no learner.", nullptr,
                    summary.parentsWithoutChildren);
    if (summary.parents > 0 && !parentLoginOn)
        lines << tr("Parent login is off: letters and e-mails to parents are made only once it "
                    "is on.");
    if (school.schoolName.isEmpty() || school.loginAddress.isEmpty())
        lines << tr("Letters and e-mails name the school and where to sign in: fill in the "
                    "school's name and login address in Edit global settings first.");
    m_counts->setText(lines.join(u'\n'));

    m_lacking->clear();
    QList<QTreeWidgetItem *> items;
    for (const Person &person : summary.withoutEmail)
        items << new QTreeWidgetItem({personName(person), person.username,
                                      person.email.isEmpty()
                                              ? tr("No e-mail address: print a letter")
                                              : tr("An e-mail address that cannot be used: print a "
                                                   "letter")});
    for (const Person &person : summary.withoutChildren)
        items << new QTreeWidgetItem({personName(person), person.username, tr("No child linked")});
    m_lacking->addTopLevelItems(items);
    m_lacking->setVisible(!items.isEmpty());
    updateButtons();
}

void DistributePage::updateButtons()
{
    const bool ready = m_database && !isBusy() && m_summary.people > 0;
    for (QPushButton *button :
         {m_export, m_exportOneRoster, m_preview, m_print, m_pdf, m_email, m_forget})
        button->setEnabled(ready);
    m_email->setEnabled(ready && m_summary.withEmail > 0);
}

QString DistributePage::chooseTarget(Target target, const QString &suggestion)
{
    if (m_chooser)
        return m_chooser(target, suggestion);
    switch (target) {
    case Target::LettersPdf:
        return QFileDialog::getSaveFileName(this, tr("Save Login Letters as PDF"), suggestion,
                                            tr("PDF files (*.pdf)"));
    case Target::ExportFolder:
        return QFileDialog::getExistingDirectory(this, tr("Folder for the Files to Upload"),
                                                 suggestion);
    case Target::OneRosterFolder:
        return QFileDialog::getExistingDirectory(this, tr("Folder for the OneRoster Files"),
                                                 suggestion);
    case Target::OutboxFolder:
        return QFileDialog::getExistingDirectory(this, tr("Folder for the E-mails"), suggestion);
    }
    return QString();
}

void DistributePage::report(bool ok, const QString &message, const QString &folder)
{
    QString text = message.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    if (ok && !folder.isEmpty())
        text += u" <a href=\"%1\">%2</a>"_s.arg(QUrl::fromLocalFile(folder).toString(),
                                                tr("Open the folder"));
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : u"color: #b00020;"_s);
    if (!ok) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was distributed"), message,
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("The database is as it was."));
        box.exec();
    }
    emit finished(ok, message);
}

void DistributePage::showWritten(const Result<QString> &done, const QString &folder)
{
    if (done)
        emit passwordsChanged();
    report(done.ok(), done ? done.value() : done.error().message, folder);
    reloadSummary();
}

void DistributePage::withParentLogin(const std::function<void()> &next)
{
    if (m_summary.parents == 0 || m_parentLoginOn) {
        next();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Parent login is off"),
                    tr("Letters and e-mails to parents are made only while parent login is on."),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
            tr("%Ln parents are among the people chosen. Turn on Enable parent login in the "
               "global settings now?",
               nullptr, m_summary.parents));
    QPushButton *turnOn = box.addButton(tr("Turn On Parent Login"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != turnOn) {
        report(false, tr("No letters or e-mails were made: parent login is off."));
        return;
    }
    // Through the settings, so that the change is audited like one made on the settings page.
    run(
            [](Database &db) -> Status {
                return SettingsStore(db.connection())
                        .set(QString::fromLatin1(SettingsStore::ParentLoginEnabled), u"true"_s,
                             Audit::currentActor());
            },
            [this, next](const Status &set) {
                if (!set) {
                    report(false, set.error().message);
                    return;
                }
                m_parentLoginOn = true;
                emit parentLoginSwitchedOn();
                reloadSummary();
                next();
            });
}

void DistributePage::exportBatches()
{
    const QString folder =
            chooseTarget(Target::ExportFolder,
                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const Audience wanted = audience();
    run(
            [wanted, folder](Database &db) -> Result<QString> {
                QSqlDatabase connection = db.connection();
                const auto done =
                        Distribute::exportFiles(connection, wanted, folder, Audit::currentActor());
                if (!done)
                    return done.error();
                const BatchExportResult &exported = done->files;
                QStringList files;
                for (const ExportedFile &file : std::as_const(exported.files))
                    files << file.fileName;
                QStringList lines;
                lines << tr("Wrote %1 and UPLOAD.txt to %2. Upload them in that order; UPLOAD.txt "
                            "says "
                            "what to choose in the platform's import.")
                                 .arg(files.join(u", "_s), QDir::toNativeSeparators(folder));
                // As the command line says it: a letter written as '?' is a wrong name.
                if (exported.unrepresentable > 0)
                    lines << tr("%Ln characters the file encoding cannot hold were written as "
                                "“?”. Choose UTF-8 in Edit global settings to keep every letter.",
                                nullptr, int(exported.unrepresentable));
                return lines.join(u'\n');
            },
            [this, folder](const Result<QString> &done) { showWritten(done, folder); });
}

void DistributePage::exportOneRoster()
{
    const QString folder =
            chooseTarget(Target::OneRosterFolder,
                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const Audience wanted = audience();
    run(
            [wanted, folder](Database &db) -> Result<QString> {
                QSqlDatabase connection = db.connection();
                const auto done = Distribute::exportOneRoster(connection, wanted, folder,
                                                              Audit::currentActor());
                if (!done)
                    return done.error();
                const OneRosterExportResult &exported = done->bundle;
                QStringList lines;
                lines << tr("Wrote a OneRoster 1.1 bundle of %n person(s) to %1: manifest.csv, "
                            "orgs.csv and users.csv.",
                            nullptr, exported.learners + exported.parents)
                                 .arg(QDir::toNativeSeparators(folder));
                if (exported.linksLeftOut > 0)
                    lines << tr("%n link(s) to learners not chosen are left out.", nullptr,
                                exported.linksLeftOut);
                if (exported.staff > 0)
                    lines << tr("%n staff member(s) chosen are not in the bundle.", nullptr,
                                exported.staff);
                // Bulk mode means "this is everyone": whoever is missing may be taken as gone.
                if (wanted.batchId || !wanted.profile.isEmpty() || !wanted.personIds.isEmpty())
                    lines << tr("The bundle is a whole roster: a system that reads it may take "
                                "everyone not in it as gone. Choose Everyone and Every profile "
                                "to export the whole school.");
                return lines.join(u'\n');
            },
            [this, folder](const Result<QString> &done) { showWritten(done, folder); });
}

void DistributePage::saveLettersAsPdf()
{
    withParentLogin([this] {
        const QString path = chooseTarget(
                Target::LettersPdf,
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(tr("login letters.pdf")));
        if (path.isEmpty())
            return;
        const Audience wanted = audience();
        const LetterPaper paper = localLetterPaper(); // asks the screen: here, not on the worker
        run(
                [wanted, path, paper](Database &db) -> Result<QString> {
                    QSqlDatabase connection = db.connection();
                    const auto done = Distribute::saveLetters(connection, wanted, path, paper,
                                                              Audit::currentActor());
                    if (!done)
                        return done.error();
                    return tr("Saved %Ln login letters to %1.", nullptr,
                              int(done->recipients.size()))
                            .arg(QDir::toNativeSeparators(path));
                },
                [this, path](const Result<QString> &done) {
                    showWritten(done, QFileInfo(path).absolutePath());
                });
    });
}

void DistributePage::previewLetters()
{
    withParentLogin([this] { showLetters(Letters::Preview); });
}

void DistributePage::printLetters()
{
    withParentLogin([this] { showLetters(Letters::Print); });
}

void DistributePage::showLetters(Letters how)
{
    const Audience wanted = audience();
    const LetterPaper paper = localLetterPaper(); // asks the screen: here, not on the worker
    // The passwords to print are generated now but stored only once the letters are printed: a
    // preview closed without printing leaves the database as it was.
    run(
            [wanted, paper](Database &db) {
                QSqlDatabase connection = db.connection();
                return Distribute::prepareLetters(connection, wanted, paper);
            },
            [this, how](const Result<Distribute::PrintJob> &job) {
                if (!job) {
                    report(false, job.error().message);
                    return;
                }
                if (job.value().recipients.isEmpty()) {
                    report(false, tr("Nobody is chosen: there is nobody to write to."));
                    return;
                }
                const std::unique_ptr<QTextDocument> document =
                        buildLetters(job.value().recipients, job.value().options);
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageSize(job.value().options.pageSize);
                // The letters bring their own margins; the printer's would stretch them.
                printer.setPageMargins(QMarginsF(0, 0, 0, 0));
                printer.setDocName(tr("Login letters"));
                bool printed = false;
                QString refused; // the file printed to could not be made owner-only
                if (how == Letters::Preview) {
                    QPrintPreviewDialog dialog(&printer, this);
                    dialog.setObjectName(u"letterPreview"_s);
                    dialog.setWindowTitle(tr("Login Letters"));
                    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                            [&document, &refused](QPrinter *target) {
                                refused = prepareLettersFile(*target);
                                if (refused.isEmpty())
                                    document->print(target);
                            });
                    printed = dialog.exec() == QDialog::Accepted;
                } else {
                    QPrintDialog dialog(&printer, this);
                    dialog.setObjectName(u"letterPrint"_s);
                    dialog.setWindowTitle(tr("Print Login Letters"));
                    printed = dialog.exec() == QDialog::Accepted;
                    if (printed)
                        refused = prepareLettersFile(printer);
                    if (printed && refused.isEmpty())
                        document->print(&printer);
                }
                if (!refused.isEmpty()) {
                    report(false, refused);
                    return;
                }
                if (!printed) {
                    report(true, tr("No letters were printed."));
                    return;
                }
                const Distribute::PrintJob done = job.value();
                run(
                        [done](Database &db) {
                            QSqlDatabase connection = db.connection();
                            return Distribute::keepPrinted(connection, done, Audit::currentActor());
                        },
                        [this, people = done.recipients.size()](const Result<int> &kept) {
                            if (!kept) {
                                report(false, kept.error().message);
                                return;
                            }
                            if (kept.value() > 0)
                                emit passwordsChanged();
                            report(true, tr("Printed %Ln login letters.", nullptr, int(people)));
                            reloadSummary();
                        });
            });
}

void DistributePage::writeEmails()
{
    withParentLogin([this] {
        const QString folder =
                chooseTarget(Target::OutboxFolder,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (folder.isEmpty())
            return;
        const Audience wanted = audience();
        run(
                [wanted, folder](Database &db) -> Result<QString> {
                    QSqlDatabase connection = db.connection();
                    const auto done = Distribute::writeEmails(connection, wanted, folder,
                                                              Audit::currentActor());
                    if (!done)
                        return done.error();
                    const OutboxResult &written = done->outbox;
                    QString message =
                            tr("Wrote %Ln e-mails to %1.", nullptr, int(written.files.size()))
                                    .arg(QDir::toNativeSeparators(folder));
                    if (!written.withoutEmail.isEmpty()) {
                        QStringList names;
                        for (const Person &person : std::as_const(written.withoutEmail))
                            names << personName(person);
                        message += u'\n' +
                                   tr("%Ln people have no e-mail address and need a letter: %1.",
                                      nullptr, int(names.size()))
                                           .arg(names.mid(0, 20).join(u", "_s) +
                                                (names.size() > 20 ? u", …"_s : QString()));
                    }
                    return message;
                },
                [this, folder](const Result<QString> &done) { showWritten(done, folder); });
    });
}

void DistributePage::forgetPasswords()
{
    QMessageBox box(
            QMessageBox::Warning, tr("Forget passwords"),
            tr("Forget the initial passwords of the %Ln people chosen?", nullptr, m_summary.people),
            QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do this once their letters, e-mails or files have been handed "
                              "out. Rollbook cannot show these passwords again; new ones are "
                              "generated if you distribute to them later."));
    QPushButton *forget = box.addButton(tr("Forget Passwords"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forget)
        return;
    const Audience wanted = audience();
    run(
            [wanted](Database &db) {
                QSqlDatabase connection = db.connection();
                return Distribute::forgetPasswords(connection, wanted, Audit::currentActor());
            },
            [this](const Result<InitialPasswords::Forgotten> &cleared) {
                if (!cleared) {
                    report(false, cleared.error().message);
                    return;
                }
                emit passwordsChanged();
                const QString forgot =
                        tr("Forgot %Ln initial passwords.", nullptr, cleared->passwords);
                const QString copies = InitialPasswords::copiesSentence(cleared.value());
                report(true, copies.isEmpty() ? forgot : forgot + u' ' + copies);
                reloadSummary();
            });
}

} // namespace Rollbook
