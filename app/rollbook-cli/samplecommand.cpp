#include "command.h"
#include "sample/sampleschool.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Rollbook::Cli {

namespace {

// The options of `sample`, or the message that says which one is wrong.
Result<SampleOptions> sampleOptions(const QCommandLineParser &parser,
                                    const QCommandLineOption &learners,
                                    const QCommandLineOption &parents,
                                    const QCommandLineOption &seed)
{
    SampleOptions options;
    if (parser.isSet(learners)) {
        bool ok = false;
        options.learners = parser.value(learners).trimmed().toInt(&ok);
        if (!ok || options.learners < 1 || options.learners > maximumSampleLearners)
            return Error::usage(CliText::tr("--learners takes a number from 1 to %1, not “%2”.")
                                        .arg(maximumSampleLearners)
                                        .arg(parser.value(learners)));
    }
    if (parser.isSet(parents)) {
        bool ok = false;
        options.parentsPerLearner = parser.value(parents).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(options.parentsPerLearner) || options.parentsPerLearner < 0.0 ||
            options.parentsPerLearner > 4.0)
            return Error::usage(CliText::tr("--parents-per-learner takes a number from 0 to 4, "
                                            "such as 1.6, not “%1”.")
                                        .arg(parser.value(parents)));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).trimmed().toUInt(&ok);
        if (!ok)
            return Error::usage(
                    CliText::tr("--seed takes a whole number from 0 to 4294967295, not “%1”.")
                            .arg(parser.value(seed)));
    }
    return options;
}

// A file of the folder as a command line takes it: in quotes when it holds a space or the like.
QString shellPath(const QString &folder, const QString &fileName)
{
    const QString path = QDir::toNativeSeparators(QDir(folder).filePath(fileName));
    static const QRegularExpression plain(u"^[A-Za-z0-9_.,:/\\\\+-]+$"_s);
    return plain.match(path).hasMatch() ? path : u"\"%1\""_s.arg(path);
}

} // namespace

int commandSample(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
            "Write a made-up school into DIR to try Rollbook on: its learners and parents in "
            "the platform's own two files, in a Norwegian student system's pair, and in one "
            "file of learners with their parents; a small file with mistakes; and README.txt, "
            "which says what each file shows and how to import it. The same options always "
            "write the same files. Files of an earlier sample in DIR are replaced; other files "
            "are left alone."));
    parser.addPositionalArgument(
            u"dir"_s, CliText::tr("The folder for the files (made when missing)."), u"DIR"_s);
    const QCommandLineOption learners(
            u"learners"_s,
            CliText::tr("How many learners the school has (1 to %1; default 60).")
                    .arg(maximumSampleLearners),
            u"N"_s);
    const QCommandLineOption parents(
            u"parents-per-learner"_s,
            CliText::tr("How many parents there are for each learner, on average (0 to 4; "
                        "default 1.6). Brothers and sisters share theirs."),
            u"X"_s);
    const QCommandLineOption seed(
            u"seed"_s,
            CliText::tr("Another number makes another school of the same size (default 1)."),
            u"S"_s);
    parser.addOptions({learners, parents, seed});
    int status = Done;
    if (!context.parse(parser, status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return context.usage(CliText::tr("Name one folder for the sample school."), parser);
    const auto options = sampleOptions(parser, learners, parents, seed);
    if (!options)
        return context.usage(options.error().message, parser);

    const auto written = writeSampleSchool(args.first(), options.value());
    if (!written)
        return context.fail(written.error());
    const SampleSchool &school = written.value();
    QStringList names;
    for (const SampleFile &file : school.files)
        names << file.fileName;
    names << u"README.txt"_s;
    const QString folder = QDir::toNativeSeparators(school.folder);
    context.err << CliText::tr("Wrote a sample school of %1 and %2 to %3: %4.")
                           .arg(CliText::tr("%n learners", nullptr, options->learners),
                                CliText::tr("%n parents", nullptr,
                                            sampleParentCount(options.value())),
                                folder, names.join(u", "_s))
                << u'\n';
    for (const SampleFile &file : school.files)
        context.err << u"  "_s << file.fileName << u": "_s << file.description << u'\n';
    context.err << CliText::tr("Import the children first: the learners, then their parents, "
                               "with parent login on. README.txt gives the commands, such as:")
                << u'\n';
    const bool hasParents =
            std::any_of(school.files.cbegin(), school.files.cend(),
                        [](const SampleFile &f) { return f.fileName == u"parents.csv"_s; });
    QStringList steps = {u"settings parent_login_enabled true"_s,
                         u"import "_s + shellPath(school.folder, u"learners.csv"_s)};
    if (hasParents)
        steps << u"import "_s + shellPath(school.folder, u"parents.csv"_s);
    for (const QString &step : std::as_const(steps))
        context.err << u"  rollbook-cli --database sample.sqlite "_s << step << u'\n';
    context.err.flush();
    return Done;
}

} // namespace Rollbook::Cli
