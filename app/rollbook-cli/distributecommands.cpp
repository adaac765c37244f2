#include "command.h"
#include "db/audit.h"
#include "distribution/distribute.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

const QCommandLineOption &batchOption()
{
    static const QCommandLineOption option(
            u"batch"_s,
            CliText::tr("Only the people import ID created or updated (see “batches”)."), u"ID"_s);
    return option;
}

const QCommandLineOption &profileOption()
{
    static const QCommandLineOption option(u"profile"_s,
                                           CliText::tr("Only learners, parents or staff."), u"P"_s);
    return option;
}

} // namespace

bool parseDistribution(Context &context, QCommandLineParser &parser, const QString &missingTarget,
                       DistributionRequest &request, int &status)
{
    addAudienceOptions(parser);
    if (!context.parse(parser, status))
        return false;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        status = context.usage(missingTarget, parser);
        return false;
    }
    auto audience = audienceFrom(parser);
    if (!audience) { // checked before the database is touched: a mistake changes nothing
        status = context.fail(audience.error());
        return false;
    }
    auto database = context.openDatabase();
    if (!database) {
        status = context.fail(database.error());
        return false;
    }
    request = {args.first(), std::move(audience).value(), std::move(database).value()};
    return true;
}

void addAudienceOptions(QCommandLineParser &parser)
{
    parser.addOption(batchOption());
    parser.addOption(profileOption());
}

Result<Audience> audienceFrom(const QCommandLineParser &parser)
{
    Audience audience;
    if (parser.isSet(batchOption())) {
        bool isNumber = false;
        const qint64 id = parser.value(batchOption()).trimmed().toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return Error::usage(
                    CliText::tr("--batch takes the number of an import, as “batches” lists "
                                "them, not “%1”.")
                            .arg(parser.value(batchOption())));
        audience.batchId = id;
    }
    if (parser.isSet(profileOption())) {
        const QString profile = parser.value(profileOption()).trimmed().toLower();
        if (profile != u"learner"_s && profile != u"parent"_s && profile != u"staff"_s)
            return Error::usage(CliText::tr("--profile is learner, parent or staff, not “%1”.")
                                        .arg(parser.value(profileOption())));
        audience.profile = profile;
    }
    return audience;
}

QString describePeople(const QList<Recipient> &recipients)
{
    const AudienceSummary summary = summarize(recipients);
    QStringList parts;
    if (summary.learners > 0)
        parts << CliText::tr("%n learners", nullptr, summary.learners);
    if (summary.parents > 0)
        parts << CliText::tr("%n parents", nullptr, summary.parents);
    if (summary.staff > 0)
        parts << CliText::tr("%n staff members", nullptr, summary.staff);
    if (parts.isEmpty())
        return CliText::tr("nobody");
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return CliText::tr("%1 and %2").arg(parts.join(u", "_s), last);
}

int commandForgetPasswords(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Clear the stored initial passwords, once the letters, e-mails or files that "
            "hold them have been handed out. Without --batch or --profile: everyone's."));
    addAudienceOptions(parser);
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliText::tr("“forget-passwords” takes no arguments, only options."),
                             parser);
    const auto audience = audienceFrom(parser);
    if (!audience)
        return context.fail(audience.error());

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    QSqlDatabase db = database.value()->connection();
    const auto cleared = Distribute::forgetPasswords(db, audience.value(), Audit::currentActor());
    if (!cleared)
        return context.fail(cleared.error());
    context.err << CliText::tr("Forgot %n initial passwords.", nullptr, cleared->passwords)
                << Qt::endl;
    if (const QString copies = InitialPasswords::copiesSentence(cleared.value()); !copies.isEmpty())
        context.err << copies << Qt::endl;
    return Done;
}

} // namespace Rollbook::Cli
