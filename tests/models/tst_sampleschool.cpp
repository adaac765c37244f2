// The sample school (models/sample/sampleschool.h): the same options give the same bytes, every
// good shape imports with the import's own guessing and no error, the file of mistakes reports
// each with line and column, and a sample database is made whole or not at all.
#include "csv/csvreader.h"
#include "csv/csvtext.h"
#include "db/database.h"
#include "import/childmatch.h"
#include "import/filelayout.h"
#include "import/importrun.h"
#include "sample/sampleschool.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList allFiles = {u"learners.csv"_s,
                              u"parents.csv"_s,
                              u"elever.csv"_s,
                              u"foresatte.csv"_s,
                              u"elever-med-foresatte.csv"_s,
                              u"problems.csv"_s,
                              u"README.txt"_s};

} // namespace

class TestSampleSchool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sameOptionsGiveTheSameBytes();
    void schoolHasFamiliesOfEveryKind();
    void studentSystemPairIsWindows1252WithSemicolons();
    void eachShapeImportsWithoutErrors_data();
    void eachShapeImportsWithoutErrors();
    void theShapesAreOneSchool();
    void problemsAreReportedWithLineAndColumn();
    void withoutParentsTheParentsFilesAreLeftOut();
    void badOptionsAreRefused();
    void folderThatCannotBeWrittenIsNamed_data();
    void folderThatCannotBeWrittenIsNamed();
    void sampleDatabaseHoldsTheSchool();
    void sampleDatabaseRefusesAnExistingPath();
    void failedSampleDatabaseLeavesNothing();

private:
    QString write(const QString &name, const SampleOptions &options = {});
    // The plan a user gets by choosing the file and pressing Next on every page.
    ImportPlan guessedPlan(const QString &path);
    ImportReport import(const ImportPlan &plan);
    qint64 count(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSampleSchool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(Testing::newDatabase(m_dir->filePath(u"rollbook.sqlite"_s)));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(m_database->connection())
                    .set(u"parent_login_enabled"_s, u"true"_s, u"test"_s)
                    .ok());
}

void TestSampleSchool::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QString TestSampleSchool::write(const QString &name, const SampleOptions &options)
{
    const QString folder = m_dir->filePath(name);
    const auto written = writeSampleSchool(folder, options);
    if (!written) {
        QTest::qFail(qPrintable(written.error().message), __FILE__, __LINE__);
        return {};
    }
    return folder;
}

ImportPlan TestSampleSchool::guessedPlan(const QString &path)
{
    ImportPlan plan;
    plan.filePath = path;
    plan.backupsKept = 0;
    const CsvTable start = CsvReader::readFile(path, {}, 20);
    QList<QStringList> firstRows;
    for (const CsvRow &row : start.rows)
        firstRows.append(row.fields);
    const FileLayout layout = FileLayouts::guess(start.header, firstRows);
    plan.profile = layout.profile;
    if (plan.profile == Profile::Parent && layout.childColumn >= 0) {
        plan.syncField = start.header.at(layout.childColumn);
        const auto counts = countChildMatches(m_database->connection(), plan);
        if (counts && bestMatchFields(counts.value()).size() == 1)
            plan.matchField = bestMatchFields(counts.value()).first();
    }
    return plan;
}

ImportReport TestSampleSchool::import(const ImportPlan &plan)
{
    auto report = runImport(m_database->connection(), plan);
    if (!report) {
        QTest::qFail(qPrintable(report.error().message), __FILE__, __LINE__);
        return {};
    }
    return report.value();
}

