// The users page's model (models/itemmodels/usertablemodel.cpp) and the person rules and edits it
// relies on (models/people).
#include "core/translation.h"
#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "people/personstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageOnlyThenMoreAsScrolled();
    void pagesContinueAcrossEqualNames();
    void searchMatchesTheStartOfEveryField_data();
    void searchMatchesTheStartOfEveryField();
    void norwegianLettersSortAndSearchTheSameOnEveryEngine_data();
    void norwegianLettersSortAndSearchTheSameOnEveryEngine();
    void searchTextIsNeverSql();
    void searchOfManyLateMatchesReadsOnInOrder();
    void profileFilter();
    void sortsByColumnBothWays();
    void linkedCountsParentsAndChildren();
    void checkableKeepsLockedPeopleChecked();
    void queriesUseTheIndexes_data();
    void queriesUseTheIndexes();
    void validationFollowsTheImportRules_data();
    void validationFollowsTheImportRules();
    void freeTextMayBeginLikeAFormula();
    void updateWritesOneAuditRow();

private:
    qint64 addPerson(const QString &first, const QString &last, const QString &username,
                     const QString &profile, const QString &syncKey = {},
                     const QString &email = {});
    struct NewPerson
    {
        QString first;
        QString last;
        QString username;
        QString profile;
        QString syncKey = {};
        QString email = {};
    };
    // `count` people that `make` describes, in one transaction, a hundred a statement: a server
    // answers each statement in a round trip of its own.
    void addPeople(int count, const std::function<NewPerson(int)> &make);
    QStringList column(const UserTableModel &model, int column) const;
    void fetchAll(UserTableModel &model) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::optional<QSqlQuery> m_insert;
};

void TestUserTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Counts are tr("%n …") messages: their English singular is in the English catalogue.
    installTranslations(u"en"_s);
}

void TestUserTableModel::init()
{
    static int n = 0;
    auto opened =
            Database::open(Testing::newDatabase(m_dir.filePath(u"users-%1.sqlite"_s.arg(++n))));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened.value());
}

void TestUserTableModel::cleanup()
{
    m_insert.reset();
    m_database.reset();
}

qint64 TestUserTableModel::addPerson(const QString &first, const QString &last,
                                     const QString &username, const QString &profile,
                                     const QString &syncKey, const QString &email)
{
    // Prepared once per test: thousands of people are added, one round trip each on a server.
    if (!m_insert) {
        m_insert.emplace(m_database->connection());
        m_insert->prepare(u"INSERT INTO person (first_name, last_name, username, profile, "
                          u"sync_key, email, created_at, updated_at) VALUES (?, ?, ?, ?, "
                          u"nullif(?, ''), nullif(?, ''), '', '') RETURNING id"_s);
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(first);
    query.addBindValue(last);
    query.addBindValue(username);
    query.addBindValue(profile);
    query.addBindValue(syncKey);
    query.addBindValue(email);
    if (!query.exec())
        qFatal("insert failed");
    if (!query.next())
        qFatal("insert gave no id");
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite keeps a statement that has more to say open, and the write with it
    return id;
}

void TestUserTableModel::addPeople(int count, const std::function<NewPerson(int)> &make)
{
    constexpr int perStatement = 100;
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    int prepared = 0;
    for (int from = 0; from < count; from += perStatement) {
        const int rows = std::min(perStatement, count - from);
        if (rows != prepared) {
            QStringList values(rows, u"(?, ?, ?, ?, nullif(?, ''), nullif(?, ''), '', '')"_s);
            QVERIFY(query.prepare(u"INSERT INTO person (first_name, last_name, username, profile, "
                                  u"sync_key, email, created_at, updated_at) VALUES "_s +
                                  values.join(u", "_s)));
            prepared = rows;
        }
        for (int i = from; i < from + rows; ++i) {
            const NewPerson person = make(i);
            query.addBindValue(person.first);
            query.addBindValue(person.last);
            query.addBindValue(person.username);
            query.addBindValue(person.profile);
            query.addBindValue(person.syncKey);
            query.addBindValue(person.email);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(db.commit());
}

QStringList TestUserTableModel::column(const UserTableModel &model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestUserTableModel::fetchAll(UserTableModel &model) const
{
    while (model.canFetchMore())
        model.fetchMore();
}

void TestUserTableModel::firstPageOnlyThenMoreAsScrolled()
{
    QSqlDatabase db = m_database->connection();
    addPeople(450, [](int i) {
        return NewPerson{u"First%1"_s.arg(i), u"Last%1"_s.arg(i, 4, 10, QChar(u'0')),
                         u"user%1"_s.arg(i), u"learner"_s};
    });
    UserTableModel model;
    model.setDatabase(db);
    QCOMPARE(model.rowCount(), UserTableModel::pageSize);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * UserTableModel::pageSize);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore());
    const QStringList names = column(model, UserTableModel::Name);
    QCOMPARE(names.first(), u"Last0000, First0"_s);
    QCOMPARE(names.last(), u"Last0449, First449"_s);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 450);
}

void TestUserTableModel::pagesContinueAcrossEqualNames()
{
    // 500 people called the same: only the id tells the pages apart.
    QSqlDatabase db = m_database->connection();
    addPeople(500, [](int i) {
        return NewPerson{u"Kari"_s, u"Nordmann"_s, u"kari%1"_s.arg(i), u"parent"_s};
    });
    UserTableModel model;
    model.setDatabase(db);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 500);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.personId(row));
    QCOMPARE(ids.size(), 500);
    model.sort(UserTableModel::Name, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.personId(0) > model.personId(499));
}

