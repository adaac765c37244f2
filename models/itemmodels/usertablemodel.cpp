#include "usertablemodel.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

// The ORDER BY expressions of each sortable column, written exactly as migration 0003 indexes
// them. Fixed text chosen by code; the row id comes last, which makes every key unique.
QStringList sortExpressions(int column)
{
    switch (column) {
    case UserTableModel::Username:
        return {u"lower(p.username)"_s};
    case UserTableModel::SyncKey:
        return {u"lower(coalesce(p.sync_key, ''))"_s};
    case UserTableModel::Profile:
        return {u"p.profile"_s, u"lower(p.last_name)"_s, u"lower(p.first_name)"_s};
    case UserTableModel::Email:
        return {u"lower(coalesce(p.email, ''))"_s};
    default:
        return {u"lower(p.last_name)"_s, u"lower(p.first_name)"_s};
    }
}

// The searched expressions, as indexed.
const QStringList searchedExpressions = {
        u"lower(p.first_name)"_s, u"lower(p.last_name)"_s, u"lower(p.username)"_s,
        u"lower(coalesce(p.sync_key, ''))"_s, u"lower(coalesce(p.email, ''))"_s};

// lower() folds ASCII letters only: SQLite's always, PostgreSQL's on the person table's
// COLLATE "C" columns, so both engines index, sort and find the same text. A typed word is
// folded the same way; for letters beyond ASCII ("Øystein") both the lower-case spelling and the
// one with a capital first letter are looked for, which is how names are written.
QStringList prefixesOf(const QString &word)
{
    QString ascii = word;
    for (QChar &c : ascii) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    bool wide = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() >= 128; });
    if (!wide)
        return {ascii};
    QString lower = ascii;
    for (QChar &c : lower)
        c = c.toLower();
    QString capital = lower;
    capital[0] = capital.at(0).toUpper();
    QStringList prefixes{lower, capital};
    if (!prefixes.contains(ascii))
        prefixes.append(ascii);
    prefixes.removeDuplicates();
    return prefixes;
}

// Sorts after every text that starts with the prefix: a range that an index answers, where
// LIKE 'x%' on an expression would read every row.
QString upperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    // A cache of 32 MB and reads through memory mapping on the connection this model reads: it
    // jumps about a table of 200,000 people on every keystroke (DESIGN §6), which SQLite's 2 MB
    // default re-reads. Only here: an import's connection keeps the small default, so that its
    // memory stays flat in the database's size. A server keeps its own shared cache.
    if (m_db.isOpen() && Database::engineOf(m_db) == Engine::SQLite) {
        QSqlQuery tune(m_db);
        tune.exec(u"PRAGMA cache_size = -32768"_s);
        tune.exec(u"PRAGMA mmap_size = 268435456"_s);
    }
    m_checked.clear();
    reload();
}

void UserTableModel::setSearch(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    reload();
}

void UserTableModel::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    reload();
}

void UserTableModel::setShowsEditColumn(bool shows)
{
    beginResetModel();
    m_showsEdit = shows;
    endResetModel();
}

void UserTableModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void UserTableModel::setLocked(const QSet<qint64> &ids)
{
    m_locked = ids;
    m_checked.subtract(ids);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Name), index(int(m_rows.size()) - 1, Name));
}

void UserTableModel::refresh()
{
    reload(std::max(int(m_rows.size()), int(pageSize)));
}

void UserTableModel::reload(int atLeast)
{
    QList<Row> rows;
    const bool ok = m_db.isValid() && m_db.isOpen() && fetchRows(nullptr, atLeast, rows);
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = !ok || m_rows.size() < atLeast;
    endResetModel();
    emit reloaded();
}

bool UserTableModel::fetchRows(const Row *after, int limit, QList<Row> &rows)
{
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return runQuery(Source::Table, after, limit, rows);
    // A search is answered one of three ways, and which is fast depends on how many match and
    // where they sit in the table's order. First, the next few thousand rows in order, read
    // along the order's index: enough for a first letter, usually. Then, when the search's
    // first word begins fewer than `manyMatches` fields, those people are found through the
    // search's own indexes and only they are sorted. Else they are so many that reading on in
    // order meets the page's worth soon.
    QList<Row> windowed;
    if (!runQuery(Source::Window, after, limit, windowed))
        return false;
    if (windowed.size() >= limit) {
        rows = std::move(windowed);
        return true;
    }
    const auto matches = countMatches(words.first(), manyMatches);
    if (!matches)
        return false;
    return runQuery(*matches < manyMatches ? Source::Matches : Source::Ordered, after, limit, rows);
}

