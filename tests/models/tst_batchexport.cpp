// Export batches (models/distribution/batchexport): the files to upload in upload order, read
// back with the project's own CSV reader, after imports of the fixtures through the real engine.
#include "core/translation.h"
#include "csv/csvreader.h"
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/batchexport.h"
#include "distribution/initialpasswords.h"
#include "import/importrun.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(name);
}

// Every entry below `folder`, hidden ones too, with the bytes of each file: what "the folder as
// it was" means.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(folder).relativeFilePath(path);
        QFile file(path);
        entries.insert(name, it.fileInfo().isDir() || !file.open(QIODevice::ReadOnly)
                                     ? QByteArray("<folder>")
                                     : file.readAll());
    }
    return entries;
}

QString uploadText(const QString &folder)
{
    QFile file(QDir(folder).filePath(u"UPLOAD.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
}

QStringList fileNames(const BatchExportResult &result)
{
    QStringList names;
    for (const ExportedFile &file : result.files)
        names << u"%1:%2"_s.arg(file.fileName).arg(file.rows);
    return names;
}

// The current data row's tag, fit for a file name on every system.
QString tag()
{
    QString name = QString::fromUtf8(QTest::currentDataTag());
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    return name;
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void combinedParentsExportIntoTwoFilesWhoseUnionIsTheLinks();
    void learnersFileHoldsEveryLearner();
    void hostileCellsComeOutWithAnApostrophe();
    void identityColumnsAreExactAndFreeTextIsNeutralised();
    void childIdIsTheSyncKeyOnlyWhenEveryLearnerInvolvedHasOne_data();
    void childIdIsTheSyncKeyOnlyWhenEveryLearnerInvolvedHasOne();
    void encodingAndDelimiterFromTheOptions_data();
    void encodingAndDelimiterFromTheOptions();
    void charactersTheEncodingCannotHoldAreCounted();
    void passwordsIncludedOrLeftOut_data();
    void passwordsIncludedOrLeftOut();
    void parentsOnlyAreNumberedFromOne();
    void parentWithoutChildIsInTheFirstParentsFile();
    void staffAreLeftOut();
    void nobodyToExportIsRefusedAndWritesNothing();
    void earlierExportFilesAreReplacedOthersKept();
    void missingFoldersAreMade();
    void targetThatCannotBeWrittenLeavesNothing_data();
    void targetThatCannotBeWrittenLeavesNothing();
    void fileThatCannotBePutInPlaceLeavesTheFolderAsItWas();
    void uploadTextNamesTheDropDownChoices_data();
    void uploadTextNamesTheDropDownChoices();
    void uploadTextSaysHowParentsWithoutSyncKeyAreMatched_data();
    void uploadTextSaysHowParentsWithoutSyncKeyAreMatched();

private:
    void import(const QString &path, Profile profile, const QString &syncField = QString(),
                MatchField match = MatchField::SyncKey, bool skipErrors = false,
                bool deriveSyncKeys = false);
    QList<Recipient> load(const Audience &audience = {});
    BatchExportResult exportTo(const QString &folder, const Audience &audience = {},
                               const BatchExportOptions &options = {});
    // The folder's file `name`, read with the project's CSV reader.
    CsvTable read(const QString &folder, const QString &name) const;
    QStringList column(const CsvTable &table, const QString &name) const;
    QSqlDatabase db() const { return m_database->connection(); }
    QString folder(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestBatchExport::initTestCase()
{
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

void TestBatchExport::init()
{
    static int n = 0;
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"db-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"true"_s, u"test"_s).ok());
}

void TestBatchExport::cleanup()
{
    m_database.reset();
}

void TestBatchExport::import(const QString &path, Profile profile, const QString &syncField,
                             MatchField match, bool skipErrors, bool deriveSyncKeys)
{
    ImportPlan plan;
    plan.filePath = path;
    plan.profile = profile;
    plan.syncField = syncField;
    plan.matchField = match;
    plan.skipErrors = skipErrors;
    plan.deriveParentSyncKeys = deriveSyncKeys;
    plan.backupsKept = 0;
    const auto report = runImport(db(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report.value().committed, qPrintable(path));
    QVERIFY2(skipErrors || report.value().errors.isEmpty(), qPrintable(path));
}

QList<Recipient> TestBatchExport::load(const Audience &audience)
{
    auto recipients = loadRecipients(db(), audience);
    if (!recipients) {
        QTest::qFail(qPrintable(recipients.error().message), __FILE__, __LINE__);
        return {};
    }
    return recipients.value();
}

BatchExportResult TestBatchExport::exportTo(const QString &target, const Audience &audience,
                                            const BatchExportOptions &options)
{
    auto result = exportBatches(load(audience), target, options);
    if (!result) {
        QTest::qFail(qPrintable(result.error().message), __FILE__, __LINE__);
        return {};
    }
    return result.value();
}

CsvTable TestBatchExport::read(const QString &target, const QString &name) const
{
    return CsvReader::readFile(QDir(target).filePath(name));
}

QStringList TestBatchExport::column(const CsvTable &table, const QString &name) const
{
    const qsizetype at = table.header.indexOf(name);
    QStringList values;
    for (const CsvRow &row : table.rows)
        values << (at >= 0 ? row.fields.value(at) : u"<no column>"_s);
    return values;
}

void TestBatchExport::combinedParentsExportIntoTwoFilesWhoseUnionIsTheLinks()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    const QString target = folder(u"combined"_s);
    const BatchExportResult result = exportTo(target);

    QCOMPARE(fileNames(result), QStringList({u"01-learners.csv:2"_s, u"02-parents-1.csv:2"_s,
                                             u"03-parents-2.csv:2"_s}));
    QCOMPARE(result.childIdMatch, u"Synchronisation key"_s);
    QCOMPARE(result.learners, 2);
    QCOMPARE(result.parents, 2);
    QCOMPARE(result.parentsWithoutChildren, 0);

    const QStringList parentHeader{u"SyncID"_s,   u"User name"_s, u"First name"_s, u"Last name"_s,
                                   u"Password"_s, u"E-mail"_s,    u"ChildID"_s};
    QSet<QString> exported; // "parent user name -> child sync key"
    for (const QString &name : {u"02-parents-1.csv"_s, u"03-parents-2.csv"_s}) {
        const CsvTable table = read(target, name);
        QVERIFY2(table.ok(), qPrintable(name));
        QCOMPARE(table.header, parentHeader);
        const QStringList parents = column(table, u"User name"_s);
        QCOMPARE(QSet<QString>(parents.cbegin(), parents.cend()).size(), parents.size());
        const QStringList children = column(table, u"ChildID"_s);
        for (qsizetype i = 0; i < parents.size(); ++i)
            exported.insert(parents.at(i) + u" -> "_s + children.at(i));
    }
    // File k holds every parent's k-th child, in order of synchronisation key.
    QCOMPARE(column(read(target, u"02-parents-1.csv"_s), u"ChildID"_s),
             QStringList({u"1"_s, u"1"_s}));
    QCOMPARE(column(read(target, u"03-parents-2.csv"_s), u"ChildID"_s),
             QStringList({u"2"_s, u"2"_s}));

    QSet<QString> links;
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT p.username, c.sync_key FROM parent_link l JOIN person p ON p.id = "
                   u"l.parent_id JOIN person c ON c.id = l.learner_id"_s));
    while (q.next())
        links.insert(q.value(0).toString() + u" -> "_s + q.value(1).toString());
    QCOMPARE(links.size(), 4);
    QCOMPARE(exported, links);
}

void TestBatchExport::learnersFileHoldsEveryLearner()
{
    import(fixture(u"learners-utf8.csv"_s), Profile::Learner);
    const QString target = folder(u"learners"_s);
    exportTo(target);
    const CsvTable table = read(target, u"01-learners.csv"_s);
    QVERIFY(table.ok());
    QCOMPARE(table.header, QStringList({u"SyncID"_s, u"User name"_s, u"First name"_s,
                                        u"Last name"_s, u"Password"_s, u"E-mail"_s}));
    QCOMPARE(table.rows.size(), 4);
    // In the order of loadRecipients: last name, first name.
    QCOMPARE(column(table, u"User name"_s),
             QStringList({u"aase.berg"_s, u"zoe.dubois"_s, u"oystein.haugen"_s, u"bjorn.naess"_s}));
    QCOMPARE(table.rows.at(0).fields, QStringList({u"L100"_s, u"aase.berg"_s, u"Åse"_s, u"Berg"_s,
                                                   QString(), u"aase.berg@skole.example"_s}));
    QCOMPARE(table.rows.at(1).fields.value(3), u"Dubois-Lefèvre"_s);
    QCOMPARE(table.rows.at(3).fields.value(5), QString());
}

void TestBatchExport::hostileCellsComeOutWithAnApostrophe()
{
    import(fixture(u"hostile-formula-and-newline.csv"_s), Profile::Learner, {}, MatchField::SyncKey,
           true);
    const QString target = folder(u"hostile"_s);
    exportTo(target);
    const CsvTable table = read(target, u"01-learners.csv"_s);
    QVERIFY(table.ok());
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).fields.value(1), u"kid7"_s);
    QCOMPARE(table.rows.at(0).fields.value(2), u"'=HYPERLINK(\"http://x.example\")"_s);
    QCOMPARE(table.rows.at(0).fields.value(3), u"'+Seven"_s);
    QFile raw(QDir(target).filePath(u"01-learners.csv"_s));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""));
    QVERIFY(bytes.contains(",'+Seven,"));
    QVERIFY(!bytes.contains(",=") && !bytes.contains(",+"));
}