void TestUserTableModel::searchMatchesTheStartOfEveryField_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("usernames");
    QTest::newRow("first name") << u"ada"_s << QStringList{u"ada"_s};
    QTest::newRow("last name, any case") << u"LOVE"_s << QStringList{u"ada"_s};
    QTest::newRow("user name") << u"gh"_s << QStringList{u"ghopper"_s};
    QTest::newRow("sync key") << u"S-2"_s << QStringList{u"ghopper"_s};
    QTest::newRow("e-mail") << u"grace@"_s << QStringList{u"ghopper"_s};
    QTest::newRow("two words") << u"ada lov"_s << QStringList{u"ada"_s};
    QTest::newRow("two words, one wrong") << u"ada hop"_s << QStringList{};
    QTest::newRow("not the middle") << u"velace"_s << QStringList{};
    QTest::newRow("Norwegian capital") << u"øys"_s << QStringList{u"oystein"_s};
    QTest::newRow("Norwegian inside") << u"bjør"_s << QStringList{u"bjorn"_s};
    QTest::newRow("spaces around") << u"  ada  "_s << QStringList{u"ada"_s};
}

void TestUserTableModel::searchMatchesTheStartOfEveryField()
{
    QFETCH(QString, search);
    QFETCH(QStringList, usernames);
    addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"learner"_s, u"S-1"_s, u"ada@example.org"_s);
    addPerson(u"Grace"_s, u"Hopper"_s, u"ghopper"_s, u"parent"_s, u"S-2"_s, u"grace@example.org"_s);
    addPerson(u"Øystein"_s, u"Berg"_s, u"oystein"_s, u"learner"_s);
    addPerson(u"Bjørn"_s, u"Dahl"_s, u"bjorn"_s, u"learner"_s);
    UserTableModel model;
    model.setDatabase(m_database->connection());
    QCOMPARE(model.rowCount(), 4);
    model.setSearch(search);
    QCOMPARE(column(model, UserTableModel::Username), usernames);
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), 4);
}

void TestUserTableModel::searchOfManyLateMatchesReadsOnInOrder()
{
    // The first rows in name order match nothing, and then very many match: the third way the
    // model answers a search (neither the window nor sorting every match).
    QSqlDatabase db = m_database->connection();
    addPeople(4500, [](int i) {
        return NewPerson{u"Zed"_s, u"Aaa"_s, u"a%1"_s.arg(i), u"learner"_s};
    });
    addPeople(21000, [](int i) {
        return NewPerson{u"Frida"_s, u"B%1"_s.arg(i, 5, 10, QChar(u'0')), u"b%1"_s.arg(i),
                         u"parent"_s};
    });
    UserTableModel model;
    model.setDatabase(db);
    model.setSearch(u"fri"_s);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), UserTableModel::pageSize);
    QCOMPARE(model.index(0, UserTableModel::Name).data().toString(), u"B00000, Frida"_s);
    // Read along the order's index: neither the window nor every match sorted.
    QVERIFY2(!model.lastStatement().contains(u" w CROSS JOIN"_s) &&
                     !model.lastStatement().contains(u"UNION"_s),
             qPrintable(model.lastStatement()));
    if (!Testing::onServer()) // SQLite needs to be kept from the search's own indexes
        QVERIFY2(model.lastStatement().contains(u"+lower("_s), qPrintable(model.lastStatement()));
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * UserTableModel::pageSize);
    QCOMPARE(model.index(UserTableModel::pageSize, UserTableModel::Name).data().toString(),
             u"B00200, Frida"_s);
}