qint64 TestSampleSchool::count(const QString &sql) const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestSampleSchool::sameOptionsGiveTheSameBytes()
{
    const QString first = write(u"first"_s);
    const QString again = write(u"again"_s);
    SampleOptions other;
    other.seed = 2;
    const QString seeded = write(u"seed-2"_s, other);
    QCOMPARE(QDir(first).entryList(QDir::Files, QDir::Name),
             QStringList({u"README.txt"_s, u"elever-med-foresatte.csv"_s, u"elever.csv"_s,
                          u"foresatte.csv"_s, u"learners.csv"_s, u"parents.csv"_s,
                          u"problems.csv"_s}));
    for (const QString &name : allFiles) {
        const QByteArray bytes = bytesOf(QDir(first).filePath(name));
        QVERIFY2(bytes.size() > 100, qPrintable(name));
        QVERIFY2(bytes == bytesOf(QDir(again).filePath(name)), qPrintable(name));
        QVERIFY2(bytes != bytesOf(QDir(seeded).filePath(name)), qPrintable(name));
    }

    // The files listed in the order of work, each described.
    const auto school = writeSampleSchool(m_dir->filePath(u"listed"_s));
    QVERIFY(school.ok());
    QStringList names;
    for (const SampleFile &file : school->files) {
        names << file.fileName;
        QVERIFY2(file.description.size() > 40, qPrintable(file.fileName));
    }
    QCOMPARE(names, allFiles.mid(0, 6));
    QCOMPARE(QDir(school->folder), QDir(m_dir->filePath(u"listed"_s)));

    // Written again into the same folder: the same files, replaced; a stranger's file stays.
    QFile mine(QDir(first).filePath(u"notes.txt"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("mine") == 4);
    mine.close();
    QFile older(QDir(first).filePath(u"learners.csv"_s));
    QVERIFY(older.open(QIODevice::WriteOnly) && older.write("old") == 3);
    older.close();
    QVERIFY(writeSampleSchool(first).ok());
    QCOMPARE(bytesOf(QDir(first).filePath(u"learners.csv"_s)),
             bytesOf(QDir(again).filePath(u"learners.csv"_s)));
    QCOMPARE(bytesOf(QDir(first).filePath(u"notes.txt"_s)), QByteArray("mine"));
}

void TestSampleSchool::schoolHasFamiliesOfEveryKind()
{
    const QDir folder(write(u"school"_s));
    const CsvTable learners = CsvReader::readFile(folder.filePath(u"learners.csv"_s));
    const CsvTable parents = CsvReader::readFile(folder.filePath(u"parents.csv"_s));
    QVERIFY(learners.ok() && parents.ok());
    QCOMPARE(learners.header,
             QStringList({u"SyncID"_s, u"User name"_s, u"Password"_s, u"First name"_s,
                          u"Last name"_s, u"E-mail"_s, u"Internal person ID"_s}));
    QCOMPARE(parents.header.last(), u"ChildID"_s);
    QCOMPARE(learners.rows.size(), 60);
    QCOMPARE(sampleParentCount({}), 96);

    QHash<QString, QString> lastNameOf; // learner's sync key -> last name
    QSet<QString> keys, usernames;
    bool nonAscii = false;
    for (const CsvRow &row : learners.rows) {
        lastNameOf.insert(row.fields.at(0), row.fields.at(4));
        keys.insert(row.fields.at(0));
        usernames.insert(row.fields.at(1));
        QVERIFY(row.fields.at(2).isEmpty()); // no password
        QVERIFY(!row.fields.at(6).isEmpty());
        for (const QString &name : {row.fields.at(3), row.fields.at(4)})
            nonAscii = nonAscii || std::any_of(name.cbegin(), name.cend(),
                                               [](QChar c) { return c.unicode() > 127; });
    }
    QVERIFY(nonAscii);
    QCOMPARE(keys.size(), 60);
    QCOMPARE(usernames.size(), 60);

    QHash<QString, QStringList> childrenOf; // parent's sync key -> children
    QHash<QString, int> parentsOf;          // learner's sync key -> parents
    for (const CsvRow &row : parents.rows) {
        QVERIFY2(keys.contains(row.fields.at(7)), qPrintable(row.fields.join(u',')));
        QVERIFY(row.fields.at(2).isEmpty());
        childrenOf[row.fields.at(0)].append(row.fields.at(7));
        ++parentsOf[row.fields.at(7)];
    }
    QCOMPARE(childrenOf.size(), 96);
    QSet<int> parentCounts;
    for (const int n : std::as_const(parentsOf))
        parentCounts.insert(n);
    QVERIFY2(parentCounts.contains(1) && parentCounts.contains(2),
             "learners with one parent and with two");
    // Parents of several children, who are brothers and sisters with one last name.
    int severalChildren = 0;
    for (const QStringList &children : std::as_const(childrenOf)) {
        if (children.size() < 2)
            continue;
        ++severalChildren;
        for (const QString &child : children)
            QCOMPARE(lastNameOf.value(child), lastNameOf.value(children.first()));
    }
    QVERIFY(severalChildren >= 2);

    // A larger school: as many parents as asked, every user name once.
    SampleOptions big;
    big.learners = 2000;
    big.parentsPerLearner = 3.5;
    const QDir bigFolder(write(u"big"_s, big));
    const CsvTable bigParents = CsvReader::readFile(bigFolder.filePath(u"parents.csv"_s));
    QSet<QString> bigKeys;
    for (const CsvRow &row : bigParents.rows)
        bigKeys.insert(row.fields.at(0));
    QCOMPARE(bigKeys.size(), 7000);
}

void TestSampleSchool::studentSystemPairIsWindows1252WithSemicolons()
{
    const QDir folder(write(u"pair"_s));
    const QByteArray bytes = bytesOf(folder.filePath(u"elever.csv"_s));
    QVERIFY(bytes.startsWith("Elevnummer;Fornavn;Etternavn;Brukernavn;Epost;Klasse;\r\n"));
    // Not UTF-8: letters such as ø are one byte each.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8(bytes);
    QVERIFY(utf8.hasError());
    QVERIFY(bytes.contains('\xF8') || bytes.contains('\xE5') || bytes.contains('\xE6'));
    // The same learners as in the platform's file, letter for letter.
    const QString text = CsvText::decodeWindows1252(bytes.constData(), bytes.size());
    const CsvTable learners = CsvReader::readFile(folder.filePath(u"learners.csv"_s));
    for (const CsvRow &row : learners.rows)
        QVERIFY2(text.contains(u"%1;%2;%3;%4;"_s.arg(row.fields.at(0), row.fields.at(3),
                                                     row.fields.at(4), row.fields.at(1))),
                 qPrintable(row.fields.join(u',')));
    const QByteArray parents = bytesOf(folder.filePath(u"foresatte.csv"_s));
    QVERIFY(parents.startsWith("Foresatt fornavn;Foresatt etternavn;Foresatt brukernavn;"
                               "Foresatt e-post;Elevnummer\r\n"));
    const CsvTable read = CsvReader::readFile(folder.filePath(u"foresatte.csv"_s));
    QCOMPARE(read.detection.encoding, CsvEncoding::Windows1252);
    QCOMPARE(read.detection.delimiter, ';');
}

void TestSampleSchool::eachShapeImportsWithoutErrors_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QList<Profile>>("profiles");
    QTest::newRow("the platform's two files") << QStringList{u"learners.csv"_s, u"parents.csv"_s}
                                              << QList<Profile>{Profile::Learner, Profile::Parent};
    QTest::newRow("a student system's pair") << QStringList{u"elever.csv"_s, u"foresatte.csv"_s}
                                             << QList<Profile>{Profile::Learner, Profile::Parent};
    QTest::newRow("one file") << QStringList{u"elever-med-foresatte.csv"_s}
                              << QList<Profile>{Profile::LearnersWithParents};
}