// What is uploaded is what was meant: the columns the platform matches or signs in with (SyncID,
// User name, Password, ChildID) are written exactly, the free text beside them neutralised. Such
// values are refused at import and in the editor now; these were stored before that rule.
void TestBatchExport::identityColumnsAreExactAndFreeTextIsNeutralised()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE person SET sync_key = '-1', username = '-son1', password = '-x7Kp', "
                   u"first_name = '=SUM(A1)', last_name = '+Dickinson', "
                   u"email = '-son1@skole.example' WHERE username = 'son1'"_s));
    QVERIFY(q.exec(u"UPDATE person SET sync_key = '=222', username = '@mom', password = '+pw' "
                   u"WHERE username = 'mom'"_s));
    const QString target = folder(u"exact"_s);
    exportTo(target);

    const auto bytes = [&target](const QString &name) {
        QFile file(QDir(target).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray learners = bytes(u"01-learners.csv"_s);
    QVERIFY2(learners.contains("\r\n-1,-son1,'=SUM(A1),'+Dickinson,-x7Kp,'-son1@skole.example\r\n"),
             learners.constData());
    const QByteArray parents = bytes(u"02-parents-1.csv"_s) + bytes(u"03-parents-2.csv"_s);
    QVERIFY2(parents.contains("\r\n=222,@mom,Elizabeth,Dickinson,+pw,,-1\r\n"),
             parents.constData());
    // Read back as the platform reads it: the very values Rollbook holds.
    const CsvTable table = read(target, u"01-learners.csv"_s);
    QVERIFY(table.ok());
    QVERIFY(column(table, u"User name"_s).contains(u"-son1"_s));
    QVERIFY(column(table, u"Password"_s).contains(u"-x7Kp"_s));
    QVERIFY(column(table, u"SyncID"_s).contains(u"-1"_s));
    QVERIFY(column(table, u"First name"_s).contains(u"'=SUM(A1)"_s));

    const QStringList text = uploadText(target).split(u"\r\n"_s);
    for (const QString &line :
         {u"- SyncID, User name, Password, ChildID are written exactly as Rollbook has them, never "
          u"changed: the platform matches and signs in with them. Rollbook refuses a value there "
          u"that begins with =, +, - or @, so none needs changing."_s,
          u"- A cell of First name, Last name, E-mail that begins with =, +, - or @ starts with an "
          u"apostrophe (') so that a spreadsheet shows it instead of running it as a formula."_s})
        QVERIFY2(text.contains(line), qPrintable(line + u"\n--- in ---\n"_s + text.join(u'\n')));
}

void TestBatchExport::childIdIsTheSyncKeyOnlyWhenEveryLearnerInvolvedHasOne_data()
{
    QTest::addColumn<bool>("keylessLearner"); // a learner without a synchronisation key
    QTest::addColumn<bool>("keylessChild");   // … who is a parent's child
    QTest::addColumn<QString>("profile");     // whom to export
    QTest::addColumn<QString>("match");
    QTest::addColumn<QStringList>("kariAndOla"); // ChildID of the first parents file

    QTest::newRow("every learner has a key")
            << false << false << QString() << u"Synchronisation key"_s
            << QStringList({u"L100"_s, u"L101"_s});
    QTest::newRow("an exported learner without a key")
            << true << false << QString() << u"Username"_s
            << QStringList({u"aase.berg"_s, u"oystein.haugen"_s});
    QTest::newRow("parents only: the keyless learner is not involved")
            << true << false << u"parent"_s << u"Synchronisation key"_s
            << QStringList({u"L100"_s, u"L101"_s});
    QTest::newRow("parents only: a child without a key")
            << true << true << u"parent"_s << u"Username"_s
            << QStringList({u"aase.berg"_s, u"oystein.haugen"_s});
}

void TestBatchExport::childIdIsTheSyncKeyOnlyWhenEveryLearnerInvolvedHasOne()
{
    QFETCH(bool, keylessLearner);
    QFETCH(bool, keylessChild);
    QFETCH(QString, profile);
    QFETCH(QString, match);
    QFETCH(QStringList, kariAndOla);

    import(fixture(u"learners-norwegian-headers.csv"_s), Profile::Learner);
    if (keylessLearner) {
        const QString path = m_dir.filePath(u"keyless-%1.csv"_s.arg(tag()));
        QVERIFY(writeText(path, "User name,First name,Last name\r\nno.key,Nora,Aaberg\r\n"));
        import(path, Profile::Learner);
    }
    import(fixture(u"parents-by-username.csv"_s), Profile::Parent, u"Barnets brukernavn"_s,
           MatchField::Username);
    if (keylessChild) {
        const QString path = m_dir.filePath(u"keyless-parent.csv"_s);
        QVERIFY(writeText(path, "User name,First name,Last name,Child\r\n"
                                "zed.aaberg,Zed,Aaberg,no.key\r\n"));
        import(path, Profile::Parent, u"Child"_s, MatchField::Username);
    }
    Audience audience;
    audience.profile = profile;
    const QString target = folder(u"match-%1"_s.arg(tag()));
    const BatchExportResult result = exportTo(target, audience);
    QCOMPARE(result.childIdMatch, match);
    const CsvTable first = read(target, result.files.at(profile.isEmpty() ? 1 : 0).fileName);
    QVERIFY(first.ok());
    const QStringList parents = column(first, u"User name"_s);
    const QStringList children = column(first, u"ChildID"_s);
    QCOMPARE(children.at(parents.indexOf(u"kari.berg"_s)), kariAndOla.at(0));
    QCOMPARE(children.at(parents.indexOf(u"ola.haugen"_s)), kariAndOla.at(1));
    QVERIFY(uploadText(target).contains(u"Matching synchronisation field for child: "_s + match));
}

void TestBatchExport::encodingAndDelimiterFromTheOptions_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("start");  // the first bytes of the file
    QTest::addColumn<QString>("described"); // in UPLOAD.txt

    QTest::newRow("UTF-8 with BOM, comma (the default)")
            << int(CsvEncoding::Utf8) << true << ',' << QByteArray("\xEF\xBB\xBFSyncID,")
            << u"Encoding: UTF-8 with a byte order mark (BOM). Delimiter: comma."_s;
    QTest::newRow("UTF-8, semicolon")
            << int(CsvEncoding::Utf8) << false << ';' << QByteArray("SyncID;User name;")
            << u"Encoding: UTF-8. Delimiter: semicolon."_s;
    QTest::newRow("Windows-1252, semicolon")
            << int(CsvEncoding::Windows1252) << false << ';' << QByteArray("SyncID;User name;")
            << u"Encoding: Windows-1252. Delimiter: semicolon."_s;
    QTest::newRow("UTF-16 LE, tab")
            << int(CsvEncoding::Utf16LE) << true << '\t'
            << QByteArray("\xFF\xFES\0y\0n\0c\0I\0D\0\t\0", 16)
            << u"Encoding: UTF-16 LE with a byte order mark (BOM). Delimiter: tab."_s;
}