std::optional<int> UserTableModel::countMatches(const QString &word, int atMost)
{
    // Counted in the indexes alone, and only up to `atMost`: a few milliseconds at most.
    QStringList parts;
    QVariantList values;
    for (const QString &prefix : prefixesOf(word)) {
        for (const QString &expression : searchedExpressions) {
            QString column = expression;
            column.replace(u"p."_s, QString());
            parts.append(u"SELECT 1 FROM person WHERE "_s + column + u" >= ? AND "_s + column +
                         u" < ?"_s);
            values.append(prefix);
            values.append(upperBound(prefix));
        }
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT count(*) FROM ("_s + parts.join(u" UNION ALL "_s) +
                       u" LIMIT ?) f"_s)) {
        m_lastError = query.lastError().text();
        emit failed(m_lastError);
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(atMost);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        emit failed(m_lastError);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool UserTableModel::runQuery(Source source, const Row *after, int limit, QList<Row> &rows)
{
    const QStringList keys = sortExpressions(m_sortColumn);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString orderBy =
            u" ORDER BY "_s + keys.join(direction + u", "_s) + direction + u", p.id"_s + direction;
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);

    // Fixed fragments chosen by code; the user's words only ever go into bound values, in the
    // order their placeholders appear.
    QString sql;
    QVariantList values;
    QString profileAndAfter;
    QVariantList profileAndAfterValues;
    if (!m_profile.isEmpty()) {
        profileAndAfter += u" AND p.profile = ?"_s;
        profileAndAfterValues.append(m_profile);
    }
    if (after) {
        // (key…, id) after the last row shown, in the order of the table.
        profileAndAfter += u" AND ("_s + keys.join(u", "_s) + u", p.id) "_s +
                           (m_sortOrder == Qt::AscendingOrder ? u'>' : u'<') + u" ("_s;
        for (int i = 0; i < keys.size(); ++i)
            profileAndAfter += u"?, "_s;
        profileAndAfter += u"?)"_s;
        profileAndAfterValues.append(after->sortKey);
        profileAndAfterValues.append(after->id);
    }

    QString joined; // the rows person is joined to, if any
    sql = u"SELECT p.id, p.first_name, p.last_name, p.username, p.sync_key, p.email, p.profile"_s;
    for (int i = 0; i < keys.size(); ++i)
        sql += u", "_s + keys.at(i) + u" AS k"_s + QString::number(i);
    switch (source) {
    case Source::Table:
    case Source::Ordered:
        sql += u" FROM person p"_s;
        break;
    case Source::Window:
        // The next rows in the table's order, read along its index; CROSS JOIN keeps SQLite
        // from reordering the loops. Its condition is in the WHERE clause: PostgreSQL allows no
        // ON after CROSS JOIN, and SQLite reads an inner join's ON as part of the WHERE anyway.
        sql += u" FROM (SELECT p.id FROM person p WHERE 1 = 1"_s + profileAndAfter + orderBy +
               u" LIMIT "_s + QString::number(searchWindow) + u") w CROSS JOIN person p"_s;
        values.append(profileAndAfterValues);
        joined = u"w"_s;
        break;
    case Source::Matches: {
        // Everyone whose field begins with the first word, each field through its index.
        QStringList parts;
        for (const QString &prefix : prefixesOf(words.first())) {
            for (const QString &expression : searchedExpressions) {
                QString column = expression;
                column.replace(u"p."_s, QString());
                parts.append(u"SELECT id FROM person WHERE "_s + column + u" >= ? AND "_s + column +
                             u" < ?"_s);
                values.append(prefix);
                values.append(upperBound(prefix));
            }
        }
        sql += u" FROM ("_s + parts.join(u" UNION "_s) + u") m CROSS JOIN person p"_s;
        joined = u"m"_s;
        break;
    }
    }
    sql += (joined.isEmpty() ? u" WHERE 1 = 1"_s : u" WHERE p.id = "_s + joined + u".id"_s) +
           profileAndAfter;
    values.append(profileAndAfterValues);
    // Ordered: a unary plus keeps SQLite from looking the words up in their indexes, so that it
    // reads along the order's index and stops at the limit. PostgreSQL has no unary plus for
    // text; its planner weighs the limit itself.
    const QString notIndexed =
            source == Source::Ordered && Database::engineOf(m_db) == Engine::SQLite ? u"+"_s
                                                                                    : QString();
    for (const QString &word : words) {
        QStringList alternatives;
        for (const QString &prefix : prefixesOf(word)) {
            for (const QString &expression : searchedExpressions) {
                const QString term = notIndexed + expression;
                alternatives.append(u"("_s + term + u" >= ? AND "_s + term + u" < ?)"_s);
                values.append(prefix);
                values.append(upperBound(prefix));
            }
        }
        sql += u" AND ("_s + alternatives.join(u" OR "_s) + u')';
    }
    sql += orderBy + u" LIMIT ?"_s;
    values.append(limit);

    // The counts only for the rows of the page, once they are chosen.
    QString outerOrder = u" ORDER BY "_s;
    for (int i = 0; i < keys.size(); ++i)
        outerOrder += u"c.k"_s + QString::number(i) + direction + u", "_s;
    outerOrder += u"c.id"_s + direction;
    sql = u"SELECT c.*, "
          u"(SELECT count(*) FROM parent_link k WHERE k.parent_id = c.id) + "
          u"(SELECT count(*) FROM parent_link k WHERE k.learner_id = c.id) FROM ("_s +
          sql + u") c"_s + outerOrder;
    m_lastSql = sql;
    m_lastValues = values;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        emit failed(m_lastError);
        return false;
    }
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        emit failed(m_lastError);
        return false;
    }
    const int linkedColumn = 7 + int(keys.size());
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.firstName = query.value(1).toString();
        row.lastName = query.value(2).toString();
        row.username = query.value(3).toString();
        row.syncKey = query.value(4).toString();
        row.email = query.value(5).toString();
        row.profile = query.value(6).toString();
        for (int i = 0; i < keys.size(); ++i)
            row.sortKey.append(query.value(7 + i));
        row.linked = query.value(linkedColumn).toInt();
        rows.append(std::move(row));
    }
    m_lastError.clear();
    return true;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    QList<Row> rows;
    if (!fetchRows(&m_rows.constLast(), pageSize, rows)) {
        m_atEnd = true;
        return;
    }
    m_atEnd = rows.size() < pageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

