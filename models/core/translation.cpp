#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook {

namespace {

const QString languageKey = u"ui/language"_s;

// Compiled into rollbook_models by qt_add_translations (RESOURCE_PREFIX /i18n).
const QString ourTranslations = u":/i18n"_s;

// The translators installed last, children of the application: replaced, not added to, by the
// next call.
QPointer<QTranslator> ourTranslator;
QPointer<QTranslator> qtTranslator;

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator.clear();
}

// Installs the translation `name` from `folder`; false when there is none.
bool install(QPointer<QTranslator> &slot, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, folder))
        return false;
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.get());
    slot = translator.release();
    return true;
}

// "nb-NO" -> "nb". Norwegian without a written standard ("no") and Nynorsk read Bokmål more
// easily than English.
QString ourLanguage(const QString &uiLanguage)
{
    const QString code = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (code == u"no"_s || code == u"nn"_s)
        return u"nb"_s;
    return code;
}

// Qt has no Norwegian Bokmål translation of its own (only Nynorsk): Rollbook carries the texts
// of the standard buttons and of the wizard's buttons that its windows show, so that lupdate
// keeps them in rollbook_nb.ts and the one translator answers for them.
[[maybe_unused]] constexpr const char *qtTexts[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
        QT_TRANSLATE_NOOP("QWizard", "< &Back"),
        QT_TRANSLATE_NOOP("QWizard", "Go Back"),
        QT_TRANSLATE_NOOP("QWizard", "&Next >"),
        QT_TRANSLATE_NOOP("QWizard", "&Next"),
        QT_TRANSLATE_NOOP("QWizard", "Continue"),
        QT_TRANSLATE_NOOP("QWizard", "Commit"),
        QT_TRANSLATE_NOOP("QWizard", "&Finish"),
        QT_TRANSLATE_NOOP("QWizard", "Done"),
        QT_TRANSLATE_NOOP("QWizard", "Cancel"),
        QT_TRANSLATE_NOOP("QWizard", "&Help"),
        QT_TRANSLATE_NOOP("QWizard", "Help"),
};

} // namespace

QStringList availableLanguages()
{
    return {QString(), u"en"_s, u"nb"_s};
}

QString languageSetting()
{
    const QString language = QSettings().value(languageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QString installTranslations(const QString &language)
{
    remove(ourTranslator);
    remove(qtTranslator);

    // The first of the user's languages that Rollbook has; English is the source's own.
    const QStringList wanted =
            language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    for (const QString &uiLanguage : wanted) {
        const QString code = ourLanguage(uiLanguage);
        if (code == u"en"_s)
            break;
        if (install(ourTranslator, u"rollbook_"_s + code, ourTranslations)) {
            // Qt's standard dialogs and buttons, when the Qt installation has their translation.
            install(qtTranslator, u"qtbase_"_s + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            return code;
        }
    }
    // English keeps the source's text, but a count's source has one form ("%n files"): the
    // English catalogue holds only those messages, with their singular ("1 file").
    install(ourTranslator, u"rollbook_en"_s, ourTranslations);
    return u"en"_s;
}

} // namespace Rollbook