void TestBatchExport::encodingAndDelimiterFromTheOptions()
{
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, start);
    QFETCH(QString, described);

    import(fixture(u"learners-utf8.csv"_s), Profile::Learner);
    BatchExportOptions options;
    options.csv.encoding = CsvEncoding(encoding);
    options.csv.byteOrderMark = bom;
    options.csv.delimiter = delimiter;
    const QString target = folder(u"enc-%1"_s.arg(tag()));
    const BatchExportResult result = exportTo(target, {}, options);
    QCOMPARE(result.unrepresentable, 0);

    QFile raw(QDir(target).filePath(u"01-learners.csv"_s));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY2(raw.readAll().startsWith(start), QTest::currentDataTag());

    const CsvTable table = read(target, u"01-learners.csv"_s);
    QVERIFY(table.ok());
    QCOMPARE(int(table.detection.encoding), encoding);
    QCOMPARE(table.detection.delimiter, delimiter);
    QCOMPARE(column(table, u"First name"_s),
             QStringList({u"Åse"_s, u"Zoë"_s, u"Øystein"_s, u"Bjørn"_s}));
    QCOMPARE(column(table, u"Last name"_s),
             QStringList({u"Berg"_s, u"Dubois-Lefèvre"_s, u"Haugen"_s, u"Næss"_s}));
    QVERIFY2(uploadText(target).contains(described), qPrintable(uploadText(target)));
}

