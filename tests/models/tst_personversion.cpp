// Two administrators editing the same person (models/people/personstore.cpp): every change adds
// one to person.version, and a save made over an older version is refused with who changed the
// person and when. Two connections of their own to one database, as two Rollbooks would have.
#include "db/database.h"
#include "distribution/audience.h"
#include "distribution/initialpasswords.h"
#include "people/personstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestPersonVersion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void secondSaveOverTheSameVersionIsRefused();
    void versionGoesUpByOnePerSave();
    void personDeletedMeanwhile();
    void refusalWithoutAnActorOrTime();
    void passwordsGivenMeanwhileCountAsAChange();
    void linksLeaveTheVersionAlone();

private:
    qint64 addPerson(const QString &first, const QString &last, const QString &username,
                     const QString &profile = u"learner"_s);
    Person read(Database &database, qint64 id) const;
    int auditRows(const QString &action, const QString &actor = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_first;  // one administrator's Rollbook
    std::unique_ptr<Database> m_second; // another's, on the same database
    qint64 m_ada = -1;
};

void TestPersonVersion::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPersonVersion::init()
{
    static int n = 0;
    const QString location = Testing::newDatabase(m_dir.filePath(u"version-%1.sqlite"_s.arg(++n)));
    auto first = Database::open(location);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
    m_first = std::move(first.value());
    auto second = Database::open(location);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
    m_second = std::move(second.value());
    QVERIFY(m_first->connection().connectionName() != m_second->connection().connectionName());
    m_ada = addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s);
}

void TestPersonVersion::cleanup()
{
    m_second.reset();
    m_first.reset();
}

qint64 TestPersonVersion::addPerson(const QString &first, const QString &last,
                                    const QString &username, const QString &profile)
{
    QSqlQuery query(m_first->connection());
    query.prepare(u"INSERT INTO person (first_name, last_name, username, profile, created_at, "
                  u"updated_at) VALUES (?, ?, ?, ?, '', '') RETURNING id"_s);
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(username);
    query.addBindValue(profile);
    if (!query.exec() || !query.next())
        qFatal("insert failed");
    return query.value(0).toLongLong();
}

Person TestPersonVersion::read(Database &database, qint64 id) const
{
    const auto found = PersonStore(database.connection()).find(id);
    if (!found || !found.value())
        qFatal("person %lld is not there", id);
    return *found.value();
}

