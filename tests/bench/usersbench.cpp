// rollbook-bench users: DESIGN §6's users page target. Builds a database of N people (half
// learners, half parents, each parent linked to one learner and every fourth to a second), opens
// the real Users and access rights page offscreen and times
//   first_rows_ms     from creating the page on the open database to its first rows painted;
//   keystroke_ms_p95  typing six-letter searches one key at a time: from each key to the table
//                     painted with its result (the 150 ms pause the page waits for before it
//                     searches is left out: it is a choice, not work; see search_delay_ms).
#include "bench.h"
#include "db/database.h"
#include "itemmodels/usertablemodel.h"
#include "userspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Bench {

namespace {

const QStringList firstNames = {
        u"Emma"_s,  u"Nora"_s,    u"Olivia"_s, u"Sofie"_s,  u"Ella"_s,  u"Ingrid"_s, u"Sara"_s,
        u"Maja"_s,  u"Hanna"_s,   u"Leah"_s,   u"Jakob"_s,  u"Emil"_s,  u"Noah"_s,   u"Oliver"_s,
        u"Filip"_s, u"William"_s, u"Lukas"_s,  u"Henrik"_s, u"Aksel"_s, u"Oskar"_s,  u"Øystein"_s,
        u"Åse"_s,   u"Kari"_s,    u"Ola"_s,    u"Hans"_s,   u"Liv"_s,   u"Per"_s,    u"Anne"_s};
const QStringList lastNames = {
        u"Hansen"_s,   u"Johansen"_s,  u"Olsen"_s,       u"Larsen"_s,    u"Andersen"_s,
        u"Pedersen"_s, u"Nilsen"_s,    u"Kristiansen"_s, u"Jensen"_s,    u"Karlsen"_s,
        u"Johnsen"_s,  u"Pettersen"_s, u"Eriksen"_s,     u"Berg"_s,      u"Haugen"_s,
        u"Hagen"_s,    u"Halvorsen"_s, u"Dahl"_s,        u"Jørgensen"_s, u"Henriksen"_s,
        u"Lund"_s,     u"Sørensen"_s,  u"Moen"_s,        u"Strand"_s,    u"Solberg"_s,
        u"Bakken"_s,   u"Lie"_s,       u"Nguyen"_s,      u"Ali"_s,       u"Solheim"_s};

// Six-letter searches: common last names, a first name, a user name and a synchronisation key.
const QStringList searches = {u"hansen"_s, u"larsen"_s, u"nilsen"_s, u"jensen"_s,
                              u"oliver"_s, u"parent"_s, u"l00012"_s};

Status fill(Database &database, qint64 people)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return Error::file(u"no transaction"_s);
    QSqlQuery person(db);
    person.prepare(u"INSERT INTO person (id, sync_key, username, first_name, last_name, email, "
                   u"profile, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QRandomGenerator random(42);
    const qint64 learners = people / 2;
    const QString now = u"2026-01-01T00:00:00.000Z"_s;
    for (qint64 i = 0; i < people; ++i) {
        const bool learner = i < learners;
        const QString first = firstNames.at(random.bounded(int(firstNames.size())));
        const QString last = lastNames.at(random.bounded(int(lastNames.size())));
        const QString number = QString::number(learner ? i : i - learners).rightJustified(6, u'0');
        const QString username = (learner ? u"learner"_s : u"parent"_s) + number;
        person.addBindValue(i + 1);
        person.addBindValue(QString((learner ? u"L"_s : u"P"_s) + number));
        person.addBindValue(username);
        person.addBindValue(first);
        person.addBindValue(last);
        person.addBindValue(QString(username + u"@school.example"_s));
        person.addBindValue(learner ? u"learner"_s : u"parent"_s);
        person.addBindValue(now);
        person.addBindValue(now);
        if (!person.exec())
            return Error::file(person.lastError().text());
    }
    // Parent k is linked to learner k, and every fourth parent to learner k + 1 as well.
    QSqlQuery link(db);
    if (!link.exec(u"INSERT INTO parent_link (parent_id, learner_id, created_by, created_at) "
                   u"SELECT id, id - %1, 'bench', created_at FROM person WHERE profile = 'parent' "
                   u"UNION ALL SELECT id, id - %1 + 1, 'bench', created_at FROM person "
                   u"WHERE profile = 'parent' AND id %% 4 = 0 AND id - %1 + 1 <= %1"_s.arg(learners)
                           .replace(u"%%"_s, u"%"_s)))
        return Error::file(link.lastError().text());
    if (!link.exec(u"ANALYZE"_s))
        return Error::file(link.lastError().text());
    if (!db.commit())
        return Error::file(db.lastError().text());
    return success();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
            std::min(values.size() - 1, qsizetype(std::ceil(p * values.size())) - 1);
    return values.at(std::max<qsizetype>(0, index));
}

} // namespace

