#pragma once

#include <QString>
#include <QStringList>

namespace Rollbook {

// The languages Rollbook speaks, as stored in the user's settings: "" follows the system, "en"
// keeps the English of the source, "nb" is Norwegian Bokmål.
QStringList availableLanguages();

// The language this user chose in Edit global settings (QSettings: it is the user's, not the
// school's, so it does not live in the database); "" for the system's.
QString languageSetting();
void setLanguageSetting(const QString &language);

// Installs Rollbook's translation, and Qt's own for its standard dialogs when the Qt
// installation has one, for `language` ("" for the system's languages, in order of preference).
// Replaces the translations an earlier call installed. Returns the language loaded, or "en" when
// the English of the source stays; then the English catalogue of counts is installed, which
// gives tr("%n files", nullptr, n) its singular ("1 file"). Code that prints counts in English
// without going through main() (a test) calls installTranslations(u"en"_s) first.
QString installTranslations(const QString &language);

} // namespace Rollbook
