// Rosters delivered as a folder or a .zip file (models/roster/rosterfiles.cpp): where the CSV
// files may sit, what is ignored, what is refused (paths out of the folder, zip bombs, headers
// that lie, passwords), and a zip entry read through the CSV reader. The zip files are built here
// with libzip, and patched by hand where libzip would not write them.
#include "csv/csvreader.h"
#include "roster/rosterfiles.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

struct ZipItem
{
    QString name;
    QByteArray data;
    bool stored = false;    // ZIP_CM_STORE; otherwise deflated
    bool encrypted = false; // ZIP_EM_AES_256
    bool directory = false;
};

// Writes the zip file with libzip; an empty string, or what libzip said.
QString writeZip(const QString &path, const QList<ZipItem> &items)
{
    QFile::remove(path);
    int code = 0;
    zip_t *archive =
            zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return u"zip_open failed: %1"_s.arg(code);
    for (const ZipItem &item : items) {
        const QByteArray name = item.name.toUtf8();
        zip_int64_t index = -1;
        if (item.directory) {
            index = zip_dir_add(archive, name.constData(), ZIP_FL_ENC_UTF_8);
        } else {
            // The items outlive zip_close(), which is when libzip reads the buffers.
            zip_source_t *source =
                    zip_source_buffer(archive, item.data.constData(), item.data.size(), 0);
            index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                zip_source_free(source);
        }
        if (index < 0 ||
            zip_set_file_compression(archive, zip_uint64_t(index),
                                     item.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) != 0 ||
            (item.encrypted && zip_file_set_encryption(archive, zip_uint64_t(index), ZIP_EM_AES_256,
                                                       "secret") != 0)) {
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return why;
        }
    }
    if (zip_close(archive) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return why;
    }
    return {};
}

void putLE32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

quint16 getLE16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

// Makes the entry's headers lie: its uncompressed size (and, when asked, its compressed size)
// in the local header and in the central directory become `size`. The number of headers
// patched (2 when all went well).
int patchDeclaredSize(const QString &path, const QByteArray &entry, quint32 size,
                      bool compressedToo)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return 0;
    QByteArray bytes = file.readAll();
    int patched = 0;
    // Local header: name length at 26, name at 30; compressed size at 18, uncompressed at 22.
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0;
         at = bytes.indexOf("PK\x03\x04", at + 4)) {
        if (bytes.mid(at + 30, getLE16(bytes, at + 26)) != entry)
            continue;
        putLE32(bytes, at + 22, size);
        if (compressedToo)
            putLE32(bytes, at + 18, size);
        ++patched;
    }
    // Central directory: name length at 28, name at 46; compressed size at 20, uncompressed at 24.
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0;
         at = bytes.indexOf("PK\x01\x02", at + 4)) {
        if (bytes.mid(at + 46, getLE16(bytes, at + 28)) != entry)
            continue;
        putLE32(bytes, at + 24, size);
        if (compressedToo)
            putLE32(bytes, at + 20, size);
        ++patched;
    }
    file.seek(0);
    file.write(bytes);
    return patched;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(data);
}

// Reads the device to its end in chunks of `chunk` bytes: the bytes, and whether it ended with
// an error (read() returning -1).
struct ReadOutcome
{
    QByteArray data;
    bool failed = false;
    QString error;
};

ReadOutcome readToEnd(QIODevice *device, qint64 chunk = 4096)
{
    ReadOutcome outcome;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), chunk);
        if (n < 0) {
            outcome.failed = true;
            outcome.error = device->errorString();
            return outcome;
        }
        if (n == 0)
            return outcome;
        outcome.data.append(buffer.constData(), n);
    }
}

const QByteArray usersCsv = "sourcedId,username,givenName,familyName\n"
                            "u1,aase.berg,Åse,Berg\n"
                            "u2,oystein.haugen,Øystein,Haugen\n";
const QByteArray orgsCsv = "sourcedId,name,type\no1,Nordby skole,school\n";

