// Whom user names and passwords go to, and the passwords themselves (models/distribution:
// audience, initialpasswords, placeholders; models/people/password).
#include "csv/csvwriter.h"
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/initialpasswords.h"
#include "distribution/placeholders.h"
#include "import/importhistory.h"
#include "import/importrun.h"
#include "people/password.h"
#include "people/personvalidation.h"
#include "settings/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestDistribution : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passwordsFollowThePolicy_data();
    void passwordsFollowThePolicy();
    void passwordsDiffer();

    void syncKeyOrder_data();
    void syncKeyOrder();

    void everyoneLearnersFirstParentsWithTheirChildren();
    void audienceByProfileBatchAndChoice();
    void manyChosenPeople();
    void batchIncludesThePeopleItUpdated();
    void unknownOrUndoneBatchIsRefused();
    void summaryCountsWhoLacksWhat();

    void parentLoginGatesParents();

    void missingPasswordsAreFilledAndAudited();
    void distributionKeepsPasswordsOnlyWhenWritten();
    void distributionToParentsRefusedWhileParentLoginIsOff();
    void forgetClearsTheChosenAndAudits();
    void printedPasswordsAreKeptUnlessSomeoneGaveOneMeanwhile();

    void placeholdersForALearnerAndAParent();
    void placeholdersAreEscapedInLettersAndNeverExpandedTwice();

private:
    void import(const QString &fixture, Profile profile, const QString &syncField = QString(),
                MatchField match = MatchField::SyncKey);
    QList<Recipient> load(const Audience &audience = {});
    QString dump() const;
    QStringList usernames(const QList<Recipient> &recipients) const;
    QSqlDatabase db() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestDistribution::init()
{
    static int n = 0;
    auto opened = Database::open(
            Testing::newDatabase(m_dir.filePath(u"d-%1/rollbook.sqlite"_s.arg(++n))));
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"true"_s, u"test"_s).ok());
}

void TestDistribution::cleanup()
{
    m_database.reset();
}

void TestDistribution::import(const QString &fixture, Profile profile, const QString &syncField,
                              MatchField match)
{
    ImportPlan plan;
    plan.filePath = QDir(QStringLiteral(ROLLBOOK_FIXTURES)).filePath(fixture);
    plan.profile = profile;
    plan.syncField = syncField;
    plan.matchField = match;
    plan.backupsKept = 0;
    const auto report = runImport(db(), plan);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report.value().errors.isEmpty(), qPrintable(fixture));
}

QList<Recipient> TestDistribution::load(const Audience &audience)
{
    auto recipients = loadRecipients(db(), audience);
    if (!recipients) {
        QTest::qFail(qPrintable(recipients.error().message), __FILE__, __LINE__);
        return {};
    }
    return recipients.value();
}

QStringList TestDistribution::usernames(const QList<Recipient> &recipients) const
{
    QStringList names;
    for (const auto &recipient : recipients)
        names.append(recipient.person.username);
    return names;
}

QString TestDistribution::dump() const
{
    return Testing::dumpTables(db());
}

void TestDistribution::passwordsFollowThePolicy_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<bool>("symbols");
    QTest::addColumn<int>("length");
    QTest::newRow("default") << 12 << false << 12;
    QTest::newRow("shortest") << 10 << false << 10;
    QTest::newRow("too short is raised") << 4 << false << 10;
    QTest::newRow("longest") << 64 << true << 64;
    QTest::newRow("too long is lowered") << 500 << false << 64;
    QTest::newRow("with symbols") << 16 << true << 16;
}

