#include "samplelauncher.h"

#include "db/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// A busy indicator that only the work ends: a sample half made cannot be stopped, so neither
// Escape nor the title bar's close button takes it away from the window it keeps waiting.
class BusyDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

    void reject() override {}

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
};

bool taken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

SampleLauncher::SampleLauncher(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SampleLauncher::made);
}

SampleLauncher::~SampleLauncher()
{
    m_watcher.waitForFinished();
}

SamplePlace SampleLauncher::freePlace(const QString &directory)
{
    const QDir dir(directory);
    const QString name = tr("Rollbook sample school", "the file name of a sample database");
    for (int number = 1;; ++number) {
        const QString stem =
                number == 1 ? name
                            : tr("%1 %2", "a sample's name and number").arg(name).arg(number);
        const SamplePlace place{
                dir.filePath(stem + u".sqlite"_s),
                dir.filePath(tr("%1 files", "the folder of a sample's import files").arg(stem))};
        if (!taken(place.database) && !taken(place.folder))
            return place;
    }
}

QString SampleLauncher::directory() const
{
    const Database *open = m_window->database();
    const QString beside =
            open && open->engine() == Engine::SQLite ? open->path() : Database::defaultPath();
    return QFileInfo(beside).absolutePath();
}

bool SampleLauncher::isRunning() const
{
    return m_watcher.isRunning();
}

void SampleLauncher::start()
{
    if (m_watcher.isRunning())
        return;
    m_place = freePlace(directory());
    m_previous = m_window->database() ? m_window->database()->displayName() : QString();

    // Shown at once and window-modal: the window takes no input until the sample is open.
    m_busy = new BusyDialog(tr("Making a sample school…"), QString(), 0, 0, m_window);
    m_busy->setObjectName(u"makingSample"_s);
    m_busy->setWindowTitle(tr("Open a Sample School"));
    m_busy->setWindowModality(Qt::WindowModal);
    m_busy->setMinimumDuration(0);
    m_busy->setAutoClose(false);
    m_busy->setAutoReset(false);
    m_busy->show();
    QApplication::setOverrideCursor(Qt::BusyCursor);

    const SamplePlace place = m_place;
    m_watcher.setFuture(QtConcurrent::run([place]() -> Result<SampleDatabase> {
        // The folder is new (freePlace); a failure takes it away again rather than leave half a
        // sample about.
        const bool fresh = !taken(place.folder);
        auto made = createSampleDatabase(place.database, place.folder);
        if (!made && fresh)
            QDir(place.folder).removeRecursively();
        return made;
    }));
}

void SampleLauncher::made()
{
    QApplication::restoreOverrideCursor();
    delete m_busy;
    const Result<SampleDatabase> result = m_watcher.result();
    const QString title = tr("Open a Sample School");
    if (!result) {
        QMessageBox::warning(m_window, title,
                             tr("Rollbook could not make the sample school. %1 Your own database "
                                "is still open, as it was.")
                                     .arg(result.error().message));
        emit finished(false);
        return;
    }
    if (const Status opened = m_window->openDatabase(m_place.database); !opened) {
        QMessageBox::warning(m_window, title,
                             tr("The sample school is at “%1”, but Rollbook could not open it: %2")
                                     .arg(shown(m_place.database), opened.error().message));
        emit finished(false);
        return;
    }

    const SampleDatabase &sample = result.value();
    QMessageBox box(QMessageBox::Information, title,
                    tr("This is a sample school, made up by Rollbook to try things on: %1 "
                       "learners and %2 parents, none of them real.")
                            .arg(QLocale().toString(sample.learners.counts.created),
                                 QLocale().toString(sample.parents.counts.created)),
                    QMessageBox::Ok, m_window);
    box.setObjectName(u"sampleOpened"_s);
    // The paths each on a line of their own, to read and to copy.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList where{
            tr("The sample database:\n%1").arg(shown(m_place.database)),
            tr("Its files, to try Import Users from File… on:\n%1").arg(shown(m_place.folder)),
    };
    where.append(m_previous.isEmpty()
                         ? tr("To go back to your own database, choose File > Open Database….")
                         : tr("Your own database is as you left it. To go back to it, choose "
                              "File > Open Database… and open:\n%1")
                                   .arg(m_previous));
    box.setInformativeText(where.join(u"\n\n"_s));
    // Wide enough that a path of a usual length fits on its line.
    box.setStyleSheet(u"QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                      u"{ min-width: 32em; }"_s);
    box.exec();
    emit finished(true);
}

} // namespace Rollbook