void TestUserTableModel::norwegianLettersSortAndSearchTheSameOnEveryEngine_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("usernames");
    QTest::newRow("Å as typed") << u"åse"_s << QStringList{u"aase"_s};
    QTest::newRow("Ø as typed") << u"øde"_s << QStringList{u"per"_s};
    QTest::newRow("capitals") << u"ØDEGÅRD"_s << QStringList{u"per"_s};
    QTest::newRow("Æ either case") << u"æ"_s << QStringList{u"kari"_s, u"ola"_s};
    QTest::newRow("Æ with more") << u"ærø"_s << QStringList{u"kari"_s, u"ola"_s};
    QTest::newRow("two words") << u"berg Å"_s << QStringList{u"aase"_s};
    QTest::newRow("Å is not A") << u"as"_s << QStringList{};
    QTest::newRow("Ø is not O") << u"od"_s << QStringList{};
}

void TestUserTableModel::norwegianLettersSortAndSearchTheSameOnEveryEngine()
{
    // Letters beyond ASCII keep their case in the sort key on both engines (PostgreSQL's
    // lower() on the COLLATE "C" columns folds ASCII only, as SQLite's does), and sort by code
    // point after every ASCII letter: Å, Æ, Ø, then the small letters.
    QFETCH(QString, search);
    QFETCH(QStringList, usernames);
    addPerson(u"Åse"_s, u"Berg"_s, u"aase"_s, u"learner"_s);
    addPerson(u"Per"_s, u"Ødegård"_s, u"per"_s, u"learner"_s);
    addPerson(u"Kari"_s, u"Ærø"_s, u"kari"_s, u"parent"_s);
    addPerson(u"Ola"_s, u"ærø"_s, u"ola"_s, u"staff"_s);
    addPerson(u"Zed"_s, u"Zahl"_s, u"zed"_s, u"learner"_s);
    UserTableModel model;
    model.setDatabase(m_database->connection());
    QCOMPARE(column(model, UserTableModel::Username),
             QStringList({u"aase"_s, u"zed"_s, u"kari"_s, u"per"_s, u"ola"_s}));
    model.setSearch(search);
    QCOMPARE(column(model, UserTableModel::Username), usernames);
    QVERIFY(model.lastError().isEmpty());
    // Each way the model answers a search finds the same people: the window over the table
    // (above), and the matches alone once the window is used up.
    addPeople(4100, [](int i) {
        return NewPerson{u"Xi"_s, u"Aaron%1"_s.arg(i, 4, 10, QChar(u'0')), u"x%1"_s.arg(i),
                         u"learner"_s};
    });
    model.setSearch(QString());
    model.setSearch(search);
    QVERIFY2(model.lastStatement().contains(u"UNION"_s), qPrintable(model.lastStatement()));
    QCOMPARE(column(model, UserTableModel::Username), usernames);
}