void TestDistribution::passwordsFollowThePolicy()
{
    QFETCH(int, asked);
    QFETCH(bool, symbols);
    QFETCH(int, length);
    const QString alphabet = Passwords::alphabet(symbols);
    for (const QChar lookalike : u"0O1lI"_s)
        QVERIFY2(!alphabet.contains(lookalike), qPrintable(QString(lookalike)));
    for (const QChar formula : u"=+-@'\",;|\t"_s)
        QVERIFY2(!alphabet.contains(formula), qPrintable(QString(formula)));
    for (int i = 0; i < 200; ++i) {
        const QString password = Passwords::generate(asked, symbols);
        QCOMPARE(password.size(), length);
        QVERIFY2(password.at(0).isLetter(), qPrintable(password));
        // Exported exactly, as the import and the editor would require of a typed one.
        QVERIFY2(!CsvWriter::startsLikeFormula(password), qPrintable(password));
        QVERIFY2(!PersonRules::checkField(Field::Password, password), qPrintable(password));
        QVERIFY(std::all_of(password.cbegin(), password.cend(),
                            [&](QChar c) { return alphabet.contains(c); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(),
                            [](QChar c) { return c.isLower(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(),
                            [](QChar c) { return c.isUpper(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(),
                            [](QChar c) { return c.isDigit(); }));
        QCOMPARE(std::any_of(password.cbegin(), password.cend(),
                             [](QChar c) { return !c.isLetterOrNumber(); }),
                 symbols);
    }
}

void TestDistribution::passwordsDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Passwords::generate());
    QCOMPARE(seen.size(), 10000);
}

void TestDistribution::syncKeyOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("less");
    QTest::newRow("2 < 10") << u"2"_s << u"10"_s << true;
    QTest::newRow("10 > 2") << u"10"_s << u"2"_s << false;
    QTest::newRow("leading zeros by value") << u"007"_s << u"10"_s << true;
    QTest::newRow("same value, fewer zeros first") << u"07"_s << u"7"_s << true;
    QTest::newRow("equal") << u"5"_s << u"5"_s << false;
    QTest::newRow("longer than any integer")
            << u"99999999999999999999998"_s << u"99999999999999999999999"_s << true;
    QTest::newRow("numbers before words") << u"99"_s << u"a1"_s << true;
    QTest::newRow("words in order") << u"p-10"_s << u"p-2"_s << true;
}

void TestDistribution::syncKeyOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, less);
    QCOMPARE(syncKeyLess(a, b), less);
}

void TestDistribution::everyoneLearnersFirstParentsWithTheirChildren()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    const QList<Recipient> everyone = load();
    QCOMPARE(everyone.size(), 4);
    const AudienceSummary summary = summarize(everyone);
    QCOMPARE(summary.learners, 2);
    QCOMPARE(summary.parents, 2);
    QVERIFY(everyone.at(0).person.isLearner());
    QVERIFY(everyone.at(1).person.isLearner());
    for (int i = 2; i < 4; ++i) {
        const Recipient &parent = everyone.at(i);
        QVERIFY(parent.person.isParent());
        // Each parent has both children, in order of synchronisation key.
        QCOMPARE(parent.children.size(), 2);
        QCOMPARE(parent.children.at(0).syncKey, u"1"_s);
        QCOMPARE(parent.children.at(1).syncKey, u"2"_s);
    }
    for (int i = 0; i < 2; ++i)
        QVERIFY(everyone.at(i).children.isEmpty());
}

void TestDistribution::audienceByProfileBatchAndChoice()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    const QList<Recipient> everyone = load();
    QCOMPARE(everyone.size(), 4);

    const QList<Recipient> parents = load({std::nullopt, u"parent"_s, {}});
    QCOMPARE(parents.size(), 2);
    QVERIFY(std::all_of(parents.cbegin(), parents.cend(),
                        [](const Recipient &r) { return r.person.isParent(); }));
    QCOMPARE(load({std::nullopt, u"staff"_s, {}}).size(), 0);

    const auto batches = ImportHistory(db()).batches();
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 2);
    const qint64 learnerBatch = batches.value().last().id; // newest first
    QCOMPARE(usernames(load({learnerBatch, QString(), {}})), usernames(everyone.mid(0, 2)));
    QCOMPARE(load({learnerBatch, u"parent"_s, {}}).size(), 0);

    // The users page's selection: only those, in the usual order, whatever order they came in.
    const QList<qint64> chosen{everyone.at(3).person.id, everyone.at(0).person.id,
                               everyone.at(3).person.id};
    QCOMPARE(usernames(load({std::nullopt, QString(), chosen})),
             (QStringList{everyone.at(0).person.username, everyone.at(3).person.username}));
    // A second choice does not remember the first.
    QCOMPARE(load({std::nullopt, QString(), {everyone.at(1).person.id}}).size(), 1);
    QCOMPARE(load().size(), 4);

    const auto badProfile = loadRecipients(db(), {std::nullopt, u"teacher"_s, {}});
    QVERIFY(!badProfile.ok());
    QCOMPARE(badProfile.error().kind, Error::Kind::Usage);
}