void TestBatchExport::charactersTheEncodingCannotHoldAreCounted()
{
    const QString path = m_dir.filePath(u"polish.csv"_s);
    QVERIFY(writeText(path, "SyncID,User name,First name,Last name\r\n"
                            "P1,lukasz,\xC5\x81ukasz,W\xC3\xB3jcik\r\n"));
    import(path, Profile::Learner);
    BatchExportOptions options;
    options.csv.encoding = CsvEncoding::Windows1252;
    options.csv.delimiter = ';';
    const QString target = folder(u"polish"_s);
    QCOMPARE(exportTo(target, {}, options).unrepresentable, 1);
    const CsvTable table = read(target, u"01-learners.csv"_s);
    QCOMPARE(column(table, u"First name"_s), QStringList({u"?ukasz"_s}));
    QCOMPARE(column(table, u"Last name"_s), QStringList({u"Wójcik"_s}));
}

void TestBatchExport::passwordsIncludedOrLeftOut_data()
{
    QTest::addColumn<bool>("include");
    QTest::newRow("included") << true;
    QTest::newRow("left out") << false;
}

void TestBatchExport::passwordsIncludedOrLeftOut()
{
    QFETCH(bool, include);
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    auto recipients = load();
    QSqlDatabase connection = db();
    QVERIFY(InitialPasswords::fillMissing(connection, recipients, {}, u"test"_s).ok());
    QMap<QString, QString> stored; // user name -> password
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT username, password FROM person"_s));
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    QCOMPARE(stored.size(), 4);

    BatchExportOptions options;
    options.includePasswords = include;
    const QString target = folder(include ? u"with"_s : u"without"_s);
    const BatchExportResult result = exportTo(target, {}, options);
    QCOMPARE(result.files.size(), 3);
    for (const ExportedFile &file : result.files) {
        const CsvTable table = read(target, file.fileName);
        QVERIFY(table.ok());
        QCOMPARE(table.header.contains(u"Password"_s), include);
        QCOMPARE(table.header.size(), (include ? 6 : 5) + (file.fileName.contains(u"parents"_s)));
        const QStringList users = column(table, u"User name"_s);
        const QStringList passwords = column(table, u"Password"_s);
        for (qsizetype i = 0; i < users.size(); ++i) {
            QVERIFY(!stored.value(users.at(i)).isEmpty());
            QCOMPARE(passwords.at(i), include ? stored.value(users.at(i)) : u"<no column>"_s);
        }
    }
    const QString text = uploadText(target);
    QVERIFY2(text.contains(include ? u"Passwords are included"_s
                                   : u"Passwords are not included: the files have no Password "
                                     u"column"_s),
             qPrintable(text));
    for (const QString &password : std::as_const(stored))
        QVERIFY(!text.contains(password));
}