void TestUserTableModel::searchTextIsNeverSql()
{
    addPerson(u"Robert'); DROP TABLE person;--"_s, u"Tables"_s, u"bobby"_s, u"learner"_s);
    addPerson(u"50%"_s, u"Off"_s, u"sale"_s, u"learner"_s);
    UserTableModel model;
    model.setDatabase(m_database->connection());
    model.setSearch(u"robert');"_s);
    QCOMPARE(column(model, UserTableModel::Username), QStringList{u"bobby"_s});
    model.setSearch(u"%"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(u"50%"_s);
    QCOMPARE(column(model, UserTableModel::Username), QStringList{u"sale"_s});
    QVERIFY(model.lastError().isEmpty());
}

void TestUserTableModel::profileFilter()
{
    addPerson(u"Ada"_s, u"A"_s, u"a"_s, u"learner"_s);
    addPerson(u"Pat"_s, u"P"_s, u"p"_s, u"parent"_s);
    addPerson(u"Sam"_s, u"S"_s, u"s"_s, u"staff"_s);
    UserTableModel model;
    model.setDatabase(m_database->connection());
    model.setProfile(u"parent"_s);
    QCOMPARE(column(model, UserTableModel::Username), QStringList{u"p"_s});
    QCOMPARE(model.headerData(UserTableModel::Linked, Qt::Horizontal).toString(), u"Children"_s);
    model.setSearch(u"ada"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setProfile(QString());
    QCOMPARE(column(model, UserTableModel::Username), QStringList{u"a"_s});
}

void TestUserTableModel::sortsByColumnBothWays()
{
    addPerson(u"Bo"_s, u"Cee"_s, u"zed"_s, u"learner"_s, u"K2"_s, u"b@x.no"_s);
    addPerson(u"Al"_s, u"bee"_s, u"yan"_s, u"parent"_s, {}, u"c@x.no"_s);
    addPerson(u"Cy"_s, u"Aa"_s, u"xia"_s, u"staff"_s, u"K1"_s, {});
    UserTableModel model;
    model.setDatabase(m_database->connection());
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"xia"_s, u"yan"_s, u"zed"_s}));
    model.sort(UserTableModel::Username, Qt::AscendingOrder);
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"xia"_s, u"yan"_s, u"zed"_s}));
    model.sort(UserTableModel::Username, Qt::DescendingOrder);
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"zed"_s, u"yan"_s, u"xia"_s}));
    model.sort(UserTableModel::SyncKey, Qt::AscendingOrder);
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"yan"_s, u"xia"_s, u"zed"_s}));
    model.sort(UserTableModel::Profile, Qt::AscendingOrder);
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"zed"_s, u"yan"_s, u"xia"_s}));
    model.sort(UserTableModel::Email, Qt::DescendingOrder);
    QCOMPARE(column(model, UserTableModel::Username), QStringList({u"yan"_s, u"zed"_s, u"xia"_s}));
    // The count column has no index: the order stays.
    model.sort(UserTableModel::Linked, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(UserTableModel::Email));
}

void TestUserTableModel::linkedCountsParentsAndChildren()
{
    const qint64 learner = addPerson(u"Ada"_s, u"A"_s, u"a"_s, u"learner"_s);
    const qint64 mum = addPerson(u"Mum"_s, u"A"_s, u"m"_s, u"parent"_s);
    const qint64 dad = addPerson(u"Dad"_s, u"A"_s, u"d"_s, u"parent"_s);
    PersonStore store(m_database->connection());
    QVERIFY(store.link(mum, learner, u"test"_s).ok());
    QVERIFY(store.link(dad, learner, u"test"_s).ok());
    UserTableModel model;
    model.setDatabase(m_database->connection());
    const int row = model.rowOf(learner);
    QCOMPARE(model.index(row, UserTableModel::Linked).data().toInt(), 2);
    QCOMPARE(model.index(row, UserTableModel::Linked).data(Qt::ToolTipRole).toString(),
             u"2 parents"_s);
    QCOMPARE(model.index(model.rowOf(mum), UserTableModel::Linked).data().toInt(), 1);
    QCOMPARE(model.index(model.rowOf(mum), UserTableModel::Linked).data(Qt::ToolTipRole).toString(),
             u"1 child"_s);
    QVERIFY(store.unlink(dad, learner, u"test"_s).ok());
    model.refresh();
    QCOMPARE(model.index(model.rowOf(learner), UserTableModel::Linked).data().toInt(), 1);
}