qint64 UserTableModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : -1;
}

int UserTableModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_showsEdit ? ColumnCount : Edit);
}

QString UserTableModel::profileLabel(const QString &profile)
{
    if (profile == u"learner"_s)
        return tr("Learner");
    if (profile == u"parent"_s)
        return tr("Parent");
    if (profile == u"staff"_s)
        return tr("Staff");
    return profile;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QString fullName = QString(row.firstName + u' ' + row.lastName).trimmed();
    switch (role) {
    case PersonIdRole:
        return row.id;
    case ProfileKeyRole:
        return row.profile;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == Name)
            return (m_locked.contains(row.id) || m_checked.contains(row.id)) ? Qt::Checked
                                                                             : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Edit)
            return tr("Edit %1").arg(fullName.isEmpty() ? row.username : fullName);
        if (index.column() == Linked) {
            if (row.profile == u"parent"_s)
                return tr("%n child(ren)", nullptr, row.linked);
            if (row.profile == u"learner"_s)
                return tr("%n parent(s)", nullptr, row.linked);
            return {};
        }
        if (m_checkable && index.column() == Name && m_locked.contains(row.id))
            return tr("%1 is already linked").arg(fullName);
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            if (row.lastName.isEmpty() || row.firstName.isEmpty())
                return QString(row.lastName + row.firstName);
            return tr("%1, %2", "last name, first name").arg(row.lastName, row.firstName);
        case Username:
            return row.username;
        case SyncKey:
            return row.syncKey;
        case Profile:
            return profileLabel(row.profile);
        case Email:
            return row.email;
        case Linked:
            return row.profile == u"staff"_s ? QVariant() : QVariant(row.linked);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Linked)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool UserTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Name ||
        index.row() >= m_rows.size())
        return false;
    const qint64 id = m_rows.at(index.row()).id;
    if (m_locked.contains(id))
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable && index.column() == Name) {
        if (m_locked.contains(personId(index.row())))
            flags &= ~Qt::ItemIsEnabled;
        else
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Username:
            return tr("User name");
        case SyncKey:
            return tr("Synchronisation key");
        case Profile:
            return tr("Profile");
        case Email:
            return tr("E-mail");
        case Linked:
            return m_profile == u"learner"_s  ? tr("Parents")
                   : m_profile == u"parent"_s ? tr("Children")
                                              : tr("Parents/children");
        case Edit:
            return QString();
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (section == Linked)
            return tr("How many parents a learner has, or children a parent has");
        if (section == Edit)
            return tr("Edit");
    }
    return {};
}

} // namespace Rollbook
