#include "db/database.h"
#include "import/childmatch.h"
#include "import/importrun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestChildMatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void guessesTheChildColumn_data();
    void guessesTheChildColumn();
    void countsEveryWayOfReadingTheReference();
    void namesTheLinesThatFindNoChild();
    void unknownColumnAndCancelAreErrors();
    void bestMatchFieldsNameTheTies();

private:
    static QString fixture(const char *name);
    void seed(const char *file);
    ImportPlan parents(const QString &file, const QString &syncField) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QString TestChildMatch::fixture(const char *name)
{
    return QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(QString::fromLatin1(name));
}

void TestChildMatch::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"match-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
}

void TestChildMatch::cleanup()
{
    m_database.reset();
}

void TestChildMatch::seed(const char *file)
{
    ImportPlan plan;
    plan.filePath = fixture(file);
    plan.backupsKept = 0;
    const auto report = runImport(m_database->connection(), plan);
    QVERIFY(report.ok() && report->committed);
}

ImportPlan TestChildMatch::parents(const QString &file, const QString &syncField) const
{
    ImportPlan plan;
    plan.filePath = file;
    plan.profile = Profile::Parent;
    plan.syncField = syncField;
    return plan;
}

void TestChildMatch::guessesTheChildColumn_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("column");
    QTest::newRow("ChildID") << QStringList{u"SyncID"_s, u"User name"_s, u"ChildID"_s} << 2;
    QTest::newRow("Pupil sync key") << QStringList{u"First name"_s, u"Pupil sync key"_s} << 1;
    QTest::newRow("Barnets brukernavn")
            << QStringList{u"Brukernavn"_s, u"Barnets brukernavn"_s} << 1;
    QTest::newRow("Elev-ID") << QStringList{u"Fornavn"_s, u"Elev-ID"_s} << 1;
    QTest::newRow("none") << QStringList{u"First name"_s, u"Last name"_s} << -1;
}

void TestChildMatch::guessesTheChildColumn()
{
    QFETCH(QStringList, headers);
    QFETCH(int, column);
    QCOMPARE(guessChildColumn(headers), column);
}

void TestChildMatch::countsEveryWayOfReadingTheReference()
{
    seed("learners-utf8.csv");
    const auto counts =
            countChildMatches(m_database->connection(),
                              parents(fixture("parents-by-username.csv"), u"Barnets brukernavn"_s));
    QVERIFY2(counts.ok(), qPrintable(counts ? QString() : counts.error().message));
    const ChildMatchCount &byUsername = counts->at(size_t(MatchField::Username));
    QCOMPARE(byUsername.rows, 3);
    QCOMPARE(byUsername.found, 3);
    QCOMPARE(byUsername.missing, 0);
    const ChildMatchCount &bySyncKey = counts->at(size_t(MatchField::SyncKey));
    QCOMPARE(bySyncKey.found, 0);
    QCOMPARE(bySyncKey.missingLines, QList<qint64>({2, 3, 4}));
}

void TestChildMatch::namesTheLinesThatFindNoChild()
{
    seed("seed-a-children.csv");
    // Ten rows: a child found, one not, one empty reference (not counted).
    const QString path = m_dir.filePath(u"parents.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SyncID,User name,First name,Last name,ChildID\n");
    for (int i = 0; i < 10; ++i) {
        const QByteArray child = i == 3 ? "99" : i == 5 ? "" : QByteArray::number(1 + i % 2);
        file.write("P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + ",A,B," + child +
                   "\n");
    }
    file.close();
    const auto counts =
            countChildMatches(m_database->connection(), parents(path, u"ChildID"_s), nullptr, 10);
    QVERIFY(counts.ok());
    const ChildMatchCount &count = counts->at(size_t(MatchField::SyncKey));
    QCOMPARE(count.rows, 9);
    QCOMPARE(count.found, 8);
    QCOMPARE(count.missing, 1);
    QCOMPARE(count.missingLines, QList<qint64>({5}));
}

void TestChildMatch::unknownColumnAndCancelAreErrors()
{
    QVERIFY(!countChildMatches(m_database->connection(),
                               parents(fixture("seed-b-parents-one-child.csv"), u"Nope"_s))
                     .ok());
    const std::atomic<bool> cancel(true);
    QVERIFY(!countChildMatches(m_database->connection(),
                               parents(fixture("seed-b-parents-one-child.csv"), u"ChildID"_s),
                               &cancel)
                     .ok());
}

void TestChildMatch::bestMatchFieldsNameTheTies()
{
    const auto counts = [](qint64 internalId, qint64 syncKey, qint64 username) {
        std::array<ChildMatchCount, 3> result;
        result[size_t(MatchField::InternalId)].found = internalId;
        result[size_t(MatchField::SyncKey)].found = syncKey;
        result[size_t(MatchField::Username)].found = username;
        return result;
    };
    QCOMPARE(bestMatchFields(counts(0, 0, 0)), QList<MatchField>());
    QCOMPARE(bestMatchFields(counts(0, 3, 7)), QList<MatchField>{MatchField::Username});
    QCOMPARE(bestMatchFields(counts(5, 5, 2)),
             QList<MatchField>({MatchField::SyncKey, MatchField::InternalId}));
    QCOMPARE(
            bestMatchFields(counts(4, 4, 4)),
            QList<MatchField>({MatchField::SyncKey, MatchField::Username, MatchField::InternalId}));
}

} // namespace Rollbook

QTEST_MAIN(Rollbook::TestChildMatch)
#include "tst_childmatch.moc"
