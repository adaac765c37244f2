#include "command.h"
#include "db/audit.h"
#include "distribution/initialpasswords.h"
#include "distribution/letters.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Rollbook::Cli)
};

QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? CliText::tr(one) : CliText::tr(many).arg(n);
}

} // namespace

int commandLetters(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Write the login letters as one PDF, one page per person: the school's name, "
            "the person's name, user name and password, the login address, and a parent's "
            "children, from the letter template in the settings. Missing passwords are "
            "generated first and kept only when the PDF is written. Letters to parents need "
            "Enable parent login. Without --batch or --profile: everyone."));
    parser.addPositionalArgument(
            u"file"_s, CliText::tr("The PDF file to write, such as letters.pdf."), u"FILE.pdf"_s);
    addAudienceOptions(parser);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return context.usage(CliText::tr("Name one PDF file for the letters."), parser);
    const QString path = args.first();
    const auto audience = audienceFrom(parser);
    if (!audience)
        return context.fail(audience.error());

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    QSqlDatabase db = database.value()->connection();
    const SettingsStore settings(db);
    LetterOptions options;
    options.templateHtml = settings.text(SettingsStore::LetterTemplate);
    options.school = SchoolDetails::fromSettings(db);
    options.pageSize = localPaperSize();

    // How many passwords distribute() is going to generate: it does not say.
    const auto before = loadRecipients(db, audience.value());
    if (!before)
        return context.fail(before.error());
    const int missing = summarize(before.value()).withoutPassword;

    bool written = false;
    const auto write = [&](const QList<Recipient> &recipients) -> Status {
        auto result = writeLettersPdf(recipients, options, path);
        written = result.ok();
        return result;
    };
    InitialPasswords::Distribution how;
    how.parentLoginRequired = true;
    how.fillPasswords = true;
    const auto recipients =
            InitialPasswords::distribute(db, audience.value(), how, write, Audit::currentActor());
    if (!recipients) {
        // The passwords in the letters were not stored: letters that would not work must go.
        if (written)
            QFile::remove(path);
        return context.fail(recipients.error());
    }

    const AudienceSummary summary = summarize(recipients.value());
    context.err << count(summary.people,
                         QT_TRANSLATE_NOOP("Rollbook::Cli", "Wrote 1 letter to “%2” (%3)."),
                         QT_TRANSLATE_NOOP("Rollbook::Cli", "Wrote %1 letters to “%2” (%3)."))
                           .arg(QDir::toNativeSeparators(path), describePeople(recipients.value()))
                << u'\n';
    if (missing > 0)
        context.err
                << count(missing,
                         QT_TRANSLATE_NOOP("Rollbook::Cli", "1 missing password was generated."),
                         QT_TRANSLATE_NOOP("Rollbook::Cli", "%1 missing passwords were generated."))
                << u'\n';
    if (summary.parentsWithoutChildren > 0)
        context.err
                << count(summary.parentsWithoutChildren,
                         QT_TRANSLATE_NOOP(
                                 "Rollbook::Cli",
                                 "1 parent is linked to no learner: their letter names no child."),
                         QT_TRANSLATE_NOOP("Rollbook::Cli", "%1 parents are linked to no learner: "
                                                            "their letters name no child."))
                << u'\n';
    context.err.flush();
    return Done;
}

} // namespace Rollbook::Cli