void TestSampleSchool::eachShapeImportsWithoutErrors()
{
    QFETCH(QStringList, files);
    QFETCH(QList<Profile>, profiles);
    const QDir folder(write(u"shape"_s));
    const qint64 links = CsvReader::readFile(folder.filePath(u"parents.csv"_s)).rows.size();
    QVERIFY(links > 96);
    ImportCounts total;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImportPlan plan = guessedPlan(folder.filePath(files.at(i)));
        QCOMPARE(plan.profile, profiles.at(i));
        const ImportReport report = import(plan);
        QVERIFY2(report.committed && report.counts.errors == 0,
                 report.errors.isEmpty() ? qPrintable(files.at(i))
                                         : qPrintable(report.errors.first().describe(files.at(i))));
        total.created += report.counts.created;
        total.links += report.counts.links;
    }
    QCOMPARE(total.created, 60 + 96);
    QCOMPARE(total.links, links);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'learner'"_s), 60);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE profile = 'parent'"_s), 96);
    QCOMPARE(count(u"SELECT count(*) FROM parent_link"_s), links);
}

// Each shape after another into one database: the same people, nothing new, no error.
void TestSampleSchool::theShapesAreOneSchool()
{
    const QDir folder(write(u"one"_s));
    for (const QString &name : allFiles.mid(0, 5)) {
        const ImportReport report = import(guessedPlan(folder.filePath(name)));
        QVERIFY2(report.committed && report.counts.errors == 0,
                 report.errors.isEmpty() ? qPrintable(name)
                                         : qPrintable(report.errors.first().describe(name)));
        if (name != u"learners.csv"_s && name != u"parents.csv"_s)
            QVERIFY2(report.counts.created == 0, qPrintable(name));
    }
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 60 + 96);
}

