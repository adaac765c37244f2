#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Rollbook {

// Every person of the database as a table (DESIGN §1.2), fetched from SQL a page at a time as
// the view scrolls: never all rows. Search and the profile filter run in SQL on indexed
// expressions (migration 0003); paging continues from the last row's sort key (keyset paging),
// so the thousandth page costs what the first does.
//
// Search: every word of the text must begin one of first name, last name, user name,
// synchronisation key or e-mail address, ignoring case ("ada love" finds Ada Lovelace). The
// same people are found, in the same order, on SQLite and on PostgreSQL.
//
// Optionally checkable (the parent search dialog): the Name column holds a check box, and
// "locked" people show checked and cannot be changed (already linked).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Username, SyncKey, Profile, Email, Linked, Edit, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, ProfileKeyRole };
    static constexpr int pageSize = 200;

    explicit UserTableModel(QObject *parent = nullptr);

    // An invalid connection empties the table.
    void setDatabase(const QSqlDatabase &db);
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // learner, parent, staff; empty: everyone.
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    // The Edit column is for the users page; a search dialog leaves it out.
    void setShowsEditColumn(bool shows);

    void setCheckable(bool checkable);
    void setLocked(const QSet<qint64> &ids);
    QSet<qint64> checkedIds() const { return m_checked; }

    // Reads again what is shown (after a change elsewhere), as many rows as are loaded now.
    void refresh();

    qint64 personId(int row) const;
    int rowOf(qint64 personId) const;
    QString lastError() const { return m_lastError; }
    // The last statement run and its values: for tests and the benchmark, which ask the engine
    // how it reads them (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL).
    QString lastStatement() const { return m_lastSql; }
    QVariantList lastValues() const { return m_lastValues; }
    static bool isSortable(int column) { return column >= Name && column <= Email; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    // Sorting is by name, user name, synchronisation key, profile or e-mail; other columns
    // leave the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static QString profileLabel(const QString &profile);

signals:
    // A query failed; the table shows what it had.
    void failed(const QString &message);
    // A new search, filter or order has been read (the first page is in).
    void reloaded();

private:
    struct Row
    {
        qint64 id = -1;
        QString firstName;
        QString lastName;
        QString username;
        QString syncKey;
        QString email;
        QString profile;
        int linked = 0;
        QVariantList sortKey; // the ORDER BY values, for the next page
    };

    // Where a query's rows come from: the whole table in order, a window of it, or the people a
    // search's first word finds through the indexes.
    enum class Source { Table, Window, Matches, Ordered };
    static constexpr int searchWindow = 4000;
    static constexpr int manyMatches = 20000;

    void reload(int atLeast = pageSize);
    bool fetchRows(const Row *after, int limit, QList<Row> &rows);
    bool runQuery(Source source, const Row *after, int limit, QList<Row> &rows);
    std::optional<int> countMatches(const QString &word, int atMost);

    QSqlDatabase m_db;
    QString m_search;
    QString m_profile;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_showsEdit = true;
    bool m_checkable = false;
    QSet<qint64> m_checked;
    QSet<qint64> m_locked;
    QList<Row> m_rows;
    bool m_atEnd = true;
    QString m_lastError;
    QString m_lastSql;
    QVariantList m_lastValues;
};

} // namespace Rollbook
