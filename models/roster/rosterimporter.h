#pragma once

// The roster import's engine room (not a public header: see roster.h). Reading and the roster's
// own checks are in rosterreading.cpp, feeding the import engine and writing in
// rosterimporter.cpp.

#include "import/importer.h"
#include "import/importsql.h"
#include "roster/roster.h"
#include "roster/rosterfiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace Rollbook {

class RosterText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Roster)
};

class RosterImporter
{
public:
    // A guardian's rows in the engine's parent pass are keyed line × linksPerLine + child, so a
    // guardian has at most linksPerLine - 1 children.
    static constexpr qint64 linksPerLine = 1024;

    RosterImporter(const QSqlDatabase &db, const RosterPlan &plan, RosterFiles files);
    ~RosterImporter();
    RosterImporter(const RosterImporter &) = delete;
    RosterImporter &operator=(const RosterImporter &) = delete;

    // Which standard and version the files are; Error::invalid when they are no roster.
    Status recognise();
    // Reads the files into temporary tables (users, roles, links) and runs the roster's checks.
    Status read(const std::function<void(const RosterProgress &)> &progress,
                const std::atomic<bool> *cancel);
    // The roster's SHA-256 for the batch record (the zip, or a folder's users.csv).
    void setChecksum(const QString &sha256) { m_checksum = sha256; }
    // Feeds the engine's passes, checks, writes (unless a dry run or errors), lists who left.
    Result<RosterReport> finish(const std::function<void(const RosterProgress &)> &progress,
                                const std::atomic<bool> *cancel);

private:
    // The header of users.csv that holds each thing Rollbook reads ("" when absent).
    struct UserColumns
    {
        int sourcedId = -1, status = -1, enabledUser = -1, role = -1, username = -1, givenName = -1,
            familyName = -1, identifier = -1, email = -1, password = -1, agents = -1, orgs = -1;
    };

    // Reading (rosterreading.cpp)
    Status createTables();
    Status readManifest(QHash<QString, QString> &manifest);
    Status readOrgs();
    Status readUsers(const std::function<void(const RosterProgress &)> &progress,
                     const std::atomic<bool> *cancel);
    Status readRoles();
    Status readRelationships();
    Status resolve();
    Status checkDuplicateIds();
    Status decideKinds();
    Status checkReferences();
    Status makeLinks();
    Status checkKeys();
    Status listNotImported();

    // Feeding and writing (rosterimporter.cpp)
    Status startPasses();
    Status feedLearners();
    Status feedGuardians();
    Status listMissing(qint64 batchId);
    Status removeMissing(qint64 batchId);
    RosterReport report(bool committed) const;

    // A CSV file of the roster, read record by record: `record(line, fields)` for each; the
    // reader's problems are errors of that file. False from `record` stops with its error.
    Status readCsv(const QString &name, const QStringList &required,
                   const std::function<Status(const QStringList &header)> &header,
                   const std::function<Status(qint64 line, const QStringList &fields)> &record,
                   const std::atomic<bool> *cancel = nullptr,
                   const std::function<void(qint64 rows)> &rows = {});
    Status run(const QString &sql, const QVariantList &values = {});
    template<typename RowFunction>
    Status each(const QString &sql, const QVariantList &values, RowFunction row);
    QString temporary(const QString &table) const;
    // The column of the synchronisation key in roster_user: sourced_id or identifier.
    QString keyColumn() const;
    QString keyHeader() const;

    void error(const QString &file, qint64 line, const QString &column, ProblemCode code,
               const QString &message);
    void warning(const QString &file, qint64 line, const QString &column, ProblemCode code,
                 const QString &message);

    QSqlDatabase m_db;
    RosterPlan m_plan;
    RosterFiles m_files;
    RosterStandard m_standard = RosterStandard::OneRoster11;
    bool m_tables = false;
    bool m_stagingOpen = false;
    QStringList m_usersHeader;
    UserColumns m_columns;
    QString m_schoolKey;
    QStringList m_schoolNames;
    qint64 m_rows = 0; // users.csv's records
    qint64 m_maxLine = 0;
    QList<ImportProblem> m_errors;
    QList<ImportProblem> m_warnings;
    QList<std::pair<QString, qint64>> m_skippedRoles;
    QList<RosterPerson> m_notImported;
    QList<RosterPerson> m_missing;
    qint64 m_learners = 0;
    qint64 m_guardians = 0;
    qint64 m_links = 0;
    qint64 m_removed = 0;
    qint64 m_missingCount = 0;
    bool m_delta = false;
    QString m_checksum;
    std::unique_ptr<Importer> m_learnerPass;
    std::unique_ptr<Importer> m_guardianPass;
};

template<typename RowFunction>
Status RosterImporter::each(const QString &sql, const QVariantList &values, RowFunction row)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ImportSql::sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ImportSql::sqlError(query);
    while (query.next())
        row(query);
    return success();
}

} // namespace Rollbook
