// Owner-only files (core/privatefile): every file Rollbook writes with personal data in it (the
// export batches and UPLOAD.txt, the OneRoster bundle, the letters PDF, the outbox e-mails, the
// problem rows of an import or a roster) and the folder it makes for an export have no
// permission for the group or others on Linux and macOS. The process's umask is 0 while the tests
// run, so that a file made with the default permissions would show rw-rw-rw- and fail: the
// checks do not depend on the umask of whoever runs them. Also PrivateSaveFile's own promises: a
// cancelled or failed write leaves no file behind and the target as it was.
#include "core/privatefile.h"
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/batchexport.h"
#include "distribution/letters.h"
#include "distribution/onerosterexport.h"
#include "distribution/outbox.h"
#include "import/importrun.h"
#include "roster/roster.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

constexpr QFileDevice::Permissions groupOrOthers =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownerOnly(const QString &path)
{
    return QFileInfo::exists(path) && !(QFile::permissions(path) & groupOrOthers);
}

// `folder` and everything below it, hidden entries too, that the group or others may use: what
// must stay empty.
QStringList notOwnerOnly(const QString &folder)
{
    QStringList open;
    if (!ownerOnly(folder))
        open << folder;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!ownerOnly(path))
            open << u"%1 (%2)"_s.arg(path).arg(uint(QFile::permissions(path)), 0, 16);
    }
    return open;
}

// Every entry below `folder` with its bytes: what "the folder as it was" means.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        entries.insert(QDir(folder).relativeFilePath(path),
                       it.fileInfo().isDir() || !file.open(QIODevice::ReadOnly)
                               ? QByteArray("<folder>")
                               : file.readAll());
    }
    return entries;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
}

// A new file written as any program writes one: with the default permissions, rw-rw-rw- here.
// (A file that is there is removed first: truncated, it would keep its permissions.)
bool writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return (!file.exists() || file.remove()) &&
           file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void plainFilesWouldBeSeen();

    // PrivateSaveFile
    void newFileIsOwnerOnly();
    void fileInTheWayIsReplacedByAnOwnerOnlyOne();
    void unfinishedWriteLeavesTheFolderAsItWas_data();
    void unfinishedWriteLeavesTheFolderAsItWas();
    void failedWriteLeavesTheTargetAsItWas();
    void fileThatCannotBePutInPlaceLeavesTheTargetAsItWas();
    void onlyWritingFromTheStartIsOffered();
    void emptyFileForAPrinterKeepsItsPermissionsWhenWritten();

    // Folders
    void folderMadeForAnExportIsOwnerOnly();

    // The writers
    void exportBatchesAreOwnerOnly();
    void oneRosterBundleIsOwnerOnly();
    void lettersPdfIsOwnerOnly();
    void outboxIsOwnerOnly();
    void rejectedRowsAreOwnerOnly();
    void rosterRejectedRowsAreOwnerOnly();