void TestSampleSchool::problemsAreReportedWithLineAndColumn()
{
    const QDir folder(write(u"problems"_s));
    ImportPlan plan = guessedPlan(folder.filePath(u"problems.csv"_s));
    QCOMPARE(plan.profile, Profile::Learner);
    const ImportReport refused = import(plan);
    QVERIFY(!refused.committed);
    QStringList found;
    for (const ImportProblem &problem : refused.errors)
        found << u"%1 %2 %3"_s.arg(problem.line).arg(problem.column, problemCodeKey(problem.code));
    QCOMPARE(found, QStringList({u"3 Last name "_s + problemCodeKey(ProblemCode::MissingValue),
                                 u"4 User name "_s + problemCodeKey(ProblemCode::DuplicateInFile),
                                 u"5 User name "_s + problemCodeKey(ProblemCode::DuplicateInFile),
                                 u"6 E-mail "_s + problemCodeKey(ProblemCode::InvalidEmail),
                                 u"7 User name "_s + problemCodeKey(ProblemCode::MissingValue)}));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    plan.skipErrors = true;
    const ImportReport skipped = import(plan);
    QVERIFY(skipped.committed);
    QCOMPARE(skipped.counts.created, 2);
}

void TestSampleSchool::withoutParentsTheParentsFilesAreLeftOut()
{
    SampleOptions options;
    options.learners = 5;
    options.parentsPerLearner = 0;
    const auto school = writeSampleSchool(m_dir->filePath(u"alone"_s), options);
    QVERIFY(school.ok());
    QStringList names;
    for (const SampleFile &file : school->files)
        names << file.fileName;
    QCOMPARE(names, QStringList({u"learners.csv"_s, u"elever.csv"_s, u"elever-med-foresatte.csv"_s,
                                 u"problems.csv"_s}));
    QVERIFY(!QFile::exists(QDir(school->folder).filePath(u"parents.csv"_s)));
    const ImportReport report = import(guessedPlan(QDir(school->folder).filePath(names.at(2))));
    QVERIFY(report.committed);
    QCOMPARE(report.counts.created, 5);
}

void TestSampleSchool::badOptionsAreRefused()
{
    for (const auto &[learners, parents] :
         {std::pair{0, 1.6}, std::pair{maximumSampleLearners + 1, 1.6}, std::pair{10, 4.5},
          std::pair{10, -1.0}}) {
        SampleOptions options;
        options.learners = learners;
        options.parentsPerLearner = parents;
        const auto refused = writeSampleSchool(m_dir->filePath(u"bad"_s), options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"bad"_s)));
}

void TestSampleSchool::folderThatCannotBeWrittenIsNamed_data()
{
    QTest::addColumn<QString>("inside"); // below a file named "taken"
    QTest::newRow("a file") << QString();
    QTest::newRow("a folder inside a file") << u"sub"_s;
}