void TestUserTableModel::checkableKeepsLockedPeopleChecked()
{
    const qint64 a = addPerson(u"Ann"_s, u"A"_s, u"a"_s, u"parent"_s);
    const qint64 b = addPerson(u"Ben"_s, u"B"_s, u"b"_s, u"parent"_s);
    UserTableModel model;
    model.setCheckable(true);
    model.setShowsEditColumn(false);
    model.setDatabase(m_database->connection());
    model.setLocked({a});
    QCOMPARE(model.columnCount(), int(UserTableModel::Edit));
    const QModelIndex locked = model.index(model.rowOf(a), UserTableModel::Name);
    const QModelIndex free = model.index(model.rowOf(b), UserTableModel::Name);
    QCOMPARE(locked.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!(locked.flags() & Qt::ItemIsEnabled));
    QVERIFY(!model.setData(locked, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.setData(free, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedIds(), QSet<qint64>{b});
    // Checks survive a new search.
    model.setSearch(u"ann"_s);
    model.setSearch(QString());
    QCOMPARE(model.checkedIds(), QSet<qint64>{b});
}

void TestUserTableModel::queriesUseTheIndexes_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("search");
    QTest::newRow("name") << int(UserTableModel::Name) << QString() << QString();
    QTest::newRow("user name") << int(UserTableModel::Username) << QString() << QString();
    QTest::newRow("sync key") << int(UserTableModel::SyncKey) << QString() << QString();
    QTest::newRow("e-mail") << int(UserTableModel::Email) << QString() << QString();
    QTest::newRow("profile") << int(UserTableModel::Profile) << QString() << QString();
    QTest::newRow("parents by name") << int(UserTableModel::Name) << u"parent"_s << QString();
    QTest::newRow("search") << int(UserTableModel::Name) << QString() << u"abc"_s;
}

void TestUserTableModel::queriesUseTheIndexes()
{
    QFETCH(int, sortColumn);
    QFETCH(QString, profile);
    QFETCH(QString, search);
    // Fills enough rows that the planner's statistics matter, then asks the engine how it reads.
    QSqlDatabase db = m_database->connection();
    addPeople(2000, [](int i) {
        return NewPerson{u"F%1"_s.arg(i), u"L%1"_s.arg(i),
                         u"u%1"_s.arg(i), i % 2 ? u"parent"_s : u"learner"_s,
                         u"k%1"_s.arg(i), u"e%1@x.no"_s.arg(i)};
    });
    QSqlQuery(db).exec(u"ANALYZE"_s);
    UserTableModel model;
    model.setProfile(profile);
    model.setSearch(search);
    model.setDatabase(db);
    model.sort(sortColumn, Qt::AscendingOrder);
    QVERIFY(model.lastError().isEmpty());
    QString plan;
    QSqlQuery query(db);
    if (Testing::onServer()) {
        // PostgreSQL explains no prepared statement: the test's own values go in as literals.
        // A full scan of person shows as "Seq Scan on person p".
        QString statement = model.lastStatement();
        for (const QVariant &value : model.lastValues()) {
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            const qsizetype at = statement.indexOf(u'?');
            QVERIFY(at >= 0);
            statement.replace(at, 1, db.driver()->formatValue(field));
        }
        QVERIFY(!statement.contains(u'?'));
        QVERIFY2(query.exec(u"EXPLAIN "_s + statement), qPrintable(query.lastError().text()));
        while (query.next())
            plan += query.value(0).toString() + u'\n';
        QVERIFY2(plan.contains(u"Index"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Seq Scan on person p"_s), qPrintable(plan));
    } else {
        // A full scan of person shows as a plan line "SCAN p" without an index.
        QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + model.lastStatement()));
        for (const QVariant &value : model.lastValues())
            query.addBindValue(value);
        QVERIFY(query.exec());
        while (query.next())
            plan += query.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"INDEX"_s), qPrintable(plan));
        QVERIFY2(!plan.split(u'\n').contains(u"SCAN p"_s), qPrintable(plan));
    }
    QVERIFY(model.rowCount() > 0 || !search.isEmpty());
}