private:
    void import(const QString &fixture, Profile profile, const QString &syncField = QString());
    QList<Recipient> everyone();
    QSqlDatabase db() const { return m_database->connection(); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

#ifdef Q_OS_UNIX
    mode_t m_umask = 022;
#endif
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPrivateFiles::initTestCase()
{
#ifdef Q_OS_UNIX
    m_umask = ::umask(0);
#else
    QSKIP("Owner-only files are a Linux and macOS promise; Windows gives the folder's ACL.");
#endif
}

void TestPrivateFiles::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestPrivateFiles::init()
{
    static int n = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(Testing::newDatabase(path(u"db-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"true"_s, u"test"_s).ok());
}

void TestPrivateFiles::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestPrivateFiles::import(const QString &fixture, Profile profile, const QString &syncField)
{
    ImportPlan plan;
    plan.filePath = Testing::fixture(fixture);
    plan.profile = profile;
    plan.syncField = syncField;
    plan.backupsKept = 0;
    const auto report = runImport(db(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report.value().committed, qPrintable(fixture));
}

// Two learners and their two parents, each with a password and an e-mail address.
QList<Recipient> TestPrivateFiles::everyone()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    QSqlQuery update(db());
    if (!update.exec(u"UPDATE person SET email = username || '@nordby.example', "
                     u"password = 'Pw-' || username || '-7xKq2m'"_s))
        QTest::qFail("the people could not be given addresses", __FILE__, __LINE__);
    auto recipients = loadRecipients(db(), {});
    if (!recipients) {
        QTest::qFail(qPrintable(recipients.error().message), __FILE__, __LINE__);
        return {};
    }
    return recipients.value();
}

// The check can fail: with the umask at 0, a file made with the default permissions is readable
// by everyone.
void TestPrivateFiles::plainFilesWouldBeSeen()
{
    const QString plain = path(u"plain.txt"_s);
    QVERIFY(writePlain(plain, "x"));
    QVERIFY(QFile::permissions(plain) & QFileDevice::ReadOther);
    QVERIFY(QDir().mkdir(path(u"plain"_s)));
    QVERIFY(QFile::permissions(path(u"plain"_s)) & QFileDevice::ReadOther);
}

void TestPrivateFiles::newFileIsOwnerOnly()
{
    const QString target = path(u"new.csv"_s);
    PrivateSaveFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("a,b\r\n"), qint64(5));
    // Owner-only while it is written, too: the temporary file is the only other entry.
    const QStringList entries = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().startsWith(u"new.csv."_s));
    QVERIFY(ownerOnly(path(entries.first())));
    QVERIFY(file.commit());
    QVERIFY(!file.isOpen());
    QCOMPARE(readBytes(target), QByteArray("a,b\r\n"));
    QVERIFY(ownerOnly(target));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"new.csv"_s});
}

void TestPrivateFiles::fileInTheWayIsReplacedByAnOwnerOnlyOne()
{
    const QString target = path(u"letters.pdf"_s);
    QVERIFY(writePlain(target, "earlier"));
    QVERIFY(!ownerOnly(target));
    PrivateSaveFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("new") == 3);
    QCOMPARE(readBytes(target), QByteArray("earlier")); // untouched until commit()
    QVERIFY(file.commit());
    QCOMPARE(readBytes(target), QByteArray("new"));
    QVERIFY(ownerOnly(target));
}

void TestPrivateFiles::unfinishedWriteLeavesTheFolderAsItWas_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("how");
    for (const bool existing : {false, true}) {
        for (const QString &how : {u"cancelWriting"_s, u"close"_s, u"destroyed"_s}) {
            QTest::addRow("%s, %s", existing ? "a file there" : "no file there", qPrintable(how))
                    << existing << how;
        }
    }
}

void TestPrivateFiles::unfinishedWriteLeavesTheFolderAsItWas()
{
    QFETCH(bool, existing);
    QFETCH(QString, how);
    const QString target = path(u"rows.csv"_s);
    if (existing)
        QVERIFY(writePlain(target, "earlier"));
    const auto before = snapshot(m_dir->path());
    const auto permissions = QFile::permissions(target);
    {
        PrivateSaveFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("half a file"), qint64(11));
        if (how == u"cancelWriting"_s)
            file.cancelWriting();
        else if (how == u"close"_s)
            file.close();
        if (how != u"destroyed"_s) {
            QVERIFY(!file.isOpen());
            QVERIFY(!file.commit());
        }
    }
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(QFile::permissions(target), permissions);
}

void TestPrivateFiles::failedWriteLeavesTheTargetAsItWas()
{
#ifdef Q_OS_UNIX
    // A file may grow to 4 KiB only: the write fails as on a full disk (root too).
    const QString target = path(u"big.csv"_s);
    QVERIFY(writePlain(target, "earlier"));
    const auto before = snapshot(m_dir->path());
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
    const rlimit small{4096, limit.rlim_max};
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    bool committed = true;
    QString why;
    {
        PrivateSaveFile file(target);
        if (file.open(QIODevice::WriteOnly)) {
            const QByteArray row(1000, 'x');
            for (int i = 0; i < 64; ++i)
                file.write(row);
            committed = file.commit();
            why = file.errorString();
        }
    }
    ::setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!committed);
    QVERIFY2(!why.isEmpty(), "the failure says why");
    QCOMPARE(snapshot(m_dir->path()), before);
#else
    QSKIP("Needs a file size limit (Linux and macOS).");
#endif
}

