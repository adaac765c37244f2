#pragma once

#include "core/result.h"
#include "sample/sampleschool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;

namespace Rollbook {

class MainWindow;

// Where a sample school goes: a new database file and the folder of its import files, side by
// side.
struct SamplePlace
{
    QString database; // …/Rollbook sample school.sqlite
    QString folder;   // …/Rollbook sample school files
};

// Open a Sample School (issue 17): makes a sample database and its files beside the user's own
// database, on a pool thread while the window waits behind a busy dialog, then has the window
// open it and says what it is, where it is and how to go back. A failure is shown and the
// window keeps the database it had.
class SampleLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SampleLauncher(MainWindow *window);
    ~SampleLauncher() override; // waits for a sample being made

    // "Rollbook sample school.sqlite" and "Rollbook sample school files" in `directory`, or the
    // first "Rollbook sample school 2.sqlite" and "Rollbook sample school 2 files", 3, … of which
    // neither exists yet.
    static SamplePlace freePlace(const QString &directory);
    // The folder a sample goes in: the open database file's, or the default database's while a
    // server's database is open.
    QString directory() const;

    bool isRunning() const;

public slots:
    // Makes a sample in directory() and opens it; nothing while one is being made.
    void start();

signals:
    // The window has the sample open (`place.database`), or it failed (shown to the user).
    void finished(bool opened);

private:
    void made();

    MainWindow *m_window;
    QFutureWatcher<Result<SampleDatabase>> m_watcher;
    SamplePlace m_place;
    QString m_previous; // the database open before, to name the way back
    QPointer<QProgressDialog> m_busy;
};

} // namespace Rollbook
