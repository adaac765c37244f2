#include "mappingstore.h"

#include "db/audit.h"
#include "import/importsql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::MappingStore)
};

constexpr auto presetFormat = "rollbook-preset";
constexpr int presetVersion = 1;

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime timestamp(const QString &text)
{
    // Stored with its "Z": read back in UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// A stored mapping, read leniently: what this version no longer knows is dropped with a note.
Result<ImportMapping> storedMapping(const QString &json, QStringList *notes)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return Error::file(StoreText::tr("A remembered mapping in the database cannot be read."));
    return ImportMappings::fromJson(document.object(), false, notes);
}

// The number of columns of `headers` that `mapping` does not have, or -1 when `mapping` has a
// column the file lacks (then it is not similar).
qsizetype addedColumns(const ImportMapping &mapping, const QStringList &headers)
{
    QStringList folded;
    for (const QString &header : headers)
        folded.append(ImportMappings::signature({header}));
    QStringList own;
    for (const QString &header : mapping.headers) {
        const QString key = ImportMappings::signature({header});
        if (!folded.contains(key))
            return -1;
        own.append(key);
    }
    return std::count_if(folded.cbegin(), folded.cend(),
                         [&own](const QString &key) { return !own.contains(key); });
}

} // namespace

QString rememberedFrom(const RememberedMapping &remembered)
{
    //: A date as the sentence "as in the import of 12 March 2026" writes it (QDate format).
    const QString format = StoreText::tr("d MMMM yyyy");
    return StoreText::tr("the import of %1, “%2”")
            .arg(QLocale().toString(remembered.savedAt.toLocalTime().date(), format),
                 remembered.fileName);
}

MappingStore::MappingStore(const QSqlDatabase &db)
    : m_db(db)
{}

Status MappingStore::remember(const ImportMapping &mapping, const QString &fileName)
{
    QSqlQuery query(m_db);
    query.prepare(
            u"INSERT INTO import_mapping (signature, profile, mapping, file_name, "
            u"saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (signature, profile) DO UPDATE SET "
            u"mapping = excluded.mapping, file_name = excluded.file_name, "
            u"saved_at = excluded.saved_at"_s);
    query.addBindValue(ImportMappings::signature(mapping.headers));
    query.addBindValue(profileKey(mapping.profile));
    query.addBindValue(compactJson(ImportMappings::toJson(mapping)));
    query.addBindValue(fileName);
    query.addBindValue(timestampNow());
    if (!query.exec())
        return ImportSql::sqlError(query);
    return success();
}

Result<MappingRecall> MappingStore::recall(const QStringList &headers, Profile profile) const
{
    MappingRecall recall;
    const QString signature = ImportMappings::signature(headers);
    // Few files have their own shape: every remembered one is looked at.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT signature, mapping, file_name, saved_at FROM import_mapping "
                  u"WHERE profile = ? ORDER BY saved_at DESC"_s);
    query.addBindValue(profileKey(profile));
    if (!query.exec())
        return ImportSql::sqlError(query);
    qsizetype fewest = MappingStore::similarAddedColumns + 1;
    while (query.next()) {
        RememberedMapping remembered;
        remembered.signature = query.value(0).toString();
        auto mapping = storedMapping(query.value(1).toString(), &remembered.notes);
        if (!mapping)
            continue; // unreadable: as if never remembered
        remembered.mapping = mapping.value();
        remembered.fileName = query.value(2).toString();
        remembered.savedAt = timestamp(query.value(3).toString());
        if (remembered.signature == signature) {
            recall.same = remembered;
            return recall;
        }
        // The newest of those with the fewest columns more (0: the same in another order).
        const qsizetype added = addedColumns(remembered.mapping, headers);
        if (added >= 0 && added < fewest) {
            fewest = added;
            recall.similar = remembered;
        }
    }
    if (recall.similar)
        recall.difference = ImportMappings::difference(recall.similar->mapping, headers);
    return recall;
}

Status MappingStore::forget(const RememberedMapping &remembered)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM import_mapping WHERE signature = ? AND profile = ?"_s);
    query.addBindValue(remembered.signature);
    query.addBindValue(profileKey(remembered.mapping.profile));
    if (!query.exec())
        return ImportSql::sqlError(query);
    return success();
}

Result<QList<ImportPreset>> MappingStore::presets() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT name, mapping, saved_at FROM import_preset ORDER BY lower(name)"_s))
        return ImportSql::sqlError(query);
    QList<ImportPreset> list;
    while (query.next()) {
        auto mapping = storedMapping(query.value(1).toString(), nullptr);
        if (!mapping)
            continue;
        list.append(
                {query.value(0).toString(), mapping.value(), timestamp(query.value(2).toString())});
    }
    return list;
}

Result<ImportPreset> MappingStore::preset(const QString &name) const
{
    auto all = presets();
    if (!all)
        return all.error();
    QStringList names;
    for (const ImportPreset &each : all.value()) {
        if (each.name.compare(name, Qt::CaseInsensitive) == 0)
            return each;
        names.append(u"“%1”"_s.arg(each.name));
    }
    if (names.isEmpty())
        return Error::usage(
                StoreText::tr("There is no preset “%1”: this database has no presets yet.")
                        .arg(name));
    return Error::usage(StoreText::tr("There is no preset “%1”. The presets are: %2.")
                                .arg(name, names.join(u", "_s)));
}

