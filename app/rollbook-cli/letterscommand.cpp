#include "command.h"
#include "db/audit.h"
#include "distribution/distribute.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

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
    DistributionRequest request;
    int status = Done;
    if (!parseDistribution(context, parser, CliText::tr("Name one PDF file for the letters."),
                           request, status))
        return status;
    QSqlDatabase db = request.database->connection();
    const auto letters = Distribute::saveLetters(db, request.audience, request.target,
                                                 localLetterPaper(), Audit::currentActor());
    if (!letters)
        return context.fail(letters.error());
    const QString &path = letters->path;
    const QList<Recipient> &recipients = letters->recipients;
    const int missing = letters->generated;

    const AudienceSummary summary = summarize(recipients);
    context.err << CliText::tr("Wrote %n letters to “%1” (%2).", nullptr, summary.people)
                           .arg(QDir::toNativeSeparators(path), describePeople(recipients))
                << u'\n';
    if (missing > 0)
        context.err << CliText::tr("%n missing passwords were generated.", nullptr, missing)
                    << u'\n';
    if (summary.parentsWithoutChildren > 0)
        context.err << CliText::tr("%n parents are linked to no learner: their letters name no "
                                   "child.",
                                   nullptr, summary.parentsWithoutChildren)
                    << u'\n';
    context.err.flush();
    return Done;
}

} // namespace Rollbook::Cli