void TestBatchExport::parentsOnlyAreNumberedFromOne()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    const QString target = folder(u"parents-only"_s);
    Audience parents;
    parents.profile = u"parent"_s;
    const BatchExportResult result = exportTo(target, parents);
    QCOMPARE(fileNames(result), QStringList({u"01-parents-1.csv:2"_s, u"02-parents-2.csv:2"_s}));
    QVERIFY(!QFileInfo::exists(QDir(target).filePath(u"01-learners.csv"_s)));
    const QString text = uploadText(target);
    QVERIFY(text.contains(u"1. 01-parents-1.csv: 2 parents, each with their first child."_s));
    QVERIFY(text.contains(u"2. 02-parents-2.csv: 2 parents, each with their second child."_s));
    QVERIFY(!text.contains(u"Profile: Learner"_s));

    Audience learners;
    learners.profile = u"learner"_s;
    const QString learnersTarget = folder(u"learners-only"_s);
    QCOMPARE(fileNames(exportTo(learnersTarget, learners)), QStringList({u"01-learners.csv:2"_s}));
    QCOMPARE(QDir(learnersTarget).entryList(QDir::Files | QDir::Hidden),
             QStringList({u"01-learners.csv"_s, u"UPLOAD.txt"_s}));
}

void TestBatchExport::parentWithoutChildIsInTheFirstParentsFile()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    const QString path = m_dir.filePath(u"lonely.csv"_s);
    QVERIFY(writeText(path, "SyncID,User name,First name,Last name,ChildID\r\n"
                            "444,aunt,Ada,Lonely,\r\n"));
    import(path, Profile::Parent, u"ChildID"_s);

    const QString target = folder(u"lonely"_s);
    const BatchExportResult result = exportTo(target);
    QCOMPARE(result.parents, 3);
    QCOMPARE(result.parentsWithoutChildren, 1);
    QCOMPARE(fileNames(result), QStringList({u"01-learners.csv:2"_s, u"02-parents-1.csv:3"_s,
                                             u"03-parents-2.csv:2"_s}));
    const CsvTable first = read(target, u"02-parents-1.csv"_s);
    const QStringList parents = column(first, u"User name"_s);
    QVERIFY(parents.contains(u"aunt"_s));
    QCOMPARE(column(first, u"ChildID"_s).at(parents.indexOf(u"aunt"_s)), QString());
    QVERIFY(!column(read(target, u"03-parents-2.csv"_s), u"User name"_s).contains(u"aunt"_s));
    QVERIFY(uploadText(target).contains(
            u"1 parent has no child in Rollbook: they are in 02-parents-1.csv with an empty "
            u"ChildID"_s));

    // Only childless parents: still one parents file.
    const QString lonelyOnly = folder(u"lonely-only"_s);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT id FROM person WHERE username = 'aunt'"_s) && q.next());
    Audience aunt;
    aunt.personIds = {q.value(0).toLongLong()};
    const auto chosen = load(aunt);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().person.username, u"aunt"_s);
    QCOMPARE(fileNames(exportTo(lonelyOnly, aunt)), QStringList({u"01-parents-1.csv:1"_s}));
}