void TestPrivateFiles::fileThatCannotBePutInPlaceLeavesTheTargetAsItWas()
{
    // A folder of that name is in the way: nothing can take its place.
    const QString target = path(u"users.csv"_s);
    QVERIFY(QDir().mkpath(QDir(target).filePath(u"inside"_s)));
    const auto before = snapshot(m_dir->path());
    PrivateSaveFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("rows"), qint64(4));
    QVERIFY(!file.commit());
    QVERIFY(!file.errorString().isEmpty());
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestPrivateFiles::onlyWritingFromTheStartIsOffered()
{
    const QString target = path(u"open.csv"_s);
    const QList<QIODevice::OpenMode> refused{QIODevice::ReadOnly, QIODevice::ReadWrite,
                                             QIODevice::WriteOnly | QIODevice::Append};
    for (const QIODevice::OpenMode mode : refused) {
        PrivateSaveFile file(target);
        QVERIFY(!file.open(mode));
    }
    PrivateSaveFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    QVERIFY(!file.open(QIODevice::WriteOnly)); // once
    file.cancelWriting();
    QCOMPARE(QDir(m_dir->path()).entryList({u"open.csv*"_s}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

// What the Distribute page relies on when Qt's printer writes the PDF (Print to File): a file
// made owner-only beforehand stays so when a PDF engine opens it by name and writes it.
void TestPrivateFiles::emptyFileForAPrinterKeepsItsPermissionsWhenWritten()
{
    const QString target = path(u"printed.pdf"_s);
    QVERIFY(writePlain(target, "an earlier PDF"));
    QFile prepared(target);
    QVERIFY2(PrivateFiles::replaceWithEmpty(prepared), qPrintable(prepared.errorString()));
    QCOMPARE(QFileInfo(target).size(), qint64(0));
    QVERIFY(ownerOnly(target));
    {
        QPdfWriter writer(target);
        QPainter painter;
        QVERIFY(painter.begin(&writer));
        painter.drawText(100, 100, u"Password: Pw-7xKq2m"_s);
        QVERIFY(painter.end());
    }
    QVERIFY(readBytes(target).startsWith("%PDF"));
    QVERIFY(ownerOnly(target));
}

void TestPrivateFiles::folderMadeForAnExportIsOwnerOnly()
{
    // Only the folder itself: the folders above it hold nothing but it (privatefile.h).
    const QString folder = path(u"above/export"_s);
    QVERIFY(PrivateFiles::makeFolder(folder));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(ownerOnly(folder));
    // A folder that is there is the user's: its permissions are left as they are.
    const QString existing = path(u"mine"_s);
    QVERIFY(QDir().mkdir(existing));
    const auto permissions = QFile::permissions(existing);
    QVERIFY(PrivateFiles::makeFolder(existing));
    QCOMPARE(QFile::permissions(existing), permissions);
    // A file in the way is no folder.
    QVERIFY(writePlain(path(u"file"_s), "x"));
    QVERIFY(!PrivateFiles::makeFolder(path(u"file"_s)));
}

void TestPrivateFiles::exportBatchesAreOwnerOnly()
{
    const QList<Recipient> recipients = everyone();
    const QString folder = path(u"upload/batches"_s);
    const auto exported = exportBatches(recipients, folder, {});
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    QCOMPARE(exported->files.size(), 3);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(u"UPLOAD.txt"_s)));
    QCOMPARE(notOwnerOnly(folder), QStringList());

    // Into a folder of the user's, over an earlier export written with the default permissions:
    // the folder keeps its own, the new files are owner-only.
    const QString mine = path(u"mine"_s);
    QVERIFY(QDir().mkdir(mine));
    const auto permissions = QFile::permissions(mine);
    QVERIFY(writePlain(QDir(mine).filePath(u"01-learners.csv"_s), "earlier"));
    QVERIFY(writePlain(QDir(mine).filePath(u"UPLOAD.txt"_s), "earlier"));
    QVERIFY(exportBatches(recipients, mine, {}));
    QCOMPARE(QFile::permissions(mine), permissions);
    const QStringList files = QDir(mine).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList({u"01-learners.csv"_s, u"02-parents-1.csv"_s, u"03-parents-2.csv"_s,
                                 u"UPLOAD.txt"_s}));
    for (const QString &file : files)
        QVERIFY2(ownerOnly(QDir(mine).filePath(file)), qPrintable(file));
}