int benchUsers(Context &context)
{
    qint64 people = 200000;
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        if (context.arguments.at(i) == u"--people"_s && i + 1 < context.arguments.size())
            people = context.arguments.at(++i).toLongLong();
        else {
            context.err << "Usage: rollbook-bench users [--people N]\n";
            return 2;
        }
    }
    if (people < 2) {
        context.err << "--people wants a number of at least 2\n";
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        context.err << "users needs the widgets application\n";
        return 3;
    }

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"users.sqlite"_s));
    if (!opened) {
        context.err << opened.error().message << '\n';
        return 3;
    }
    Database &database = *opened.value();
    QElapsedTimer timer;
    timer.start();
    if (const Status filled = fill(database, people); !filled) {
        context.err << filled.error().message << '\n';
        return 3;
    }
    context.out << "people: " << people << '\n';
    context.out << "fill_ms: " << timer.elapsed() << '\n';
    context.out.flush();

    // First rows: a page made and shown on the open database, painted once.
    QUndoStack undo;
    timer.restart();
    UsersPage page(&undo);
    page.resize(1000, 640);
    page.setDatabase(&database);
    page.show();
    QCoreApplication::processEvents();
    page.repaint();
    const double firstRows = timer.nsecsElapsed() / 1e6;
    if (page.model()->rowCount() == 0) {
        context.err << "the page shows no rows: " << page.model()->lastError() << '\n';
        return 3;
    }
    context.out << "first_rows_ms: " << qRound(firstRows) << '\n';

    // Keystrokes: each key sent to the search field, then the table painted with the result.
    page.setSearchDelay(0);
    auto *search = page.findChild<QLineEdit *>(u"search"_s);
    search->setFocus();
    QList<double> keys;
    for (const QString &word : searches) {
        search->clear();
        QCoreApplication::processEvents();
        QStringList perKey;
        for (const QChar c : word) {
            timer.restart();
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(search, &press);
            QApplication::sendEvent(search, &release);
            page.view()->viewport()->repaint();
            const double ms = timer.nsecsElapsed() / 1e6;
            keys.append(ms);
            perKey.append(u"%1 %2 ms (%3 rows)"_s.arg(c)
                                  .arg(ms, 0, 'f', 1)
                                  .arg(page.model()->rowCount()));
        }
        context.err << word << ": " << perKey.join(u", "_s) << '\n';
    }
    context.out << "keystrokes: " << keys.size() << '\n';
    context.out << "keystroke_ms_p95: " << qRound(percentile(keys, 0.95)) << '\n';
    context.out << "keystroke_ms_max: " << qRound(percentile(keys, 1.0)) << '\n';
    context.out << "search_delay_ms: 150\n";

    // Scrolling far down: the cost of one more page deep in the table.
    search->clear();
    QCoreApplication::processEvents();
    QList<double> pages;
    for (int i = 0; i < 50 && page.model()->canFetchMore(); ++i) {
        timer.restart();
        page.model()->fetchMore();
        pages.append(timer.nsecsElapsed() / 1e6);
    }
    context.out << "fetch_more_ms_p95: " << qRound(percentile(pages, 0.95)) << '\n';
    return 0;
}

} // namespace Rollbook::Bench