void TestUserTableModel::validationFollowsTheImportRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("first name missing")
            << u"first"_s << QString() << u"The first name is missing. Every user needs one."_s;
    QTest::newRow("last name missing")
            << u"last"_s << QString() << u"The last name is missing. Every user needs one."_s;
    QTest::newRow("user name missing")
            << u"username"_s << QString() << u"The user name is missing. Every user needs one."_s;
    QTest::newRow("user name taken")
            << u"username"_s << u"taken"_s
            << u"The user name “taken” belongs to someone else. Every user needs their own."_s;
    QTest::newRow("sync key taken") << u"sync"_s << u"K-9"_s
                                    << u"The synchronisation key “K-9” belongs to someone else. "
                                       u"Every user needs their own."_s;
    QTest::newRow("e-mail") << u"email"_s << u"ada at example"_s
                            << u"“ada at example” is not an e-mail address."_s;
    QTest::newRow("tab") << u"first"_s << u"A\tda"_s
                         << u"The first name contains an invisible control character (such as "
                            u"a tab). Retype it."_s;
    QTest::newRow("too long") << u"last"_s << QString(1001, u'x')
                              << u"The last name is 1001 characters long; at most 1000 fit."_s;
    // Exported exactly, so refused when a spreadsheet would take them for a formula.
    QTest::newRow("user name begins with -")
            << u"username"_s << u"-ada"_s
            << u"The user name may not begin with “-”: a spreadsheet would read it as a formula, "
               u"and the platform would get another value. Change its first character."_s;
    QTest::newRow("sync key begins with +")
            << u"sync"_s << u"+47"_s
            << u"The synchronisation key may not begin with “+”: a spreadsheet would read it as a "
               u"formula, and the platform would get another value. Change its first character."_s;
    QTest::newRow("password begins with =")
            << u"password"_s << u"=x7Kp"_s
            << u"The password may not begin with “=”: a spreadsheet would read it as a formula, "
               u"and the platform would get another value. Change its first character."_s;
    QTest::newRow("password begins with @")
            << u"password"_s << u"@x7Kp"_s
            << u"The password may not begin with “@”: a spreadsheet would read it as a formula, "
               u"and the platform would get another value. Change its first character."_s;
}

void TestUserTableModel::validationFollowsTheImportRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    addPerson(u"Tak"_s, u"En"_s, u"taken"_s, u"learner"_s, u"K-9"_s);
    Person person;
    person.id = addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"learner"_s);
    person.firstName = u"Ada"_s;
    person.lastName = u"Lovelace"_s;
    person.username = u"ada"_s;
    person.profile = u"learner"_s;
    PersonStore store(m_database->connection());
    QVERIFY(store.validate(person)->isEmpty());
    if (field == u"first"_s)
        person.firstName = value;
    else if (field == u"last"_s)
        person.lastName = value;
    else if (field == u"username"_s)
        person.username = value;
    else if (field == u"sync"_s)
        person.syncKey = value;
    else if (field == u"password"_s)
        person.password = value;
    else
        person.email = value;
    const auto problems = store.validate(person);
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().message, message);
    const Status refused = store.update(person, u"test"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, message);
}

// Names and e-mail addresses are free text: the export neutralises them, so the editor takes them.
void TestUserTableModel::freeTextMayBeginLikeAFormula()
{
    Person person;
    person.firstName = u"=SUM(A1)"_s;
    person.lastName = u"-Berg"_s;
    person.username = u"ada"_s;
    person.password = u"x-7=Kp"_s;
    person.email = u"+ada@example.org"_s;
    person.profile = u"learner"_s;
    const auto problems = PersonStore(m_database->connection()).validate(person);
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));
}

void TestUserTableModel::updateWritesOneAuditRow()
{
    const qint64 id = addPerson(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"learner"_s);
    PersonStore store(m_database->connection());
    Person person = *store.find(id).value();
    person.email = u"ada@example.org"_s;
    person.password = u"secret-1"_s;
    QVERIFY(store.update(person, u"tester"_s).ok());
    QVERIFY(store.update(person, u"tester"_s).ok()); // nothing changed: no second row
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT actor, action, person_id, detail FROM audit"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"tester"_s);
    QCOMPARE(query.value(1).toString(), u"edit"_s);
    QCOMPARE(query.value(2).toLongLong(), id);
    const QString detail = query.value(3).toString();
    QVERIFY2(detail.contains(u"ada@example.org"_s), qPrintable(detail));
    QVERIFY2(!detail.contains(u"secret-1"_s), qPrintable(detail));
    QVERIFY(!query.next());
    const Person stored = *store.find(id).value();
    QCOMPARE(stored.email, u"ada@example.org"_s);
    QCOMPARE(stored.password, u"secret-1"_s);
}

} // namespace Rollbook

QTEST_GUILESS_MAIN(Rollbook::TestUserTableModel)
#include "tst_usertablemodel.moc"