void TestPrivateFiles::oneRosterBundleIsOwnerOnly()
{
    const QList<Recipient> recipients = everyone();
    const QString folder = path(u"oneroster/bundle"_s);
    const auto exported = exportOneRoster(recipients, folder, {true, u"Nordby skole"_s});
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList({u"manifest.csv"_s, u"orgs.csv"_s, u"users.csv"_s}));
    QCOMPARE(notOwnerOnly(folder), QStringList());

    QVERIFY(writePlain(QDir(folder).filePath(u"users.csv"_s), "earlier"));
    QVERIFY(!ownerOnly(QDir(folder).filePath(u"users.csv"_s)));
    QVERIFY(exportOneRoster(recipients, folder, {true, u"Nordby skole"_s}));
    QCOMPARE(notOwnerOnly(folder), QStringList());
}

void TestPrivateFiles::lettersPdfIsOwnerOnly()
{
    const QList<Recipient> recipients = everyone();
    LetterOptions options;
    options.templateHtml = u"<p>{name}: {username} / {password}</p>"_s;
    options.school = {u"Nordby skole"_s, u"https://nordby.itslearning.example"_s};
    const QString pdf = path(u"letters.pdf"_s);
    const auto written = writeLettersPdf(recipients, options, pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(readBytes(pdf).startsWith("%PDF"));
    QVERIFY(ownerOnly(pdf));

    QVERIFY(writePlain(pdf, "an earlier PDF"));
    QVERIFY(writeLettersPdf(recipients, options, pdf));
    QVERIFY(readBytes(pdf).startsWith("%PDF"));
    QVERIFY(ownerOnly(pdf));
    QCOMPARE(QDir(m_dir->path()).entryList({u"letters.pdf*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"letters.pdf"_s});
}

void TestPrivateFiles::outboxIsOwnerOnly()
{
    const QList<Recipient> recipients = everyone();
    OutboxOptions options;
    options.from = u"office@nordby.example"_s;
    options.subjectTemplate = u"Your login"_s;
    options.bodyTemplate = u"User name: {username}\nPassword: {password}\n"_s;
    const QString folder = path(u"mail/outbox"_s);
    const auto written = writeOutbox(recipients, folder, options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written->files.size(), 4);
    QCOMPARE(notOwnerOnly(folder), QStringList());

    // A message of the same name written earlier with the default permissions: replaced by an
    // owner-only one, not truncated (which would keep rw-rw-rw-).
    const QString earlier = QDir(folder).filePath(u"mom.eml"_s);
    QVERIFY(writePlain(earlier, "earlier"));
    QVERIFY(!ownerOnly(earlier));
    QVERIFY(writeOutbox(recipients, folder, options));
    QVERIFY(readBytes(earlier).contains("Pw-mom-7xKq2m"));
    QCOMPARE(notOwnerOnly(folder), QStringList());
}

void TestPrivateFiles::rejectedRowsAreOwnerOnly()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    ImportPlan plan;
    plan.filePath = Testing::fixture(u"bad-unknown-child.csv"_s);
    plan.profile = Profile::Parent;
    plan.syncField = u"ChildID"_s;
    plan.backupsKept = 0;
    const auto run = runImport(db(), plan);
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
    QVERIFY(!run.value().errors.isEmpty());
    const QString rejected = path(u"rejected.csv"_s);
    QVERIFY(writePlain(rejected, "earlier"));
    const auto written = writeRejectedRows(plan, run.value(), rejected);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(readBytes(rejected).contains("gran"));
    QVERIFY(ownerOnly(rejected));
}

void TestPrivateFiles::rosterRejectedRowsAreOwnerOnly()
{
    RosterPlan plan;
    plan.path = Testing::fixture(u"roster/bad/duplicate-sourcedid"_s);
    plan.backupsKept = 0;
    const auto report = runRosterImport(db(), plan);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const QString rejected = path(u"roster-problems.csv"_s);
    const auto written = writeRosterRejected(plan, report.value(), rejected);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(QFileInfo(rejected).size() > 0);
    QVERIFY(ownerOnly(rejected));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestPrivateFiles)
#include "tst_privatefiles.moc"