void TestBatchExport::staffAreLeftOut()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"INSERT INTO person (username, first_name, last_name, profile, created_at, "
                   u"updated_at) VALUES ('teacher', 'Tea', 'Cher', 'staff', '2024', '2024')"_s));
    const QString target = folder(u"staff"_s);
    const BatchExportResult result = exportTo(target);
    QCOMPARE(result.staff, 1);
    QCOMPARE(fileNames(result), QStringList({u"01-learners.csv:2"_s}));
    QVERIFY(!column(read(target, u"01-learners.csv"_s), u"User name"_s).contains(u"teacher"_s));

    Audience staff;
    staff.profile = u"staff"_s;
    const QString staffOnly = folder(u"staff-only"_s);
    const auto refused = exportBatches(load(staff), staffOnly, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(u"Only staff were chosen"_s),
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(staffOnly));
}

void TestBatchExport::nobodyToExportIsRefusedAndWritesNothing()
{
    const QString target = folder(u"nobody"_s);
    const auto refused = exportBatches({}, target, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().message, u"Nobody was chosen, so there is nothing to export."_s);
    QVERIFY(!QFileInfo::exists(target));
}

void TestBatchExport::earlierExportFilesAreReplacedOthersKept()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    const QString target = folder(u"again"_s);
    QCOMPARE(exportTo(target).files.size(), 3);
    const QDir dir(target);
    // An even bigger export before that one, and the administrator's own files.
    QVERIFY(writeText(dir.filePath(u"04-parents-3.csv"_s), "old"));
    QVERIFY(writeText(dir.filePath(u"05-Parents-4.CSV"_s), "old, other case"));
    QVERIFY(writeText(dir.filePath(u"notes.txt"_s), "mine"));
    QVERIFY(writeText(dir.filePath(u"my-learners.csv"_s), "mine too"));
    QVERIFY(writeText(dir.filePath(u"01-learners.csv.bak"_s), "a copy"));

    Audience learners;
    learners.profile = u"learner"_s;
    QCOMPARE(fileNames(exportTo(target, learners)), QStringList({u"01-learners.csv:2"_s}));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             QStringList({u"01-learners.csv"_s, u"01-learners.csv.bak"_s, u"UPLOAD.txt"_s,
                          u"my-learners.csv"_s, u"notes.txt"_s}));
    const auto kept = snapshot(target);
    QCOMPARE(kept.value(u"notes.txt"_s), QByteArray("mine"));
    QCOMPARE(kept.value(u"my-learners.csv"_s), QByteArray("mine too"));
    QCOMPARE(kept.value(u"01-learners.csv.bak"_s), QByteArray("a copy"));
    QVERIFY(!uploadText(target).contains(u"parents-1"_s));
}

