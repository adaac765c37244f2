#pragma once

#include <QString>

namespace Rollbook {

// Names both programs give themselves, so that they share one default database and one
// QSettings store on every platform.
void applyApplicationIdentity();

QString versionString();

} // namespace Rollbook
