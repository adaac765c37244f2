#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Rollbook {

// Runs `task(Database &)` on a pool thread with a connection of its own to the database at
// `path` (a Qt Sql connection belongs to the thread that opened it). The task returns a
// Result<T>; a database that cannot be opened there gives that error instead.
template<typename Task>
auto runWithDatabase(const QString &path, Task task)
{
    using R = std::invoke_result_t<Task, Database &>;
    return QtConcurrent::run([path, task = std::move(task)]() -> R {
        Database::Options options;
        options.create = false;
        auto database = Database::open(path, options);
        if (!database)
            return database.error();
        return task(*database.value());
    });
}

} // namespace Rollbook