Status MappingStore::savePreset(const QString &name, const ImportMapping &mapping, bool replace)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::usage(StoreText::tr("A preset needs a name."));
    if (!m_db.transaction())
        return Error::file(StoreText::tr("Rollbook cannot write to the database."));
    const auto fail = [this](const Error &error) {
        m_db.rollback();
        return Status(error);
    };
    QSqlQuery existing(m_db);
    existing.prepare(u"SELECT name FROM import_preset WHERE lower(name) = lower(?)"_s);
    existing.addBindValue(trimmed);
    if (!existing.exec())
        return fail(ImportSql::sqlError(existing));
    if (existing.next()) {
        if (!replace)
            return fail(Error::usage(StoreText::tr("There is a preset “%1” already. Choose "
                                                   "another name, or replace it.")
                                             .arg(existing.value(0).toString())));
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM import_preset WHERE lower(name) = lower(?)"_s);
        remove.addBindValue(trimmed);
        if (!remove.exec())
            return fail(ImportSql::sqlError(remove));
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO import_preset (name, mapping, saved_at) VALUES (?, ?, ?)"_s);
    insert.addBindValue(trimmed);
    insert.addBindValue(compactJson(ImportMappings::toJson(mapping)));
    insert.addBindValue(timestampNow());
    if (!insert.exec())
        return fail(ImportSql::sqlError(insert));
    if (auto recorded = Audit::record(m_db, Audit::currentActor(), u"preset_saved"_s, trimmed,
                                      {{u"profile"_s, profileKey(mapping.profile)}});
        !recorded)
        return fail(recorded.error());
    if (!m_db.commit())
        return fail(Error::file(StoreText::tr("Rollbook cannot write to the database.")));
    return success();
}

Status MappingStore::deletePreset(const QString &name)
{
    const auto found = preset(name);
    if (!found)
        return found.error();
    if (!m_db.transaction())
        return Error::file(StoreText::tr("Rollbook cannot write to the database."));
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM import_preset WHERE name = ?"_s);
    remove.addBindValue(found->name);
    if (!remove.exec()) {
        const Error error = ImportSql::sqlError(remove);
        m_db.rollback();
        return error;
    }
    if (auto recorded =
                Audit::record(m_db, Audit::currentActor(), u"preset_deleted"_s, found->name, {});
        !recorded) {
        m_db.rollback();
        return recorded.error();
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Error::file(StoreText::tr("Rollbook cannot write to the database."));
    }
    return success();
}

QByteArray MappingStore::presetJson(const ImportPreset &preset)
{
    const QJsonObject json{{u"format"_s, QString::fromLatin1(presetFormat)},
                           {u"version"_s, presetVersion},
                           {u"name"_s, preset.name},
                           {u"mapping"_s, ImportMappings::toJson(preset.mapping)}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<ImportPreset> MappingStore::readPresetJson(const QByteArray &json, const QString &fileName)
{
    const auto refuse = [&fileName](const QString &why) {
        return Error::invalid(
                StoreText::tr("“%1” is not a preset Rollbook can read: %2").arg(fileName, why));
    };
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        // The line and column of the offset, for the person who edited the file by hand.
        const QByteArray before = json.left(parsed.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parsed.offset - (before.lastIndexOf('\n') + 1) + 1;
        return refuse(StoreText::tr("it is not JSON (line %1, column %2: %3).")
                              .arg(line)
                              .arg(column)
                              .arg(parsed.errorString()));
    }
    if (!document.isObject())
        return refuse(StoreText::tr("it holds no preset."));
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != QLatin1String(presetFormat))
        return refuse(StoreText::tr("it holds no preset (it does not say "
                                    "\"format\": \"rollbook-preset\")."));
    const int version = object.value(u"version"_s).toInt(0);
    if (version > presetVersion)
        return refuse(StoreText::tr("it was made by a newer version of Rollbook (preset format "
                                    "%1; this version reads %2). Update Rollbook to use it.")
                              .arg(version)
                              .arg(presetVersion));
    if (version < 1)
        return refuse(StoreText::tr("its \"version\" is missing or wrong."));
    static const QStringList known = {u"format"_s, u"version"_s, u"name"_s, u"mapping"_s};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return refuse(StoreText::tr("it has “%1”, which this version of Rollbook does not "
                                        "know.")
                                  .arg(key));
    }
    ImportPreset preset;
    preset.name = object.value(u"name"_s).toString().trimmed();
    if (preset.name.isEmpty())
        return refuse(StoreText::tr("it has no name."));
    if (!object.value(u"mapping"_s).isObject())
        return refuse(StoreText::tr("it has no mapping."));
    auto mapping = ImportMappings::fromJson(object.value(u"mapping"_s).toObject(), true);
    if (!mapping)
        return refuse(mapping.error().message);
    preset.mapping = mapping.value();
    return preset;
}

Status MappingStore::exportPreset(const QString &name, const QString &path) const
{
    const auto found = preset(name);
    if (!found)
        return found.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(presetJson(found.value())) < 0 ||
        !out.commit())
        return Error::file(StoreText::tr("Rollbook cannot write “%1”: %2.")
                                   .arg(QDir::toNativeSeparators(path), out.errorString()));
    return success();
}

Result<ImportPreset> MappingStore::importPreset(const QString &path, bool replace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::file(StoreText::tr("Rollbook cannot open “%1”: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    // A preset is a few kilobytes; anything much larger is not one.
    constexpr qint64 largest = 1024 * 1024;
    if (file.size() > largest)
        return Error::invalid(
                StoreText::tr("“%1” is not a preset Rollbook can read: it is too large.")
                        .arg(QFileInfo(path).fileName()));
    auto preset = readPresetJson(file.readAll(), QFileInfo(path).fileName());
    if (!preset)
        return preset.error();
    if (auto saved = savePreset(preset->name, preset->mapping, replace); !saved)
        return saved.error();
    return preset;
}

} // namespace Rollbook