QByteArray manyRows(int rows)
{
    QByteArray data = "sourcedId,username,givenName,familyName,email\n";
    for (int i = 0; i < rows; ++i)
        data += QByteArray::number(i * 7919 % 100003) + ",user" + QByteArray::number(i) + ",Given" +
                QByteArray::number(i % 977) + ",Family" + QByteArray::number(i % 1231) + ",u" +
                QByteArray::number(i) + "@school.example\n";
    return data;
}

// A message for the person at the keyboard: it names the roster, and no code of libzip's.
void checkMessage(const QString &message, const QString &path, const QString &words)
{
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(!message.contains("zip_"_L1) && !message.contains("ZIP_"_L1), qPrintable(message));
}

} // namespace

class TestRosterFiles : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // --- where the files are -----------------------------------------------------------------

    void folder()
    {
        const QString folder = m_dir.filePath(u"Roster 2024"_s);
        writeFile(folder + u"/Users.csv"_s, usersCsv);
        writeFile(folder + u"/orgs.CSV"_s, orgsCsv);
        writeFile(folder + u"/._users.csv"_s, "\0\x05\x16\x07"_ba);
        writeFile(folder + u"/.DS_Store"_s, "junk");
        writeFile(folder + u"/readme.txt"_s, "not a roster file");
        writeFile(folder + u"/old/classes.csv"_s, "sourcedId\n");

        const Result<RosterFiles> roster = RosterFiles::open(folder);
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().message));
        QVERIFY(!roster->isZip());
        QCOMPARE(roster->displayName(), u"Roster 2024"_s);
        QCOMPARE(roster->path(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(roster->fileNames(), (QStringList{u"orgs.csv"_s, u"users.csv"_s}));
        QVERIFY(roster->contains(u"USERS.csv"_s));
        QVERIFY(!roster->contains(u"classes.csv"_s));
        QCOMPARE(roster->fileSize(u"users.csv"_s), usersCsv.size());
        QCOMPARE(roster->fileSize(u"classes.csv"_s), -1);
        QCOMPARE(roster->filePath(u"users.csv"_s), u"Users.csv"_s);

        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());
        QCOMPARE(device.value()->readAll(), usersCsv);
    }

    // A folder unzipped into a folder of its own name, as Windows' "Extract all" does.
    void folderWithOneFolderInside()
    {
        const QString folder = m_dir.filePath(u"roster"_s);
        writeFile(folder + u"/roster/users.csv"_s, usersCsv);
        writeFile(folder + u"/__MACOSX/roster/._users.csv"_s, "junk");

        const Result<RosterFiles> roster = RosterFiles::open(folder);
        QVERIFY(roster.ok());
        QCOMPARE(roster->fileNames(), QStringList{u"users.csv"_s});
        QCOMPARE(roster->filePath(u"users.csv"_s), u"roster/users.csv"_s);
        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());
        QCOMPARE(device.value()->readAll(), usersCsv);
    }

    void zipLayouts_data()
    {
        QTest::addColumn<QList<ZipItem>>("items");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("paths");

        QTest::newRow("files at the top")
                << QList<ZipItem>{{u"users.csv"_s, usersCsv}, {u"orgs.csv"_s, orgsCsv}}
                << QStringList{u"orgs.csv"_s, u"users.csv"_s}
                << QStringList{u"orgs.csv"_s, u"users.csv"_s};
        QTest::newRow("one folder at the top")
                << QList<ZipItem>{{u"export/"_s, {}, false, false, true},
                                  {u"export/users.csv"_s, usersCsv},
                                  {u"export/orgs.csv"_s, orgsCsv},
                                  {u"export/deeper/classes.csv"_s, "sourcedId\n"}}
                << QStringList{u"orgs.csv"_s, u"users.csv"_s}
                << QStringList{u"export/orgs.csv"_s, u"export/users.csv"_s};
        QTest::newRow("mixed case")
                << QList<ZipItem>{{u"Users.CSV"_s, usersCsv}, {u"ORGS.csv"_s, orgsCsv}}
                << QStringList{u"orgs.csv"_s, u"users.csv"_s}
                << QStringList{u"ORGS.csv"_s, u"Users.CSV"_s};
        QTest::newRow("a Mac's junk ignored")
                << QList<ZipItem>{{u"Roster/users.csv"_s, usersCsv},
                                  {u"__MACOSX/Roster/._users.csv"_s, "\0\x05\x16\x07"_ba},
                                  {u"__MACOSX/._Roster"_s, "junk"},
                                  {u"Roster/.DS_Store"_s, "junk"},
                                  {u"Roster/._users.csv"_s, "junk"}}
                << QStringList{u"users.csv"_s} << QStringList{u"Roster/users.csv"_s};
        // Windows PowerShell 5's Compress-Archive writes backslashes.
        QTest::newRow("backslashes inside the folder")
                << QList<ZipItem>{{u"Roster\\users.csv"_s, usersCsv}} << QStringList{u"users.csv"_s}
                << QStringList{u"Roster/users.csv"_s};
        QTest::newRow("files at the top win over a folder")
                << QList<ZipItem>{{u"users.csv"_s, usersCsv}, {u"old/orgs.csv"_s, orgsCsv}}
                << QStringList{u"users.csv"_s} << QStringList{u"users.csv"_s};
        QTest::newRow("no CSV files")
                << QList<ZipItem>{{u"readme.txt"_s, "hello"}} << QStringList{} << QStringList{};
        QTest::newRow("non-ASCII names")
                << QList<ZipItem>{{u"Elevar 2024/users.csv"_s, usersCsv},
                                  {u"Elevar 2024/føresette.csv"_s, orgsCsv}}
                << QStringList{u"føresette.csv"_s, u"users.csv"_s}
                << QStringList{u"Elevar 2024/føresette.csv"_s, u"Elevar 2024/users.csv"_s};
    }

    void zipLayouts()
    {
        QFETCH(QList<ZipItem>, items);
        QFETCH(QStringList, names);
        QFETCH(QStringList, paths);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, items), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().message));
        QVERIFY(roster->isZip());
        QCOMPARE(roster->displayName(), u"roster.zip"_s);
        QCOMPARE(roster->fileNames(), names);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(roster->filePath(names[i].toUpper()), paths[i]);
            const QByteArray expected =
                    std::find_if(items.cbegin(), items.cend(), [&](const ZipItem &item) {
                        return QString(item.name).replace(u'\\', u'/') == paths[i];
                    })->data;
            QCOMPARE(roster->fileSize(names[i]), expected.size());
            auto device = roster->openFile(names[i]);
            QVERIFY2(device.ok(), qPrintable(device.ok() ? QString() : device.error().message));
            QVERIFY(device.value()->isSequential());
            const ReadOutcome read = readToEnd(device.value().get(), 7);
            QVERIFY2(!read.failed, qPrintable(read.error));
            QCOMPARE(read.data, expected);
        }
    }

    void ambiguousRosters_data()
    {
        QTest::addColumn<QList<ZipItem>>("items");
        QTest::addColumn<QString>("words");

        QTest::newRow("two folders")
                << QList<ZipItem>{{u"2023/users.csv"_s, usersCsv}, {u"2024/users.csv"_s, usersCsv}}
                << u"more than one folder (2023, 2024)"_s;
        QTest::newRow("names that differ in case")
                << QList<ZipItem>{{u"users.csv"_s, usersCsv}, {u"Users.csv"_s, usersCsv}}
                << u"two files named users.csv"_s;
    }

    void ambiguousRosters()
    {
        QFETCH(QList<ZipItem>, items);
        QFETCH(QString, words);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, items), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::Invalid);
        checkMessage(roster.error().message, path, words);
    }

    // --- what is refused ---------------------------------------------------------------------

    void pathsOutOfTheFolder_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("../") << u"../users.csv"_s;
        QTest::newRow("absolute") << u"/etc/x.csv"_s;
        QTest::newRow("up and out") << u"a/../../b.csv"_s;
        QTest::newRow("backslashes") << u"..\\users.csv"_s;
        QTest::newRow("drive letter") << u"C:\\Windows\\x.csv"_s;
        QTest::newRow("drive letter, relative") << u"C:x.csv"_s;
        QTest::newRow("network share") << u"\\\\server\\share\\x.csv"_s;
        QTest::newRow("junk out of the folder") << u"__MACOSX/../../x"_s;
    }

    void pathsOutOfTheFolder()
    {
        QFETCH(QString, entry);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, usersCsv}, {entry, orgsCsv}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::Invalid);
        checkMessage(roster.error().message, path, u"“%1”"_s.arg(entry));
        QVERIFY(roster.error().message.contains("outside its folder"_L1));
    }

    // A path that goes down and up again stays inside: harmless, and taken for what it is.
    void dotsThatStayInside()
    {
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"a/../users.csv"_s, usersCsv}, {u"./orgs.csv"_s, orgsCsv}}),
                 QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        QCOMPARE(roster->fileNames(), (QStringList{u"orgs.csv"_s, u"users.csv"_s}));
    }

    void notAZip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("a CSV file") << usersCsv << u"is not a zip file"_s;
        QTest::newRow("empty") << QByteArray() << u"is not a zip file"_s;
        QTest::newRow("cut short") << QByteArray() << u"roster.zip"_s; // filled in below
    }

    void notAZip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        if (QByteArray(QTest::currentDataTag()) == "cut short") {
            QCOMPARE(writeZip(path, {{u"users.csv"_s, manyRows(2000)}}), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes = file.read(file.size() - 30);
        }
        writeFile(path, bytes);
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::Invalid);
        checkMessage(roster.error().message, path, words);
    }

    void missing()
    {
        const QString path = m_dir.filePath(u"nowhere.zip"_s);
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::File);
        checkMessage(roster.error().message, path, u"no such file or folder"_s);
    }

    void encrypted()
    {
        if (!zip_encryption_method_supported(ZIP_EM_AES_256, 1))
            QSKIP("this libzip cannot write AES-encrypted entries");
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(
                writeZip(path, {{u"orgs.csv"_s, orgsCsv}, {u"users.csv"_s, usersCsv, false, true}}),
                QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::Invalid);
        checkMessage(roster.error().message, path,
                     u"“users.csv” in it is protected with a password"_s);
    }

    // --- zip bombs -----------------------------------------------------------------------------

    void limits_data()
    {
        QTest::addColumn<QList<ZipItem>>("items");
        QTest::addColumn<qint64>("fileBytes");
        QTest::addColumn<qint64>("totalBytes");
        QTest::addColumn<QString>("words");

        const qint64 MiB = 1024 * 1024;
        QTest::newRow("one entry too large")
                << QList<ZipItem>{{u"users.csv"_s, QByteArray(2 * MiB, '\0')}} << MiB << 4 * MiB
                << u"the file “users.csv” in it unpacks to 2.0 MB, more than the 1.0 MB"_s;
        QTest::newRow("together too large")
                << QList<ZipItem>{{u"users.csv"_s, QByteArray(600 * 1024, 'a'), true},
                                  {u"orgs.csv"_s, QByteArray(600 * 1024, 'b'), true},
                                  {u"classes.csv"_s, QByteArray(600 * 1024, 'c'), true}}
                << MiB << 3 * MiB / 2 << u"the files in it unpack to more than 1.5 MB together"_s;
        QTest::newRow("packed too tightly")
                << QList<ZipItem>{{u"orgs.csv"_s, orgsCsv},
                                  {u"users.csv"_s, QByteArray(512 * 1024, '\0')}}
                << MiB << 4 * MiB << u"the file “users.csv” in it unpacks to 512.0 kB from only"_s;
    }

    // The limits lowered, so that the bombs stay small.
    void limits()
    {
        QFETCH(QList<ZipItem>, items);
        QFETCH(qint64, fileBytes);
        QFETCH(qint64, totalBytes);
        QFETCH(QString, words);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, items), QString());
        RosterFiles::Limits limits;
        limits.fileBytes = fileBytes;
        limits.totalBytes = totalBytes;
        limits.ratioFromBytes = 64 * 1024;
        const Result<RosterFiles> roster = RosterFiles::open(path, limits);
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().kind, Error::Kind::Invalid);
        checkMessage(roster.error().message, path, words);

        // Each is under the limits it does not break.
        limits = {};
        limits.ratioFromBytes = std::numeric_limits<qint64>::max();
        QVERIFY(RosterFiles::open(path, limits).ok());
    }

    // With the real limits: 16 MB of zeros pack to some 16 KB, a ratio of 1000.
    void realBomb()
    {
        static_assert(RosterFiles::maximumFileBytes == qint64(1) << 30);
        static_assert(RosterFiles::maximumTotalBytes == qint64(4) << 30);
        static_assert(RosterFiles::maximumRatio == 200);

        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, QByteArray(16 * 1024 * 1024, '\0')}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(!roster.ok());
        checkMessage(roster.error().message, path,
                     u"may be meant to fill the memory or the disk"_s);
    }

    // A large real roster file packs far less tightly than the ratio allows.
    void largeRosterFileOpens()
    {
        const QByteArray data = manyRows(120000); // about 6 MB
        QVERIFY(data.size() > RosterFiles::ratioCheckedFromBytes);
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, data}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().message));
        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());
        const ReadOutcome read = readToEnd(device.value().get(), 256 * 1024);
        QVERIFY2(!read.failed, qPrintable(read.error));
        QVERIFY(read.data == data);
    }

    // --- headers that lie ----------------------------------------------------------------------

    void lyingSizes_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::addColumn<bool>("compressedToo");
        // Stored, the compressed size still true: libzip reads all of it.
        QTest::newRow("stored, uncompressed size") << true << false;
        // Stored, both sizes lie: libzip reads only what is declared, and its checksum fails.
        QTest::newRow("stored, both sizes") << true << true;
        // Deflated: the packed data unpacks to far more than declared.
        QTest::newRow("deflated") << false << false;
    }

    void lyingSizes()
    {
        QFETCH(bool, stored);
        QFETCH(bool, compressedToo);

        const QByteArray data = manyRows(20000); // about 1 MB
        const quint32 declared = 1000;
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"orgs.csv"_s, orgsCsv}, {u"users.csv"_s, data, stored}}),
                 QString());
        QCOMPARE(patchDeclaredSize(path, "users.csv", declared, compressedToo), 2);

        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().message));
        QCOMPARE(roster->fileSize(u"users.csv"_s), qint64(declared));
        for (const qint64 chunk : {qint64(1), qint64(999), qint64(1000), qint64(64 * 1024)}) {
            auto device = roster->openFile(u"users.csv"_s);
            QVERIFY(device.ok());
            const ReadOutcome read = readToEnd(device.value().get(), chunk);
            QVERIFY2(read.failed, qPrintable(u"chunk %1"_s.arg(chunk)));
            QVERIFY(read.data.size() <= qint64(declared));
            QVERIFY(data.startsWith(read.data));
            checkMessage(read.error, path, u"“users.csv” in "_s);
            QVERIFY2(read.error.contains("holds more data than the zip file says"_L1) ||
                             read.error.contains("does not match its checksum"_L1),
                     qPrintable(read.error));
            // It stays failed.
            char byte = 0;
            QCOMPARE(device.value()->read(&byte, 1), qint64(-1));
        }
        // The other entry is fine.
        auto orgs = roster->openFile(u"orgs.csv"_s);
        QVERIFY(orgs.ok());
        QCOMPARE(orgs.value()->readAll(), orgsCsv);
    }

    // A reader that stops at atEnd() (readLine() loops) sees the lie too.
    void lyingSizeWithAtEnd()
    {
        const QByteArray data = manyRows(2000);
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, data}}), QString());
        QCOMPARE(patchDeclaredSize(path, "users.csv", 500, false), 2);
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());
        QIODevice *file = device.value().get();
        QByteArray got;
        bool failed = false;
        while (!file->atEnd()) {
            const QByteArray line = file->readLine();
            if (line.isEmpty()) {
                failed = true;
                break;
            }
            got += line;
        }
        QVERIFY(failed);
        QVERIFY(got.size() <= 500);
        QVERIFY(file->errorString().contains("holds more data"_L1));
    }

    // --- reading ---------------------------------------------------------------------------------

    void csvReaderOnZipEntry()
    {
        const QByteArray data = "\xEF\xBB\xBF"_ba + QByteArray(usersCsv).replace(',', ';');
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"Export/Users.csv"_s, data}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());

        CsvReadOptions options;
        options.fileName = u"users.csv"_s;
        options.chunkSize = 16; // many reads from the sequential device
        CsvReader reader(options);
        QVERIFY2(reader.open(device.value().get()), qPrintable(reader.error().message));
        QCOMPARE(reader.detection().delimiter, ';');
        QCOMPARE(reader.header(),
                 (QStringList{u"sourcedId"_s, u"username"_s, u"givenName"_s, u"familyName"_s}));
        QList<QStringList> rows;
        while (reader.next()) {
            QVERIFY(!reader.recordProblem());
            rows.append(reader.fields());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
        QCOMPARE(rows,
                 (QList<QStringList>{{u"u1"_s, u"aase.berg"_s, u"Åse"_s, u"Berg"_s},
                                     {u"u2"_s, u"oystein.haugen"_s, u"Øystein"_s, u"Haugen"_s}}));
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
    }

    void csvReaderOnLyingEntry()
    {
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, manyRows(20000)}}), QString());
        QCOMPARE(patchDeclaredSize(path, "users.csv", 100000, false), 2);
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(device.ok());

        CsvReadOptions options;
        options.fileName = u"users.csv"_s;
        CsvReader reader(options);
        QVERIFY(reader.open(device.value().get()));
        while (reader.next()) {
        }
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().code, CsvProblemCode::CannotRead);
        QVERIFY(reader.bytesRead() <= 100000);
        checkMessage(reader.error().message, path, u"holds more data than the zip file says"_s);
    }

    // Copies share the roster; each device has its own opening of the zip file, on the thread
    // that opened it.
    void independentDevices()
    {
        const QByteArray users = manyRows(5000);
        const QByteArray orgs = manyRows(3000);
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, users}, {u"orgs.csv"_s, orgs}}), QString());
        const Result<RosterFiles> opened = RosterFiles::open(path);
        QVERIFY(opened.ok());
        const RosterFiles roster = opened.value(); // a copy

        auto first = roster.openFile(u"users.csv"_s);
        auto second = roster.openFile(u"orgs.csv"_s);
        auto third = opened->openFile(u"users.csv"_s);
        QVERIFY(first.ok() && second.ok() && third.ok());
        QByteArray a, b, c;
        while (a.size() < users.size() || b.size() < orgs.size()) {
            a += first.value()->read(1000);
            b += second.value()->read(1500);
            c += third.value()->read(700);
        }
        c += third.value()->readAll();
        QVERIFY(a == users);
        QVERIFY(b == orgs);
        QVERIFY(c == users);
        QVERIFY(first.value()->atEnd());

        QByteArray onWorker;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            for (const QString &name : roster.fileNames()) {
                auto device = roster.openFile(name);
                if (!device.ok()) {
                    workerError = device.error().message;
                    return;
                }
                const ReadOutcome read = readToEnd(device.value().get());
                if (read.failed)
                    workerError = read.error;
                onWorker += read.data;
            }
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QCOMPARE(workerError, QString());
        QVERIFY(onWorker == orgs + users);
    }

    void unknownFile()
    {
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, usersCsv}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        const auto device = roster->openFile(u"orgs.csv"_s);
        QVERIFY(!device.ok());
        checkMessage(device.error().message, path, u"orgs.csv"_s);
    }

    // The zip file is opened again for each file: one replaced in between is noticed.
    void changedSinceOpened()
    {
        const QString path = m_dir.filePath(u"roster.zip"_s);
        QCOMPARE(writeZip(path, {{u"users.csv"_s, usersCsv}}), QString());
        const Result<RosterFiles> roster = RosterFiles::open(path);
        QVERIFY(roster.ok());
        QCOMPARE(writeZip(path, {{u"users.csv"_s, manyRows(100)}}), QString());
        const auto device = roster->openFile(u"users.csv"_s);
        QVERIFY(!device.ok());
        checkMessage(device.error().message, path, u"has changed since it was opened"_s);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestRosterFiles)
#include "tst_rosterfiles.moc"