void TestBatchExport::missingFoldersAreMade()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    const QString target = folder(u"new/deeper/still"_s);
    QCOMPARE(fileNames(exportTo(target)), QStringList({u"01-learners.csv:2"_s}));
    QVERIFY(QFileInfo::exists(QDir(target).filePath(u"UPLOAD.txt"_s)));
}

void TestBatchExport::targetThatCannotBeWrittenLeavesNothing_data()
{
    QTest::addColumn<QString>("setup"); // what stands where the folder should be
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << u"file"_s << u"is a file, not a folder"_s;
    QTest::newRow("a folder inside a file") << u"under-file"_s << u"cannot make the folder"_s;
    QTest::newRow("a read-only folder") << u"read-only"_s << u"cannot write in the folder"_s;
}

void TestBatchExport::targetThatCannotBeWrittenLeavesNothing()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    const QString base = folder(u"bad-"_s + setup);
    QVERIFY(QDir().mkpath(base));
    QString target;
    if (setup == u"file"_s) {
        target = QDir(base).filePath(u"export"_s);
        QVERIFY(writeText(target, "a file"));
    } else if (setup == u"under-file"_s) {
        QVERIFY(writeText(QDir(base).filePath(u"export"_s), "a file"));
        target = QDir(base).filePath(u"export/inside/deeper"_s);
    } else {
        target = QDir(base).filePath(u"export"_s);
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeText(QDir(target).filePath(u"01-learners.csv"_s), "earlier"));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ExeOwner);
        // The superuser writes anywhere.
        if (QFile probe(QDir(target).filePath(u"probe"_s)); probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("This user may write in a read-only folder.");
        }
    }
    const auto before = snapshot(base);
    const auto result = exportBatches(load(), target, {});
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::File);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(target)),
             qPrintable(result.error().message));
    QCOMPARE(snapshot(base), before);
}

void TestBatchExport::fileThatCannotBePutInPlaceLeavesTheFolderAsItWas()
{
    import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
    import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    const QString target = folder(u"in-the-way"_s);
    Audience learners;
    learners.profile = u"learner"_s;
    exportTo(target, learners);
    const QDir dir(target);
    QVERIFY(writeText(dir.filePath(u"notes.txt"_s), "mine"));
    // A folder where the last parents file goes: everything else is written before it is found.
    QVERIFY(dir.mkdir(u"03-parents-2.csv"_s));
    const auto before = snapshot(target);

    const auto result = exportBatches(load(), target, {});
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::File);
    QVERIFY2(result.error().message.contains(
                     QDir::toNativeSeparators(dir.filePath(u"03-parents-2.csv"_s))),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"a folder of that name is in the way"_s),
             qPrintable(result.error().message));
    QCOMPARE(snapshot(target), before);
}

void TestBatchExport::uploadTextNamesTheDropDownChoices_data()
{
    QTest::addColumn<bool>("byUserName");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("synchronisation key")
            << false
            << QStringList{u"1. 01-learners.csv: 2 learners."_s,
                           u"   Profile: Learner"_s,
                           u"2. 02-parents-1.csv: 2 parents, each with their first child."_s,
                           u"   Profile: Parent"_s,
                           u"   Synchronisation field in import file: ChildID"_s,
                           u"   Matching synchronisation field for child: Synchronisation key"_s,
                           u"3. 03-parents-2.csv: 2 parents, each with their second child."_s,
                           u"- ChildID holds each child's synchronisation key."_s};
    QTest::newRow("user name")
            << true
            << QStringList{u"1. 01-learners.csv: 4 learners."_s,
                           u"2. 02-parents-1.csv: 2 parents, each with their first child."_s,
                           u"3. 03-parents-2.csv: 1 parent, with their second child."_s,
                           u"   Matching synchronisation field for child: Username"_s,
                           u"- ChildID holds each child's user name, because at least one "
                           u"learner has no synchronisation key."_s};
}