void TestDistribution::manyChosenPeople()
{
    // More ids than one statement takes, in any order, some twice and some of nobody: the
    // people among them, each once.
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"parents-combined.csv"_s, Profile::Parent, u"ChildID"_s);
    const QList<Recipient> everyone = load();
    QCOMPARE(everyone.size(), 4);
    QList<qint64> chosen;
    for (qint64 id = 200000; id > 1000; --id)
        chosen.append(id);
    chosen << everyone.at(3).person.id << everyone.at(1).person.id << everyone.at(3).person.id;
    const QList<Recipient> found = load({std::nullopt, QString(), chosen});
    QCOMPARE(usernames(found),
             (QStringList{everyone.at(1).person.username, everyone.at(3).person.username}));
    QCOMPARE(found.at(1).children.size(), 2);
    QCOMPARE(load({std::nullopt, u"learner"_s, chosen}).size(), 1);
}

void TestDistribution::batchIncludesThePeopleItUpdated()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"seed-c-parents-child-1.csv"_s, Profile::Parent, u"ChildID"_s);
    import(u"seed-c-parents-child-2.csv"_s, Profile::Parent, u"ChildID"_s);
    const auto batches = ImportHistory(db()).batches();
    QVERIFY(batches.ok());
    // The second parents file created nobody; it updated (linked) the same two parents.
    QCOMPARE(batches.value().size(), 3);
    const QList<Recipient> second = load({batches.value().first().id, QString(), {}});
    QCOMPARE(second.size(), 2);
    QVERIFY(second.at(0).person.isParent());
    QCOMPARE(second.at(0).children.size(), 2);
}

void TestDistribution::unknownOrUndoneBatchIsRefused()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    const auto unknown = loadRecipients(db(), {99, QString(), {}});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::Invalid);
    QVERIFY2(unknown.error().message.contains(u"99"_s), qPrintable(unknown.error().message));

    const auto batches = ImportHistory(db()).batches();
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 1);
    const qint64 batch = batches.value().first().id;
    QVERIFY(ImportHistory(db()).undo(batch, u"test"_s).ok());
    const auto undone = loadRecipients(db(), {batch, QString(), {}});
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error().kind, Error::Kind::Invalid);
    QVERIFY2(undone.error().message.contains(u"undone"_s), qPrintable(undone.error().message));
}

void TestDistribution::summaryCountsWhoLacksWhat()
{
    // Åse, Øystein, Bjørn, Zoë: some have an e-mail address, some a password.
    import(u"learners-utf8.csv"_s, Profile::Learner);
    const QList<Recipient> learners = load();
    QCOMPARE(learners.size(), 4);
    const AudienceSummary summary = summarize(learners);
    QCOMPARE(summary.people, 4);
    QCOMPARE(summary.withEmail + summary.withoutEmail.size(), 4);
    int withEmail = 0;
    int withoutPassword = 0;
    for (const auto &r : learners) {
        withEmail += r.person.email.isEmpty() ? 0 : 1;
        withoutPassword += r.person.password.isEmpty() ? 1 : 0;
    }
    QCOMPARE(summary.withEmail, withEmail);
    QCOMPARE(summary.withoutPassword, withoutPassword);
    for (const Person &p : summary.withoutEmail)
        QVERIFY(p.email.isEmpty());
}

