#pragma once

#include "core/result.h"
#include "import/importmapping.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rollbook {

// A mapping an import remembered: which file it came from and when.
struct RememberedMapping
{
    ImportMapping mapping;
    QString signature;
    QString fileName;
    QDateTime savedAt; // UTC
    // Notes on what of it was dropped because this version of Rollbook no longer knows it.
    QStringList notes;
};

// What the database remembers for a file's headers: the mapping of a file with the same
// signature, to apply; otherwise the nearest of a similar file (the same columns in another
// order, or one or two more), to offer and never to apply silently.
struct MappingRecall
{
    std::optional<RememberedMapping> same;
    std::optional<RememberedMapping> similar;
    QString difference; // how the file differs from the similar one's
};

// "the import of 12 March 2026, “elever-vår.csv”": where a remembered mapping came from, for
// the sentence that says it is applied or offered.
QString rememberedFrom(const RememberedMapping &remembered);

// A named mapping to share between databases and schools.
struct ImportPreset
{
    QString name;
    ImportMapping mapping;
    QDateTime savedAt; // UTC
};

// The remembered mappings and the presets of a database (tables import_mapping, import_preset).
class MappingStore
{
public:
    explicit MappingStore(const QSqlDatabase &db);

    // The mapping of an import that was committed, under its header signature and profile,
    // replacing what was remembered for them.
    Status remember(const ImportMapping &mapping, const QString &fileName);
    // What is remembered for a file with these headers read as `profile` (the platform's
    // learner and parent files have the same headers).
    Result<MappingRecall> recall(const QStringList &headers, Profile profile) const;
    // Forget This Mapping: the next such file starts from the guess again.
    Status forget(const RememberedMapping &remembered);

    Result<QList<ImportPreset>> presets() const;
    // The preset of this name (letters' case aside); Error::usage naming the presets there are
    // when there is none.
    Result<ImportPreset> preset(const QString &name) const;
    // Saves a preset; a name taken is refused unless `replace`.
    Status savePreset(const QString &name, const ImportMapping &mapping, bool replace = false);
    Status deletePreset(const QString &name);

    // A preset as a small JSON file to hand to other schools ({"format": "rollbook-preset",
    // "version": 1, "name": …, "mapping": …}), and back. Reading refuses what is not JSON, a
    // newer version and fields it does not know, with the reason and the file's name, and
    // changes nothing.
    static QByteArray presetJson(const ImportPreset &preset);
    static Result<ImportPreset> readPresetJson(const QByteArray &json, const QString &fileName);
    Status exportPreset(const QString &name, const QString &path) const;
    // Reads a preset file and saves it; a name taken is refused unless `replace`.
    Result<ImportPreset> importPreset(const QString &path, bool replace = false);

    // How many more columns a similar file may have.
    static constexpr int similarAddedColumns = 2;

private:
    QSqlDatabase m_db;
};

} // namespace Rollbook