int TestPersonVersion::auditRows(const QString &action, const QString &actor) const
{
    QSqlQuery query(m_first->connection());
    query.prepare(actor.isEmpty() ? u"SELECT count(*) FROM audit WHERE action = ?"_s
                                  : u"SELECT count(*) FROM audit WHERE action = ? AND actor = ?"_s);
    query.addBindValue(action);
    if (!actor.isEmpty())
        query.addBindValue(actor);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// What the refusal says for the time stored: the user's own short date and time format.
static QString shortTime(const QString &stored)
{
    return QLocale().toString(QDateTime::fromString(stored, Qt::ISODateWithMs).toLocalTime(),
                              QLocale::ShortFormat);
}

void TestPersonVersion::secondSaveOverTheSameVersionIsRefused()
{
    PersonStore firstStore(m_first->connection());
    PersonStore secondStore(m_second->connection());
    // Both open Ada.
    Person alices = read(*m_first, m_ada);
    Person bobs = read(*m_second, m_ada);
    QCOMPARE(alices.version, 1);
    QCOMPARE(bobs.version, 1);

    alices.lastName = u"King"_s;
    const Status saved = firstStore.update(alices, u"alice"_s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));

    bobs.email = u"ada@example.org"_s;
    const Status refused = secondStore.update(bobs, u"bob"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    const Person stored = read(*m_second, m_ada);
    QVERIFY(QDateTime::fromString(stored.updatedAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(refused.error().message,
             u"Ada King (ada) was changed by alice at %1; reopen to see the change."_s.arg(
                     shortTime(stored.updatedAt)));

    // The database holds Alice's edit, and nothing of Bob's: not the e-mail, not an audit row.
    {
        QSqlQuery row(m_first->connection());
        row.prepare(u"SELECT last_name, email, version, updated_by FROM person WHERE id = ?"_s);
        row.addBindValue(m_ada);
        QVERIFY(row.exec() && row.next());
        QCOMPARE(row.value(0).toString(), u"King"_s);
        QVERIFY(row.value(1).isNull());
        QCOMPARE(row.value(2).toInt(), 2);
        QCOMPARE(row.value(3).toString(), u"alice"_s);
    } // (a statement left open would keep SQLite reading the snapshot of this moment)
    QCOMPARE(auditRows(u"edit"_s, u"alice"_s), 1);
    QCOMPARE(auditRows(u"edit"_s, u"bob"_s), 0);

    // Bob reopens: he sees Alice's change, and his save lands over it.
    bobs = read(*m_second, m_ada);
    QCOMPARE(bobs.lastName, u"King"_s);
    QCOMPARE(bobs.version, 2);
    bobs.email = u"ada@example.org"_s;
    int version = 0;
    const Status again = secondStore.update(bobs, u"bob"_s, &version);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(version, 3);
    const Person now = read(*m_first, m_ada);
    QCOMPARE(now.lastName, u"King"_s);
    QCOMPARE(now.email, u"ada@example.org"_s);
    QCOMPARE(now.version, 3);
    QCOMPARE(now.updatedBy, u"bob"_s);
    QCOMPARE(auditRows(u"edit"_s, u"bob"_s), 1);

    // Alice's copy is now the stale one.
    alices.firstName = u"Augusta"_s;
    const Status stale = firstStore.update(alices, u"alice"_s);
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().message.startsWith(u"Ada King (ada) was changed by bob at "_s),
             qPrintable(stale.error().message));
    QCOMPARE(read(*m_second, m_ada).firstName, u"Ada"_s);
}

void TestPersonVersion::versionGoesUpByOnePerSave()
{
    PersonStore store(m_first->connection());
    Person ada = read(*m_first, m_ada);
    QCOMPARE(ada.version, 1);
    QCOMPARE(ada.updatedBy, QString());
    const QStringList emails = {u"a@example.org"_s, u"b@example.org"_s, u"c@example.org"_s};
    for (int i = 0; i < emails.size(); ++i) {
        ada.email = emails.at(i);
        int version = -1;
        const Status saved = store.update(ada, u"editor-%1"_s.arg(i), &version);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(version, i + 2);
        const Person stored = read(*m_second, m_ada);
        QCOMPARE(stored.version, i + 2);
        QCOMPARE(stored.updatedBy, u"editor-%1"_s.arg(i));
        QCOMPARE(stored.email, emails.at(i));
        ada.version = version;
    }
    // Nothing changed: nothing written, the version stays.
    int version = -1;
    QVERIFY(store.update(ada, u"someone"_s, &version).ok());
    QCOMPARE(version, 4);
    QCOMPARE(read(*m_second, m_ada).version, 4);
    QCOMPARE(read(*m_second, m_ada).updatedBy, u"editor-2"_s);
    QCOMPARE(auditRows(u"edit"_s), 3);
}

void TestPersonVersion::personDeletedMeanwhile()
{
    Person ada = read(*m_first, m_ada);
    QSqlQuery remove(m_second->connection());
    remove.prepare(u"DELETE FROM person WHERE id = ?"_s);
    remove.addBindValue(m_ada);
    QVERIFY(remove.exec());
    ada.email = u"ada@example.org"_s;
    const Status refused = PersonStore(m_first->connection()).update(ada, u"alice"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().message, u"That person is no longer in the database."_s);
    QCOMPARE(auditRows(u"edit"_s), 0);
}

void TestPersonVersion::refusalWithoutAnActorOrTime()
{
    // A change that names no one and no time (a row written before version 4 of the schema).
    Person ada = read(*m_first, m_ada);
    QSqlQuery bump(m_second->connection());
    bump.prepare(u"UPDATE person SET version = version + 1, first_name = 'Augusta' WHERE id = ?"_s);
    bump.addBindValue(m_ada);
    QVERIFY(bump.exec());
    ada.email = u"ada@example.org"_s;
    const Status refused = PersonStore(m_first->connection()).update(ada, u"alice"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             u"Augusta Lovelace (ada) was changed by someone else; reopen to see the change."_s);
    QCOMPARE(read(*m_second, m_ada).email, QString());
}

void TestPersonVersion::passwordsGivenMeanwhileCountAsAChange()
{
    Person ada = read(*m_first, m_ada);
    // The other administrator prints letters, which gives Ada her initial password.
    // (Ada is the only learner.)
    auto recipients = loadRecipients(m_second->connection(), Audience{{}, u"learner"_s, {}});
    QVERIFY(recipients.ok());
    QCOMPARE(recipients->size(), 1);
    QSqlDatabase second = m_second->connection();
    const auto filled =
            InitialPasswords::fillMissing(second, recipients.value(), PasswordPolicy{}, u"bob"_s);
    QVERIFY2(filled.ok(), qPrintable(filled ? QString() : filled.error().message));
    QCOMPARE(filled.value(), 1);
    Person stored = read(*m_first, m_ada);
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.updatedBy, u"bob"_s);
    QCOMPARE(recipients->first().person.version, 2);

    // A save over the version before it would have cleared that password unseen.
    ada.email = u"ada@example.org"_s;
    const Status refused = PersonStore(m_first->connection()).update(ada, u"alice"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(u"Ada Lovelace (ada) was changed by bob at "_s),
             qPrintable(refused.error().message));
    QCOMPARE(read(*m_first, m_ada).password, recipients->first().person.password);

    // Forgetting them is a change too.
    const auto forgotten = InitialPasswords::forget(second, recipients.value(), u"carol"_s);
    QVERIFY(forgotten.ok());
    QCOMPARE(forgotten->passwords, 1);
    stored = read(*m_first, m_ada);
    QCOMPARE(stored.version, 3);
    QCOMPARE(stored.updatedBy, u"carol"_s);
    QCOMPARE(stored.password, QString());
}

void TestPersonVersion::linksLeaveTheVersionAlone()
{
    // A link is a row of its own, checked on its own: linking a parent while someone edits the
    // learner's names does not stand in the way of their save.
    const qint64 mum = addPerson(u"Anne"_s, u"Lovelace"_s, u"anne"_s, u"parent"_s);
    Person ada = read(*m_first, m_ada);
    QVERIFY(PersonStore(m_second->connection()).link(mum, m_ada, u"bob"_s).ok());
    QCOMPARE(read(*m_first, m_ada).version, 1);
    QCOMPARE(read(*m_first, mum).version, 1);
    ada.email = u"ada@example.org"_s;
    const Status saved = PersonStore(m_first->connection()).update(ada, u"alice"_s);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(PersonStore(m_second->connection()).unlink(mum, m_ada, u"bob"_s).ok());
    QCOMPARE(read(*m_first, m_ada).version, 2);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestPersonVersion)
#include "tst_personversion.moc"