void TestSampleSchool::folderThatCannotBeWrittenIsNamed()
{
    QFETCH(QString, inside);
    QFile taken(m_dir->filePath(u"taken"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("keep") == 4);
    taken.close();
    const QString folder = inside.isEmpty() ? taken.fileName() : taken.fileName() + u'/' + inside;
    const auto refused = writeSampleSchool(folder);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::File);
    QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(folder)),
             qPrintable(refused.error().message));
    QCOMPARE(bytesOf(taken.fileName()), QByteArray("keep"));
}

void TestSampleSchool::sampleDatabaseHoldsTheSchool()
{
    const QString path = m_dir->filePath(u"new/sample.sqlite"_s);
    const QString folder = m_dir->filePath(u"new/files"_s);
    const auto made = createSampleDatabase(path, folder);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    QCOMPARE(made->learners.counts.created, 60);
    QCOMPARE(made->learners.counts.errors, 0);
    QCOMPARE(made->parents.counts.created, 96);
    const qint64 links = CsvReader::readFile(QDir(folder).filePath(u"parents.csv"_s)).rows.size();
    QCOMPARE(made->parents.counts.links, links);
    QCOMPARE(made->school.files.size(), 6);
    // Nothing left beside it but the files and the database, which holds the school.
    QCOMPARE(QDir(m_dir->filePath(u"new"_s))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({u"files"_s, u"sample.sqlite"_s}));
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    const SettingsStore settings(db);
    QVERIFY(settings.parentLoginEnabled());
    QCOMPARE(settings.text(SettingsStore::SampleSchool), u"true"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM person WHERE profile = 'learner'), "
                   u"(SELECT count(*) FROM person WHERE profile = 'parent'), "
                   u"(SELECT count(*) FROM parent_link), (SELECT count(*) FROM import_batch)"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 60);
    QCOMPARE(q.value(1).toInt(), 96);
    QCOMPARE(q.value(2).toLongLong(), links);
    QCOMPARE(q.value(3).toInt(), 2);
    // A database that is not a sample says so.
    QCOMPARE(SettingsStore(m_database->connection()).text(SettingsStore::SampleSchool), u"false"_s);
}

void TestSampleSchool::sampleDatabaseRefusesAnExistingPath()
{
    const QString path = m_dir->filePath(u"mine.sqlite"_s);
    QFile mine(path);
    QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("not to be touched") == 17);
    mine.close();
    const auto refused = createSampleDatabase(path, m_dir->filePath(u"files"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Usage);
    QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(refused.error().message));
    QCOMPARE(bytesOf(path), QByteArray("not to be touched"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"files"_s)));
}

void TestSampleSchool::failedSampleDatabaseLeavesNothing()
{
    // The files cannot be written: no database is made.
    QFile taken(m_dir->filePath(u"taken"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("keep") == 4);
    taken.close();
    const QString path = m_dir->filePath(u"sample.sqlite"_s);
    const auto noFiles = createSampleDatabase(path, taken.fileName());
    QVERIFY(!noFiles.ok());
    QCOMPARE(noFiles.error().kind, Error::Kind::File);
    QVERIFY(!QFileInfo::exists(path));
    // The database cannot be made (its folder would be inside a file): nothing at its path.
    const QString inside = taken.fileName() + u"/sample.sqlite"_s;
    const auto noDatabase = createSampleDatabase(inside, m_dir->filePath(u"files"_s));
    QVERIFY(!noDatabase.ok());
    QCOMPARE(noDatabase.error().kind, Error::Kind::File);
    QVERIFY(!QFileInfo::exists(inside));
    QCOMPARE(bytesOf(taken.fileName()), QByteArray("keep"));
    // A server is no place for a sample.
    const auto server = createSampleDatabase(u"postgresql://me@localhost/sample"_s,
                                             m_dir->filePath(u"files"_s));
    QVERIFY(!server.ok());
    QCOMPARE(server.error().kind, Error::Kind::Usage);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestSampleSchool)
#include "tst_sampleschool.moc"