void TestDistribution::parentLoginGatesParents()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"seed-b-parents-one-child.csv"_s, Profile::Parent, u"ChildID"_s);
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"false"_s, u"test"_s).ok());
    QVERIFY(checkParentLogin(db(), load({std::nullopt, u"learner"_s, {}})).ok());
    const Status refused = checkParentLogin(db(), load());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(u"Enable parent login"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"2 parents"_s), qPrintable(refused.error().message));
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"true"_s, u"test"_s).ok());
    QVERIFY(checkParentLogin(db(), load()).ok());
}

void TestDistribution::missingPasswordsAreFilledAndAudited()
{
    import(u"seed-pupils-rgb.csv"_s, Profile::Learner);
    QSqlDatabase connection = db();
    QSqlQuery query(connection);
    QVERIFY(query.exec(u"UPDATE person SET password = NULL WHERE username = (SELECT MIN(username) "
                       u"FROM person)"_s));
    QList<Recipient> recipients = load();
    QMap<QString, QString> before;
    for (const auto &r : recipients)
        before.insert(r.person.username, r.person.password);
    const int missing = int(std::count_if(before.cbegin(), before.cend(),
                                          [](const QString &p) { return p.isEmpty(); }));
    QVERIFY(missing >= 1);

    QVERIFY(connection.transaction());
    const auto filled = InitialPasswords::fillMissing(connection, recipients,
                                                      PasswordPolicy{14, false}, u"tester"_s);
    QVERIFY(connection.commit());
    QVERIFY(filled.ok());
    QCOMPARE(filled.value(), missing);
    // Given passwords are kept; the new ones are stored as the recipients show them.
    for (const auto &r : std::as_const(recipients)) {
        if (before.value(r.person.username).isEmpty())
            QCOMPARE(r.person.password.size(), 14);
        else
            QCOMPARE(r.person.password, before.value(r.person.username));
    }
    const QList<Recipient> reloaded = load();
    QCOMPARE(reloaded.size(), recipients.size());
    for (int i = 0; i < reloaded.size(); ++i)
        QCOMPARE(reloaded.at(i).person.password, recipients.at(i).person.password);

    // One audit row that counts, and names no password.
    QVERIFY(query.exec(u"SELECT actor, action, detail FROM audit WHERE action <> 'setting'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"tester"_s);
    QCOMPARE(query.value(1).toString(), u"generate-passwords"_s);
    const QString detail = query.value(2).toString();
    QCOMPARE(QJsonDocument::fromJson(detail.toUtf8())[u"people"_s].toInt(), missing);
    for (const auto &r : std::as_const(recipients))
        QVERIFY(!detail.contains(r.person.password));
    QVERIFY(!query.next());

    // Nothing missing: nothing written, no audit row.
    QVERIFY(connection.transaction());
    const auto nothingMissing =
            InitialPasswords::fillMissing(connection, recipients, {}, u"tester"_s);
    QVERIFY(nothingMissing.ok());
    QCOMPARE(nothingMissing.value(), 0);
    QVERIFY(connection.commit());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit WHERE action <> 'setting'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDistribution::distributionKeepsPasswordsOnlyWhenWritten()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    QVERIFY(SettingsStore(db()).set(u"password_length"_s, u"20"_s, u"test"_s).ok());
    const QString before = dump();
    QSqlDatabase connection = db();

    // The files could not be written: the generated passwords are not kept.
    QList<Recipient> seen;
    const auto failed = InitialPasswords::distribute(
            connection, {}, {},
            [&](const QList<Recipient> &recipients) -> Status {
                seen = recipients;
                return Error::file(u"The disk is full."_s);
            },
            u"tester"_s);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, u"The disk is full."_s);
    QCOMPARE(seen.size(), 2);
    for (const auto &r : std::as_const(seen))
        QCOMPARE(r.person.password.size(), 20); // the writer saw the policy's passwords
    QCOMPARE(dump(), before);

    // Written: kept, and what was written is what is stored.
    const auto done = InitialPasswords::distribute(
            connection, {}, {},
            [&](const QList<Recipient> &recipients) -> Status {
                seen = recipients;
                return success();
            },
            u"tester"_s);
    QVERIFY(done.ok());
    QCOMPARE(seen.size(), 2);
    QCOMPARE(done.value().size(), 2);
    const QList<Recipient> stored = load();
    QCOMPARE(stored.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stored.at(i).person.password, seen.at(i).person.password);
        QCOMPARE(stored.at(i).person.password, done.value().at(i).person.password);
    }
    // Asked not to fill: nothing changes.
    const QString filled = dump();
    QVERIFY(InitialPasswords::distribute(
                    connection, {}, {false, false, {}},
                    [](const QList<Recipient> &) -> Status { return success(); }, u"tester"_s)
                    .ok());
    QCOMPARE(dump(), filled);
}