void TestBatchExport::uploadTextNamesTheDropDownChoices()
{
    QFETCH(bool, byUserName);
    QFETCH(QStringList, lines);
    if (byUserName) {
        import(fixture(u"learners-utf8.csv"_s), Profile::Learner);
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE person SET sync_key = NULL WHERE username = 'bjorn.naess'"_s));
        import(fixture(u"parents-by-username.csv"_s), Profile::Parent, u"Barnets brukernavn"_s,
               MatchField::Username);
    } else {
        import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
        import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s);
    }
    const QString target = folder(u"upload-%1"_s.arg(tag()));
    exportTo(target);
    QFile raw(QDir(target).filePath(u"UPLOAD.txt"_s));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QStringList text = uploadText(target).split(u"\r\n"_s);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(text.contains(line), qPrintable(line + u"\n--- in ---\n"_s + text.join(u'\n')));
    const QString all = text.join(u'\n');
    QVERIFY(all.contains(u"Import users from file"_s));
    QVERIFY(all.contains(u"The learners come first"_s));
    // The order: learners before the first parents file.
    QVERIFY(all.indexOf(u"01-learners.csv"_s) < all.indexOf(u"02-parents-1.csv"_s));
}

// The platform matches a parent without a synchronisation key by user name only: UPLOAD.txt
// says how many there are and how to give them keys.
void TestBatchExport::uploadTextSaysHowParentsWithoutSyncKeyAreMatched_data()
{
    QTest::addColumn<bool>("withKeys");      // the parents file has a SyncID column
    QTest::addColumn<bool>("deriveKeys");    // --derive-sync-keys
    QTest::addColumn<QString>("keyRemoved"); // this parent's key is taken away afterwards
    QTest::addColumn<int>("without");
    QTest::addColumn<QString>("sentence"); // the line of UPLOAD.txt, empty: none
    QTest::newRow("every parent has a key") << true << false << QString() << 0 << QString();
    QTest::newRow("one parent without")
            << true << false << u"mom"_s << 1
            << u"- 1 parent has no synchronisation key. The platform says “A synchronisation key "
               u"is mandatory for automatic connection”: it will match this parent by user name "
               u"only, so keep their user name unchanged, or give them a key: import them again "
               u"with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a "
               u"synchronisation key one made from their user name in the import wizard's "
               u"options."_s;
    QTest::newRow("no parent has a key")
            << false << false << QString() << 2
            << u"- 2 parents have no synchronisation key. The platform says “A synchronisation "
               u"key is mandatory for automatic connection”: it will match them by user name "
               u"only, so keep their user names unchanged, or give them keys: import them again "
               u"with rollbook-cli import FILE --derive-sync-keys, or with Give parents without a "
               u"synchronisation key one made from their user name in the import wizard's "
               u"options."_s;
    QTest::newRow("keys derived at import") << false << true << QString() << 0 << QString();
}

void TestBatchExport::uploadTextSaysHowParentsWithoutSyncKeyAreMatched()
{
    QFETCH(bool, withKeys);
    QFETCH(bool, deriveKeys);
    QFETCH(QString, keyRemoved);
    QFETCH(int, without);
    QFETCH(QString, sentence);
    if (withKeys) {
        import(fixture(u"seed-a-children.csv"_s), Profile::Learner);
        import(fixture(u"parents-combined.csv"_s), Profile::Parent, u"ChildID"_s,
               MatchField::SyncKey, false, deriveKeys);
    } else {
        import(fixture(u"learners-utf8.csv"_s), Profile::Learner);
        import(fixture(u"parents-by-username.csv"_s), Profile::Parent, u"Barnets brukernavn"_s,
               MatchField::Username, false, deriveKeys);
    }
    if (!keyRemoved.isEmpty()) {
        QSqlQuery q(db());
        q.prepare(u"UPDATE person SET sync_key = NULL WHERE username = ?"_s);
        q.addBindValue(keyRemoved);
        QVERIFY(q.exec());
    }
    const QString target = folder(u"keys-%1"_s.arg(tag()));
    const BatchExportResult result = exportTo(target);
    QCOMPARE(result.parentsWithoutSyncKey, without);
    const QStringList text = uploadText(target).split(u"\r\n"_s);
    if (sentence.isEmpty()) {
        QVERIFY2(!text.join(u'\n').contains(u"no synchronisation key"_s),
                 qPrintable(text.join(u'\n')));
    } else {
        QVERIFY2(text.contains(sentence), qPrintable(text.join(u'\n')));
    }
    // Learners without a key are no parents: they are not counted.
    QCOMPARE(result.parents, 2);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestBatchExport)
#include "tst_batchexport.moc"