void TestDistribution::distributionToParentsRefusedWhileParentLoginIsOff()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    import(u"seed-b-parents-one-child.csv"_s, Profile::Parent, u"ChildID"_s);
    QVERIFY(SettingsStore(db()).set(u"parent_login_enabled"_s, u"false"_s, u"test"_s).ok());
    const QString before = dump();
    QSqlDatabase connection = db();
    bool written = false;
    const auto refused = InitialPasswords::distribute(
            connection, {}, {true, true, {}},
            [&](const QList<Recipient> &) -> Status {
                written = true;
                return success();
            },
            u"tester"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(!written);
    QCOMPARE(dump(), before);
    // Learners only are not parents' business.
    QVERIFY(InitialPasswords::distribute(
                    connection, {std::nullopt, u"learner"_s, {}}, {true, true, {}},
                    [](const QList<Recipient> &) -> Status { return success(); }, u"tester"_s)
                    .ok());
}

void TestDistribution::forgetClearsTheChosenAndAudits()
{
    import(u"seed-pupils-rgb.csv"_s, Profile::Learner);
    QSqlDatabase connection = db();
    QVERIFY(InitialPasswords::distribute(
                    connection, {}, {},
                    [](const QList<Recipient> &) -> Status { return success(); }, u"tester"_s)
                    .ok());
    const QList<Recipient> everyone = load();
    QVERIFY(everyone.size() >= 2);
    const QList<Recipient> one = load({std::nullopt, QString(), {everyone.at(0).person.id}});
    QCOMPARE(one.size(), 1);
    const auto cleared = InitialPasswords::forget(connection, one, u"tester"_s);
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->passwords, 1);
    const QList<Recipient> after = load();
    QCOMPARE(after.size(), everyone.size());
    QVERIFY(after.at(0).person.password.isEmpty());
    for (int i = 1; i < after.size(); ++i)
        QCOMPARE(after.at(i).person.password, everyone.at(i).person.password);
    QSqlQuery query(connection);
    QVERIFY(query.exec(u"SELECT action, detail FROM audit WHERE action = 'forget-passwords'"_s) &&
            query.next());
    QCOMPARE(QJsonDocument::fromJson(query.value(1).toString().toUtf8())[u"people"_s].toInt(), 1);
    QVERIFY(!query.next());
    // Forgetting again clears nothing and records nothing.
    const auto again = InitialPasswords::forget(connection, one, u"tester"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->passwords, 0);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit WHERE action = 'forget-passwords'"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDistribution::printedPasswordsAreKeptUnlessSomeoneGaveOneMeanwhile()
{
    import(u"seed-a-children.csv"_s, Profile::Learner);
    QSqlDatabase connection = db();
    const QString before = dump();
    QList<Recipient> recipients = load();
    QCOMPARE(recipients.size(), 2);
    const QList<qint64> generated =
            InitialPasswords::generateInMemory(recipients, PasswordPolicy{11, true});
    QCOMPARE(generated.size(), 2);
    QCOMPARE(recipients.at(0).person.password.size(), 11);
    QCOMPARE(dump(), before); // in memory only, until printed

    // Someone gave the first one a password meanwhile: nothing is kept.
    QSqlQuery query(connection);
    query.prepare(u"UPDATE person SET password = 'Given4Meanwhile' WHERE id = ?"_s);
    query.addBindValue(recipients.at(0).person.id);
    QVERIFY(query.exec());
    const QString meanwhile = dump();
    const auto refused =
            InitialPasswords::keepGenerated(connection, recipients, generated, u"tester"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(dump(), meanwhile);

    // Otherwise the printed passwords are stored, with one audit row.
    QVERIFY(query.exec(u"UPDATE person SET password = NULL"_s));
    const auto kept =
            InitialPasswords::keepGenerated(connection, recipients, generated, u"tester"_s);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value(), 2);
    const QList<Recipient> stored = load();
    QCOMPARE(stored.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(stored.at(i).person.password, recipients.at(i).person.password);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit WHERE action = 'generate-passwords'"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDistribution::placeholdersForALearnerAndAParent()
{
    const SchoolDetails school{u"Nordby skole"_s, u"https://nordby.itslearning.com"_s};
    Recipient learner{{}, {}};
    learner.person.firstName = u"Åse"_s;
    learner.person.lastName = u"Berg"_s;
    learner.person.username = u"aseb"_s;
    learner.person.password = u"Kx7mPq4Rt9Aa"_s;
    learner.person.profile = u"learner"_s;
    const QString text = u"{school}: {name} ({first_name} {last_name}) signs in at {login_address} "
                         u"as {username} / {password}.{children}"_s;
    QCOMPARE(Placeholders::fill(text, Placeholders::values(learner, school),
                                Placeholders::Format::PlainText),
             u"Nordby skole: Åse Berg (Åse Berg) signs in at https://nordby.itslearning.com as "
             u"aseb / Kx7mPq4Rt9Aa."_s);

    Recipient parent{{}, {learner.person}};
    parent.person.firstName = u"Kari"_s;
    parent.person.lastName = u"Berg"_s;
    parent.person.profile = u"parent"_s;
    const auto values = Placeholders::values(parent, school);
    QCOMPARE(values.value(u"children_names"_s), u"Åse Berg"_s);
    QCOMPARE(values.value(u"children"_s), u"With this login you follow Åse Berg."_s);
    Person second;
    second.firstName = u"Bjørn"_s;
    second.lastName = u"Berg"_s;
    Person third;
    third.username = u"zoe"_s; // no name: the user name stands in
    parent.children << second << third;
    QCOMPARE(Placeholders::values(parent, school).value(u"children_names"_s),
             u"Åse Berg, Bjørn Berg and zoe"_s);
    // Every placeholder the settings page offers has a value.
    for (const auto &[placeholder, description] : SettingsStore::placeholders()) {
        QVERIFY2(!description.isEmpty(), qPrintable(placeholder));
        QVERIFY2(values.contains(placeholder.mid(1, placeholder.size() - 2)),
                 qPrintable(placeholder));
    }
}

void TestDistribution::placeholdersAreEscapedInLettersAndNeverExpandedTwice()
{
    Recipient r{{}, {}};
    r.person.firstName = u"<img src=x onerror=alert(1)>"_s;
    r.person.lastName = u"{password}"_s; // a value is never read as a template
    r.person.password = u"secret"_s;
    r.person.profile = u"learner"_s;
    const auto values = Placeholders::values(r, {u"A & B"_s, QString()});
    const QString html = Placeholders::fill(u"<p>{name} of {school}: {unknown} {password}</p>"_s,
                                            values, Placeholders::Format::Html);
    QCOMPARE(html, u"<p>&lt;img src=x onerror=alert(1)&gt; {password} of A &amp; B: {unknown} "
                   u"secret</p>"_s);
    QCOMPARE(Placeholders::fill(u"{last_name}{first_name}"_s, values,
                                Placeholders::Format::PlainText),
             u"{password}<img src=x onerror=alert(1)>"_s);
    QCOMPARE(Placeholders::fill(u"{ name } {NAME} {}"_s, values, Placeholders::Format::PlainText),
             u"{ name } {NAME} {}"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestDistribution)
#include "tst_distribution.moc"
